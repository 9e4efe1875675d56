#!/bin/sh
# Formats the project's C sources with .clang-format (pinned to clang-format 14, Debian 12's).
#   tools/format.sh            rewrite files in place
#   tools/format.sh --check    list files that differ and exit 1; exit 77 if clang-format 14 is
#                              missing (other versions format differently), 0 when all match
# Files: the committed *.c and *.h (git ls-files), or all of them outside build*/ without git.
# Generated sources (build dirs) and the re2c/Bison inputs are not touched.
set -eu
cd "$(dirname "$0")/.."

check=0
case "${1:-}" in
    --check) check=1 ;;
    "") ;;
    *) echo "usage: tools/format.sh [--check]" >&2; exit 2 ;;
esac

cf=${CLANG_FORMAT:-}
if [ -z "$cf" ]; then
    for c in clang-format-14 clang-format; do
        if command -v "$c" >/dev/null 2>&1; then cf=$c; break; fi
    done
fi
version=$([ -n "$cf" ] && "$cf" --version 2>/dev/null || true)
case "$version" in
    *"clang-format version 14."*) ;;
    *)
        echo "format: clang-format 14 not found (${version:-none}); apt-get install clang-format" >&2
        [ "$check" = 1 ] && exit 77
        exit 2 ;;
esac

list_files() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -- '*.c' '*.h'
    else
        find . -path './build*' -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print |
            sed 's|^\./||'
    fi | grep -v -e '^tests/oracle/node_modules/' | LC_ALL=C sort
}

if [ "$check" = 0 ]; then
    list_files | while IFS= read -r f; do [ -f "$f" ] && "$cf" -i --style=file "$f"; done
    exit 0
fi
bad=$(list_files | while IFS= read -r f; do
    [ -f "$f" ] || continue
    "$cf" --style=file "$f" | cmp -s - "$f" || echo "$f"
done)
if [ -n "$bad" ]; then
    echo "format: these files differ from .clang-format (run tools/format.sh):" >&2
    echo "$bad" | sed 's/^/  /' >&2
    exit 1
fi
echo "format: ok ($(list_files | wc -l | tr -d ' ') files)"
