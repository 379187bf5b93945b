#!/usr/bin/env bash
# Fails when a C++ source differs from what the repository's .clang-format makes of it.
# To fix: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -t files < <(find app tests -name '*.cpp' -o -name '*.h' | sort)
"$clang_format" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted as .clang-format says"
