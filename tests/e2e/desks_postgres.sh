#!/bin/sh
# Three desks, each its own entre-cli process on its own event file, share an event through a
# real PostgreSQL 15 started here: publish, join, check-ins at every desk, then the server is
# stopped while the desks go on (the same person ticked at two desks, an undo of another desk's
# tick), and started again. Checks that a round with no server fails clearly and changes
# nothing, and that in the end every desk holds the same arrivals and the server the same log,
# nothing lost or doubled.
# Usage: desks_postgres.sh ENTRE_CLI TEST_DATA_DIR
set -eu
CLI=$1
DATA=$2
. "$(dirname "$0")/skip.sh"
. "$(dirname "$0")/pgserver.sh"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed"

WORK=$(mktemp -d)
cleanup() {
    [ -n "${PG_DIR:-}" ] && pg_stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}

# The desk's people as code, arrived, arrival time; sorted, so that desks compare line by line.
arrivals() {
    "$CLI" list "$1" --json | python3 -c '
import json, sys
for p in sorted(json.load(sys.stdin), key=lambda p: p["code"]):
    print(p["code"], p["checked_in"], p["checked_in_at"])'
}
arrived_at() {
    arrivals "$1" | awk -v code="$2" '$1 == code { print $3 }'
}
sync_json() {
    "$CLI" desks sync "$1" --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(r["sent"], r["received"], r["pending"])'
}

# Before any server: a clear failure, exit 1.
"$CLI" new "$WORK/a.entre" --name "Digitala Västerbotten" >/dev/null
"$CLI" import "$WORK/a.entre" "$DATA/samples/digitala-vasterbotten-2016.csv" >/dev/null
if "$CLI" desks publish "$WORK/a.entre" --server postgresql://entre@127.0.0.1:1/entre \
    >"$WORK/out" 2>"$WORK/err"; then
    fail "publishing to a closed port succeeded"
else
    [ $? -eq 1 ] || fail "publishing to a closed port did not exit 1"
fi
grep -q "Cannot reach the desks' server at 127.0.0.1:1/entre" "$WORK/err" || fail "$(cat "$WORK/err")"

pg_start "$WORK"
set -- $("$CLI" list "$WORK/a.entre" --json | sed -n 's/.*"code": "\([^"]*\)".*/\1/p' | head -n 5)
C1=$1 C2=$2 C3=$3 C4=$4 C5=$5

# A tick before publishing goes with the event.
"$CLI" checkin "$WORK/a.entre" "$C5" --station "Disk A" >/dev/null
EVENT_ID=$("$CLI" desks publish "$WORK/a.entre" --server "$PG_URL")
[ -n "$EVENT_ID" ] || fail "publish printed no event id"
"$CLI" desks join "$WORK/b.entre" --server "$PG_URL" >/dev/null
"$CLI" desks join "$WORK/c.entre" --server "$PG_URL" --event "$EVENT_ID" >/dev/null
[ -n "$(arrived_at "$WORK/c.entre" "$C5")" ] || fail "the joined desk lacks the tick made before publishing"
if "$CLI" desks join "$WORK/c.entre" --server "$PG_URL" 2>/dev/null; then
    fail "join overwrote an existing file"
fi

# Connected: each desk ticks one person; two rounds and everyone knows.
"$CLI" checkin "$WORK/a.entre" "$C1" --station "Disk A" >/dev/null
"$CLI" checkin "$WORK/b.entre" "$C2" --station "Disk B" >/dev/null
"$CLI" checkin "$WORK/c.entre" "$C3" --station "Disk C" >/dev/null
for desk in a b c a b; do sync_json "$WORK/$desk.entre" >/dev/null; done
for desk in a b c; do
    for code in "$C1" "$C2" "$C3" "$C5"; do
        [ -n "$(arrived_at "$WORK/$desk.entre" "$code")" ] || fail "desk $desk does not have $code arrived"
    done
done

# The server goes away; the desks go on.
pg_stop
"$CLI" checkin "$WORK/a.entre" "$C4" --station "Disk A" >/dev/null
sleep 0.05
"$CLI" checkin "$WORK/b.entre" "$C4" --station "Disk B" >/dev/null
"$CLI" undo "$WORK/c.entre" "$C1" --station "Disk C" >/dev/null
FIRST_C4=$(arrived_at "$WORK/a.entre" "$C4")
for desk in a b c; do
    arrivals "$WORK/$desk.entre" >"$WORK/$desk.before"
    if "$CLI" desks sync "$WORK/$desk.entre" >"$WORK/out" 2>"$WORK/err"; then
        fail "desk $desk synced with the server stopped"
    else
        [ $? -eq 1 ] || fail "a sync with the server stopped did not exit 1"
    fi
    grep -q "Cannot reach the desks' server" "$WORK/err" || fail "$(cat "$WORK/err")"
    arrivals "$WORK/$desk.entre" | cmp -s - "$WORK/$desk.before" || fail "a failed sync changed desk $desk"
    "$CLI" desks status "$WORK/$desk.entre" --json | grep -q '"pending": 1' || fail "desk $desk does not count 1 waiting entry"
done

# Back: every desk sends and fetches; a second round brings what others sent after.
pg_start_again
for desk in a b c a b c; do sync_json "$WORK/$desk.entre" >/dev/null; done
for desk in a b c; do
    [ "$(sync_json "$WORK/$desk.entre")" = "0 0 0" ] || fail "desk $desk still had something to exchange"
done
arrivals "$WORK/a.entre" >"$WORK/a.after"
for desk in b c; do
    arrivals "$WORK/$desk.entre" | cmp -s - "$WORK/a.after" ||
        { arrivals "$WORK/$desk.entre" | diff - "$WORK/a.after"; fail "desk $desk differs from desk a"; }
done
grep -q "^$C1 False None$" "$WORK/a.after" || fail "the undo at desk c did not take back desk a's tick"
[ "$(arrived_at "$WORK/b.entre" "$C4")" = "$FIRST_C4" ] || fail "$C4 is not arrived at the earlier of two ticks"
[ "$(grep -c " True " "$WORK/a.after")" -eq 4 ] || fail "not 4 arrived: $(grep " True " "$WORK/a.after")"

# Nothing doubled: 2 ticks at a before, 1 + 1 at a, b, c while connected, 2 ticks and an undo
# while apart: 7 entries on the server, each once, and the same 7 in every desk's history.
[ "$(pg_sql "SELECT count(*) FROM entre_log")" -eq 7 ] || fail "the server does not hold 7 entries"
[ "$(pg_sql "SELECT count(DISTINCT (desk_id, seq)) FROM entre_log")" -eq 7 ] || fail "the server holds an entry twice"
PERSON4=$("$CLI" list "$WORK/a.entre" --json | python3 -c '
import json, sys
print(*[p["last_name"] + ", " + p["first_name"] for p in json.load(sys.stdin) if p["code"] == sys.argv[1]])' "$C4")
for desk in a b c; do
    "$CLI" export "$WORK/$desk.entre" --audit -o "$WORK/$desk.csv" >/dev/null
    ticks=$(grep -c "\"$PERSON4\"" "$WORK/$desk.csv" || true)
    [ "$ticks" -eq 2 ] || fail "desk $desk's history does not show both ticks of $C4 ($ticks)"
done
echo "PASS: three desks agree on $(grep -c " True " "$WORK/a.after") arrivals after the server was away"
