/*
 * test_conformance.c: the engine against the PETRARCH 2 unit-test records
 * (SHARED/suites/petrarch-unit, read at run time, never copied).
 *
 * Each evaluate=true record is coded as a one-sentence story with the
 * suite's own dictionaries; it passes when the set of (source, target,
 * event) the engine emits equals the expected set.  The test prints the
 * pass count per category and in total, and fails when
 *   - the total drops below the ratchet in
 *     tests/conformance/petrarch-unit.ratchet (raise it, never lower it), or
 *   - a record fails that tests/conformance/petrarch-unit.expect does not
 *     list (every allowed failure is listed there with its reason).
 * Upstream, some records were coded under options switched by <Config>
 * elements between them, which the conversion to records.jsonl lost (every
 * record carries config {}).  The expect file restores them with lines
 * "config ID key=value ...", each citing the upstream file; such a record
 * is coded by an engine of its own with those overrides
 * (dyad_engine_opts.options).  A null actor is "---" in the records and
 * empty in dyad's events: both are compared as empty.
 * Set DYAD_CONFORMANCE_VERBOSE=1 to see expected and emitted events of
 * every failing record.  Skips when the suite is absent.
 */
#include "testutil.h"

#include <jansson.h>

#include "dyad.h"
#include "eventset.h"

#define MAX_EV 64
#define MAX_CAT 24

/* The option overrides the expect file gives record id: the words after
 * "config ID" on its line, copied into buf (size cap) and pointed to from
 * opts (at most max - 1, NULL-ended).  Returns their number (0: none). */
static size_t record_config(const char *expect, const char *id, char *buf,
                            size_t cap, const char **opts, size_t max) {
  size_t il = strlen(id), n = 0;
  for (const char *l = expect; l && *l; l = strchr(l, '\n'), l += l != NULL) {
    if (strncmp(l, "config ", 7) != 0) continue;
    const char *p = l + 7;
    while (*p == ' ') p++;
    if (strncmp(p, id, il) != 0 || p[il] != ' ') continue;
    p += il;
    size_t len = strcspn(p, "\n");
    if (len >= cap) len = cap - 1;
    memcpy(buf, p, len);
    buf[len] = '\0';
    for (char *w = strtok(buf, " \t"); w && n + 1 < max; w = strtok(NULL, " \t"))
      opts[n++] = w;
    break;
  }
  opts[n] = NULL;
  return n;
}

/* "---" (PETRARCH's null actor) as dyad writes it: empty. */
static const char *null_actor(const char *a) {
  return a && strcmp(a, "---") == 0 ? "" : a ? a : "";
}

typedef struct cat_count {
  char name[32];
  int pass, total;
} cat_count;

static void test_petrarch_unit(void **state) {
  (void)state;
  char recs[1024], dicts[1024];
  REQUIRE_SHARED(recs, "suites/petrarch-unit/records.jsonl");
  REQUIRE_SHARED(dicts, "suites/petrarch-unit/dictionaries");
  int verbose = getenv("DYAD_CONFORMANCE_VERBOSE") != NULL;

  dyad_engine_opts o = {.dict_path = dicts, .require_dyad = -1};
  dyad_engine *e = NULL;
  dyad_error err;
  memset(&err, 0, sizeof err);
  int rc = dyad_engine_new(&e, &o, &err);
  if (rc != DYAD_OK) fail_msg("engine: %s", err.msg);
  assert_non_null(dyad_engine_dict(e));
  dyad_result *r = dyad_result_new();
  assert_non_null(r);

  char *expect = slurp("tests/conformance/petrarch-unit.expect");
  long ratchet = read_ratchet("tests/conformance/petrarch-unit.ratchet");
  assert_non_null(expect);
  assert_true(ratchet >= 0);

  FILE *fp = fopen(recs, "r");
  assert_non_null(fp);
  cat_count cats[MAX_CAT];
  size_t n_cat = 0;
  int pass = 0, total = 0, unexpected = 0, fixed = 0;
  char line[65536];
  while (fgets(line, sizeof line, fp)) {
    json_error_t je;
    json_t *j = json_loads(line, 0, &je);
    if (j == NULL) continue;
    if (!json_is_true(json_object_get(j, "evaluate"))) {
      json_decref(j);
      continue;
    }
    const char *id = json_string_value(json_object_get(j, "id"));
    const char *date = json_string_value(json_object_get(j, "date"));
    const char *text = json_string_value(json_object_get(j, "text"));
    const char *cat = json_string_value(json_object_get(j, "category"));
    assert_non_null(id);
    assert_non_null(date);
    assert_non_null(text);
    if (cat == NULL) cat = "?";
    char iso[16];
    snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    dyad_article a = {id, iso, "", "", "", text, strlen(text), "records.jsonl", 0};
    char cbuf[512];
    const char *copts[16];
    dyad_engine *re = NULL; /* the record's own engine and result */
    dyad_result *rr = NULL;
    if (record_config(expect, id, cbuf, sizeof cbuf, copts, 16) > 0) {
      dyad_engine_opts ro = {.dict_path = dicts, .require_dyad = -1,
                            .options = copts};
      rc = dyad_engine_new(&re, &ro, &err);
      if (rc != DYAD_OK) fail_msg("%s: engine: %s", id, err.msg);
      rr = dyad_result_new();
      assert_non_null(rr);
    }
    rc = dyad_code_article(re ? re : e, &a, rr ? rr : r, &err);
    assert_int_equal(rc, DYAD_OK);

    triple want[MAX_EV], got[MAX_EV];
    size_t nw = 0, ng = 0;
    json_t *evs = json_object_get(j, "events");
    size_t k;
    json_t *ev;
    json_array_foreach(evs, k, ev) {
      if (nw == MAX_EV) break;
      snprintf(want[nw].s, sizeof want[nw].s, "%s",
               null_actor(json_string_value(json_object_get(ev, "source"))));
      snprintf(want[nw].t, sizeof want[nw].t, "%s",
               null_actor(json_string_value(json_object_get(ev, "target"))));
      snprintf(want[nw].c, sizeof want[nw].c, "%s",
               json_string_value(json_object_get(ev, "event")) ?: "");
      nw++;
    }
    const dyad_result *res = rr ? rr : r;
    for (size_t i = 0; i < dyad_result_events(res) && ng < MAX_EV; i++) {
      const dyad_event *x = dyad_result_event(res, i);
      snprintf(got[ng].s, sizeof got[ng].s, "%s", null_actor(x->source));
      snprintf(got[ng].t, sizeof got[ng].t, "%s", null_actor(x->target));
      snprintf(got[ng].c, sizeof got[ng].c, "%s", x->code);
      ng++;
    }
    dyad_result_free(rr);
    dyad_engine_free(re);
    nw = triple_set(want, nw);
    ng = triple_set(got, ng);
    int ok = nw == ng;
    for (size_t i = 0; ok && i < nw; i++)
      if (triple_cmp(&want[i], &got[i]) != 0) ok = 0;

    size_t c;
    for (c = 0; c < n_cat && strcmp(cats[c].name, cat) != 0; c++) {}
    if (c == n_cat && n_cat < MAX_CAT) {
      snprintf(cats[n_cat].name, sizeof cats[n_cat].name, "%s", cat);
      cats[n_cat].pass = cats[n_cat].total = 0;
      n_cat++;
    }
    if (c < n_cat) {
      cats[c].total++;
      cats[c].pass += ok;
    }
    total++;
    pass += ok;
    int listed = expect_listed(expect, id);
    if (!ok && !listed) {
      unexpected++;
      printf("petrarch-unit: %s fails and is not in the expect file\n", id);
    }
    if (ok && listed) fixed++;
    if (!ok && verbose) {
      printf("FAIL %s [%s] %s\n  want:", id, cat, text);
      for (size_t i = 0; i < nw; i++)
        printf(" %s>%s:%s", want[i].s, want[i].t, want[i].c);
      printf("\n  got: ");
      for (size_t i = 0; i < ng; i++)
        printf(" %s>%s:%s", got[i].s, got[i].t, got[i].c);
      printf("\n");
    }
    json_decref(j);
  }
  fclose(fp);

  printf("petrarch-unit: %d/%d evaluate=true records exactly right (", pass,
         total);
  for (size_t c = 0; c < n_cat; c++)
    printf("%s%s %d/%d", c ? ", " : "", cats[c].name, cats[c].pass,
           cats[c].total);
  printf(")\n");
  if (fixed)
    printf("petrarch-unit: %d records listed in the expect file now pass: "
           "remove them and raise the ratchet\n", fixed);
  printf("petrarch-unit: ratchet %ld\n", ratchet);

  free(expect);
  dyad_result_free(r);
  dyad_engine_free(e);
  assert_true(total > 0);
  assert_true(pass >= ratchet);
  assert_int_equal(unexpected, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_petrarch_unit),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
