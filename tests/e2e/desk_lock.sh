#!/bin/sh
# Lock the desk in a real window: start entre on an imported event under Xvfb with a PIN set,
# take a screenshot, lock with Ctrl+L, scan a ticket's code and type a wrong PIN while locked,
# then unlock with the right PIN. Checks that the lock screen took the place of the list (the
# list's part of the screen holds no text while locked and the names are back after unlocking)
# and, with entre-cli list --json, that the scan while locked checked nobody in. The offscreen
# test tst_desklock checks every visible text for names; this one checks the real window.
# Usage: desk_lock.sh ENTRE ENTRE_CLI TEST_DATA_DIR SCREENSHOT_PREFIX
set -eu
ENTRE=$1
CLI=$2
DATA=$3
SHOTS=$4
. "$(dirname "$0")/skip.sh"
. "$(dirname "$0")/deskwindow.sh"

for tool in xvfb-run setxkbmap xdotool import compare convert python3; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (xvfb, x11-xkb-utils, xdotool, imagemagick, python3)"
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
EVENT="$WORK/desk.entre"
"$CLI" new "$EVENT" --name "Digitala Västerbotten" >/dev/null
"$CLI" import "$EVENT" "$DATA/samples/digitala-vasterbotten-2016.csv" >/dev/null
CODE=$("$CLI" list "$EVENT" --json | sed -n 's/.*"code": "\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$CODE" ] || { echo "FAIL: no ticket code in the event"; exit 1; }

desk_scratch_home "$WORK"
# The PIN 2468 as the desk keeps it: a random salt and SHA-256 of salt + PIN, both in base64.
python3 - "$DESK_SETTINGS" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(15)
digest = hashlib.sha256(salt + b"2468").digest()
with open(sys.argv[1], "w") as f:
    f.write("[desk]\nlockPinSalt=%s\nlockPinHash=\"%s\"\n"
            % (base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))
PY

desk_run "$ENTRE" "$EVENT" "
import -window root '${SHOTS}-before.png'
xdotool key ctrl+l
sleep 0.7
import -window root '${SHOTS}-locked.png'
xdotool type --delay 8 '$CODE'
xdotool key Return
xdotool type --delay 90 '1357'
xdotool key Return
sleep 0.7
import -window root '${SHOTS}-wrong-pin.png'
xdotool type --delay 90 '2468'
xdotool key Return
sleep 0.7
import -window root '${SHOTS}-unlocked.png'
"

for shot in before locked wrong-pin unlocked; do
    [ -s "${SHOTS}-$shot.png" ] || { echo "FAIL: no screenshot $shot"; exit 1; }
done
# The list's part of the window, left of the middle and below the search field: many colours
# where names are written (anti-aliased text), one or two on the lock screen.
colours() { convert "$1" -crop 380x480+20+200 +repage -format %k info:; }
pixels_differ() { compare -metric AE "$1" "$2" null: 2>&1 | cut -d' ' -f1 || true; }
BEFORE=$(colours "${SHOTS}-before.png")
LOCKED=$(colours "${SHOTS}-locked.png")
WRONG=$(colours "${SHOTS}-wrong-pin.png")
AFTER=$(colours "${SHOTS}-unlocked.png")
CHANGED=$(pixels_differ "${SHOTS}-before.png" "${SHOTS}-locked.png")
echo "colours in the list's part: before $BEFORE, locked $LOCKED, wrong PIN $WRONG, unlocked $AFTER"
echo "pixels changed by locking: $CHANGED of $((1366 * 768))"
[ "$BEFORE" -gt 20 ] || { echo "FAIL: no names in the list before locking"; exit 1; }
[ "$LOCKED" -le 3 ] || { echo "FAIL: something is written where the list was, while locked"; exit 1; }
[ "$WRONG" -le 3 ] || { echo "FAIL: something is written where the list was, after a wrong PIN"; exit 1; }
[ "$AFTER" -gt 20 ] || { echo "FAIL: the list did not come back after the right PIN"; exit 1; }
[ "$CHANGED" -gt 100000 ] || { echo "FAIL: locking hardly changed the screen"; exit 1; }

"$CLI" list "$EVENT" --arrived --json >"$WORK/arrived.json"
COUNT=$(grep -c '"first_name"' "$WORK/arrived.json" || true)
echo "checked in: $COUNT"
[ "$COUNT" = 0 ] || { echo "FAIL: the scan while locked checked someone in"; cat "$WORK/arrived.json"; exit 1; }
echo "PASS"
