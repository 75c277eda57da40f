/*
 * test_dict.c: unit tests of the dictionary stage (src/dict): parsing of
 * small inline dictionaries in both formats, phrase matching rules (stems,
 * exact words, longest match, dates), diagnostics, the compiled .dyd
 * format (determinism, round trip, corruption), and the reference
 * dictionaries in ../shared when they are present.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict/codeset.h"
#include "dict/dict.h"
#include "dict/dict_image.h"
#include "testutil.h"

/* ===================================================================== */
/* Helpers                                                               */
/* ===================================================================== */

typedef struct diag_buf {
  char text[8192];
  size_t len;
  size_t n;
} diag_buf;

static void collect_diag(void *ctx, int severity, const char *file,
                         long line, long col, const char *msg) {
  diag_buf *b = ctx;
  int k = snprintf(b->text + b->len, sizeof b->text - b->len,
                   "%s:%ld:%ld: %s: %s\n", file, line, col,
                   severity >= 2 ? "error" : "warning", msg);
  if (k > 0 && b->len + (size_t)k < sizeof b->text) b->len += (size_t)k;
  b->n++;
}

/* Builds a dictionary from (name, text) pairs; asserts it succeeds. */
static dyad_dict *build(size_t n, const char *const *names,
                        const char *const *texts, diag_buf *db,
                        size_t *ne, size_t *nw) {
  size_t lens[8];
  assert_true(n <= 8);
  for (size_t i = 0; i < n; i++) lens[i] = strlen(texts[i]);
  dict_build_opts opts = {collect_diag, db};
  dyad_dict *d = NULL;
  dyad_error err;
  int rc = dict_build_mem(&d, n, names, texts, lens, &opts, ne, nw, &err);
  assert_int_equal(rc, DYAD_OK);
  assert_non_null(d);
  return d;
}

/* Tokenizes text and matches an actor at token 0 for a date. */
static const char *actor_code(const dyad_dict *d, const char *text,
                              int32_t date, uint32_t *len) {
  char buf[512];
  const char *toks[32];
  int n = dict_tokenize(text, buf, sizeof buf, toks, 32);
  assert_true(n > 0);
  dict_match m;
  const char *code;
  if (!dict_actor_match(d, toks, (size_t)n, 0, date, &m, &code)) {
    *len = 0;
    return NULL;
  }
  *len = m.len;
  return code;
}

/* ===================================================================== */
/* Inline PETRARCH dictionaries                                          */
/* ===================================================================== */

static const char petr_actors[] =
    "# test actors\n"
    "NORTH_KOREA_ [PRK]\n"
    "+DPRK\n"
    "+PYONGYANG\n"
    "\n"
    "PRESIDENT_KIM_TEST\n"
    "KIM_TEST_  # leader\n"
    "\t[PRKELI 900101-111216]\n"
    "\t[PRKGOV 111217-]\n"
    "\t[PRKOPP <900101]\n"
    "LONELY_ROOT\n"
    "\n"
    "UNITED_STATES [USA]\n"
    "UNITED_STATES_ARMY [USAMIL]\n"
    "BAGRAM [AFG]\n"
    "KABUL_ [AFGGOV >011222] [AFG]\n";

static const char petr_agents[] =
    "!PERSON! = MAN, MEN\n"
    "CATTLE!PERSON! [~AGR]\n"
    "SOLDIER [~MIL]\n"
    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
    "REBEL_LEADER [REB~]\n"
    "POLICE {} [~COP]\n";

static const char petr_verbs[] =
    "&CURRENCY\n"
    "+DOLLAR\n"
    "# a comment inside the synset does not close it\n"
    "+SWISS_FRANC\n"
    "+&OTHERSET\n"
    "\n"
    "&OTHERSET\n"
    "+EURO_\n"
    "\n"
    "--- VISIT [040] ---\n"
    "VISIT\n"
    "BRING {BRINGS BRINGING BROUGHT}\n"
    "+ASK_FOR [020]\n"
    "- * CAPITAL + [042] # comment\n"
    "- $ * (TO +) &CURRENCY [:173]\n"
    "- * {HUMANITARIAN AID} [073:074]\n"
    "\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

static const char petr_discards[] = "MONTHS LATER\n+WORLD_GOLF\n";

static const char petr_issues[] =
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
    "n:teacher [TEACHERS]\n"
    "pre+n:school [EARLY_CHILDHOOD]\n"
    "head start\n"
    "~a head start\n"
    "</ISSUE>\n";

static const char petr_ini[] =
    "[Options]\nrequire_dyad = True\nnew_actor_length = 0\n";

static dyad_dict *petr_dict(diag_buf *db, size_t *ne, size_t *nw) {
  static const char *const names[] = {
      "t/A.actors.txt", "t/A.agents.txt",   "t/CAMEO.verbs.txt",
      "t/A.discards.txt", "t/A.Issues.txt", "t/PETR_config.ini"};
  const char *const texts[] = {petr_actors,   petr_agents, petr_verbs,
                               petr_discards, petr_issues, petr_ini};
  return build(6, names, texts, db, ne, nw);
}

static void test_petrarch_actors(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = petr_dict(&db, &ne, &nw);
  assert_int_equal(ne, 0);
  assert_string_equal(db.text,
                      "t/A.actors.txt:11:1: warning: actor entry without a "
                      "code\n");
  assert_int_equal(nw, 1);
  dict_counts c;
  dict_get_counts(d, &c);
  assert_int_equal(c.actors, 8);
  assert_int_equal(c.synonyms, 2);
  assert_int_equal(c.by_kind[DICT_K_ACTOR], 10);
  uint32_t len;
  /* synonyms resolve to the root entry's code */
  assert_string_equal(actor_code(d, "dprk", 20200101, &len), "PRK");
  assert_int_equal(len, 1);
  assert_string_equal(actor_code(d, "north korea", 20200101, &len), "PRK");
  assert_int_equal(len, 2);
  /* date-restricted blocks, inclusive ranges, '<' is exclusive */
  assert_string_equal(actor_code(d, "kim test", 20000101, &len), "PRKELI");
  assert_string_equal(actor_code(d, "kim test", 20111216, &len), "PRKELI");
  assert_string_equal(actor_code(d, "kim test", 20111217, &len), "PRKGOV");
  assert_string_equal(actor_code(d, "kim test", 19891231, &len), "PRKOPP");
  assert_string_equal(actor_code(d, "kim test", 19900101, &len), "PRKELI");
  /* a root line without codes shares the next entry's codes (when it
   * comes on the next line); one followed by a blank line has none */
  assert_string_equal(actor_code(d, "president kim test", 20120101, &len),
                      "PRKGOV");
  assert_string_equal(actor_code(d, "lonely root", 20120101, &len), "");
  assert_int_equal(len, 2);
  /* longest match */
  assert_string_equal(actor_code(d, "united states army", 20000101, &len),
                      "USAMIL");
  assert_int_equal(len, 3);
  assert_string_equal(actor_code(d, "united states navy", 20000101, &len),
                      "USA");
  assert_int_equal(len, 2);
  /* last word a stem unless written with '_'; other words exact */
  assert_string_equal(actor_code(d, "bagrami", 20000101, &len), "AFG");
  assert_null(actor_code(d, "kabuli", 20000101, &len));
  assert_null(actor_code(d, "unitedx states", 20000101, &len));
  /* dated block first, undated block as the default */
  assert_string_equal(actor_code(d, "kabul", 20020101, &len), "AFGGOV");
  assert_string_equal(actor_code(d, "kabul", 20010101, &len), "AFG");
  /* the entry records where it came from */
  char buf[64];
  const char *toks[4];
  int n = dict_tokenize("Pyongyang", buf, sizeof buf, toks, 4);
  dict_match m;
  assert_int_equal(dict_match_at(d, DICT_K_ACTOR, toks, (size_t)n, 0, &m), 1);
  const dict_phrase *p = dict_phrase_at(d, m.phrase);
  assert_string_equal(dict_file_name(d, p->file), "t/A.actors.txt");
  assert_int_equal(p->line, 4);
  assert_true(p->flags & DICT_PH_SYNONYM);
  const dict_actor *a = dict_actor_at(d, m.payload);
  assert_int_equal(a->line, 2);
  assert_string_equal(dict_str(d, dict_phrase_at(d, a->phrase)->words),
                      "north korea");
  dict_free(d);
}

static void test_petrarch_agents_verbs(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = petr_dict(&db, &ne, &nw);
  char buf[256];
  const char *toks[16];
  dict_match m;
  const dict_agent *ag;
  int n = dict_tokenize("cattlemen", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 1);
  assert_string_equal(dict_str(d, ag->code), "AGR");
  assert_int_equal(ag->mode, DICT_AGENT_PREFIX);
  n = dict_tokenize("rebel leader", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 1);
  assert_string_equal(dict_str(d, ag->code), "REB");
  assert_int_equal(ag->mode, DICT_AGENT_SUFFIX);
  n = dict_tokenize("attorneys general", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 1);
  assert_string_equal(dict_str(d, ag->code), "GOV");
  assert_int_equal(m.len, 2);
  /* a {} list gives every form: "POLICE {}" is a whole word ("polices"
   * is no agent), while SOLDIER, without a list, is a stem */
  n = dict_tokenize("police", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 1);
  assert_string_equal(dict_str(d, ag->code), "COP");
  n = dict_tokenize("polices", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 0);
  n = dict_tokenize("soldiers", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_agent_match(d, toks, (size_t)n, 0, &m, &ag), 1);
  assert_string_equal(dict_str(d, ag->code), "MIL");

  /* verb forms: as written, explicit {} lists, generated regular ones */
  const dict_verb_form *f;
  const dict_verb *v;
  const char *forms[] = {"visit", "visits", "visited", "visiting", "brought",
                         "brings"};
  for (size_t i = 0; i < 6; i++) {
    n = dict_tokenize(forms[i], buf, sizeof buf, toks, 16);
    assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
    assert_string_equal(dict_str(d, v->name), "visit");
    assert_string_equal(dict_str(d, f->code), "040");
  }
  n = dict_tokenize("bringed", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 0);
  /* '+' marks the verb of a multi-word form; inflected on that word */
  n = dict_tokenize("asked for", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_int_equal(m.len, 2);
  assert_string_equal(dict_str(d, f->code), "020");

  /* patterns */
  assert_int_equal(v->pat_count, 3);
  const dict_pattern *p = dict_pattern_at(d, v->pat_first);
  assert_string_equal(dict_str(d, p->text), "* CAPITAL +");
  assert_string_equal(dict_str(d, p->code), "042");
  assert_string_equal(dict_str(d, p->code2), "");
  assert_int_equal(p->line, 14);
  assert_int_equal(p->tok_count, 3);
  assert_int_equal(dict_pat_tok_at(d, p->tok_first)->kind, DICT_T_VERB);
  const dict_pat_tok *t1 = dict_pat_tok_at(d, p->tok_first + 1);
  assert_int_equal(t1->kind, DICT_T_WORD);
  assert_string_equal(dict_str(d, t1->text), "capital");
  assert_int_equal(dict_pat_tok_at(d, p->tok_first + 2)->kind, DICT_T_TARGET);
  p = dict_pattern_at(d, v->pat_first + 1);
  assert_string_equal(dict_str(d, p->code), "");
  assert_string_equal(dict_str(d, p->code2), "173");
  static const dict_tok_kind want[] = {DICT_T_SOURCE, DICT_T_VERB,
                                       DICT_T_PP_OPEN, DICT_T_WORD,
                                       DICT_T_TARGET, DICT_T_PP_CLOSE,
                                       DICT_T_SYNSET};
  assert_int_equal(p->tok_count, 7);
  for (uint32_t k = 0; k < 7; k++)
    assert_int_equal(dict_pat_tok_at(d, p->tok_first + k)->kind, want[k]);
  const dict_pat_tok *syn = dict_pat_tok_at(d, p->tok_first + 6);
  assert_int_equal(syn->ref, dict_synset_find(d, "&CURRENCY"));
  p = dict_pattern_at(d, v->pat_first + 2);
  assert_int_equal(dict_pat_tok_at(d, p->tok_first + 1)->kind,
                   DICT_T_NP_OPEN);
  assert_string_equal(dict_str(d, p->code2), "074");

  /* synsets: multi-word members, nested synsets, comment lines inside */
  uint32_t cur = dict_synset_find(d, "currency");
  assert_int_not_equal(cur, DICT_NONE);
  assert_int_equal(dict_synset_at(d, cur)->member_count, 3);
  n = dict_tokenize("swiss francs now", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_synset_match(d, cur, toks, (size_t)n, 0), 2);
  n = dict_tokenize("euro", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_synset_match(d, cur, toks, (size_t)n, 0), 1);
  n = dict_tokenize("euros", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_synset_match(d, cur, toks, (size_t)n, 0), 0);

  /* transformations, discards, issues, options */
  dict_counts c;
  dict_get_counts(d, &c);
  assert_int_equal(c.transforms, 1);
  assert_string_equal(dict_str(d, dict_transform_at(d, 0)->lhs),
                      "a (a b ATTACK) SAY");
  assert_string_equal(dict_str(d, dict_transform_at(d, 0)->rhs), "a b 015");
  int story;
  n = dict_tokenize("world golf championship", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_discard_match(d, toks, (size_t)n, 0, &m, &story), 1);
  assert_int_equal(story, 1);
  n = dict_tokenize("months later", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_discard_match(d, toks, (size_t)n, 0, &m, &story), 1);
  assert_int_equal(story, 0);
  assert_int_equal(c.issues, 4);
  n = dict_tokenize("pre-schools", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_match_at(d, DICT_K_ISSUE, toks, (size_t)n, 0, &m), 1);
  assert_string_equal(dict_str(d, dict_issue_at(d, m.payload)->code),
                      "EARLY_CHILDHOOD");
  /* a phrase without a code takes the previous one's */
  assert_string_equal(dict_str(d, dict_issue_at(d, 2)->code),
                      "EARLY_CHILDHOOD");
  assert_true(dict_phrase_at(d, dict_issue_at(d, 3)->phrase)->flags &
              DICT_PH_NEGATED);
  assert_int_equal(dict_option_bool(d, "require_dyad", 0), 1);
  assert_string_equal(dict_option_get(d, "NEW_ACTOR_LENGTH"), "0");
  assert_null(dict_option_get(d, "nothing"));
  dict_free(d);
}

/* ===================================================================== */
/* TABARI                                                                */
/* ===================================================================== */

/* "@ FORMS" lines tie the patterns after them to some form lines of the
 * block (every inflection of those lines); a bare "@" and a new block
 * end the scope; a name that heads no form line is an error. */
static void test_pattern_scopes(void **state) {
  (void)state;
  const char *names[] = {"s.verbs.txt"};
  const char *texts[] = {
      "--- ATTACK [190] ---\n"
      "ATTACK\n"
      "STRIKE {STRIKES STRUCK STRIKING}\n"
      "+OPEN_FIRE {+OPENS_FIRE +OPENED_FIRE}\n"
      "- * TANKS [193]\n"
      "@ STRIKE +OPEN_FIRE   # labour sense\n"
      "- WORKERS_* [143]\n"
      "@\n"
      "- * ARTILLERY [194]\n"
      "@ HIT\n"
      "- * NOTHING [010]\n"
      "--- MEET [040] ---\n"
      "MEET\n"
      "- * + [040]\n"};
  diag_buf db = {0};
  size_t ne = 0, nw = 0;
  dyad_dict *d = build(1, names, texts, &db, &ne, &nw);
  assert_int_equal(ne, 1);
  assert_non_null(strstr(db.text, "s.verbs.txt:10:3: error: '@' names 'hit', "
                                  "which heads no form line of this block"));
  char buf[256];
  const char *toks[16];
  dict_match m;
  const dict_verb_form *f;
  const dict_verb *v;
  int n = dict_tokenize("struck", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_string_equal(dict_str(d, f->lemma), "strike");
  n = dict_tokenize("opened fire", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_string_equal(dict_str(d, f->lemma), "open fire");
  n = dict_tokenize("attacks", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_string_equal(dict_str(d, f->lemma), "attack");
  assert_int_equal(v->pat_count, 4);
  const char *want[] = {"", "strike|open fire|", "", ""};
  for (uint32_t k = 0; k < 4; k++)
    assert_string_equal(dict_str(d, dict_pattern_at(d, v->pat_first + k)->only),
                        want[k]);
  /* the scope ends with its block */
  n = dict_tokenize("meet", buf, sizeof buf, toks, 16);
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_string_equal(dict_str(d, dict_pattern_at(d, v->pat_first)->only), "");
  dict_free(d);
}

/* "@SYNSETS EXACT" (dyad's verbs.txt): from that line on in its file,
 * synset members are whole words with their plurals and, for one-word
 * members, their verb forms; a trailing '_' keeps a member as written.
 * Other files keep PETRARCH's stems ("CAMP" takes "campaign"). */
static void test_exact_synsets(void **state) {
  (void)state;
  const char *names[] = {"a.verbs.txt", "b.verbs.txt"};
  const char *texts[] = {"@SYNSETS EXACT\n"
                         "&MINE\n"
                         "+CAMP\n"
                         "+WAR_\n"
                         "+ATTACK\n"
                         "+PARTY\n"
                         "+DRONE_STRIKE\n"
                         "+&THEIRS\n"
                         "\n"
                         "--- X [010] ---\n"
                         "X\n",
                         "&THEIRS\n"
                         "+CAMP\n"
                         "\n"};
  diag_buf db = {0};
  size_t ne = 0, nw = 0;
  dyad_dict *d = build(2, names, texts, &db, &ne, &nw);
  assert_int_equal(ne + nw, 0);
  uint32_t mine = dict_synset_find(d, "MINE");
  uint32_t theirs = dict_synset_find(d, "THEIRS");
  assert_int_not_equal(mine, DICT_NONE);
  assert_int_not_equal(theirs, DICT_NONE);
  static const struct {
    const char *text;
    size_t mine, theirs;
  } cases[] = {
      {"camp", 1, 1},         {"camps", 1, 1},     {"campaign", 1, 1},
      {"war", 1, 0},          {"wars", 0, 0},      {"warning", 0, 0},
      {"attacking", 1, 0},    {"attackers", 0, 0}, {"parties", 1, 0},
      {"drone strikes", 2, 0}, {"drone struck", 0, 0},
  };
  char buf[256];
  const char *toks[16];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int n = dict_tokenize(cases[i].text, buf, sizeof buf, toks, 16);
    size_t want = cases[i].mine;
    /* "campaign": no member of MINE itself, but of the nested THEIRS */
    assert_int_equal(dict_synset_match(d, mine, toks, (size_t)n, 0), want);
    assert_int_equal(dict_synset_match(d, theirs, toks, (size_t)n, 0),
                     cases[i].theirs);
  }
  dict_free(d);
}

/* "@DERIVED" in an actors file: the phrases after it carry
 * DICT_PH_DERIVED (the bare surnames of tools/gen_surnames.c), those
 * before it and in other files do not; an unknown directive is an error
 * and a TABARI file reads no directive. */
static void test_derived_directive(void **state) {
  (void)state;
  const char *names[] = {"people.actors.txt", "surnames.actors.txt",
                         "bad.actors.txt"};
  const char *texts[] = {"RUFUS_FIREFLY_\n[FREGOV 19330101-19451231]\n",
                         "TRENTINO_\n[SYLGOV]\n"
                         "@DERIVED\n"
                         "FIREFLY_  # rufus firefly\n"
                         "[FREGOV 19330101-19451231]\n",
                         "@SURNAMES\n"};
  diag_buf db = {0};
  size_t ne = 0, nw = 0;
  dyad_dict *d = build(3, names, texts, &db, &ne, &nw);
  assert_int_equal(ne, 1);
  assert_int_equal(nw, 0);
  assert_non_null(strstr(db.text, "bad.actors.txt:1:1: error: unknown directive"));
  static const struct {
    const char *text;
    uint32_t derived;
  } cases[] = {{"rufus firefly", 0}, {"trentino", 0},
                 {"firefly", DICT_PH_DERIVED}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[256];
    const char *toks[16];
    int n = dict_tokenize(cases[i].text, buf, sizeof buf, toks, 16);
    dict_match m;
    assert_true(dict_match_at(d, DICT_K_ACTOR, toks, (size_t)n, 0, &m));
    const dict_phrase *p = dict_phrase_at(d, m.phrase);
    assert_non_null(p);
    assert_int_equal(p->flags & DICT_PH_DERIVED, cases[i].derived);
  }
  uint32_t len;
  const char *c = actor_code(d, "Firefly", 19400101, &len);
  assert_string_equal(c, "FREGOV");
  c = actor_code(d, "Firefly", 19500101, &len); /* no undated fallback */
  assert_string_equal(c, "");
  dict_free(d);
}

/* "@CAPITALS" in an actors file: the phrases after it carry
 * DICT_PH_CAPITALS (acronyms the coder takes only in capitals), those
 * before it do not. */
static void test_capitals_directive(void **state) {
  (void)state;
  const char *names[] = {"orgs.actors.txt"};
  const char *texts[] = {"SYLVANIA_ [SYL]\n"
                         "@CAPITALISED\n"
                         "FENWICKS_ [FRE]\n"
                         "@CAPITALS\n"
                         "FLAK_ [FREREB]\n"
                         "+FLAK_GROUP_\n"};
  diag_buf db = {0};
  size_t ne = 0, nw = 0;
  dyad_dict *d = build(1, names, texts, &db, &ne, &nw);
  assert_int_equal(ne, 0);
  assert_int_equal(nw, 0);
  static const struct {
    const char *text;
    uint32_t caps;
  } cases[] = {{"sylvania", 0},
               {"fenwicks", DICT_PH_CAPITALISED},
               {"flak", DICT_PH_CAPITALS | DICT_PH_CAPITALISED},
               {"flak group", DICT_PH_CAPITALS | DICT_PH_CAPITALISED}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[256];
    const char *toks[16];
    int n = dict_tokenize(cases[i].text, buf, sizeof buf, toks, 16);
    dict_match m;
    assert_true(dict_match_at(d, DICT_K_ACTOR, toks, (size_t)n, 0, &m));
    const dict_phrase *p = dict_phrase_at(d, m.phrase);
    assert_non_null(p);
    assert_int_equal(p->flags & (DICT_PH_CAPITALS | DICT_PH_CAPITALISED),
                     cases[i].caps);
    assert_int_equal(p->flags & DICT_PH_DERIVED, 0);
  }
  dict_free(d);
}

static void test_tabari(void **state) {
  (void)state;
  static const char *const names[] = {"x.actors", "x.agents", "x.verbs",
                                      "x.options"};
  const char *const texts[] = {
      "<NOUN>\nABDUCTION   ;ab 21 Sep 2005\n</NOUN>\n"
      "ABDEL-HALIM ABU GHAZALA  [EGYGOV <890501] [---] ;Shan 2/21/93\n"
      "BRUCE_KATZ_\t\"[USAGOV >090126] [USAELI];advisor\"\n",
      "FARMER_ [~AGR]\n",
      "ABDUCT  [181] ;shan   7/24/93\n"
      "- + IN_ $ { WAS | WERE } *  [181] ;sls\n"
      "- *_AND_KILLED BY_ $  [1823]\n"
      "~~FINISH\nGARBAGE [[[\n",
      "SET: MATCH = TRUE\nLABEL: 010= Make statement\n"};
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = build(4, names, texts, &db, &ne, &nw);
  assert_string_equal(db.text, "");
  dict_counts c;
  dict_get_counts(d, &c);
  assert_int_equal(c.actors, 2); /* <NOUN> words are not actors */
  uint32_t len;
  assert_string_equal(actor_code(d, "abdel-halim abu ghazala", 19890430, &len),
                      "EGYGOV");
  assert_string_equal(actor_code(d, "abdel-halim abu ghazala", 19890501, &len),
                      "---");
  assert_string_equal(actor_code(d, "bruce katz", 20100101, &len), "USAGOV");
  /* TABARI verbs are stems: "abducted" matches "ABDUCT" */
  char buf[128];
  const char *toks[8];
  int n = dict_tokenize("abducted", buf, sizeof buf, toks, 8);
  dict_match m;
  const dict_verb_form *f;
  const dict_verb *v;
  assert_int_equal(dict_verb_match(d, toks, (size_t)n, 0, &m, &f, &v), 1);
  assert_string_equal(dict_str(d, v->code), "181");
  assert_int_equal(v->pat_count, 2);
  const dict_pattern *p = dict_pattern_at(d, v->pat_first);
  static const dict_tok_kind want[] = {
      DICT_T_TARGET,  DICT_T_WORD,    DICT_T_SOURCE,   DICT_T_ALT_OPEN,
      DICT_T_WORD,    DICT_T_ALT_BAR, DICT_T_WORD,     DICT_T_ALT_CLOSE,
      DICT_T_VERB};
  assert_int_equal(p->tok_count, 9);
  for (uint32_t k = 0; k < 9; k++)
    assert_int_equal(dict_pat_tok_at(d, p->tok_first + k)->kind, want[k]);
  assert_int_equal(dict_pat_tok_at(d, p->tok_first + 1)->flags, DICT_TF_EXACT);
  p = dict_pattern_at(d, v->pat_first + 1);
  assert_int_equal(dict_pat_tok_at(d, p->tok_first + 1)->flags,
                   DICT_TF_EXACT | DICT_TF_JOINED);
  assert_string_equal(dict_str(d, dict_pat_tok_at(d, p->tok_first + 1)->text),
                      "and");
  assert_string_equal(dict_option_get(d, "match"), "TRUE");
  assert_string_equal(dict_option_get(d, "label:010"), "Make statement");
  dict_free(d);
}

/* ===================================================================== */
/* Diagnostics                                                           */
/* ===================================================================== */

static void test_diagnostics(void **state) {
  (void)state;
  static const char *const names[] = {"bad.actors.txt", "bad.verbs.txt"};
  const char *const texts[] = {
      "GOOD_ONE [ABC]\n"
      "BAD CODE [AB$]\n"
      "BAD_DATE [ABC 991301-]\n"
      "BACKWARDS [ABC 100101-090101]\n"
      "OPEN [ABC\n"
      "GOOD_ONE [XYZ]\n"
      "CAF\xc3 [FRA]\n",
      "--- SAY [010] ---\n"
      "SAY\n"
      "- CAPITAL + [042]\n"
      "- * (TO + [043]\n"};
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = build(2, names, texts, &db, &ne, &nw);
  assert_string_equal(
      db.text,
      "bad.actors.txt:2:13: error: bad code 'AB$'\n"
      "bad.actors.txt:3:15: error: bad date range '991301-'\n"
      "bad.actors.txt:4:16: error: bad date range '100101-090101': start "
      "after end\n"
      "bad.actors.txt:5:6: error: unbalanced '['\n"
      "bad.actors.txt:7:4: error: invalid UTF-8\n"
      "bad.actors.txt:2:1: warning: actor entry without a code\n"
      "bad.actors.txt:3:1: warning: actor entry without a code\n"
      "bad.actors.txt:4:1: warning: actor entry without a code\n"
      "bad.verbs.txt:3:2: error: pattern without '*'\n"
      "bad.verbs.txt:4:5: error: unbalanced '('\n"
      "bad.actors.txt:6:1: warning: duplicate entry 'good one' with "
      "conflicting codes (first at bad.actors.txt:1)\n");
  assert_int_equal(ne, 7);
  assert_int_equal(nw, 4);
  /* everything that could be kept was kept */
  dict_counts c;
  dict_get_counts(d, &c);
  assert_int_equal(c.actors, 6);
  assert_int_equal(c.patterns, 0);
  dict_free(d);
}

/* ===================================================================== */
/* Compiled format                                                       */
/* ===================================================================== */

static void test_compile_roundtrip(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *a = petr_dict(&db, &ne, &nw);
  dyad_dict *b = petr_dict(&db, &ne, &nw);
  size_t la, lb;
  const void *ia = dict_image(a, &la);
  const void *ib = dict_image(b, &lb);
  assert_int_equal(la, lb); /* deterministic */
  assert_memory_equal(ia, ib, la);

  char path[] = "/tmp/dyad_test_dictXXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  dyad_error err;
  assert_int_equal(dict_save(a, path, &err), DYAD_OK);
  dyad_dict *l = NULL;
  /* no .dyd suffix: recognised by its magic number */
  assert_int_equal(dyad_dict_open(&l, path, NULL, &err), DYAD_OK);
  assert_int_equal(dict_source_hash(l), dict_source_hash(a));
  char *d1 = NULL, *d2 = NULL;
  size_t s1 = 0, s2 = 0;
  FILE *f1 = open_memstream(&d1, &s1), *f2 = open_memstream(&d2, &s2);
  assert_int_equal(dict_dump(a, f1), DYAD_OK);
  assert_int_equal(dict_dump(l, f2), DYAD_OK);
  fclose(f1);
  fclose(f2);
  assert_true(s1 > 1000);
  assert_int_equal(s1, s2);
  assert_memory_equal(d1, d2, s1);
  assert_non_null(strstr(d1, "actor 2 kim test 0:7\n  code PRKELI "
                             "1990-01-01 2011-12-16 line 8\n"));
  free(d1);
  free(d2);
  uint32_t len;
  assert_string_equal(actor_code(l, "kim test", 20120101, &len), "PRKGOV");
  dict_free(l);
  unlink(path);
  dict_free(a);
  dict_free(b);
}

static void test_corrupt_rejected(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *a = petr_dict(&db, &ne, &nw);
  size_t len;
  const unsigned char *img = dict_image(a, &len);
  unsigned char *copy = malloc(len);
  assert_non_null(copy);
  dyad_error err;
  dyad_dict *l = NULL;
  /* every truncation is rejected with a message */
  for (size_t cut = 0; cut < len; cut += (cut < 256 ? 1 : 97)) {
    assert_int_equal(dict_load_mem(&l, img, cut, &err), DYAD_ERR_DICT);
    assert_null(l);
    assert_true(err.msg[0] != '\0');
  }
  assert_int_equal(dict_load_mem(&l, img, len, &err), DYAD_OK);
  dict_free(l);
  /* a flipped byte anywhere: header checks or the checksum catch it */
  for (size_t pos = 0; pos < len; pos += 13) {
    memcpy(copy, img, len);
    copy[pos] ^= 0x5a;
    assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
  }
  /* bad magic is named as such */
  memcpy(copy, img, len);
  copy[0] = 'X';
  assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
  assert_string_equal(err.msg, "not a dyad dictionary: bad magic number");
  free(copy);
  dict_free(a);
}

/* ===================================================================== */
/* Reference dictionaries in ../shared                                   */
/* ===================================================================== */

static dyad_dict *shared_dict(const char *rel, size_t *ne) {
  char path[1024];
  if (!test_shared_path(path, sizeof path, rel)) return NULL;
  dyad_dict *d = NULL;
  dyad_error err;
  size_t nw;
  int rc = dict_build(&d, path, NULL, ne, &nw, &err);
  if (rc != DYAD_OK) fprintf(stderr, "%s: %s\n", err.file, err.msg);
  assert_int_equal(rc, DYAD_OK);
  return d;
}

/* Per-file counts of the Phoenix set against its COUNTS.txt.  Where we
 * differ, it is because a line is rejected as an error (dyad dict check
 * lists them) or because COUNTS counts lines, not meanings. */
static void test_shared_phoenix_counts(void **state) {
  (void)state;
  size_t ne;
  dict_counts c;
  dyad_dict *d =
      shared_dict("dictionaries/phoenix/Phoenix.Countries.actors.txt", &ne);
  if (!d) skip();
  dict_get_counts(d, &c);
  assert_int_equal(c.actors, 18390);        /* COUNTS: 18390 */
  /* COUNTS: 7527 synonyms, 25917 phrases; "+FAEROYENE]_" is rejected
   * (unbalanced ']') */
  assert_int_equal(c.synonyms, 7526);
  assert_int_equal(c.by_kind[DICT_K_ACTOR], 25916);
  /* COUNTS: 28389 code blocks; 8 have bad date ranges
   * ("9008223-911221", ">201005011", "20121207-20120802", ...) */
  assert_int_equal(c.actor_codes, 28381);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/Phoenix.International.actors.txt", &ne);
  dict_get_counts(d, &c);
  /* COUNTS: 7840 roots, 7906 phrases, 7896 blocks.  We also read
   * "HAMMARSKJOLD)" as an entry (stray ')' is only a warning); 3 lines have
   * text after the codes and one a bad date. */
  assert_int_equal(c.actors, 7841);
  assert_int_equal(c.synonyms, 66);
  assert_int_equal(c.by_kind[DICT_K_ACTOR], 7907);
  assert_int_equal(c.actor_codes, 7895);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/Phoenix.MilNonState.actors.txt", &ne);
  dict_get_counts(d, &c);
  assert_int_equal(c.actors, 1021); /* all as in COUNTS */
  assert_int_equal(c.synonyms, 772);
  assert_int_equal(c.by_kind[DICT_K_ACTOR], 1793);
  assert_int_equal(c.actor_codes, 1021);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/CAMEO.2.0.txt", &ne);
  dict_get_counts(d, &c);
  assert_int_equal(c.synsets, 40);     /* COUNTS: 40 */
  assert_int_equal(c.verbs, 397);      /* COUNTS: 397 verb blocks */
  /* COUNTS: 4668 patterns; 2 have unbalanced parentheses */
  assert_int_equal(c.patterns, 4666);
  assert_int_equal(c.transforms, 8);   /* COUNTS: 8 */
  /* COUNTS' "687 members" counts every '+' line; 129 of them are
   * multi-word verb forms ("+ASK_FOR") inside verb blocks */
  assert_int_equal(c.by_kind[DICT_K_SYNSET], 558);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/Phoenix.discards.txt", &ne);
  dict_get_counts(d, &c);
  assert_int_equal(c.by_kind[DICT_K_DISCARD], 506); /* COUNTS: 506 */
  assert_int_equal(ne, 0);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/Phoenix.IssueCoding.txt", &ne);
  dict_get_counts(d, &c);
  /* COUNTS: 2976 phrases = lines with a [code].  We also keep the 181
   * '~' phrases and 10 code-less lines that take the previous code (3
   * code-less lines open a category and are errors). */
  assert_int_equal(c.issues, 2976 + 181 + 10);
  assert_int_equal(ne, 3);
  dict_free(d);

  d = shared_dict("dictionaries/phoenix/Phoenix.agents.txt", &ne);
  dict_get_counts(d, &c);
  /* COUNTS: 1974 entries + 272 with substitution sets = 2246 lines; one
   * has no code, one an unbalanced '[' */
  assert_int_equal(c.agents, 2243);
  assert_int_equal(ne, 2);
  dict_free(d);
}

static void test_shared_all_parse(void **state) {
  (void)state;
  static const char *const dirs[] = {"dictionaries/phoenix",
                                     "dictionaries/tabari",
                                     "suites/petrarch-unit/dictionaries"};
  static const size_t want_files[] = {8, 5, 5};
  static const size_t want_errors[] = {20, 21, 0};
  for (size_t i = 0; i < 3; i++) {
    size_t ne;
    dyad_dict *d = shared_dict(dirs[i], &ne);
    if (!d) skip();
    dict_counts c;
    dict_get_counts(d, &c);
    assert_int_equal(c.files, want_files[i]);
    assert_int_equal(ne, want_errors[i]);
    dict_free(d);
  }
}

static void test_shared_dated_lookup(void **state) {
  (void)state;
  size_t ne;
  dyad_dict *d = shared_dict("dictionaries/phoenix", &ne);
  if (!d) skip();
  uint32_t len;
  /* MOHAMMAD_ZAHIR_SHAH_: [AFGELI 320101-331108] [AFGGOV 331108-730717]
   * [AFGELI 730717-070723], no default */
  assert_string_equal(actor_code(d, "mohammad zahir shah", 19320601, &len),
                      "AFGELI");
  assert_string_equal(actor_code(d, "mohammad zahir shah", 19500101, &len),
                      "AFGGOV");
  assert_string_equal(actor_code(d, "mohammad zahir shah", 19800101, &len),
                      "AFGELI");
  assert_string_equal(actor_code(d, "mohammad zahir shah", 20100101, &len),
                      "");
  assert_int_equal(len, 3);
  /* ABDUL_QADIR_: dated blocks and a default [AFGELI] */
  assert_string_equal(actor_code(d, "abdul qadir", 19780428, &len), "AFGGOV");
  assert_string_equal(actor_code(d, "abdul qadir", 20000101, &len), "AFGELI");
  /* synonym of AFGHANISTAN_ */
  assert_string_equal(actor_code(d, "kabul", 20000101, &len), "AFG");

  /* the cache: second open maps the compiled file */
  char dir[] = "/tmp/dyad_dict_cacheXXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[1024];
  test_shared_path(path, sizeof path, "dictionaries/phoenix");
  dyad_dict *c1 = NULL, *c2 = NULL;
  dyad_error err;
  assert_int_equal(dyad_dict_open(&c1, path, dir, &err), DYAD_OK);
  char cfile[1100];
  /* named by source hash and compiler build id, not the hash alone */
  assert_true(dict_cache_key(dict_source_hash(c1)) != dict_source_hash(c1));
  snprintf(cfile, sizeof cfile, "%s/%016llx.dyd", dir,
           (unsigned long long)dict_cache_key(dict_source_hash(c1)));
  assert_int_equal(access(cfile, R_OK), 0);
  assert_int_equal(dyad_dict_open(&c2, path, dir, &err), DYAD_OK);
  assert_string_equal(actor_code(c2, "abdul qadir", 19780428, &len), "AFGGOV");
  size_t l1, l2;
  const void *i1 = dict_image(c1, &l1), *i2 = dict_image(c2, &l2);
  assert_int_equal(l1, l2);
  assert_memory_equal(i1, i2, l1);
  dyad_dict_free(c1);
  dyad_dict_free(c2);
  unlink(cfile);
  rmdir(dir);
  dict_free(d);
}

/* ===================================================================== */
/* The phrase index against a brute-force reference                      */
/* ===================================================================== */

/* Reference matcher: the rules of dict.h applied to every phrase of the
 * kind (the pre-index algorithm).  Returns tokens covered, best in *pid. */
static size_t ref_fits(const dyad_dict *d, const dict_phrase *p,
                       const char *const *toks, size_t n, size_t i,
                       size_t *last_len) {
  if (i + p->n_words > n) return 0;
  const char *w = dict_str(d, p->words);
  for (uint32_t k = 0; k < p->n_words; k++) {
    const char *sp = strchr(w, ' ');
    size_t wl = sp ? (size_t)(sp - w) : strlen(w);
    const char *t = toks[i + k];
    if (strncmp(w, t, wl) != 0) return 0;
    int last = (k + 1 == p->n_words);
    if ((!last || (p->flags & DICT_PH_EXACT)) && t[wl] != '\0') return 0;
    if (last) *last_len = wl;
    w = sp ? sp + 1 : w + wl;
  }
  return p->n_words;
}

static size_t ref_match(const dyad_dict *d, dict_kind kind,
                        const char *const *toks, size_t n, size_t i,
                        uint32_t *pid) {
  dict_counts c;
  dict_get_counts(d, &c);
  size_t best_len = 0, best_last = 0;
  *pid = DICT_NONE;
  if (kind == DICT_K_SYNSET) return 0; /* synsets are not phrases to find */
  for (uint32_t k = 0; k < c.phrases; k++) {
    const dict_phrase *p = dict_phrase_at(d, k);
    if (p->kind != (uint32_t)kind) continue;
    size_t last = 0, got = ref_fits(d, p, toks, n, i, &last);
    if (got > best_len || (got && got == best_len && last > best_last)) {
      *pid = k;
      best_len = got;
      best_last = last;
    }
  }
  return best_len;
}

static size_t ref_synset(const dyad_dict *d, uint32_t s,
                         const char *const *toks, size_t n, size_t i,
                         int depth) {
  const dict_synset *sy = dict_synset_at(d, s);
  if (!sy || depth > 4) return 0;
  size_t best = 0;
  for (uint32_t k = 0; k < sy->member_count; k++) {
    const dict_phrase *p = dict_phrase_at(d, sy->member_first + k);
    size_t got, last;
    if (p->flags & DICT_PH_SYNREF)
      got = ref_synset(d, dict_synset_find(d, dict_str(d, p->words)), toks, n,
                       i, depth + 1);
    else
      got = ref_fits(d, p, toks, n, i, &last);
    if (got > best) best = got;
  }
  return best;
}

/* Checks every matcher, plain and _ti, against the reference at every
 * token of the sentence; returns the number of (token, kind) hits. */
static size_t check_against_ref(const dyad_dict *d, const char *text) {
  char buf[2048];
  const char *toks[128];
  int n = dict_tokenize(text, buf, sizeof buf, toks, 128);
  assert_true(n > 0);
  dict_tokinfo ti[128];
  dict_sentence_prepare(d, toks, (size_t)n, ti);
  dict_counts c;
  dict_get_counts(d, &c);
  size_t hits = 0;
  for (size_t i = 0; i < (size_t)n; i++) {
    for (int k = 0; k < DICT_K_COUNT; k++) {
      uint32_t want_pid;
      size_t want = ref_match(d, (dict_kind)k, toks, (size_t)n, i, &want_pid);
      dict_match m1, m2;
      int r1 = dict_match_at(d, (dict_kind)k, toks, (size_t)n, i, &m1);
      int r2 = dict_match_ti(d, (dict_kind)k, toks, (size_t)n, i, &ti[i], &m2);
      if (m1.phrase != want_pid)
        fprintf(stderr, "kind %d at '%s': got %u, want %u\n", k, toks[i],
                m1.phrase, want_pid);
      assert_int_equal(r1, want != 0);
      assert_int_equal(r2, r1);
      assert_int_equal(m1.phrase, want_pid);
      assert_int_equal(m2.phrase, want_pid);
      assert_int_equal(m1.len, want);
      assert_int_equal(m2.len, want);
      hits += r1;
    }
    for (uint32_t s = 0; s < c.synsets; s++) {
      size_t want = ref_synset(d, s, toks, (size_t)n, i, 0);
      assert_int_equal(dict_synset_match(d, s, toks, (size_t)n, i), want);
      assert_int_equal(
          dict_synset_match_ti(d, s, toks, (size_t)n, i, &ti[i]), want);
      hits += want != 0;
    }
  }
  return hits;
}

static const char idx_actors[] =
    "AB [AAA]\n"
    "ABC [BBB]\n"
    "ABCD_ [CCC]\n"
    "ABC_DEF [DDD]\n"
    "ABC_DE [EEE]\n"
    "ABC_DEF_GHI_ [FFF]\n"
    "ABC_DEF_GH [GGG]\n"
    "ABC [HHH]\n"
    "X_Y_Z [III]\n";

static const char idx_verbs[] =
    "&NUM\n"
    "+ONE\n"
    "+TWO_\n"
    "+THREE_FOUR\n"
    "+&MORE\n"
    "+&NOSUCH\n"
    "\n"
    "&MORE\n"
    "+AB\n"
    "+ABC_DEF_GHI\n"
    "+&NUM\n"
    "\n"
    "--- ABCISE [010] ---\n"
    "ABCISE\n"
    "ABC_UP\n";

static void test_index_matches_reference(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  static const char *const names[] = {"t/I.actors.txt", "t/I.verbs.txt"};
  const char *const texts[] = {idx_actors, idx_verbs};
  dyad_dict *d = build(2, names, texts, &db, &ne, &nw);
  /* prefixes of several lengths, exact and stem last words, multi-word
   * phrases of 2 and 3 words, nested and unknown synset references */
  static const char *const sents[] = {
      "abc def ghi abc def gh abcd abcde abcdef ab a abc de",
      "abcdefg def ghij abc up abcise abcised abc defx ghi",
      "one ones two twos three four three fourteen x y z x y",
      "abc def ghi", "abc", "abc def", "zzz ab abc",
  };
  size_t hits = 0;
  for (size_t k = 0; k < sizeof sents / sizeof *sents; k++)
    hits += check_against_ref(d, sents[k]);
  assert_int_equal(hits, 65);

  /* exact expectations for the trickiest cases */
  uint32_t len;
  assert_string_equal(actor_code(d, "abc def ghi", 20000101, &len), "FFF");
  assert_int_equal(len, 3);
  assert_string_equal(actor_code(d, "abc def ghij", 20000101, &len), "GGG");
  assert_int_equal(len, 3); /* stem "gh" */
  assert_string_equal(actor_code(d, "abc def gxyz", 20000101, &len), "DDD");
  assert_int_equal(len, 2);
  assert_string_equal(actor_code(d, "abc def gh", 20000101, &len), "GGG");
  assert_string_equal(actor_code(d, "abcd", 20000101, &len), "CCC");
  assert_string_equal(actor_code(d, "abcde", 20000101, &len), "BBB");
  assert_string_equal(actor_code(d, "abc", 20000101, &len), "BBB");
  assert_string_equal(actor_code(d, "abx", 20000101, &len), "AAA");
  assert_null(actor_code(d, "a", 20000101, &len));
  uint32_t num = dict_synset_find(d, "&NUM");
  const char *toks[4] = {"three", "four", "ab", NULL};
  assert_int_equal(dict_synset_match(d, num, toks, 2, 0), 2);
  assert_int_equal(dict_synset_match(d, num, toks, 1, 0), 0);
  assert_int_equal(dict_synset_match(d, num, toks, 3, 2), 1); /* via &MORE */
  assert_int_equal(dict_synset_match(d, num, toks, 3, 3), 0);
  /* kinds out of range and synsets never match through dict_match_at */
  dict_match m;
  assert_int_equal(dict_match_at(d, DICT_K_SYNSET, toks, 3, 0, &m), 0);
  assert_int_equal(dict_match_at(d, DICT_K_COUNT, toks, 3, 0, &m), 0);
  assert_int_equal(m.phrase, DICT_NONE);
  dict_free(d);

  /* the PETRARCH and TABARI inline sets too */
  d = petr_dict(&db, &ne, &nw);
  assert_int_equal(
      check_against_ref(d, "north korea dprk kim test united states army "
                           "bagram bagrami kabul kabulx swiss francs euro "
                           "euros dollars soldiers attorneys general rebel "
                           "leader visit brought asks for months later "
                           "world golf pre-schools head start"),
      21);
  dict_free(d);
}

/* The Phoenix set: every matcher agrees with the reference on news-like
 * text, including the first words of many phrases. */
static void test_shared_index_reference(void **state) {
  (void)state;
  size_t ne;
  dyad_dict *d = shared_dict("dictionaries/phoenix", &ne);
  if (!d) skip();
  size_t hits = check_against_ref(
      d, "the united nations security council said on monday that "
         "president barack obama met prime minister benjamin netanyahu "
         "in jerusalem , and the israeli army killed three palestinian "
         "militants near gaza city , according to the ministry of health "
         "of the palestinian national authority");
  assert_int_equal(hits, 40);
  hits = check_against_ref(
      d, "international monetary fund officials accused the government "
         "of kenya of corruption ; rebels attacked soldiers in northern "
         "mali , and the european union imposed sanctions on iran ' s "
         "central bank over its nuclear program");
  assert_int_equal(hits, 27);
  dict_free(d);
}

/* ===================================================================== */
/* Word sets                                                             */
/* ===================================================================== */

static void test_wordset(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = petr_dict(&db, &ne, &nw);
  dict_counts c;
  dict_get_counts(d, &c);
  const char *toks[] = {"the", "minister", "visited", "kabul", "aid"};
  dict_tokinfo ti[5];
  dict_sentence_prepare(d, toks, 5, ti);
  dict_wordset ws;
  dict_wordset_build_ti(ti, 5, &ws);
  /* every WORD pattern token with an id: the filter never says no to a
   * word of the sentence, and says no to the others (none collide here) */
  size_t words = 0, yes = 0;
  for (uint32_t i = 0; i < c.pattern_tokens; i++) {
    const dict_pat_tok *t = dict_pat_tok_at(d, i);
    if (t->kind != DICT_T_WORD || t->wid == DICT_NONE) continue;
    words++;
    int occurs = 0;
    for (size_t k = 0; k < 5; k++)
      occurs |= strcmp(dict_str(d, t->text), toks[k]) == 0;
    int may = dict_wordset_has_word(&ws, t->wid);
    if (occurs) assert_int_equal(may, 1);
    yes += (size_t)may;
  }
  assert_int_equal(words, 4); /* capital, to, humanitarian, aid */
  assert_int_equal(yes, 1);   /* aid */
  /* an empty sentence rules every word out */
  dict_wordset empty;
  dict_wordset_build_ti(ti, 0, &empty);
  for (uint32_t i = 0; i < c.pattern_tokens; i++) {
    const dict_pat_tok *t = dict_pat_tok_at(d, i);
    if (t->kind == DICT_T_WORD && t->wid != DICT_NONE)
      assert_int_equal(dict_wordset_has_word(&empty, t->wid), 0);
  }
  dict_free(d);
}

/* ===================================================================== */
/* Token memo                                                            */
/* ===================================================================== */

/* Prepares toks through the memo c (with and without the tokenizer's
 * lengths and hashes) and checks every field against the plain
 * dict_sentence_prepare. */
static void check_cached(const dyad_dict *d, dict_tokcache *c,
                         const char *const *toks, size_t n) {
  dict_tokinfo plain[16], memo[16], keyed[16];
  uint32_t lens[16], fnv[16];
  assert_true(n <= 16);
  dict_sentence_prepare(d, toks, n, plain);
  dict_sentence_prepare_cached(d, c, toks, n, memo);
  /* as the coder calls it: lengths and FNV-1a hashes from the tokenizer */
  for (size_t i = 0; i < n; i++) {
    lens[i] = toks[i] ? (uint32_t)strlen(toks[i]) : 0;
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < lens[i]; k++)
      h = (h ^ (unsigned char)toks[i][k]) * 16777619u;
    fnv[i] = lens[i] < 64 ? h : 0;
  }
  dict_sentence_prepare_keyed(d, c, toks, lens, fnv, 64, n, keyed);
  for (size_t j = 0; j < 2 * n; j++) {
    size_t i = j % n;
    const dict_tokinfo *p = &plain[i], *q = j < n ? &memo[i] : &keyed[i];
    assert_int_equal(p->len, q->len);
    assert_int_equal(p->full, q->full);
    assert_int_equal(p->full_kinds, q->full_kinds);
    assert_int_equal(p->full_group, q->full_group);
    assert_int_equal(p->n_syn, q->n_syn);
    for (uint32_t k = 0; k < p->n_syn && k < DICT_TI_SYN_MAX; k++)
      assert_int_equal(p->syn[k], q->syn[k]);
    assert_int_equal(p->multi, q->multi);
    assert_memory_equal(p->one, q->one, sizeof p->one);
  }
}

static void test_token_memo(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = petr_dict(&db, &ne, &nw);
  static const char *const names[] = {"u/B.actors.txt"};
  static const char *const texts[] = {"KABUL_ [AFG]\nDPRK [XXX]\n"};
  dyad_dict *e = build(1, names, texts, &db, &ne, &nw);
  dict_tokcache *c = calloc(1, sizeof *c);
  assert_non_null(c);
  /* repeated words (hits), a word too long to memoize, "" and NULL */
  const char *toks[] = {"the", "dprk", "visited", "kabul", "dprk",
                        "kabul", "abcdefghijklmnopqrstuvwxyz", "", NULL,
                        "the"};
  check_cached(d, c, toks, 10);
  check_cached(d, c, toks, 10);            /* all from the memo now */
  dict_tokinfo ti;
  dict_token_info(d, "dprk", &ti);
  assert_int_not_equal(ti.full, DICT_NONE);
  /* another dictionary: the memo forgets the first one's answers */
  check_cached(e, c, toks, 10);
  dict_tokinfo a, b;
  dict_sentence_prepare_cached(d, c, toks + 1, 1, &a);
  dict_sentence_prepare_cached(e, c, toks + 1, 1, &b);
  assert_int_equal(dict_match_ti(d, DICT_K_ACTOR, toks + 1, 1, 0, &a,
                                 &(dict_match){0}), 1);
  dict_match m;
  assert_int_equal(dict_match_ti(e, DICT_K_ACTOR, toks + 1, 1, 0, &b, &m), 1);
  assert_string_equal(dict_actor_code_on(e, m.payload, 20200101), "XXX");
  check_cached(d, c, toks, 10);
  free(c);
  dict_free(e);
  dict_free(d);
}

/* ===================================================================== */
/* Word ids                                                              */
/* ===================================================================== */

/* Checks the word id rule of dict_tokinfo_word() on every WORD pattern
 * token of d against the tokens toks[0..n): id equality must be exactly
 * string equality.  Returns the number of (pattern word, token) pairs
 * that are equal. */
static size_t check_word_ids(const dyad_dict *d, const char *const *toks,
                             size_t n) {
  dict_counts c;
  dict_get_counts(d, &c);
  size_t eq = 0;
  for (uint32_t i = 0; i < c.pattern_tokens; i++) {
    const dict_pat_tok *t = dict_pat_tok_at(d, i);
    if (t->kind != DICT_T_WORD) {
      assert_int_equal(t->wid, DICT_NONE);
      continue;
    }
    const char *w = dict_str(d, t->text);
    assert_true(*w);
    assert_int_not_equal(t->wid, DICT_NONE);
    /* the word's own token info gives its id */
    dict_tokinfo ti;
    dict_token_info(d, w, &ti);
    assert_int_equal(dict_tokinfo_word(&ti), t->wid);
    for (size_t k = 0; k < n; k++) {
      dict_token_info(d, toks[k], &ti);
      int same = strcmp(w, toks[k]) == 0;
      assert_int_equal(dict_tokinfo_word(&ti) == t->wid, same);
      eq += (size_t)same;
    }
  }
  return eq;
}

static void test_word_ids(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = petr_dict(&db, &ne, &nw);
  /* "capital" and "aid" are pattern words; "capitals", "ai" and "the"
   * are not (nor phrase words), "kabul" starts a phrase only */
  static const char *const toks[] = {"capital", "capitals", "aid", "ai",
                                     "to", "the", "kabul", "humanitarian"};
  assert_int_equal(check_word_ids(d, toks, 8), 4);
  dict_tokinfo ti;
  dict_token_info(d, "capitals", &ti);
  assert_int_equal(dict_tokinfo_word(&ti), DICT_NONE);
  dict_token_info(d, "", &ti);
  assert_int_equal(dict_tokinfo_word(&ti), DICT_NONE);
  dict_token_info(d, NULL, &ti);
  assert_int_equal(dict_tokinfo_word(&ti), DICT_NONE);
  /* the ids survive a save/load round trip unchanged */
  size_t len;
  const void *img = dict_image(d, &len);
  dyad_dict *l = NULL;
  dyad_error err;
  assert_int_equal(dict_load_mem(&l, img, len, &err), DYAD_OK);
  assert_int_equal(check_word_ids(l, toks, 8), 4);
  dict_free(l);
  dict_free(d);
}

static void test_shared_word_ids(void **state) {
  (void)state;
  size_t ne;
  dyad_dict *d = shared_dict("dictionaries/phoenix", &ne);
  if (!d) skip();
  static const char *const toks[] = {"with", "against", "talks", "talk",
                                     "the", "of", "in", "peace", "aid",
                                     "xyzzy"};
  /* every pattern word finds its own id; equal ids only for equal words */
  assert_true(check_word_ids(d, toks, 10) > 100);
  dict_free(d);
}

/* ===================================================================== */
/* Index corruption                                                      */
/* ===================================================================== */

static void test_corrupt_index_rejected(void **state) {
  (void)state;
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *a = petr_dict(&db, &ne, &nw);
  size_t len;
  const unsigned char *img = dict_image(a, &len);
  unsigned char *copy = malloc(len);
  assert_non_null(copy);
  const dict_header *h = (const dict_header *)img;
  assert_int_equal(h->version, DICT_FORMAT_VERSION);
  dyad_error err;
  dyad_dict *l = NULL;
  /* the first used hash slot, the first group, the first posting */
  uint64_t hs = h->sec[DICT_SEC_HASH].offset;
  size_t used = 0;
  while (((const dict_hslot *)(img + hs))[used].key == DICT_NONE) used++;
  static const struct {
    uint64_t off_field;
    uint32_t value;
    const char *msg;
  } cases[] = {
      {offsetof(dict_hslot, kinds), 0x40u, "bad hash slot kinds"},
      {offsetof(dict_hslot, group_first), 0xFFFFFFF0u, "range out of bounds"},
      {offsetof(dict_hslot, key), 0xFFFFFFF0u, "string offset out of range"},
  };
  for (size_t k = 0; k < 3; k++) {
    memcpy(copy, img, len);
    memcpy(copy + hs + used * sizeof(dict_hslot) + cases[k].off_field,
           &cases[k].value, 4);
    uint64_t sum = dict_checksum(copy + DICT_CHECKSUM_FROM,
                                 len - DICT_CHECKSUM_FROM);
    memcpy(copy + offsetof(dict_header, checksum), &sum, 8);
    assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
    char want[128];
    snprintf(want, sizeof want, "corrupt dictionary: %s", cases[k].msg);
    assert_string_equal(err.msg, want);
  }
  /* a posting out of range */
  uint64_t ps = h->sec[DICT_SEC_POST].offset;
  uint32_t np = h->sec[DICT_SEC_POST].count;
  assert_true(np > 2);
  memcpy(copy, img, len);
  uint32_t bad_pid = 0xFFFFFF00u;
  memcpy(copy + ps, &bad_pid, 4);
  uint64_t sum =
      dict_checksum(copy + DICT_CHECKSUM_FROM, len - DICT_CHECKSUM_FROM);
  memcpy(copy + offsetof(dict_header, checksum), &sum, 8);
  assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
  assert_string_equal(err.msg, "corrupt dictionary: index out of range");
  /* postings in the wrong groups but in bounds: the image loads, and the
   * matchers stay safe (they check kinds and words themselves; run this
   * under ASan) and find nothing of the wrong kind */
  for (uint32_t k = 0; k < np; k++) {
    uint32_t v = (k * 7u + 3u) % np;
    memcpy(copy + ps + 4 * k, img + ps + 4 * v, 4);
  }
  sum = dict_checksum(copy + DICT_CHECKSUM_FROM, len - DICT_CHECKSUM_FROM);
  memcpy(copy + offsetof(dict_header, checksum), &sum, 8);
  assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_OK);
  static const char *const words[] = {"north", "korea", "kim", "test",
                                      "swiss", "franc", "visit", "months"};
  for (size_t i = 0; i < 8; i++) {
    dict_match m;
    for (int k = 0; k <= DICT_K_COUNT; k++) {
      if (dict_match_at(l, (dict_kind)k, words, 8, i, &m))
        assert_int_equal(dict_phrase_at(l, m.phrase)->kind, k);
    }
    for (uint32_t s = 0; s < 2; s++)
      assert_true(dict_synset_match(l, s, words, 8, i) <= 8);
  }
  dict_free(l);
  /* a pattern word id out of range, or on a token that is not a word */
  {
    uint64_t ts = h->sec[DICT_SEC_PTOKS].offset;
    uint32_t nt = h->sec[DICT_SEC_PTOKS].count;
    uint32_t wi = 0, oi = 0;
    while (wi < nt && ((const dict_pat_tok *)(img + ts))[wi].kind != DICT_T_WORD)
      wi++;
    while (oi < nt && ((const dict_pat_tok *)(img + ts))[oi].kind == DICT_T_WORD)
      oi++;
    assert_true(wi < nt && oi < nt);
    uint32_t bad_wid = h->sec[DICT_SEC_HASH].count;
    uint32_t good_wid = ((const dict_pat_tok *)(img + ts))[wi].wid;
    for (int k = 0; k < 2; k++) {
      memcpy(copy, img, len);
      memcpy(copy + ts + (k ? oi : wi) * sizeof(dict_pat_tok) +
                 offsetof(dict_pat_tok, wid),
             k ? &good_wid : &bad_wid, 4);
      sum = dict_checksum(copy + DICT_CHECKSUM_FROM, len - DICT_CHECKSUM_FROM);
      memcpy(copy + offsetof(dict_header, checksum), &sum, 8);
      assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
      assert_string_equal(err.msg, "corrupt dictionary: bad pattern word id");
    }
  }
  /* a synset reference out of range */
  if (h->sec[DICT_SEC_SYNREF].count > 0) {
    memcpy(copy, img, len);
    uint32_t bad = 999999;
    memcpy(copy + h->sec[DICT_SEC_SYNREF].offset, &bad, 4);
    sum = dict_checksum(copy + DICT_CHECKSUM_FROM, len - DICT_CHECKSUM_FROM);
    memcpy(copy + offsetof(dict_header, checksum), &sum, 8);
    assert_int_equal(dict_load_mem(&l, copy, len, &err), DYAD_ERR_DICT);
    assert_string_equal(err.msg, "corrupt dictionary: index out of range");
  }
  free(copy);
  dict_free(a);
}

/* Code options (codeset.h): prefixes, "=CODE", "-CODE", the most
 * specific word wins, qualifiers, and the checks on bad words. */
static void test_codeset(void **state) {
  (void)state;
  const codeset_option *ps = codeset_option_find("PLACE_SOURCE_CODES");
  assert_non_null(ps);
  codeset cs;
  const char *v = "1831 185 =183/active 18/passive -186";
  assert_int_equal(codeset_parse(&cs, ps, v, strlen(v), NULL, 0, NULL), 0);
  assert_int_equal(cs.n, 5);
  const codeset_item *it = codeset_match(&cs, "1831", 4);
  assert_non_null(it);
  assert_int_equal(it->qual, 0);
  it = codeset_match(&cs, "183", 3);
  assert_non_null(it);
  assert_int_equal(it->qual, CODESET_Q_ACTIVE);
  it = codeset_match(&cs, "1834", 4); /* not "=183": the root */
  assert_non_null(it);
  assert_int_equal(it->qual, CODESET_Q_PASSIVE);
  assert_null(codeset_match(&cs, "186", 3));
  assert_null(codeset_match(&cs, "190", 3));
  assert_non_null(codeset_match(&cs, "1831:1831", 4));
  /* bad words are reported (the first, with its offset) and left out */
  char why[200];
  size_t at = 99;
  v = "046 talks 0467 057";
  const codeset_option *rc = codeset_option_at(CODESET_RECIPROCAL);
  assert_int_equal(codeset_parse(&cs, rc, v, strlen(v), why, sizeof why, &at),
                   -1);
  assert_int_equal(at, 4);
  assert_string_equal(why, "'talks' is no CAMEO event code");
  assert_int_equal(cs.n, 2);
  v = "046/framed";
  assert_int_equal(codeset_parse(&cs, rc, v, strlen(v), why, sizeof why, &at),
                   -1);
  assert_string_equal(why, "'046/framed': this option takes no qualifier");
  /* every default parses */
  for (int o = 0; o < CODESET_OPT_COUNT; o++) {
    const codeset_option *co = codeset_option_at((codeset_opt)o);
    assert_int_equal(codeset_parse(&cs, co, co->dflt, strlen(co->dflt), why,
                                   sizeof why, &at),
                     0);
  }
  assert_null(codeset_option_find("require_dyad"));
}

/* The count options (comma_*, new_actor_length, read by the engine)
 * take a count of words: any other value is an error at its column and
 * the line is left out, so the engine keeps its default. */
static void test_count_option_lines(void **state) {
  (void)state;
  static const char *const names[] = {"c.ini"};
  const char *const texts[] = {"[Options]\n"
                               "comma_max = 6\n"
                               "comma_emax = eight\n"
                               "new_actor_length = -4\n"
                               "Comma BMax = 3\n"};
  diag_buf db = {0};
  size_t ne, nw;
  dyad_dict *d = build(1, names, texts, &db, &ne, &nw);
  assert_string_equal(db.text,
                      "c.ini:3:14: error: comma_emax: 'eight' is no count "
                      "of words (0 to 999999999)\n"
                      "c.ini:4:20: error: new_actor_length: '-4' is no "
                      "count of words (0 to 999999999)\n");
  assert_int_equal(ne, 2);
  assert_string_equal(dict_option_get(d, "comma_max"), "6");
  assert_string_equal(dict_option_get(d, "comma_bmax"), "3");
  assert_null(dict_option_get(d, "comma_emax"));
  assert_null(dict_option_get(d, "new_actor_length"));
  dict_free(d);
}

/* data/dict/dyad.options writes out every code option, each with the
 * value dyad uses for a dictionary that sets none (the reciprocal codes
 * excepted: PETRARCH dictionaries give reverse codes instead; the
 * future threats and intents: PETRARCH codes a plain future as done; the
 * civilians' violence: PETRARCH codes force by anyone by its verb; the
 * bare verbs skipped: PETRARCH codes a bare "said" as 010; and the rebels'
 * own-country codes, to which dyad's dictionary adds their ceasefires
 * and retreats, 0871 0874, and demands for political change,
 * 104/no_participle, as it does to the people's own-country codes; the
 * own-country codes, to which it adds resignations done, 0831/done; and
 * the place-source codes, to which it adds assassinations at home,
 * 186/home, and arrests and verdicts in a passive and protests,
 * 173/passive 116/passive 14), so the default dictionary and
 * PETRARCH/Phoenix code by the same rules. */
static void test_codeset_defaults_written(void **state) {
  (void)state;
  dyad_dict *d = NULL;
  dyad_error err;
  size_t ne = 0, nw = 0;
  assert_int_equal(dict_build(&d, "data/dict/dyad.options", NULL, &ne, &nw,
                              &err),
                   DYAD_OK);
  assert_int_equal(ne, 0);
  for (int o = 0; o < CODESET_OPT_COUNT; o++) {
    const codeset_option *co = codeset_option_at((codeset_opt)o);
    const char *v = dict_option_get(d, co->key);
    assert_non_null(v);
    if (o != CODESET_RECIPROCAL && o != CODESET_FUTURE_THREAT &&
        o != CODESET_BARE_VERB_SKIP && o != CODESET_OWN_TARGET_REBEL &&
        o != CODESET_FUTURE_INTENT && o != CODESET_CIVILIAN_VIOLENCE &&
        o != CODESET_OWN_TARGET && o != CODESET_PLACE_SOURCE &&
        o != CODESET_OWN_TARGET_PEOPLE)
      assert_string_equal(v, co->dflt);
  }
  assert_string_equal(dict_option_get(d, "place_source_codes"),
                      "1831 1832 1833 185 2041 =183/active 18/passive "
                      "186/home 173/passive 116/passive 14");
  assert_string_equal(dict_option_get(d, "own_country_target_rebel_codes"),
                      "1821 0871 0874 104/no_participle 192/active");
  assert_string_equal(dict_option_get(d, "own_country_target_people_codes"),
                      "14 104/no_participle");
  assert_string_equal(dict_option_get(d, "own_country_target_codes"),
                      "1721 1723 1724 1321 1323 1324 0341/framed 0342 0343 "
                      "0344 0811 0812 0813 0814 123 1241 154/undirected "
                      "2042/device 0831/done");
  assert_string_equal(dict_option_get(d, "reciprocal_codes"),
                      "019 041 046 057");
  assert_string_equal(dict_option_get(d, "future_threat_codes"),
                      "18 19 20 -191");
  assert_string_equal(dict_option_get(d, "bare_verb_skip_codes"), "=010");
  assert_string_equal(dict_option_get(d, "future_intent_codes"),
                      "04 05 06 07 08");
  assert_string_equal(dict_option_get(d, "civilian_violence_codes"), "=190");
  dict_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_petrarch_actors),
      cmocka_unit_test(test_petrarch_agents_verbs),
      cmocka_unit_test(test_derived_directive),
      cmocka_unit_test(test_capitals_directive),
      cmocka_unit_test(test_tabari),
      cmocka_unit_test(test_codeset),
      cmocka_unit_test(test_codeset_defaults_written),
      cmocka_unit_test(test_count_option_lines),
      cmocka_unit_test(test_diagnostics),
      cmocka_unit_test(test_compile_roundtrip),
      cmocka_unit_test(test_corrupt_rejected),
      cmocka_unit_test(test_shared_phoenix_counts),
      cmocka_unit_test(test_shared_all_parse),
      cmocka_unit_test(test_shared_dated_lookup),
      cmocka_unit_test(test_index_matches_reference),
      cmocka_unit_test(test_shared_index_reference),
      cmocka_unit_test(test_wordset),
      cmocka_unit_test(test_token_memo),
      cmocka_unit_test(test_pattern_scopes),
      cmocka_unit_test(test_exact_synsets),
      cmocka_unit_test(test_word_ids),
      cmocka_unit_test(test_shared_word_ids),
      cmocka_unit_test(test_corrupt_index_rejected),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
