#!/usr/bin/env bash
# Builds Entré with AddressSanitizer and UndefinedBehaviorSanitizer (g++, -O1, ccache) and runs the
# whole test suite but the benchmarks under them. Any finding, in a test or in a program a test
# starts, fails the run.
# Usage: tools/sanitize.sh [BUILD_DIR]   (default: $ENTRE_ASAN_BUILD_DIR, else <repo>/build-asan)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-${ENTRE_ASAN_BUILD_DIR:-$here/build-asan}}")
suppressions="$here/tests/sanitizers"
reports="$build/sanitizer-reports"

if ! command -v ccache >/dev/null 2>&1; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends ccache
fi

started=$SECONDS
# Debug keeps Q_ASSERT on; -O1 keeps the run fast enough, -g1 gives line numbers in stacks.
cmake -S "$here" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=g++ \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DENTRE_SANITIZE=ON \
    -DENTRE_WERROR=ON \
    -DENTRE_BUILD_BENCHMARKS=OFF
cmake --build "$build" --parallel "$(nproc)"
built=$SECONDS

# Every program we build must carry the sanitizers, or a finding in it would pass unseen.
unsanitized=()
while IFS= read -r -d '' file; do
    if readelf -h "$file" >/dev/null 2>&1 && ! readelf -d "$file" | grep -q 'libasan\.so'; then
        unsanitized+=("${file#"$build"/}")
    fi
done < <(find "$build" -path "$build/CMakeFiles" -prune -o -type f -perm -u+x -print0)
if [ ${#unsanitized[@]} -gt 0 ]; then
    echo "FAIL: built without the sanitizers (link entre_options): ${unsanitized[*]}" >&2
    exit 1
fi

# ASan and LSan reports go to files as well, so a finding in a program whose exit code a test does
# not look at still fails the run. GCC's UBSan ignores log_path beside ASan, so its reports are
# found in the full test log; its own exit code keeps an expected "exit 1" from hiding one.
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="halt_on_error=1:exitcode=86:detect_leaks=1:log_path=$reports/report:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:exitcode=87:print_stacktrace=1:suppressions=$suppressions/ubsan.supp"

log="$build/Testing/Temporary/LastTest.log"
rm -f "$log"
status=0
ctest --test-dir "$build" --output-on-failure --timeout 900 -LE bench || status=$?
tested=$SECONDS

shopt -s nullglob
found=("$reports"/report.*)
for report in "${found[@]}"; do
    echo "=== $report"
    cat "$report"
done
pattern='runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer'
undefined=0
[ -f "$log" ] && undefined=$(grep -cE "$pattern" "$log" || true)
if [ "$undefined" -gt 0 ]; then
    echo "=== findings in $log"
    grep -E -B2 -A12 "$pattern" "$log"
fi
echo "sanitize: configure+build $((built - started)) s, tests $((tested - built)) s," \
    "$((${#found[@]} + undefined)) sanitizer finding(s), ctest exit $status"
[ ${#found[@]} -eq 0 ] && [ "$undefined" -eq 0 ] && [ $status -eq 0 ]
