#!/bin/sh
# Regenerates the .mpy golden data of tests/golden/mpy from the programs in its src/ folder,
# using an existing stock mpy-cross (this script never builds one), and then the expected
# mpytool listings (.dis, .info) from them. Review the diffs before committing: the listings
# must agree with stock MicroPython's own disassembly (tools/mpytool/crosscheck.py).
#   MPY_CROSS=/path/to/mpy-cross tools/update_golden_mpy.sh [BUILD_DIR]
# BUILD_DIR (default build/) holds bin/mpytool; without it only the .mpy files are refreshed.
# A program may carry one line `# mpy-cross: OPTIONS` with extra options (-march=..., -X ...).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
gold=$root/tests/golden/mpy
build=${1:-$root/build}
[ -d "$build" ] && build=$(cd "$build" && pwd)

if [ -z "${MPY_CROSS:-}" ] || [ ! -x "$MPY_CROSS" ]; then
    echo "usage: MPY_CROSS=/path/to/mpy-cross $0 [BUILD_DIR]" >&2
    exit 2
fi
"$MPY_CROSS" --version

cd "$gold/src"
for py in *.py; do
    base=${py%.py}
    opts=$(sed -n 's/^# mpy-cross: //p' "$py" | head -n 1)
    # The source name stored in the file is the path given here: just the file name.
    # shellcheck disable=SC2086 # OPTIONS are words
    "$MPY_CROSS" $opts -o "$gold/$base.mpy" "$py"
done

tool=$build/bin/mpytool
if [ -x "$tool" ]; then
    cd "$gold"
    for mpy in *.mpy; do
        base=${mpy%.mpy}
        "$tool" dis "$mpy" > "$base.dis"
        "$tool" info "$mpy" > "$base.info"
    done
    echo "updated: .mpy, .dis and .info in $gold"
else
    echo "updated: .mpy in $gold ($tool not found: listings not refreshed)"
fi
