<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Engine</name>
    <message>
        <source>No such layer</source>
        <translation>Diese Schicht gibt es nicht</translation>
    </message>
    <message>
        <source>No such port</source>
        <translation>Diesen Anschluss gibt es nicht</translation>
    </message>
    <message>
        <source>The input is already connected</source>
        <translation>Der Eingang ist schon verbunden</translation>
    </message>
    <message>
        <source>A layer cannot feed itself</source>
        <translation>Eine Schicht kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <source>The wires would form a loop</source>
        <translation>Die Verbindungen würden eine Schleife bilden</translation>
    </message>
    <message>
        <source>The wire exists already</source>
        <translation>Die Verbindung gibt es schon</translation>
    </message>
    <message>
        <source>No such attribute</source>
        <translation>Dieses Attribut gibt es nicht</translation>
    </message>
    <message>
        <source>An attribute has the wrong type</source>
        <translation>Ein Attribut hat den falschen Typ</translation>
    </message>
    <message>
        <source>An attribute is out of range</source>
        <translation>Ein Attribut liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>An input is not connected</source>
        <translation>Ein Eingang ist nicht verbunden</translation>
    </message>
    <message>
        <source>The shapes do not fit</source>
        <translation>Die Formen passen nicht zusammen</translation>
    </message>
    <message>
        <source>No Input layer</source>
        <translation>Keine Input-Schicht</translation>
    </message>
    <message>
        <source>More than one Input layer</source>
        <translation>Mehr als eine Input-Schicht</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>Keine Ausgabe</translation>
    </message>
    <message>
        <source>More than one output</source>
        <translation>Mehr als eine Ausgabe</translation>
    </message>
    <message>
        <source>An invalid setting</source>
        <translation>Eine ungültige Einstellung</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>Die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>Ein Feld hat den falschen Typ</translation>
    </message>
    <message>
        <source>A field is missing</source>
        <translation>Ein Feld fehlt</translation>
    </message>
    <message>
        <source>A value is not allowed</source>
        <translation>Ein Wert ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Unknown layer kind</source>
        <translation>Unbekannte Schichtart</translation>
    </message>
    <message>
        <source>Unsupported file version</source>
        <translation>Nicht unterstützte Dateiversion</translation>
    </message>
    <message>
        <source>The data does not fit the network</source>
        <translation>Die Daten passen nicht zum Netz</translation>
    </message>
    <message>
        <source>The data is not scaled</source>
        <translation>Die Daten sind nicht skaliert</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>Das Training ist divergiert</translation>
    </message>
    <message>
        <source>The loss does not fit the output</source>
        <translation>Der Verlust passt nicht zur Ausgabe</translation>
    </message>
    <message>
        <source>The format cannot express this model</source>
        <translation>Das Format kann dieses Modell nicht ausdrücken</translation>
    </message>
    <message>
        <source>The exported model failed its check</source>
        <translation>Das exportierte Modell hat seine Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>Dense expects a flat input, got %1: insert Flatten before it</source>
        <translation>Dense erwartet eine flache Eingabe, bekommt aber %1: Füge davor Flatten ein</translation>
    </message>
    <message>
        <source>A node id must be a positive number</source>
        <translation>Eine Knoten-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>Node id %1 is used twice</source>
        <translation>Die Knoten-ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>A node needs a name</source>
        <translation>Ein Knoten braucht einen Namen</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is used by another node</source>
        <translation>Der Name &apos;%1&apos; wird schon von einem anderen Knoten verwendet</translation>
    </message>
    <message>
        <source>The Input layer &apos;%1&apos; cannot be disabled</source>
        <translation>Die Input-Schicht &apos;%1&apos; kann nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <source>%1 has %2 attributes, got %3</source>
        <translation>%1 hat %2 Attribute, bekommen hat es %3</translation>
    </message>
    <message>
        <source>There is no node %1</source>
        <translation>Es gibt keinen Knoten %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has 1 output, not port %3</source>
        <translation>%1 &apos;%2&apos; hat einen Ausgang, keinen Port %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 input, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; hat %3 Eingang, den Eingangsport %4 gibt es also nicht</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 inputs, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; hat %3 Eingänge, den Eingangsport %4 gibt es also nicht</translation>
    </message>
    <message>
        <source>A layer cannot feed itself: &apos;%1&apos;</source>
        <translation>Eine Schicht kann sich nicht selbst speisen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>These ports are already connected</source>
        <translation>Diese Ports sind schon verbunden</translation>
    </message>
    <message>
        <source>Input %1 of &apos;%2&apos; is already fed by &apos;%3&apos;: disconnect it first</source>
        <translation>Eingang %1 von &apos;%2&apos; wird schon von &apos;%3&apos; gespeist: Trenne diese Verbindung zuerst</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a cycle: &apos;%2&apos; already feeds &apos;%1&apos;</source>
        <translation>&apos;%1&apos; mit &apos;%2&apos; zu verbinden ergäbe einen Kreis: &apos;%2&apos; speist bereits &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; outputs %2, which %3 &apos;%4&apos; cannot take. %5</source>
        <translation>&apos;%1&apos; gibt %2 aus, was %3 &apos;%4&apos; nicht annehmen kann. %5</translation>
    </message>
    <message>
        <source>These ports are not connected</source>
        <translation>Diese Ports sind nicht verbunden</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The wire to fix no longer exists</source>
        <translation>Die zu reparierende Verbindung gibt es nicht mehr</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has nothing connected to its input &apos;%3&apos;: connect a layer to it</source>
        <translation>An den Eingang &apos;%3&apos; von %1 &apos;%2&apos; ist nichts angeschlossen: Verbinde eine Schicht damit</translation>
    </message>
    <message>
        <source>The network has no Input layer: add one</source>
        <translation>Das Netz hat keine Input-Schicht: Füge eine hinzu</translation>
    </message>
    <message>
        <source>The network has %1 Input layers (%2); it needs exactly one</source>
        <translation>Das Netz hat %1 Input-Schichten (%2); es braucht genau eine</translation>
    </message>
    <message>
        <source>The network has %1 unconnected outputs (%2); connect them so one layer is the output</source>
        <translation>Das Netz hat %1 unverbundene Ausgänge (%2); verbinde sie so, dass eine Schicht die Ausgabe ist</translation>
    </message>
    <message>
        <source>The network has no layer after its Input: add one</source>
        <translation>Das Netz hat keine Schicht nach seiner Input-Schicht: Füge eine hinzu</translation>
    </message>
    <message>
        <source>Add needs two inputs of the same shape, got %1 and %2</source>
        <translation>Add braucht zwei Eingaben derselben Form, bekommt aber %1 und %2</translation>
    </message>
    <message>
        <source>Concat joins along the first dimension (channels or features) and needs the others equal, got %1 and %2</source>
        <translation>Concat verbindet entlang der ersten Dimension (Kanäle oder Merkmale) und braucht die übrigen gleich, bekommt aber %1 und %2</translation>
    </message>
    <message>
        <source>Softmax expects a flat input, got %1: insert Flatten before it</source>
        <translation>Softmax erwartet eine flache Eingabe, bekommt aber %1: Füge davor Flatten ein</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2: insert Reshape before it</source>
        <translation>%1 erwartet eine Eingabe Kanäle×Höhe×Breite, bekommt aber %2: Füge davor Reshape ein</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2</source>
        <translation>%1 erwartet eine Eingabe Kanäle×Höhe×Breite, bekommt aber %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window (dilation %3, spanning %4) does not fit the %5×%6 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>Das %2×%2-Fenster von %1 (Dilatation %3, Spannweite %4) passt nicht in die %5×%6-Eingabe: Nimm Padding &apos;same&apos; oder ein kleineres Fenster</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window does not fit the %3×%4 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>Das %2×%2-Fenster von %1 passt nicht in die %3×%4-Eingabe: Nimm Padding &apos;same&apos; oder ein kleineres Fenster</translation>
    </message>
    <message>
        <source>Reshape cannot make %1 (%2 values) into %3 (%4 values): the sizes must be equal</source>
        <translation>Reshape kann %1 (%2 Werte) nicht in %3 (%4 Werte) umformen: Die Größen müssen gleich sein</translation>
    </message>
    <message>
        <source>Adds two inputs of the same shape value by value: the skip connection of a residual block.</source>
        <translation>Addiert zwei Eingaben derselben Form Wert für Wert: die Abkürzung (Skip-Verbindung) eines Residualblocks.</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother image.</source>
        <translation>Mittelt jedes Fenster: ein kleineres, glatteres Bild.</translation>
    </message>
    <message>
        <source>Normalises each feature (after Dense) or channel (after Conv2D) over the batch, then scales and shifts it; uses running averages at inference.</source>
        <translation>Normiert jedes Merkmal (nach Dense) oder jeden Kanal (nach Conv2D) über den Batch, skaliert und verschiebt es dann; nutzt bei der Inferenz gleitende Mittelwerte.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How much of the running mean and variance each training step keeps</source>
        <translation>Wie viel vom gleitenden Mittelwert und der Varianz jeder Trainingsschritt behält</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the variance so a constant feature does not divide by zero</source>
        <translation>Wird zur Varianz addiert, damit ein konstantes Merkmal nicht durch null teilt</translation>
    </message>
    <message>
        <source>Joins two inputs: images along their channels, flat inputs along their features (the branches of an Inception block).</source>
        <translation>Verbindet zwei Eingaben: Bilder entlang ihrer Kanäle, flache Eingaben entlang ihrer Merkmale (die Zweige eines Inception-Blocks).</translation>
    </message>
    <message>
        <source>Slides learned filters over an image; each filter makes one output channel.</source>
        <translation>Schiebt gelernte Filter über ein Bild; jeder Filter ergibt einen Ausgabekanal.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Number of filters, the output channels</source>
        <translation>Anzahl der Filter, die Ausgabekanäle</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>Height and width of each square filter</source>
        <translation>Höhe und Breite jedes quadratischen Filters</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Step between two filter positions</source>
        <translation>Abstand zwischen zwei Filterpositionen</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉</source>
        <translation>valid: nur wo der Filter hineinpasst; same: mit Nullen auffüllen, sodass die Ausgabe ⌈Eingabe/Schrittweite⌉ ist</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilatation</translation>
    </message>
    <message>
        <source>Spacing between the filter&apos;s taps; above 1 widens its view</source>
        <translation>Abstand zwischen den Abgriffen des Filters; über 1 weitet er seinen Blick</translation>
    </message>
    <message>
        <source>Use bias</source>
        <translation>Bias verwenden</translation>
    </message>
    <message>
        <source>Add a learned bias to every output channel</source>
        <translation>Jedem Ausgabekanal einen gelernten Bias hinzufügen</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot for tanh/sigmoid</source>
        <translation>Wie W gezogen wird: He für die ReLU-Familie (die übliche Wahl nach einer Faltung), Glorot für tanh/sigmoid</translation>
    </message>
    <message>
        <source>Fully connected: every output neuron weighs every input.</source>
        <translation>Vollständig verbunden: Jedes Ausgabeneuron gewichtet jede Eingabe.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Number of output neurons</source>
        <translation>Anzahl der Ausgabeneuronen</translation>
    </message>
    <message>
        <source>Add a learned bias b to every output</source>
        <translation>Jeder Ausgabe einen gelernten Bias b hinzufügen</translation>
    </message>
    <message>
        <source>How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family</source>
        <translation>Wie W gezogen wird: Glorot für tanh/sigmoid, He für die ReLU-Familie</translation>
    </message>
    <message>
        <source>While training, zeroes random values so the network cannot rely on any one of them; does nothing at inference.</source>
        <translation>Setzt beim Training zufällige Werte auf null, damit sich das Netz auf keinen einzelnen verlassen kann; wirkt bei der Inferenz nicht.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Probability p that a value is dropped in a training step</source>
        <translation>Wahrscheinlichkeit p, dass ein Wert in einem Trainingsschritt wegfällt</translation>
    </message>
    <message>
        <source>Exponential linear unit: like ReLU, but negative values bend smoothly towards -α.</source>
        <translation>Exponentielle lineare Einheit: wie ReLU, aber negative Werte biegen sich glatt gegen -α.</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>The value negative inputs tend to is -α</source>
        <translation>Der Wert, dem negative Eingaben zustreben, ist -α</translation>
    </message>
    <message>
        <source>Lays an image&apos;s values out in one row, so a Dense layer can read them.</source>
        <translation>Legt die Werte eines Bildes in eine Reihe, damit eine Dense-Schicht sie lesen kann.</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: a smooth ReLU used by transformers.</source>
        <translation>Gaußsche Fehler-Lineareinheit: ein glattes ReLU, das Transformer verwenden.</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image: one value per channel, whatever the image size.</source>
        <translation>Mittelt jeden Kanal über das ganze Bild: ein Wert pro Kanal, egal wie groß das Bild ist.</translation>
    </message>
    <message>
        <source>Passes its input on unchanged (a linear activation): a named point to branch from or probe.</source>
        <translation>Gibt seine Eingabe unverändert weiter (eine lineare Aktivierung): ein benannter Punkt zum Abzweigen oder Messen.</translation>
    </message>
    <message>
        <source>Where samples enter the network; its shape is the shape of one sample.</source>
        <translation>Hier gelangen die Beispiele ins Netz; ihre Form ist die Form eines Beispiels.</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>The shape of one sample: features, or channels×height×width</source>
        <translation>Die Form eines Beispiels: Merkmale oder Kanäle×Höhe×Breite</translation>
    </message>
    <message>
        <source>Normalises each sample over all its values, then scales and shifts each value; independent of the batch.</source>
        <translation>Normiert jedes Beispiel über alle seine Werte, skaliert und verschiebt dann jeden Wert; unabhängig vom Batch.</translation>
    </message>
    <message>
        <source>Added to the variance so a constant sample does not divide by zero</source>
        <translation>Wird zur Varianz addiert, damit ein konstantes Beispiel nicht durch null teilt</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope so neurons never die.</source>
        <translation>Wie ReLU, aber negative Werte behalten eine kleine Steigung, sodass Neuronen nie absterben.</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>Steigung α</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>Steigung für negative Eingaben</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller image that keeps the strongest responses.</source>
        <translation>Behält den größten Wert jedes Fensters: ein kleineres Bild, das die stärksten Antworten bewahrt.</translation>
    </message>
    <message>
        <source>Rectified linear unit: passes positive values, zeroes negative ones.</source>
        <translation>Gleichgerichtete lineare Einheit: lässt positive Werte durch, setzt negative auf null.</translation>
    </message>
    <message>
        <source>Gives the same values another shape of the same size, e.g. 784 as a 1×28×28 image.</source>
        <translation>Gibt denselben Werten eine andere Form gleicher Größe, z. B. 784 als 1×28×28-Bild.</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>Zielform</translation>
    </message>
    <message>
        <source>The shape of one output sample: features, or channels×height×width</source>
        <translation>Die Form eines ausgegebenen Beispiels: Merkmale oder Kanäle×Höhe×Breite</translation>
    </message>
    <message>
        <source>Squashes any value into (0, 1); the classic output for yes/no answers.</source>
        <translation>Presst jeden Wert in (0, 1); die klassische Ausgabe für Ja/Nein-Antworten.</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1; the usual output for classes.</source>
        <translation>Macht aus Punktwerten Wahrscheinlichkeiten mit Summe 1; die übliche Ausgabe für Klassen.</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Poolgröße</translation>
    </message>
    <message>
        <source>Height and width of the square window</source>
        <translation>Höhe und Breite des quadratischen Fensters</translation>
    </message>
    <message>
        <source>Step between two windows; equal to the pool size, they tile</source>
        <translation>Abstand zwischen zwei Fenstern; gleich der Poolgröße, lückenlos nebeneinander</translation>
    </message>
    <message>
        <source>valid: only whole windows; same: windows overhang the border so the output is ⌈input/stride⌉ (the overhang is ignored)</source>
        <translation>valid: nur ganze Fenster; same: Fenster ragen über den Rand, sodass die Ausgabe ⌈Eingabe/Schrittweite⌉ ist (der Überhang zählt nicht)</translation>
    </message>
    <message>
        <source>Swish, also called SiLU: x gated by its own sigmoid; smooth and non-monotonic.</source>
        <translation>Swish, auch SiLU genannt: x, gesteuert durch sein eigenes Sigmoid; glatt und nicht monoton.</translation>
    </message>
    <message>
        <source>Squashes any value into (−1, 1), centred on zero.</source>
        <translation>Presst jeden Wert in (−1, 1), um null zentriert.</translation>
    </message>
    <message numerus="yes">
        <source>neurons</source>
        <translation>
            <numerusform>Neuron</numerusform>
            <numerusform>Neuronen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channels</source>
        <translation>
            <numerusform>Kanal</numerusform>
            <numerusform>Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixels</source>
        <translation>
            <numerusform>Pixel</numerusform>
            <numerusform>Pixel</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such layer</source>
        <translation>Diese Schicht gibt es nicht</translation>
    </message>
    <message>
        <source>Only a layer with one input wire can be deleted and its wires joined; &apos;%1&apos; has %2</source>
        <translation>Nur eine Schicht mit genau einer Eingangsverbindung kann gelöscht und ihre Verbindungen zusammengeführt werden; &apos;%1&apos; hat %2</translation>
    </message>
    <message>
        <source>Without &apos;%1&apos;, &apos;%2&apos; cannot take what &apos;%3&apos; gives: %4</source>
        <translation>Ohne &apos;%1&apos; kann &apos;%2&apos; nicht annehmen, was &apos;%3&apos; liefert: %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: the folder %2 does not exist. Install it with `sudo apt-get install %3` (or `make deps` in the source tree)</source>
        <translation>%1 ist nicht installiert: Den Ordner %2 gibt es nicht. Installiere es mit `sudo apt-get install %3` (oder `make deps` im Quellbaum)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>Die Spalte &apos;%1&apos; enthält Zahlen, aber Zeile %2 hat %3; erwartet wird eine Zahl wie 3 oder -0.5</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4)</source>
        <translation>%1: Zeile %2, Spalte %3 (%4)</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 expected (%4); a field with the delimiter in it must be quoted</source>
        <translation>Zeile %1 hat %2 Felder, mehr als die %3 erwarteten (%4); ein Feld, das das Trennzeichen enthält, muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, fewer than the %3 expected (%4)</source>
        <translation>Zeile %1 hat %2 Felder, weniger als die %3 erwarteten (%4)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is missing on line %2; a target cannot be filled in: skip the rows with missing values instead</source>
        <translation>Der Zielwert &apos;%1&apos; fehlt in Zeile %2; ein Zielwert kann nicht aufgefüllt werden: Überspringe stattdessen die Zeilen mit fehlenden Werten</translation>
    </message>
    <message>
        <source>%1 value is missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>%1 Wert fehlt, der erste in Zeile %2 in der Spalte &apos;%3&apos;; wähle, ob Zeilen mit fehlendem Wert übersprungen oder fehlende Werte mit dem Mittelwert ihrer Spalte aufgefüllt werden</translation>
    </message>
    <message>
        <source>%1 values are missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>%1 Werte fehlen, der erste in Zeile %2 in der Spalte &apos;%3&apos;; wähle, ob Zeilen mit fehlendem Wert übersprungen oder fehlende Werte mit dem Mittelwert ihrer Spalte aufgefüllt werden</translation>
    </message>
    <message>
        <source>Every one of the %1 rows has a missing value, so skipping them leaves no data</source>
        <translation>Jede der %1 Zeilen hat einen fehlenden Wert, nach dem Überspringen bleiben also keine Daten</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the value %2 on line %3, which the data set&apos;s encoding does not know; expected one of %4</source>
        <translation>Die Spalte &apos;%1&apos; hat in Zeile %3 den Wert %2, den die Kodierung des Datensatzes nicht kennt; erwartet wird einer von %4</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is %2 on line %3, not one of the classes the model knows: %4</source>
        <translation>Der Zielwert &apos;%1&apos; ist in Zeile %3 %2, keine der Klassen, die das Modell kennt: %4</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8</source>
        <translation>es ist UTF-16-Text (er beginnt mit einer UTF-16-Bytereihenfolgemarke); speichere ihn als UTF-8</translation>
    </message>
    <message>
        <source>it is a ZIP archive (an .xlsx or .ods spreadsheet?), not text</source>
        <translation>es ist ein ZIP-Archiv (eine .xlsx- oder .ods-Tabelle?), kein Text</translation>
    </message>
    <message>
        <source>it is gzip-compressed; decompress it first</source>
        <translation>es ist gzip-komprimiert; entpacke es zuerst</translation>
    </message>
    <message>
        <source>it is an old Office document (an .xls spreadsheet?), not text</source>
        <translation>es ist ein altes Office-Dokument (eine .xls-Tabelle?), kein Text</translation>
    </message>
    <message>
        <source>it is an image, not text</source>
        <translation>es ist ein Bild, kein Text</translation>
    </message>
    <message>
        <source>it looks like UTF-16 text; save it as UTF-8</source>
        <translation>es sieht nach UTF-16-Text aus; speichere ihn als UTF-8</translation>
    </message>
    <message>
        <source>it looks like a binary file, not text</source>
        <translation>es sieht nach einer Binärdatei aus, nicht nach Text</translation>
    </message>
    <message>
        <source>The file has a NUL byte at line %1, column %2, so it is not a CSV text file: %3</source>
        <translation>Die Datei hat ein NUL-Byte in Zeile %1, Spalte %2, ist also keine CSV-Textdatei: %3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1: Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>Field %1 opens a quote that is never closed; expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>Feld %1 öffnet ein Anführungszeichen, das nie geschlossen wird; erwartet wird ein schließendes &apos;&quot;&apos; vor dem Ende der Datei</translation>
    </message>
    <message>
        <source>Field %1 has %2 after its closing quote; expected the delimiter or the end of the line (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>Feld %1 hat %2 nach seinem schließenden Anführungszeichen; erwartet wird das Trennzeichen oder das Zeilenende (ein Anführungszeichen in einem Feld in Anführungszeichen schreibt man als &quot;&quot;)</translation>
    </message>
    <message>
        <source>%1: column %2 (%3)</source>
        <translation>%1: Spalte %2 (%3)</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>die Kopfzeile hat %1</translation>
    </message>
    <message>
        <source>the first line has %1</source>
        <translation>die erste Zeile hat %1</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named %3; each column needs its own name</source>
        <translation>Die Spalten %1 und %2 heißen beide %3; jede Spalte braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; must hold numbers for a regression</source>
        <translation>Der Zielwert &apos;%1&apos; muss für eine Regression Zahlen enthalten</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers (%2 of them)</source>
        <translation>Die Spalte &apos;%1&apos; enthält Zahlen (%2 davon)</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3 and %4 more rows have text; expected a number such as 3 or -0.5</source>
        <translation>%1, aber Zeile %2 hat %3, und %4 weitere Zeilen haben Text; erwartet wird eine Zahl wie 3 oder -0.5</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>%1, aber Zeile %2 hat %3; erwartet wird eine Zahl wie 3 oder -0.5</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values at all; leave it out of the features</source>
        <translation>Die Spalte &apos;%1&apos; hat überhaupt keine Werte; lass sie bei den Merkmalen weg</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has more than %2 different text values; one-hot encoding would add a feature for each. Leave it out of the features (an identifier or free text rarely helps)</source>
        <translation>Die Spalte &apos;%1&apos; hat mehr als %2 verschiedene Textwerte; die One-Hot-Kodierung würde für jeden ein Merkmal hinzufügen. Lass sie bei den Merkmalen weg (eine Kennung oder freier Text hilft selten)</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has more than %2 different values, too many classes; a numeric target can be learnt as regression</source>
        <translation>Der Zielwert &apos;%1&apos; hat mehr als %2 verschiedene Werte, zu viele Klassen; ein numerischer Zielwert lässt sich als Regression lernen</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has only one class (%2) in its %3 rows; classification needs at least two</source>
        <translation>Der Zielwert &apos;%1&apos; hat in seinen %3 Zeilen nur eine Klasse (%2); eine Klassifikation braucht mindestens zwei</translation>
    </message>
    <message>
        <source>The file has no data; expected a header line and rows of values</source>
        <translation>Die Datei enthält keine Daten; erwartet werden eine Kopfzeile und Zeilen mit Werten</translation>
    </message>
    <message>
        <source>No column is left for the features besides the target</source>
        <translation>Neben dem Zielwert bleibt keine Spalte für die Merkmale übrig</translation>
    </message>
    <message>
        <source>%1 rows of %2 features are more than %3 values, too many to hold in memory</source>
        <translation>%1 Zeilen mit %2 Merkmalen sind mehr als %3 Werte, zu viele für den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The data set&apos;s saved encoding cannot be used: %1</source>
        <translation>Die gespeicherte Kodierung des Datensatzes ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>das Trennzeichen kann kein Anführungszeichen und kein Zeilenumbruch sein</translation>
    </message>
    <message>
        <source>it has no feature columns</source>
        <translation>sie hat keine Merkmalsspalten</translation>
    </message>
    <message>
        <source>the feature column %1 is not one of its columns</source>
        <translation>die Merkmalsspalte %1 ist keine ihrer Spalten</translation>
    </message>
    <message>
        <source>the categories of %1 must be distinct and sorted</source>
        <translation>die Kategorien von %1 müssen verschieden und sortiert sein</translation>
    </message>
    <message>
        <source>it has fewer than two classes</source>
        <translation>sie hat weniger als zwei Klassen</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break; expected a comma, a semicolon or a tab</source>
        <translation>Das Trennzeichen kann kein Anführungszeichen und kein Zeilenumbruch sein; erwartet wird ein Komma, ein Semikolon oder ein Tabulator</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data; expected at least one line of values</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen; erwartet wird mindestens eine Zeile mit Werten</translation>
    </message>
    <message>
        <source>There is no column %1 to predict; the columns are %2</source>
        <translation>Es gibt keine Spalte %1 zum Vorhersagen; die Spalten sind %2</translation>
    </message>
    <message>
        <source>There is no column %1 to leave out; the columns are %2</source>
        <translation>Es gibt keine Spalte %1 zum Weglassen; die Spalten sind %2</translation>
    </message>
    <message>
        <source>The header has no column %1, which the model reads; the columns are %2</source>
        <translation>Die Kopfzeile hat keine Spalte %1, die das Modell aber liest; die Spalten sind %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected %3 (%4), or one fewer without the target</source>
        <translation>Zeile %1 hat %2 Felder; erwartet werden %3 (%4) oder eins weniger ohne den Zielwert</translation>
    </message>
    <message>
        <source>A %1 data set needs the path of its data</source>
        <translation>Ein %1-Datensatz braucht den Pfad seiner Daten</translation>
    </message>
    <message>
        <source>A synthetic data set needs at least 2 samples, got %1</source>
        <translation>Ein synthetischer Datensatz braucht mindestens 2 Beispiele, bekommen hat er %1</translation>
    </message>
    <message>
        <source>Unknown data set source</source>
        <translation>Unbekannte Datensatzquelle</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht starten</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>the compressed data ends early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <source>The gzip data is corrupt after %1 compressed bytes: %2</source>
        <translation>Die gzip-Daten sind nach %1 komprimierten Bytes beschädigt: %2</translation>
    </message>
    <message>
        <source>The file inflates to more than %1 bytes</source>
        <translation>Die Datei entpackt sich zu mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>%1: byte %2</source>
        <translation>%1: Byte %2</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; an IDX file starts with a 4-byte magic number</source>
        <translation>Die Datei ist %1 Bytes lang; eine IDX-Datei beginnt mit einer 4 Byte langen magischen Zahl</translation>
    </message>
    <message>
        <source>Not an IDX file: the magic number must start with 00 00, got %1 %2</source>
        <translation>Keine IDX-Datei: Die magische Zahl muss mit 00 00 beginnen, bekommen hat sie %1 %2</translation>
    </message>
    <message>
        <source>Unknown IDX value type code %1; expected 8, 9, 11, 12, 13 or 14</source>
        <translation>Unbekannter IDX-Werttyp-Code %1; erwartet wird 8, 9, 11, 12, 13 oder 14</translation>
    </message>
    <message>
        <source>IDX rank %1 is not 1 to 4</source>
        <translation>Der IDX-Rang %1 liegt nicht zwischen 1 und 4</translation>
    </message>
    <message>
        <source>The header needs %1 bytes, the file has %2</source>
        <translation>Der Kopf braucht %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>The dimensions describe more than %1 bytes of data</source>
        <translation>Die Dimensionen beschreiben mehr als %1 Bytes an Daten</translation>
    </message>
    <message>
        <source>The header promises %1 %2 values (%3 bytes in all) but the file has %4 bytes</source>
        <translation>Der Kopf verspricht %1 %2-Werte (insgesamt %3 Bytes), aber die Datei hat %4 Bytes</translation>
    </message>
    <message>
        <source>IDX images need 2 to 4 dimensions (count, height, width), got %1</source>
        <translation>IDX-Bilder brauchen 2 bis 4 Dimensionen (Anzahl, Höhe, Breite), bekommen haben sie %1</translation>
    </message>
    <message>
        <source>There are %1 images but %2 labels</source>
        <translation>Es gibt %1 Bilder, aber %2 Labels</translation>
    </message>
    <message>
        <source>There are %1 images but no list of labels</source>
        <translation>Es gibt %1 Bilder, aber keine Liste von Labels</translation>
    </message>
    <message>
        <source>Label %1 is %2; labels must be whole numbers from 0</source>
        <translation>Label %1 ist %2; Labels müssen ganze Zahlen ab 0 sein</translation>
    </message>
    <message>
        <source>The images are %1 but those of %2 are %3</source>
        <translation>Die Bilder sind %1, die von %2 aber %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the labels</source>
        <translation>Ein Ordner im MNIST-Format braucht train-images-idx3-ubyte und train-labels-idx1-ubyte (jeweils auch mit .gz am Ende); in %1 fehlen die Labels</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the images</source>
        <translation>Ein Ordner im MNIST-Format braucht train-images-idx3-ubyte und train-labels-idx1-ubyte (jeweils auch mit .gz am Ende); in %1 fehlen die Bilder</translation>
    </message>
    <message>
        <source>The PNG image is truncated: it ends at byte %1 inside a chunk header, before the IEND chunk that closes a PNG file</source>
        <translation>Das PNG-Bild ist abgeschnitten: Es endet bei Byte %1 mitten in einem Chunk-Kopf, vor dem IEND-Chunk, der eine PNG-Datei abschließt</translation>
    </message>
    <message>
        <source>The PNG image is truncated: the chunk at byte %1 declares %2 bytes of data but only %3 follow</source>
        <translation>Das PNG-Bild ist abgeschnitten: Der Chunk bei Byte %1 kündigt %2 Bytes Daten an, es folgen aber nur %3</translation>
    </message>
    <message>
        <source>The JPEG image is corrupt: the Huffman table at byte %1 declares %2 codes; at most 256 are possible</source>
        <translation>Das JPEG-Bild ist beschädigt: Die Huffman-Tabelle bei Byte %1 kündigt %2 Codes an; möglich sind höchstens 256</translation>
    </message>
    <message>
        <source>The image size %1x%2 is out of range; width and height must be 1 to %3</source>
        <translation>Die Bildgröße %1x%2 liegt außerhalb des Bereichs; Breite und Höhe müssen zwischen 1 und %3 liegen</translation>
    </message>
    <message>
        <source>The image file is empty</source>
        <translation>Die Bilddatei ist leer</translation>
    </message>
    <message>
        <source>The image file is %1 bytes, too large to decode</source>
        <translation>Die Bilddatei hat %1 Bytes, zu groß zum Dekodieren</translation>
    </message>
    <message>
        <source>Not a readable PNG, JPEG or BMP image (%1); expected one of these formats, uncorrupted</source>
        <translation>Kein lesbares PNG-, JPEG- oder BMP-Bild (%1); erwartet wird eines dieser Formate, unbeschädigt</translation>
    </message>
    <message>
        <source>The image header declares %1x%2 pixels; at most %3 pixels are accepted</source>
        <translation>Der Bildkopf gibt %1x%2 Pixel an; angenommen werden höchstens %3 Pixel</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file is corrupt or truncated</source>
        <translation>Das Bild konnte nicht dekodiert werden (%1); die Datei ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>The image could not be resized to %1x%2</source>
        <translation>Das Bild konnte nicht auf %1x%2 skaliert werden</translation>
    </message>
    <message>
        <source>Could not list the folder %1 (%2)</source>
        <translation>Der Ordner %1 konnte nicht aufgelistet werden (%2)</translation>
    </message>
    <message>
        <source>The image file is %1 bytes; at most %2 are accepted</source>
        <translation>Die Bilddatei hat %1 Bytes; angenommen werden höchstens %2</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; expected a folder with one sub-folder of images per class</source>
        <translation>%1 ist eine Datei, kein Ordner; erwartet wird ein Ordner mit einem Unterordner voller Bilder je Klasse</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (it is empty); put the class&apos;s images in it or remove it</source>
        <translation>Der Klassenordner %1 enthält keine PNG-, JPEG- oder BMP-Bilder (er ist leer); lege die Bilder der Klasse hinein oder entferne ihn</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (its %2 entries are other files or folders); put the class&apos;s images in it or remove it</source>
        <translation>Der Klassenordner %1 enthält keine PNG-, JPEG- oder BMP-Bilder (seine %2 Einträge sind andere Dateien oder Ordner); lege die Bilder der Klasse hinein oder entferne ihn</translation>
    </message>
    <message>
        <source>%1 has no class sub-folders</source>
        <translation>%1 hat keine Klassen-Unterordner</translation>
    </message>
    <message>
        <source>%1 has only one class sub-folder (%2)</source>
        <translation>%1 hat nur einen Klassen-Unterordner (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 image lies directly in the folder)</source>
        <translation>%1 (%2 Bild liegt direkt im Ordner)</translation>
    </message>
    <message>
        <source>%1 (%2 images lie directly in the folder)</source>
        <translation>%1 (%2 Bilder liegen direkt im Ordner)</translation>
    </message>
    <message>
        <source>%1; expected one sub-folder of images per class, at least two, such as %2 and %3</source>
        <translation>%1; erwartet wird ein Unterordner mit Bildern je Klasse, mindestens zwei, etwa %2 und %3</translation>
    </message>
    <message>
        <source>%1 images of %2 values are more than %3 values, too many to hold in memory; choose a smaller size</source>
        <translation>%1 Bilder mit je %2 Werten sind mehr als %3 Werte, zu viele für den Arbeitsspeicher; wähle eine kleinere Größe</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Insert %1 to %2 between &apos;%3&apos; and &apos;%4&apos;</source>
        <translation>%1 auf %2 zwischen &apos;%3&apos; und &apos;%4&apos; einfügen</translation>
    </message>
    <message>
        <source>Insert %1 between &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>%1 zwischen &apos;%2&apos; und &apos;%3&apos; einfügen</translation>
    </message>
    <message>
        <source>Enable &apos;%1&apos;</source>
        <translation>&apos;%1&apos; einschalten</translation>
    </message>
    <message>
        <source>Could not save %1: %2 failed (%3)</source>
        <translation>%1 konnte nicht gespeichert werden: %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>creating a temporary file in %1</source>
        <translation>Anlegen einer temporären Datei in %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>Es gibt keine Datei %1</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>Could not open %1 (%2)</source>
        <translation>%1 konnte nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>Setzen der Rechte</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>Schreiben auf die Platte</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>replacing the file</source>
        <translation>Ersetzen der Datei</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>kleiner als %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>ein unerwarteter Wert</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>Erwartet wird %1, bekommen hat es %2</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is missing</source>
        <translation>Das Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;</source>
        <translation>Unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected %1 elements, got %2</source>
        <translation>Erwartet werden %1 Elemente, bekommen hat es %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>Muss %1 sein, bekommen hat es %2</translation>
    </message>
    <message>
        <source>Must not be negative, got %1</source>
        <translation>Darf nicht negativ sein, bekommen hat es %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number, null or &quot;Infinity&quot;</source>
        <translation>eine Zahl, null oder &quot;Infinity&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>The exported ONNX model fails ONNX&apos;s checks: %1</source>
        <translation>Das exportierte ONNX-Modell besteht die Prüfungen von ONNX nicht: %1</translation>
    </message>
    <message>
        <source>The ONNX model could not be serialised (over 2 GB?)</source>
        <translation>Das ONNX-Modell konnte nicht serialisiert werden (über 2 GB?)</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; (%2) has no ONNX form in this version</source>
        <translation>Die Schicht &apos;%1&apos; (%2) hat in dieser Version keine ONNX-Form</translation>
    </message>
    <message>
        <source>The project holds no trained weights: train it first</source>
        <translation>Das Projekt enthält keine trainierten Gewichte: Trainiere es zuerst</translation>
    </message>
    <message>
        <source>The samples have %1 values but the Input layer takes %2 (%3 values)</source>
        <translation>Die Beispiele haben %1 Werte, aber die Input-Schicht nimmt %2 (%3 Werte)</translation>
    </message>
    <message>
        <source>The delimiter is one character, got &quot;%1&quot;</source>
        <translation>Das Trennzeichen ist ein einzelnes Zeichen, bekommen hat es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; ist &quot;classification&quot; oder &quot;regression&quot;, bekommen hat es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown missing-value policy &apos;%1&apos;</source>
        <translation>Unbekannte Regel für fehlende Werte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option &apos;%2&apos;; expected one of %3</source>
        <translation>&apos;%1&apos; hat keine Option &apos;%2&apos;; erwartet wird eine von %3</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;; this build knows %2</source>
        <translation>Unbekannte Schichtart &apos;%1&apos;; diese Version kennt %2</translation>
    </message>
    <message>
        <source>A parameter has at most %1 dimensions, got %2</source>
        <translation>Ein Parameter hat höchstens %1 Dimensionen, bekommen hat er %2</translation>
    </message>
    <message>
        <source>Not float32 values in base64</source>
        <translation>Keine float32-Werte in Base64</translation>
    </message>
    <message>
        <source>The shape %1 needs %2, but the data holds %3</source>
        <translation>Die Form %1 braucht %2, die Daten enthalten aber %3</translation>
    </message>
    <message>
        <source>more values than a file can hold</source>
        <translation>mehr Werte, als eine Datei fassen kann</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>Weights for node %1, which the graph does not have</source>
        <translation>Gewichte für den Knoten %1, den der Graph nicht hat</translation>
    </message>
    <message>
        <source>Node %1 has weights listed twice</source>
        <translation>Für den Knoten %1 sind Gewichte doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Run %1 is listed twice</source>
        <translation>Lauf %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>Es gibt keinen Lauf %1</translation>
    </message>
    <message>
        <source>This is not a Neuroweave project: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>Das ist kein Neuroweave-Projekt: &apos;format&apos; ist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file is in project format version %1, made by a newer Neuroweave; this build reads versions up to %2</source>
        <translation>Die Datei hat das Projektformat Version %1 und stammt aus einem neueren Neuroweave; diese Version liest Formate bis Version %2</translation>
    </message>
    <message>
        <source>Unknown optimizer &apos;%1&apos;</source>
        <translation>Unbekannter Optimierer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown learning-rate schedule &apos;%1&apos;</source>
        <translation>Unbekannter Lernraten-Plan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown early-stopping metric &apos;%1&apos;</source>
        <translation>Unbekannte Kennzahl für frühes Stoppen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown synthetic data set &apos;%1&apos;</source>
        <translation>Unbekannter synthetischer Datensatz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The delimiter is one character (not a quote or a line break) or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>Das Trennzeichen ist ein einzelnes Zeichen (kein Anführungszeichen, kein Zeilenumbruch) oder &quot;auto&quot;, bekommen hat es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;header&apos; is &quot;auto&quot;, &quot;yes&quot; or &quot;no&quot;, got &quot;%1&quot;</source>
        <translation>&apos;header&apos; ist &quot;auto&quot;, &quot;yes&quot; oder &quot;no&quot;, bekommen hat es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;auto&quot;, &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; ist &quot;auto&quot;, &quot;classification&quot; oder &quot;regression&quot;, bekommen hat es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown colour mode &apos;%1&apos;</source>
        <translation>Unbekannter Farbmodus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown data set source &apos;%1&apos;</source>
        <translation>Unbekannte Datensatzquelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown built-in data set &apos;%1&apos;</source>
        <translation>Unbekannter eingebauter Datensatz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A data set read from files needs its &apos;path&apos;</source>
        <translation>Ein Datensatz aus Dateien braucht seinen &apos;path&apos;</translation>
    </message>
    <message>
        <source>The validation and test fractions leave no training data: together they must be less than 1</source>
        <translation>Validierungs- und Testanteil lassen keine Trainingsdaten übrig: Zusammen müssen sie kleiner als 1 sein</translation>
    </message>
    <message>
        <source>Unknown scaling &apos;%1&apos;</source>
        <translation>Unbekannte Skalierung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;offset&apos; has %1 values but &apos;scale&apos; has %2</source>
        <translation>&apos;offset&apos; hat %1 Werte, &apos;scale&apos; aber %2</translation>
    </message>
    <message>
        <source>Unknown loss &apos;%1&apos;</source>
        <translation>Unbekannte Verlustfunktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown run outcome &apos;%1&apos;</source>
        <translation>Unbekannter Ausgang eines Laufs &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>Der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>&apos;%1&apos; muss zwischen %2 und %3 liegen, bekommen hat es %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of its options</source>
        <translation>&apos;%1&apos; muss eine seiner Optionen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option number %2</source>
        <translation>&apos;%1&apos; hat keine Option Nummer %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of dimensions</source>
        <translation>&apos;%1&apos; muss eine Liste von Dimensionen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have 1 to 3 dimensions</source>
        <translation>&apos;%1&apos; muss 1 bis 3 Dimensionen haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; dimensions must be between %2 and %3</source>
        <translation>Die Dimensionen von &apos;%1&apos; müssen zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>unknown attribute type</source>
        <translation>unbekannter Attributtyp</translation>
    </message>
    <message>
        <source>Unknown goal kind &apos;%1&apos;; the kinds are %2</source>
        <translation>Unbekannte Zielart &apos;%1&apos;; die Arten sind %2</translation>
    </message>
    <message>
        <source>Unknown metric &apos;%1&apos;; a goal can look at validationAccuracy, validationLoss, trainAccuracy or trainLoss</source>
        <translation>Unbekannte Kennzahl &apos;%1&apos;; ein Ziel kann validationAccuracy, validationLoss, trainAccuracy oder trainLoss betrachten</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;</source>
        <translation>Unbekannte Schichtart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>Unbekannte Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;; a run ends completed, stopped, early-stopped or diverged</source>
        <translation>Unbekannter Ausgang &apos;%1&apos;; ein Lauf endet mit completed, stopped, early-stopped oder diverged</translation>
    </message>
    <message>
        <source>&apos;train&apos; is fresh, continue or no, not &apos;%1&apos;</source>
        <translation>&apos;train&apos; ist fresh, continue oder no, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a control an assignment can lock: a training setting (as train --set names it) or &apos;dataset&apos;</source>
        <translation>&apos;%1&apos; ist kein Bedienelement, das eine Aufgabe sperren kann: eine Trainingseinstellung (wie train --set sie nennt) oder &apos;dataset&apos;</translation>
    </message>
    <message>
        <source>This is not a Neuroweave lesson: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>Das ist keine Neuroweave-Lektion: &apos;format&apos; ist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The lesson is in format version %1, made by a newer Neuroweave; this build reads version %2</source>
        <translation>Die Lektion hat das Format Version %1 und stammt aus einem neueren Neuroweave; diese Version liest Version %2</translation>
    </message>
    <message>
        <source>A lesson needs at least one step</source>
        <translation>Eine Lektion braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>The solution&apos;s setting %1: %2</source>
        <translation>Die Einstellung %1 der Lösung: %2</translation>
    </message>
    <message>
        <source>The solution names no layer &apos;%1&apos;</source>
        <translation>Die Lösung nennt keine Schicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The stored optimizer state belongs to %1, not %2</source>
        <translation>Der gespeicherte Optimiererzustand gehört zu %1, nicht zu %2</translation>
    </message>
    <message>
        <source>The stored optimizer state does not fit the network&apos;s parameters</source>
        <translation>Der gespeicherte Optimiererzustand passt nicht zu den Parametern des Netzes</translation>
    </message>
    <message>
        <source>Saved weights belong to node %1, which the network lacks</source>
        <translation>Gespeicherte Gewichte gehören zum Knoten %1, den das Netz nicht hat</translation>
    </message>
    <message>
        <source>Node %1 has %2 parameter tensors, the saved weights %3</source>
        <translation>Der Knoten %1 hat %2 Parametertensoren, die gespeicherten Gewichte %3</translation>
    </message>
    <message>
        <source>Saved %1 of node %2 is %3, the network needs %4</source>
        <translation>Das gespeicherte %1 des Knotens %2 ist %3, das Netz braucht %4</translation>
    </message>
    <message>
        <source>%1: set the last Dense layer&apos;s units to %2</source>
        <translation>%1: Setze die Einheiten der letzten Dense-Schicht auf %2</translation>
    </message>
    <message>
        <source>%1: choose the loss %2</source>
        <translation>%1: Wähle die Verlustfunktion %2</translation>
    </message>
    <message>
        <source>The network has %1</source>
        <translation>Das Netz hat %1</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 Ausgang</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 Ausgänge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2</source>
        <translation>&apos;%1&apos; hat %2</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1 Klasse</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1, aber %2</translation>
    </message>
    <message>
        <source>The loss %1 needs class labels, but &apos;%2&apos; is a regression data set</source>
        <translation>Die Verlustfunktion %1 braucht Klassenlabels, aber &apos;%2&apos; ist ein Regressionsdatensatz</translation>
    </message>
    <message>
        <source>the samples of &apos;%1&apos; have %2</source>
        <translation>die Beispiele von &apos;%1&apos; haben %2</translation>
    </message>
    <message>
        <source>%1 target value</source>
        <translation>%1 Zielwert</translation>
    </message>
    <message>
        <source>%1 target values</source>
        <translation>%1 Zielwerte</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 2 classes but %1</source>
        <translation>Die binäre Kreuzentropie braucht 2 Klassen, aber %1</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 1 output but the network has %1</source>
        <translation>Die binäre Kreuzentropie braucht 1 Ausgang, aber das Netz hat %1</translation>
    </message>
    <message>
        <source>The Input layer takes %1 (%2) but the samples of &apos;%3&apos; are %4 (%5): set the Input&apos;s shape to %4</source>
        <translation>Die Input-Schicht nimmt %1 (%2), aber die Beispiele von &apos;%3&apos; sind %4 (%5): Setze die Form des Inputs auf %4</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 Wert</translation>
    </message>
    <message>
        <source>The samples of &apos;%1&apos; reach %2 and are not scaled, so the first steps are huge and training is unstable: choose the scaling %3</source>
        <translation>Die Beispiele von &apos;%1&apos; erreichen %2 und sind nicht skaliert, daher sind die ersten Schritte riesig und das Training ist instabil: Wähle die Skalierung %3</translation>
    </message>
    <message>
        <source>The maths are shown for an enabled Dense layer</source>
        <translation>Die Mathematik wird für eine eingeschaltete Dense-Schicht gezeigt</translation>
    </message>
    <message>
        <source>There is no sample %1</source>
        <translation>Es gibt kein Beispiel %1</translation>
    </message>
    <message>
        <source>The Dense layer is not part of the network</source>
        <translation>Die Dense-Schicht gehört nicht zum Netz</translation>
    </message>
    <message>
        <source>The layer has %1 neurons, not a neuron %2</source>
        <translation>Die Schicht hat %1 Neuronen, kein Neuron %2</translation>
    </message>
    <message>
        <source>The training split is empty: lower the validation fraction</source>
        <translation>Der Trainingsanteil ist leer: Verringere den Validierungsanteil</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 oder %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE</source>
        <translation>&apos;%1&apos; hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are %2</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; die Einstellungen sind %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2: expected %3</source>
        <translation>&apos;%1&apos; ist kein Wert für %2: erwartet wird %3</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN, got &apos;%1&apos;</source>
        <translation>ein Bereich wird lo..hi:N oder lo..hi:logN geschrieben, bekommen hat es &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN with 2 to %1 values, got &apos;%2&apos;</source>
        <translation>ein Bereich wird lo..hi:N oder lo..hi:logN mit 2 bis %1 Werten geschrieben, bekommen hat es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a log range needs positive ends, got &apos;%1&apos;</source>
        <translation>ein logarithmischer Bereich braucht positive Enden, bekommen hat es &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUES</source>
        <translation>&apos;%1&apos; hat nicht die Form NAME=WERTE</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (neuroweave-cli train --set help lists them)</source>
        <translation>unbekannte Einstellung &apos;%1&apos; (neuroweave-cli train --set help listet sie auf)</translation>
    </message>
    <message>
        <source>no values given for %1</source>
        <translation>keine Werte für %1 angegeben</translation>
    </message>
    <message>
        <source>at most %1 values per setting</source>
        <translation>höchstens %1 Werte je Einstellung</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2: %3</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the gradients are no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>Das Training ist in Epoche %1, Batch %2 divergiert: Die Gradienten sind nicht mehr endlich (Verlust %3). Die Gewichte des letzten endlichen Schritts bleiben erhalten; versuche eine kleinere Lernrate (jetzt %4)</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the loss is no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>Das Training ist in Epoche %1, Batch %2 divergiert: Der Verlust ist nicht mehr endlich (Verlust %3). Die Gewichte des letzten endlichen Schritts bleiben erhalten; versuche eine kleinere Lernrate (jetzt %4)</translation>
    </message>
    <message>
        <source>The model uses something Neuroweave has no layer for</source>
        <translation>Das Modell verwendet etwas, wofür Neuroweave keine Schicht hat</translation>
    </message>
    <message>
        <source>The model file cannot be read</source>
        <translation>Die Modelldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The model uses ONNX opset %1; the import reads opsets %2 to %3. Export it again with an opset in that range.</source>
        <translation>Das Modell verwendet ONNX-Opset %1; der Import liest die Opsets %2 bis %3. Exportiere es erneut mit einem Opset aus diesem Bereich.</translation>
    </message>
    <message>
        <source>The model does not say which ONNX operator set it uses</source>
        <translation>Das Modell gibt nicht an, welchen ONNX-Operatorsatz es verwendet</translation>
    </message>
    <message>
        <source>The file is not a valid ONNX model: %1</source>
        <translation>Die Datei ist kein gültiges ONNX-Modell: %1</translation>
    </message>
    <message>
        <source>The model has %1 inputs; a Neuroweave network has exactly one</source>
        <translation>Das Modell hat %1 Eingaben; ein Neuroweave-Netz hat genau eine</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; is not a tensor of 32-bit floats</source>
        <translation>Die Eingabe &apos;%1&apos; des Modells ist kein Tensor aus 32-Bit-Gleitkommazahlen</translation>
    </message>
    <message>
        <source>The size of dimension %1 of the model&apos;s input &apos;%2&apos; is not fixed</source>
        <translation>Die Größe der Dimension %1 der Modelleingabe &apos;%2&apos; ist nicht festgelegt</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; has %2 dimensions; Neuroweave reads a batch of vectors or of channels×height×width images</source>
        <translation>Die Modelleingabe &apos;%1&apos; hat %2 Dimensionen; Neuroweave liest einen Stapel von Vektoren oder von Bildern aus Kanälen×Höhe×Breite</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; needs %2 values for &apos;%3&apos;, the model has %4</source>
        <translation>Die Schicht &apos;%1&apos; braucht %2 Werte für &apos;%3&apos;, das Modell hat %4</translation>
    </message>
    <message>
        <source>The network takes 28×28 images into 10 classes, so the project trains on Fashion-MNIST; choose other data in the Data panel if it was made for something else.</source>
        <translation>Das Netz ordnet 28×28-Bilder 10 Klassen zu, daher trainiert das Projekt mit Fashion-MNIST; wähle im Daten-Bereich andere Daten, falls es für etwas anderes gemacht wurde.</translation>
    </message>
    <message>
        <source>Choose the data this network was made for in the Data panel before training it.</source>
        <translation>Wähle vor dem Training im Daten-Bereich die Daten, für die dieses Netz gemacht wurde.</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 nodes cannot become layers. The first, %3: %4</source>
        <translation>%1 der %2 Knoten des Modells können keine Schichten werden. Der erste, %3: %4</translation>
    </message>
    <message>
        <source>The file is not an ONNX model: its contents could not be decoded</source>
        <translation>Die Datei ist kein ONNX-Modell: ihr Inhalt konnte nicht entschlüsselt werden</translation>
    </message>
    <message>
        <source>it reads a value no earlier node computes</source>
        <translation>er liest einen Wert, den kein früherer Knoten berechnet</translation>
    </message>
    <message>
        <source>The model has %1 outputs; a Neuroweave network has exactly one</source>
        <translation>Das Modell hat %1 Ausgaben; ein Neuroweave-Netz hat genau eine</translation>
    </message>
    <message>
        <source>The model&apos;s output &apos;%1&apos; is a constant, not computed from its input</source>
        <translation>Die Modellausgabe &apos;%1&apos; ist eine Konstante und wird nicht aus der Eingabe berechnet</translation>
    </message>
    <message>
        <source>its input &apos;%1&apos; is not computed by a layer</source>
        <translation>seine Eingabe &apos;%1&apos; wird von keiner Schicht berechnet</translation>
    </message>
    <message>
        <source>its input is neither the network&apos;s input nor computed by a layer</source>
        <translation>seine Eingabe ist weder die Eingabe des Netzes noch von einer Schicht berechnet</translation>
    </message>
    <message>
        <source>it multiplies a %1 input by a %2×%3 matrix; only flat inputs of %2 values can become a Dense layer</source>
        <translation>er multipliziert eine Eingabe %1 mit einer %2×%3-Matrix; nur flache Eingaben aus %2 Werten können eine Dense-Schicht werden</translation>
    </message>
    <message>
        <source>its second input is not a constant matrix</source>
        <translation>seine zweite Eingabe ist keine konstante Matrix</translation>
    </message>
    <message>
        <source>it transposes its input (transA)</source>
        <translation>er transponiert seine Eingabe (transA)</translation>
    </message>
    <message>
        <source>its bias is not a constant</source>
        <translation>sein Bias ist keine Konstante</translation>
    </message>
    <message>
        <source>its bias does not have one value per output</source>
        <translation>sein Bias hat nicht einen Wert pro Ausgabe</translation>
    </message>
    <message>
        <source>it multiplies two computed values; only a product with a constant matrix can become a Dense layer</source>
        <translation>er multipliziert zwei berechnete Werte; nur ein Produkt mit einer konstanten Matrix kann eine Dense-Schicht werden</translation>
    </message>
    <message>
        <source>its window is not square (%1)</source>
        <translation>sein Fenster ist nicht quadratisch (%1)</translation>
    </message>
    <message>
        <source>its strides differ between height and width</source>
        <translation>seine Schrittweiten unterscheiden sich zwischen Höhe und Breite</translation>
    </message>
    <message>
        <source>its dilations differ between height and width</source>
        <translation>seine Dilatationen unterscheiden sich zwischen Höhe und Breite</translation>
    </message>
    <message>
        <source>its input is not a channels×height×width image</source>
        <translation>seine Eingabe ist kein Bild aus Kanälen×Höhe×Breite</translation>
    </message>
    <message>
        <source>its padding %1 is neither none nor the engine&apos;s &quot;same&quot; padding</source>
        <translation>sein Padding %1 ist weder keines noch das &quot;same&quot;-Padding der Engine</translation>
    </message>
    <message>
        <source>its weights are not a constant 4-D tensor</source>
        <translation>seine Gewichte sind kein konstanter 4-D-Tensor</translation>
    </message>
    <message>
        <source>it is a grouped convolution (group %1)</source>
        <translation>es ist eine gruppierte Faltung (group %1)</translation>
    </message>
    <message>
        <source>its weights expect %1 input channels, the input has %2</source>
        <translation>seine Gewichte erwarten %1 Eingangskanäle, die Eingabe hat %2</translation>
    </message>
    <message>
        <source>its bias is not a constant with one value per filter</source>
        <translation>sein Bias ist keine Konstante mit einem Wert pro Filter</translation>
    </message>
    <message>
        <source>its indices output is used</source>
        <translation>seine Indexausgabe wird verwendet</translation>
    </message>
    <message>
        <source>it rounds its output size up (ceil_mode)</source>
        <translation>er rundet seine Ausgabegröße auf (ceil_mode)</translation>
    </message>
    <message>
        <source>it stores its indices by column</source>
        <translation>er speichert seine Indizes spaltenweise</translation>
    </message>
    <message>
        <source>its window is dilated</source>
        <translation>sein Fenster ist dilatiert</translation>
    </message>
    <message>
        <source>it counts the padding in its averages (count_include_pad)</source>
        <translation>er zählt das Padding in seinen Mittelwerten mit (count_include_pad)</translation>
    </message>
    <message>
        <source>it removes axes of a computed value</source>
        <translation>er entfernt Achsen eines berechneten Werts</translation>
    </message>
    <message>
        <source>it is exported in training mode; export the model in evaluation mode</source>
        <translation>er wurde im Trainingsmodus exportiert; exportiere das Modell im Auswertungsmodus</translation>
    </message>
    <message>
        <source>its scale, bias, mean and variance are not constants with one value per channel</source>
        <translation>seine Skalierung, sein Bias, Mittelwert und Varianz sind keine Konstanten mit einem Wert pro Kanal</translation>
    </message>
    <message>
        <source>it normalises over only some of the axes of a sample</source>
        <translation>er normalisiert nur über einige Achsen einer Probe</translation>
    </message>
    <message>
        <source>its scale and bias are not constants of the input&apos;s shape</source>
        <translation>seine Skalierung und sein Bias sind keine Konstanten in der Form der Eingabe</translation>
    </message>
    <message>
        <source>it is taken over an axis other than the features of a flat input</source>
        <translation>er wird über eine andere Achse als die Merkmale einer flachen Eingabe gebildet</translation>
    </message>
    <message>
        <source>it flattens from an axis other than 1</source>
        <translation>er flacht ab einer anderen Achse als 1 ab</translation>
    </message>
    <message>
        <source>its target shape is computed while the network runs</source>
        <translation>seine Zielform wird erst während der Ausführung des Netzes berechnet</translation>
    </message>
    <message>
        <source>its target shape is empty</source>
        <translation>seine Zielform ist leer</translation>
    </message>
    <message>
        <source>it changes the batch dimension</source>
        <translation>er ändert die Stapeldimension</translation>
    </message>
    <message>
        <source>its target shape does not fit the input %1</source>
        <translation>seine Zielform passt nicht zur Eingabe %1</translation>
    </message>
    <message>
        <source>its mask output is used</source>
        <translation>seine Maskenausgabe wird verwendet</translation>
    </message>
    <message>
        <source>its ratio is not a constant</source>
        <translation>sein Anteil ist keine Konstante</translation>
    </message>
    <message>
        <source>it adds a constant to a value that is not a product with a matrix</source>
        <translation>er addiert eine Konstante zu einem Wert, der kein Produkt mit einer Matrix ist</translation>
    </message>
    <message>
        <source>it joins fewer than two inputs</source>
        <translation>er verbindet weniger als zwei Eingaben</translation>
    </message>
    <message>
        <source>it joins along an axis other than the channels or features</source>
        <translation>er verbindet entlang einer anderen Achse als Kanälen oder Merkmalen</translation>
    </message>
    <message>
        <source>it belongs to the operator set &apos;%1&apos;, not to ONNX&apos;s own</source>
        <translation>er gehört zum Operatorsatz &apos;%1&apos;, nicht zu ONNX&apos; eigenem</translation>
    </message>
    <message>
        <source>it has no output</source>
        <translation>er hat keine Ausgabe</translation>
    </message>
    <message>
        <source>Neuroweave has no layer for the operator %1</source>
        <translation>Neuroweave hat keine Schicht für den Operator %1</translation>
    </message>
    <message>
        <source>The tensor &apos;%1&apos; cannot be read: %2</source>
        <translation>Der Tensor &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its dimensions need %2</source>
        <translation>er enthält %1 Bytes, wo seine Dimensionen %2 brauchen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; computes a constant the import cannot: %3</source>
        <translation>%1 &apos;%2&apos; berechnet eine Konstante, die der Import nicht berechnen kann: %3</translation>
    </message>
    <message>
        <source>the result depends on the batch size</source>
        <translation>das Ergebnis hängt von der Stapelgröße ab</translation>
    </message>
    <message>
        <source>the shapes %1 and %2 do not broadcast</source>
        <translation>die Formen %1 und %2 lassen sich nicht aufeinander ausdehnen (Broadcasting)</translation>
    </message>
    <message>
        <source>its axis is outside the data</source>
        <translation>seine Achse liegt außerhalb der Daten</translation>
    </message>
    <message>
        <source>an index is out of range</source>
        <translation>ein Index liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its inputs differ in rank</source>
        <translation>seine Eingaben haben unterschiedlich viele Dimensionen</translation>
    </message>
    <message>
        <source>its target shape does not fit</source>
        <translation>seine Zielform passt nicht</translation>
    </message>
    <message>
        <source>its permutation does not fit the data</source>
        <translation>seine Permutation passt nicht zu den Daten</translation>
    </message>
    <message>
        <source>it has no starts and ends</source>
        <translation>er hat keine Anfänge und Enden</translation>
    </message>
    <message>
        <source>its starts, ends, axes and steps differ in length</source>
        <translation>seine Anfänge, Enden, Achsen und Schritte sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>it has no value the import can read</source>
        <translation>er hat keinen Wert, den der Import lesen kann</translation>
    </message>
    <message>
        <source>its values are stored in a separate file, which the import does not read</source>
        <translation>seine Werte liegen in einer separaten Datei, die der Import nicht liest</translation>
    </message>
    <message>
        <source>a dimension is out of range</source>
        <translation>eine Dimension liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>it has too many values</source>
        <translation>er hat zu viele Werte</translation>
    </message>
    <message>
        <source>its element type (%1) is not one the import reads</source>
        <translation>sein Elementtyp (%1) wird vom Import nicht gelesen</translation>
    </message>
    <message>
        <source>it holds %1 values where its dimensions need %2</source>
        <translation>er enthält %1 Werte, wo seine Dimensionen %2 brauchen</translation>
    </message>
    <message>
        <source>Column %1 holds &apos;%2&apos;, which is not a number: this project takes only numbers, one column per input value</source>
        <translation>Spalte %1 enthält &apos;%2&apos;, was keine Zahl ist: dieses Projekt nimmt nur Zahlen, eine Spalte pro Eingabewert</translation>
    </message>
    <message>
        <source>The file has %1 columns but the Input layer takes %2 values: give one column per input value</source>
        <translation>Die Datei hat %1 Spalten, aber die Input-Schicht nimmt %2 Werte: gib eine Spalte pro Eingabewert an</translation>
    </message>
    <message>
        <source>The file holds no rows of numbers</source>
        <translation>Die Datei enthält keine Zeilen mit Zahlen</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which cannot be read: %1</source>
        <translation>Ein int8-Export ermittelt seine Wertebereiche aus den Daten des Projekts, die sich nicht lesen lassen: %1</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which does not fit the Input layer</source>
        <translation>Ein int8-Export ermittelt seine Wertebereiche aus den Daten des Projekts, die nicht zur Input-Schicht passen</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Validation accuracy %1</source>
        <translation>Validierungsgenauigkeit %1</translation>
    </message>
    <message>
        <source>Validation loss %1</source>
        <translation>Validierungsverlust %1</translation>
    </message>
    <message>
        <source>Training accuracy %1</source>
        <translation>Trainingsgenauigkeit %1</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>Trainingsverlust %1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Trainable parameters: %1</source>
        <translation>Trainierbare Parameter: %1</translation>
    </message>
    <message>
        <source>Hidden layers: %1</source>
        <translation>Verborgene Schichten: %1</translation>
    </message>
    <message>
        <source>No %1 layer</source>
        <translation>Keine %1-Schicht</translation>
    </message>
    <message>
        <source>Uses a %1 layer</source>
        <translation>Verwendet eine %1-Schicht</translation>
    </message>
    <message>
        <source>%1 layers: %2</source>
        <translation>%1-Schichten: %2</translation>
    </message>
    <message>
        <source>The network has no problems</source>
        <translation>Das Netz hat keine Probleme</translation>
    </message>
    <message>
        <source>The loss goes below %1 within %2 steps</source>
        <translation>Der Verlust fällt innerhalb von %2 Schritten unter %1</translation>
    </message>
    <message>
        <source>The loss goes below %1</source>
        <translation>Der Verlust fällt unter %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Trained for %1 epoch</source>
        <translation>%1 Epoche trainiert</translation>
    </message>
    <message>
        <source>Trained for %1 epochs</source>
        <translation>%1 Epochen trainiert</translation>
    </message>
    <message>
        <source>Trained for %1 step</source>
        <translation>%1 Schritt trainiert</translation>
    </message>
    <message>
        <source>Trained for %1 steps</source>
        <translation>%1 Schritte trainiert</translation>
    </message>
    <message>
        <source>The run ends %1</source>
        <translation>Der Lauf endet %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Läufe: %1</translation>
    </message>
    <message>
        <source>Runs with different %1: %2</source>
        <translation>Läufe mit verschiedenem %1: %2</translation>
    </message>
</context>
<context>
    <name>LayerCategory</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>Umformen</translation>
    </message>
</context>
<context>
    <name>LayerHelp</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>This layer has no attributes.</source>
        <translation>Diese Schicht hat keine Attribute.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>The layer is disabled: it passes its input through unchanged.</source>
        <translation>Die Schicht ist deaktiviert: Sie reicht ihre Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Using the Designer</source>
        <translation>Den Designer verwenden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Building a network&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Drag a layer from the palette onto the canvas, or double-click it to add it in the middle of the view. %1 searches the palette.&lt;/li&gt;&lt;li&gt;Drag from a layer&apos;s output port (right) to another layer&apos;s input port (left) to wire them. Ports that accept the wire light up while you drag.&lt;/li&gt;&lt;li&gt;Drop a wire on empty canvas to add a layer that is already connected.&lt;/li&gt;&lt;li&gt;Every wire shows the shape it carries. A red badge marks a layer whose input does not fit; click it to insert the bridging layer it offers.&lt;/li&gt;&lt;li&gt;Select a layer to edit its attributes in the inspector; the problems list shows every diagnostic, and a click selects its layer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Select a layer and press %2 for help on it. %3 fits the network in view; every edit can be undone with %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ein Netz aufbauen&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ziehen Sie eine Schicht aus der Palette auf die Arbeitsfläche oder doppelklicken Sie darauf, um sie in der Mitte der Ansicht hinzuzufügen. %1 durchsucht die Palette.&lt;/li&gt;&lt;li&gt;Ziehen Sie vom Ausgang einer Schicht (rechts) zum Eingang einer anderen Schicht (links), um sie zu verbinden. Anschlüsse, die die Verbindung annehmen, leuchten beim Ziehen auf.&lt;/li&gt;&lt;li&gt;Lassen Sie eine Verbindung auf einer freien Stelle der Arbeitsfläche los, um eine bereits verbundene Schicht hinzuzufügen.&lt;/li&gt;&lt;li&gt;Jede Verbindung zeigt die Form, die sie überträgt. Eine rote Markierung kennzeichnet eine Schicht, deren Eingabe nicht passt; klicken Sie darauf, um die vorgeschlagene Zwischenschicht einzufügen.&lt;/li&gt;&lt;li&gt;Wählen Sie eine Schicht aus, um ihre Attribute in den Eigenschaften zu bearbeiten; die Problemliste zeigt jede Meldung, und ein Klick wählt die zugehörige Schicht aus.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wählen Sie eine Schicht aus und drücken Sie %2, um Hilfe zu ihr zu erhalten. %3 passt das Netz in die Ansicht ein; jede Änderung lässt sich mit %4 rückgängig machen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>A single neuron and its weights</source>
        <extracomment>Title of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Ein einzelnes Neuron und seine Gewichte</translation>
    </message>
    <message>
        <source>What one layer of neurons computes, and the straight line it draws between two classes.</source>
        <extracomment>One-sentence summary of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>Was eine Schicht von Neuronen berechnet, und die gerade Linie, die sie zwischen zwei Klassen zieht.</translation>
    </message>
    <message>
        <source>One neuron per class</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Ein Neuron pro Klasse</translation>
    </message>
    <message>
        <source>Every neuron computes a weighted sum of its inputs plus a bias, **z = w·x + b**. This network has
one **Dense** layer with one neuron per class: for a point (x₁, x₂) each neuron computes
z = w₁x₁ + w₂x₂ + b, and **Softmax** turns the two sums into probabilities that add up to one.

Select the **neuron** layer: the inspector shows its 6 parameters (2 weights and a bias per neuron).
Press **Train** (F5) and watch the **Decision Boundary** panel.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Jedes Neuron berechnet eine gewichtete Summe seiner Eingaben plus einen Bias, **z = w·x + b**. Dieses Netz hat
eine **Dense**-Schicht mit einem Neuron pro Klasse: Für einen Punkt (x₁, x₂) berechnet jedes Neuron
z = w₁x₁ + w₂x₂ + b, und **Softmax** macht aus den beiden Summen Wahrscheinlichkeiten, die zusammen eins ergeben.

Wähle die Schicht **neuron** aus: Das Eigenschaften-Panel zeigt ihre 6 Parameter (2 Gewichte und einen Bias pro Neuron).
Drücke **Trainieren** (F5) und beobachte das Panel **Entscheidungsgrenze**.
</translation>
    </message>
    <message>
        <source>Press Train (F5) and wait for the 20 epochs to finish.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>Drücke Trainieren (F5) und warte, bis die 20 Epochen fertig sind.</translation>
    </message>
    <message>
        <source>A straight line</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Eine gerade Linie</translation>
    </message>
    <message>
        <source>The learning rate is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Die Lernrate steht im Training-Panel unter Optimierer.</translation>
    </message>
    <message>
        <source>After changing it, press Reset Weights, then Train.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Drücke nach der Änderung „Gewichte zurücksetzen“ und dann „Trainieren“.</translation>
    </message>
    <message>
        <source>No hidden layer (logistic regression)</source>
        <extracomment>A goal of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>Keine verborgene Schicht (logistische Regression)</translation>
    </message>
    <message>
        <source>Why a hidden layer? XOR</source>
        <extracomment>Title of the lesson &quot;xor&quot;</extracomment>
        <translation>Wozu eine verborgene Schicht? XOR</translation>
    </message>
    <message>
        <source>Points in opposite corners share a class: no straight line separates them, a hidden layer with a non-linear activation does.</source>
        <extracomment>One-sentence summary of the lesson &quot;xor&quot;</extracomment>
        <translation>Punkte in gegenüberliegenden Ecken gehören zur selben Klasse: Keine Gerade trennt sie, eine verborgene Schicht mit nichtlinearer Aktivierung schon.</translation>
    </message>
    <message>
        <source>A line cannot do it</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>Eine Gerade schafft es nicht</translation>
    </message>
    <message>
        <source>Press Train (F5).</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 1
----------
A hint of lesson &quot;activations&quot;, step 1
----------
A hint of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Drücke Trainieren (F5).</translation>
    </message>
    <message>
        <source>Validation accuracy stays below 80%</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>Die Validierungsgenauigkeit bleibt unter 80 %</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Eine verborgene Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Drop a wire from the input on empty canvas to pick the next layer.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Lass eine Verbindung vom Eingang auf freier Fläche los, um die nächste Schicht auszuwählen.</translation>
    </message>
    <message>
        <source>The output layer needs 2 neurons, one per class.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>Die Ausgabeschicht braucht 2 Neuronen, eines pro Klasse.</translation>
    </message>
    <message>
        <source>Without the activation</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Ohne die Aktivierung</translation>
    </message>
    <message>
        <source>Right-click the **Tanh** layer and disable it, then train again. Two Dense layers in a row are
still one linear function, W₂(W₁x + b₁) + b₂ = Wx + b: the boundary is a straight line again. The
*non-linear* activation is what lets the hidden layer help.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Klicke mit der rechten Maustaste auf die **Tanh**-Schicht, deaktiviere sie und trainiere noch einmal. Zwei Dense-Schichten
hintereinander sind immer noch eine lineare Funktion, W₂(W₁x + b₁) + b₂ = Wx + b: Die Grenze ist wieder eine Gerade.
Erst die *nichtlineare* Aktivierung lässt die verborgene Schicht etwas bewirken.
</translation>
    </message>
    <message>
        <source>A disabled layer passes its input on unchanged.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Eine deaktivierte Schicht gibt ihre Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Validation accuracy drops below 80% again</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>Die Validierungsgenauigkeit fällt wieder unter 80 %</translation>
    </message>
    <message>
        <source>Activation functions compared</source>
        <extracomment>Title of the lesson &quot;activations&quot;</extracomment>
        <translation>Aktivierungsfunktionen im Vergleich</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU on the same network and data: how fast each learns and the boundaries they draw.</source>
        <extracomment>One-sentence summary of the lesson &quot;activations&quot;</extracomment>
        <translation>Sigmoid, Tanh und ReLU auf demselben Netz und denselben Daten: wie schnell jede lernt und welche Grenzen sie zieht.</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 1</extracomment>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>The activations here are **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ): smooth, between 0 and 1, and flat at both
ends, where its gradient is almost zero. Train and watch the loss curve.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Die Aktivierungen hier sind **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ): glatt, zwischen 0 und 1 und an beiden Enden flach,
wo ihr Gradient fast null ist. Trainiere und beobachte die Verlustkurve.
</translation>
    </message>
    <message>
        <source>Tanh</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Replace both Sigmoid layers by **Tanh**, tanh(z), which runs from −1 to 1 and is centred on zero.
Train again: the Runs panel keeps the Sigmoid run, so select both runs to overlay their curves.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Ersetze beide Sigmoid-Schichten durch **Tanh**, tanh(z), das von −1 bis 1 reicht und um null zentriert ist.
Trainiere noch einmal: Das Läufe-Panel behält den Sigmoid-Lauf, wähle also beide Läufe aus, um ihre Kurven übereinanderzulegen.
</translation>
    </message>
    <message>
        <source>Select a Sigmoid card, delete it, and join the wires through a new Tanh layer.</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Wähle eine Sigmoid-Karte aus, lösche sie und verbinde die Leitungen über eine neue Tanh-Schicht.</translation>
    </message>
    <message>
        <source>ReLU</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Now **ReLU**, max(0, z): zero for negative inputs, the input itself otherwise. It is cheap and its
gradient does not fade for large inputs, which is why deep networks use it. Its boundary is made of
straight pieces: look closely at the Decision Boundary panel.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Jetzt **ReLU**, max(0, z): null für negative Eingaben, sonst die Eingabe selbst. Sie ist billig zu berechnen und ihr
Gradient verschwindet für große Eingaben nicht, deshalb verwenden tiefe Netze sie. Ihre Grenze besteht aus
geraden Stücken: Sieh dir das Panel Entscheidungsgrenze genau an.
</translation>
    </message>
    <message>
        <source>Compare the three runs in the Runs panel: which reached 95% first?</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Vergleiche die drei Läufe im Läufe-Panel: Welcher hat 95 % zuerst erreicht?</translation>
    </message>
    <message>
        <source>Three runs to compare in the Runs panel</source>
        <extracomment>A goal of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>Drei Läufe zum Vergleichen im Läufe-Panel</translation>
    </message>
    <message>
        <source>The learning rate: too small, right, too large</source>
        <extracomment>Title of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>Die Lernrate: zu klein, richtig, zu groß</translation>
    </message>
    <message>
        <source>The same network fitting a sine curve with three learning rates: one crawls, one fits, one diverges.</source>
        <extracomment>One-sentence summary of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>Dasselbe Netz passt eine Sinuskurve mit drei Lernraten an: Eine kriecht, eine passt, eine divergiert.</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Zu klein</translation>
    </message>
    <message>
        <source>Press Train (F5) and look at the loss chart.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Drücke Trainieren (F5) und sieh dir das Verlustdiagramm an.</translation>
    </message>
    <message>
        <source>The training loss is still above 0.1</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>Der Trainingsverlust liegt noch über 0,1</translation>
    </message>
    <message>
        <source>About right</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>Ungefähr richtig</translation>
    </message>
    <message>
        <source>Set the learning rate to **0.05**, reset the weights and train again. The loss now falls quickly and
the validation loss follows it.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Setze die Lernrate auf **0,05**, setze die Gewichte zurück und trainiere noch einmal. Der Verlust fällt jetzt schnell und
der Validierungsverlust folgt ihm.
</translation>
    </message>
    <message>
        <source>Reset Weights starts a new run from fresh weights.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>„Gewichte zurücksetzen“ beginnt einen neuen Lauf mit frischen Gewichten.</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>The Runs panel lists the three runs with their learning rates side by side.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Das Läufe-Panel zeigt die drei Läufe mit ihren Lernraten nebeneinander.</translation>
    </message>
    <message>
        <source>Runs with three different learning rates</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>Läufe mit drei verschiedenen Lernraten</translation>
    </message>
    <message>
        <source>Overfitting, and what fights it</source>
        <extracomment>Title of the lesson &quot;overfitting&quot;</extracomment>
        <translation>Überanpassung und was dagegen hilft</translation>
    </message>
    <message>
        <source>A large network memorises a small noisy data set; validation shows it, Dropout and weight decay fight it.</source>
        <extracomment>One-sentence summary of the lesson &quot;overfitting&quot;</extracomment>
        <translation>Ein großes Netz lernt einen kleinen, verrauschten Datensatz auswendig; die Validierung zeigt es, Dropout und Weight Decay wirken dagegen.</translation>
    </message>
    <message>
        <source>Memorising</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>Auswendig lernen</translation>
    </message>
    <message>
        <source>200 noisy points and a network with over 4,000 parameters: it can learn every training point by
heart. Train for 300 epochs and compare the **training** and **validation** curves in the Metrics
panel: the training loss keeps falling while the validation loss turns back up. That gap is
**overfitting**.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>200 verrauschte Punkte und ein Netz mit über 4.000 Parametern: Es kann jeden Trainingspunkt auswendig
lernen. Trainiere 300 Epochen und vergleiche im Metriken-Panel die Kurven für **Training** und **Validierung**:
Der Trainingsverlust fällt weiter, während der Validierungsverlust wieder steigt. Diese Lücke ist
**Überanpassung** (Overfitting).
</translation>
    </message>
    <message>
        <source>The dashed curve is validation; look at where it stops improving.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>Die gestrichelte Kurve ist die Validierung; achte darauf, wo sie aufhört, besser zu werden.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout is only active while training; the validation pass uses every neuron.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout wirkt nur beim Training; der Validierungsdurchlauf nutzt jedes Neuron.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Weight decay is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>Weight Decay steht im Training-Panel unter Optimierer.</translation>
    </message>
    <message>
        <source>Convolution and feature maps</source>
        <extracomment>Title of the lesson &quot;convolution&quot;</extracomment>
        <translation>Faltung und Merkmalskarten</translation>
    </message>
    <message>
        <source>Small filters slid over Fashion-MNIST images: what a convolution computes and what its feature maps show.</source>
        <extracomment>One-sentence summary of the lesson &quot;convolution&quot;</extracomment>
        <translation>Kleine Filter, über Fashion-MNIST-Bilder geschoben: was eine Faltung berechnet und was ihre Merkmalskarten zeigen.</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>A **Conv2D** layer slides small 3×3 filters over the image; each filter computes a weighted sum of the
9 pixels under it at every position, giving one **feature map** per filter. The same 9 weights serve
the whole image, so this layer has only 8 × (9 + 1) = 80 parameters.

Train for one epoch (Fashion-MNIST: 60,000 clothing images in 10 classes).
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Eine **Conv2D**-Schicht schiebt kleine 3×3-Filter über das Bild; jeder Filter berechnet an jeder Position eine gewichtete
Summe der 9 Pixel darunter, so entsteht pro Filter eine **Merkmalskarte**. Dieselben 9 Gewichte gelten für
das ganze Bild, daher hat diese Schicht nur 8 × (9 + 1) = 80 Parameter.

Trainiere eine Epoche (Fashion-MNIST: 60.000 Bilder von Kleidung in 10 Klassen).
</translation>
    </message>
    <message>
        <source>Fashion-MNIST comes with Neuroweave (the Debian package dataset-fashion-mnist).</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Fashion-MNIST kommt mit Neuroweave (das Debian-Paket dataset-fashion-mnist).</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>Merkmalskarten</translation>
    </message>
    <message>
        <source>Select **conv_1** and open the **Activations** panel: the 8 maps show where each filter responds in
the chosen sample, edges in one direction, bright areas in another. Switch the panel to *Weights* to
see the 3×3 filters themselves.

Now add a second convolution (16 filters) with a ReLU and a max-pooling after **pool_1**, and train
again: the second layer combines the first layer&apos;s maps into larger patterns.
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Wähle **conv_1** aus und öffne das Panel **Aktivierungen**: Die 8 Karten zeigen, wo jeder Filter im gewählten Beispiel
anspricht, bei Kanten in einer Richtung, bei hellen Flächen in einer anderen. Schalte das Panel auf *Gewichte* um, um
die 3×3-Filter selbst zu sehen.

Füge jetzt nach **pool_1** eine zweite Faltung (16 Filter) mit ReLU und Max-Pooling hinzu und trainiere
noch einmal: Die zweite Schicht setzt die Karten der ersten zu größeren Mustern zusammen.
</translation>
    </message>
    <message>
        <source>MaxPool2D halves the size of each map: 28 → 13 → 5 with two blocks.</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>MaxPool2D halbiert die Größe jeder Karte: 28 → 13 → 5 mit zwei Blöcken.</translation>
    </message>
    <message>
        <source>Reading a confusion matrix</source>
        <extracomment>Title of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Eine Konfusionsmatrix lesen</translation>
    </message>
    <message>
        <source>Which clothes the network mixes up, and the misclassified images behind each number.</source>
        <extracomment>One-sentence summary of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>Welche Kleidungsstücke das Netz verwechselt, und die falsch eingeordneten Bilder hinter jeder Zahl.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train this network on Fashion-MNIST for two epochs. Accuracy alone says how often it is right, not
**what** it confuses.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Trainiere dieses Netz zwei Epochen lang auf Fashion-MNIST. Die Genauigkeit allein sagt, wie oft es richtig liegt, nicht
**was** es verwechselt.
</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>Die Matrix</translation>
    </message>
    <message>
        <source>Open the **Evaluation** panel. Each row is a true class, each column the class the network predicted;
the diagonal holds the correct answers. Find the largest number off the diagonal: usually *Shirt*
taken for *T-shirt/top*, *Pullover* or *Coat*. Click that cell to see exactly those images: would you
have got them right?

Then train two more epochs and see whether that cell shrinks.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Öffne das Panel **Auswertung**. Jede Zeile ist eine wahre Klasse, jede Spalte die Klasse, die das Netz vorhergesagt hat;
auf der Diagonale stehen die richtigen Antworten. Suche die größte Zahl außerhalb der Diagonale: meist *Shirt*,
verwechselt mit *T-shirt/top*, *Pullover* oder *Coat*. Klicke auf diese Zelle, um genau diese Bilder zu sehen: Hättest du
sie richtig eingeordnet?

Trainiere dann zwei weitere Epochen und sieh nach, ob diese Zelle kleiner wird.
</translation>
    </message>
    <message>
        <source>Train continues the run when the network has not changed.</source>
        <extracomment>A hint of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>„Trainieren“ setzt den Lauf fort, wenn sich das Netz nicht verändert hat.</translation>
    </message>
    <message>
        <source>Backpropagation, one step at a time</source>
        <extracomment>Title of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>Backpropagation, Schritt für Schritt</translation>
    </message>
    <message>
        <source>A network small enough to follow by hand: the forward pass, the loss, each weight&apos;s gradient and its update.</source>
        <extracomment>One-sentence summary of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>Ein Netz, klein genug, um es von Hand nachzuvollziehen: der Vorwärtsdurchlauf, der Verlust, der Gradient jedes Gewichts und seine Aktualisierung.</translation>
    </message>
    <message>
        <source>One step</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Ein Schritt</translation>
    </message>
    <message>
        <source>Training repeats one **step**: a forward pass computes the outputs of a mini-batch (4 points here), the
loss measures how wrong they are, the **backward pass** applies the chain rule from the loss back to
every weight, ∂L/∂w, and each weight moves **w ← w − η·∂L/∂w**.

Select the **hidden** layer and open the **Maths** panel. **Next** walks through one step for one of
its neurons with the real numbers: the forward pass (z = w·x + b, then the sigmoid), the loss, the
backward pass (δ = ∂L/∂z and each ∂L/∂w = δ·x) and the update w ← w − η·∂L/∂w; after the update it
trains that step. Take one step so (or press **Step**, F6).
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Training wiederholt einen **Schritt**: Ein Vorwärtsdurchlauf berechnet die Ausgaben eines Mini-Batches (hier 4 Punkte), der
Verlust misst, wie falsch sie sind, der **Rückwärtsdurchlauf** wendet die Kettenregel vom Verlust zurück bis zu
jedem Gewicht an, ∂L/∂w, und jedes Gewicht bewegt sich um **w ← w − η·∂L/∂w**.

Wähle die Schicht **hidden** aus und öffne das Panel **Rechenweg**. **Weiter** geht einen Schritt für eines ihrer
Neuronen mit den echten Zahlen durch: den Vorwärtsdurchlauf (z = w·x + b, dann das Sigmoid), den Verlust, den
Rückwärtsdurchlauf (δ = ∂L/∂z und jedes ∂L/∂w = δ·x) und die Aktualisierung w ← w − η·∂L/∂w; nach der Aktualisierung
trainiert es diesen Schritt. Mach so einen Schritt (oder drücke **Schritt**, F6).
</translation>
    </message>
    <message>
        <source>Step trains exactly one mini-batch and pauses.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>„Schritt“ trainiert genau einen Mini-Batch und hält dann an.</translation>
    </message>
    <message>
        <source>Type a weight into the Maths panel to check a calculation done on paper; Ctrl+Z takes it back.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>Tippe ein Gewicht ins Rechenweg-Panel, um eine Rechnung auf Papier zu prüfen; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>Die Kettenregel</translation>
    </message>
    <message>
        <source>If it gets stuck near 50%, Reset Weights and train again: a few neurons can start badly.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>Wenn es bei etwa 50 % hängen bleibt, setze die Gewichte zurück und trainiere noch einmal: Wenige Neuronen können schlecht starten.</translation>
    </message>
    <message>
        <source>The boundary between the two colours is a **straight line**: where the two neurons&apos; sums are equal,
w·x + b = w′·x + b′, which is the equation of a line. A network with **no hidden layer** is exactly
*logistic regression*, however long it trains.

Raise the **learning rate** to 0.1, press **Reset Weights** and train again: the line settles faster,
but it stays a line.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Die Grenze zwischen den beiden Farben ist eine **gerade Linie**: Dort sind die Summen der beiden Neuronen gleich,
w·x + b = w′·x + b′, und das ist die Gleichung einer Geraden. Ein Netz **ohne verborgene Schicht** ist genau
*logistische Regression*, egal wie lange es trainiert.

Erhöhe die **Lernrate** auf 0,1, drücke **Gewichte zurücksetzen** und trainiere noch einmal: Die Linie findet
ihren Platz schneller, bleibt aber eine Linie.
</translation>
    </message>
    <message>
        <source>In the **XOR** data the top-left and bottom-right points are one class, the other two corners the
other. Train this network without a hidden layer and look at the boundary: all it can draw is one
straight line, and no line puts opposite corners on the same side, so about half of the points stay
wrong whatever it does. The map stays pale because the network is unsure almost everywhere.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>In den **XOR**-Daten bilden die Punkte oben links und unten rechts eine Klasse, die beiden anderen Ecken die
andere. Trainiere dieses Netz ohne verborgene Schicht und sieh dir die Grenze an: Es kann nur eine gerade Linie
ziehen, und keine Gerade bringt gegenüberliegende Ecken auf dieselbe Seite, also bleibt etwa die Hälfte der Punkte
falsch, egal, was es tut. Die Karte bleibt blass, weil das Netz fast überall unsicher ist.
</translation>
    </message>
    <message>
        <source>Insert a **Dense** layer with 8 neurons and a **Tanh** activation between the input and the output
layer: delete the wire from input to output, drag the two layers from the palette and wire
input → Dense → Tanh → output. Each hidden neuron draws its own line (see the small maps under its
card); the output layer combines them into a region that bends.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Füge zwischen Eingabe und Ausgabeschicht eine **Dense**-Schicht mit 8 Neuronen und eine **Tanh**-Aktivierung
ein: Lösche die Verbindung von input nach output, ziehe die beiden Schichten aus der Palette und verbinde
Eingabe → Dense → Tanh → Ausgabe. Jedes verborgene Neuron zieht seine eigene Linie (siehe die kleinen Karten
unter seiner Karte); die Ausgabeschicht setzt sie zu einem Gebiet zusammen, das sich krümmt.
</translation>
    </message>
    <message>
        <source>Gradient descent moves each weight a step **w ← w − η·∂L/∂w** against its gradient; η is the
**learning rate**. This network fits y = sin(x) with plain SGD at η = 0.0001. Train it: the loss
falls only slowly and is still far from zero after 30 epochs.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>Das Gradientenverfahren bewegt jedes Gewicht einen Schritt **w ← w − η·∂L/∂w** gegen seinen Gradienten; η ist die
**Lernrate**. Dieses Netz passt y = sin(x) mit einfachem SGD bei η = 0,0001 an. Trainiere es: Der Verlust
fällt nur langsam und ist nach 30 Epochen noch weit von null entfernt.
</translation>
    </message>
    <message>
        <source>Now set it to **2** or more, press **Reset Weights** and train. Each step overshoots the minimum by
more than it corrected, the weights grow without bound and the loss becomes infinite: training
**diverges**, and the run stops and says so.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>Setze sie jetzt auf **2** oder mehr, drücke **Gewichte zurücksetzen** und trainiere. Jeder Schritt schießt weiter
über das Minimum hinaus, als er korrigiert hat, die Gewichte wachsen ohne Grenze und der Verlust wird unendlich:
Das Training **divergiert**, und der Lauf bricht ab und sagt es.
</translation>
    </message>
    <message>
        <source>The **dropout** layer is disabled. Switch it on (right-click it and untick **Disable Layer**): during
training it sets a random 30% of the hidden outputs to zero at every step, so no neuron can rely on
another. Press **Reset Weights**, train again and compare the two runs.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Die Schicht **dropout** ist deaktiviert. Schalte sie ein (Rechtsklick darauf und **Schicht deaktivieren** abwählen):
Beim Training setzt sie in jedem Schritt zufällige 30 % der verborgenen Ausgaben auf null, sodass sich kein Neuron
auf ein anderes verlassen kann. Drücke **Gewichte zurücksetzen**, trainiere noch einmal und vergleiche die beiden Läufe.
</translation>
    </message>
    <message>
        <source>**Weight decay** pulls every weight a little towards zero at each step, which keeps the boundary
smooth. Switch the dropout layer off again, set weight decay to 0.001 in the optimizer settings, press
**Reset Weights** and train once more. Compare the three runs in the Runs panel: the regularised ones
end with a higher training loss but a lower validation loss. They learned the spirals, not the noise.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>**Weight Decay** zieht jedes Gewicht in jedem Schritt ein wenig in Richtung null, das hält die Grenze
glatt. Schalte die Dropout-Schicht wieder aus, setze Weight Decay in den Optimierer-Einstellungen auf 0,001,
drücke **Gewichte zurücksetzen** und trainiere noch einmal. Vergleiche die drei Läufe im Läufe-Panel: Die
regularisierten enden mit höherem Trainingsverlust, aber niedrigerem Validierungsverlust. Sie haben die Spiralen
gelernt, nicht das Rauschen.
</translation>
    </message>
    <message>
        <source>The output layer&apos;s gradient is (predicted probability − true label) times its input; the hidden layer
gets that error sent back through the output weights and multiplied by the sigmoid&apos;s slope,
σ(z)(1 − σ(z)), at most 0.25. That factor is why gradients shrink on their way back through many
sigmoid layers.

Step a few more times and watch the weights change. Then set **Epochs** to 60 in the Training panel
and press **Train** (F5; after stepping the button says **Resume**) to finish: four sigmoid neurons
are enough for XOR.
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>Der Gradient der Ausgabeschicht ist (vorhergesagte Wahrscheinlichkeit − wahres Label) mal ihre Eingabe; die verborgene Schicht
bekommt diesen Fehler über die Ausgabegewichte zurückgeschickt, multipliziert mit der Steigung des Sigmoids,
σ(z)(1 − σ(z)), höchstens 0,25. Dieser Faktor ist der Grund, warum Gradienten auf dem Weg zurück durch viele
Sigmoid-Schichten schrumpfen.

Mach noch ein paar Schritte und beobachte, wie sich die Gewichte ändern. Setze dann im Training-Panel **Epochen**
auf 60 und drücke **Trainieren** (F5; nach Einzelschritten heißt der Knopf **Fortsetzen**), um fertig zu werden:
Vier Sigmoid-Neuronen reichen für XOR.
</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>RecoveryFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>%1 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Neuroweave projects (*.nwproj)</source>
        <translation>Neuroweave-Projekte (*.nwproj)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Rename Layer</source>
        <translation>Schicht umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Closing stops it. What is done so far is kept.</source>
        <translation>Schließen beendet es. Was bisher erledigt ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>&amp;Beenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Neuroweave did not close properly. A recovery copy of “%1” with unsaved changes was kept.</source>
        <translation>Neuroweave wurde nicht ordnungsgemäß beendet. Eine Sicherungskopie von „%1“ mit ungespeicherten Änderungen wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>It was saved on %1 at %2. Restore it?</source>
        <translation>Sie wurde am %1 um %2 gespeichert. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Their records, curves and notes are removed from the project; this cannot be undone.</source>
        <translation>Ihre Einträge, Kurven und Notizen werden aus dem Projekt entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and export neural networks visually.</source>
        <translation>Neuronale Netze visuell entwerfen, trainieren und exportieren.</translation>
    </message>
    <message>
        <source>A project (.nwproj) to open.</source>
        <translation>Ein Projekt (.nwproj), das geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein PNG-Bild des Fensters in &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Select the layer named &lt;name&gt;.</source>
        <translation>Die Schicht namens &lt;name&gt; auswählen.</translation>
    </message>
    <message>
        <source>There is no layer named %1.</source>
        <translation>Es gibt keine Schicht namens %1.</translation>
    </message>
    <message>
        <source>Start training the opened project.</source>
        <translation>Das Training des geöffneten Projekts starten.</translation>
    </message>
    <message>
        <source>With --train: train for &lt;n&gt; epochs.</source>
        <translation>Mit --train: &lt;n&gt; Epochen lang trainieren.</translation>
    </message>
    <message>
        <source>Bring the panel &lt;name&gt; (dock.activations, …) to the front.</source>
        <translation>Den Bereich &lt;name&gt; (dock.activations, …) in den Vordergrund holen.</translation>
    </message>
    <message>
        <source>Start the lesson &lt;lesson&gt;: a built-in one&apos;s id (xor, …) or a .nwlesson file.</source>
        <translation>Die Lektion &lt;lesson&gt; starten: die Kennung einer eingebauten (xor, …) oder eine .nwlesson-Datei.</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <source>Speak &lt;code&gt; for this run: en, de, fr, es or zh_CN.</source>
        <translation>Für diesen Start &lt;code&gt; sprechen: en, de, fr, es oder zh_CN.</translation>
    </message>
    <message>
        <source>Unknown language %1: use en, de, fr, es or zh_CN.</source>
        <translation>Unbekannte Sprache %1: Verwende en, de, fr, es oder zh_CN.</translation>
    </message>
</context>
<context>
    <name>nw::gui</name>
    <message>
        <source>%1 params</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>shape unknown</source>
        <translation>Form unbekannt</translation>
    </message>
    <message>
        <source>Attributes (default):</source>
        <translation>Attribute (Standardwert):</translation>
    </message>
    <message>
        <source>Range: %1 to %2%3</source>
        <translation>Bereich: %1 bis %2%3</translation>
    </message>
</context>
<context>
    <name>nw::gui::ActivationView</name>
    <message>
        <source>Root mean square of each layer&apos;s weight gradients and of the change of its weights per step, on a log scale: bars shrinking towards the input mean vanishing gradients, bars growing mean exploding ones</source>
        <translation>Quadratisches Mittel der Gewichtsgradienten jeder Schicht und der Änderung ihrer Gewichte pro Schritt, logarithmisch skaliert: Balken, die zur Eingabe hin schrumpfen, bedeuten verschwindende Gradienten, wachsende Balken explodierende</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Gradients appear once training runs.</source>
        <translation>Die Gradienten erscheinen, sobald das Training läuft.</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>sample </source>
        <translation>Beispiel </translation>
    </message>
    <message>
        <source>Train the network, then select a layer to see what it computes.</source>
        <translation>Trainieren Sie das Netz und wählen Sie dann eine Schicht aus, um zu sehen, was sie berechnet.</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its activations, weights and gradients.</source>
        <translation>Wählen Sie eine Schicht auf der Arbeitsfläche aus, um ihre Aktivierungen, Gewichte und Gradienten zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no output to show.</source>
        <translation>%1 hat keine Ausgabe, die sich zeigen ließe.</translation>
    </message>
    <message>
        <source>%1 has no weights.</source>
        <translation>%1 hat keine Gewichte.</translation>
    </message>
    <message>
        <source>output for sample %1</source>
        <translation>Ausgabe für Beispiel %1</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>Gewichtsgradienten</translation>
    </message>
    <message>
        <source>%1: %2, %3 · step %4</source>
        <translation>%1: %2, %3 · Schritt %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::AssignmentDialog</name>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Save as Assignment</source>
        <translation>Als Aufgabe speichern</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>What the students should do (Markdown)</source>
        <translation>Was die Lernenden tun sollen (Markdown)</translation>
    </message>
    <message>
        <source>Validation accuracy at least</source>
        <translation>Validierungsgenauigkeit mindestens</translation>
    </message>
    <message>
        <source>At most this many parameters</source>
        <translation>Höchstens so viele Parameter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Locked for the students</source>
        <translation>Für die Lernenden gesperrt</translation>
    </message>
    <message>
        <source>Layer kinds they may use</source>
        <translation>Erlaubte Schichtarten</translation>
    </message>
    <message>
        <source>Only Those in the Network</source>
        <translation>Nur die im Netz</translation>
    </message>
    <message>
        <source>The assignment needs a title.</source>
        <translation>Die Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>Tick at least one goal: it is what the hand-ins are graded on.</source>
        <translation>Wählen Sie mindestens ein Ziel: Danach werden die Abgaben bewertet.</translation>
    </message>
    <message>
        <source>Save Assignment</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Neuroweave-Lektionen (*.nwlesson)</translation>
    </message>
    <message>
        <source>The steps and goals of the lesson being played are kept.</source>
        <translation>Die Schritte und Ziele der laufenden Lektion werden übernommen.</translation>
    </message>
</context>
<context>
    <name>nw::gui::AttributeField</name>
    <message>
        <source>e.g. 1×28×28</source>
        <translation>z. B. 1×28×28</translation>
    </message>
    <message>
        <source>Write the dimensions as whole numbers separated by ×, e.g. 1×28×28.</source>
        <translation>Geben Sie die Dimensionen als ganze Zahlen getrennt durch × ein, z. B. 1×28×28.</translation>
    </message>
    <message>
        <source>grey 28×28 images (Fashion-MNIST, MNIST)</source>
        <translation>graue 28×28-Bilder (Fashion-MNIST, MNIST)</translation>
    </message>
    <message>
        <source>colour 32×32 images</source>
        <translation>farbige 32×32-Bilder</translation>
    </message>
    <message>
        <source>a 28×28 image as one row of values</source>
        <translation>ein 28×28-Bild als eine Zeile von Werten</translation>
    </message>
    <message>
        <source>points in a plane (the Playground&apos;s data sets)</source>
        <translation>Punkte in der Ebene (die Datensätze des Playgrounds)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Common shapes</source>
        <translation>Übliche Formen</translation>
    </message>
</context>
<context>
    <name>nw::gui::Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Die Sicherungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The recovery copy of “%1” cannot be read.</source>
        <translation>Die Sicherungskopie von „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ConfusionMatrixWidget</name>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell to see its samples.</source>
        <translation>Zeilen: tatsächliche Klasse; Spalten: vorhergesagte Klasse. Klicken Sie auf eine Zelle, um ihre Beispiele zu sehen.</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch of a classification run.</source>
        <translation>Die Konfusionsmatrix erscheint nach der ersten Epoche eines Klassifikationstrainings.</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>vorhergesagt →</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>Gen.</translation>
    </message>
</context>
<context>
    <name>nw::gui::DatasetPanel</name>
    <message>
        <source>The data cannot be read: %1</source>
        <translation>Die Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 samples of %2</source>
        <translation>%1 Beispiele der Form %2</translation>
    </message>
    <message>
        <source>Samples per class: %1</source>
        <translation>Beispiele pro Klasse: %1</translation>
    </message>
    <message>
        <source>Regression, target values per sample: %1</source>
        <translation>Regression, Zielwerte pro Beispiel: %1</translation>
    </message>
    <message>
        <source>Spirals</source>
        <translation>Spiralen</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Gaußsche Punktwolken</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>Sinus (Regression)</translation>
    </message>
    <message>
        <source>Polynomial (regression)</source>
        <translation>Polynom (Regression)</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation>IDX-Ordner</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <source>How many points are generated</source>
        <translation>Wie viele Punkte erzeugt werden</translation>
    </message>
    <message>
        <source>Noise, as a fraction of the data&apos;s scale</source>
        <translation>Rauschen als Anteil an der Skala der Daten</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The fraction of samples held out to measure validation loss and accuracy</source>
        <translation>Der Anteil der Beispiele, der zurückgehalten wird, um Validierungsverlust und -genauigkeit zu messen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Unit range [0, 1]</source>
        <translation>Einheitsintervall [0, 1]</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>Standardisieren</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Die Daten werden gelesen…</translation>
    </message>
</context>
<context>
    <name>nw::gui::DecisionBoundaryView</name>
    <message>
        <source>The decision boundary is drawn for data sets with two features, such as the spirals.</source>
        <translation>Die Entscheidungsgrenze wird für Datensätze mit zwei Merkmalen gezeichnet, etwa für die Spiralen.</translation>
    </message>
    <message>
        <source>Train a network on a data set with two features to see its decision boundary here.</source>
        <translation>Trainieren Sie ein Netz auf einem Datensatz mit zwei Merkmalen, um hier seine Entscheidungsgrenze zu sehen.</translation>
    </message>
    <message>
        <source>● training   ○ validation   step %1</source>
        <translation>● Training   ○ Validierung   Schritt %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::DistributionView</name>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Which values of the selected layer: its weights and biases, their gradients, or its outputs for a fixed set of validation samples</source>
        <translation>Welche Werte der ausgewählten Schicht: ihre Gewichte und Biases, deren Gradienten oder ihre Ausgaben für eine feste Auswahl von Validierungsbeispielen</translation>
    </message>
    <message>
        <source>One column per epoch: the darker a cell, the more of that epoch&apos;s values lie in its interval</source>
        <translation>Eine Spalte je Epoche: Je dunkler eine Zelle, desto mehr Werte dieser Epoche liegen in ihrem Intervall</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see how its values are distributed, epoch after epoch.</source>
        <translation>Wählen Sie eine Schicht auf der Arbeitsfläche, um zu sehen, wie ihre Werte von Epoche zu Epoche verteilt sind.</translation>
    </message>
    <message>
        <source>%1 has no weights: choose Activations to see its outputs.</source>
        <translation>%1 hat keine Gewichte: Wählen Sie Aktivierungen, um ihre Ausgaben zu sehen.</translation>
    </message>
    <message>
        <source>Train the network: each epoch adds a column showing how the values of %1 are distributed.</source>
        <translation>Trainieren Sie das Netz: Jede Epoche fügt eine Spalte hinzu, die zeigt, wie die Werte von %1 verteilt sind.</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4</source>
        <translation>%1: %2, Epochen %3–%4</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4 (%5 of them sampled)</source>
        <translation>%1: %2, Epochen %3–%4 (%5 davon erfasst)</translation>
    </message>
</context>
<context>
    <name>nw::gui::EditorActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Auss&amp;chneiden</translation>
    </message>
    <message>
        <source>Move the selected layers to the clipboard</source>
        <translation>Die ausgewählten Schichten in die Zwischenablage verschieben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected layers and their wires</source>
        <translation>Die ausgewählten Schichten und ihre Verbindungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the layers on the clipboard</source>
        <translation>Die Schichten aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>Copy the selected layers next to themselves</source>
        <translation>Die ausgewählten Schichten daneben kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected layers and wires</source>
        <translation>Die ausgewählten Schichten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select every layer and wire</source>
        <translation>Alle Schichten und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected layer a new name</source>
        <translation>Der ausgewählten Schicht einen neuen Namen geben</translation>
    </message>
    <message>
        <source>Disa&amp;ble Layer</source>
        <translation>Schicht &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Switch the selected layers off: they pass their input through unchanged</source>
        <translation>Die ausgewählten Schichten ausschalten: Sie reichen ihre Eingabe unverändert weiter</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Enlarge the canvas</source>
        <translation>Die Arbeitsfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Shrink the canvas</source>
        <translation>Die Arbeitsfläche verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>Die Arbeitsfläche in 100 % zeigen</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>Netz &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Das ganze Netz zeigen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>Show the selected layers</source>
        <translation>Die ausgewählten Schichten zeigen</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Align moved layers on the canvas grid</source>
        <translation>Verschobene Schichten am Raster der Arbeitsfläche ausrichten</translation>
    </message>
    <message>
        <source>A&amp;rrange Layers</source>
        <translation>Schichten anor&amp;dnen</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>Das Netz von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Delete and &amp;Join Wires</source>
        <translation>Löschen und Verbindungen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Delete the selected layer and wire what fed it to what it fed</source>
        <translation>Die ausgewählte Schicht löschen und ihre Eingabe direkt mit ihren Empfängern verbinden</translation>
    </message>
</context>
<context>
    <name>nw::gui::EvaluationView</name>
    <message>
        <source>true: %1</source>
        <translation>tatsächlich: %1</translation>
    </message>
    <message>
        <source>%1 validation samples, %2% right · step %3</source>
        <translation>%1 Validierungsbeispiele, %2 % richtig · Schritt %3</translation>
    </message>
    <message>
        <source>#%1: predicted %2, is %3</source>
        <translation>#%1: vorhergesagt %2, tatsächlich %3</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Sample %1: predicted %2 (%3%), true class %4</source>
        <translation>Beispiel %1: vorhergesagt %2 (%3 %), tatsächliche Klasse %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::ExportDialog</name>
    <message>
        <source>Verified with %1 on %2: largest difference %3.</source>
        <translation>Mit %1 auf %2 geprüft: größte Abweichung %3.</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)</source>
        <translation>ONNX-Modell (.onnx)</translation>
    </message>
    <message>
        <source>PyTorch code, weights and training script (folder)</source>
        <translation>PyTorch-Code, Gewichte und Trainingsskript (Ordner)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export ONNX Model</source>
        <translation>ONNX-Modell exportieren</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Export</source>
        <translation>Ordner für den PyTorch-Export</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie aus, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>The project is not trained: its initial weights were exported.</source>
        <translation>Das Projekt ist nicht trainiert: Seine Anfangsgewichte wurden exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The verification was cancelled: the export is not verified.</source>
        <translation>Die Prüfung wurde abgebrochen: Der Export ist nicht geprüft.</translation>
    </message>
    <message>
        <source>Not verified: %1 is not available (%2).</source>
        <translation>Nicht geprüft: %1 ist nicht verfügbar (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 did not run it (%2).</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1 hat es nicht ausgeführt (%2).</translation>
    </message>
    <message>
        <source>The verification failed: %1 differs from the engine on %2 by up to %3, more than the %4 allowed.</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1 weicht auf %2 um bis zu %3 von der Engine ab, mehr als die erlaubten %4.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Der Export wird geschrieben…</translation>
    </message>
    <message>
        <source>Running the engine on the verification samples…</source>
        <translation>Die Engine rechnet die Prüfbeispiele…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN…</source>
        <translation>Prüfung mit OpenCV DNN…</translation>
    </message>
    <message>
        <source>Verifying with PyTorch (check.py); this can take a minute…</source>
        <translation>Prüfung mit PyTorch (check.py); das kann eine Minute dauern…</translation>
    </message>
    <message>
        <source>Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.</source>
        <translation>%1 Dateien (%2 Bytes) nach %3 geschrieben: model.py, train.py und check.py.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Ein Export läuft.</translation>
    </message>
    <message>
        <source>Model expects scaled inputs</source>
        <translation>Modell erwartet skalierte Eingaben</translation>
    </message>
    <message>
        <source>Leave the data scaling out of the model: its inputs must then be scaled as in training, as its metadata describes. Unticked, the model takes raw data.</source>
        <translation>Die Datenskalierung nicht ins Modell aufnehmen: seine Eingaben müssen dann wie im Training skaliert sein, wie es seine Metadaten beschreiben. Ohne Haken nimmt das Modell Rohdaten.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: accuracy %3% against %4% in float.</source>
        <translation>%1 hat das int8-Modell mit %2 ausgeführt: Genauigkeit %3 % gegenüber %4 % in Gleitkomma.</translation>
    </message>
    <message>
        <source>That loses more than the %1 points allowed.</source>
        <translation>Das ist ein Verlust von mehr als den erlaubten %1 Prozentpunkten.</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: its outputs differ from the float ones by %3 on average (%4% of their spread).</source>
        <translation>%1 hat das int8-Modell mit %2 ausgeführt: Seine Ausgaben weichen im Mittel um %3 von denen in Gleitkomma ab (%4 % ihrer Streuung).</translation>
    </message>
    <message>
        <source>That is more than the %1% allowed.</source>
        <translation>Das ist mehr als die erlaubten %1 %.</translation>
    </message>
    <message>
        <source>int8 model (smaller, for edge devices)</source>
        <translation>int8-Modell (kleiner, für Edge-Geräte)</translation>
    </message>
    <message>
        <source>Dense and convolution layers compute in 8-bit integers. The value ranges come from the project&apos;s training data; the export then compares the accuracy of the int8 and float models on its test data.</source>
        <translation>Dense- und Faltungsschichten rechnen mit 8-Bit-Ganzzahlen. Die Wertebereiche stammen aus den Trainingsdaten des Projekts; danach vergleicht der Export die Genauigkeit des int8- und des Gleitkommamodells auf seinen Testdaten.</translation>
    </message>
    <message>
        <source>1 layer computes in int8; the file is %1% of the float model&apos;s.</source>
        <translation>1 Schicht rechnet in int8; die Datei hat %1 % der Größe des Gleitkommamodells.</translation>
    </message>
    <message numerus="yes">
        <source>%n layers compute in int8; the file is %1% of the float model&apos;s.</source>
        <translation>
            <numerusform>%n Schicht rechnet in int8; die Datei hat %1 % der Größe des Gleitkommamodells.</numerusform>
            <numerusform>%n Schichten rechnen in int8; die Datei hat %1 % der Größe des Gleitkommamodells.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphDocument</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Layers</source>
        <translation>
            <numerusform>%n Schicht löschen</numerusform>
            <numerusform>%n Schichten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>%n Schicht verschieben</numerusform>
            <numerusform>%n Schichten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%n Layers</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Arrange Layers</source>
        <translation>Schichten anordnen</translation>
    </message>
    <message>
        <source>Delete %1 and Join Its Wires</source>
        <translation>%1 löschen und Verbindungen zusammenführen</translation>
    </message>
    <message>
        <source>This assignment does not use %1 layers: it allows %2.</source>
        <translation>Diese Aufgabe verwendet keine %1-Schichten: Sie erlaubt %2.</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphScene</name>
    <message>
        <source>Added %1 without a wire: %2</source>
        <translation>%1 ohne Verbindung hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Delete Selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>Die Zwischenablage enthält keine Schichten zum Einfügen.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>%n Schicht verschieben</numerusform>
            <numerusform>%n Schichten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>An output connects to an input, on the left side of a layer.</source>
        <translation>Ein Ausgang verbindet sich mit einem Eingang, auf der linken Seite einer Schicht.</translation>
    </message>
    <message>
        <source>An input connects to an output, on the right side of a layer.</source>
        <translation>Ein Eingang verbindet sich mit einem Ausgang, auf der rechten Seite einer Schicht.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Connected through a new %1 so the shapes fit (Ctrl+Z takes it back)</source>
        <translation>Über eine neue Schicht %1 verbunden, damit die Formen passen (Strg+Z macht es rückgängig)</translation>
    </message>
</context>
<context>
    <name>nw::gui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its shape and edit its attributes.</source>
        <translation>Wählen Sie eine Schicht auf der Arbeitsfläche aus, um ihre Form zu sehen und ihre Attribute zu bearbeiten.</translation>
    </message>
    <message>
        <source>The layer&apos;s name, unique in the network</source>
        <translation>Der Name der Schicht, eindeutig im Netz</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>FLOPs:</source>
        <translation>FLOPs:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>This layer has no attributes to set.</source>
        <translation>Diese Schicht hat keine einstellbaren Attribute.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>%1 pro Beispiel</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Behebung: %2</translation>
    </message>
</context>
<context>
    <name>nw::gui::LayerSearchPopup</name>
    <message>
        <source>Add a layer…</source>
        <translation>Schicht hinzufügen…</translation>
    </message>
</context>
<context>
    <name>nw::gui::LessonsDock</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Each lesson opens a ready network and walks through one idea in a few steps; its goals tick green as you reach them.</source>
        <translation>Jede Lektion öffnet ein fertiges Netz und führt in wenigen Schritten durch eine Idee; ihre Ziele werden grün abgehakt, sobald Sie sie erreichen.</translation>
    </message>
    <message>
        <source>Start Lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <source>Open Lesson File…</source>
        <translation>Lektionsdatei öffnen…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>All Lessons</source>
        <translation>Alle Lektionen</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Neuroweave-Lektionen (*.nwlesson)</translation>
    </message>
    <message>
        <source>%1
%2 · about %3 minutes</source>
        <translation>%1
%2 · etwa %3 Minuten</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>Es gibt keine Lektion „%1“.</translation>
    </message>
    <message>
        <source>The lesson %1 cannot be opened: %2</source>
        <translation>Die Lektion %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Every goal is met: you have finished this lesson.</source>
        <translation>Alle Ziele sind erreicht: Sie haben diese Lektion abgeschlossen.</translation>
    </message>
    <message>
        <source>Every goal of this step is met: press Next when you are ready.</source>
        <translation>Alle Ziele dieses Schritts sind erreicht: Drücken Sie Weiter, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>A one-page report with your name, the network, the curves and the goals met, as HTML or PDF</source>
        <translation>Ein einseitiger Bericht mit Ihrem Namen, dem Netz, den Kurven und den erreichten Zielen, als HTML oder PDF</translation>
    </message>
</context>
<context>
    <name>nw::gui::MainWindow</name>
    <message>
        <source>Drag layers here to build a network</source>
        <translation>Ziehen Sie Schichten hierher, um ein Netz aufzubauen</translation>
    </message>
    <message>
        <source>or open a project with %1</source>
        <translation>oder öffnen Sie ein Projekt mit %1</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Neuroweave</source>
        <translation>Neuroweave beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;About Neuroweave</source>
        <translation>Ü&amp;ber Neuroweave</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>About Neuroweave</source>
        <translation>Über Neuroweave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;A visual designer for neural networks: drag layers onto a canvas, wire them into a network and watch it train live on your own computer.&lt;/p&gt;&lt;p&gt;Trained models export to ONNX and PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;Ein visuelles Entwurfswerkzeug für neuronale Netze: Ziehen Sie Schichten auf die Arbeitsfläche, verbinden Sie sie zu einem Netz und sehen Sie zu, wie es live auf Ihrem eigenen Computer trainiert.&lt;/p&gt;&lt;p&gt;Trainierte Modelle lassen sich nach ONNX und PyTorch exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new project, empty or from a template</source>
        <translation>Ein neues Projekt beginnen, leer oder aus einer Vorlage</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a picture of the network as SVG or PNG</source>
        <translation>Ein Bild des Netzes als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>Export the network diagram as SVG or PNG</source>
        <translation>Das Netzdiagramm als SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the edit that was undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Layer</source>
        <translation>Schicht &amp;suchen</translation>
    </message>
    <message>
        <source>Search the layer palette</source>
        <translation>Die Schichtpalette durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Help on Layer</source>
        <translation>&amp;Hilfe zur Schicht</translation>
    </message>
    <message>
        <source>Explain the selected layer, or how to use the designer</source>
        <translation>Die ausgewählte Schicht erklären oder die Bedienung des Designers</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation>Es gibt noch kein Netz zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not export the diagram to “%1”.</source>
        <translation>Das Diagramm konnte nicht nach „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>„%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Den Bereich %1 zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Summary Bar</source>
        <translation>&amp;Übersichtsleiste</translation>
    </message>
    <message>
        <source>Show or hide the network summary in the status bar</source>
        <translation>Die Netzübersicht in der Statusleiste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>%1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>&amp;Modell exportieren…</translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or PyTorch code, verified against the engine</source>
        <translation>Das trainierte Netz als ONNX oder PyTorch-Code schreiben, geprüft gegen die Engine</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>Restored %1 from its recovery copy</source>
        <translation>%1 aus der Sicherungskopie wiederhergestellt</translation>
    </message>
    <message>
        <source>Training is under way.</source>
        <translation>Ein Training läuft.</translation>
    </message>
    <message>
        <source>Could not apply the fix.</source>
        <translation>Die Korrektur konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>S&amp;weep…</translation>
    </message>
    <message>
        <source>Train one run per combination of one or two settings&apos; values and compare them</source>
        <translation>Für jede Kombination der Werte von einer oder zwei Einstellungen einen Lauf trainieren und vergleichen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Lessons that walk through one idea at a time, with goals that check themselves</source>
        <translation>Lektionen, die Schritt für Schritt durch eine Idee führen, mit Zielen, die sich selbst prüfen</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large text and cards, high contrast and only the panels a demonstration needs, for a projector</source>
        <translation>Große Schrift und Karten, hoher Kontrast und nur die Bereiche, die eine Vorführung braucht, für einen Beamer</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>Keine Lektion ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 layers, %2 parameters; %3 epochs trained</source>
        <translation>%1 Schichten, %2 Parameter; %3 Epochen trainiert</translation>
    </message>
    <message>
        <source>Lesson Report</source>
        <translation>Lektionsbericht</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>Save Lesson Report</source>
        <translation>Lektionsbericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>Webseite (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Save as Assi&amp;gnment…</source>
        <translation>Als Auf&amp;gabe speichern…</translation>
    </message>
    <message>
        <source>Save the network (or the lesson being played) as an assignment with locked controls and goals</source>
        <translation>Das Netz (oder die laufende Lektion) als Aufgabe mit gesperrten Einstellungen und Zielen speichern</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The designer speaks %1 from its next start.</source>
        <translation>Der Designer spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>Modell &amp;importieren…</translation>
    </message>
    <message>
        <source>Read an ONNX model, from PyTorch or elsewhere, into a new project with its trained weights</source>
        <translation>Ein ONNX-Modell aus PyTorch oder anderswo mit seinen trainierten Gewichten in ein neues Projekt einlesen</translation>
    </message>
</context>
<context>
    <name>nw::gui::MathsView</name>
    <message>
        <source>softmax cross-entropy</source>
        <translation>Softmax-Kreuzentropie</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>neuron </source>
        <translation>Neuron </translation>
    </message>
    <message>
        <source>sample </source>
        <translation>Beispiel </translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The phase before</source>
        <translation>Die Phase davor</translation>
    </message>
    <message>
        <source>1 Forward pass</source>
        <translation>1 Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>2 Loss</source>
        <translation>2 Verlust</translation>
    </message>
    <message>
        <source>3 Backward pass</source>
        <translation>3 Rückwärtsdurchlauf</translation>
    </message>
    <message>
        <source>4 Update</source>
        <translation>4 Aktualisierung</translation>
    </message>
    <message>
        <source>Train This Step ▶</source>
        <translation>Diesen Schritt trainieren ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Select a Dense layer on the canvas: the maths of one of its neurons appear here.</source>
        <translation>Wählen Sie eine Dense-Schicht auf der Arbeitsfläche: Die Rechnung eines ihrer Neuronen erscheint hier.</translation>
    </message>
    <message>
        <source>Train a step (F6) or open a trained project: the numbers come from a real step.</source>
        <translation>Trainieren Sie einen Schritt (F6) oder öffnen Sie ein trainiertes Projekt: Die Zahlen stammen aus einem echten Schritt.</translation>
    </message>
    <message>
        <source>Neuron %1 of &lt;b&gt;%2&lt;/b&gt;, sample %3:</source>
        <translation>Neuron %1 von &lt;b&gt;%2&lt;/b&gt;, Beispiel %3:</translation>
    </message>
    <message>
        <source>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>L = &lt;b&gt;%1&lt;/b&gt; (%2 of this sample)</source>
        <translation>L = &lt;b&gt;%1&lt;/b&gt; (%2 dieses Beispiels)</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project trains with %1, which scales each step by its running averages; this is the plain gradient-descent rule.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Das Projekt trainiert mit %1, das jeden Schritt mit seinen gleitenden Mittelwerten skaliert; dies ist die einfache Gradientenabstiegsregel.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <source>xᵢ</source>
        <translation>xᵢ</translation>
    </message>
    <message>
        <source>wᵢ</source>
        <translation>wᵢ</translation>
    </message>
    <message>
        <source>wᵢ·xᵢ</source>
        <translation>wᵢ·xᵢ</translation>
    </message>
    <message>
        <source>∂L/∂wᵢ = δ·xᵢ</source>
        <translation>∂L/∂wᵢ = δ·xᵢ</translation>
    </message>
    <message>
        <source>wᵢ − η·∂L/∂wᵢ</source>
        <translation>wᵢ − η·∂L/∂wᵢ</translation>
    </message>
    <message>
        <source>Type a weight to check a worked exercise; Ctrl+Z takes it back</source>
        <translation>Tippen Sie ein Gewicht ein, um eine Übungsaufgabe zu prüfen; Strg+Z nimmt es zurück</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricChart</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>training (step)</source>
        <translation>Training (Schritt)</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>Training (Epoche)</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>Validierung (Epoche)</translation>
    </message>
    <message>
        <source>learning rate (step)</source>
        <translation>Lernrate (Schritt)</translation>
    </message>
    <message>
        <source>learning rate (epoch)</source>
        <translation>Lernrate (Epoche)</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Smoothing of the per-step curves (an exponential moving average)</source>
        <translation>Glättung der Kurven pro Schritt (ein exponentiell gleitender Mittelwert)</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show every step again after zooming (or double-click a chart)</source>
        <translation>Nach dem Zoomen wieder jeden Schritt zeigen (oder auf ein Diagramm doppelklicken)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save both charts as PNG or SVG pictures, or their data as CSV</source>
        <translation>Beide Diagramme als PNG- oder SVG-Bilder speichern oder ihre Daten als CSV</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>training, per step</source>
        <translation>Training, pro Schritt</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>Training, pro Epoche</translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation>Validierung, pro Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG pictures (*.svg);;CSV data (*.csv)</source>
        <translation>PNG-Bilder (*.png);;SVG-Bilder (*.svg);;CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>nw::gui::NeuronMapOverlay</name>
    <message>
        <source>What each neuron of this layer computes over the plane (%1 neurons)</source>
        <translation>Was jedes Neuron dieser Schicht über der Ebene berechnet (%1 Neuronen)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NodeItem</name>
    <message>
        <source>Disabled: passes its input through unchanged.</source>
        <translation>Deaktiviert: reicht die Eingabe unverändert weiter.</translation>
    </message>
    <message>
        <source>Click to fix: %1</source>
        <translation>Zum Beheben klicken: %1</translation>
    </message>
</context>
<context>
    <name>nw::gui::PaletteDock</name>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Search layers</source>
        <translation>Schichten suchen</translation>
    </message>
    <message>
        <source>Filter the layers by name, description or category; Enter adds the first match</source>
        <translation>Die Schichten nach Name, Beschreibung oder Kategorie filtern; die Eingabetaste fügt den ersten Treffer hinzu</translation>
    </message>
    <message>
        <source>No layer matches this search.</source>
        <translation>Keine Schicht passt zu dieser Suche.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 layer; click to select it</source>
        <translation>Schicht %1; zum Auswählen klicken</translation>
    </message>
    <message>
        <source>The network as a whole</source>
        <translation>Das Netz als Ganzes</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The data set and how it is scaled</source>
        <translation>Der Datensatz und seine Skalierung</translation>
    </message>
    <message>
        <source>Make the change the message suggests (Edit → Undo takes a layer&apos;s change back)</source>
        <translation>Die vorgeschlagene Änderung vornehmen (Bearbeiten → Rückgängig nimmt die Änderung einer Schicht zurück)</translation>
    </message>
    <message>
        <source>Nothing to check yet: drag an Input layer from the palette to begin.</source>
        <translation>Noch nichts zu prüfen: Ziehen Sie zum Beginnen eine Input-Schicht aus der Palette.</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Set Weight</source>
        <translation>Gewicht setzen</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectFileController</name>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Could not open the template “%1”.</source>
        <translation>Die Vorlage „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>New project from %1</source>
        <translation>Neues Projekt aus %1</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be written: choose where to save it.</source>
        <translation>In den Ordner von „%1“ kann nicht geschrieben werden: Wählen Sie, wo es gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Could not import “%1”.</source>
        <translation>„%1“ konnte nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n layers with their trained weights.</source>
        <translation>
            <numerusform>%1 importiert: %n Schicht mit ihren trainierten Gewichten.</numerusform>
            <numerusform>%1 importiert: %n Schichten mit ihren trainierten Gewichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>nw::gui::RunsDock</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Select runs to draw their curves over the charts; settings that differ from the current run are highlighted.</source>
        <translation>Läufe auswählen, um ihre Kurven über die Diagramme zu legen; Einstellungen, die vom aktuellen Lauf abweichen, sind hervorgehoben.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s network and settings back into the project</source>
        <translation>Netz und Einstellungen des ausgewählten Laufs wieder ins Projekt übernehmen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Differs from run %1: %2</source>
        <translation>Weicht von Lauf %1 ab: %2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Restore the Network of Run %1</source>
        <translation>Netz von Lauf %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Delete run %1?</source>
        <translation>Lauf %1 löschen?</translation>
    </message>
    <message>
        <source>Delete these %1 runs?</source>
        <translation>Diese %1 Läufe löschen?</translation>
    </message>
</context>
<context>
    <name>nw::gui::ScheduleBox</name>
    <message>
        <source>Schedule and stopping</source>
        <translation>Zeitplan und Abbruch</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>Bei Plateau senken</translation>
    </message>
    <message>
        <source>The rate rises from zero to its value over these first epochs</source>
        <translation>Die Rate steigt in diesen ersten Epochen von null auf ihren Wert</translation>
    </message>
    <message>
        <source>The rate is multiplied by this at each step down</source>
        <translation>Die Rate wird bei jeder Stufe mit diesem Wert multipliziert</translation>
    </message>
    <message>
        <source>The rate is multiplied by this after every epoch</source>
        <translation>Die Rate wird nach jeder Epoche mit diesem Wert multipliziert</translation>
    </message>
    <message>
        <source>The lowest rate, as a fraction of the learning rate</source>
        <translation>Die niedrigste Rate, als Anteil der Lernrate</translation>
    </message>
    <message>
        <source>Epochs without a lower validation loss before the rate is lowered</source>
        <translation>Epochen ohne niedrigeren Validierungsverlust, bevor die Rate gesenkt wird</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Stop when this validation figure has not improved for a number of epochs</source>
        <translation>Anhalten, wenn sich dieser Validierungswert einige Epochen lang nicht verbessert hat</translation>
    </message>
    <message>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Gewichte der besten Epoche behalten</translation>
    </message>
    <message>
        <source>Scales the gradients down so that their joint length is at most this</source>
        <translation>Verkleinert die Gradienten, sodass ihre gemeinsame Länge höchstens diesen Wert hat</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>Aufwärmepochen</translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation>Stufe alle (Epochen)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Faktor je Epoche</translation>
    </message>
    <message>
        <source>Lowest factor</source>
        <translation>Kleinster Faktor</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>Geduld (Epochen)</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Früher Abbruch</translation>
    </message>
    <message>
        <source>Stop after (epochs)</source>
        <translation>Abbruch nach (Epochen)</translation>
    </message>
    <message>
        <source>Clip gradients</source>
        <translation>Gradienten begrenzen</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs; the Learning rate chart shows the rate each step used</source>
        <translation>Wie sich die Lernrate über die Epochen ändert; das Diagramm „Lernrate“ zeigt die Rate jedes Schritts</translation>
    </message>
</context>
<context>
    <name>nw::gui::SummaryBar</name>
    <message>
        <source>Layers in the network</source>
        <translation>Schichten im Netz</translation>
    </message>
    <message>
        <source>Trainable parameters (weights and biases)</source>
        <translation>Trainierbare Parameter (Gewichte und Biases)</translation>
    </message>
    <message>
        <source>Floating-point operations of one forward pass for one sample (a multiply-add counts 2)</source>
        <translation>Gleitkommaoperationen eines Vorwärtsdurchlaufs für ein Beispiel (eine Multiplikation mit Addition zählt 2)</translation>
    </message>
    <message>
        <source>Problems to fix before training; see the Problems list</source>
        <translation>Vor dem Training zu behebende Probleme; siehe die Problemliste</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 FLOPs/sample</source>
        <translation>%1 FLOPs/Beispiel</translation>
    </message>
    <message>
        <source>≈ %1 to train</source>
        <translation>≈ %1 zum Trainieren</translation>
    </message>
    <message>
        <source>Estimated memory for one training step at batch size %1: parameters, their gradients and Adam&apos;s two moments, plus every layer&apos;s activations and their gradients for the batch, in 32-bit floats</source>
        <translation>Geschätzter Speicherbedarf eines Trainingsschritts bei Batchgröße %1: Parameter, ihre Gradienten und die beiden Momente von Adam sowie die Aktivierungen jeder Schicht und deren Gradienten für den Batch, als 32-Bit-Gleitkommazahlen</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <source>0.001,0.01,0.1  or  1e-4..1e-1:log4  or  0..0.5:6</source>
        <translation>0.001,0.01,0.1  oder  1e-4..1e-1:log4  oder  0..0.5:6</translation>
    </message>
    <message>
        <source>Values separated by commas, or a range lo..hi:N with N values evenly spaced (lo..hi:logN: evenly on a log scale), both ends included</source>
        <translation>Werte durch Kommas getrennt, oder ein Bereich lo..hi:N mit N gleichmäßig verteilten Werten (lo..hi:logN: gleichmäßig auf logarithmischer Skala), beide Enden eingeschlossen</translation>
    </message>
    <message>
        <source> epochs per run</source>
        <translation> Epochen je Lauf</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Double-click a run to show it in the Runs panel</source>
        <translation>Doppelklick auf einen Lauf zeigt ihn im Bereich Läufe</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>trainiert…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Choose two different settings.</source>
        <translation>Wählen Sie zwei verschiedene Einstellungen.</translation>
    </message>
    <message>
        <source>1 run of %1 epochs</source>
        <translation>1 Lauf mit %1 Epochen</translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1 epochs each, one after another</source>
        <translation>
            <numerusform>%n Lauf mit je %1 Epochen</numerusform>
            <numerusform>%n Läufe mit je %1 Epochen, einer nach dem anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Best validation accuracy of each run (darker is better)</source>
        <translation>Beste Validierungsgenauigkeit jedes Laufs (dunkler ist besser)</translation>
    </message>
    <message>
        <source>Final validation loss of each run (darker is better)</source>
        <translation>Letzter Validierungsverlust jedes Laufs (dunkler ist besser)</translation>
    </message>
    <message>
        <source>Final training loss of each run (darker is better)</source>
        <translation>Letzter Trainingsverlust jedes Laufs (dunkler ist besser)</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Run %1: %2 · %3 epochs · %4 s</source>
        <translation>Lauf %1: %2 · %3 Epochen · %4 s</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepRunner</name>
    <message>
        <source>A network is training: stop it before a sweep.</source>
        <translation>Ein Netz wird trainiert: Stoppen Sie es vor einem Sweep.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep stopped after %n of %1 runs.</source>
        <translation>
            <numerusform>Sweep nach %n von %1 Läufen gestoppt.</numerusform>
            <numerusform>Sweep nach %n von %1 Läufen gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: its one run is in the Runs panel.</source>
        <translation>Sweep beendet: Sein einziger Lauf steht im Bereich Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs, one per combination; the Runs panel compares them.</source>
        <translation>
            <numerusform>Sweep beendet: %n Lauf, einer je Kombination; der Bereich Läufe vergleicht sie.</numerusform>
            <numerusform>Sweep beendet: %n Läufe, einer je Kombination; der Bereich Läufe vergleicht sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not start run %1.</source>
        <translation>Der Sweep konnte Lauf %1 nicht starten.</translation>
    </message>
    <message>
        <source>The sweep ended at run %1 of %2: %3</source>
        <translation>Der Sweep endete bei Lauf %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>nw::gui::TemplateGallery</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Start from an empty canvas or from a network that already works:</source>
        <translation>Mit einer leeren Arbeitsfläche beginnen oder mit einem Netz, das schon funktioniert:</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Leeres Projekt</translation>
    </message>
    <message>
        <source>A blank canvas: drag layers from the palette and wire them.</source>
        <translation>Eine leere Arbeitsfläche: Schichten aus der Palette ziehen und verbinden.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>No layers yet</source>
        <translation>Noch keine Schichten</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingController</name>
    <message>
        <source>Stop training before resetting the weights.</source>
        <translation>Beenden Sie das Training, bevor Sie die Gewichte zurücksetzen.</translation>
    </message>
    <message>
        <source>Weights reset: the next run starts from fresh weights drawn from the seed.</source>
        <translation>Gewichte zurückgesetzt: Der nächste Lauf beginnt mit neuen, aus dem Startwert gezogenen Gewichten.</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>Die Daten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Training could not start: %1</source>
        <translation>Das Training konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a finite number, so the run stopped. The weights of the last finite step are kept. Try a lower learning rate than %1.</source>
        <translation>Das Training ist divergiert: Der Verlust ist keine endliche Zahl mehr, daher wurde der Lauf beendet. Die Gewichte des letzten endlichen Schritts bleiben erhalten. Versuchen Sie eine kleinere Lernrate als %1.</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>, Validierungsgenauigkeit %1 %</translation>
    </message>
    <message>
        <source>Training finished after epoch %1%2.</source>
        <translation>Training nach Epoche %1 beendet%2.</translation>
    </message>
    <message>
        <source>Training stopped after step %1; the weights trained so far are kept.</source>
        <translation>Training nach Schritt %1 beendet; die bisher trainierten Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Training stopped because the network was edited: the weights of this run belong to the network as it was, so they were not kept. Press Train to train the new network.</source>
        <translation>Das Training wurde beendet, weil das Netz bearbeitet wurde: Die Gewichte dieses Laufs gehören zum bisherigen Netz und wurden daher nicht übernommen. Klicken Sie auf „Trainieren“, um das neue Netz zu trainieren.</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs, so the weights of its best epoch, %4, were restored.</source>
        <translation>Früh angehalten nach Epoche %1: %2 hat sich %3 Epochen lang nicht verbessert, daher wurden die Gewichte der besten Epoche, %4, wiederhergestellt.</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs; its best epoch was %4.</source>
        <translation>Früh angehalten nach Epoche %1: %2 hat sich %3 Epochen lang nicht verbessert; die beste Epoche war %4.</translation>
    </message>
    <message>
        <source> The network changed since it was trained, so this is a new run from fresh weights; the earlier one stays in the Runs panel.</source>
        <translation> Das Netz wurde seit dem Training geändert, daher ist dies ein neuer Lauf mit frischen Gewichten; der frühere bleibt in der Liste „Läufe“.</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingDock</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation>Softmax-Kreuzentropie</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlere quadratische Abweichung</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Binäre Kreuzentropie</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Can be changed while training runs; takes effect at the next step</source>
        <translation>Kann während des Trainings geändert werden; gilt ab dem nächsten Schritt</translation>
    </message>
    <message>
        <source>Draws the initial weights and the order of the samples: the same seed gives the same numbers</source>
        <translation>Bestimmt die Anfangsgewichte und die Reihenfolge der Beispiele: Derselbe Startwert ergibt dieselben Zahlen</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Train the network, or resume a paused run</source>
        <translation>Das Netz trainieren oder einen pausierten Lauf fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the run after the current batch</source>
        <translation>Den Lauf nach dem aktuellen Batch pausieren</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>Genau einen Mini-Batch trainieren, dann pausieren</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop the run and keep the weights trained so far</source>
        <translation>Den Lauf beenden und die bisher trainierten Gewichte behalten</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>Gewichte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the trained weights and the history; the next run starts afresh</source>
        <translation>Die trainierten Gewichte und den Verlauf verwerfen; der nächste Lauf beginnt von vorn</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <source>batch %1/%2</source>
        <translation>Batch %1/%2</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 Beispiele/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Slow the training down to watch it learn step by step; the numbers stay the same. Can be changed while training runs.</source>
        <translation>Das Training verlangsamen, um Schritt für Schritt zuzusehen, wie es lernt; die Zahlen bleiben dieselben. Kann während des Trainings geändert werden.</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>1 Schritt pro Sekunde</translation>
    </message>
    <message>
        <source>%1 steps per second</source>
        <translation>%1 Schritte pro Sekunde</translation>
    </message>
    <message>
        <source>Locked by the assignment</source>
        <translation>Durch die Aufgabe gesperrt</translation>
    </message>
</context>
</TS>
