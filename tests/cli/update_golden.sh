#!/bin/sh
# Regenerates tests/cli/golden/*.mpy with stock mpy-cross 1.29, whose path is given in
# $MPY_CROSS, from the table in tests/cli/golden/stock.txt; then review `git diff --stat`.
# The bytecode listing golden (dump.expected) is mpyc's own format: regenerate it with
#   (cd tests/cli/golden && MPYC --dump=bytecode dump.py > dump.expected)
# and review it by eye.
set -eu
: "${MPY_CROSS:?set MPY_CROSS to a stock mpy-cross 1.29}"
cd "$(dirname "$0")/golden"
grep -v '^#' stock.txt | while read -r out flags; do
    [ -n "$out" ] || continue
    # shellcheck disable=SC2086 # the flags are words
    "$MPY_CROSS" $flags -o "$out" march.py
done
"$MPY_CROSS" -o stdin.mpy - < march.py
echo "update_golden: wrote $(grep -cv '^#' stock.txt) files and stdin.mpy"
