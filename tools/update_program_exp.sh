#!/bin/sh
# Regenerates the stored expected output NAME.py.exp of test programs by running their source on
# stock MicroPython 1.29 (the pinned npm package behind tests/oracle/oracle.sh; nothing is built).
# Without arguments it rewrites the .exp of every program under tests/programs (all areas) that
# already has one; programs without a .exp are compared with CPython and get none. Programs given
# as arguments get a .exp whether they had one or not: that is how a program that differs from
# CPython on purpose gets its first one. A program whose run ends in an exception, a crash or a
# timeout gets no new .exp (its old one is kept) and makes the script exit 1. A file is rewritten
# only when its contents change. Helper modules in NAME_mods/ are provided as in the tests (see
# the top of tests/oracle/mp-oracle.mjs).
#   tools/update_program_exp.sh [PROGRAM.py...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
oracle=$root/tests/oracle/oracle.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

if [ $# -gt 0 ]; then
    for py in "$@"; do
        case $py in
            *.py) [ -f "$py" ] || { echo "no such program: $py" >&2; exit 2; } ;;
            *) echo "not a program: $py" >&2; exit 2 ;;
        esac
        (cd "$(dirname "$py")" && echo "$(pwd)/$(basename "$py")")
    done
else
    for py in $("$root/tests/programs/list.sh"); do
        [ -f "$py.exp" ] && echo "$py"
    done
fi | LC_ALL=C sort -u >"$tmp/list"
if [ ! -s "$tmp/list" ]; then
    echo "no program has a .exp; name the programs to create one for" >&2
    exit 0
fi

# The oracle names its outputs by base name, so each directory gets its own run.
status=0
n=0
for dir in $(sed 's|/[^/]*$||' "$tmp/list" | uniq); do
    out=$tmp/out
    rm -rf "$out"
    files=$(awk -v d="$dir/" 'index($0, d) == 1 && index(substr($0, length(d) + 1), "/") == 0' \
        "$tmp/list")
    rc=0
    # shellcheck disable=SC2086 # one word per program path
    "$oracle" --source --quiet --out "$out" --json "$tmp/run.json" $files >/dev/null 2>"$tmp/err" || rc=$?
    if [ "$rc" -ne 0 ] || [ ! -f "$tmp/run.json" ]; then
        cat "$tmp/err" >&2
        echo "the oracle did not run (exit $rc)" >&2
        exit 1
    fi
    # One line "STATUS FILE" per program.
    node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
        for (const x of r) console.log(x.status + " " + x.file);' "$tmp/run.json" >"$tmp/status"
    while read -r st py; do
        name=$(basename "$py" .py)
        case $st in
            ok | exit)
                if [ -f "$py.exp" ] && cmp -s "$out/$name.out" "$py.exp"; then
                    :
                else
                    cp "$out/$name.out" "$py.exp"
                    echo "wrote ${py#"$root/"}.exp"
                fi
                n=$((n + 1))
                ;;
            *)
                echo "${py#"$root/"}: $st on MicroPython; .exp not written:" >&2
                sed 's/^/    /' "$out/$name.out" >&2
                status=1
                ;;
        esac
    done <"$tmp/status"
    rm -f "$tmp/run.json"
done
echo "$n .exp files up to date"
exit $status
