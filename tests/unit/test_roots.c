/*
 * test_roots.c: dyad's own default dictionaries against golden sentences
 * written for dyad, at least three per CAMEO root 01..20.
 *
 * tests/accuracy/roots.jsonl holds one news-style sentence per line with
 * the events a careful CAMEO coder would produce ({source, target, code}).
 * Each sentence is coded as a one-sentence story with the compiled default
 * dictionary of the build directory this test was built in
 * (BUILD/tests/test_roots -> BUILD/dict/default.dyd, found through
 * /proc/self/exe), and the set of emitted events is compared with the
 * expected set at three levels:
 *   exact  source, target and event code all equal;
 *   code   event code equal, actors compared on their first 3 letters
 *          (the country or IGO/NGO prefix);
 *   root   CAMEO root equal, actors on their first 3 letters.
 * A sentence passes a level when both sets are equal at that level.  The
 * test prints the counts per expected root and in total, and the event
 * counts (gold, system, matched) at the exact level.  It fails when the
 * number of sentences right at the exact level drops below the ratchet in
 * tests/accuracy/roots.ratchet (raise it as the dictionaries improve).
 * Sentences that fail for reasons outside the dictionary are listed in
 * tests/accuracy/roots.expect with the reason; other failures are printed
 * as dictionary work to do.  DYAD_ROOTS_VERBOSE=1 prints expected and
 * emitted events of every failing sentence.  Skips when the compiled
 * dictionary is absent.
 */
#include "testutil.h"

#include <jansson.h>
#include <limits.h>
#include <unistd.h>

#include "dyad.h"
#include "eventset.h"

#define MAX_EV 64
#define N_LEVEL 3

/* Copies v into out reduced to a level: 0 exact, 1 code with 3-letter
 * actors, 2 root with 3-letter actors.  Returns the set size. */
static size_t triple_level(const triple *v, size_t n, int level,
                           triple *out) {
  for (size_t i = 0; i < n; i++) {
    out[i] = v[i];
    if (level >= 1) {
      out[i].s[strlen(out[i].s) > 3 ? 3 : strlen(out[i].s)] = '\0';
      out[i].t[strlen(out[i].t) > 3 ? 3 : strlen(out[i].t)] = '\0';
    }
    if (level >= 2) out[i].c[strlen(out[i].c) > 2 ? 2 : strlen(out[i].c)] = '\0';
  }
  return triple_set(out, n);
}

static int triple_sets_equal(const triple *a, size_t na, const triple *b,
                             size_t nb) {
  if (na != nb) return 0;
  for (size_t i = 0; i < na; i++)
    if (triple_cmp(&a[i], &b[i]) != 0) return 0;
  return 1;
}

/* The build directory holding this executable (BUILD of
 * BUILD/tests/test_roots) into buf; 0 if /proc/self/exe is unreadable. */
static int build_dir(char *buf, size_t cap) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return 0;
  exe[n] = '\0';
  for (int up = 0; up < 2; up++) {
    char *slash = strrchr(exe, '/');
    if (slash == NULL) return 0;
    *slash = '\0';
  }
  snprintf(buf, cap, "%s", exe);
  return 1;
}

/* Path of tests/accuracy/NAME: relative to the working directory (the
 * repository root, as tests/run.sh runs tests) or else next to BUILD. */
static void accuracy_path(char *buf, size_t cap, const char *bdir,
                          const char *name) {
  snprintf(buf, cap, "tests/accuracy/%s", name);
  if (access(buf, R_OK) == 0) return;
  snprintf(buf, cap, "%s/../tests/accuracy/%s", bdir, name);
}

/* Reads the events of one record into v; returns their count. */
static size_t want_events(json_t *j, triple *v) {
  size_t n = 0, k;
  json_t *ev;
  json_array_foreach(json_object_get(j, "events"), k, ev) {
    if (n == MAX_EV) break;
    const char *s = json_string_value(json_object_get(ev, "source"));
    const char *t = json_string_value(json_object_get(ev, "target"));
    const char *c = json_string_value(json_object_get(ev, "code"));
    snprintf(v[n].s, sizeof v[n].s, "%s", s ? s : "");
    snprintf(v[n].t, sizeof v[n].t, "%s", t ? t : "");
    snprintf(v[n].c, sizeof v[n].c, "%s", c ? c : "");
    n++;
  }
  return n;
}

static void print_set(const char *label, const triple *v, size_t n) {
  printf("  %s", label);
  if (n == 0) printf(" (none)");
  for (size_t i = 0; i < n; i++) printf(" %s>%s:%s", v[i].s, v[i].t, v[i].c);
  printf("\n");
}

static void test_roots(void **state) {
  (void)state;
  char bdir[PATH_MAX], dict[PATH_MAX + 32];
  if (!build_dir(bdir, sizeof bdir)) {
    printf("skipping: cannot read /proc/self/exe\n");
    skip();
  }
  snprintf(dict, sizeof dict, "%s/dict/default.dyd", bdir);
  if (access(dict, R_OK) != 0) {
    printf("skipping: %s is absent (run make first)\n", dict);
    skip();
  }
  char recs[PATH_MAX + 64], exp_path[PATH_MAX + 64], rat_path[PATH_MAX + 64];
  accuracy_path(recs, sizeof recs, bdir, "roots.jsonl");
  accuracy_path(exp_path, sizeof exp_path, bdir, "roots.expect");
  accuracy_path(rat_path, sizeof rat_path, bdir, "roots.ratchet");
  int verbose = getenv("DYAD_ROOTS_VERBOSE") != NULL;

  dyad_engine_opts o = {.dict_path = dict, .require_dyad = -1};
  dyad_engine *e = NULL;
  dyad_error err;
  memset(&err, 0, sizeof err);
  if (dyad_engine_new(&e, &o, &err) != DYAD_OK)
    fail_msg("engine: %s", err.msg);
  dyad_result *r = dyad_result_new();
  assert_non_null(r);
  char *expect = slurp(exp_path);
  long ratchet = read_ratchet(rat_path);
  assert_non_null(expect);
  assert_true(ratchet >= 0);
  FILE *fp = fopen(recs, "r");
  assert_non_null(fp);

  int pass[21][N_LEVEL], total[21], all_pass[N_LEVEL] = {0, 0, 0};
  memset(pass, 0, sizeof pass);
  memset(total, 0, sizeof total);
  int n_sent = 0, todo = 0, fixed = 0;
  long ev_gold = 0, ev_sys = 0, ev_tp = 0;
  char line[65536];
  while (fgets(line, sizeof line, fp)) {
    json_error_t je;
    json_t *j = json_loads(line, 0, &je);
    if (j == NULL) fail_msg("%s: bad JSON line: %s", recs, je.text);
    const char *id = json_string_value(json_object_get(j, "id"));
    const char *date = json_string_value(json_object_get(j, "date"));
    const char *text = json_string_value(json_object_get(j, "text"));
    assert_non_null(id);
    assert_non_null(date);
    assert_non_null(text);
    dyad_article a = {id, date, "", "", "", text, strlen(text),
                      "roots.jsonl", 0};
    assert_int_equal(dyad_code_article(e, &a, r, &err), DYAD_OK);

    triple want[MAX_EV], got[MAX_EV], lw[MAX_EV], lg[MAX_EV];
    size_t nw = triple_set(want, want_events(j, want)), ng = 0;
    assert_true(nw > 0);
    for (size_t i = 0; i < dyad_result_events(r) && ng < MAX_EV; i++) {
      const dyad_event *x = dyad_result_event(r, i);
      snprintf(got[ng].s, sizeof got[ng].s, "%s", x->source);
      snprintf(got[ng].t, sizeof got[ng].t, "%s", x->target);
      snprintf(got[ng].c, sizeof got[ng].c, "%s", x->code);
      ng++;
    }
    ng = triple_set(got, ng);
    int root = atoi((char[3]){want[0].c[0], want[0].c[1], '\0'});
    if (root < 1 || root > 20) fail_msg("%s: bad code %s", id, want[0].c);
    total[root]++;
    n_sent++;
    int ok[N_LEVEL];
    for (int lv = 0; lv < N_LEVEL; lv++) {
      size_t a1 = triple_level(want, nw, lv, lw);
      size_t a2 = triple_level(got, ng, lv, lg);
      ok[lv] = triple_sets_equal(lw, a1, lg, a2);
      pass[root][lv] += ok[lv];
      all_pass[lv] += ok[lv];
    }
    ev_gold += (long)nw;
    ev_sys += (long)ng;
    for (size_t i = 0, k = 0; i < nw && k < ng;) {
      int c = triple_cmp(&want[i], &got[k]);
      if (c == 0) ev_tp++, i++, k++;
      else if (c < 0) i++;
      else k++;
    }
    int listed = expect_listed(expect, id);
    if (!ok[0] && !listed) {
      todo++;
      printf("roots: %s wrong, not in roots.expect (dictionary to do)\n", id);
    }
    if (ok[0] && listed) fixed++;
    if (!ok[0] && verbose) {
      printf("FAIL %s %s\n", id, text);
      print_set("want:", want, nw);
      print_set("got: ", got, ng);
    }
    json_decref(j);
  }
  fclose(fp);

  printf("roots: per root, sentences right exact / code / root of total\n");
  for (int k = 1; k <= 20; k++)
    if (total[k])
      printf("  %02d  %2d / %2d / %2d of %2d\n", k, pass[k][0], pass[k][1],
             pass[k][2], total[k]);
  printf("roots: total %d / %d / %d of %d sentences (exact / code / root)\n",
         all_pass[0], all_pass[1], all_pass[2], n_sent);
  printf("roots: exact events: %ld gold, %ld emitted, %ld matched\n", ev_gold,
         ev_sys, ev_tp);
  printf("roots: %d wrong and not in roots.expect; ratchet %ld\n", todo,
         ratchet);
  if (fixed)
    printf("roots: %d sentences listed in roots.expect now pass: remove "
           "them and raise the ratchet\n", fixed);
  free(expect);
  dyad_result_free(r);
  dyad_engine_free(e);
  assert_true(n_sent >= 60);
  for (int k = 1; k <= 20; k++) assert_true(total[k] >= 3);
  assert_true(all_pass[0] >= ratchet);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_roots),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
