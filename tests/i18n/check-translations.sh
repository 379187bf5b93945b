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
[ $status -eq 0 ] && echo "$(basename "$ts"): every string translated"
exit $status
