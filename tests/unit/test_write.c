/*
 * test_write.c: the event writers (src/write).
 *
 * A hand-built result (three sentences, three events: a CAMEO event, a
 * non-CAMEO "903" event with tabs, newlines, quotes and backslashes in its
 * text, and a material-conflict event) is written in every format and
 * compared byte for byte with golden strings.  Write failures are provoked
 * with /dev/full and with a pipe whose reader is gone.
 */
#include "testutil.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <unistd.h>

#include "code/result.h"
#include "dyad.h"
#include "write/writer.h"

/* ------------------------------------------------------------- fixture */

static const char weird[] = "He said \"no\"\tthen\\left\nhome.";

typedef struct fixture {
  dyad_article a;
  dyad_result *r;
} fixture;

static void add_sentence(dyad_result *r, uint32_t idx, dyad_sentence_kind k,
                         const char *text) {
  dyad_sentence s = {0};
  s.index = idx;
  s.paragraph = 1;
  s.kind = k;
  s.span.offset = idx * 10;
  s.span.length = (uint32_t)strlen(text);
  s.text = result_strdup(r, text, strlen(text));
  assert_non_null(result_add_sentence(r, &s));
}

static void add_event(dyad_result *r, uint32_t sent, const char *src,
                      const char *tgt, const char *code, const char *root,
                      int quad, double gold, const char *plover,
                      const char *text, int explain) {
  dyad_event e = {0};
  e.story_id = result_strdup(r, "a1", 2);
  e.sentence = sent;
  e.date = "2024-03-01";
  e.source = src;
  e.target = tgt;
  e.code = code;
  e.root = root;
  e.quad_class = quad;
  e.goldstein = gold;
  e.plover = plover;
  e.text = result_strdup(r, text, strlen(text));
  e.explain.pattern = "";
  e.explain.pattern_file = "";
  e.explain.source_entry = "";
  e.explain.target_entry = "";
  if (explain) {
    e.explain.source_span = (dyad_span){0, 6};
    e.explain.verb_span = (dyad_span){17, 4};
    e.explain.target_span = (dyad_span){11, 5};
    e.explain.pattern = "SIGN * AGREEMENT";
    e.explain.pattern_file = "verbs.txt";
    e.explain.pattern_line = 12;
    e.explain.source_entry = "actors.txt:3 RUSSIA";
    e.explain.target_entry = "actors.txt:9 CHINA";
  }
  assert_non_null(result_add_event(r, &e));
}

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  assert_non_null(f);
  f->a.id = "a1";
  f->a.date = "2024-03-01";
  f->a.title = "Talks in Geneva";
  f->a.source = "example.org";
  f->a.url = "";
  f->a.text = "";
  f->a.file = "in.jsonl";
  f->r = dyad_result_new();
  assert_non_null(f->r);
  result_reset(f->r, &f->a);
  add_sentence(f->r, 1, DYAD_SENT_HEADLINE, "Russia and China sign a deal.");
  add_sentence(f->r, 2, DYAD_SENT_BODY, weird);
  add_sentence(f->r, 3, DYAD_SENT_BODY, "Nothing happened.");
  add_sentence(f->r, 4, DYAD_SENT_CAPTION, "Photo: AP.");
  add_event(f->r, 1, "RUS", "CHN", "057", "05", 1, 8.0, "SUPPORT",
            "Russia and China sign a deal.", 1);
  add_event(f->r, 2, "", "USA", "903", "", 0, 0.0, "", weird, 0);
  add_event(f->r, 2, "ISR", "PSE", "1823", "18", 4, -10.0, "ASSAULT", weird,
            0);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  dyad_result_free(f->r);
  free(f);
  return 0;
}

/* Writes f's article in fmt/flags into a memory buffer; returns it (free). */
static char *render(fixture *f, dyad_output_format fmt, unsigned flags) {
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  assert_non_null(fp);
  dyad_writer *w = NULL;
  dyad_error err;
  assert_int_equal(dyad_writer_open(&w, fp, fmt, flags, &err), DYAD_OK);
  assert_int_equal(dyad_writer_write(w, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_writer_close(w, &err), DYAD_OK);
  assert_int_equal(fclose(fp), 0);
  return buf;
}

/* --------------------------------------------------------------- tests */

static void test_format_parse(void **state) {
  (void)state;
  assert_int_equal(dyad_output_format_parse("tsv"), DYAD_OUT_TSV);
  assert_int_equal(dyad_output_format_parse("jsonl"), DYAD_OUT_JSONL);
  assert_int_equal(dyad_output_format_parse("sentences"), DYAD_OUT_SENTENCES);
  assert_int_equal(dyad_output_format_parse("TSV"), -1);
  assert_int_equal(dyad_output_format_parse("csv"), -1);
  assert_int_equal(dyad_output_format_parse(""), -1);
  assert_int_equal(dyad_output_format_parse(NULL), -1);
}

static const char tsv_head[] =
    "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\t"
    "goldstein\tplover\ttext";
static const char weird_tsv[] = "He said \"no\"\\tthen\\\\left\\nhome.";

static void test_tsv(void **state) {
  char *out = render(*state, DYAD_OUT_TSV, 0);
  char want[2048];
  snprintf(want, sizeof want,
           "%s\n"
           "a1\t1\t2024-03-01\tRUS\tCHN\t057\t05\t1\t8.0\tSUPPORT\t"
           "Russia and China sign a deal.\n"
           "a1\t2\t2024-03-01\t\tUSA\t903\t\t0\t\t\t%s\n"
           "a1\t2\t2024-03-01\tISR\tPSE\t1823\t18\t4\t-10.0\tASSAULT\t%s\n",
           tsv_head, weird_tsv, weird_tsv);
  assert_string_equal(out, want);
  free(out);
}

static void test_tsv_explain(void **state) {
  char *out = render(*state, DYAD_OUT_TSV, DYAD_WRITE_EXPLAIN);
  char want[2048];
  snprintf(want, sizeof want,
           "%s\tsource_span\tverb_span\ttarget_span\tpattern\tpattern_file\t"
           "pattern_line\tsource_entry\ttarget_entry\n"
           "a1\t1\t2024-03-01\tRUS\tCHN\t057\t05\t1\t8.0\tSUPPORT\t"
           "Russia and China sign a deal.\t0:6\t17:4\t11:5\tSIGN * AGREEMENT\t"
           "verbs.txt\t12\tactors.txt:3 RUSSIA\tactors.txt:9 CHINA\n"
           "a1\t2\t2024-03-01\t\tUSA\t903\t\t0\t\t\t%s\t\t\t\t\t\t\t\t\n"
           "a1\t2\t2024-03-01\tISR\tPSE\t1823\t18\t4\t-10.0\tASSAULT\t%s"
           "\t\t\t\t\t\t\t\t\n",
           tsv_head, weird_tsv, weird_tsv);
  assert_string_equal(out, want);
  /* Every line has the same number of fields: 19 = 18 tabs. */
  for (char *line = out; *line;) {
    char *nl = strchr(line, '\n');
    assert_non_null(nl);
    int tabs = 0;
    for (char *p = line; p < nl; p++) tabs += *p == '\t';
    assert_int_equal(tabs, 18);
    line = nl + 1;
  }
  free(out);
}

static void test_goldstein_format(void **state) {
  fixture *f = *state;
  result_reset(f->r, &f->a);
  add_sentence(f->r, 1, DYAD_SENT_BODY, "x");
  add_event(f->r, 1, "A", "B", "018", "01", 1, 3.4, "", "x", 0);
  add_event(f->r, 1, "A", "B", "011", "01", 1, -0.1, "", "x", 0);
  add_event(f->r, 1, "A", "B", "010", "01", 1, -0.0, "", "x", 0);
  add_event(f->r, 1, "A", "B", "010", "01", 1, -0.04, "", "x", 0);
  char *out = render(f, DYAD_OUT_TSV, 0);
  char want[1024];
  snprintf(want, sizeof want,
           "%s\n"
           "a1\t1\t2024-03-01\tA\tB\t018\t01\t1\t3.4\t\tx\n"
           "a1\t1\t2024-03-01\tA\tB\t011\t01\t1\t-0.1\t\tx\n"
           "a1\t1\t2024-03-01\tA\tB\t010\t01\t1\t0.0\t\tx\n"
           "a1\t1\t2024-03-01\tA\tB\t010\t01\t1\t0.0\t\tx\n",
           tsv_head);
  assert_string_equal(out, want);
  free(out);
}

/* writer_format_goldstein writes what printf "%.1f" writes for the score
 * rounded to one decimal and kept within [-99, 99] (it formats by hand):
 * every score from -120 to 120 in steps of 0.005, and a few extremes. */
static void test_goldstein_digits(void **state) {
  (void)state;
  const double extreme[] = {-0.049, 0.049, 0.05, -0.05, 9.95, -9.95,
                            99.04, 99.06, -99.06, 1e9, -1e9, 0.0};
  for (int k = -24000; k <= 24000 + 12; k++) {
    double g = k <= 24000 ? k * 0.005 : extreme[k - 24001];
    double r = round(g * 10.0) / 10.0;
    if (r == 0.0) r = 0.0;
    if (r > 99.0) r = 99.0;
    if (r < -99.0) r = -99.0;
    char want[32], got[16];
    snprintf(want, sizeof want, "%.1f", r);
    writer_format_goldstein(g, got);
    if (strcmp(want, got) != 0)
      fail_msg("goldstein %.17g: got %s, want %s", g, got, want);
  }
}

static void test_jsonl(void **state) {
  char *out = render(*state, DYAD_OUT_JSONL, 0);
  const char *want =
      "{\"story_id\":\"a1\",\"sentence\":1,\"date\":\"2024-03-01\","
      "\"source\":\"RUS\",\"target\":\"CHN\",\"code\":\"057\",\"root\":\"05\","
      "\"quad_class\":1,\"goldstein\":8.0,\"plover\":\"SUPPORT\","
      "\"text\":\"Russia and China sign a deal.\"}\n"
      "{\"story_id\":\"a1\",\"sentence\":2,\"date\":\"2024-03-01\","
      "\"source\":\"\",\"target\":\"USA\",\"code\":\"903\",\"root\":\"\","
      "\"quad_class\":0,\"goldstein\":null,\"plover\":\"\","
      "\"text\":\"He said \\\"no\\\"\\tthen\\\\left\\nhome.\"}\n"
      "{\"story_id\":\"a1\",\"sentence\":2,\"date\":\"2024-03-01\","
      "\"source\":\"ISR\",\"target\":\"PSE\",\"code\":\"1823\",\"root\":\"18\","
      "\"quad_class\":4,\"goldstein\":-10.0,\"plover\":\"ASSAULT\","
      "\"text\":\"He said \\\"no\\\"\\tthen\\\\left\\nhome.\"}\n";
  assert_string_equal(out, want);
  free(out);
}

static void test_jsonl_explain(void **state) {
  fixture *f = *state;
  char *out = render(f, DYAD_OUT_JSONL, DYAD_WRITE_EXPLAIN);
  char *nl = strchr(out, '\n');
  assert_non_null(nl);
  *nl = '\0';
  assert_string_equal(
      out,
      "{\"story_id\":\"a1\",\"sentence\":1,\"date\":\"2024-03-01\","
      "\"source\":\"RUS\",\"target\":\"CHN\",\"code\":\"057\",\"root\":\"05\","
      "\"quad_class\":1,\"goldstein\":8.0,\"plover\":\"SUPPORT\","
      "\"text\":\"Russia and China sign a deal.\","
      "\"explain\":{\"source_span\":[0,6],\"verb_span\":[17,4],"
      "\"target_span\":[11,5],\"pattern\":\"SIGN * AGREEMENT\","
      "\"pattern_file\":\"verbs.txt\",\"pattern_line\":12,"
      "\"source_entry\":\"actors.txt:3 RUSSIA\","
      "\"target_entry\":\"actors.txt:9 CHINA\"}}");
  assert_non_null(strstr(nl + 1,
                         "\"explain\":{\"source_span\":null,\"verb_span\":null,"
                         "\"target_span\":null,\"pattern\":\"\","
                         "\"pattern_file\":\"\",\"pattern_line\":0,"
                         "\"source_entry\":\"\",\"target_entry\":\"\"}}\n"));
  free(out);
}

static void test_jsonl_invalid_utf8(void **state) {
  fixture *f = *state;
  result_reset(f->r, &f->a);
  add_event(f->r, 1, "A\xff", "B", "010", "01", 1, 0.0, "", "caf\xc3", 0);
  char *out = render(f, DYAD_OUT_JSONL, 0);
  assert_non_null(strstr(out, "\"source\":\"A\xEF\xBF\xBD\""));
  assert_non_null(strstr(out, "\"text\":\"caf\xEF\xBF\xBD\"}\n"));
  free(out);
}

static void test_sentences(void **state) {
  char *out = render(*state, DYAD_OUT_SENTENCES, 0);
  const char *want =
      "== a1  2024-03-01  Talks in Geneva\n"
      "[1] headline: Russia and China sign a deal.\n"
      "  -> RUS  CHN  057 (Sign formal agreement, 1, 8.0)\n"
      "[2] body: He said \"no\" then\\left home.\n"
      "  -> -  USA  903 (not a CAMEO code, 0, -)\n"
      "  -> ISR  PSE  1823 (Kill by physical assault, 4, -10.0)\n"
      "[3] body: Nothing happened.\n"
      "  (no events)\n"
      "[4] caption: Photo: AP. [caption, not coded]\n"
      "\n";
  assert_string_equal(out, want);
  free(out);
}

static void test_empty_result(void **state) {
  fixture *f = *state;
  result_reset(f->r, &f->a);
  char *out = render(f, DYAD_OUT_TSV, 0);
  char want[512];
  snprintf(want, sizeof want, "%s\n", tsv_head);
  assert_string_equal(out, want);
  free(out);
  out = render(f, DYAD_OUT_JSONL, 0);
  assert_string_equal(out, "");
  free(out);
  out = render(f, DYAD_OUT_SENTENCES, 0);
  assert_string_equal(out, "== a1  2024-03-01  Talks in Geneva\n\n");
  free(out);
}

/* /dev/full: buffered, the error shows at the latest at close. */
static void test_dev_full(void **state) {
  fixture *f = *state;
  for (int fmt = DYAD_OUT_TSV; fmt <= DYAD_OUT_SENTENCES; fmt++) {
    FILE *fp = fopen("/dev/full", "w");
    if (fp == NULL) skip();
    dyad_writer *w = NULL;
    dyad_error err;
    assert_int_equal(dyad_writer_open(&w, fp, fmt, 0, &err), DYAD_OK);
    int rc = DYAD_OK;
    /* Enough output to overflow the stdio buffer at least once. */
    for (int i = 0; i < 200 && rc == DYAD_OK; i++)
      rc = dyad_writer_write(w, &f->a, f->r, &err);
    assert_int_equal(rc, DYAD_ERR_IO);
    assert_int_equal(err.code, DYAD_ERR_IO);
    assert_non_null(strstr(err.msg, strerror(ENOSPC)));
    /* Sticky: later calls fail too, and close reports it. */
    assert_int_equal(dyad_writer_write(w, &f->a, f->r, NULL), DYAD_ERR_IO);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_writer_close(w, &err), DYAD_ERR_IO);
    assert_non_null(strstr(err.msg, strerror(ENOSPC)));
    fclose(fp);
  }
}

/* /dev/full with one small article: only the final flush fails. */
static void test_dev_full_at_close(void **state) {
  fixture *f = *state;
  FILE *fp = fopen("/dev/full", "w");
  if (fp == NULL) skip();
  dyad_writer *w = NULL;
  dyad_error err;
  assert_int_equal(dyad_writer_open(&w, fp, DYAD_OUT_JSONL, 0, &err), DYAD_OK);
  assert_int_equal(dyad_writer_write(w, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_writer_close(w, &err), DYAD_ERR_IO);
  assert_string_equal(err.msg, "write failed: No space left on device");
  fclose(fp);
}

/* Unbuffered /dev/full: the TSV header already fails at open. */
static void test_dev_full_unbuffered(void **state) {
  (void)state;
  FILE *fp = fopen("/dev/full", "w");
  if (fp == NULL) skip();
  setvbuf(fp, NULL, _IONBF, 0);
  dyad_writer *w = (dyad_writer *)1;
  dyad_error err;
  assert_int_equal(dyad_writer_open(&w, fp, DYAD_OUT_TSV, 0, &err),
                   DYAD_ERR_IO);
  assert_null(w);
  assert_non_null(strstr(err.msg, strerror(ENOSPC)));
  fclose(fp);
}

/* A pipe whose reader has gone: EPIPE (SIGPIPE ignored, as the CLI does). */
static void test_closed_pipe(void **state) {
  fixture *f = *state;
  int fds[2];
  assert_int_equal(pipe(fds), 0);
  close(fds[0]);
  void (*old)(int) = signal(SIGPIPE, SIG_IGN);
  FILE *fp = fdopen(fds[1], "w");
  assert_non_null(fp);
  dyad_writer *w = NULL;
  dyad_error err;
  assert_int_equal(dyad_writer_open(&w, fp, DYAD_OUT_JSONL, 0, &err), DYAD_OK);
  dyad_writer_write(w, &f->a, f->r, &err);
  assert_int_equal(dyad_writer_close(w, &err), DYAD_ERR_IO);
  assert_non_null(strstr(err.msg, strerror(EPIPE)));
  fclose(fp);
  signal(SIGPIPE, old);
}

static void test_bad_args(void **state) {
  (void)state;
  dyad_writer *w = NULL;
  dyad_error err;
  assert_int_equal(dyad_writer_open(&w, NULL, DYAD_OUT_TSV, 0, &err),
                   DYAD_ERR_ARG);
  assert_int_equal(dyad_writer_open(&w, stdout, (dyad_output_format)7, 0, &err),
                   DYAD_ERR_ARG);
  assert_null(w);
  assert_int_equal(dyad_writer_close(NULL, &err), DYAD_OK);
}

/* dyad_span_chars counts code points of 1 to 4 bytes, before and inside
 * the span; an empty span and one at the end of the text work too. */
static void test_span_chars(void **state) {
  (void)state;
  /* "e" U+00E9 (2 bytes) "x" U+2019 (3) "y" U+1F600 (4) "z" */
  const char *t = "e\xc3\xa9x\xe2\x80\x99y\xf0\x9f\x98\x80z";
  static const struct { uint32_t off, len, coff, clen; } c[] = {
      {0, 0, 0, 0},   {0, 1, 0, 1},   {1, 2, 1, 1},  {3, 1, 2, 1},
      {4, 3, 3, 1},   {7, 1, 4, 1},   {8, 4, 5, 1},  {12, 1, 6, 1},
      {3, 9, 2, 4},   {0, 13, 0, 7},  {13, 0, 7, 0},
  };
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
    dyad_span sp = dyad_span_chars(t, (dyad_span){c[i].off, c[i].len});
    assert_int_equal(sp.offset, c[i].coff);
    assert_int_equal(sp.length, c[i].clen);
  }
}

int main(void) {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
  const struct CMUnitTest tests[] = {
      T(test_format_parse),      T(test_tsv),
      T(test_tsv_explain),       T(test_goldstein_format),
      T(test_jsonl),             T(test_jsonl_explain),
      T(test_jsonl_invalid_utf8), T(test_sentences),
      T(test_empty_result),      T(test_dev_full),
      T(test_dev_full_at_close), T(test_dev_full_unbuffered),
      T(test_closed_pipe),       T(test_bad_args),
      cmocka_unit_test(test_span_chars),
      cmocka_unit_test(test_goldstein_digits),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
