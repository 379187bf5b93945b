#!/usr/bin/env bash
# Makes the user guide's screenshots, docs/guide/images/{sv,en}/*.png, from the demo event in a
# real window under Xvfb, driven with xdotool and taken with ImageMagick's import, so that the
# pictures show the program as it is. Run it again after changing what they show.
#
# usage: tools/guide_screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
#   BUILD_DIR   a build folder with app/gui/entre (default: build)
#   OUTPUT_DIR  where the sv/ and en/ folders go (default: docs/guide/images)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
out=${2:-$here/docs/guide/images}
entre="$build/app/gui/entre"
[ -x "$entre" ] || {
    echo "no $entre: build first" >&2
    exit 2
}
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing (packages xvfb, xdotool, imagemagick)" >&2
        exit 2
    }
done

work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A display of our own, and a home of our own: a fresh demo event and no settings from the user.
display=
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
        display=":$n"
        break
    fi
done
[ -n "$display" ] || {
    echo "no free X display between :90 and :140" >&2
    exit 1
}
Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 50); do
    xdotool getmouselocation >/dev/null 2>&1 && break
    sleep 0.1
done
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
cp "$here/resources/demo/attendees.csv" "$work/registrations.csv"

# Waits for a visible window whose title matches, and prints its id.
window() {
    timeout 20 xdotool search --sync --onlyvisible --name "$1" | head -n 1
}

# Keys to the window that has the focus, then a moment for the window to follow.
keys() {
    xdotool key --delay 60 "$@"
    sleep 0.6
}

# Saves a window as a small PNG, at most 800 pixels wide so that it fits the guide's window:
# 256 colours are plenty for a program's window.
shoot() {
    local id=$1 name=$2
    sleep 0.8
    import -window "$id" "$work/shot.png"
    convert "$work/shot.png" -resize '800x>' -strip -colors 256 "PNG8:$out/$lang/$name.png"
    echo "$out/$lang/$name.png: $(stat -c %s "$out/$lang/$name.png") bytes"
}

# Without a window manager, a closed dialog does not hand the keyboard back by itself.
back_to_main() {
    sleep 0.5
    xdotool windowfocus --sync "$main"
    sleep 0.5
}

# Opens a dialog with a menu's mnemonic and one of its items' keys, shoots it and closes it.
dialog() {
    local title=$1 name=$2
    shift 2
    keys "$@"
    local id
    id=$(window "$title")
    xdotool windowfocus --sync "$id"
    shoot "$id" "$name"
    keys Escape
    back_to_main
}

for lang in sv en; do
    mkdir -p "$out/$lang"
    rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
    mkdir -p "$XDG_CONFIG_HOME/Entre"
    station=$([ "$lang" = sv ] && echo "Disk 1" || echo "Desk 1")
    printf '[desk]\nstation=%s\n' "$station" >"$XDG_CONFIG_HOME/Entre/Entre.conf"
    ENTRE_LANG=$lang "$entre" --demo >"$work/entre-$lang.log" 2>&1 &
    app_pid=$!
    main=$(window "Entré\$")
    xdotool windowmove "$main" 0 0 windowsize "$main" 960 620 windowfocus --sync "$main"
    sleep 1

    # The desk: five people checked in by their codes, then a name being typed.
    for code in DV16-001 DV16-014 DV16-027 DV16-040 DV16-052; do
        xdotool type --delay 80 "$code"
        keys Return
    done
    xdotool type --delay 80 "lund"
    sleep 0.8
    shoot "$main" desk

    if [ "$lang" = sv ]; then
        file=alt+a
        import_title="Importera anmälningar" settings_title="Inställningar för namnbrickor"
        calibration_title="Kalibrera skrivaren" batch_title="Skriv ut namnbrickor"
        settings_key=i calibration_key=k
        # "Skriv ut &flera" and "&Förhandsgranska" share F: the first F highlights, Return opens.
        batch_keys=(f Return)
    else
        file=alt+f
        import_title="Import Registrations" settings_title="Badge settings"
        calibration_title="Calibrate the badge printer" batch_title="Print badges"
        settings_key=s calibration_key=c
        batch_keys=(b)
    fi
    keys Escape

    # The import wizard's second page, with the demo list's columns matched.
    keys "$file" i
    wizard=$(window "$import_title")
    xdotool windowfocus --sync "$wizard"
    xdotool type --delay 5 "$work/registrations.csv"
    sleep 0.3
    keys Return
    sleep 1.5
    shoot "$wizard" import
    keys Escape
    back_to_main

    # The Badges menu is the one left of Help. Its mnemonic is not used: in Swedish, Alt+N is
    # also the desk's "Ändra…" button.
    badges=(alt+h Left)
    dialog "$settings_title" badge-settings "${badges[@]}" "$settings_key"
    dialog "$calibration_title" calibration "${badges[@]}" "$calibration_key"
    dialog "$batch_title" batch "${badges[@]}" "${batch_keys[@]}"

    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
done
