#!/usr/bin/env bash
# Sets up a Debian 12 machine for Entré, builds it, and then either opens the demo event
# ("demo") or runs the whole test suite ("test"). Safe to run again: packages that are already
# there are not installed twice, and both commands share one build folder configured the same way,
# so the second builds nothing new. "test" also builds, installs and removes the Debian package
# (tools/package_check.sh), and runs the suite under AddressSanitizer and
# UndefinedBehaviorSanitizer, and the fuzzers for a bounded time, each in a build folder of its own.
set -euo pipefail

mode=${1:-}
case "$mode" in
demo | test) ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${ENTRE_BUILD_DIR:-$here/build}"

packages=(
    # building
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qt6-translations-l10n libqrencode-dev libquazip1-qt6-dev libicu-dev libsqlite3-dev
    # fonts for the window and the badges
    fonts-dejavu-core
    # tests: a real window, screenshots, PDFs, a real print queue, the sqlite3 shell
    xvfb xauth x11-xkb-utils xdotool imagemagick poppler-utils zbar-tools cups cups-client
    printer-driver-cups-pdf
    sqlite3 clang-format
    # several desks: Qt's PostgreSQL driver, and a real PostgreSQL server for the tests
    libqt6sql6-psql postgresql-15
    # fuzzing the importers and the search query builder
    clang-15 libfuzzer-15-dev
    # the Debian package: manual pages, cpack's dependency scan, checking what it installs, and
    # what it depends on and recommends beyond the above, so that installing it needs no download
    help2man dpkg-dev file man-db desktop-file-utils appstream shared-mime-info libqt6svg6
    qt6-wayland
)

missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Warnings are errors in every build, so "demo" and "test" configure the same and share objects.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENTRE_WERROR=ON
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = demo ]; then
    exec "$build/app/gui/entre" --demo
fi

ctest --test-dir "$build" --output-on-failure --timeout 600 -LE bench
bash "$here/tools/package_check.sh" "$build"
bash "$here/tools/sanitize.sh" "${ENTRE_ASAN_BUILD_DIR:-$here/build-asan}"
bash "$here/tools/fuzz.sh" "${ENTRE_FUZZ_BUILD_DIR:-$here/build-fuzz}"
