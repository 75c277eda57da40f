#!/usr/bin/env bash
# devsets.sh: the accuracy ratchet over our own dev sets.  Scores dyad with
# its default dictionaries on every dev set named in
# tests/accuracy/devsets.ratchet (tools/score_dev.sh, event level: source
# country, target country, CAMEO root) and fails a set when its matched
# events fall below the recorded minimum or its false events rise above the
# recorded maximum.  Raise the figures as dyad improves; never loosen them
# without a written reason in the ratchet file.  A set kept as ids and
# events only (FILE.gold.jsonl, coded on a corpus we may not copy) names
# its corpus in a fourth column and is joined with it first
# (tools/corpus_join.sh); it is skipped, with a message, when the corpus
# is absent.  Prints one line per set, then "RESULT pass fail skip" for
# tests/run.sh.
#
#   tests/devsets.sh BUILD/dyad
set -u
dyad=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
pass=0 fail=0 skip=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r file min_match max_false corpus _; do
  case $file in ''|'#'*) continue ;; esac
  if [ ! -f "$file" ]; then
    echo "FAIL devset: $file named in the ratchet is missing"; fail=$((fail + 1)); continue
  fi
  case $file in
    *.gold.jsonl)
      if [ ! -f "$corpus" ]; then
        echo "skip devset: $file needs its corpus $corpus (absent)"; skip=$((skip + 1)); continue
      fi
      joined=$tmp/$(basename "$file" .gold.jsonl).jsonl
      sh tools/corpus_join.sh "$file" "$corpus" > "$joined" || {
        echo "FAIL devset: $file: joining with $corpus failed"; fail=$((fail + 1)); continue; }
      score_file=$joined ;;
    *) score_file=$file ;;
  esac
  line=$(sh tools/score_dev.sh -d "$dyad" "$score_file") || {
    echo "FAIL devset: $file: scoring failed"; fail=$((fail + 1)); continue; }
  line=$file${line#"$score_file"}
  sys=$(sed -n 's/.*system \([0-9]*\),.*/\1/p' <<<"$line")
  m=$(sed -n 's/.*matched \([0-9]*\):.*/\1/p' <<<"$line")
  falses=$((sys - m))
  if [ "$m" -ge "$min_match" ] && [ "$falses" -le "$max_false" ]; then
    pass=$((pass + 1)); echo "ok   $line"
  else
    fail=$((fail + 1))
    echo "FAIL $line (ratchet: matched >= $min_match, false <= $max_false; got $m, $falses)"
  fi
done < tests/accuracy/devsets.ratchet
echo "RESULT $pass $fail $skip"
[ "$fail" = 0 ]
