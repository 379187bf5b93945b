#!/bin/sh
# Prints badges through a real CUPS queue and checks what comes out: a file:// queue whose PPD
# passes the PDF through unchanged, so pdfinfo and pdftotext read exactly what Entré sent.
# Needs root (it adds a queue and may start cupsd); skipped otherwise (see skip.sh).
# Arguments: ENTRE_CLI MAKE_BADGE_EVENT DATA_DIR
set -eu
CLI=$1
MAKE_EVENT=$2
DATA=$3
. "$(dirname "$0")/skip.sh"

[ "$(id -u)" = 0 ] || skip "not root (a CUPS queue cannot be added)"
for tool in cupsd lpadmin lpstat pdfinfo pdftotext; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
        skip "$tool is not installed (cups, poppler-utils)"
    fi
done

WORK=$(mktemp -d)
chmod 777 "$WORK"
QUEUE="entre-e2e-$$"
STARTED_CUPSD=""
cleanup() {
    lpadmin -x "$QUEUE" 2>/dev/null || true
    if [ -n "$STARTED_CUPSD" ]; then
        kill "$STARTED_CUPSD" 2>/dev/null || true
        wait "$STARTED_CUPSD" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}

# A file:// device must be allowed; cupsd reads this when it starts.
if ! grep -q '^FileDevice Yes' /etc/cups/cups-files.conf; then
    echo 'FileDevice Yes' >> /etc/cups/cups-files.conf
    if lpstat -r >/dev/null 2>&1 && pid=$(pidof cupsd); then
        kill -HUP $pid
        sleep 2
    fi
fi
if ! lpstat -r >/dev/null 2>&1 || lpstat -r | grep -q 'not running'; then
    mkdir -p /run/cups
    /usr/sbin/cupsd -f &
    STARTED_CUPSD=$!
    for _ in $(seq 50); do
        lpstat -r 2>/dev/null | grep -q 'is running' && break
        sleep 0.1
    done
fi
lpstat -r | grep -q 'is running' || fail "cupsd did not start"

print_and_check() {
    stock=$1; codes=$2; pages=$3; size=$4
    out="$WORK/$stock.pdf"
    # CUPS opens a file: device for writing without creating it (O_WRONLY|O_EXCL, no O_CREAT):
    # the file must exist, writable by the filter's user, before each job.
    : >"$out"
    chmod 0666 "$out"
    lpadmin -x "$QUEUE" 2>/dev/null || true
    lpadmin -p "$QUEUE" -E -v "file://$out" -P "$DATA/badges/passthrough.ppd" \
        || fail "lpadmin could not add the queue"
    "$CLI" badges "$WORK/event.entre" --stock "$stock" --codes "$codes" --printer "$QUEUE" \
        || fail "entre-cli badges --printer failed for $stock"
    for _ in $(seq 100); do
        [ -s "$out" ] && [ -z "$(lpstat -o "$QUEUE" 2>/dev/null)" ] && break
        sleep 0.2
    done
    [ -s "$out" ] || fail "nothing came out of the queue for $stock"
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
