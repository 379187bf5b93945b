#!/usr/bin/env python3
"""Runs every Entré benchmark and its peer in one go and prints one table: each figure, the
peer's figure measured in the same run, and the ratio. A full run also writes the table, with the
machine and the date, to docs/PERFORMANCE.md (or to --out).

    bench.py --entre-cli PATH --bench-search PATH ... [--smoke] [--out FILE] [--work DIR]

The benchmark programs print their figures as BENCH lines (key, measure, value, peer name, peer
value or n/a, unit, goal; tab-separated); the import rows are timed here, against the sqlite3
shell. Everything runs in a temporary folder that is removed afterwards. Nothing is installed:
a missing peer program is named, and its figures are n/a. --smoke runs everything at tiny sizes
to check that each benchmark starts and prints its figures; it writes no file unless --out is
given. The exit status is 1 when a benchmark failed or printed no figures.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MISSING_HELP = {"sqlite3": "apt-get install sqlite3", "glabels-3-batch": "apt-get install glabels"}

SQLITE_PEER = "sqlite3 shell, .import + FTS5 INSERT…SELECT"
# Import figures are medians of this many runs of Entré and its peer, one after the other.
IMPORT_REPEATS = 5

# How each benchmark measures, for docs/PERFORMANCE.md.
METHODS = {
    "search": "bench_search generates an event in-process and types names, surnames, codes and "
              "name-plus-organisation queries key by key into the desk's list model "
              "(AttendeeListModel::setSearchText, the first page of 50); every keystroke is "
              "timed, after the event's idle reading of what searches read "
              "(Event::keepSearchesWarm(), as the window does when it opens an event) is done. The peer runs the same ranked statement, with the values written in, in "
              "one sqlite3 shell process (`.timer on`).",
    "checkin": "bench_checkin opens a generated 100,000-person event in the real main window "
               "(QT_QPA_PLATFORM=offscreen), waits for its idle reading of what searches read to "
               "end, types a code into the check-in page's search field "
               "and times QTest's Enter until the tick is committed, the list refreshed and its "
               "repaint done. The counters per organisation, refreshed 40 ms later on the "
               "window's thread, are timed on their own (the counters row). The store row "
               "times Event::checkIn alone on the same file opened with no window, for as many "
               "other people: the transaction from reading the person to its COMMIT, the part "
               "of a check-in the peer also does. The "
               "peer is one sqlite3 shell process running as many single-row `BEGIN; INSERT; "
               "COMMIT;` transactions with `PRAGMA synchronous=FULL` and the event's journal "
               "mode (WAL), in the same folder, each timed by the shell. A badge printed on "
               "check-in is prepared on the desk's thread and drawn and sent on the print "
               "service's worker thread (BadgePrintService, a QThreadPool of one); the print row "
               "checks that Enter to the repainted list takes no longer with it on.",
    "startup": "bench_startup generates a 200,000-person event and starts the entre program on it "
               "offscreen with ENTRE_BENCH_READY_EXIT=1: the window prints when the check-in "
               "page has painted its first people, then closes. Time from spawning the process "
               "to that point (one warm-up start first, then the median of five); peak RSS is the "
               "process's own maximum resident set (wait4).",
    "desks": "bench_desks starts a PostgreSQL 15 of its own, generates an event, shares it from "
             "one desk and joins it from two more (three Events on three files in one process, "
             "each with its own DeskLink: its own thread and server connection), then checks "
             "people in at the three desks in turn, one every 6 ms, while stopping the server "
             "for 1 to 3 s every 4 to 9 s. A check-in's time is from its commit at its desk "
             "until the other desk's file shows the person arrived. \"Connected\" counts "
             "the arrivals whose whole way fell between outages. The run fails unless every "
             "desk ends with the same arrivals at the same times.",
    "badges": "badge_bench.sh makes 1,000 badges with QR codes on Avery L4785 sheets to PDF with "
              "`entre-cli badges`, and the same people with the same fields with "
              "`glabels-3-batch`; wall time of each.",
    "import": "bench.py generates the list with tools/generate_registrations.py (UTF-8 with BOM, "
              "`;`, fixed seed) and times `entre-cli new` plus `entre-cli import` (wall; the "
              f"median of {IMPORT_REPEATS} runs, each followed by its peer's, as the machine's "
              "speed drifts). The peer "
              "is one sqlite3 shell process: `.import` in csv mode into a table, then an FTS5 "
              "table over first name, last name, organisation, e-mail and code "
              "(`tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3'`) filled by "
              "INSERT…SELECT, with the event's pragmas (WAL, synchronous=FULL). The re-import "
              "row imports the same people with 1% of rows changed into that event and compares "
              "with the first import itself. The row without codes imports the same people from "
              "a list without the code column, as many registration exports are, so that the desk "
              "makes each person's code; its peer indexes the same columns less the code. The "
              "memory row imports 1,000,000 rows into a new event; peak RSS is entre-cli's own "
              "(wait4).",
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for program in ("entre-cli", "bench-search", "bench-checkin", "bench-startup", "bench-desks",
                    "badge-bench", "make-badge-event", "data", "generator"):
        parser.add_argument("--" + program, required=True)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes; writes no file")
    parser.add_argument("--out", help="where to write the table (a full run: docs/PERFORMANCE.md)")
    parser.add_argument("--work", help="the folder to make the temporary folder in")
    return parser.parse_args()


class Bench:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.rows = []
        self.failures = []
        home = os.path.join(work, "home")
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
                        XDG_CONFIG_HOME=os.path.join(home, "config"),
                        XDG_DATA_HOME=os.path.join(home, "data"),
                        XDG_CACHE_HOME=os.path.join(home, "cache"))
        self.env.pop("ENTRE_BENCH_READY_EXIT", None)
        for folder in ("config", "data", "cache"):
            os.makedirs(os.path.join(home, folder), exist_ok=True)
        self.sqlite3 = shutil.which("sqlite3")

    def add(self, group, key, measure, value, peer, peer_value, unit, goal):
        self.rows.append(dict(group=group, key=key, measure=measure, value=value, peer=peer,
                              peer_value=peer_value, unit=unit, goal=goal))

    def run_program(self, group, command, timeout):
        """Runs one benchmark program, shows its output, and takes in its BENCH lines."""
        print(f"\n=== {group}: {' '.join(os.path.basename(c) for c in command[:2])}", flush=True)
        try:
            done = subprocess.run(command, cwd=self.work, env=self.env, timeout=timeout,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except (OSError, subprocess.TimeoutExpired) as error:
            self.failures.append(f"{group}: {error}")
            print(f"FAILED: {error}", flush=True)
            return
        lines = done.stdout.splitlines()
        print("\n".join(line for line in lines if not line.startswith("BENCH\t")))
        if done.stderr.strip():
            print(done.stderr.strip())
        found = 0
        for line in lines:
            fields = line.split("\t")
            if fields[0] != "BENCH":
                continue
            if len(fields) != 8:
                self.failures.append(f"{group}: malformed BENCH line: {line!r}")
                continue
            found += 1
            self.add(group, fields[1], fields[2], number(fields[3]), fields[4],
                     number(fields[5]), fields[6], fields[7])
        if done.returncode != 0:
            self.failures.append(f"{group}: exit status {done.returncode}")
        elif found == 0:
            self.failures.append(f"{group}: printed no BENCH line")
        sys.stdout.flush()


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def timed(command, env, cwd, timeout=3600, stdin=None):
    """Runs a command; returns (wall seconds, its own peak RSS in MB, exit status, output)."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as script:
        script.write((stdin or "").encode())
        script.seek(0)
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdin=script, stdout=output,
                                   stderr=subprocess.STDOUT)
        # wait4 gives this child's own resource use; RUSAGE_CHILDREN would mix in earlier ones.
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                process.kill()
            time.sleep(0.002)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode(errors="replace")
    rss_mb = usage.ru_maxrss / 1024.0  # kilobytes on Linux
    return wall, rss_mb, process.returncode, text


def generate(bench, count, path, change_share=None, codes=True):
    command = [sys.executable, bench.args.generator, str(count), path]
    if change_share:
        command += ["--change-share", str(change_share)]
    if not codes:
        command += ["--no-codes"]
    subprocess.run(command, check=True)


def entre_import(bench, event, csv, create):
    """Times `entre-cli new` (when create) and `entre-cli import`: (both, peak RSS, the import
    alone); None when one failed."""
    cli = bench.args.entre_cli
    total, rss, wall = 0.0, 0.0, 0.0
    steps = [[cli, "new", event, "--name", "Benchmark", "--date", "2026-06-15"]] if create else []
    steps.append([cli, "import", event, csv])
    for step in steps:
        wall, peak, status, output = timed(step, bench.env, bench.work)
        if status != 0:
            bench.failures.append(f"import: {' '.join(step[1:2])} exit status {status}: "
                                  f"{output.strip()[-400:]}")
            print(output)
            return None
        total += wall
        rss = max(rss, peak)
    return total, rss, wall


def shell_import(bench, csv, database, codes=True):
    """The peer: .import and an FTS5 index over the same rows, in one sqlite3 shell process."""
    if not bench.sqlite3:
        return None
    code = ", code" if codes else ""
    script = f"""PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE registrations(first_name, last_name, email, organisation, title, diet,
    registered{code});
.mode csv
.separator ;
.import --skip 1 '{csv}' registrations
CREATE VIRTUAL TABLE registrations_fts USING fts5(first_name, last_name, organisation, email
    {code}, tokenize="unicode61 remove_diacritics 2", prefix='1 2 3');
INSERT INTO registrations_fts(rowid, first_name, last_name, organisation, email{code})
    SELECT rowid, first_name, last_name, organisation, email{code} FROM registrations;
"""
    wall, _, status, output = timed([bench.sqlite3, "-bail", database], bench.env, bench.work,
                                    stdin=script)
    if status != 0:
        bench.failures.append(f"import peer: sqlite3 exit status {status}: {output[-400:]}")
        return None
    return wall


def remove_event(path):
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def median_or_none(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def run_imports(bench, smoke):
    count = 2000 if smoke else 100000
    repeats = 1 if smoke else IMPORT_REPEATS
    size = f"{count:,}"
    print(f"\n=== import: {size} rows, {repeats} alternating runs each", flush=True)
    first_csv = os.path.join(bench.work, "registrations.csv")
    updated_csv = os.path.join(bench.work, "registrations-updated.csv")
    plain_csv = os.path.join(bench.work, "registrations-no-codes.csv")
    generate(bench, count, first_csv)
    generate(bench, count, updated_csv, change_share=0.01)
    # Many registration exports have no codes: the desk makes one for each person.
    generate(bench, count, plain_csv, codes=False)
    event = os.path.join(bench.work, "import.entre")
    plain_event = os.path.join(bench.work, "import-no-codes.entre")
    peer_db = os.path.join(bench.work, "peer-import.sqlite")
    plain_peer_db = os.path.join(bench.work, "peer-import-no-codes.sqlite")
    firsts, peers, agains, plains, plain_peers = [], [], [], [], []
    for _ in range(repeats):
        for path in (event, plain_event, peer_db, plain_peer_db):
            remove_event(path)
        first = entre_import(bench, event, first_csv, create=True)
        peers.append(shell_import(bench, first_csv, peer_db))
        # The first import alone (without `new`) is what the re-import is held against.
        again = entre_import(bench, event, updated_csv, create=False) if first else None
        plain = entre_import(bench, plain_event, plain_csv, create=True)
        plain_peers.append(shell_import(bench, plain_csv, plain_peer_db, codes=False))
        if first is None or again is None or plain is None:
            return
        firsts.append(first)
        agains.append(again)
        plains.append(plain)
    first_time = statistics.median(f[0] for f in firsts)
    print(f"entre-cli new + import: {first_time:.2f} s, peak RSS {max(f[1] for f in firsts):.0f} MB")
    peer = median_or_none(peers)
    print(f"{SQLITE_PEER}: " + (f"{peer:.2f} s" if peer is not None else "n/a"))
    bench.add("import", "import_new", f"New event plus import of {size} rows", first_time,
              SQLITE_PEER, peer, "s", "at most 1.5x the peer")
    again_time = statistics.median(a[0] for a in agains)
    print(f"entre-cli import of the updated list: {again_time:.2f} s")
    bench.add("import", "import_update", f"Re-import of an updated {size}-row list with 1% "
              "changed rows", again_time, "Entré's own first import of the list",
              statistics.median(f[2] for f in firsts), "s", "at most 2x the first import")
    plain_time = statistics.median(p[0] for p in plains)
    print(f"entre-cli new + import without codes: {plain_time:.2f} s")
    bench.add("import", "import_no_codes", f"New event plus import of {size} rows without codes",
              plain_time, SQLITE_PEER, median_or_none(plain_peers), "s", "at most 1.5x the peer")


def run_large_import(bench):
    """A 1,000,000-row list into a new event: entre-cli's own peak memory, and its time."""
    count = 1000000
    print(f"\n=== import: {count:,} rows, peak RSS", flush=True)
    csv = os.path.join(bench.work, "registrations-1m.csv")
    generate(bench, count, csv)
    event = os.path.join(bench.work, "import-1m.entre")
    done = entre_import(bench, event, csv, create=True)
    if done is None:
        return
    peer = shell_import(bench, csv, os.path.join(bench.work, "peer-import-1m.sqlite"))
    print(f"entre-cli new + import: {done[0]:.2f} s, peak RSS {done[1]:.0f} MB")
    bench.add("import", "import_1m_rss", f"Import of {count:,} rows, peak RSS", done[1], "none",
              None, "MB", "under 400 MB")
    bench.add("import", "import_1m_time", f"New event plus import of {count:,} rows", done[0],
              SQLITE_PEER, peer, "s", "reported")
    for path in (csv, event):
        os.remove(path)


def run_all(bench, smoke):
    extra = ["--smoke"] if smoke else []
    timeout = 300 if smoke else 7200
    args = bench.args
    bench.run_program("search", [args.bench_search] + extra, timeout)
    bench.run_program("checkin", [args.bench_checkin] + extra, timeout)
    bench.run_program("startup", [args.bench_startup] + extra, timeout)
    bench.run_program("desks", [args.bench_desks] + extra, timeout)
    bench.run_program("badges", ["sh", args.badge_bench] + extra +
                      [args.entre_cli, args.make_badge_event, args.data,
                       os.path.dirname(os.path.abspath(args.badge_bench))], timeout)
    run_imports(bench, smoke)
    if not smoke:
        run_large_import(bench)


def format_value(value, unit):
    if value is None:
        return "n/a"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 \
        else f"{value:.1f}"
    return f"{text} {unit}"


def ratio(row):
    if row["value"] is None or not row["peer_value"]:
        return "n/a"
    return f"{row['value'] / row['peer_value']:.2f}x"


def table_lines(rows):
    lines = ["| Measure | Entré | Peer | Peer figure | Ratio (Entré / peer) | Goal |",
             "|---|---:|---|---:|---:|---|"]
    for row in rows:
        peer = "—" if row["peer"] in ("", "none") else row["peer"]
        peer_value = "—" if peer == "—" else format_value(row["peer_value"], row["unit"])
        lines.append(f"| {row['measure']} | {format_value(row['value'], row['unit'])} | {peer} | "
                     f"{peer_value} | {ratio(row) if peer != '—' else '—'} | {row['goal']} |")
    return lines


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with open("/proc/meminfo", encoding="utf-8") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    system = platform.platform()
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release", encoding="utf-8") as release:
            for line in release:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    return f"{model}, {os.cpu_count()} cores, {memory} RAM; {system}, Linux {platform.release()}"


def write_report(path, bench, started, load):
    groups = []
    for row in bench.rows:
        if row["group"] not in groups:
            groups.append(row["group"])
    lines = ["# Performance", "",
             "Generated by `cmake --build build --target bench` (tests/bench/bench.py); every "
             "figure and its peer were measured in the same run, on the same machine. Time "
             "figures vary with the load on the machine.", "",
             f"- Machine: {machine()}",
             f"- Date: {started:%Y-%m-%d %H:%M} UTC",
             f"- Load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", ""]
    lines += table_lines(bench.rows)
    lines += ["", "## How each row is measured", ""]
    for group in groups:
        keys = ", ".join(f"`{row['key']}`" for row in bench.rows if row["group"] == group)
        lines += [f"**{group.capitalize()}** ({keys}). {METHODS.get(group, '')} Goals: "
                  + "; ".join(f"{row['measure']}: {row['goal']}" for row in bench.rows
                              if row["group"] == group) + ".", ""]
    if bench.failures:
        lines += ["## Failed in this run", ""] + [f"- {failure}" for failure in bench.failures]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines).rstrip() + "\n")


def main():
    args = parse_args()
    started = datetime.datetime.now(datetime.timezone.utc)
    load = os.getloadavg()
    for program, help_text in MISSING_HELP.items():
        if not shutil.which(program):
            print(f"{program} not found: its peer figures are n/a ({help_text})", file=sys.stderr)
    if args.work:
        os.makedirs(args.work, exist_ok=True)
    work = tempfile.mkdtemp(prefix="entre-bench-", dir=args.work)
    try:
        bench = Bench(args, work)
        run_all(bench, args.smoke)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + "\n".join(table_lines(bench.rows)))
    # A smoke run writes nothing unless asked to; a full run writes docs/PERFORMANCE.md.
    out = args.out or (None if args.smoke else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "PERFORMANCE.md"))
    if out:
        write_report(out, bench, started, load)
        print(f"\nwritten to {os.path.normpath(out)}")
    for failure in bench.failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if bench.failures else 0


if __name__ == "__main__":
    sys.exit(main())
