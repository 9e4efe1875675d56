#!/bin/sh
# Prints the test programs, one path per line, sorted: every *.py under tests/programs except
# helper modules (anything inside a directory whose name ends in _mods, which the programs
# import), plus the runnable golden programs when given --all; --mods lists the helper
# modules instead.
#   tests/programs/list.sh [--all | --mods]
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ "${1:-}" = --mods ]; then
    find "$here" -name '*.py' -path '*_mods/*' | LC_ALL=C sort
    exit
fi
{
    find "$here" -name '*.py' -not -path '*_mods/*'
    if [ "${1:-}" = --all ]; then
        find "$root/tests/golden/syntax" -maxdepth 1 -name '*.py'
    fi
} | LC_ALL=C sort
