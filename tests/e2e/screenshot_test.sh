#!/usr/bin/env bash
# End-to-end check of the designer on a virtual X display.
#   screenshot_test.sh NEUROWEAVE OUT_DIR [PROJECT]
# 1. `neuroweave --screenshot` paints its window into a PNG and exits 0 (2 when PROJECT did not open);
#    the PNG must be a real picture of the window, not a blank.
#    It also prints what the canvas shows ("canvas: 7 layers, 6 wires"), which must match the file,
#    and how many layer kinds the palette dock lists.
# 2. Started normally, the window appears on the X server with "<file> — Neuroweave" as its title.
# Exit 77 (skipped) when xvfb-run is missing. Nothing here waits a fixed time: the test's CTest
# TIMEOUT ends a program that hangs.
set -euo pipefail

app=$1
out=$2
project=${3:-}

if [[ ${NW_E2E_INSIDE_X:-} != 1 ]]; then
    if ! command -v xvfb-run >/dev/null; then
        echo "SKIP: xvfb-run is not installed (packaging/install-deps.sh installs it)"
        exit 77
    fi
    mkdir -p "$out"
    # -a takes the first free display from -n on; a random start keeps two test runs on one machine
    # (two builds' suites at once) from choosing the same one at the same moment.
    NW_E2E_INSIDE_X=1 exec xvfb-run -a -n $((100 + RANDOM % 4000)) -s "-screen 0 1280x800x24" bash "$0" "$@"
fi

# English, whatever the machine's locale: the checks below read the English title.
export LC_ALL=C.UTF-8 LANGUAGE=
unset QT_QPA_PLATFORM

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if [[ -n $project && ! -f $project ]]; then
    fail "$project does not exist"
fi

# 1. The picture; with a project, its first layer selected.
png=$out/window.png
rm -f "$png"
select=()
if [[ -n $project ]]; then
    select=(--select "$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["graph"]["nodes"][0]["name"])' "$project")")
fi
status=0
shown=$("$app" --screenshot "$png" "${select[@]}" ${project:+"$project"}) || status=$?
[[ $status -eq 0 ]] || fail "neuroweave --screenshot exited with $status"
echo "$shown"

# 1a. Closing the window while a lone card is selected ends cleanly (its deletion once announced a
#     selection change to actions that were already gone).
lone=$out/lone.nwproj
printf '%s' '{"format": "neuroweave-project", "version": 1, "graph": {"nodes": [{"id": 1, "kind": "Input", "name": "input_1"}], "edges": []}}' >"$lone"
status=0
"$app" --screenshot "$out/lone.png" --select input_1 "$lone" >/dev/null || status=$?
[[ $status -eq 0 ]] || fail "neuroweave closed with a selected card exited with $status"

# 1b. The canvas draws every layer and wire of the file (none for an empty window).
expected_counts="canvas: 0 layers, 0 wires"
if [[ -n $project ]]; then
    expected_counts=$(/usr/bin/python3 -c '
import json, sys
graph = json.load(open(sys.argv[1]))["graph"]
print("canvas: %d layers, %d wires" % (len(graph["nodes"]), len(graph["edges"])))' "$project")
fi
[[ $shown == *"$expected_counts"* ]] || fail "expected \"$expected_counts\", the app printed \"$shown\""
# 1c. The palette dock lists the layer kinds (Input, Dense, Conv2D, ... well over ten of them).
kinds=$(sed -n 's/^palette: \([0-9]*\) layer kinds$/\1/p' <<<"$shown")
[[ -n $kinds ]] || fail "the app did not report its palette: \"$shown\""
((kinds >= 10)) || fail "the palette lists only $kinds layer kinds"
[[ -s $png ]] || fail "no screenshot was written to $png"
[[ $(head -c 8 "$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$png is not a PNG"

if command -v identify >/dev/null; then
    read -r width height colors < <(identify -format '%w %h %k\n' "$png")
    echo "screenshot: ${width}x${height}, $colors colours"
    ((width >= 640 && height >= 400)) || fail "the window is only ${width}x${height}"
    # Menus, text, grid and icon give hundreds of colours; a blank or black window gives a few.
    ((colors >= 64)) || fail "the screenshot has only $colors colours: the window did not paint"
else
    size=$(stat -c %s "$png")
    ((size >= 10000)) || fail "the screenshot is only $size bytes"
fi

# 2. The window and its title on the X server.
expected="${project:+$(basename "$project")}"
expected="${expected:-Untitled} — Neuroweave"
"$app" ${project:+"$project"} &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
# Until the window shows or the program ends: however long a slow machine takes, CTest's TIMEOUT is
# the only limit.
until xwininfo -root -tree 2>/dev/null | grep -qF "\"$expected\""; do
    kill -0 "$pid" 2>/dev/null ||
        fail "neuroweave exited before showing a window titled \"$expected\"; windows: $(xwininfo -root -tree | grep -c '"')"
    sleep 0.1
done
echo "window titled \"$expected\" is shown"
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
echo "PASS"
