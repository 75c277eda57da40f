/*
 * engine.c: the dyad_engine handle and dyad_code_article, the driver that
 * runs the stages over one article.
 *
 * An engine is created once (dictionaries loaded, tables ready) and is
 * read-only afterwards, so any number of threads may code with it, each into
 * its own dyad_result.  dyad_code_article is a pure function of the engine
 * and the article: text preparation (src/text) splits the article into
 * sentences; each body sentence is then coded by the coder (src/code/coder.c)
 * when the engine has a dictionary.
 *
 * Which dictionary: opts->dict_path when given (a directory or ':'-list of
 * text dictionaries, compiled in memory or through opts->cache_dir, or a
 * compiled .dyd); otherwise the path in the environment variable DYAD_DICT;
 * otherwise the compile-time DYAD_DEFAULT_DICT when defined and present;
 * otherwise no dictionary (every sentence codes to zero events).
 */
#include "code/engine.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "code/coder.h"
#include "code/result.h"
#include "dict/dict.h"
#include "text/text.h"
#include "util/error.h"

/* The dictionary path to use when the caller gave none, or NULL. */
static const char *engine_default_dict(void) {
  const char *env = getenv("DYAD_DICT");
  if (env && *env) return env;
#ifdef DYAD_DEFAULT_DICT
  struct stat st;
  if (stat(DYAD_DEFAULT_DICT, &st) == 0) return DYAD_DEFAULT_DICT;
#endif
  return NULL;
}

typedef struct form_key {
  const char *words;
  uint32_t verb;
  uint32_t form;
  uint32_t generated;
} form_key;

static int form_key_cmp(const void *a, const void *b) {
  const form_key *x = a, *y = b;
  int c = strcmp(x->words, y->words);
  if (c) return c;
  return x->verb < y->verb ? -1 : x->verb > y->verb;
}

/* Links verb blocks that share a form ("SHOT" in two blocks) into rings,
 * so the coder tries the patterns of all of them.  0 or -1 on OOM. */
static int engine_verb_rings(dyad_engine *e) {
  dict_counts c;
  dict_get_counts(e->dict, &c);
  e->n_verbs = c.verbs;
  if (c.verbs == 0) return 0;
  e->verb_ring = malloc(c.verbs * sizeof *e->verb_ring);
  if (e->verb_ring == NULL) return -1;
  for (uint32_t i = 0; i < c.verbs; i++) e->verb_ring[i] = i;
  e->n_forms = c.verb_forms;
  e->form_pref = malloc((c.verb_forms ? c.verb_forms : 1) * sizeof *e->form_pref);
  if (e->form_pref == NULL) return -1;
  for (uint32_t i = 0; i < c.verb_forms; i++) e->form_pref[i] = i;
  form_key *k = malloc((c.verb_forms ? c.verb_forms : 1) * sizeof *k);
  if (k == NULL) return -1;
  size_t n = 0;
  for (uint32_t i = 0; i < c.verb_forms; i++) {
    const dict_verb_form *f = dict_verb_form_at(e->dict, i);
    const dict_phrase *p = f ? dict_phrase_at(e->dict, f->phrase) : NULL;
    if (p == NULL || f->verb >= c.verbs) continue;
    k[n].words = dict_str(e->dict, p->words);
    k[n].verb = f->verb;
    k[n].form = i;
    k[n].generated = (p->flags & DICT_PH_GENERATED) != 0;
    n++;
  }
  qsort(k, n, sizeof *k, form_key_cmp);
  /* preferred forms: in each run of equal words, the first written one */
  for (size_t i = 0; i < n;) {
    size_t j = i;
    uint32_t pref = DICT_NONE;
    while (j < n && strcmp(k[j].words, k[i].words) == 0) {
      if (pref == DICT_NONE && !k[j].generated) pref = k[j].form;
      j++;
    }
    if (pref != DICT_NONE)
      for (size_t q = i; q < j; q++)
        if (k[q].generated) e->form_pref[k[q].form] = pref;
    i = j;
  }
  for (size_t i = 1; i < n; i++) {
    if (strcmp(k[i - 1].words, k[i].words) != 0) continue;
    uint32_t a = k[i - 1].verb, b = k[i].verb;
    if (a == b) continue;
    /* already in one ring? */
    int same = 0;
    for (uint32_t x = e->verb_ring[a]; x != a; x = e->verb_ring[x])
      if (x == b) {
        same = 1;
        break;
      }
    if (same) continue;
    uint32_t t = e->verb_ring[a];  /* splice the two rings */
    e->verb_ring[a] = e->verb_ring[b];
    e->verb_ring[b] = t;
  }
  free(k);
  return 0;
}

/* Fills e->pat_need (see engine.h) for every pattern.  0 or -1 on OOM. */
static int engine_pattern_needs(dyad_engine *e) {
  dict_counts c;
  dict_get_counts(e->dict, &c);
  e->n_patterns = c.patterns;
  e->pat_need = malloc((c.patterns ? c.patterns : 1) * 2 * sizeof *e->pat_need);
  e->pat_syn = malloc((c.patterns ? c.patterns : 1) * sizeof *e->pat_syn);
  if (e->pat_need == NULL || e->pat_syn == NULL) return -1;
  _Static_assert(DICT_WORDSET_LOG2 < 16, "word-set bits fit pat_need");
  for (uint32_t i = 0; i < c.patterns; i++) {
    uint16_t *need = &e->pat_need[2 * (size_t)i];
    need[0] = need[1] = PAT_NEED_NONE;
    e->pat_syn[i] = DICT_NONE;
    const dict_pattern *p = dict_pattern_at(e->dict, i);
    if (p == NULL || p->tok_count == 0) continue;
    const dict_pat_tok *P = dict_pat_tok_at(e->dict, p->tok_first);
    if (P == NULL ||
        dict_pat_tok_at(e->dict, p->tok_first + p->tok_count - 1) == NULL)
      continue;
    int k = 0;
    for (uint32_t t = 0; t < p->tok_count && k < 2; t++)
      if (P[t].kind == DICT_T_WORD && P[t].wid != DICT_NONE)
        need[k++] = (uint16_t)dict_wordset_wid_bit(P[t].wid);
    for (uint32_t t = 0; t < p->tok_count; t++)
      if (P[t].kind == DICT_T_SYNSET && P[t].ref != DICT_NONE) {
        e->pat_syn[i] = P[t].ref;
        break;
      }
  }
  return 0;
}

/* One pattern of a block for engine_pattern_index: its first needed
 * word-set bit and its offset in the block. */
typedef struct need_key {
  uint16_t bit, pi;
} need_key;

static int need_key_cmp(const void *a, const void *b) {
  const need_key *x = a, *y = b;
  if (x->bit != y->bit) return x->bit < y->bit ? -1 : 1;
  return x->pi < y->pi ? -1 : x->pi > y->pi;
}

/* The verb block v's patterns, if it is to be indexed: PAT_IX_MIN to
 * PAT_IX_MAX of them, all inside the pattern table. */
static const dict_verb *indexed_block(const dyad_engine *e, uint32_t v) {
  const dict_verb *vb = dict_verb_at(e->dict, v);
  if (vb == NULL || vb->pat_count < PAT_IX_MIN || vb->pat_count > PAT_IX_MAX ||
      vb->pat_first > e->n_patterns ||
      vb->pat_count > e->n_patterns - vb->pat_first)
    return NULL;
  return vb;
}

/* Fills e->pat_ix, pat_ix_slots and pat_ix_order (see engine.h) from
 * e->pat_need: per indexed block, its patterns sorted by first needed
 * bit, each bit's run entered in the block's table.  0 or -1 on OOM. */
static int engine_pattern_index(dyad_engine *e) {
  e->pat_ix = malloc((e->n_verbs ? e->n_verbs : 1) * sizeof *e->pat_ix);
  if (e->pat_ix == NULL) return -1;
  size_t n_slots = 0, n_order = 0;
  for (uint32_t v = 0; v < e->n_verbs; v++) {
    const dict_verb *vb = indexed_block(e, v);
    if (vb == NULL) continue;
    uint32_t size = 1;
    while (size < 2 * vb->pat_count) size *= 2;
    n_slots += size;
    n_order += vb->pat_count;
  }
  e->pat_ix_slots = calloc(n_slots ? n_slots : 1, sizeof *e->pat_ix_slots);
  e->pat_ix_order = malloc((n_order ? n_order : 1) * sizeof *e->pat_ix_order);
  need_key *k = malloc(PAT_IX_MAX * sizeof *k);
  if (e->pat_ix_slots == NULL || e->pat_ix_order == NULL || k == NULL) {
    free(k);
    return -1;
  }
  size_t slot = 0, ord = 0;
  for (uint32_t v = 0; v < e->n_verbs; v++) {
    pat_ix_block *b = &e->pat_ix[v];
    b->slot_first = PAT_IX_NONE;
    b->slot_mask = 0;
    b->none_first = b->none_count = 0;
    const dict_verb *vb = indexed_block(e, v);
    if (vb == NULL) continue;
    uint32_t size = 1;
    while (size < 2 * vb->pat_count) size *= 2;
    for (uint32_t pi = 0; pi < vb->pat_count; pi++) {
      k[pi].bit = e->pat_need[2 * (size_t)(vb->pat_first + pi)];
      k[pi].pi = (uint16_t)pi;
    }
    qsort(k, vb->pat_count, sizeof *k, need_key_cmp);
    b->slot_first = (uint32_t)slot;
    b->slot_mask = size - 1;
    pat_ix_slot *t = &e->pat_ix_slots[slot];
    for (uint32_t i = 0; i < vb->pat_count;) {
      uint32_t j = i;
      for (; j < vb->pat_count && k[j].bit == k[i].bit; j++)
        e->pat_ix_order[ord + j - i] = k[j].pi;
      if (k[i].bit == PAT_NEED_NONE) {
        b->none_first = (uint32_t)ord;
        b->none_count = j - i;
      } else {
        uint32_t h = k[i].bit & b->slot_mask;
        while (t[h].count != 0) h = (h + 1) & b->slot_mask;
        t[h].bit = k[i].bit;
        t[h].count = (uint16_t)(j - i);
        t[h].first = (uint32_t)ord;
      }
      ord += j - i;
      i = j;
    }
    slot += size;
  }
  free(k);
  return 0;
}

/* ===================================================================== */
/* Options                                                               */
/* ===================================================================== */

/* The value the caller's override list gives key (the text after '=' of
 * its last "key=value" with that key, case-insensitive), else the
 * dictionary's, else NULL.  ov may be NULL. */
static const char *engine_option(const dyad_dict *d, const char *const *ov,
                                 const char *key) {
  const char *v = NULL;
  size_t kl = strlen(key);
  for (size_t i = 0; ov && ov[i]; i++)
    if (strncasecmp(ov[i], key, kl) == 0 && ov[i][kl] == '=')
      v = ov[i] + kl + 1;
  if (v == NULL && d != NULL) v = dict_option_get(d, key);
  return v;
}

/* A boolean option's value: 1/0 for true/yes/1 and false/no/0 (any
 * case), -1 for anything else. */
static int option_bool(const char *v) {
  if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcmp(v, "1"))
    return 1;
  if (!strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcmp(v, "0"))
    return 0;
  return -1;
}

/* The options whose value is a count of words (TABARI's and PETRARCH's
 * comma_* and new_actor_length): the comma clauses by kind, min then max
 * (ENGINE_COMMA_BEGIN, _MID, _END), and the new actors' length last. */
static const char *const count_keys[] = {
    "comma_bmin", "comma_bmax", "comma_min", "comma_max",
    "comma_emin", "comma_emax", "new_actor_length"};
#define N_COUNT_KEYS (sizeof count_keys / sizeof count_keys[0])

/* Is key (any case) one of count_keys? */
static int is_count_key(const char *key) {
  for (size_t i = 0; i < N_COUNT_KEYS; i++)
    if (!strcasecmp(key, count_keys[i])) return 1;
  return 0;
}

/* A count option's value: 1 to 9 decimal digits and nothing else, stored
 * in *out; returns 0, or -1 for any other value (*out unchanged). */
static int option_count(const char *v, uint32_t *out) {
  uint32_t x = 0;
  size_t n = 0;
  for (; v[n]; n++) {
    if (v[n] < '0' || v[n] > '9' || n == 9) return -1;
    x = x * 10 + (uint32_t)(v[n] - '0');
  }
  if (n == 0) return -1;
  *out = x;
  return 0;
}

/* Checks the caller's overrides before anything is loaded: every one is
 * "key=value" with a key the engine reads and a value it can use (a
 * boolean, a count of words, or a code list codeset_parse accepts whole).
 * Returns DYAD_OK or DYAD_ERR_ARG with the first bad override named in
 * err. */
static int engine_check_overrides(const char *const *ov, dyad_error *err) {
  for (size_t i = 0; ov && ov[i]; i++) {
    const char *eq = strchr(ov[i], '=');
    char key[64];
    size_t kl = eq ? (size_t)(eq - ov[i]) : 0;
    if (eq == NULL || kl == 0 || kl >= sizeof key)
      return error_set(err, DYAD_ERR_ARG, NULL, 0,
                       "option '%s': expected KEY=VALUE", ov[i]);
    memcpy(key, ov[i], kl);
    key[kl] = '\0';
    const char *v = eq + 1;
    if (!strcasecmp(key, "require_dyad") || !strcasecmp(key, "code_negated") ||
        !strcasecmp(key, "code_rejected_appeals")) {
      if (option_bool(v) < 0)
        return error_set(err, DYAD_ERR_ARG, NULL, 0,
                         "option '%s': '%s' is no boolean (true or false)",
                         key, v);
      continue;
    }
    uint32_t count;
    if (is_count_key(key)) {
      if (option_count(v, &count) != 0)
        return error_set(err, DYAD_ERR_ARG, NULL, 0,
                         "option '%s': '%s' is no count of words (0 to "
                         "999999999)", key, v);
      continue;
    }
    const codeset_option *co = codeset_option_find(key);
    if (co == NULL)
      return error_set(err, DYAD_ERR_ARG, NULL, 0,
                       "option '%s': dyad does not read it (it reads "
                       "require_dyad, code_negated, code_rejected_appeals, "
                       "new_actor_length, the comma_* options and the code "
                       "options of docs/dictionaries.md)", key);
    codeset cs;
    char why[128];
    if (codeset_parse(&cs, co, v, strlen(v), why, sizeof why, NULL) != 0)
      return error_set(err, DYAD_ERR_ARG, NULL, 0, "option '%s': %s", key,
                       why);
  }
  return DYAD_OK;
}

/* Reads the code options (src/dict/codeset.h: reciprocal_codes,
 * own_country_target_*codes, place_source_codes) into e->codes: the
 * dictionary's value when it sets one, else the option's default (so a
 * PETRARCH or TABARI dictionary codes as it always did).  The compiler
 * has checked the values (dict_build.c skips a bad option line); a word
 * that is no code in a .dyd from elsewhere is left out here. */
static void engine_code_options(dyad_engine *e, const char *const *ov) {
  for (int o = 0; o < CODESET_OPT_COUNT; o++) {
    const codeset_option *co = codeset_option_at((codeset_opt)o);
    const char *v = engine_option(e->dict, ov, co->key);
    if (v == NULL) v = co->dflt;
    (void)codeset_parse(&e->codes[o], co, v, strlen(v), NULL, 0, NULL);
  }
}

/* Reads the count options (count_keys) into e: new_actor_length (0 when
 * not set), and per kind of comma clause its max (0, off, when not set)
 * and min (when not set, TABARI's default: 0 for the clause that begins
 * the sentence, 2 for the others).  The comma options are read from the
 * caller's overrides only: a dictionary's options file may carry them
 * (Phoenix's PETR_config.ini sets comma_max and comma_emax 8), but
 * PETRARCH 2, whose dictionaries these are, reads them and deletes no
 * clause, so neither does dyad unless asked.  A value that is no count
 * counts as not set (the compiler refuses such a dictionary line). */
static void engine_count_options(dyad_engine *e, const char *const *ov) {
  static const uint32_t min_default[3] = {0, 2, 2};
  uint32_t x;
  for (int k = 0; k < 3; k++) {
    const char *v = engine_option(NULL, ov, count_keys[2 * k]);
    e->comma_min[k] = v && option_count(v, &x) == 0 ? x : min_default[k];
    v = engine_option(NULL, ov, count_keys[2 * k + 1]);
    e->comma_max[k] = v && option_count(v, &x) == 0 ? x : 0;
    if (e->comma_max[k] > 0) e->comma_on = 1;
  }
  const char *v = engine_option(e->dict, ov, "new_actor_length");
  e->new_actor_length = v && option_count(v, &x) == 0 ? x : 0;
}

int dyad_engine_new(dyad_engine **out, const dyad_engine_opts *opts,
                    dyad_error *err) {
  if (out == NULL) return error_set(err, DYAD_ERR_ARG, NULL, 0, "no output");
  *out = NULL;
  dyad_engine *e = calloc(1, sizeof *e);
  if (e == NULL) return error_set(err, DYAD_ERR_NOMEM, NULL, 0, "out of memory");
  if (opts) e->opts = *opts;
  else e->opts.require_dyad = -1;
  const char *const *ov = e->opts.options;
  e->opts.options = NULL;
  int rc = engine_check_overrides(ov, err);
  if (rc != DYAD_OK) {
    free(e);
    return rc;
  }
  const char *path = e->opts.dict_path ? e->opts.dict_path
                                       : engine_default_dict();
  e->opts.dict_path = NULL;
  e->opts.cache_dir = NULL;
  if (path != NULL) {
    rc = dyad_dict_open(&e->dict, path, opts ? opts->cache_dir : NULL, err);
    if (rc != DYAD_OK) {
      free(e);
      return rc;
    }
  }
  const char *v = engine_option(e->dict, ov, "require_dyad");
  e->require_dyad = v == NULL || option_bool(v) != 0;
  v = engine_option(e->dict, ov, "code_negated");
  e->code_negated = v != NULL && option_bool(v) == 1;
  v = engine_option(e->dict, ov, "code_rejected_appeals");
  e->code_rejected_appeals = v != NULL && option_bool(v) == 1;
  engine_code_options(e, ov);
  engine_count_options(e, ov);
  if (e->opts.require_dyad >= 0) e->require_dyad = e->opts.require_dyad != 0;
  if (e->dict && (engine_verb_rings(e) != 0 || engine_pattern_needs(e) != 0 ||
                 engine_pattern_index(e) != 0)) {
    dyad_engine_free(e);
    return error_set(err, DYAD_ERR_NOMEM, NULL, 0, "out of memory");
  }
  *out = e;
  return DYAD_OK;
}

void dyad_engine_free(dyad_engine *e) {
  if (e == NULL) return;
  dyad_dict_free(e->dict);
  free(e->verb_ring);
  free(e->form_pref);
  free(e->pat_need);
  free(e->pat_syn);
  free(e->pat_ix);
  free(e->pat_ix_slots);
  free(e->pat_ix_order);
  free(e);
}

const struct dyad_dict *dyad_engine_dict(const dyad_engine *e) {
  return e ? e->dict : NULL;
}

int dyad_code_article(const dyad_engine *e, const dyad_article *a,
                      dyad_result *r, dyad_error *err) {
  if (e == NULL || a == NULL || r == NULL)
    return error_set(err, DYAD_ERR_ARG, NULL, 0, "null argument");
  result_reset(r, a);
  int rc = text_prepare(r, a);
  if (rc != DYAD_OK)
    return error_set(err, rc, a->file, a->line, "%s", dyad_strerror(rc));
  if (e->dict == NULL || r->n_sents == 0) return DYAD_OK;

  /* The scratch workspace: the lender's when one is lent (one warm
   * workspace per thread), else the result's own, made on first use. */
  dyad_result *owner = r->scratch_lender ? r->scratch_lender : r;
  if (owner->engine_ws == NULL) {
    owner->engine_ws = coder_ws_new();
    if (owner->engine_ws == NULL)
      return error_set(err, DYAD_ERR_NOMEM, a->file, a->line, "out of memory");
    owner->engine_ws_free = coder_ws_free;
  }
  coder_ws *ws = owner->engine_ws;
  coder_story_begin(ws, a);
  /* Body sentences are coded; headlines only when the story has no body
   * (a one-line text without final punctuation is read as a headline). */
  int has_body = 0;
  for (size_t i = 0; i < r->n_sents; i++)
    if (r->sents[i].kind == DYAD_SENT_BODY) has_body = 1;
  for (size_t i = 0; i < r->n_sents; i++) {
    dyad_sentence_kind k = r->sents[i].kind;
    if (k == DYAD_SENT_CAPTION) continue;
    if (k == DYAD_SENT_HEADLINE && has_body) continue;
    rc = coder_code_sentence(e, ws, r, i);
    if (rc == DYAD_END) break;
    if (rc != DYAD_OK)
      return error_set(err, rc, a->file, a->line, "%s", dyad_strerror(rc));
  }
  return DYAD_OK;
}
