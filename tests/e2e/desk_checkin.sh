#!/bin/sh
# The desk in a real window: start entre on an imported event under Xvfb, type a name with
# Swedish letters as a person would, press Enter, take a screenshot, and check with
# entre-cli list --json that exactly that person is checked in.
# Usage: desk_checkin.sh ENTRE ENTRE_CLI TEST_DATA_DIR SCREENSHOT
set -eu
ENTRE=$1
CLI=$2
DATA=$3
SHOT=$4
. "$(dirname "$0")/skip.sh"
. "$(dirname "$0")/deskwindow.sh"

for tool in xvfb-run setxkbmap xdotool import; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (xvfb, x11-xkb-utils, xdotool, imagemagick)"
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
EVENT="$WORK/desk.entre"
"$CLI" new "$EVENT" --name "Digitala Västerbotten" >/dev/null
"$CLI" import "$EVENT" "$DATA/samples/digitala-vasterbotten-2016.csv" >/dev/null

desk_scratch_home "$WORK"
# The next search, while the green notice is still up: the arrived mark shows in the list.
desk_run "$ENTRE" "$EVENT" "
xdotool type --delay 90 'göran hägg'
sleep 0.5
xdotool key Return
sleep 0.3
xdotool type --delay 90 'hägg'
sleep 0.5
import -window root '$SHOT'
"

# One JSON object per arrived person; each has exactly one "first_name".
"$CLI" list "$EVENT" --arrived --json >"$WORK/arrived.json"
COUNT=$(grep -c '"first_name"' "$WORK/arrived.json" || true)
echo "checked in: $COUNT; screenshot: $SHOT"
cat "$WORK/arrived.json"
[ "$COUNT" = 1 ] || { echo "FAIL: expected exactly one person checked in, got $COUNT"; exit 1; }
grep -q '"first_name": "Göran"' "$WORK/arrived.json" || { echo "FAIL: not Göran"; exit 1; }
grep -q '"last_name": "Hägglund"' "$WORK/arrived.json" || { echo "FAIL: not Hägglund"; exit 1; }
[ -s "$SHOT" ] || { echo "FAIL: no screenshot"; exit 1; }
echo "PASS"
