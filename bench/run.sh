#!/usr/bin/env bash
# bench/run.sh: the `make bench` report.  Codes news corpora from ../shared
# with one thread and with -j 2, and prints articles/s, sentences/s, MB/s,
# peak RSS and the ratio to `wc -w` on the same (decompressed) file, timed in
# the same run, first with dyad's default dictionaries, then with the Phoenix
# dictionaries of ../shared (issue #4 states its speed goal with those), or
# with BENCH_DICT alone when it is set.  A report, never a pass/fail test.
#
#   bench/run.sh BUILD/dyad SHARED_DIR
set -u
dyad=$1 shared=$2
bdir=$(dirname "$dyad")
if [ ! -d "$shared/corpus" ]; then
  echo "bench: $shared/corpus is absent (reference material); nothing to measure"
  exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dict_args=()

now() { date +%s.%N; }

bench_one() {  # FILE LABEL JOBS
  local f=$1 label=$2 jobs=$3
  local t0 t1 t2 t3
  t0=$(now); wc -w "$f" >/dev/null; t1=$(now)
  /usr/bin/time -f '%M' -o "$tmp/rss" "$dyad" code -q -j "$jobs" "${dict_args[@]}" \
      --format tsv "$f" >"$tmp/out.tsv" 2>"$tmp/err"; local rc=$?
  t2=$(now)
  local stats
  stats=$("$dyad" code -j "$jobs" "${dict_args[@]}" --format tsv "$f" 2>&1 >/dev/null | tail -1)
  local arts sents evs
  arts=$(sed -n 's/^dyad: \([0-9]*\) articles.*/\1/p' <<<"$stats")
  sents=$(sed -n 's/.* \([0-9]*\) sentences.*/\1/p' <<<"$stats")
  evs=$(sed -n 's/.* \([0-9]*\) events.*/\1/p' <<<"$stats")
  local mb wc_s dy_s
  mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN{printf "%.1f", b/1e6}')
  wc_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')
  dy_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.3f", b-a}')
  awk -v l="$label" -v j="$jobs" -v mb="$mb" -v a="$arts" -v s="$sents" -v e="$evs" \
      -v t="$dy_s" -v w="$wc_s" -v rss="$(cat "$tmp/rss")" -v rc="$rc" 'BEGIN{
    printf "%-28s -j %d  %7.1f MB  %8d articles  %9d sentences  %8d events\n", l, j, mb, a, s, e;
    printf "%-28s        %.3f s  %10.0f articles/s  %10.0f sentences/s  %7.1f MB/s  peak RSS %.1f MB  wc -w %.3f s  (dyad/wc = %.1fx)  exit %d\n",
      "", t, a/t, s/t, mb/t, rss/1024, w, t/w, rc }'
}

dicts=()
if [ -n "${BENCH_DICT:-}" ]; then dicts=("$BENCH_DICT")
else
  dicts=(default)
  [ -d "$shared/dictionaries/phoenix" ] && dicts+=("$shared/dictionaries/phoenix")
fi
for name in wikipedia-current-events wikinews-sample whitehouse-briefings; do
  src="$shared/corpus/$name.jsonl.gz"
  [ -f "$src" ] && zcat "$src" >"$tmp/$name.jsonl"
done
for dict in "${dicts[@]}"; do
  dict_args=()
  [ "$dict" != default ] && dict_args=(--dict "$dict")
  echo "dyad bench: $("$dyad" --version), $(nproc) cores, dictionaries: $dict"
  # a first run compiles (and caches) a dictionary: not timed
  "$dyad" code -q "${dict_args[@]}" /dev/null >/dev/null 2>&1
  for name in wikipedia-current-events wikinews-sample whitehouse-briefings; do
    [ -f "$tmp/$name.jsonl" ] || continue
    bench_one "$tmp/$name.jsonl" "$name" 1
    bench_one "$tmp/$name.jsonl" "$name" 2
  done
done
rm -f "$tmp"/*.jsonl
for b in "$bdir"/bench/*; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b" "$shared" || echo "bench: $(basename "$b") exited $?"
done
