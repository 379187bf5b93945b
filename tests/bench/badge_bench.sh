#!/bin/sh
# 1,000 name badges with QR codes on Avery L4785 sheets to PDF: entre-cli against
# glabels-3-batch, from the same people with the same fields. Prints both times and the ratio,
# and a BENCH line for tests/bench/bench.py. --smoke makes 50 badges.
# Arguments: [--smoke] ENTRE_CLI MAKE_BADGE_EVENT DATA_DIR BENCH_DIR [COUNT]
set -eu
smoke=
if [ "${1:-}" = --smoke ]; then
    smoke=1
    shift
fi
CLI=$1
MAKE_EVENT=$2
DATA=$3
BENCH=$4
COUNT=${5:-1000}
[ -z "$smoke" ] || COUNT=50

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample list repeated to COUNT people, each with a code of their own: once with the
# columns the Entré importer reads, once as gLabels merge data with a band colour per type.
awk -F';' -v count="$COUNT" -v semi="$WORK/people.csv" -v comma="$WORK/glabels.csv" '
    NR == 1 { sub(/^\xef\xbb\xbf/, ""); next }
    { n++; first[n] = $1; last[n] = $2; mail[n] = $3; org[n] = $4; title[n] = $5 }
    END {
        print "Förnamn;Efternamn;E-post;Organisation;Befattning;Specialkost;Anmäld;Kod" > semi
        print "first,last,organisation,title,code,colour" > comma
        for (i = 0; i < count; i++) {
            k = i % n + 1
            code = sprintf("B%05d", i + 1)
            colour = org[k] ~ /kommun/ ? "#1f5fa8" : org[k] ~ /^Region/ ? "#2e7d4f" : \
                     org[k] ~ /landsting/ ? "#b02e2e" : "#55606b"
            print first[k] ";" last[k] ";" mail[k] ";" org[k] ";" title[k] ";;;" code > semi
            print first[k] "," last[k] "," org[k] "," title[k] "," code "," colour > comma
        }
    }' "$DATA/samples/digitala-vasterbotten-2016.csv"

"$MAKE_EVENT" "$WORK/event.entre" "$WORK/people.csv"

now() { date +%s.%N; }
# b - a in seconds, and a / b, without bc (not on every machine).
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
quotient() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

start=$(now)
if ! "$CLI" badges "$WORK/event.entre" --stock avery-l4785 -o "$WORK/entre.pdf" \
    >"$WORK/entre.log" 2>&1; then
    cat "$WORK/entre.log" >&2
    exit 1
fi
entre=$(elapsed "$start" "$(now)")

glabels="n/a"
if command -v glabels-3-batch >/dev/null 2>&1; then
    cp "$BENCH/badge-bench.glabels" "$WORK/badge.glabels"
    start=$(now)
    if glabels-3-batch -i "$WORK/glabels.csv" -o "$WORK/glabels.pdf" "$WORK/badge.glabels" \
        >/dev/null 2>&1; then
        glabels=$(elapsed "$start" "$(now)")
    else
        echo "glabels-3-batch failed; its figure is n/a"
    fi
fi

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
printf 'badges: %s on Avery L4785 (A4, 2 x 5), with QR codes\n' "$COUNT"
printf 'entre-cli badges:  %6.2f s  (%s pages)\n' "$entre" "$(pages "$WORK/entre.pdf")"
if [ "$glabels" = "n/a" ]; then
    echo "glabels-3-batch:   not installed (apt-get install glabels)"
else
    printf 'glabels-3-batch:   %6.2f s  (%s pages)\n' "$glabels" "$(pages "$WORK/glabels.pdf")"
    printf 'ratio:             %6.1f x faster\n' "$(quotient "$glabels" "$entre")"
fi
printf 'BENCH\tbadges_%s\t%s badges with QR on Avery L4785 to PDF\t%.3f\tglabels-3-batch\t%s\ts\t%s\n' \
    "$COUNT" "$COUNT" "$entre" "$glabels" "at least 10x faster than the peer"
