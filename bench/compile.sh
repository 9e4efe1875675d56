#!/usr/bin/env bash
# Compiler benchmark (issue 3): builds mpyc and bench_compile (Release, no sanitizers) into
# build-bench/ and prints, measured side by side in one run, mpyc against stock mpy-cross:
# one process per file, batch mode (one process for all files), in-process MiB/s with the time
# per stage, and peak memory, each with the issue's goal and PASS or MISS.
#   MPY_CROSS=/path/to/mpy-cross bench/compile.sh [DIR|FILE...]
# Corpus: the arguments, else $MPYC_BENCH_CORPUS (directories separated by ':'; the word
# 'default' stands for the default corpus), else the default corpus: tests/programs,
# tests/golden/syntax and tests/golden/bytecode. Only files stock mpy-cross accepts count.
# Without MPY_CROSS the comparisons are skipped and mpyc's own figures printed.
# Environment: MPYC_BENCH_ARGS adds bench_compile options (--rounds N, --trials N,
# --min-time S); MPYC_JOBS (default 2) for the build.
# Timings are recorded, not gated: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
build=$root/build-bench

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMPYC_TESTS=OFF >/dev/null
cmake --build "$build" -j"${MPYC_JOBS:-2}" --target mpyc bench_compile >/dev/null

if [ $# -eq 0 ] && [ -n "${MPYC_BENCH_CORPUS:-}" ]; then
    IFS=: read -r -a dirs <<<"$MPYC_BENCH_CORPUS"
    for d in "${dirs[@]}"; do
        if [ "$d" = default ]; then
            set -- "$@" "$root/tests/programs" "$root/tests/golden/syntax" \
                "$root/tests/golden/bytecode"
        elif [ -n "$d" ]; then
            set -- "$@" "$d"
        fi
    done
fi
echo "mpyc $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), $(uname -m)," \
     "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo 'cpu ?')," \
     "load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
# shellcheck disable=SC2086
exec "$build/bench/bench_compile" ${MPYC_BENCH_ARGS:-} --mpyc "$build/bin/mpyc" "$@"
