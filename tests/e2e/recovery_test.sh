#!/usr/bin/env bash
# Crash recovery of the real designer on a virtual X display, driven as a user would with xdotool.
#   recovery_test.sh NEUROWEAVE OUT_DIR PROJECT
# 1. A copy of PROJECT is opened, every layer deleted (Ctrl+A, Delete); once the recovery copy is
#    written (the interval is set to 1 s in the settings) the designer is killed with SIGKILL.
# 2. Started again, it offers the copy; Return restores it, the title shows the file as unsaved,
#    Ctrl+S saves it, and the saved file holds byte for byte what the killed designer had.
# 3. Ctrl+Q quits; a clean exit leaves no recovery files.
# Exit 77 (skipped) when xvfb-run or xdotool is missing. Nothing waits a fixed time: each step waits
# for what it needs, and the test's CTest TIMEOUT ends a program that hangs.
set -euo pipefail

app=$1
out=$2
project=$3

if [[ ${NW_E2E_INSIDE_X:-} != 1 ]]; then
    for tool in xvfb-run xdotool; do
        if ! command -v $tool >/dev/null; then
            echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
            exit 77
        fi
    done
    # -a takes the first free display from -n on; a random start keeps two test runs on one machine
    # (two builds' suites at once) from choosing the same one at the same moment.
    # -noreset: an X server resets when its last client goes, and refuses connections while it
    # does; between the killed designer and the next one there is no client at all.
    NW_E2E_INSIDE_X=1 exec xvfb-run -a -n $((100 + RANDOM % 4000)) -s "-screen 0 1280x800x24 -noreset" bash "$0" "$@"
fi

export LC_ALL=C.UTF-8 LANGUAGE=
unset QT_QPA_PLATFORM
# The designer's settings, and so its recovery folder, in the test's own folder.
export XDG_CONFIG_HOME=$out/config
recovery=$XDG_CONFIG_HOME/Neuroweave/recovery
work=$out/work
rm -rf "$out"
mkdir -p "$XDG_CONFIG_HOME/Neuroweave" "$work"
printf '[recovery]\nintervalSeconds=1\n' >"$XDG_CONFIG_HOME/Neuroweave/Neuroweave.conf"
file=$work/$(basename "$project")
cp "$project" "$file"
name=$(basename "$file")

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

pid=
trap '[[ -n $pid ]] && kill -9 "$pid" 2>/dev/null || true' EXIT

# Fails saying how the designer ended and what it printed, when it ended before showing $1.
exited() {
    local status=0
    wait "$pid" 2>/dev/null || status=$?
    fail "neuroweave exited (status $status) before showing \"$1\"; it printed: $(cat "$out/designer.log" 2>/dev/null)"
}

# The id of the window titled exactly $1, once it shows; fails if the designer exits first.
window() {
    local id
    until id=$(xwininfo -root -tree 2>/dev/null | grep -F "\"$1\"" | awk 'NR == 1 { print $1 }') && [[ -n $id ]]; do
        kill -0 "$pid" 2>/dev/null || exited "$1"
        sleep 0.1
    done
    echo "$id"
}

# Gives the window titled $1 the keyboard and types the keys that follow.
type_into() {
    local id
    id=$(window "$1")
    shift
    xdotool windowfocus "$id"
    xdotool key --clearmodifiers "$@"
}

# Whether a window titled exactly $1 is shown now.
shown() { xwininfo -root -tree 2>/dev/null | grep -qF "\"$1\""; }

# Types keys ($3...) into the window titled $1 until the window titled $2 shows. On a loaded machine
# a key can reach a window before it takes input and be lost; typing again is harmless here (every
# key sequence used is idempotent), and the loop waits for the event, not for a time.
type_until() {
    local from=$1 awaited=$2
    shift 2
    until shown "$awaited"; do
        kill -0 "$pid" 2>/dev/null || exited "$awaited"
        if shown "$from"; then type_into "$from" "$@"; fi
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            shown "$awaited" && return 0
            sleep 0.1
        done
    done
}

# 1. Edit, wait for the copy, kill.
"$app" "$file" >"$out/designer.log" 2>&1 &
pid=$!
id=$(window "$name — Neuroweave")
# A click on the canvas, in the middle of the window, so that the keys go to it.
eval "$(xdotool getwindowgeometry --shell "$id")"
xdotool mousemove --window "$id" $((WIDTH / 2)) $((HEIGHT / 2)) click 1
type_until "$name — Neuroweave" "$name* — Neuroweave" ctrl+a Delete
until compgen -G "$recovery/*.json" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "neuroweave exited before writing a recovery copy"
    sleep 0.1
done
copy=$(compgen -G "$recovery/*.nwproj")
cp "$copy" "$out/copy.nwproj"
{
    kill -9 "$pid"
    wait "$pid" || true
} 2>/dev/null
pid=
cmp -s "$out/copy.nwproj" "$file" && fail "the recovery copy is the saved file: the edit did not reach it"
grep -q '"nodes": \[\]' "$out/copy.nwproj" || fail "the recovery copy still has layers: $(head -c 300 "$out/copy.nwproj")"
echo "killed after the recovery copy $(basename "$copy") was written"

# 2. Restore, save, compare.
"$app" >"$out/designer.log" 2>&1 &
pid=$!
window "Recover Project — Neuroweave" >/dev/null
type_until "Recover Project — Neuroweave" "$name* — Neuroweave" Return
type_until "$name* — Neuroweave" "$name — Neuroweave" ctrl+s
cmp "$out/copy.nwproj" "$file" || fail "the saved file differs from what the killed designer had"
echo "restored and saved: $name is byte for byte what the killed designer had"
leftover=$(find "$recovery" -type f \( -name '*.nwproj' -o -name '*.json' \) | wc -l)
((leftover == 0)) || fail "$leftover recovery files remain after the restore and save: $(ls "$recovery")"

# 3. A clean exit leaves nothing.
type_into "$name — Neuroweave" ctrl+q
status=0
wait "$pid" || status=$?
pid=
((status == 0)) || fail "neuroweave exited with $status after Ctrl+Q"
remaining=$(find "$recovery" -type f | wc -l)
((remaining == 0)) || fail "a clean exit left $remaining files in $recovery: $(ls "$recovery")"
echo "PASS"
