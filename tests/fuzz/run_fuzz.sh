#!/bin/sh
# Fuzzes the front end for a bounded time (one job, one process).
# Usage: run_fuzz.sh FUZZER WORKDIR SECONDS INPUT_DIR...
# New interesting inputs collect in WORKDIR/corpus (kept between runs); a crashing input is
# written to WORKDIR/artifacts/ and the script exits non-zero with libFuzzer's report.
# Extra libFuzzer flags may be given in MPYC_FUZZ_FLAGS (e.g. -seed=1 -only_ascii=1).
set -eu
fuzzer=$1 work=$2 seconds=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work/corpus" "$work/artifacts"
# shellcheck disable=SC2086
exec "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=16384 \
    -dict="$here/python.dict" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
    ${MPYC_FUZZ_FLAGS:-} "$work/corpus" "$@"
