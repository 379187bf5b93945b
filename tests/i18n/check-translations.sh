#!/usr/bin/env bash
# Fails when a user-visible string in app/ has no Swedish translation, or when the .ts file is
# out of date with the sources (then: cmake --build build --target update_translations).
set -euo pipefail
lupdate=$1
sources=$2
ts=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$sources" -ts "$work/check.ts"

status=0
if ! cmp -s "$ts" "$work/check.ts"; then
    echo "$(basename "$ts") is out of date with the sources; run the update_translations target." >&2
    diff -u "$ts" "$work/check.ts" | head -40 >&2 || true
    status=1
fi
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "$unfinished strings have no translation in $(basename "$ts"):" >&2
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -40 >&2
    status=1
fi
# A tr() in a free function is filed under its namespace, while the program asks for the
# context its wrapper names, so such a text is never shown translated. Every context must be a
# class (or a context declared with Q_DECLARE_TR_FUNCTIONS), never a bare namespace.
namespaces=$(grep -oE '<name>(entre|entre::[a-z][A-Za-z]*(::[A-Za-z]+)*)</name>' "$work/check.ts" |
    grep -vx '<name>entre::cli</name>' || true)
if [ -n "$namespaces" ]; then
    echo "Texts filed under a namespace, which the program never looks up:" >&2
    echo "$namespaces" >&2
    status=1
fi
[ $status -eq 0 ] && echo "$(basename "$ts"): every string translated"
exit $status
