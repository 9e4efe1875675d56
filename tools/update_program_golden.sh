#!/bin/sh
# Regenerates tests/golden/programs/AREA/NAME.mpy from tests/programs/AREA/NAME.py with an
# existing stock mpy-cross (this script never builds one). Each program is compiled in its own
# directory under its bare file name, so the source name stored in the file is NAME.py. A
# program may carry one line `# mpy-cross: -OPTIONS` with extra options (they start with -). Programs stock rejects
# get no golden file. Helper modules (AREA/NAME_mods/PATH.py) are compiled in NAME_mods under
# their path relative to it, as the oracle compiles them.
#   MPY_CROSS=/path/to/mpy-cross tools/update_program_golden.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
gold=$root/tests/golden/programs
if [ -z "${MPY_CROSS:-}" ] || [ ! -x "$MPY_CROSS" ]; then
    echo "usage: MPY_CROSS=/path/to/mpy-cross $0" >&2
    exit 2
fi
"$MPY_CROSS" --version
rm -rf "$gold"
n=0
for py in $("$root/tests/programs/list.sh") $("$root/tests/programs/list.sh" --mods); do
    rel=${py#"$root/tests/programs/"}
    out=$gold/${rel%.py}.mpy
    mkdir -p "$(dirname "$out")"
    opts=$(sed -n 's/^# mpy-cross: \(-.*\)/\1/p' "$py" | head -n 1)
    case $py in
        *_mods/*) dir=${py%_mods/*}_mods name=${py#"$dir/"} ;;
        *) dir=$(dirname "$py") name=$(basename "$py") ;;
    esac
    # shellcheck disable=SC2086 # OPTIONS are words
    if (cd "$dir" && "$MPY_CROSS" $opts -o "$out" "$name" 2>/dev/null); then
        n=$((n + 1))
    else
        rm -f "$out"
        echo "stock mpy-cross rejects $rel" >&2
    fi
done
echo "wrote $n golden files under $gold"
