# Sourced by the end-to-end scripts that need a PostgreSQL server: pg_start WORKDIR starts a
# throw-away PostgreSQL 15 on 127.0.0.1 with its data in WORKDIR/pg, a database "entre" owned by
# the role "entre" (password "entre-desk", checked with scram-sha-256 over TCP). PG_PORT and
# PG_URL say where it is; pg_stop stops it, pg_start_again starts it on the same port, pg_sql
# runs a statement as the owner. Needs skip.sh sourced first.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

pg_start() {
    [ -x "$PG_BIN/initdb" ] || skip "PostgreSQL 15 is not installed (postgresql-15)"
    if [ "$(id -u)" -eq 0 ]; then
        command -v runuser >/dev/null 2>&1 || skip "runuser is not installed"
        id postgres >/dev/null 2>&1 || skip "there is no postgres user"
    fi
    PG_DIR="$1/pg"
    mkdir -p "$PG_DIR"
    chmod 755 "$1"
    printf 'postgres-admin\n' >"$1/pg-pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$PG_DIR" "$1/pg-pwfile"; fi
    pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$1/pg-pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$1/pg-initdb.log" 2>&1 ||
        { cat "$1/pg-initdb.log"; echo "FAIL: initdb"; exit 1; }
    # A port of its own: tries a few, so that a server left on one does not stop the test.
    for attempt in 1 2 3 4 5 6 7 8; do
        PG_PORT=$((20000 + ($$ * 7 + attempt * 1013) % 30000))
        if pg_start_again; then
            pg_as_owner "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -q \
                -c "CREATE ROLE entre LOGIN PASSWORD 'entre-desk'" \
                -c "CREATE DATABASE entre OWNER entre" >/dev/null
            PG_URL="postgresql://entre@127.0.0.1:$PG_PORT/entre"
            export PGPASSWORD=entre-desk
            return 0
        fi
    done
    cat "$PG_DIR/server.log"
    echo "FAIL: PostgreSQL did not start"
    exit 1
}

pg_start_again() {
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-k $PG_DIR -h 127.0.0.1 -p $PG_PORT" start >/dev/null 2>&1
}

pg_stop() {
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
}

pg_sql() {
    pg_as_owner "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d entre -qAt -c "$1"
}
