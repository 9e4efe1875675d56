#!/bin/sh
# Regenerates the compiler's golden data from an existing stock mpy-cross (this script never
# builds one):
#   tests/golden/bytecode/NAME.mpy        from tests/golden/bytecode/NAME.py
#   tests/golden/bytecode/syntax/NAME.mpy from tests/golden/syntax/NAME.py (when mpy-cross
#                                         accepts it)
#   tests/golden/bytecode/errors/expected.txt  stock's message for each errors/NAME.py
# Each compilation runs in the source's folder with the bare file name, so the source name
# stored in the file is NAME.py. A program may carry one line `# mpy-cross: OPTIONS` with
# extra options (-O, -O3, -msmall-int-bits=N, -X no-source-lines).
#   MPY_CROSS=/path/to/mpy-cross tools/update_bytecode_golden.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
gold=$root/tests/golden/bytecode

if [ -z "${MPY_CROSS:-}" ] || [ ! -x "$MPY_CROSS" ]; then
    echo "usage: MPY_CROSS=/path/to/mpy-cross $0" >&2
    exit 2
fi
"$MPY_CROSS" --version

compile_dir() { # SRC_DIR OUT_DIR
    cd "$1"
    for py in *.py; do
        base=${py%.py}
        opts=$(sed -n 's/^# mpy-cross: //p' "$py" | head -n 1)
        # shellcheck disable=SC2086 # OPTIONS are words
        if ! "$MPY_CROSS" $opts -o "$2/$base.mpy" "$py" 2>/dev/null; then
            rm -f "$2/$base.mpy"
        fi
    done
}

compile_dir "$gold" "$gold"
mkdir -p "$gold/syntax"
rm -f "$gold/syntax"/*.mpy
compile_dir "$root/tests/golden/syntax" "$gold/syntax"

# Errors: one line per program, `NAME.py: MESSAGE` with the last line stock prints.
cd "$gold/errors"
out=$gold/errors/expected.txt
: > "$out"
for py in *.py; do
    msg=$("$MPY_CROSS" -o /dev/null "$py" 2>&1 | tail -n 1 || true)
    printf '%s: %s\n' "$py" "$msg" >> "$out"
done
echo "updated $gold"
