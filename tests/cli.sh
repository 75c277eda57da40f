#!/usr/bin/env bash
# cli.sh: golden tests of the dyad command, jq-style data files.
#
#   tests/cli.sh PATH/TO/dyad tests/cli/*.test
#
# A .test file holds cases; each case starts with a line "%% NAME" and has:
#   $ COMMAND         a bash command line run in tests/cli/ with `dyad` on PATH
#   < LINE            a line of standard input (optional, repeatable)
#   > LINE            a line of expected standard output (compared exactly;
#                     no '>' lines means stdout must be empty)
#   ! LINE            a line of expected standard error (compared exactly
#                     when at least one '!' line is given, else ignored)
#   !!                standard error must be empty
#   ? N               expected exit status (default 0)
#   @needs-shared     skip the case when ../shared (DYAD_SHARED) is absent
# Each case runs with TMPDIR set to a fresh directory of its own, removed
# afterwards: scratch files go there, so parallel runs never collide.
# Lines starting with '#' and blank lines between cases are comments.
# Use ">" alone (or "!" alone) for an empty expected line.
set -u
dyad_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
here=$(cd "$(dirname "$0")" && pwd)
bindir=$(mktemp -d); trap 'rm -rf "$bindir"' EXIT
ln -s "$dyad_bin" "$bindir/dyad"
shared=${DYAD_SHARED:-$here/../../shared}
pass=0 fail=0 skip=0

run_case() {
  [ -z "$name" ] && return
  if [ "$needs_shared" = 1 ] && [ ! -d "$shared" ]; then
    echo "skip $file: $name (no ../shared: reference material absent)"
    skip=$((skip + 1)); return
  fi
  local out err rc
  out=$(mktemp); err=$(mktemp)
  local scratch; scratch=$(mktemp -d)
  (cd "$here/cli" && PATH="$bindir:$PATH" DYAD_SHARED="$shared" \
     TMPDIR="$scratch" bash -c "$cmd" <<<"$stdin_data" >"$out" 2>"$err")
  rc=$?
  rm -rf "$scratch"
  local ok=1 why=""
  if [ "$rc" != "$want_rc" ]; then ok=0; why="exit $rc, want $want_rc"; fi
  if ! diff -u <(printf '%s' "$want_out") "$out" >"$out.diff"; then
    ok=0; why="$why stdout differs"
  fi
  if [ "$check_err" = 1 ] && ! diff -u <(printf '%s' "$want_err") "$err" >"$err.diff"; then
    ok=0; why="$why stderr differs"
  fi
  if [ "$ok" = 1 ]; then pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $file: $name:$why"
    echo "  \$ $cmd"
    [ -s "$out.diff" ] && sed -n '1,30p' "$out.diff" | sed 's/^/  /'
    [ -s "$err.diff" ] && sed -n '1,30p' "$err.diff" | sed 's/^/  /'
    [ "$check_err" = 0 ] && sed -n '1,10p' "$err" | sed 's/^/  stderr: /'
  fi
  rm -f "$out" "$err" "$out.diff" "$err.diff"
}

for f in "$@"; do
  file=$(basename "$f")
  name=""
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "%% "*) run_case
              name=${line#%% }; cmd=""; stdin_data=""; want_out=""; want_err=""
              want_rc=0; check_err=0; needs_shared=0; have_in=0 ;;
      '$ '*) cmd=${line#\$ } ;;
      '<') [ "$have_in" = 1 ] && stdin_data+=$'\n'; have_in=1 ;;
      '< '*) [ "$have_in" = 1 ] && stdin_data+=$'\n'
             stdin_data+=${line#< }; have_in=1 ;;
      '>') want_out+=$'\n' ;;
      '> '*) want_out+=${line#> }$'\n' ;;
      '!!') check_err=1 ;;
      '!') want_err+=$'\n'; check_err=1 ;;
      '! '*) want_err+=${line#! }$'\n'; check_err=1 ;;
      '? '*) want_rc=${line#? } ;;
      '@needs-shared') needs_shared=1 ;;
      '#'*|'') ;;
      *) echo "FAIL $file: bad line: $line"; fail=$((fail + 1)) ;;
    esac
  done <"$f"
  run_case
done
echo "RESULT $pass $fail $skip"
[ "$fail" = 0 ]
