#!/usr/bin/env bash
# Runs the whole test suite: a sanitizer build (ASan + UBSan, warnings as errors) in build-asan/
# and CTest there (unit, golden, oracle and fuzz-corpus tests, the malloc and format checks).
# Installs missing packages first (tools/setup.sh --deps-only), so it also works in a fresh
# clone. Exit status: 0 when every test passed, non-zero otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
jobs=${MPYC_JOBS:-2}

bash tools/setup.sh --deps-only

# Leaks are errors; UBSan prints a stack and stops at the first finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

echo "== sanitizer build into build-asan/ (Debug, ASan + UBSan, -Werror)"
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug \
      -DMPYC_SANITIZE=ON -DMPYC_WERROR=ON
cmake --build "$root/build-asan" -j"$jobs"

echo "== ctest in build-asan/"
cd "$root/build-asan"
ctest --output-on-failure -j"$jobs" --timeout 600
