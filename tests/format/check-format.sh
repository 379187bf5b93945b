#!/usr/bin/env bash
# Fails when a C++ source differs from what the repository's .clang-format makes of it.
# To fix: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -t files < <(find app tests -name '*.cpp' -o -name '*.h' | sort)
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"

# QLatin1String and QLatin1Char take Latin-1, but the sources are UTF-8: "—" or "å" in one of
# them shows as mojibake. Such text belongs in QStringLiteral.
if grep -nP 'QLatin1(String|Char)\([^)]*[^\x00-\x7F]' "${files[@]}"; then
    echo "non-ASCII text in QLatin1String/QLatin1Char above: use QStringLiteral" >&2
    exit 1
fi
