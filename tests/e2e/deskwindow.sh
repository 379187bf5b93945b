# Sourced by the end-to-end scripts that drive the desk in a real window (after skip.sh).
#
#   desk_scratch_home DIR         settings, recent files and CUPS's per-user options go under DIR,
#                                 not the user's; DESK_SETTINGS names the settings file the
#                                 desk reads
#   desk_run ENTRE EVENT STEPS    starts ENTRE on EVENT under Xvfb in a 1366 x 768 window with
#                                 the focus and a Swedish keyboard, runs the shell commands STEPS
#                                 (xdotool typing), then quits with Ctrl+Q as a person would, so
#                                 the program's own exit runs (and a sanitizer build's leak
#                                 check), and waits for it

desk_scratch_home() {
    export HOME="$1/home" XDG_CONFIG_HOME="$1/config" XDG_DATA_HOME="$1/data"
    export XDG_RUNTIME_DIR="$1/run"
    mkdir -p "$HOME" "$XDG_CONFIG_HOME/Entre" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export LC_ALL=C.UTF-8
    DESK_SETTINGS="$XDG_CONFIG_HOME/Entre/Entre.conf"
}

desk_run() {
    inner=$(mktemp "${TMPDIR:-/tmp}/entre-desk-XXXXXX")
    cat >"$inner" <<INNER
#!/bin/sh
set -eu
export QT_QPA_PLATFORM=xcb
unset QT_QPA_PLATFORM_PLUGIN_PATH
# A Swedish keyboard, as at the door: å, ä and ö have keys of their own. Without it xdotool
# borrows a spare key for each and re-maps it while typing, and a busy desk can read the key
# before the new mapping, so a letter goes missing.
setxkbmap se
"$1" "$2" &
APP=\$!
trap 'kill \$APP 2>/dev/null || true' EXIT
WID=\$(xdotool search --sync --onlyvisible --name "Entré" | head -n 1)
xdotool windowsize "\$WID" 1366 768
xdotool windowmove "\$WID" 0 0
xdotool windowfocus --sync "\$WID"
sleep 1
$3
xdotool key ctrl+q
trap - EXIT
wait \$APP
INNER
    chmod +x "$inner"
    status=0
    # -noreset: the server would otherwise reset when setxkbmap, its only client, disconnects, and
    # forget the layout before the desk starts.
    timeout 90 xvfb-run -a -s '-screen 0 1366x768x24 -noreset' "$inner" || status=$?
    rm -f "$inner"
    return $status
}
