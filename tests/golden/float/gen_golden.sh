#!/bin/sh
# Regenerates the float golden files in this directory from a stock MicroPython unix port
# (x86-64, the port whose output runtime/float_fmt matches), given as MICROPYTHON:
#   MICROPYTHON=/path/to/micropython tests/golden/float/gen_golden.sh
# gen_inputs.py writes the inputs, stock_golden.py prints stock's answers. Builds nothing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
: "${MICROPYTHON:?set MICROPYTHON to a stock MicroPython unix port binary}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_inputs.py" "$tmp"
for kind in repr spec percent str complex_repr parse complex; do
    "$MICROPYTHON" -X heapsize=64M "$here/stock_golden.py" "$tmp" "$kind" > "$tmp/$kind.txt"
    mv "$tmp/$kind.txt" "$here/$kind.txt"
done
