/*
 * names.c: unknown capitalised names in one sentence (see names.h).
 *
 * Three passes over the tagged tokens: classify each token (name token,
 * connector, or neither), join them into runs, and, when the sentence has
 * a run at all, mark the tokens covered by dictionary actor and agent
 * phrases; then cut the runs at covered tokens and trim the pieces.  The
 * word lists are small static tables searched linearly: they are only
 * consulted for capitalised or short lowercase tokens.
 */
#include "survey/names.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                         */
/* ------------------------------------------------------------------ */

/* Lowercase words that may join two name tokens. */
static const char *const names_connectors[] = {
    "of",  "for", "de",  "del", "della", "di",  "da",  "das", "dos",
    "du",  "des", "la",  "le",  "van",   "von", "der", "den", "ter", "bin",
    "ibn", "bint", "al", "el",  "y",     "&",   "the", "and", "zu",
};

/* Arabic articles written before a hyphen and a capital: "al-Assad". */
static const char *const names_particles[] = {
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en",
    "er", "es", "et", "ez", "ud", "ul", "ur", "us", "uz", "bin", "ibn", "abd",
};

/* Head nouns (lemmas) that "of" / "for" may follow inside a name:
 * "Bank of England", "Centers for Disease Control", "King of Jordan"; a
 * person's name is not extended ("Abu Bakr al-Baghdadi of ..."). */
static const char *const names_heads[] = {
    "academy",    "agency",     "alliance",   "army",       "assembly",
    "association", "authority", "bank",       "bay",        "board",
    "brigade",    "bureau",     "caliphate",  "cape",       "center",
    "centre",     "chamber",    "church",     "city",       "coalition",
    "college",    "command",    "commission", "committee",  "commonwealth",
    "company",    "confederation", "conference", "congress", "corporation",
    "council",    "county",     "court",      "department", "district",
    "duke",       "emirate",    "emirates",   "empire",     "federation",
    "force",      "front",      "fund",       "government", "governor",
    "guard",      "gulf",       "house",      "institute",  "island",
    "isle",       "king",       "kingdom",    "lake",       "league",
    "minister",   "ministry",   "mount",      "movement",   "museum",
    "office",     "organisation", "organization", "parliament", "party",
    "people",     "port",       "president",  "prince",     "principality",
    "province",   "queen",      "republic",   "school",     "sea",
    "secretary",  "senate",     "society",    "state",      "states",
    "strait",     "sultan",     "sultanate",  "territory",  "tribunal",
    "union",      "university", "brotherhood", "administration", "service",
    "affairs",    "corps",      "group",      "services",   "forces",
};

/* Modifiers and geographic words that, next to a dictionary actor, only
 * extend it ("New York City", "Kharkiv Oblast", "General X"): a piece of
 * a split run made only of these and head nouns is not reported. */
static const char *const names_generic[] = {
    "new",       "north",     "south",     "east",      "west",
    "northern",  "southern",  "eastern",   "western",   "central",
    "upper",     "lower",     "greater",   "national",  "international",
    "general",   "royal",     "federal",   "supreme",   "united",
    "democratic", "republican", "islamic", "popular",   "oblast",
    "region",    "ocean",     "river",     "airport",   "valley",
    "deputy",    "chief",     "vice",      "acting",    "former",
    "high",      "grand",     "special",   "joint",     "armed",
    "foreign",   "interior",  "defense",   "defence",   "justice",
    "public",    "civil",     "military",  "regional",  "municipal",
    "krai",      "raion",     "governorate", "prefecture", "sector",
};

/* Month and day names: trimmed from the start of a name. */
static const char *const names_calendar[] = {
    "january", "february", "march",   "april",    "may",     "june",
    "july",    "august",   "september", "october", "november", "december",
    "jan.",    "feb.",     "mar.",    "apr.",     "jun.",    "jul.",
    "aug.",    "sep.",     "sept.",   "oct.",     "nov.",    "dec.",
    "monday",  "tuesday",  "wednesday", "thursday", "friday", "saturday",
    "sunday",
};

/* Titles: trimmed from the start of a name ("Mr. Smith" -> "Smith"). */
static const char *const names_titles[] = {
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "gen.",
    "col.", "lt.", "sgt.", "capt.", "maj.", "adm.", "sen.", "rep.", "gov.",
    "prof.", "rev.", "hon.", "messrs.",
};

/* Common words that the tagger may take for proper nouns when they open
 * a sentence with their capital. */
static const char *const names_starters[] = {
    "a",         "an",        "the",       "this",     "that",   "these",
    "those",     "there",     "here",      "it",       "its",    "he",
    "she",       "they",      "we",        "i",        "you",    "his",
    "her",       "their",     "our",       "my",       "your",   "however",
    "meanwhile", "also",      "after",     "before",   "during", "following",
    "according", "in",        "on",        "at",       "as",     "but",
    "and",       "or",        "so",        "if",       "while",  "when",
    "where",     "what",      "who",       "why",      "how",    "yesterday",
    "today",     "tomorrow",  "earlier",   "later",    "several", "many",
    "some",      "other",     "another",   "both",     "all",    "most",
    "more",      "new",       "officials", "police",   "government",
    "president", "prime",     "minister",  "security", "military",
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static int in_list(const char *const *list, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(list[i], w) == 0) return 1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Token classes                                                      */
/* ------------------------------------------------------------------ */

enum {
  NC_OTHER = 0,
  NC_NAME = 1,       /* capitalised noun/adjective */
  NC_STRONG = 2,     /* NNP/NNPS or "al-X": a run needs one */
  NC_CONN = 4,       /* connector word */
  NC_LEAD = 8,       /* calendar word or title: trimmed at a run's start */
  NC_COVERED = 16    /* inside a dictionary actor/agent match */
};

/* "al-Assad": a listed particle, a hyphen, then an upper-case ASCII
 * letter (the particle list is ASCII, and so is the check). */
static int is_particle_name(const char *s, uint32_t len) {
  const char *h = memchr(s, '-', len);
  if (h == NULL || h == s) return 0;
  size_t plen = (size_t)(h - s);
  if (plen > 3 || (size_t)(h - s) + 1 >= len) return 0;
  char c = h[1];
  if (c < 'A' || c > 'Z') return 0;
  char p[4];
  for (size_t i = 0; i < plen; i++) {
    if (s[i] < 'a' || s[i] > 'z') return 0;
    p[i] = s[i];
  }
  p[plen] = '\0';
  return in_list(names_particles, COUNT_OF(names_particles), p);
}

/* Index of the sentence's first word-like token (after opening quotes,
 * brackets and dashes), or ws->n when there is none. */
static size_t first_word(const tag_ws *ws) {
  for (size_t i = 0; i < ws->n; i++) {
    unsigned t = ws->tok[i].type;
    if (t == TAG_T_QUOTE || t == TAG_T_DASH || t == TAG_T_PUNCT) continue;
    return i;
  }
  return ws->n;
}

static uint8_t classify(const tag_ws *ws, size_t i, size_t initial) {
  const tag_token *t = &ws->tok[i];
  const char *norm = tag_norm(ws, i);
  const char *s = ws->text + t->offset;
  uint8_t c = NC_OTHER;
  if (t->type == TAG_T_WORD && !(t->flags & TAG_F_CAP) &&
      is_particle_name(s, t->len)) {
    c = NC_NAME | NC_STRONG;
  } else if ((t->type == TAG_T_WORD || t->type == TAG_T_ABBREV) &&
             (t->flags & TAG_F_CAP)) {
    int proper = t->pos == TAG_NNP || t->pos == TAG_NNPS;
    if (proper) c = NC_NAME | NC_STRONG;
    else if (tag_is_noun(t->pos) || tag_is_adj(t->pos) || t->pos == TAG_FW)
      c = NC_NAME;
    if (i == initial && c &&
        (!proper || in_list(names_starters, COUNT_OF(names_starters), norm)))
      c = NC_OTHER;
  } else if ((t->type == TAG_T_WORD || t->type == TAG_T_SYMBOL) &&
             !(t->flags & TAG_F_CAP) &&
             in_list(names_connectors, COUNT_OF(names_connectors), norm)) {
    c = NC_CONN;
  }
  if ((c & NC_NAME) &&
      (in_list(names_calendar, COUNT_OF(names_calendar), norm) ||
       in_list(names_titles, COUNT_OF(names_titles), norm)))
    c |= NC_LEAD;
  return c;
}

/* ------------------------------------------------------------------ */
/* Workspace                                                          */
/* ------------------------------------------------------------------ */

void names_ws_free(names_ws *w) {
  if (w == NULL) return;
  tag_ws_free(&w->tag);
  free(w->toks);
  free(w->cls);
  free(w->spans);
  memset(w, 0, sizeof *w);
}

static int reserve_tokens(names_ws *w, size_t n) {
  if (n <= w->cap) return 0;
  size_t nc = w->cap ? w->cap : 64;
  while (nc < n) nc *= 2;
  const char **t = realloc(w->toks, nc * sizeof *t);
  if (t == NULL) return -1;
  w->toks = t;
  uint8_t *c = realloc(w->cls, nc);
  if (c == NULL) return -1;
  w->cls = c;
  w->cap = nc;
  return 0;
}

static int push_span(names_ws *w, const names_span *sp) {
  if (w->n_spans == w->spans_cap) {
    size_t nc = w->spans_cap ? w->spans_cap * 2 : 16;
    names_span *p = realloc(w->spans, nc * sizeof *p);
    if (p == NULL) return -1;
    w->spans = p;
    w->spans_cap = nc;
  }
  w->spans[w->n_spans++] = *sp;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Runs                                                               */
/* ------------------------------------------------------------------ */

/* Do the name tokens from k on end in a head noun ("Food and Drug
 * Administration")?  Needs at least two of them. */
static int head_follows(const names_ws *w, size_t k) {
  size_t j = k;
  while (j < w->tag.n && (w->cls[j] & NC_NAME)) j++;
  return j >= k + 2 && in_list(names_heads, COUNT_OF(names_heads),
                               tag_lemma(&w->tag, j - 1));
}

/* End (exclusive) of the run of name tokens and connectors that starts
 * with the name token at i. */
static size_t run_end(const names_ws *w, size_t i) {
  size_t n = w->tag.n, end = i + 1;
  int has_of = 0;
  size_t j = i + 1;
  while (j < n) {
    if (w->cls[j] & NC_NAME) {
      end = ++j;
      continue;
    }
    if (!(w->cls[j] & NC_CONN)) break;
    /* a group of connectors must lead to a name token */
    size_t k = j;
    int ok = 1, of_here = 0;
    while (k < n && (w->cls[k] & NC_CONN) && k - j < 3) {
      const char *c = w->toks[k];
      if (strcmp(c, "the") == 0 && k == j) ok = 0;
      if (strcmp(c, "and") == 0 && !has_of && !of_here &&
          !head_follows(w, k + 1))
        ok = 0;
      if (strcmp(c, "of") == 0 || strcmp(c, "for") == 0) {
        of_here = 1;
        if (k != j || !in_list(names_heads, COUNT_OF(names_heads),
                               tag_lemma(&w->tag, j - 1)))
          ok = 0;
      }
      k++;
    }
    if (!ok || k >= n || !(w->cls[k] & NC_NAME)) break;
    has_of |= of_here;
    j = k;
  }
  return end;
}

static int is_generic(const names_ws *w, size_t k) {
  const char *norm = w->toks[k], *lemma = tag_lemma(&w->tag, k);
  return in_list(names_generic, COUNT_OF(names_generic), norm) ||
         in_list(names_heads, COUNT_OF(names_heads), norm) ||
         in_list(names_heads, COUNT_OF(names_heads), lemma);
}

/* Trims the piece [a, b) and records it when what is left qualifies.
 * `split` says the piece touches a covered token of its run. */
static int emit_piece(names_ws *w, size_t a, size_t b, size_t initial,
                      int split) {
  while (a < b && (w->cls[a] & (NC_CONN | NC_LEAD))) a++;
  while (b > a && (w->cls[b - 1] & NC_CONN)) b--;
  if (a >= b || b - a > NAMES_MAX_TOKENS) return 0;
  int strong = 0;
  for (size_t k = a; k < b; k++)
    if ((w->cls[k] & NC_STRONG) && !(split && is_generic(w, k))) strong = 1;
  if (!strong) return 0;
  const tag_token *f = &w->tag.tok[a], *l = &w->tag.tok[b - 1];
  names_span sp = {.first = (uint32_t)a,
                   .n = (uint32_t)(b - a),
                   .offset = f->offset,
                   .len = l->offset + l->len - f->offset,
                   .initial = a == initial};
  return push_span(w, &sp);
}

/* Does actor match m at token i need capitals the text lacks (a phrase
 * after "@CAPITALS", as the coder reads it: "Ira Glass" is no IRA)? */
static int capitals_missing(const names_ws *w, const dyad_dict *d, size_t i,
                            const dict_match *m) {
  const dict_phrase *p = dict_phrase_at(d, m->phrase);
  uint32_t need = p == NULL ? 0
                  : (p->flags & DICT_PH_CAPITALS) ? TAG_F_ALLCAP
                  : (p->flags & DICT_PH_CAPITALISED) ? (TAG_F_CAP | TAG_F_ALLCAP)
                                                     : 0;
  if (!need) return 0;
  for (size_t k = i; k < i + m->len && k < w->tag.n; k++)
    if (!(w->tag.tok[k].flags & need)) return 1;
  return 0;
}

/* Marks the tokens inside actor and agent matches as covered. */
static void mark_covered(names_ws *w, const dyad_dict *d, int32_t date) {
  size_t n = w->tag.n;
  for (size_t i = 0; i < n; i++) {
    dict_match m;
    const char *code;
    const dict_agent *ag;
    size_t len = 0;
    if (dict_actor_match(d, w->toks, n, i, date, &m, &code) &&
        !capitals_missing(w, d, i, &m))
      len = m.len;
    if (dict_agent_match(d, w->toks, n, i, &m, &ag) && m.len > len)
      len = m.len;
    for (size_t k = i; k < i + len && k < n; k++) w->cls[k] |= NC_COVERED;
  }
}

int names_scan(names_ws *w, const dyad_dict *d, int32_t date, const char *s,
               size_t len) {
  assert(w != NULL);
  w->n_spans = 0;
  int rc = tag_sentence(&w->tag, s, len);
  if (rc != 0) return rc;
  size_t n = w->tag.n;
  if (reserve_tokens(w, n + 1)) return DYAD_ERR_NOMEM;
  size_t initial = first_word(&w->tag);
  int any = 0;
  for (size_t i = 0; i < n; i++) {
    w->toks[i] = tag_norm(&w->tag, i);
    w->cls[i] = classify(&w->tag, i, initial);
    if (w->cls[i] & NC_STRONG) any = 1;
  }
  w->toks[n] = NULL;
  if (!any) return DYAD_OK;
  if (d) mark_covered(w, d, date);

  for (size_t i = 0; i < n;) {
    if (!(w->cls[i] & NC_NAME)) {
      i++;
      continue;
    }
    size_t end = run_end(w, i);
    /* cut at covered tokens */
    size_t a = i;
    for (size_t k = i; k <= end; k++) {
      if (k == end || (w->cls[k] & NC_COVERED)) {
        int split = (a > i) || k < end;
        if (k > a && emit_piece(w, a, k, initial, split))
          return DYAD_ERR_NOMEM;
        a = k + 1;
      }
    }
    i = end;
  }
  return DYAD_OK;
}
