#!/bin/sh
# Checks the memory-ownership rule: the C heap (malloc, calloc, realloc, free, strdup, ...) is
# used only in compiler/util/ and compiler/main.c; the rest of compiler/ allocates from the unit
# arena, and runtime/ never calls the C heap at all. Also checks that runtime/ (outside its
# ports/) calls no stdio or OS function and includes no OS header: the port layer does that.
# Comments are ignored.
# Usage: tools/check_malloc.sh [REPO_DIR]. Exit 0 clean, 1 with the offending lines listed.
set -eu
cd "${1:-$(dirname "$0")/..}"

pattern='(^|[^A-Za-z0-9_.>])(malloc|calloc|realloc|reallocarray|free|strdup|strndup|aligned_alloc|posix_memalign)[[:space:]]*\('
hits=$(
    find compiler runtime -type f \( -name '*.c' -o -name '*.h' -o -name '*.re' -o -name '*.y' \
        -o -name '*.def' \) 2>/dev/null |
    grep -v -e '^compiler/util/' -e '^compiler/main\.c$' -e '^runtime/ports/' |
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

# The runtime is portable C: no stdio, no process or OS calls, no OS headers outside ports/.
os_pattern='(^|[^A-Za-z0-9_.>])(printf|fprintf|sprintf|snprintf|vprintf|vfprintf|vsnprintf|puts|fputs|putchar|fopen|fclose|fread|fwrite|fflush|getenv|exit|abort|system|open|close|read|write|lseek|stat|time|clock_gettime|nanosleep|usleep|sleep)[[:space:]]*\(|#[[:space:]]*include[[:space:]]*<(stdio|stdlib|unistd|fcntl|time|signal|pthread|sys/[a-z_]+)\.h>'
os_hits=$(
    find runtime -type f \( -name '*.c' -o -name '*.h' -o -name '*.def' \) 2>/dev/null |
    grep -v -e '^runtime/ports/' |
    LC_ALL=C sort |
    while IFS= read -r f; do
        sed -e 's|//.*$||' -e 's|/\*.*\*/||g' "$f" | grep -nE "$os_pattern" | sed "s|^|$f:|" || true
    done
)
if [ -n "$os_hits" ]; then
    echo "check_malloc: the runtime calls the C library's stdio or the OS outside runtime/ports/:" >&2
    echo "$os_hits" >&2
    echo "check_malloc: go through the port layer (runtime/port.h) instead" >&2
    exit 1
fi
echo "check_malloc: ok (C heap used only in compiler/util/ and compiler/main.c; runtime/ calls no OS)"
