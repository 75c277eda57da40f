#!/usr/bin/env bash
# memcheck.sh: runs the dyad command under valgrind (memcheck, leak check)
# on a few representative commands and prints one line per case, then
# "RESULT pass fail skip" for tests/run.sh.
#
#   tests/memcheck.sh BUILD/dyad
set -u
dyad=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/tests/cli" || exit 1
if ! command -v valgrind >/dev/null 2>&1; then
  echo "skip memcheck: valgrind is not installed"
  echo "RESULT 0 0 1"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {  # NAME ARGS...
  local name=$1; shift
  if valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect \
       --error-exitcode=99 -q "$dyad" "$@" >/dev/null 2>"$tmp/err"; rc=$?; [ "$rc" != 99 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL memcheck: $name"; sed -n '1,20p' "$tmp/err"
  fi
}
check "code jsonl + store" code -q --db "$tmp/m.db" --format jsonl input/good.jsonl input/bad.jsonl
check "code -j 2 sentences" code -q -j 2 --format sentences input/good.jsonl input/story.txt input/dir
check "code with a text dictionary, explain" code -q --explain --dict input/dict input/coded.jsonl
check "dict check with errors" dict check input/baddict
check "dict compile + lookup" dict compile input/dict -o "$tmp/d.dyd"
check "dict lookup compiled" dict lookup firefly --dict "$tmp/d.dyd"
check "truncated gzip" code -q --format tsv <(gzip -c input/good.jsonl | head -c 200)
echo "RESULT $pass $fail 0"
[ "$fail" = 0 ]
