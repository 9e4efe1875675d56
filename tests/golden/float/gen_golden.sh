#!/bin/sh
# Regenerates the float golden files in this directory from a stock MicroPython unix port
# (x86-64, the port whose output runtime/float_fmt matches), given as MICROPYTHON:
#   MICROPYTHON=/path/to/micropython [MP_WASM_MJS=.../micropython.mjs] tests/golden/float/gen_golden.sh
# gen_inputs.py writes the inputs, stock_golden.py prints stock's answers. With MP_WASM_MJS
# (the webassembly port from npm, whose long double is IEEE quad) it also writes
# wasm_KIND.txt: the lines where that port answers differently, as "LINE<tab>its line".
# Builds nothing.
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
if [ -n "${MP_WASM_MJS:-}" ]; then
    for kind in repr spec percent str complex_repr parse complex; do
        node "$here/run_wasm.mjs" "$MP_WASM_MJS" "$tmp" "$kind" > "$tmp/wasm.txt"
        python3 - "$here/$kind.txt" "$tmp/wasm.txt" > "$tmp/wasm_$kind.txt" <<'PY'
import sys
unix = open(sys.argv[1]).read().split("\n")
wasm = open(sys.argv[2]).read().split("\n")
assert len(unix) == len(wasm), "different line counts"
for i, (u, w) in enumerate(zip(unix, wasm)):
    if u != w:
        print("%d\t%s" % (i + 1, w))
PY
        mv "$tmp/wasm_$kind.txt" "$here/wasm_$kind.txt"
    done
fi
