#!/usr/bin/env bash
# run.sh: runs every test for the given build directories and prints one
# closing line "N passed, N failed, N skipped".
#
#   tests/run.sh build [build-san ...]
#
# For each build directory: the cmocka unit tests (BUILD/tests/test_*),
# counted per test case, and the golden CLI tests (tests/cli/*.test, see
# tests/cli.sh), counted per case; then valgrind (tests/memcheck.sh) and
# the dev-set accuracy ratchet (tests/devsets.sh) on the first build.
# Reference material from ../shared is found through DYAD_SHARED; tests
# that need it skip when it is absent.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
export DYAD_SHARED=${DYAD_SHARED:-$root/../shared}
pass=0 fail=0 skip=0
failed_names=()
for b in "$@"; do
  bdir=$root/$b
  echo "== unit tests ($b)"
  for t in "$bdir"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    out=$(cd "$root" && "$t" 2>&1)
    rc=$?
    ok=$(grep -c '^\[       OK \]' <<<"$out")
    bad=$(grep -c '^\[  FAILED  \] [a-z_]' <<<"$out")
    sk=$(grep -c '^\[  SKIPPED \]' <<<"$out")
    if [ "$rc" != 0 ] && [ "$bad" = 0 ]; then bad=1; fi
    pass=$((pass + ok)); fail=$((fail + bad)); skip=$((skip + sk))
    printf '  %-24s %3d passed, %d failed, %d skipped\n' "$name" "$ok" "$bad" "$sk"
    if [ "$bad" != 0 ]; then
      failed_names+=("$b/$name")
      grep -E 'FAILED|error|ERROR|Sanitizer|runtime error' <<<"$out" | head -20 | sed 's/^/    /'
    fi
  done
  echo "== CLI tests ($b)"
  res=$("$root/tests/cli.sh" "$bdir/dyad" "$root"/tests/cli/*.test)
  rc=$?
  printf '%s\n' "$res" | grep -v '^RESULT ' | sed 's/^/  /'
  read -r _ p f s < <(grep '^RESULT ' <<<"$res")
  pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0})); skip=$((skip + ${s:-0}))
  if [ "$rc" != 0 ] && [ "${f:-0}" = 0 ]; then fail=$((fail + 1)); fi
  [ "${f:-0}" != 0 ] && failed_names+=("$b/cli")
done
# valgrind on the plain (first) build only: sanitizers cover the other
echo "== valgrind ($1)"
res=$("$root/tests/memcheck.sh" "$root/$1/dyad")
printf '%s\n' "$res" | grep -v '^RESULT ' | sed 's/^/  /'
read -r _ p f s < <(grep '^RESULT ' <<<"$res")
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0})); skip=$((skip + ${s:-0}))
[ "${f:-0}" != 0 ] && failed_names+=("valgrind")
# accuracy ratchet over our dev sets, plain build only (same engine)
echo "== dev sets ($1)"
res=$("$root/tests/devsets.sh" "$root/$1/dyad")
printf '%s\n' "$res" | grep -v '^RESULT ' | sed 's/^/  /'
read -r _ p f s < <(grep '^RESULT ' <<<"$res")
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-0})); skip=$((skip + ${s:-0}))
[ "${f:-0}" != 0 ] && failed_names+=("devsets")
[ ${#failed_names[@]} -gt 0 ] && echo "failures in: ${failed_names[*]}"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
