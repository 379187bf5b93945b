#!/bin/sh
# The QR codes on printed badges scan back to the attendees' codes: badges to PDF, pages to
# images, images through a real barcode reader. Skipped without zbarimg/pdftoppm (see skip.sh).
# Arguments: ENTRE_CLI MAKE_BADGE_EVENT DATA_DIR
set -eu
CLI=$1
MAKE_EVENT=$2
DATA=$3
. "$(dirname "$0")/skip.sh"
for tool in zbarimg pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (zbar-tools, poppler-utils)"
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}

"$MAKE_EVENT" "$WORK/event.entre" "$DATA/badges/people.csv" || fail "could not make the event"
for stock in single-90x54 dymo-99014 avery-l4785; do
    "$CLI" badges "$WORK/event.entre" --stock "$stock" --codes E2E-003,E2E-001 \
        -o "$WORK/$stock.pdf" >/dev/null || fail "entre-cli badges failed for $stock"
    pdftoppm -png -r 200 "$WORK/$stock.pdf" "$WORK/$stock"
    found=$(for page in "$WORK/$stock"-*.png; do zbarimg -q --raw "$page" 2>/dev/null; done | sort)
    [ "$found" = "$(printf 'E2E-001\nE2E-003')" ] || fail "$stock: QR codes read back as: $found"
    echo "ok: $stock QR codes scan"
done
