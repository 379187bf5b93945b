# Sourced by the end-to-end scripts that print through a real CUPS queue (after skip.sh): a
# file:// queue whose PPD passes the PDF through unchanged, so pdfinfo and pdftotext read exactly
# what Entré sent. Needs root (it adds a queue and may start cupsd); skipped otherwise.
#
#   cups_require [TOOL...]     skips unless root and CUPS, poppler-utils and the tools are here
#   cups_start                 allows file:// devices and starts cupsd unless it runs
#   cups_queue_to FILE PPD     (re)adds the queue $CUPS_QUEUE, printing into FILE (emptied)
#   cups_wait FILE             waits until the queue is empty and FILE holds what was printed
#   cups_cleanup               removes the queue and stops a cupsd cups_start started

CUPS_QUEUE="entre-e2e-$$"
CUPS_STARTED_CUPSD=""

fail() {
    echo "FAIL: $*"
    exit 1
}

cups_require() {
    [ "$(id -u)" = 0 ] || skip "not root (a CUPS queue cannot be added)"
    for tool in cupsd lpadmin lpstat pdfinfo pdftotext "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
            skip "$tool is not installed (cups, poppler-utils)"
        fi
    done
}

cups_start() {
    # A file:// device must be allowed; cupsd reads this when it starts.
    if ! grep -q '^FileDevice Yes' /etc/cups/cups-files.conf; then
        echo 'FileDevice Yes' >>/etc/cups/cups-files.conf
        if lpstat -r >/dev/null 2>&1 && pid=$(pidof cupsd); then
            kill -HUP $pid
            sleep 2
        fi
    fi
    if ! lpstat -r >/dev/null 2>&1 || lpstat -r | grep -q 'not running'; then
        mkdir -p /run/cups
        /usr/sbin/cupsd -f &
        CUPS_STARTED_CUPSD=$!
        for _ in $(seq 50); do
            lpstat -r 2>/dev/null | grep -q 'is running' && break
            sleep 0.1
        done
    fi
    lpstat -r | grep -q 'is running' || fail "cupsd did not start"
}

cups_queue_to() {
    # CUPS opens a file: device for writing without creating it (O_WRONLY|O_EXCL, no O_CREAT):
    # the file must exist, writable by the filter's user, before each job.
    : >"$1"
    chmod 0666 "$1"
    lpadmin -x "$CUPS_QUEUE" 2>/dev/null || true
    lpadmin -p "$CUPS_QUEUE" -E -v "file://$1" -P "$2" || fail "lpadmin could not add the queue"
}

cups_wait() {
    for _ in $(seq 100); do
        [ -s "$1" ] && [ -z "$(lpstat -o "$CUPS_QUEUE" 2>/dev/null)" ] && return 0
        sleep 0.2
    done
    return 1
}

cups_cleanup() {
    lpadmin -x "$CUPS_QUEUE" 2>/dev/null || true
    if [ -n "$CUPS_STARTED_CUPSD" ]; then
        kill "$CUPS_STARTED_CUPSD" 2>/dev/null || true
        wait "$CUPS_STARTED_CUPSD" 2>/dev/null || true
    fi
}
