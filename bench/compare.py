#!/usr/bin/python3
"""Runs the engine's training workloads and the PyTorch reference side by side and prints the ratio.

    bench/compare.py --ours build/release/bench/neuroweave-bench --reference ../shared/bench/ref_torch.py
                     [--reference-conv bench/ref_torch_conv.py] [--threads 2] [--pairs 3]
                     [--workloads mlp,cnn,tiny,residual,vgg] [--no-scaling]
                     [--results build/bench-results.jsonl]

mlp, cnn and tiny are defined by ../shared/bench/ref_torch.py; residual and vgg by this folder's
ref_torch_conv.py, which follows the same rules.

On a shared machine a single run proves nothing, so each workload runs as pairs, ours then the
reference, each in its own process; the ratio quoted is the median of the per-pair ratios. With
scaling on (the default), the engine's mlp and cnn also run with one thread in the same pairs, for
the 2-threads-over-1 figure (the convolutional workloads would double the run's length for it). Every JSON line is appended to the results file.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

# What the engine must reach, ours / PyTorch, from the engine-speed goals (issue 17).
TARGETS = {"mlp": 2.0, "cnn": 2.0, "tiny": 100.0, "residual": 1.5, "vgg": 1.5}
SCALING_TARGET = 1.6
SCALED = ("mlp", "cnn")
# The figure each workload is judged by.
METRIC = {"mlp": "samples_per_s", "cnn": "samples_per_s", "tiny": "steps_per_s",
          "residual": "samples_per_s", "vgg": "samples_per_s"}
# The workloads whose reference is ref_torch_conv.py rather than ../shared/bench/ref_torch.py.
CONV_WORKLOADS = ("residual", "vgg")


def run_json(cmd, env=None):
    """Runs a command that prints one JSON line; returns it parsed, or None with the reason printed."""
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stderr.strip()}\n")
        return None
    return json.loads(lines[-1])


def ours(binary, workload, threads):
    return run_json([binary, str(threads), "--workloads", workload])


def reference(script, workload, threads):
    # Debian's interpreter: the python3 first on PATH may not see Debian's torch.
    return run_json(["/usr/bin/python3", script, str(threads), "--workloads", workload])


def fmt_rate(value, workload):
    unit = "steps/s" if METRIC[workload] == "steps_per_s" else "samples/s"
    return f"{value:,.0f} {unit}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ours", required=True)
    ap.add_argument("--reference", required=True)
    ap.add_argument("--reference-conv",
                    default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "ref_torch_conv.py"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--workloads", default="mlp,cnn,tiny,residual,vgg")
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--results", default=None)
    a = ap.parse_args()

    if not os.path.exists(a.reference):
        sys.exit(f"The PyTorch reference {a.reference} does not exist: pass its path with --reference "
                 "(make bench BENCH_REFERENCE=…/ref_torch.py).")
    workloads = [w for w in a.workloads.split(",") if w]
    for w in workloads:
        if w not in METRIC:
            sys.exit(f"unknown workload {w!r}; choose from {', '.join(METRIC)}")
    results = open(a.results, "a") if a.results else None
    summary = []
    for w in workloads:
        ratios, scalings, mine, theirs = [], [], [], []
        for pair in range(a.pairs):
            o = ours(a.ours, w, a.threads)
            r = reference(a.reference_conv if w in CONV_WORKLOADS else a.reference, w, a.threads)
            one = ours(a.ours, w, 1) if (w in SCALED and not a.no_scaling and a.threads > 1) else None
            for rec in (o, r, one):
                if rec and results:
                    results.write(json.dumps(rec) + "\n")
            if not o or not r:
                continue
            mine.append(o)
            theirs.append(r)
            ratios.append(o[METRIC[w]] / r[METRIC[w]])
            if one:
                scalings.append(o[METRIC[w]] / one[METRIC[w]])
            print(f"{w} pair {pair + 1}: ours {fmt_rate(o[METRIC[w]], w)}, torch {fmt_rate(r[METRIC[w]], w)}, "
                  f"ratio {ratios[-1]:.2f}" + (f", ours 2 threads / 1 thread {scalings[-1]:.2f}" if one else ""),
                  flush=True)
        if not ratios:
            summary.append((w, None))
            continue
        summary.append((w, {
            "ours": statistics.median(x[METRIC[w]] for x in mine),
            "torch": statistics.median(x[METRIC[w]] for x in theirs),
            "ratio": statistics.median(ratios),
            "spread": (min(ratios), max(ratios)),
            "scaling": statistics.median(scalings) if scalings else None,
            "acc_ours": statistics.median(x["test_accuracy"] for x in mine),
            "acc_torch": statistics.median(x["test_accuracy"] for x in theirs),
            "mem_ours": max(x["peak_rss_mb"] for x in mine),
            "mem_torch": max(x["peak_rss_mb"] for x in theirs),
            "blas": theirs[0].get("blas", []),
        }))

    print()
    print(f"Training speed, {a.threads} threads, median of {a.pairs} pairs (ours / PyTorch in the same pair):")
    header = f"{'workload':<9}{'ours':>22}{'PyTorch':>22}{'ratio':>8}{'pairs':>14}{'target':>8}{'2T/1T':>7}" \
             f"{'test acc':>16}{'peak MB':>14}"
    print(header)
    failed = False
    for w, s in summary:
        if s is None:
            print(f"{w:<9} no result (see the errors above)")
            failed = True
            continue
        scaling = f"{s['scaling']:.2f}" if s["scaling"] else "-"
        mark = "ok" if s["ratio"] >= TARGETS[w] else "below"
        spread = f"{s['spread'][0]:.2f}–{s['spread'][1]:.2f}"
        print(f"{w:<9}{fmt_rate(s['ours'], w):>22}{fmt_rate(s['torch'], w):>22}{s['ratio']:>7.2f}×{spread:>14}"
              f"{TARGETS[w]:>7}×{scaling:>7}{s['acc_ours']:>8.4f}/{s['acc_torch']:.4f}"
              f"{s['mem_ours']:>7.0f}/{s['mem_torch']:.0f}  {mark}")
    blas = next((s["blas"] for _, s in summary if s), [])
    if not any("openblas" in b for b in blas):
        print("Warning: the reference did not map OpenBLAS (install libopenblas0-openmp): its figures are "
              "not the ones to beat.")
    print(f"Targets: ratio as listed; 2 threads ≥ {SCALING_TARGET}× one thread on mlp and cnn; "
          "peak memory no more than PyTorch's.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
