#!/usr/bin/env python3
"""Checks that the application's folders depend on each other only downward, or reports how
they do.

    app/core   the event, its store and everything without a face: no widgets, no printing
    app/print  printing badges: uses core
    app/gui    the desk's window: uses core and print
    app/cli    entre-cli: uses core and print

Fails (exit status 1) when
  - app/core includes a file of app/gui, app/print or app/cli, or a QtWidgets or QtPrintSupport
    header;
  - app/print includes a file of app/gui or app/cli;
  - app/gui includes a file of app/cli, or app/cli one of app/gui;
  - app/gui or app/cli names QSqlDatabase, QSqlQuery or QSqlError, or includes a QtSql header;
  - QPrinter or QPrinterInfo appears outside app/print;
  - a string literal in app/gui or app/cli holds SQL (SELECT, INSERT INTO, UPDATE ... SET,
    DELETE FROM).
Comments do not count. With --report it first prints which folder includes which (include lines,
counted) and how often each folder names QSqlDatabase and QPrinter.

    layering.py [--report] [--root DIR] [--qt-headers DIR]

--root is the source tree (default: the one this script is in), so a copy of an older tree can be
reported on for comparison. --qt-headers is Qt's include folder, to tell which Qt module a header
such as <QWidget> belongs to; by default qtpaths6 or qmake6 says where it is.
"""
import argparse
import collections
import pathlib
import re
import shutil
import subprocess
import sys

FOLDERS = ("core", "print", "gui", "cli")
# Which folders each folder may include files of.
MAY_INCLUDE = {
    "core": {"core"},
    "print": {"core", "print"},
    "gui": {"core", "print", "gui"},
    "cli": {"core", "print", "cli"},
}
QT_MODULES = ("QtWidgets", "QtPrintSupport", "QtSql")
FORBIDDEN_MODULES = {
    "core": {"QtWidgets", "QtPrintSupport"},
    "gui": {"QtSql"},
    "cli": {"QtSql"},
}
DATABASE_NAMES = re.compile(r"\b(QSqlDatabase|QSqlQuery|QSqlError)\b")
PRINTER_NAMES = re.compile(r"\b(QPrinter|QPrinterInfo)\b")
SQL = re.compile(r"\bSELECT\s|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)

COMMENT = r"//[^\n]*|/\*.*?\*/"
LITERAL = r"""R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)"|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'"""
TOKENS = re.compile(f"(?P<comment>{COMMENT})|(?P<literal>{LITERAL})", re.S)


class Source:
    """One file: its text without comments, without comments and literals, and its literals."""

    def __init__(self, path):
        self.path = path
        text = path.read_text(encoding="utf-8", errors="replace")
        self.literals = []  # (line, text)

        def without_comments(match):
            if match.group("literal") is not None:
                line = text.count("\n", 0, match.start()) + 1
                self.literals.append((line, match.group("literal")))
                return match.group(0)
            return blank(match.group(0))

        self.code = TOKENS.sub(without_comments, text)
        self.bare = TOKENS.sub(lambda match: blank(match.group(0)), text)

    def includes(self):
        for match in INCLUDE.finditer(self.code):
            yield self.line_of(match.start()), match.group(1) == "<", match.group(2).strip()

    def names(self, pattern):
        for match in pattern.finditer(self.bare):
            yield self.line_of(match.start()), match.group(1)

    def line_of(self, offset):
        return self.code.count("\n", 0, offset) + 1


def blank(text):
    return re.sub(r"[^\n]", " ", text)


def qt_header_folder(given):
    if given:
        return pathlib.Path(given)
    for tool, arguments in (("qtpaths6", ["--query", "QT_INSTALL_HEADERS"]),
                            ("qmake6", ["-query", "QT_INSTALL_HEADERS"]),
                            ("qtpaths", ["--query", "QT_INSTALL_HEADERS"])):
        if shutil.which(tool):
            answer = subprocess.run([tool] + arguments, capture_output=True, text=True)
            if answer.returncode == 0 and answer.stdout.strip():
                return pathlib.Path(answer.stdout.strip())
    return None


def qt_modules_by_header(folder):
    """Header name (QWidget, qwidget.h) to module, for the modules the rules are about."""
    modules = {}
    for module in QT_MODULES:
        if folder and (folder / module).is_dir():
            for header in (folder / module).iterdir():
                modules[header.name] = module
        modules[module] = module
    return modules


class Layering:
    def __init__(self, root, qt_headers):
        self.root = root
        self.app = root / "app"
        self.qt_modules = qt_modules_by_header(qt_headers)
        self.includes = collections.Counter()  # (folder, folder or module) -> include lines
        self.uses = collections.Counter()  # (folder, name) -> times named
        self.files_using = collections.defaultdict(set)  # (folder, name) -> files
        self.violations = []

    def run(self):
        for folder in FOLDERS:
            for path in sorted((self.app / folder).rglob("*")):
                if path.suffix in (".cpp", ".h") and path.is_file():
                    self.check(folder, Source(path))
        return self

    def flag(self, source, line, message):
        self.violations.append((str(source.path.relative_to(self.root)), line, message))

    def resolve(self, folder, source, name):
        """The folder of app a quoted include names, found as the compiler would look."""
        candidates = [source.path.parent / name, self.app / folder / name]
        candidates += [self.app / other / name for other in FOLDERS if other != folder]
        for candidate in candidates:
            if candidate.is_file():
                relative = candidate.resolve().relative_to(self.app.resolve())
                return relative.parts[0]
        return None

    def module(self, name):
        first = name.split("/")[0]
        if first in QT_MODULES:
            return first
        return self.qt_modules.get(name)

    def check(self, folder, source):
        for line, angled, name in source.includes():
            target = self.module(name) if angled else self.resolve(folder, source, name)
            if target is None:
                continue
            self.includes[folder, target] += 1
            if target in FOLDERS and target not in MAY_INCLUDE[folder]:
                self.flag(source, line, f"app/{folder} includes {name} of app/{target}")
            if target in FORBIDDEN_MODULES.get(folder, ()):
                self.flag(source, line, f"app/{folder} includes <{name}> of {target}")
        for pattern in (DATABASE_NAMES, PRINTER_NAMES):
            for line, name in source.names(pattern):
                self.uses[folder, name] += 1
                self.files_using[folder, name].add(source.path)
                if pattern is DATABASE_NAMES and folder in ("gui", "cli"):
                    self.flag(source, line, f"{name} in app/{folder}")
                if pattern is PRINTER_NAMES and folder != "print":
                    self.flag(source, line, f"{name} in app/{folder}")
        if folder in ("gui", "cli"):
            for line, literal in source.literals:
                if SQL.search(literal):
                    self.flag(source, line, f"SQL in a string in app/{folder}: "
                        f"{literal[:60]}")

    def report(self, out):
        columns = list(FOLDERS) + list(QT_MODULES)
        print("Include lines: the row's folder includes files of the column's folder", file=out)
        print("(or headers of the Qt module).", file=out)
        table(out, columns, {f: [self.includes[f, c] or "." for c in columns] for f in FOLDERS})
        names = ["QSqlDatabase", "QSqlQuery", "QSqlError", "QPrinter", "QPrinterInfo"]
        rows = {}
        for folder in FOLDERS:
            rows[folder] = [
                f"{self.uses[folder, n]}/{len(self.files_using[folder, n])}"
                if self.uses[folder, n] else "."
                for n in names
            ]
        print("Uses outside comments: times named / in so many files.", file=out)
        table(out, names, rows)


def table(out, columns, rows):
    widths = [max(len(column), 4) + 2 for column in columns]
    print("app/".ljust(7) + "".join(c.rjust(w) for c, w in zip(columns, widths)), file=out)
    for name, cells in rows.items():
        print(name.ljust(7) + "".join(str(c).rjust(w) for c, w in zip(cells, widths)), file=out)
    print(file=out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="print the include matrix and uses")
    parser.add_argument("--root", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("--qt-headers", help="Qt's include folder")
    args = parser.parse_args()
    if not (args.root / "app" / "core").is_dir():
        parser.error(f"{args.root} holds no app/core")
    headers = qt_header_folder(args.qt_headers)
    if headers is None or not (headers / "QtWidgets").is_dir():
        print("layering.py: Qt's headers not found; pass --qt-headers", file=sys.stderr)
        return 2
    layering = Layering(args.root, headers).run()
    if args.report:
        layering.report(sys.stdout)
    for path, line, message in sorted(layering.violations):
        print(f"{path}:{line}: {message}", file=sys.stderr)
    if layering.violations:
        print(f"{len(layering.violations)} layering violation(s)", file=sys.stderr)
        return 1
    print("Layering holds: every include points downward; no SQL or database handle in app/gui "
          "or app/cli; QPrinter only in app/print")
    return 0


if __name__ == "__main__":
    sys.exit(main())
