#!/usr/bin/env bash
# Runs the whole test suite:
#  1. a clang libFuzzer build (build-fuzz/, ASan + UBSan) and its fuzz_front and fuzz_compile
#     tests: a bounded fuzzing run of each from the seeds and a replay of every saved input;
#  2. a sanitizer build (build-asan/: gcc, Debug, ASan + UBSan, warnings as errors) and CTest
#     there: unit, golden, oracle, fuzz-corpus and stress tests, the malloc and format checks;
#  3. a Release build (build-release/) of mpyc and mpyrun and the program suite under gc-stress
#     there (optimised code keeps references where -O0 code does not).
# Installs missing packages first (tools/setup.sh --deps-only), so it also works in a fresh clone.
# Environment: MPYC_JOBS (default 2), MPYC_FUZZ_SECONDS (default: the build's, 60),
# MPYC_SKIP_FUZZ=1 skips step 1. Exit status: 0 when every test passed, non-zero otherwise.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
jobs=${MPYC_JOBS:-2}

bash tools/setup.sh --deps-only

# Leaks are errors; UBSan prints a stack and stops at the first finding.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0

if [ "${MPYC_SKIP_FUZZ:-0}" = 1 ]; then
    echo "== libFuzzer build skipped (MPYC_SKIP_FUZZ=1)"
elif ! grep -qs 'fuzz_front' tests/fuzz/CMakeLists.txt; then
    echo "== libFuzzer build skipped (no fuzz_front harness in tests/fuzz)"
else
    echo "== libFuzzer build into build-fuzz/ (clang, ASan + UBSan)"
    fuzz_args=()
    [ -n "${MPYC_FUZZ_SECONDS:-}" ] && fuzz_args+=("-DMPYC_FUZZ_SECONDS=$MPYC_FUZZ_SECONDS")
    CC=clang cmake -S "$root" -B "$root/build-fuzz" -DCMAKE_BUILD_TYPE=Debug -DMPYC_FUZZ=ON \
        -DMPYC_SANITIZE=ON -DMPYC_WERROR=ON -DMPYC_TESTS=OFF "${fuzz_args[@]}"
    cmake --build "$root/build-fuzz" -j"$jobs" --target fuzz_front fuzz_compile
    # The replays of the saved inputs (fuzz_*_replay) run in the sanitizer build below.
    echo "== ctest -R '^fuzz_(front|compile)_(smoke|regressions)' in build-fuzz/"
    (cd "$root/build-fuzz" &&
        ctest --output-on-failure -R '^fuzz_(front|compile)_(smoke|regressions)$' \
            --no-tests=error) || status=1
fi

echo "== sanitizer build into build-asan/ (gcc, Debug, ASan + UBSan, -Werror)"
cmake -S "$root" -B "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug \
      -DMPYC_SANITIZE=ON -DMPYC_WERROR=ON
cmake --build "$root/build-asan" -j"$jobs"

echo "== ctest in build-asan/"
(cd "$root/build-asan" && ctest --output-on-failure -j"$jobs" --timeout 600) || status=1

# A conservative collector misses references that exist only in optimised code (a cursor one
# past a buffer, a register), which -O0 never produces: the programs under gc-stress once more
# in a Release build of the two programs they need.
echo "== Release build into build-release/ (mpyc, mpyrun) and the gc-stress program run"
cmake -S "$root" -B "$root/build-release" -DCMAKE_BUILD_TYPE=Release
cmake --build "$root/build-release" -j"$jobs" --target mpyc mpyrun
(cd "$root/build-release" &&
    ctest --output-on-failure -R '^programs_mpyrun_gc_stress$' --no-tests=error) || status=1

[ "$status" = 0 ] || echo "test.sh: FAILED (see the fuzz and ctest reports above)" >&2
exit "$status"
