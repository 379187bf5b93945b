#!/usr/bin/env python3
"""Lists the longest function bodies in the C++ sources, or fails when one is too long.

A function's length is counted from the first line of its signature (a template line aside)
to its closing brace, so a constructor's initialiser list counts too.

Relies on the repository's clang-format style: a function's opening brace stands alone on its
line ("{", or "{}" for an empty body), while a lambda's, a class's, a namespace's and a control
statement's brace ends the line that opens them. A brace alone on its line inside a body opens
a block, not a function: the line above it ends a statement. The closing brace is found by
counting braces outside comments, character and string literals (raw strings included).

    function_lengths.py [--top N] [--max LINES] DIR...
"""
import argparse
import pathlib
import re
import sys

# A line above the signature that ends something else: the signature starts below it.
ENDS_SOMETHING_ELSE = (";", "{", "}")
ACCESS_SPECIFIER = re.compile(r"^(public|protected|private)?\s*(Q_SLOTS|Q_SIGNALS|slots|signals)?\s*:$")
NAME = re.compile(r"(operator\s*(?:\(\)|[^\s(]+)|~?[\w:<>~]+)\s*\(")
TOKENS = re.compile(
    r"""//[^\n]*|/\*.*?\*/|R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)"|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])+'|[{}()]""",
    re.S,
)


def code_only(text):
    """The text with comments and literals blanked out, line breaks kept."""

    def blank(match):
        token = match.group(0)
        return token if token in "{}()" else re.sub(r"[^\n]", " ", token)

    return TOKENS.sub(blank, text)


def balance(text, opening, closing):
    return text.count(opening) - text.count(closing)


def starts_initialiser(line):
    return line.startswith((":", ",")) and not line.startswith("::")


def signature_start(code, brace):
    """The index of the first line of the signature whose body opens at line index brace."""
    start = brace
    while start > 0:
        above = code[start - 1].strip()
        # Inside parentheses or an initialiser that spans lines, everything above belongs.
        inside = balance(" ".join(code[start:brace]), "(", ")") < 0 or balance(
            " ".join(code[start:brace]), "{", "}"
        ) < 0
        if not inside and not starts_initialiser(code[start].strip() if start < brace else ""):
            if not above or above.endswith(ENDS_SOMETHING_ELSE) or above.startswith("#"):
                break
            if above.startswith("template") or ACCESS_SPECIFIER.match(above):
                break
        start -= 1
    return start


def body_end(code, brace):
    """The index of the line holding the brace that closes the one at line index brace."""
    depth = 0
    for index in range(brace, len(code)):
        for char in code[index]:
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return index
    return None


def opens_function(code, index):
    """True when the brace alone on line index opens a function body."""
    if index == 0:
        return False
    above = code[index - 1].strip()
    if not above or above.startswith(("struct", "class", "enum", "namespace", "union", "extern")):
        return False
    if above.endswith(("=", ",", "(")) and not starts_initialiser(above):
        return False  # a braced value
    if above.endswith(ENDS_SOMETHING_ELSE) and not starts_initialiser(above):
        return False  # a block inside a body
    return True


def functions(path):
    """Yields (name, lines, "path:line") for each function body in a source file."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    code = code_only(source).splitlines()
    for index, line in enumerate(code):
        if line.strip() not in ("{", "{}") or not opens_function(code, index):
            continue
        start = signature_start(code, index)
        signature = " ".join(part.strip() for part in code[start:index])
        if "(" not in signature:
            continue
        end = index if line.strip() == "{}" else body_end(code, index)
        if end is None:
            continue
        match = NAME.search(" ".join(part.strip() for part in lines[start:index]))
        name = match.group(1) if match else signature[:60]
        yield name, end - start + 1, f"{path}:{start + 1}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=5, help="list so many of the longest")
    parser.add_argument("--max", type=int, default=0, help="fail when a function is longer")
    parser.add_argument("dirs", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    found = []
    for directory in args.dirs:
        if not directory.is_dir():
            parser.error(f"{directory} is not a folder")
        for path in sorted(directory.rglob("*.cpp")):
            found.extend(functions(path))
    found.sort(key=lambda item: (-item[1], item[2]))
    for name, length, where in found[: args.top]:
        print(f"{length:5d}  {name}  {where}")
    if args.max:
        over = [item for item in found if item[1] > args.max]
        for name, length, where in over:
            print(f"{where}: {name} is {length} lines; the limit is {args.max}", file=sys.stderr)
        print(
            f"{len(found)} functions, {len(over)} longer than {args.max} lines",
            file=sys.stderr if over else sys.stdout,
        )
        return 1 if over else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
