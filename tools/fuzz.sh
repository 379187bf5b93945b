#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-15 (ASan + UBSan) and runs each for a
# bounded time. Any crash, leak, timeout or allocation over the RSS limit is a finding: the
# input is kept under <build>/fuzz-findings/<target>/ and the script exits non-zero.
#   tools/fuzz.sh [BUILD_DIR]    (default: $ENTRE_FUZZ_BUILD_DIR, else <repo>/build-fuzz)
#   FUZZ_SECONDS=60              time per target
#   FUZZ_TARGETS="fuzz_text ..." the targets to run (default: all)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-${ENTRE_FUZZ_BUILD_DIR:-$here/build-fuzz}}"
seconds="${FUZZ_SECONDS:-60}"
targets=(${FUZZ_TARGETS:-fuzz_text fuzz_xlsx fuzz_ods fuzz_headers fuzz_ftsquery})
data="$here/tests/data"

for tool in clang++-15 cmake ninja; do
    command -v "$tool" >/dev/null || {
        echo "fuzz.sh: $tool is missing (apt-get install clang-15 libfuzzer-15-dev cmake ninja-build)" >&2
        exit 2
    }
done

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-15 -DENTRE_FUZZ=ON -DENTRE_WERROR=OFF \
    -DENTRE_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --parallel "${FUZZ_JOBS:-2}" --target "${targets[@]}"

# The seed files of each target: real exports, and every finding kept as a regression file.
seeds() {
    case "$1" in
    fuzz_text) echo "$data/import" "$data/import/limits" "$data/samples" "$data/search" "$data/fuzz/fuzz_text" ;;
    fuzz_xlsx) echo "$data/import" "$data/import/limits" "$data/samples" "$data/fuzz/fuzz_xlsx" ;;
    fuzz_ods) echo "$data/import" "$data/import/limits" "$data/fuzz/fuzz_ods" ;;
    fuzz_headers) echo "$data/import" "$data/search" "$data/fuzz/fuzz_headers" ;;
    fuzz_ftsquery) echo "$data/search" "$data/fuzz/fuzz_ftsquery" ;;
    esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target"
    findings="$build/fuzz-findings/$target"
    mkdir -p "$corpus" "$findings"
    # Seeds: the files of each folder itself (not below it), small enough to mutate quickly.
    seeded="$build/fuzz-seeds/$target"
    rm -rf "$seeded"
    mkdir -p "$seeded"
    for dir in $(seeds "$target"); do
        if [ -d "$dir" ]; then
            find "$dir" -maxdepth 1 -type f -size -64k -exec cp {} "$seeded/" \;
        fi
    done
    # Longer inputs are cut: a zip needs room, text shows its bugs in a few KB and runs faster.
    max_len=16384
    case "$target" in fuzz_xlsx | fuzz_ods) max_len=65536 ;; esac
    echo "== $target: ${seconds}s"
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -malloc_limit_mb=2048 -timeout=10 -max_len="$max_len" -print_final_stats=1 \
        -artifact_prefix="$findings/" "$corpus" "$seeded" \
        >"$build/fuzz-$target.log" 2>&1; then
        echo "FINDING in $target: see $build/fuzz-$target.log and $findings/" >&2
        tail -40 "$build/fuzz-$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|cov: " "$build/fuzz-$target.log" | tail -2
    fi
done
exit $status
