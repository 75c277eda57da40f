#!/bin/sh
# score_dev.sh: scores dyad on a dev set of golden news sentences.
#
# The dev set (default tests/accuracy/news-dev.jsonl) holds one sentence per
# line: {"id", "date", "text", "events": [{"source","target","code"}...]},
# each with the events a careful CAMEO coder would produce.  Each line is
# coded as a one-sentence story by DYAD (default build/dyad, with its own
# default dictionary) and the event sets are compared at event level:
# (sentence, source key, target key, CAMEO root), where an actor's key is its
# first 3 letters (the country), or its first 6 for IGO/NGO/IMG/MNC codes
# (IGOUNO and IGOEUR stay apart), after aliasing old spellings of one
# country as the plover-gsr-dev scorer does (ROM ROU, MTN MNE, TMP TLS,
# KOS KSV, PAL PSE, and YUG and SCG to SRB, Serbia being the successor).
# Events whose source or target key is empty or "---" are left out on
# both sides (no country to compare).
# Prints gold, system, matched, P/R/F1; with -v also every miss (-) and
# false event (+) with its sentence id.  Plain POSIX sh + awk, no jq.
#
# usage: tools/score_dev.sh [-v] [-d DYAD] [-D DICT] [DEVSET]
# (-D: dictionary for dyad's --dict, e.g. an older .dyd to compare)
set -eu
verbose=0
dict=
dyad=${DYAD:-build/dyad}
while [ $# -gt 0 ]; do
  case $1 in
    -v) verbose=1; shift ;;
    -d) dyad=$2; shift 2 ;;
    -D) dict=$2; shift 2 ;;
    *) break ;;
  esac
done
dev=${1:-tests/accuracy/news-dev.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$dict" ]; then
  "$dyad" code -q --dict "$dict" --format jsonl "$dev" > "$tmp/sys.jsonl"
else
  "$dyad" code -q --format jsonl "$dev" > "$tmp/sys.jsonl"
fi

# keys: one line per event "ID SRC TGT ROOT", deduplicated.  The awk
# functions both sides share: key() (country or IGO key, old spellings
# aliased) and val() (a string field of a flat JSON object).
lib='
function key(c,   k) {
  if (c ~ /^(IGO|NGO|IMG|MNC)/) return substr(c, 1, 6)
  k = substr(c, 1, 3)
  return (k in alias) ? alias[k] : k
}
BEGIN { alias["ROM"] = "ROU"; alias["MTN"] = "MNE"; alias["TMP"] = "TLS"
        alias["KOS"] = "KSV"; alias["PAL"] = "PSE"; alias["YUG"] = "SRB"
        alias["SCG"] = "SRB" }
function val(s, k,   r) {
  if (!match(s, "\"" k "\": *\"[^\"]*\"")) return ""
  r = substr(s, RSTART, RLENGTH); sub(/^[^:]*: *"/, "", r); sub(/"$/, "", r)
  return r
}
'
awk "$lib"'
{
  id = val($0, "id")
  rest = $0; sub(/^.*"events": *\[/, "", rest)
  while (match(rest, /\{[^}]*\}/)) {
    ev = substr(rest, RSTART, RLENGTH); rest = substr(rest, RSTART + RLENGTH)
    s = key(val(ev, "source")); t = key(val(ev, "target"))
    if (s == "" || t == "" || s == "---" || t == "---") continue
    print id, s, t, substr(val(ev, "code"), 1, 2)
  }
}' "$dev" | sort -u > "$tmp/gold"
awk "$lib"'
{
  s = key(val($0, "source")); t = key(val($0, "target"))
  if (s == "" || t == "" || s == "---" || t == "---") next
  print val($0, "story_id"), s, t, substr(val($0, "code"), 1, 2)
}' "$tmp/sys.jsonl" | sort -u > "$tmp/sys"

g=$(wc -l < "$tmp/gold"); s=$(wc -l < "$tmp/sys")
m=$(comm -12 "$tmp/gold" "$tmp/sys" | wc -l)
if [ "$verbose" = 1 ]; then
  comm -23 "$tmp/gold" "$tmp/sys" | sed 's/^/- /'
  comm -13 "$tmp/gold" "$tmp/sys" | sed 's/^/+ /'
fi
awk -v g="$g" -v s="$s" -v m="$m" -v f="$dev" 'BEGIN {
  p = s ? 100 * m / s : 0; r = g ? 100 * m / g : 0
  f1 = (p + r) ? 2 * p * r / (p + r) : 0
  printf "%s: gold %d, system %d, matched %d: P %.1f R %.1f F1 %.1f\n", f, g, s, m, p, r, f1
}'
