#!/usr/bin/env bash
# The examples as a package installs them: `cmake --install` of the build into a fresh prefix, then
# every installed example must validate with the installed neuroweave-cli, its data included (the
# CSV example reads examples/data/fruit.csv beside it).
#   installed_examples_test.sh BUILD_DIR OUT_DIR
set -euo pipefail

build=$1
prefix=$2/prefix
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cli=$prefix/bin/neuroweave-cli
examples=$prefix/share/neuroweave/examples
[[ -x $cli ]] || fail "$cli was not installed"
count=0
for project in "$examples"/*.nwproj; do
    "$cli" validate "$project" >/dev/null || fail "the installed $(basename "$project") does not validate"
    count=$((count + 1))
done
((count >= 5)) || fail "only $count examples were installed in $examples"
echo "PASS: $count installed examples validate with their data"
