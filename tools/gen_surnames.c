/*
 * gen_surnames.c: build-time generator of bare-surname aliases for the
 * people of dyad's actor dictionaries ("Yeltsin", "Clinton", "Arafat"),
 * run by data/module.mk.
 *
 *   gen_surnames [-r RULES] [-p POSLEX] [-w WORDNET_DIR] [-o OUT] [-v]
 *                DICT_FILE...
 *
 * The DICT_FILEs are compiled with libdyad's own dictionary reader; the
 * actor entries of files under a directory named "people" are the people.
 * For each person the surname is taken from the root phrase (the last word,
 * with the particles before it: "de klerk", "bin salman", "al-assad" and
 * "assad"), and the surname becomes one actor entry of OUT holding, for
 * every date, the code of the one person that name stands for then.  The
 * rules (docs/dictionaries.md, "Derived surnames"):
 *
 *   - only dated code blocks count: a bare surname outside every range of
 *     office is nobody we know (no undated XXXELI fallback);
 *   - people sharing a surname merge while their codes do not overlap in
 *     time (Bill Clinton USAGOV 1993-2001, Hillary Clinton USALEG
 *     2001-2009); where two of them give different codes on the same day the
 *     days are cut out, and when that is more than OVERLAP_DAYS and more
 *     than a quarter of the days left (OVERLAP_SHARE) the surname
 *     is dropped;
 *   - a person whose name does not end in a surname (family name first:
 *     China, Korea, Vietnam, ...; Spanish names of three words or more;
 *     a suffix "Jr."; a kunya "Abu ...") or who has no dated code gives no
 *     alias and blocks its name for the others;
 *   - the surname must not be a phrase any entry of the dictionaries
 *     already matches (an explicit alias, a place, a country, an
 *     organisation, an agent), nor the first name of someone in the people
 *     files, nor an ordinary word: mostly not a proper noun in the
 *     festlex-poslex WSJ lexicon, or a lower-case word of WordNet;
 *   - the rules file settles judgement calls: "-NAME" never derives NAME,
 *     "+NAME" derives it despite the word and first-name checks,
 *     "ROOT_PHRASE = SURNAME" sets the surname of one person.
 *
 * OUT is a PETRARCH 2 actors file headed by the "@DERIVED" directive (see
 * dict_build.c), with a comment per entry naming its people, and the
 * dropped names with their reasons as comments at the end.  Output is
 * deterministic (sorted by surname).  Exits 1 with a message on stderr if
 * an input cannot be read.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "dict/dict.h"

#define OVERLAP_DAYS 62     /* ambiguous days a surname may always lose */
#define OVERLAP_SHARE 4     /* ... or up to 1/4 of the days it keeps */
#define MIN_PROPER 0.95     /* poslex share of NNP/NNPS for a name */
#define KEY_MAX 128
#define MAX_HOLD 2          /* keys per person: "al-assad" and "assad" */

/* ===================================================================== */
/* Small helpers                                                         */
/* ===================================================================== */

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fprintf(stderr, "gen_surnames: out of memory\n");
    exit(1);
  }
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static uint32_t fnv(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

/* A string set with one value per key (open addressing, never shrinks). */
typedef struct sset {
  char **k;
  double *v;
  size_t cap, n;
} sset;

/* Slot of key s in t (empty slot when absent); t->cap > 0. */
static size_t sset_slot(const sset *t, const char *s) {
  size_t j = fnv(s) & (t->cap - 1);
  while (t->k[j] && strcmp(t->k[j], s) != 0) j = (j + 1) & (t->cap - 1);
  return j;
}

/* Adds s (copied) if absent; returns a pointer to its value (0 when new). */
static double *sset_add(sset *t, const char *s) {
  if ((t->n + 1) * 2 > t->cap) {
    sset o = *t;
    t->cap = o.cap ? o.cap * 2 : 1024;
    t->k = calloc(t->cap, sizeof *t->k);
    t->v = calloc(t->cap, sizeof *t->v);
    if (!t->k || !t->v) {
      fprintf(stderr, "gen_surnames: out of memory\n");
      exit(1);
    }
    for (size_t i = 0; i < o.cap; i++)
      if (o.k[i]) {
        size_t j = sset_slot(t, o.k[i]);
        t->k[j] = o.k[i];
        t->v[j] = o.v[i];
      }
    free(o.k);
    free(o.v);
  }
  size_t j = sset_slot(t, s);
  if (!t->k[j]) {
    t->k[j] = xstrdup(s);
    t->v[j] = 0;
    t->n++;
  }
  return &t->v[j];
}

/* The value of s, or NULL when s is absent. */
static double *sset_get(const sset *t, const char *s) {
  if (!t->cap) return NULL;
  size_t j = sset_slot(t, s);
  return t->k[j] ? &t->v[j] : NULL;
}

static void sset_free(sset *t) {
  for (size_t i = 0; i < t->cap; i++) free(t->k[i]);
  free(t->k);
  free(t->v);
}

/* Days since 1970-01-01 of a YYYYMMDD date (proleptic Gregorian). */
static long days_of(int32_t ymd) {
  long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* The YYYYMMDD date of a day number (inverse of days_of). */
static int32_t ymd_of(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  return (int32_t)(y * 10000 + m * 100 + d);
}

#define DAY_MIN (-1000000L)  /* before every date */
#define DAY_MAX (10000000L)  /* after every date */

/* The first day of a block starting at ymd (0: open), and the day after
 * one ending at ymd (DICT_DATE_MAX: open). */
static long day_from(int32_t ymd) { return ymd <= 0 ? DAY_MIN : days_of(ymd); }
static long day_after(int32_t ymd) {
  return ymd >= DICT_DATE_MAX ? DAY_MAX : days_of(ymd) + 1;
}

/* Splits lowercase words "a b c" into w[] (pointers into buf); count. */
static size_t split_words(const char *s, char *buf, size_t cap, char **w,
                          size_t wmax) {
  size_t n = strlen(s);
  if (n >= cap) n = cap - 1;
  memcpy(buf, s, n);
  buf[n] = '\0';
  size_t k = 0;
  for (char *p = strtok(buf, " "); p && k < wmax; p = strtok(NULL, " "))
    w[k++] = p;
  return k;
}

static int in_list(const char *w, const char *const *list) {
  for (; *list; list++)
    if (strcmp(w, *list) == 0) return 1;
  return 0;
}

/* ===================================================================== */
/* People                                                                */
/* ===================================================================== */

typedef struct person {
  uint32_t actor;
  const char *root;            /* lowercase words of the root phrase */
  const char *file;
  uint32_t line;
  char key[MAX_HOLD][KEY_MAX]; /* surnames held ("" = none) */
  const char *why;             /* NULL: may give an alias; else why not */
  char country[4];
} person;

typedef struct hold {
  const char *key;
  size_t person;
} hold;

/* Countries whose names put the family name first, or have none. */
static const char *const family_first[] = {
    "CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "MMR", "THA", "KHM",
    "MNG", "SGP", "LAO", NULL};
/* Countries whose people often bear two surnames. */
static const char *const spanish[] = {
    "MEX", "ESP", "ARG", "COL", "VEN", "PER", "CHL", "BOL", "ECU", "CUB",
    "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "DOM", "PRY", "URY", "PRI",
    NULL};
/* Words that join a surname to what comes before it. */
static const char *const particles[] = {
    "de", "da", "das", "do", "dos", "di", "del", "della", "van", "von",
    "der", "den", "ter", "le", "la", "du", "bin", "ibn", "ben", "bint",
    "ould", "wad", "al", "el", "abu", "abou", "umm", "y", NULL};
static const char *const suffixes[] = {"jr.", "jr", "sr.", "sr", "ii", "iii",
                                       "iv", NULL};

/* The country of an actor entry: the first three letters of its first
 * dated code (else of its first code), when they look like a country. */
static void actor_country(const dyad_dict *d, uint32_t actor, char out[4]) {
  const dict_actor *a = dict_actor_at(d, actor);
  out[0] = '\0';
  if (!a) return;
  for (int pass = 0; pass < 2 && !out[0]; pass++)
    for (uint32_t c = 0; c < a->code_count; c++) {
      const dict_actor_code *ac = dict_actor_code_at(d, a->code_first + c);
      int dated = ac->date_from != 0 || ac->date_to != DICT_DATE_MAX;
      if (pass == 0 && !dated) continue;
      const char *s = dict_str(d, ac->code);
      if (strlen(s) >= 3) {
        memcpy(out, s, 3);
        out[3] = '\0';
        return;
      }
    }
}

/* Does the actor have a dated code block? */
static int has_dated(const dyad_dict *d, uint32_t actor) {
  const dict_actor *a = dict_actor_at(d, actor);
  for (uint32_t c = 0; a && c < a->code_count; c++) {
    const dict_actor_code *ac = dict_actor_code_at(d, a->code_first + c);
    if (ac->date_from != 0 || ac->date_to != DICT_DATE_MAX) return 1;
  }
  return 0;
}

/* The code of the actor on day `day` from its dated blocks only (the
 * first that contains it, as dict_actor_code_on chooses), or NULL. */
static const char *dated_code(const dyad_dict *d, uint32_t actor, long day) {
  const dict_actor *a = dict_actor_at(d, actor);
  for (uint32_t c = 0; a && c < a->code_count; c++) {
    const dict_actor_code *ac = dict_actor_code_at(d, a->code_first + c);
    if (ac->date_from == 0 && ac->date_to == DICT_DATE_MAX) continue;
    if (day >= day_from(ac->date_from) && day < day_after(ac->date_to))
      return dict_str(d, ac->code);
  }
  return NULL;
}

/* Sets p->key and p->why from p->root (see the file comment).  `forced`
 * is the surname the rules file gives this person, or NULL. */
static void person_surname(person *p, const char *forced) {
  char buf[512], *w[DICT_MAX_PHRASE_WORDS];
  size_t n = split_words(p->root, buf, sizeof buf, w, DICT_MAX_PHRASE_WORDS);
  p->key[0][0] = p->key[1][0] = '\0';
  p->why = NULL;
  if (forced) {
    snprintf(p->key[0], KEY_MAX, "%s", forced);
    return;
  }
  if (n < 2) {
    p->why = "the entry is one word";
    return;
  }
  if (in_list(p->country, family_first)) {
    snprintf(p->key[0], KEY_MAX, "%s", w[0]);
    p->why = "family name first";
    return;
  }
  size_t last = n - 1;
  if (in_list(w[last], suffixes)) {
    snprintf(p->key[0], KEY_MAX, "%s", w[last - 1]);
    p->why = "name ends in a suffix";
    return;
  }
  /* "Ban Ki-moon", "Moon Jae-in": a hyphenated Korean given name */
  const char *hy = strchr(w[last], '-');
  if (n == 2 && hy && strncmp(w[last], "al-", 3) != 0 &&
      strncmp(w[last], "el-", 3) != 0 && hy - w[last] <= 5 &&
      strlen(hy + 1) <= 5) {
    snprintf(p->key[0], KEY_MAX, "%s", w[0]);
    p->why = "family name first";
    return;
  }
  size_t first = last;
  while (first > 1 && in_list(w[first - 1], particles)) first--;
  size_t kl = 0;
  for (size_t k = first; k < n; k++)
    kl += (size_t)snprintf(p->key[0] + kl, KEY_MAX - kl, "%s%s",
                           k > first ? " " : "", w[k]);
  static const char *const kunya[] = {"abu", "abou", "umm", NULL};
  if (in_list(w[first - 1], kunya) || (first < last && in_list(w[first], kunya))) {
    p->why = "a kunya, no surname";
    return;
  }
  if (strchr(w[last], '.') || strlen(w[last]) < 3) {
    p->why = "the last word is an initial or too short";
    return;
  }
  if (first == last && n >= 3 && in_list(p->country, spanish)) {
    p->why = "Spanish name of three words or more (two surnames?)";
    return;
  }
  /* "al-assad" -> also "assad"; "al assad" -> also "assad" */
  const char *k0 = p->key[0];
  if ((strncmp(k0, "al-", 3) == 0 || strncmp(k0, "el-", 3) == 0) &&
      !strchr(k0, ' ') && strlen(k0 + 3) >= 4)
    snprintf(p->key[1], KEY_MAX, "%s", k0 + 3);
  else if ((strncmp(k0, "al ", 3) == 0 || strncmp(k0, "el ", 3) == 0) &&
           !strchr(k0 + 3, ' ') && strlen(k0 + 3) >= 4)
    snprintf(p->key[1], KEY_MAX, "%s", k0 + 3);
}

/* ===================================================================== */
/* Word checks                                                           */
/* ===================================================================== */

/* Approximate share of each Penn tag among WSJ tokens (per 1000), to turn
 * the lexicon's log P(word | tag) into P(tag | word). */
static double tag_prior(const char *t) {
  static const struct { const char *t; double f; } v[] = {
      {"nn", 132}, {"nnp", 91}, {"nns", 60}, {"nnps", 2.6}, {"jj", 61},
      {"jjr", 3.3}, {"jjs", 1.9}, {"vb", 27}, {"vbd", 31}, {"vbg", 15},
      {"vbn", 21}, {"vbp", 13}, {"vbz", 22}, {"rb", 32}, {"in", 100},
      {"dt", 82}, {"cd", 36}, {"md", 9.8}, {"prp", 18}, {"cc", 25},
      {"uh", 0.1}, {"fw", 0.2}};
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    if (strcmp(v[i].t, t) == 0) return v[i].f;
  return 10;
}

/* Reads festlex-poslex lines ("word" ((tag lp) ...) () ) and stores, for
 * the words of `want`, the share of NNP/NNPS in their value + 1 (so 0
 * stays "absent").  Returns 0, or -1 if the file cannot be read. */
static int read_poslex(const char *path, sset *want) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    if (line[0] != '(' || line[1] != '"') continue;
    char *q = strchr(line + 2, '"');
    if (!q) continue;
    *q = '\0';
    double *v = sset_get(want, line + 2);
    if (!v) continue;
    double all = 0, prop = 0;
    char *p = q + 1;
    while ((p = strchr(p, '(')) != NULL) {
      char tag[16];
      double lp;
      p++;
      if (*p == '(') continue;
      if (sscanf(p, "%15s %lf", tag, &lp) != 2) continue;
      double x = exp(lp) * tag_prior(tag);
      all += x;
      if (strcmp(tag, "nnp") == 0 || strcmp(tag, "nnps") == 0) prop += x;
    }
    if (all > 0) *v = 1 + prop / all;
  }
  fclose(f);
  return 0;
}

/* Marks (value 1) the words of `want` that WordNet writes in lower case in
 * one of its data files (a common noun, verb, adjective or adverb: "cook",
 * "rice", not "Clinton").  Returns 0, or -1 if no file can be read. */
static int read_wordnet(const char *dir, sset *want) {
  static const char *const files[] = {"data.noun", "data.verb", "data.adj",
                                      "data.adv"};
  int ok = 0;
  for (size_t i = 0; i < 4; i++) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    FILE *f = fopen(path, "r");
    if (!f) continue;
    ok = 1;
    char line[32768];
    while (fgets(line, sizeof line, f)) {
      if (!isdigit((unsigned char)line[0])) continue;
      char *save = NULL, *tok = strtok_r(line, " ", &save);
      for (int k = 0; k < 2 && tok; k++) tok = strtok_r(NULL, " ", &save);
      tok = strtok_r(NULL, " ", &save); /* w_cnt, hex */
      if (!tok) continue;
      long nw = strtol(tok, NULL, 16);
      for (long k = 0; k < nw; k++) {
        char *word = strtok_r(NULL, " ", &save);
        if (!strtok_r(NULL, " ", &save) || !word) break;
        char *paren = strchr(word, '(');
        if (paren) *paren = '\0';
        if (!islower((unsigned char)word[0]) || strchr(word, '_')) continue;
        double *v = sset_get(want, word);
        if (v) *v = 1;
      }
    }
    fclose(f);
  }
  return ok ? 0 : -1;
}

/* ===================================================================== */
/* Rules file                                                            */
/* ===================================================================== */

typedef struct rules {
  sset never, always; /* "-NAME", "+NAME" (lowercase words) */
  sset root_key;      /* root phrase -> index into keys */
  char **keys;
  size_t n_keys;
} rules;

/* Normalises a phrase as written ("LOPEZ_OBRADOR_", "CISSÉ") into
 * lowercase words joined by single blanks, lowering non-ASCII letters too
 * (utf8proc, as the dictionary compiler does: "cissé"); a byte that is no
 * UTF-8 is kept.  Returns out. */
static char *norm_phrase(const char *s, char *out, size_t cap) {
  size_t k = 0;
  int blank = 1;
  while (*s && k + 1 < cap) {
    unsigned char c = (unsigned char)*s;
    if (c == '_' || isspace(c)) {
      if (!blank) out[k++] = ' ';
      blank = 1;
      s++;
      continue;
    }
    blank = 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = c < 0x80 ? 0 : utf8proc_iterate(
        (const utf8proc_uint8_t *)s, -1, &cp);
    if (l <= 0) {
      out[k++] = (char)tolower(c);
      s++;
      continue;
    }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t el = utf8proc_encode_char(utf8proc_tolower(cp), enc);
    if (el <= 0 || k + (size_t)el + 1 > cap) break;
    memcpy(out + k, enc, (size_t)el);
    k += (size_t)el;
    s += l;
  }
  while (k > 0 && out[k - 1] == ' ') k--;
  out[k] = '\0';
  return out;
}

/* Reads the rules file (see the file comment; '#' starts a comment).
 * Returns 0, or -1 with a message on a bad line or unreadable file. */
static int read_rules(const char *path, rules *r) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "gen_surnames: cannot read %s\n", path);
    return -1;
  }
  char line[1024];
  long ln = 0;
  int rc = 0;
  while (fgets(line, sizeof line, f)) {
    ln++;
    char *h = strchr(line, '#');
    if (h) *h = '\0';
    char w[512];
    char *eq = strchr(line, '=');
    if (eq) {
      *eq = '\0';
      char key[512];
      norm_phrase(eq + 1, key, sizeof key);
      norm_phrase(line, w, sizeof w);
      if (!*w || !*key) goto bad;
      r->keys = realloc(r->keys, (r->n_keys + 1) * sizeof *r->keys);
      if (!r->keys) goto bad;
      r->keys[r->n_keys] = xstrdup(key);
      *sset_add(&r->root_key, w) = (double)r->n_keys++;
      continue;
    }
    char *s = line;
    while (isspace((unsigned char)*s)) s++;
    if (!*s) continue;
    if (*s != '-' && *s != '+') goto bad;
    norm_phrase(s + 1, w, sizeof w);
    if (!*w) goto bad;
    sset_add(*s == '-' ? &r->never : &r->always, w);
    continue;
  bad:
    fprintf(stderr, "gen_surnames: %s:%ld: bad line\n", path, ln);
    rc = -1;
  }
  fclose(f);
  return rc;
}

/* ===================================================================== */
/* Output                                                                */
/* ===================================================================== */

/* Writes a phrase as an exact dictionary phrase: upper case (ASCII), '_'
 * between words and at the end. */
static void put_phrase(FILE *out, const char *words) {
  for (const char *s = words; *s; s++)
    fputc(*s == ' ' ? '_' : toupper((unsigned char)*s), out);
  fputc('_', out);
}

typedef struct seg {
  long from, to;       /* days, inclusive */
  const char *code;
} seg;

typedef struct drop {
  char *key;
  char *why;
} drop;

typedef struct gen {
  const dyad_dict *d;
  person *pp;
  size_t np;
  sset firsts;         /* first words of people's names */
  sset words;          /* candidate surnames: poslex share + 1 */
  sset wn;             /* candidate surnames that WordNet has in lower case */
  rules r;
  drop *drops;
  size_t n_drops;
  size_t n_derived;
  int verbose;
} gen;

static void add_drop(gen *g, const char *key, const char *fmt, ...) {
  char why[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, sizeof why, fmt, ap);
  va_end(ap);
  g->drops = realloc(g->drops, (g->n_drops + 1) * sizeof *g->drops);
  if (!g->drops) {
    fprintf(stderr, "gen_surnames: out of memory\n");
    exit(1);
  }
  g->drops[g->n_drops].key = xstrdup(key);
  g->drops[g->n_drops].why = xstrdup(why);
  g->n_drops++;
}

/* Why the phrase `key` may not be an alias whatever its people, or NULL. */
static const char *word_problem(gen *g, const char *key, char *buf,
                                size_t cap) {
  char tmp[KEY_MAX], *w[16];
  size_t n = split_words(key, tmp, sizeof tmp, w, 16);
  if (sset_get(&g->r.never, key)) return "excluded by the rules file";
  for (int kind = DICT_K_ACTOR; kind <= DICT_K_AGENT; kind++) {
    dict_match m;
    if (dict_match_at(g->d, (dict_kind)kind, (const char *const *)w, n, 0,
                      &m)) {
      const dict_phrase *ph = dict_phrase_at(g->d, m.phrase);
      snprintf(buf, cap, "an entry already matches it: %s:%u '%s'",
               dict_file_name(g->d, ph->file), ph->line,
               dict_str(g->d, ph->words));
      return buf;
    }
  }
  if (n != 1 || sset_get(&g->r.always, key)) return NULL;
  if (sset_get(&g->firsts, key)) return "also a first name in the people files";
  double *v = sset_get(&g->words, key);
  if (v && *v > 0 && *v - 1 < MIN_PROPER) {
    snprintf(buf, cap, "an ordinary word: %.0f%% proper noun in the WSJ lexicon",
             100 * (*v - 1));
    return buf;
  }
  if (sset_get(&g->wn, key) && *sset_get(&g->wn, key) > 0)
    return "an ordinary word: lower case in WordNet";
  return NULL;
}

static int long_cmp(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return (x > y) - (x < y);
}

/* Derives the alias of one surname from its holders h[0..nh) and writes
 * it to out, or records why not. */
static void derive(gen *g, FILE *out, const char *key, const hold *h,
                   size_t nh) {
  char buf[512];
  const char *wp = word_problem(g, key, buf, sizeof buf);
  if (wp) {
    add_drop(g, key, "%s", wp);
    return;
  }
  for (size_t i = 0; i < nh; i++) {
    const person *p = &g->pp[h[i].person];
    if (p->why) {
      if (nh == 1)
        add_drop(g, key, "%s (%s:%u)", p->why, p->file, p->line);
      else
        add_drop(g, key, "shared with '%s' (%s:%u), %s", p->root, p->file,
                 p->line, p->why);
      return;
    }
  }
  /* day boundaries of every dated block of every holder */
  size_t nb = 0, cap = 16;
  long *b = xmalloc(cap * sizeof *b);
  for (size_t i = 0; i < nh; i++) {
    const dict_actor *a = dict_actor_at(g->d, g->pp[h[i].person].actor);
    for (uint32_t c = 0; c < a->code_count; c++) {
      const dict_actor_code *ac = dict_actor_code_at(g->d, a->code_first + c);
      if (ac->date_from == 0 && ac->date_to == DICT_DATE_MAX) continue;
      if (nb + 2 > cap) {
        cap *= 2;
        b = realloc(b, cap * sizeof *b);
        if (!b) exit(1);
      }
      b[nb++] = day_from(ac->date_from);
      b[nb++] = day_after(ac->date_to);
    }
  }
  qsort(b, nb, sizeof *b, long_cmp);
  seg *sg = xmalloc((nb + 1) * sizeof *sg);
  size_t ns = 0;
  long amb = 0;
  char clash[256] = "";
  for (size_t k = 0; k + 1 < nb; k++) {
    if (b[k] == b[k + 1]) continue;
    const char *code = NULL;
    int many = 0;
    size_t who = 0;
    for (size_t i = 0; i < nh; i++) {
      const char *c = dated_code(g->d, g->pp[h[i].person].actor, b[k]);
      if (!c) continue;
      if (!code) {
        code = c;
        who = i;
      } else if (strcmp(code, c) != 0) {
        many = 1;
        if (!clash[0])
          snprintf(clash, sizeof clash, "'%s' %s and '%s' %s from %d",
                   g->pp[h[who].person].root, code, g->pp[h[i].person].root,
                   c, (int)ymd_of(b[k]));
      }
    }
    if (many) {
      amb += (b[k + 1] >= DAY_MAX || b[k] <= DAY_MIN) ? DAY_MAX
                                                      : b[k + 1] - b[k];
      continue;
    }
    if (!code) continue;
    if (ns > 0 && sg[ns - 1].to + 1 == b[k] && strcmp(sg[ns - 1].code, code) == 0)
      sg[ns - 1].to = b[k + 1] - 1;
    else
      sg[ns++] = (seg){b[k], b[k + 1] - 1, code};
  }
  free(b);
  long covered = 0;
  for (size_t s = 0; s < ns; s++)
    covered += sg[s].to >= DAY_MAX - 1 || sg[s].from <= DAY_MIN
                   ? DAY_MAX
                   : sg[s].to - sg[s].from + 1;
  if (amb > OVERLAP_DAYS && amb > covered / OVERLAP_SHARE) {
    add_drop(g, key, "different codes at the same time: %s", clash);
  } else if (ns == 0) {
    add_drop(g, key, "no dated code");
  } else {
    put_phrase(out, key);
    fprintf(out, "  #");
    for (size_t i = 0; i < nh; i++) {
      const person *p = &g->pp[h[i].person];
      fprintf(out, "%s %s (%s:%u)", i ? ";" : "", p->root, p->file, p->line);
    }
    if (amb) fprintf(out, "; %ld days of overlap left out: %s", amb, clash);
    fputc('\n', out);
    for (size_t s = 0; s < ns; s++) {
      fprintf(out, "[%s ", sg[s].code);
      if (sg[s].from <= DAY_MIN)
        fprintf(out, "<%08d]\n", (int)ymd_of(sg[s].to + 1));
      else if (sg[s].to >= DAY_MAX - 1)
        fprintf(out, ">%08d]\n", (int)ymd_of(sg[s].from));
      else
        fprintf(out, "%08d-%08d]\n", (int)ymd_of(sg[s].from),
                (int)ymd_of(sg[s].to));
    }
    g->n_derived++;
  }
  free(sg);
}

static int hold_cmp(const void *a, const void *b) {
  const hold *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c) return c;
  return (x->person > y->person) - (x->person < y->person);
}

/* Is dictionary file f (as named by the reader) under a "people"
 * directory? */
static int is_people_file(const char *f) {
  return strncmp(f, "people/", 7) == 0 || strstr(f, "/people/") != NULL;
}

static void usage(void) {
  fprintf(stderr,
          "usage: gen_surnames [-r RULES] [-p POSLEX] [-w WORDNET_DIR] "
          "[-o OUT] [-v] DICT_FILE...\n");
  exit(2);
}

/* Reads the options and dictionaries, finds the people and their surnames,
 * and writes the derived entries and the dropped names (file comment). */
int main(int argc, char **argv) {
  const char *rules_path = NULL, *poslex = NULL, *wndir = NULL, *outp = NULL;
  gen g;
  memset(&g, 0, sizeof g);
  int a = 1;
  for (; a < argc && argv[a][0] == '-'; a++) {
    const char *o = argv[a];
    if (strcmp(o, "-v") == 0) {
      g.verbose = 1;
      continue;
    }
    if (a + 1 >= argc) usage();
    if (strcmp(o, "-r") == 0) rules_path = argv[++a];
    else if (strcmp(o, "-p") == 0) poslex = argv[++a];
    else if (strcmp(o, "-w") == 0) wndir = argv[++a];
    else if (strcmp(o, "-o") == 0) outp = argv[++a];
    else usage();
  }
  if (a >= argc) usage();
  size_t plen = 0;
  for (int i = a; i < argc; i++) plen += strlen(argv[i]) + 1;
  char *path = xmalloc(plen + 1);
  path[0] = '\0';
  for (int i = a; i < argc; i++) {
    if (i > a) strcat(path, ":");
    strcat(path, argv[i]);
  }
  dyad_dict *d = NULL;
  dyad_error err;
  dict_build_opts bo = {NULL, NULL};
  if (dict_build(&d, path, &bo, NULL, NULL, &err) != DYAD_OK) {
    fprintf(stderr, "gen_surnames: %s\n", err.msg);
    free(path);
    return 1;
  }
  free(path);
  g.d = d;
  if (rules_path && read_rules(rules_path, &g.r) != 0) return 1;

  /* the people: one per actor entry of a people file */
  dict_counts cnt;
  dict_get_counts(d, &cnt);
  g.pp = xmalloc((cnt.actors + 1) * sizeof *g.pp);
  for (uint32_t i = 0; i < cnt.actors; i++) {
    const dict_actor *ac = dict_actor_at(d, i);
    const char *file = dict_file_name(d, ac->file);
    if (!is_people_file(file) || ac->phrase == DICT_NONE) continue;
    person *p = &g.pp[g.np++];
    memset(p, 0, sizeof *p);
    p->actor = i;
    p->root = dict_str(d, dict_phrase_at(d, ac->phrase)->words);
    p->file = file;
    p->line = ac->line;
    actor_country(d, i, p->country);
    double *fk = sset_get(&g.r.root_key, p->root);
    person_surname(p, fk ? g.r.keys[(size_t)*fk] : NULL);
    if (!p->why && !has_dated(d, i)) p->why = "no dated code";
  }
  /* first names: the first word of every name of two words or more that
   * does not put the family name first */
  for (uint32_t i = 0; i < cnt.phrases; i++) {
    const dict_phrase *ph = dict_phrase_at(d, i);
    if (ph->kind != DICT_K_ACTOR || ph->n_words < 2 ||
        !is_people_file(dict_file_name(d, ph->file)))
      continue;
    char ctry[4];
    actor_country(d, ph->payload, ctry);
    if (in_list(ctry, family_first)) continue;
    char tmp[512], *w[2];
    if (split_words(dict_str(d, ph->words), tmp, sizeof tmp, w, 2) == 2)
      sset_add(&g.firsts, w[0]);
  }
  /* holdings, and the word lists for the candidate surnames */
  hold *h = xmalloc((g.np * MAX_HOLD + 1) * sizeof *h);
  size_t nh = 0;
  for (size_t i = 0; i < g.np; i++)
    for (int k = 0; k < MAX_HOLD; k++)
      if (g.pp[i].key[k][0]) {
        h[nh++] = (hold){g.pp[i].key[k], i};
        if (!strchr(g.pp[i].key[k], ' ')) {
          sset_add(&g.words, g.pp[i].key[k]);
          sset_add(&g.wn, g.pp[i].key[k]);
        }
      }
  if (poslex && read_poslex(poslex, &g.words) != 0) {
    fprintf(stderr, "gen_surnames: cannot read %s\n", poslex);
    return 1;
  }
  if (wndir && read_wordnet(wndir, &g.wn) != 0) {
    fprintf(stderr, "gen_surnames: no WordNet data in %s\n", wndir);
    return 1;
  }
  qsort(h, nh, sizeof *h, hold_cmp);

  FILE *out = outp ? fopen(outp, "w") : stdout;
  if (!out) {
    fprintf(stderr, "gen_surnames: cannot write %s\n", outp);
    return 1;
  }
  fprintf(out,
          "# Generated by tools/gen_surnames.c from the people dictionaries; "
          "do not edit.\n"
          "# Bare surnames of the people entries, each coded with the one "
          "person it\n"
          "# names on a date (rules: docs/dictionaries.md, \"Derived "
          "surnames\").\n"
          "@DERIVED\n");
  for (size_t i = 0; i < nh;) {
    size_t j = i + 1;
    while (j < nh && strcmp(h[j].key, h[i].key) == 0) j++;
    derive(&g, out, h[i].key, h + i, j - i);
    i = j;
  }
  fprintf(out, "\n# Not derived (%zu):\n", g.n_drops);
  for (size_t i = 0; i < g.n_drops; i++) {
    fprintf(out, "#   ");
    put_phrase(out, g.drops[i].key);
    fprintf(out, "  %s\n", g.drops[i].why);
  }
  fprintf(out, "# %zu derived, %zu not derived.\n", g.n_derived, g.n_drops);
  if (g.verbose)
    fprintf(stderr, "gen_surnames: %zu people, %zu surnames derived, %zu not\n",
            g.np, g.n_derived, g.n_drops);
  int rc = 0;
  if (outp && fclose(out) != 0) {
    fprintf(stderr, "gen_surnames: cannot write %s\n", outp);
    rc = 1;
  }
  for (size_t i = 0; i < g.n_drops; i++) {
    free(g.drops[i].key);
    free(g.drops[i].why);
  }
  free(g.drops);
  free(h);
  free(g.pp);
  for (size_t i = 0; i < g.r.n_keys; i++) free(g.r.keys[i]);
  free(g.r.keys);
  sset_free(&g.r.never);
  sset_free(&g.r.always);
  sset_free(&g.r.root_key);
  sset_free(&g.firsts);
  sset_free(&g.words);
  sset_free(&g.wn);
  dict_free(d);
  return rc;
}
