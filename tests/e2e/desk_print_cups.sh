#!/bin/sh
# A badge printed at check-in in the desk, through a real CUPS queue (see cupsqueue.sh): make an
# event with entre-cli, set the desk to print a badge at every check-in on that queue, start
# entre on the event in a real window under Xvfb, type a name, press Enter, and read the badge
# that came out of the queue back with pdftotext. Then check with entre-cli that exactly that
# person arrived and that the print was recorded.
# Needs root (it adds a queue and may start cupsd), Xvfb, xdotool and imagemagick; skipped
# otherwise (skip.sh).
# Usage: desk_print_cups.sh ENTRE ENTRE_CLI TEST_DATA_DIR SCREENSHOT
set -eu
ENTRE=$1
CLI=$2
DATA=$3
SHOT=$4
. "$(dirname "$0")/skip.sh"
. "$(dirname "$0")/cupsqueue.sh"
. "$(dirname "$0")/deskwindow.sh"

cups_require xvfb-run setxkbmap xdotool import
WORK=$(mktemp -d)
chmod 777 "$WORK"
trap 'cups_cleanup; rm -rf "$WORK"' EXIT
cups_start
OUT="$WORK/badge.pdf"
cups_queue_to "$OUT" "$DATA/badges/passthrough.ppd"

EVENT="$WORK/desk.entre"
cat >"$WORK/people.csv" <<'CSV'
Förnamn;Efternamn;E-post;Organisation;Kod
Åsa;Hägglund;asa.hagglund@umea.example.se;Umeå kommun;DP-001
Göran;Lindqvist;goran.lindqvist@skelleftea.example.se;Skellefteå kommun;DP-002
Örjan;Östlund;orjan.ostlund@vll.example.se;Västerbottens läns landsting;DP-003
CSV
"$CLI" new "$EVENT" --name "Utskrift vid disken" >/dev/null || fail "entre-cli new failed"
"$CLI" import "$EVENT" "$WORK/people.csv" >/dev/null || fail "entre-cli import failed"

desk_scratch_home "$WORK"
# What the badge settings dialog saves (BadgeSettings): print at every check-in, on the queue,
# one badge to a 90 x 54 mm page.
cat >"$DESK_SETTINGS" <<CONF
[badges]
printOnCheckIn=true
printer=$CUPS_QUEUE
stock=single-90x54
CONF

# Typed without å, ä and ö, which the search folds anyway: xdotool maps a spare key to such a
# letter for a moment, and now and then the program reads the key before the new map and loses
# it (desk_checkin.sh types them). The badge is printed in the background: wait until the queue
# has written it, then quit.
desk_run "$ENTRE" "$EVENT" "
xdotool type --delay 90 'goran lind'
sleep 0.5
xdotool key Return
for _ in \$(seq 150); do
    [ -s '$OUT' ] && break
    sleep 0.2
done
import -window root '$SHOT'
" || fail "the desk did not run to the end (screenshot: $SHOT)"

cups_wait "$OUT" || fail "nothing came out of the queue after the check-in (screenshot: $SHOT)"
info=$(pdfinfo "$OUT")
echo "$info" | grep -q "^Pages: *1\$" || fail "expected one page: $info"
echo "$info" | grep -q "^Page size: *255 x 153 pts" || fail "expected a 90 x 54 mm page: $info"
text=$(pdftotext "$OUT" -)
echo "$text"
echo "$text" | grep -q "Göran" || fail "no Göran on the printed badge"
echo "$text" | grep -q "Lindqvist" || fail "no Lindqvist on the printed badge"
echo "$text" | grep -q "Skellefteå kommun" || fail "no organisation on the printed badge"
if echo "$text" | grep -q "Hägglund\|Östlund"; then
    fail "the badge printed is not only Göran's"
fi
echo "ok: the badge printed at check-in came out of the queue"

"$CLI" list "$EVENT" --arrived --json >"$WORK/arrived.json"
COUNT=$(grep -c '"first_name"' "$WORK/arrived.json" || true)
[ "$COUNT" = 1 ] || fail "expected exactly one person checked in, got $COUNT"
grep -q '"first_name": "Göran"' "$WORK/arrived.json" || fail "the one checked in is not Göran"
# The print was recorded: only the two others are still without a badge.
rest=$(QT_QPA_PLATFORM=offscreen "$CLI" badges "$EVENT" --not-printed --json -o "$WORK/rest.pdf") \
    || fail "entre-cli badges --not-printed failed"
echo "$rest" | grep -q '"badges": *2[,}]' || fail "the badge printed was not recorded: $rest"
echo "PASS"
