#!/usr/bin/env bash
# Runs every libFuzzer harness in BUILD_DIR for FUZZ_SECONDS each (default 60), seeded from the test
# files, the examples and a few images made here. Each harness keeps its corpus in
# BUILD_DIR/fuzz-corpus/<name>, so a later run goes on from what the earlier one found; crashes land
# in BUILD_DIR/fuzz-findings. Prints one line per harness (executions, coverage, findings) and exits
# non-zero when any harness found a crash. Usage: run_fuzzers.sh BUILD_DIR [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:?usage: run_fuzzers.sh BUILD_DIR [HARNESS...]}
shift
seconds=${FUZZ_SECONDS:-60}
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(project_json csv csv_encoded idx idx_gzip image onnx_import)
corpora="$build/fuzz-corpus"
findings="$build/fuzz-findings"
seeds="$build/fuzz-seeds"
mkdir -p "$findings" "$seeds"

# Seeds: what each reader reads in real use.
seed() { # harness, files...
    local dir="$seeds/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do [[ -f "$f" ]] && cp "$f" "$dir/"; done
    return 0
}
seed project_json resources/examples/*.nwproj resources/templates/*.nwproj tests/data/*.nwproj
seed csv resources/examples/data/*.csv
seed csv_encoded resources/examples/data/*.csv
fashion=/usr/share/datasets/fashion-mnist
seed idx_gzip "$fashion/t10k-labels-idx1-ubyte.gz"
mkdir -p "$seeds/idx"
# The first bytes of each file: its header and a few records (head closing the pipe early is fine).
if [[ -f "$fashion/t10k-labels-idx1-ubyte.gz" ]]; then
    { gzip -dc "$fashion/t10k-labels-idx1-ubyte.gz" || true; } | head -c 4096 >"$seeds/idx/labels-idx1-ubyte"
    { gzip -dc "$fashion/t10k-images-idx3-ubyte.gz" || true; } | head -c 16400 >"$seeds/idx/images-idx3-ubyte"
fi
# ONNX models: the examples as the exporter writes them, with any command-line tool at hand.
mkdir -p "$seeds/onnx_import"
for cli in "$build/cli/neuroweave-cli" build/release/cli/neuroweave-cli; do
    [[ -x $cli ]] || continue
    for project in resources/examples/*.nwproj; do
        out="$seeds/onnx_import/$(basename "$project" .nwproj).onnx"
        [[ -f "$out" ]] || "$cli" export "$project" --onnx "$out" --samples 0 >/dev/null 2>&1 || true
    done
    break
done
mkdir -p "$seeds/image"
for ext in png jpg bmp; do
    [[ -f "$seeds/image/seed.$ext" ]] || convert -size 6x5 gradient:red-blue "$seeds/image/seed.$ext"
done
# The image harness reads a first byte of options before the file.
for f in "$seeds/image"/seed.*; do
    out="$seeds/image/opt-$(basename "$f")"
    [[ -f "$out" ]] || { printf '\x35'; cat "$f"; } >"$out"
done

status=0
for h in "${harnesses[@]}"; do
    bin="$build/tests/fuzz/fuzz_$h"
    [[ -x "$bin" ]] || { echo "fuzz: $bin is not built" >&2; exit 1; }
    mkdir -p "$corpora/$h"
    log="$build/fuzz-$h.log"
    set +e
    "$bin" "$corpora/$h" "$seeds/$h" -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$findings/$h-" -timeout=10 -rss_limit_mb=2048 >"$log" 2>&1
    rc=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
    corpus=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 || true)
    crashes=$(find "$findings" -name "$h-*" -type f 2>/dev/null | wc -l)
    echo "fuzz_$h: ${seconds}s, ${execs} executions, ${cov:-cov: ?}, ${corpus:-corp: ?}, $crashes findings (exit $rc, log $log)"
    ((rc == 0)) || status=1
done
exit "$status"
