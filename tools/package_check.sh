#!/usr/bin/env bash
# Checks the Debian package as a user would meet it: builds it with cpack from a build folder,
# installs it with apt-get, runs both programs from where the package put them (the command line
# on the demo list, the window on the demo event under Xvfb, with a screenshot), validates the
# desktop file and the AppStream metainfo, checks that every library and Qt plugin the programs
# load belongs to a package that Depends brings, then removes the package and checks that none
# of its files is left. Installs and removes the package "entre" system-wide: an "entre" that is
# already installed is removed first.
#
# usage: tools/package_check.sh BUILD_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
app_id=io.github.entre_desk.Entre
out="$build/package-check"
sample="$here/resources/demo/attendees.csv"

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
for tool in cpack dpkg-deb apt-get apt-cache desktop-file-validate appstreamcli Xvfb xdotool \
    import convert file man; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing: run tools/quickstart.sh test once" >&2
        exit 2
    }
done

passed=0
failed=0
pass() {
    passed=$((passed + 1))
    echo "  ok: $*"
}
fail() {
    failed=$((failed + 1))
    echo "  FAILED: $*" >&2
}
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@" >"$work/last.log" 2>&1; then
        pass "$what"
    else
        fail "$what"
        sed 's/^/    /' "$work/last.log" >&2
    fi
}

work=$(mktemp -d)
xvfb_pid=
app_pid=
installed_by_us=false
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    if $installed_by_us; then
        "${sudo[@]}" apt-get remove -y entre >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== Building the package"
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out/cpack" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb=$(ls "$out"/cpack/entre_*.deb)
cp "$deb" "$out/"
deb="$out/$(basename "$deb")"
dpkg-deb --field "$deb"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB;" \
    "installed: $(dpkg-deb --field "$deb" Installed-Size) KiB"
for ddeb in "$out"/cpack/entre-dbgsym_*.ddeb; do
    if [ -e "$ddeb" ]; then
        echo "debug symbols: $(basename "$ddeb"), $(du -k "$ddeb" | cut -f1) KiB"
    fi
done
version=$(dpkg-deb --field "$deb" Version)
depends=$(dpkg-deb --field "$deb" Depends)

echo "== What the package holds"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/entre /usr/bin/entre-cli "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/mime/packages/$app_id.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" /usr/share/man/man1/entre.1.gz \
    /usr/share/man/man1/entre-cli.1.gz /usr/share/doc/entre/copyright; do
    check "holds $path" grep -qx "$path" "$work/contents"
done
check "Depends has the SQLite driver" grep -q 'libqt6sql6-sqlite' <<<"$depends"
check "Recommends Qt's translations" grep -q 'qt6-translations-l10n' \
    <<<"$(dpkg-deb --field "$deb" Recommends)"
check "no placeholder in the control fields" bash -c "! dpkg-deb --field '$deb' | grep -qi example"
mkdir -p "$work/unpacked"
dpkg-deb --extract "$deb" "$work/unpacked"
for binary in entre entre-cli; do
    check "$binary is stripped, without debug info" bash -c \
        "file '$work/unpacked/usr/bin/$binary' | grep -q ', stripped' &&
         ! file '$work/unpacked/usr/bin/$binary' | grep -q debug_info"
done

echo "== Installing"
if dpkg-query -W -f='${db:Status-Status}' entre 2>/dev/null | grep -q '^installed$'; then
    echo "entre is installed already: removing it first"
    "${sudo[@]}" apt-get remove -y entre >/dev/null
fi
(cd "$out" && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y \
    "./$(basename "$deb")") >"$out/install.log" 2>&1 || {
    cat "$out/install.log" >&2
    exit 1
}
installed_by_us=true
dpkg -L entre | sort >"$out/installed-files"
pass "installed $(wc -l <"$out/installed-files") paths"

# A user's own home, so that no setting or demo event of the machine's user is used or touched.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
export ENTRE_LANG=en

echo "== The command line, installed"
check "entre-cli is the installed one" test "$(command -v entre-cli)" = /usr/bin/entre-cli
check "entre-cli --version says $version" test "$(/usr/bin/entre-cli --version)" = "entre-cli $version"
event="$work/check.entre"
check "entre-cli new" /usr/bin/entre-cli new "$event" --name "Package check" --date 2026-12-02
check "entre-cli import of the demo list" /usr/bin/entre-cli import "$event" "$sample"
rows=$(($(wc -l <"$sample") - 1))
LD_DEBUG=libs LD_DEBUG_OUTPUT="$work/cli-loaded" /usr/bin/entre-cli list "$event" >"$work/list.txt"
check "entre-cli list shows all $rows people" test "$(grep -c . "$work/list.txt")" -ge "$rows"
check "entre-cli list shows Linnea Lundgren" grep -q "Lundgren" "$work/list.txt"
check "man entre and man entre-cli" man -w entre entre-cli

echo "== The window, installed, under Xvfb"
display=
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
        display=":$n"
        break
    fi
done
Xvfb "$display" -screen 0 1200x760x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do
    xdotool getmouselocation >/dev/null 2>&1 && break
    sleep 0.1
done
check "entre --version says $version" bash -c "/usr/bin/entre --version | grep -qx 'Entre $version'"
/usr/bin/entre --demo >"$work/entre.log" 2>&1 &
app_pid=$!
if window=$(timeout 30 xdotool search --sync --onlyvisible --name "Digitala" | head -n 1) &&
    [ -n "$window" ]; then
    pass "the installed app opened the demo event"
    sleep 2
    import -window root "$out/installed-app.png"
    colours=$(convert "$out/installed-app.png" -format '%k' info:)
    check "the screenshot shows a window ($colours colours): $out/installed-app.png" \
        test "$colours" -gt 16
    grep '\.so' "/proc/$app_pid/maps" | awk '{print $6}' | sort -u >"$work/gui-loaded"
else
    fail "the installed app did not open the demo event"
    sed 's/^/    /' "$work/entre.log" >&2
    : >"$work/gui-loaded"
fi
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=

echo "== Every library and Qt plugin loaded belongs to a package Depends brings"
# Depends and everything it depends on, as apt sees it.
mapfile -t depends_names < <(sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$depends" | tr -d ' ' | grep .)
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${depends_names[@]}" 2>/dev/null |
    grep -v '^ ' | sed 's/:.*//' | sort -u >"$work/closure"
cat "$work"/cli-loaded.* 2>/dev/null | sed -n 's/.*calling init: \(\/.*\)$/\1/p' >"$work/loaded"
cat "$work/gui-loaded" >>"$work/loaded"
sort -u "$work/loaded" -o "$work/loaded"
# libX11 loads libXcursor (and with it libXrender) when it is there, for themed mouse pointers,
# and does without it: not a dependency of Entré.
optional="libxcursor1 libxrender1"
# The package a loaded file belongs to, asked of dpkg once for all. With /lib merged into
# /usr/lib, a library that dpkg knows as /lib/x86_64-linux-gnu/libc.so.6 is mapped as
# /usr/lib/x86_64-linux-gnu/libc.so.6.
declare -A owners
while read -r library; do
    printf '%s\n%s\n%s\n' "$library" "$(readlink -f "$library")" "${library#/usr}"
done <"$work/loaded" | sort -u >"$work/candidates"
while IFS= read -r line; do
    [[ $line == diversion* ]] || owners["${line#*: }"]=${line%%[:,]*}
done < <(xargs -d '\n' dpkg -S <"$work/candidates" 2>/dev/null || true)
owner_of() {
    local candidate
    for candidate in "$1" "$(readlink -f "$1")" "${1#/usr}"; do
        if [ -n "${owners[$candidate]:-}" ]; then
            echo "${owners[$candidate]}"
            return
        fi
    done
}
plugins=0
while read -r library; do
    owner=$(owner_of "$library")
    if [ "$owner" = entre ] || [[ " $optional " == *" $owner "* ]]; then
        continue
    fi
    case "$library" in */qt6/plugins/*) plugins=$((plugins + 1)) ;; esac
    if [ -z "$owner" ] || ! grep -qx "$owner" "$work/closure"; then
        fail "$library is loaded, but its package (${owner:-none}) is not brought by Depends"
    fi
done <"$work/loaded"
check "$(wc -l <"$work/loaded") libraries checked, $plugins of them Qt plugins" test "$plugins" -gt 0
check "the SQLite driver was among them" grep -q 'sqldrivers/libqsqlite.so' "$work/loaded"

echo "== Desktop integration"
check "desktop-file-validate" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --strict \
    "/usr/share/metainfo/$app_id.metainfo.xml"
check "the desktop file opens .entre files" \
    grep -q '^MimeType=application/x-entre-event;' "/usr/share/applications/$app_id.desktop"
check "the MIME type is registered" test -e /usr/share/mime/application/x-entre-event.xml
check "the app is in the MIME cache" \
    grep -q "application/x-entre-event=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache
check "the icon is installed" test -e "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

echo "== Removing"
"${sudo[@]}" apt-get remove -y entre >"$out/remove.log" 2>&1
installed_by_us=false
check "dpkg knows entre no more" bash -c \
    "! dpkg-query -W -f='\${db:Status-Status}' entre 2>/dev/null | grep -qv '^not-installed$'"
left=0
while read -r path; do
    [ -e "$path" ] || continue
    # A folder that another package also uses (/usr/bin, /usr/share/man/man1) stays.
    if [ -d "$path" ] && dpkg -S "$path" >/dev/null 2>&1; then
        continue
    fi
    fail "left behind: $path"
    left=$((left + 1))
done <"$out/installed-files"
check "none of the $(wc -l <"$out/installed-files") installed paths is left" test "$left" -eq 0
check "the MIME type is gone" test ! -e /usr/share/mime/application/x-entre-event.xml
check "the MIME cache forgot the app" bash -c \
    "! grep -qs '$app_id' /usr/share/applications/mimeinfo.cache"

echo "package check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
