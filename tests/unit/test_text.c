/*
 * test_text.c: the text stage (src/text): UTF-8 repair, paragraphs,
 * headlines, captions, sentence splitting, and folding for matching.
 *
 * Each segmentation case gives an input and the exact list of sentences
 * expected, each as "K|text" with K = B (body), H (headline), C (caption).
 * For every case the spans are checked too: the raw bytes of a sentence's
 * span, with whitespace collapsed, must equal its text.
 */
#include "testutil.h"

#include <utf8proc.h>

#include "code/result.h"
#include "dyad.h"
#include "text/fold.h"
#include "text/text.h"

/* ===================================================================== */
/* Helpers                                                               */
/* ===================================================================== */

/* Runs text_prepare on text (len bytes) into a fresh reset result. */
static dyad_result *prepare(dyad_article *a, const char *text, size_t len) {
  memset(a, 0, sizeof *a);
  a->text = text;
  a->text_len = len;
  dyad_result *r = dyad_result_new();
  assert_non_null(r);
  result_reset(r, a);
  assert_int_equal(text_prepare(r, a), DYAD_OK);
  return r;
}

/* Collapses ASCII whitespace and NBSP runs of s[0..n) into out, trimmed. */
static void collapse_ref(const char *s, size_t n, char *out) {
  size_t o = 0;
  int pend = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    int ws = b == ' ' || (b >= '\t' && b <= '\r');
    if (b == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) ws = 1, i++;
    if (ws) { pend = o > 0; continue; }
    if (pend) out[o++] = ' ', pend = 0;
    out[o++] = (char)b;
  }
  out[o] = '\0';
}

static char kind_letter(dyad_sentence_kind k) {
  return k == DYAD_SENT_HEADLINE ? 'H' : k == DYAD_SENT_CAPTION ? 'C' : 'B';
}

/* Checks the sentences of text against exp[0..n) ("K|text"), indexes,
 * and (when check_spans) raw[span] collapsed == text. */
static void check_case(const char *text, const char *const *exp, size_t n,
                       int check_spans) {
  dyad_article a;
  dyad_result *r = prepare(&a, text, strlen(text));
  size_t got = dyad_result_sentences(r);
  if (got != n) {
    for (size_t i = 0; i < got; i++)
      print_message("  got %c|%s\n", kind_letter(dyad_result_sentence(r, i)->kind),
                    dyad_result_sentence(r, i)->text);
    print_message("input: %s\n", text);
  }
  assert_int_equal(got, n);
  for (size_t i = 0; i < n; i++) {
    const dyad_sentence *s = dyad_result_sentence(r, i);
    char buf[512];
    snprintf(buf, sizeof buf, "%c|%s", kind_letter(s->kind), s->text);
    assert_string_equal(buf, exp[i]);
    assert_int_equal(s->index, i + 1);
    assert_true(s->span.offset + s->span.length <= a.text_len);
    if (check_spans) {
      char ref[512];
      assert_true(s->span.length < sizeof ref);
      collapse_ref(text + s->span.offset, s->span.length, ref);
      assert_string_equal(ref, s->text);
    }
  }
  dyad_result_free(r);
}

#define CASE(text, ...)                                                \
  do {                                                                 \
    static const char *const exp_[] = {__VA_ARGS__};                   \
    check_case((text), exp_, sizeof exp_ / sizeof exp_[0], 1);         \
  } while (0)

/* The scans skip plain ASCII 8 bytes at a time; whatever offset the
 * interesting bytes (double spaces, tabs, entities, NBSP, non-ASCII,
 * quotes, brackets, periods) fall at, the sentences must be the same. */
static void test_alignment(void **state) {
  (void)state;
  static const char body[] =
      "says  the\tminister &amp; the\xc2\xa0 envoy caf\xc3\xa9 (in brackets. "
      "Yes) [and more] \"quoted words. Here\" ends    here. Next one  "
      "follows.";
  static const char exp1[] =
      "says the minister & the envoy caf\xc3\xa9 (in brackets. Yes) [and "
      "more] \"quoted words. Here\" ends here.";
  for (size_t k = 0; k < 16; k++) {
    char text[256], e1[256];
    memset(text, 'z', k);
    text[0] = 'Z';
    snprintf(text + k, sizeof text - k, "%s%s", k ? " " : "", body);
    memset(e1, 'z', k);
    e1[0] = 'Z';
    snprintf(e1 + k, sizeof e1 - k, "%s%s", k ? " " : "", exp1);
    dyad_article a;
    dyad_result *r = prepare(&a, text, strlen(text));
    assert_int_equal(dyad_result_sentences(r), 2);
    assert_string_equal(dyad_result_sentence(r, 0)->text, e1);
    assert_string_equal(dyad_result_sentence(r, 1)->text, "Next one follows.");
    const dyad_sentence *s1 = dyad_result_sentence(r, 1);
    assert_int_equal(s1->span.offset + s1->span.length, strlen(text));
    dyad_result_free(r);
  }
}

/* A sentence with no terminator is cut at the first space after
 * TEXT_MAX_SENTENCE bytes, also inside a run of plain ASCII. */
static void test_long_sentence(void **state) {
  (void)state;
  size_t n = 3 * TEXT_MAX_SENTENCE;
  char *text = malloc(n + 1);
  assert_non_null(text);
  for (size_t i = 0; i < n; i++) text[i] = i % 7 == 6 ? ' ' : 'a';
  text[n] = '\0';
  dyad_article a;
  dyad_result *r = prepare(&a, text, n);
  assert_int_equal(dyad_result_sentences(r), 3);
  /* the first space at or after 4096 is at 4096 + (6 - 4096 % 7) % 7 */
  size_t cut = TEXT_MAX_SENTENCE;
  while (text[cut] != ' ') cut++;
  const dyad_sentence *s0 = dyad_result_sentence(r, 0);
  assert_int_equal(s0->span.offset, 0);
  assert_int_equal(s0->span.length, cut);
  const dyad_sentence *s1 = dyad_result_sentence(r, 1);
  assert_int_equal(s1->span.offset, cut + 1);
  dyad_result_free(r);
  free(text);
}

/* ===================================================================== */
/* Sentence splitting                                                    */
/* ===================================================================== */

static void test_abbreviations(void **state) {
  (void)state;
  CASE("Mr. Smith went to Washington. He met Dr. Jones.",
       "B|Mr. Smith went to Washington.", "B|He met Dr. Jones.");
  CASE("The U.S. and the U.N. agreed on Monday. Talks continue.",
       "B|The U.S. and the U.N. agreed on Monday.", "B|Talks continue.");
  CASE("He lives in the U.S. The next day he left.",
       "B|He lives in the U.S.", "B|The next day he left.");
  CASE("Troops from the U.S. Army arrived. Gen. Smith and Lt. Col. Brown met "
       "Sen. Doe and Gov. Roe. They talked.",
       "B|Troops from the U.S. Army arrived.",
       "B|Gen. Smith and Lt. Col. Brown met Sen. Doe and Gov. Roe.",
       "B|They talked.");
  CASE("The vote was held on Jan. 5 in St. Louis. Results came on Sept. 10. "
       "It was No. 1 vs. No. 2 in the poll.",
       "B|The vote was held on Jan. 5 in St. Louis.",
       "B|Results came on Sept. 10.", "B|It was No. 1 vs. No. 2 in the poll.");
  CASE("He works for Acme Inc. The firm is in Ohio. Acme Inc. reported "
       "profits, Pres. Roe said.",
       "B|He works for Acme Inc.", "B|The firm is in Ohio.",
       "B|Acme Inc. reported profits, Pres. Roe said.");
  CASE("He spoke at 9 a.m. Tuesday and left at 5 p.m. The crowd cheered.",
       "B|He spoke at 9 a.m. Tuesday and left at 5 p.m.",
       "B|The crowd cheered.");
  CASE("Apples, pears, etc. are sold. He sells fruit etc. But not meat.",
       "B|Apples, pears, etc. are sold.", "B|He sells fruit etc.",
       "B|But not meat.");
}

static void test_initials_numbers(void **state) {
  (void)state;
  CASE("J. R. R. Tolkien wrote books. George W. Bush read them.",
       "B|J. R. R. Tolkien wrote books.", "B|George W. Bush read them.");
  CASE("Growth was 3.5 percent in 2010. Sales reached 1.2m units.",
       "B|Growth was 3.5 percent in 2010.", "B|Sales reached 1.2m units.");
  CASE("1. Troops withdrew.\n2. Talks began.",
       "B|1. Troops withdrew.", "B|2. Talks began.");
  CASE("Visit example.com for details. Prices rose 4.5%. 20 people came.",
       "B|Visit example.com for details.", "B|Prices rose 4.5%.",
       "B|20 people came.");
  CASE("\xc3\x96. S\xc3\xa1nchez met Mr. M\xc3\xbcller. They talked.",
       "B|\xc3\x96. S\xc3\xa1nchez met Mr. M\xc3\xbcller.", "B|They talked.");
}

static void test_punctuation(void **state) {
  (void)state;
  CASE("He waited... and waited. Then... Nothing happened.",
       "B|He waited... and waited.", "B|Then...", "B|Nothing happened.");
  CASE("Is it over? Yes! It is.", "B|Is it over?", "B|Yes!", "B|It is.");
  CASE("Yahoo! reported earnings. Wow!", "B|Yahoo! reported earnings.",
       "B|Wow!");
  CASE("He left. (He later returned.) Then he slept.", "B|He left.",
       "B|(He later returned.)", "B|Then he slept.");
  CASE("The meeting (which began at 9 a.m. on Monday. Or so) ended late. "
       "Officials left.",
       "B|The meeting (which began at 9 a.m. on Monday. Or so) ended late.",
       "B|Officials left.");
  CASE("\xe6\x97\xa5\xe6\x9c\xac\xe3\x80\x82\xe4\xb8\xad\xe5\x9b\xbd\xe3\x80\x82",
       "B|\xe6\x97\xa5\xe6\x9c\xac\xe3\x80\x82",
       "B|\xe4\xb8\xad\xe5\x9b\xbd\xe3\x80\x82");
}

static void test_quotes(void **state) {
  (void)state;
  CASE("\"We will respond,\" he said. The talks failed.",
       "B|\"We will respond,\" he said.", "B|The talks failed.");
  CASE("He said: \"We will go. They will stay.\" Then he left.",
       "B|He said: \"We will go. They will stay.\"", "B|Then he left.");
  CASE("\"Why?\" he asked. \"Because!\" she replied.",
       "B|\"Why?\" he asked.", "B|\"Because!\" she replied.");
  CASE("\xe2\x80\x9cWe will go. They will stay,\xe2\x80\x9d he said. Then he left.",
       "B|\xe2\x80\x9cWe will go. They will stay,\xe2\x80\x9d he said.",
       "B|Then he left.");
  /* An unbalanced quotation does not hold the sentences together. */
  CASE("He said \"we will go. They stay. Fine.",
       "B|He said \"we will go.", "B|They stay.", "B|Fine.");
}

/* ===================================================================== */
/* Lines: headlines, datelines, captions, paragraphs                     */
/* ===================================================================== */

static void test_headlines(void **state) {
  (void)state;
  CASE("Russia warns Ukraine over gas supplies\nMOSCOW (Reuters) - Russia "
       "warned Ukraine on Monday. Talks will resume.",
       "H|Russia warns Ukraine over gas supplies",
       "B|MOSCOW (Reuters) - Russia warned Ukraine on Monday.",
       "B|Talks will resume.");
  CASE("Friday, January 4, 2019\n\nAn apartment building collapsed. A gas "
       "leak was suspected.",
       "H|Friday, January 4, 2019", "B|An apartment building collapsed.",
       "B|A gas leak was suspected.");
  CASE("WASHINGTON (AP) -\nThe president spoke. He left.",
       "B|WASHINGTON (AP) - The president spoke.", "B|He left.");
  CASE("WASHINGTON (AP)\n\nThe president spoke.",
       "B|WASHINGTON (AP) The president spoke.");
  /* Hard-wrapped text: no line is a headline. */
  CASE("The president said on Tuesday that\nhe would visit Moscow next week. "
       "The\ntrip was announced\nyesterday.",
       "B|The president said on Tuesday that he would visit Moscow next week.",
       "B|The trip was announced yesterday.");
  CASE("Russian President Vladimir Putin met Chinese President Xi Jinping\n"
       "Beijing officials said the talks covered energy, trade and the\n"
       "conflict in Ukraine.",
       "B|Russian President Vladimir Putin met Chinese President Xi Jinping "
       "Beijing officials said the talks covered energy, trade and the "
       "conflict in Ukraine.");
  CASE("Talks end.\nNew Sanctions Announced\nThe EU imposed sanctions.",
       "B|Talks end.", "H|New Sanctions Announced", "B|The EU imposed sanctions.");
}

static void test_captions(void **state) {
  (void)state;
  CASE("Soldiers patrol the streets.\n\nPhoto: AP\n\nCredit: Getty Images/John "
       "Doe\nProtesters gather in Cairo on Friday. (AFP Photo)\nImage "
       "copyright Reuters\nThe army said it would withdraw.",
       "B|Soldiers patrol the streets.", "C|Photo: AP",
       "C|Credit: Getty Images/John Doe",
       "C|Protesters gather in Cairo on Friday. (AFP Photo)",
       "C|Image copyright Reuters", "B|The army said it would withdraw.");
  CASE("Caption: Soldiers in Kabul on\nmonday. More here.\nPictured: The "
       "president\nFile photo of the ministry\nA crowd at the rally. "
       "Jane Doe/AFP\nThe crowd left.",
       "C|Caption: Soldiers in Kabul on monday. More here.",
       "C|Pictured: The president", "C|File photo of the ministry",
       "C|A crowd at the rally. Jane Doe/AFP", "B|The crowd left.");
}

static void test_paragraphs(void **state) {
  (void)state;
  const char *t = "First para. Second sentence.\n\nSecond para.\n  Indented "
                  "para.\r\n\r\nLast\xe2\x80\xa9para.";
  dyad_article a;
  dyad_result *r = prepare(&a, t, strlen(t));
  static const uint32_t paras[] = {1, 1, 2, 3, 4, 5};
  assert_int_equal(dyad_result_sentences(r), 6);
  for (size_t i = 0; i < 6; i++)
    assert_int_equal(dyad_result_sentence(r, i)->paragraph, paras[i]);
  assert_string_equal(dyad_result_sentence(r, 4)->text, "Last");
  assert_int_equal(dyad_result_sentence(r, 4)->kind, DYAD_SENT_HEADLINE);
  assert_string_equal(dyad_result_sentence(r, 5)->text, "para.");
  dyad_result_free(r);
}

static void test_whitespace_entities(void **state) {
  (void)state;
  const char *t = "Tom &amp; Jerry\xc2\xa0met\t\tthe\xe2\x80\x8b press &#8220;today&#x201D;."
                  "\r\nThey  talked &c. later &bogus; ok.";
  dyad_article a;
  dyad_result *r = prepare(&a, t, strlen(t));
  assert_int_equal(dyad_result_sentences(r), 2);
  assert_string_equal(dyad_result_sentence(r, 0)->text,
                      "Tom & Jerry met the press \xe2\x80\x9ctoday\xe2\x80\x9d.");
  assert_string_equal(dyad_result_sentence(r, 1)->text,
                      "They talked &c. later &bogus; ok.");
  /* The span covers the raw bytes, entities and all. */
  const dyad_sentence *s = dyad_result_sentence(r, 0);
  assert_int_equal(s->span.offset, 0);
  assert_memory_equal(t + s->span.offset + s->span.length - 6, "201D;.", 6);
  dyad_result_free(r);
}

static void test_empty(void **state) {
  (void)state;
  static const char *const inputs[] = {"", "   \n\n\t  \r\n", "\xe2\x80\x8b",
                                       "\xc2\xa0 \xe2\x80\xa8 \x0c"};
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    dyad_article a;
    dyad_result *r = prepare(&a, inputs[i], strlen(inputs[i]));
    assert_int_equal(dyad_result_sentences(r), 0);
    assert_int_equal(r->invalid_bytes, 0);
    assert_non_null(r->clean);
    dyad_result_free(r);
  }
  dyad_article a;
  memset(&a, 0, sizeof a);
  dyad_result *r = dyad_result_new();
  result_reset(r, &a);
  assert_int_equal(text_prepare(r, &a), DYAD_OK); /* text == NULL */
  assert_int_equal(dyad_result_sentences(r), 0);
  assert_int_equal(r->clean_len, 0);
  dyad_result_free(r);
}

/* Indexes and paragraphs go on after sentences already in the result. */
static void test_append(void **state) {
  (void)state;
  dyad_article a;
  memset(&a, 0, sizeof a);
  a.text = "One. Two.";
  a.text_len = 9;
  dyad_result *r = dyad_result_new();
  result_reset(r, &a);
  dyad_sentence title = {0};
  title.index = 1;
  title.paragraph = 1;
  title.kind = DYAD_SENT_HEADLINE;
  title.text = "Title";
  assert_non_null(result_add_sentence(r, &title));
  assert_int_equal(text_prepare(r, &a), DYAD_OK);
  assert_int_equal(dyad_result_sentences(r), 3);
  assert_int_equal(dyad_result_sentence(r, 1)->index, 2);
  assert_int_equal(dyad_result_sentence(r, 1)->paragraph, 2);
  assert_int_equal(dyad_result_sentence(r, 2)->index, 3);
  assert_int_equal(dyad_result_sentence(r, 2)->span.offset, 5);
  dyad_result_free(r);
}

/* ===================================================================== */
/* Invalid UTF-8 and spans                                               */
/* ===================================================================== */

static void test_invalid_utf8(void **state) {
  (void)state;
  /* Four ill-formed sequences: E9, FF, FE, E2 82 (truncated). */
  const char t[] = "Caf\xe9 opened. Bad \xff\xfe bytes\xe2\x82 here. \xf0\x9f\x98\x80 Ok.";
  size_t n = sizeof t - 1;
  dyad_article a;
  dyad_result *r = prepare(&a, t, n);
  assert_int_equal(r->invalid_bytes, 4);
  assert_int_equal(r->clean_len, n - 5 + 12);
  assert_int_equal(utf8proc_iterate((const utf8proc_uint8_t *)r->clean + 3, 3,
                                    &(utf8proc_int32_t){0}), 3);
  assert_int_equal(dyad_result_sentences(r), 3);
  const dyad_sentence *s0 = dyad_result_sentence(r, 0);
  const dyad_sentence *s1 = dyad_result_sentence(r, 1);
  const dyad_sentence *s2 = dyad_result_sentence(r, 2);
  assert_string_equal(s0->text, "Caf\xef\xbf\xbd opened.");
  assert_string_equal(s1->text,
                      "Bad \xef\xbf\xbd\xef\xbf\xbd bytes\xef\xbf\xbd here.");
  assert_string_equal(s2->text, "\xf0\x9f\x98\x80 Ok.");
  assert_int_equal(s0->span.offset, 0);
  assert_int_equal(s0->span.length, 12);
  assert_memory_equal(t + s1->span.offset, "Bad \xff", 5);
  assert_int_equal(s1->span.length, strlen("Bad \xff\xfe bytes\xe2\x82 here."));
  assert_int_equal(s2->span.offset, n - strlen("\xf0\x9f\x98\x80 Ok."));
  assert_int_equal(s2->span.offset + s2->span.length, n);
  dyad_result_free(r);

  /* Surrogates, overlongs and NUL: each maximal subpart is one U+FFFD. */
  const char u[] = "A\xed\xa0\x80 B\xc0\xaf C\x00" "D \xf4\x90\x80\x80.";
  r = prepare(&a, u, sizeof u - 1);
  /* ED A0 80 -> 3 (ED, A0, 80), C0 AF -> 2, F4 90 80 80 -> 4. */
  assert_int_equal(r->invalid_bytes, 9);
  assert_int_equal(dyad_result_sentences(r), 1);
  assert_string_equal(dyad_result_sentence(r, 0)->text,
                      "A\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd B\xef\xbf\xbd\xef\xbf\xbd C D "
                      "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.");
  assert_int_equal(dyad_result_sentence(r, 0)->span.length, sizeof u - 1);
  dyad_result_free(r);
}

/* ===================================================================== */
/* Folding                                                               */
/* ===================================================================== */

static void test_fold(void **state) {
  (void)state;
  char out[128];
  uint32_t map[129];
  size_t n = text_fold("Hello WORLD", 11, out, sizeof out, map);
  assert_int_equal(n, 11);
  assert_string_equal(out, "hello world");
  for (size_t i = 0; i <= n; i++) assert_int_equal(map[i], i);

  /* Decomposed E + U+0301 composes to U+00E9 mapped to the 'E'. */
  n = text_fold("CAFE\xcc\x81!", 7, out, sizeof out, map);
  assert_int_equal(n, 6);
  assert_string_equal(out, "caf\xc3\xa9!");
  assert_int_equal(map[3], 3);
  assert_int_equal(map[4], 3);
  assert_int_equal(map[5], 6);
  assert_int_equal(map[6], 7);

  /* Sharp s expands; a folded match converts back to the original span. */
  const char *de = "Die Stra\xc3\x9f" "e ist";
  n = text_fold(de, strlen(de), out, sizeof out, map);
  assert_string_equal(out, "die strasse ist");
  const char *hit = strstr(out, "strasse");
  size_t a = (size_t)(hit - out), b = a + 7;
  assert_int_equal(map[a], 4);
  assert_int_equal(map[b], 11);
  assert_memory_equal(de + map[a], "Stra\xc3\x9f" "e", map[b] - map[a]);

  /* Quotes, dashes, spaces, ellipsis. */
  const char *q = "\xe2\x80\x9cQuote\xe2\x80\x9d \xe2\x80\x94 it\xe2\x80\x99s 5\xe2\x88\x92"
                  "3\xc2\xa0\xe2\x80\x91x\xe2\x80\xa6";
  n = text_fold(q, strlen(q), out, sizeof out, map);
  assert_string_equal(out, "\"quote\" - it's 5-3 -x...");
  assert_int_equal(map[0], 0);
  assert_int_equal(map[1], 3);

  /* Greek final sigma and capitals fold; NFC keeps precomposed forms. */
  const char *gr = "\xce\xa3\xce\x91\xce\xa3 \xc3\x89T\xc3\x89";
  n = text_fold(gr, strlen(gr), out, sizeof out, map);
  assert_string_equal(out, "\xcf\x83\xce\xb1\xcf\x83 \xc3\xa9t\xc3\xa9");

  /* Ill-formed input, and a buffer that is too small. */
  n = text_fold("a\xff" "B", 3, out, sizeof out, map);
  assert_int_equal(n, 5);
  assert_string_equal(out, "a\xef\xbf\xbd" "b");
  assert_int_equal(map[4], 2);
  char tiny[4];
  n = text_fold("ABCDEFG", 7, tiny, sizeof tiny, NULL);
  assert_int_equal(n, 7);
  assert_memory_equal(tiny, "abcd", 4);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_abbreviations),
    cmocka_unit_test(test_initials_numbers),
    cmocka_unit_test(test_punctuation),
    cmocka_unit_test(test_quotes),
    cmocka_unit_test(test_headlines),
    cmocka_unit_test(test_captions),
    cmocka_unit_test(test_paragraphs),
    cmocka_unit_test(test_whitespace_entities),
    cmocka_unit_test(test_empty),
    cmocka_unit_test(test_append),
    cmocka_unit_test(test_invalid_utf8),
    cmocka_unit_test(test_fold),
    cmocka_unit_test(test_alignment),
    cmocka_unit_test(test_long_sentence),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
