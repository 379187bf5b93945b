#!/bin/sh
# Prints badges with entre-cli through a real CUPS queue and checks what comes out (see
# cupsqueue.sh). Needs root (it adds a queue and may start cupsd); skipped otherwise (skip.sh).
# Arguments: ENTRE_CLI MAKE_BADGE_EVENT DATA_DIR
set -eu
CLI=$1
MAKE_EVENT=$2
DATA=$3
. "$(dirname "$0")/skip.sh"
. "$(dirname "$0")/cupsqueue.sh"

cups_require
WORK=$(mktemp -d)
chmod 777 "$WORK"
trap 'cups_cleanup; rm -rf "$WORK"' EXIT
cups_start

print_and_check() {
    stock=$1; codes=$2; pages=$3; size=$4
    out="$WORK/$stock.pdf"
    cups_queue_to "$out" "$DATA/badges/passthrough.ppd"
    "$CLI" badges "$WORK/event.entre" --stock "$stock" --codes "$codes" --printer "$CUPS_QUEUE" \
        || fail "entre-cli badges --printer failed for $stock"
    cups_wait "$out" || fail "nothing came out of the queue for $stock"
    info=$(pdfinfo "$out")
    echo "$info" | grep -q "^Pages: *$pages\$" || fail "$stock: expected $pages pages: $info"
    echo "$info" | grep -q "^Page size: *$size" || fail "$stock: expected page size $size: $info"
    text=$(pdftotext "$out" -)
    echo "$text" | grep -q "Åsa" || fail "$stock: no Åsa in the printed text: $text"
    echo "$text" | grep -q "Hägglund" || fail "$stock: no Hägglund in the printed text"
    echo "$text" | grep -q "Umeå kommun" || fail "$stock: no organisation in the printed text"
    echo "ok: $stock, $pages page(s) of $size"
}

"$MAKE_EVENT" "$WORK/event.entre" "$DATA/badges/people.csv" || fail "could not make the event"
# One badge per page on a single-badge stock, a landscape 90 x 54 mm page (255 x 153 pt).
print_and_check single-90x54 E2E-001,E2E-002 2 "255 x 153 pts"
# Ten to an A4 sheet.
print_and_check avery-l4785 E2E-002,E2E-001 1 "595 x 842 pts"

# Printed badges are remembered: only the one never printed is left.
rest=$("$CLI" badges "$WORK/event.entre" --not-printed --json -o "$WORK/rest.pdf") \
    || fail "entre-cli badges --not-printed failed"
echo "$rest" | grep -q '"badges": *1[,}]' || fail "printed badges were not recorded: $rest"
pdftotext "$WORK/rest.pdf" - | grep -q "Wikström" || fail "the badge left is not Anna-Karin's"
echo "ok: printed badges recorded"
