#!/usr/bin/env bash
# Front-end benchmark: builds mpyc and bench_front (Release, no sanitizers) into build-bench/
# and prints lex / lex+parse / lex+parse+check throughput over a corpus of .py files, in process
# on one core, then `mpyc --syntax-only` timed one process per file.
#   bench/run.sh [DIR|FILE...]     corpus (default: tests/golden); e.g. a micropython-lib checkout
# Environment: MPY_CROSS=/path/to/mpy-cross also times stock mpy-cross one process per file over
# the same corpus and prints the ratios; MPYC_BENCH_ARGS adds bench_front options
# (--min-time S, --trials N); MPYC_JOBS (default 2) for the build.
# Timings are recorded, not gated: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
build=$root/build-bench

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DMPYC_TESTS=OFF >/dev/null
cmake --build "$build" -j"${MPYC_JOBS:-2}" --target mpyc bench_front >/dev/null

[ $# -gt 0 ] || set -- "$root/tests/golden"
echo "mpyc $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?'), $(uname -m)," \
     "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo 'cpu ?')"
# shellcheck disable=SC2086
exec "$build/bench/bench_front" ${MPYC_BENCH_ARGS:-} --mpyc "$build/bin/mpyc" "$@"
