#!/bin/sh
# Checks the memory-ownership rule: the C heap (malloc, calloc, realloc, free, strdup, ...) is
# used only in compiler/util/ and compiler/main.c; the rest of compiler/ allocates from the unit
# arena, and runtime/ never calls the C heap at all. Comments are ignored.
# Usage: tools/check_malloc.sh [REPO_DIR]. Exit 0 clean, 1 with the offending lines listed.
set -eu
cd "${1:-$(dirname "$0")/..}"

pattern='(^|[^A-Za-z0-9_.>])(malloc|calloc|realloc|reallocarray|free|strdup|strndup|aligned_alloc|posix_memalign)[[:space:]]*\('
hits=$(
    find compiler runtime -type f \( -name '*.c' -o -name '*.h' -o -name '*.re' -o -name '*.y' \
        -o -name '*.def' \) 2>/dev/null |
    grep -v -e '^compiler/util/' -e '^compiler/main\.c$' |
    LC_ALL=C sort |
    while IFS= read -r f; do
        # Drop // comments (and the text of /* */ comments that sit on one line), then search.
        sed -e 's|//.*$||' -e 's|/\*.*\*/||g' "$f" | grep -nE "$pattern" | sed "s|^|$f:|" || true
    done
)
if [ -n "$hits" ]; then
    echo "check_malloc: the C heap is used outside compiler/util/ and compiler/main.c:" >&2
    echo "$hits" >&2
    echo "check_malloc: allocate from the unit arena (arena_alloc, vec_freeze) instead" >&2
    exit 1
fi
echo "check_malloc: ok (C heap used only in compiler/util/ and compiler/main.c)"
