#!/usr/bin/env python3
"""Writes fruit.csv, the CSV example of Neuroweave: 400 pieces of fruit to classify.

Every row is one piece of fruit of one of four kinds, drawn with Python's own random generator
seeded with 7, so the file is the same on every machine:

    kind        weight_g          diameter_cm      colour (probabilities)              skin
    apple       N(150, 35)        N(7.5, 0.9)      red .5, green .3, yellow .2         smooth
    orange      N(170, 40)        N(7.8, 1.0)      orange .8, yellow .2                rough
    lemon       N(100, 25)        N(6.0, 0.8)      yellow .8, green .2                 rough
    plum        N(70, 20)         N(5.0, 0.7)      red .4, purple .6                   smooth

One piece in five has its skin recorded wrongly (the other value), so no single column gives the
answer away.

N(m, s) is a normal distribution with mean m and standard deviation s, rounded to one decimal.
`colour` and `skin` are text columns, one-hot encoded by the reader. About 2% of the weights and
colours are left empty, so the example shows how missing values are handled (the project fills
them with the column's mean or most frequent value). A few notes hold commas and quotes, to show
RFC 4180 quoting; the example project ignores that column.

Run it from this folder: python3 make_fruit_csv.py
"""

import csv
import random

KINDS = {
    "apple": ((150, 35), (7.5, 0.9), {"red": 0.5, "green": 0.3, "yellow": 0.2}, "smooth"),
    "orange": ((170, 40), (7.8, 1.0), {"orange": 0.8, "yellow": 0.2}, "rough"),
    "lemon": ((100, 25), (6.0, 0.8), {"yellow": 0.8, "green": 0.2}, "rough"),
    "plum": ((70, 20), (5.0, 0.7), {"red": 0.4, "purple": 0.6}, "smooth"),
}
NOTES = ["shop", "shop", "shop", "bought at the market, Saturday", 'labelled "organic"', "from the garden"]


def main():
    rng = random.Random(7)
    with open("fruit.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["weight_g", "diameter_cm", "colour", "skin", "note", "fruit"])
        for _ in range(400):
            kind = rng.choice(sorted(KINDS))
            (wm, ws), (dm, ds), colours, skin = KINDS[kind]
            weight = f"{max(10.0, rng.gauss(wm, ws)):.1f}"
            diameter = f"{max(1.0, rng.gauss(dm, ds)):.1f}"
            colour = rng.choices(list(colours), weights=list(colours.values()))[0]
            if rng.random() < 0.2:
                skin = "rough" if skin == "smooth" else "smooth"
            if rng.random() < 0.02:
                weight = ""
            if rng.random() < 0.02:
                colour = ""
            writer.writerow([weight, diameter, colour, skin, rng.choice(NOTES), kind])


if __name__ == "__main__":
    main()
