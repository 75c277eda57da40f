/*
 * test_names.c: the corpus survey (src/survey): which names a sentence
 * yields (names_scan, with and without a dictionary) and the exact counts,
 * order, examples, totals, cap and filters of a dyad_survey over a small
 * corpus written here, with a tiny dictionary in a temporary directory.
 */
#include "testutil.h"

#include <unistd.h>

#include "dyad.h"
#include "dict/dict.h"
#include "survey/names.h"

static const char ACTORS[] =
    "FREEDONIA [FRE]\n"
    "RUFUS_FIREFLY [FREGOV]\n";
static const char AGENTS[] =
    "MINISTER [~GOV]\n"
    "PRESIDENT [~GOV]\n";
static const char VERBS[] =
    "--- MEET [036] ---\n"
    "MEET\n"
    "MET\n";

typedef struct fixture {
  char dir[256];
  dyad_engine *e;
  dyad_result *r;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (f == NULL) return -1;
  snprintf(f->dir, sizeof f->dir, "/tmp/dyad_test_names_XXXXXX");
  if (mkdtemp(f->dir) == NULL) return -1;
  test_write_file(f->dir, "t.actors.txt", ACTORS);
  test_write_file(f->dir, "t.agents.txt", AGENTS);
  test_write_file(f->dir, "t.verbs.txt", VERBS);
  dyad_engine_opts o = {.dict_path = f->dir, .require_dyad = -1};
  dyad_error err;
  if (dyad_engine_new(&f->e, &o, &err) != DYAD_OK) return -1;
  f->r = dyad_result_new();
  if (f->r == NULL) return -1;
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  const char *names[] = {"t.actors.txt", "t.agents.txt", "t.verbs.txt"};
  for (size_t i = 0; i < 3; i++) {
    char p[512];
    snprintf(p, sizeof p, "%s/%s", f->dir, names[i]);
    unlink(p);
  }
  rmdir(f->dir);
  dyad_result_free(f->r);
  dyad_engine_free(f->e);
  free(f);
  return 0;
}

/* The names names_scan finds in s, joined by "|" into buf. */
static const char *scan(names_ws *w, const dyad_dict *d, const char *s,
                        char *buf, size_t cap) {
  assert_int_equal(names_scan(w, d, 20200101, s, strlen(s)), DYAD_OK);
  size_t o = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < w->n_spans; i++) {
    const names_span *sp = &w->spans[i];
    o += (size_t)snprintf(buf + o, cap - o, "%s%.*s%s", i ? "|" : "",
                          (int)sp->len, s + sp->offset, sp->initial ? "^" : "");
    assert_true(o < cap);
  }
  return buf;
}

/* ------------------------------------------------------------------ */
/* names_scan                                                         */
/* ------------------------------------------------------------------ */

static void test_scan_no_dict(void **state) {
  (void)state;
  names_ws w = NAMES_WS_INIT;
  char b[512];
  /* connectors, particles, titles and days; a starter word at the start */
  assert_string_equal(
      scan(&w, NULL, "President Rufus Firefly met Mr. Ursula von der Leyen "
                     "and Osama bin Laden on Monday.", b, sizeof b),
      "Rufus Firefly|Ursula von der Leyen|Osama bin Laden");
  /* "of" after a head noun joins; after a person it does not */
  assert_string_equal(
      scan(&w, NULL, "They saw Abu Bakr al-Baghdadi of the Bank of England.",
           b, sizeof b),
      "Abu Bakr al-Baghdadi|Bank of England");
  /* "and" joins inside an "of" name or before a head noun, not else */
  assert_string_equal(
      scan(&w, NULL, "He met Bush and Blair at the Food and Drug "
                     "Administration.", b, sizeof b),
      "Bush|Blair|Food and Drug Administration");
  /* an Arabic-article word is a name token even in lower case */
  assert_string_equal(scan(&w, NULL, "Fighting spread to Deir ez-Zor.", b,
                           sizeof b),
                      "Deir ez-Zor");
  /* a proper noun opening the sentence is flagged; common words are not
   * names there */
  assert_string_equal(scan(&w, NULL, "Sylvania protested.", b, sizeof b),
                      "Sylvania^");
  assert_string_equal(scan(&w, NULL, "The talks ended in January.", b,
                           sizeof b),
                      "");
  names_ws_free(&w);
}

static void test_scan_dict_splits(void **state) {
  fixture *f = *state;
  const dyad_dict *d = dyad_engine_dict(f->e);
  assert_non_null(d);
  names_ws w = NAMES_WS_INIT;
  char b[512];
  /* agents and actors are covered; the rest of a run stays */
  assert_string_equal(
      scan(&w, d, "President Rufus Firefly met Ambassador Trentino and "
                  "Vera Marcal in Freedonia.", b, sizeof b),
      "Ambassador Trentino|Vera Marcal");
  /* a split piece made only of a head noun is not reported */
  assert_string_equal(
      scan(&w, d, "Sylvania accused the Bank of Freedonia of fraud.", b,
           sizeof b),
      "Sylvania^");
  /* a covered actor inside a run leaves two named pieces */
  assert_string_equal(
      scan(&w, d, "They met Zeppo Rufus Firefly Harpo in Sylvania.", b,
           sizeof b),
      "Zeppo|Harpo|Sylvania");
  names_ws_free(&w);
}

/* ------------------------------------------------------------------ */
/* The survey                                                         */
/* ------------------------------------------------------------------ */

static const char *const CORPUS[][3] = {
    {"a1", "2020-01-01",
     "President Rufus Firefly met Ambassador Trentino and Vera Marcal in "
     "Freedonia. The minister of Freedonia spoke with Vera Marcal on "
     "Monday. Sylvania accused the Bank of Freedonia of fraud."},
    {"a2", "2020-01-02",
     "Troops entered Sylvania. Mr. Chicolini al-Baghdadi of the Sylvanian "
     "Liberation Front visited Vera Marcal."},
    {"a3", "2020-01-03", "Groucho Tallis spoke."},
};

static void add_corpus(fixture *f, dyad_survey *s) {
  for (size_t i = 0; i < sizeof CORPUS / sizeof CORPUS[0]; i++) {
    dyad_article a = {.id = CORPUS[i][0], .date = CORPUS[i][1],
                      .title = "Headline Zeppo Visits", .source = "",
                      .url = "", .text = CORPUS[i][2],
                      .text_len = strlen(CORPUS[i][2]), .file = "-"};
    dyad_error err;
    assert_int_equal(dyad_survey_add(s, f->e, &a, f->r, &err), DYAD_OK);
  }
}

static void test_survey_counts(void **state) {
  fixture *f = *state;
  dyad_survey *s;
  assert_int_equal(dyad_survey_new(&s, NULL, NULL), DYAD_OK);
  add_corpus(f, s);
  const dyad_survey_name *v;
  size_t n;
  assert_int_equal(dyad_survey_top(s, 0, 1, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 5);
  static const char *const want[] = {"Vera Marcal", "Sylvania",
                                     "Ambassador Trentino",
                                     "Chicolini al-Baghdadi",
                                     "Sylvanian Liberation Front"};
  static const uint64_t counts[] = {3, 2, 1, 1, 1};
  static const char *const story[] = {"a1", "a1", "a1", "a2", "a2"};
  for (size_t i = 0; i < n; i++) {
    assert_string_equal(v[i].name, want[i]);
    assert_int_equal(v[i].count, counts[i]);
    assert_string_equal(v[i].story, story[i]);
  }
  assert_string_equal(v[0].sentence,
                      "President Rufus Firefly met Ambassador Trentino and "
                      "Vera Marcal in Freedonia.");
  /* the first mention is the example, even at a sentence's start */
  assert_string_equal(v[1].sentence,
                      "Sylvania accused the Bank of Freedonia of fraud.");
  dyad_survey_stats st;
  dyad_survey_get_stats(s, &st);
  assert_int_equal(st.articles, 3);
  assert_int_equal(st.sentences, 6);
  assert_int_equal(st.mentions, 9); /* Groucho Tallis counted, not shown */
  assert_int_equal(st.distinct, 5);
  assert_int_equal(st.dropped, 0);

  /* filters */
  assert_int_equal(dyad_survey_top(s, 0, 2, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 2);
  assert_string_equal(v[1].name, "Sylvania");
  assert_int_equal(dyad_survey_top(s, 1, 1, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 1);
  assert_string_equal(v[0].name, "Vera Marcal");
  assert_int_equal(dyad_survey_top(s, 0, 4, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 0);
  dyad_survey_free(s);
}

static void test_survey_cap(void **state) {
  fixture *f = *state;
  dyad_survey *s;
  dyad_survey_opts o = {.max_names = 2};
  assert_int_equal(dyad_survey_new(&s, &o, NULL), DYAD_OK);
  add_corpus(f, s);
  const dyad_survey_name *v;
  size_t n;
  assert_int_equal(dyad_survey_top(s, 0, 1, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 2);
  assert_string_equal(v[0].name, "Vera Marcal");
  assert_int_equal(v[0].count, 3); /* known names are still counted */
  assert_string_equal(v[1].name, "Ambassador Trentino");
  dyad_survey_stats st;
  dyad_survey_get_stats(s, &st);
  assert_int_equal(st.mentions, 4);
  assert_int_equal(st.distinct, 2);
  assert_int_equal(st.dropped, 5); /* Sylvania x2, Chicolini, SLF, Groucho */
  dyad_survey_free(s);
}

static void test_survey_long_example(void **state) {
  fixture *f = *state;
  char text[700];
  size_t o = (size_t)snprintf(text, sizeof text, "Envoys met Vera Marcal");
  while (o < 600) o += (size_t)snprintf(text + o, sizeof text - o, " again");
  snprintf(text + o, sizeof text - o, ".");
  dyad_article a = {.id = "", .date = "2020-01-01", .title = "",
                    .source = "src", .url = "", .text = text,
                    .text_len = strlen(text), .file = "-"};
  dyad_survey *s;
  assert_int_equal(dyad_survey_new(&s, NULL, NULL), DYAD_OK);
  assert_int_equal(dyad_survey_add(s, f->e, &a, f->r, NULL), DYAD_OK);
  const dyad_survey_name *v;
  size_t n;
  assert_int_equal(dyad_survey_top(s, 0, 1, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 1);
  assert_string_equal(v[0].name, "Vera Marcal");
  assert_int_equal(strlen(v[0].sentence), 403);
  assert_memory_equal(v[0].sentence, text, 400);
  assert_string_equal(v[0].sentence + 400, "...");
  /* no id: the story id is made from source, date and text */
  char id[17];
  dyad_article_make_id("src", "2020-01-01", text, strlen(text), id);
  assert_string_equal(v[0].story, id);
  dyad_survey_free(s);
}

static void test_survey_args(void **state) {
  fixture *f = *state;
  dyad_survey *s;
  dyad_error err;
  assert_int_equal(dyad_survey_new(NULL, NULL, &err), DYAD_ERR_ARG);
  assert_int_equal(dyad_survey_new(&s, NULL, NULL), DYAD_OK);
  assert_int_equal(dyad_survey_add(s, f->e, NULL, f->r, &err), DYAD_ERR_ARG);
  const dyad_survey_name *v;
  size_t n = 9;
  assert_int_equal(dyad_survey_top(s, 10, 1, &v, &n, NULL), DYAD_OK);
  assert_int_equal(n, 0);
  assert_null(v);
  dyad_survey_free(s);
  dyad_survey_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_scan_no_dict),
      cmocka_unit_test_setup_teardown(test_scan_dict_splits, setup, teardown),
      cmocka_unit_test_setup_teardown(test_survey_counts, setup, teardown),
      cmocka_unit_test_setup_teardown(test_survey_cap, setup, teardown),
      cmocka_unit_test_setup_teardown(test_survey_long_example, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_survey_args, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
