#!/bin/sh
# corpus_join.sh: builds a scorable dev set from gold events kept by id.
#
# Gold sets coded on a corpus we may not copy (../shared/corpus, see its
# README) keep only ids and events in the repository: one
# {"id": ..., "events": [...]} per line.  This joins them with the
# corpus records of the same ids and prints dev-set lines
# {"id", "date", "text", "events"} (the format tools/score_dev.sh reads),
# in the gold file's order.  Exits 3 when the corpus is absent, 1 when a
# gold id is not in the corpus.  Plain POSIX sh + awk.
#
# usage: tools/corpus_join.sh GOLD.jsonl CORPUS.jsonl[.gz] > DEVSET.jsonl
set -eu
gold=$1 corpus=$2
[ -f "$corpus" ] || { echo "corpus_join: $corpus: not found" >&2; exit 3; }
case $corpus in *.gz) cat_=zcat ;; *) cat_=cat ;; esac
$cat_ "$corpus" | awk -v goldfile="$gold" '
function str(s, k,   r) {     # the raw JSON string value of field k, quotes included
  if (!match(s, "\"" k "\": *\"([^\"\\\\]|\\\\.)*\"")) return ""
  r = substr(s, RSTART, RLENGTH); sub(/^"[^"]*": */, "", r)
  return r
}
BEGIN {
  n = 0
  while ((getline l < goldfile) > 0) {
    id = str(l, "id"); if (id == "") continue
    ev = l; sub(/^.*"events": */, "", ev); sub(/} *$/, "", ev)
    order[++n] = id; events[id] = ev
  }
}
{
  id = str($0, "id")
  if (id in events) rec[id] = "{\"id\": " id ", \"date\": " str($0, "date") ", \"text\": " str($0, "text") ", \"events\": " events[id] "}"
}
END {
  bad = 0
  for (i = 1; i <= n; i++) {
    if (!(order[i] in rec)) { print "corpus_join: " order[i] " not in the corpus" > "/dev/stderr"; bad = 1; continue }
    print rec[order[i]]
  }
  exit bad
}'
