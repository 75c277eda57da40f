/*
 * survey.c: the dyad_survey handle: counting unknown names over a corpus.
 *
 * Each body sentence of an article is scanned by names_scan (names.h);
 * every name found is counted in an open-addressing hash table keyed by
 * the name as written.  Names, story ids and example sentences are
 * interned in one arena that lives as long as the survey; an example
 * sentence is copied once per sentence (shared by all the names first
 * seen in it) and cut at SURVEY_EXAMPLE_MAX bytes.  The table holds at
 * most opts.max_names names: once full, names already in it are still
 * counted and mentions of new ones are dropped and counted, so memory is
 * bounded by the cap whatever the corpus.
 *
 * A capital at the start of a sentence proves nothing, so a name counts
 * every mention but is reported only once it has been seen at least once
 * elsewhere in a sentence.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "code/engine.h"
#include "code/result.h"
#include "survey/names.h"
#include "text/text.h"
#include "util/arena.h"
#include "util/error.h"

#define SURVEY_DEFAULT_MAX ((size_t)1000000)
#define SURVEY_EXAMPLE_MAX 400    /* bytes of an example sentence kept */

/* ------------------------------------------------------------------ */
/* Handle                                                             */
/* ------------------------------------------------------------------ */

typedef struct survey_entry {
  const char *name;        /* in the arena */
  uint32_t len;
  uint64_t hash;
  uint64_t count;          /* all mentions */
  uint64_t mid;            /* mentions not at a sentence's start */
  const char *story;       /* in the arena */
  const char *sentence;    /* in the arena */
} survey_entry;

struct dyad_survey {
  size_t max_names;
  arena mem;               /* names, story ids, example sentences */
  survey_entry *ent;       /* entries [0, n_ent) in order of first sight */
  size_t n_ent, ent_cap;
  uint32_t *slot;          /* hash slots: entry index + 1, 0 = empty */
  size_t n_slot;           /* a power of two, >= 2 * n_ent */
  names_ws ws;
  dyad_survey_stats stats;
  dyad_survey_name *top;   /* the last dyad_survey_top answer */
  size_t top_cap;
  /* per-article interning, reset by dyad_survey_add */
  const char *cur_story;
  const char *cur_sentence;
};

int dyad_survey_new(dyad_survey **out, const dyad_survey_opts *opts,
                    dyad_error *err) {
  if (out == NULL)
    return error_set(err, DYAD_ERR_ARG, NULL, 0, "null argument");
  *out = NULL;
  dyad_survey *s = calloc(1, sizeof *s);
  if (s == NULL)
    return error_set(err, DYAD_ERR_NOMEM, NULL, 0, "out of memory");
  s->max_names = opts && opts->max_names ? opts->max_names : SURVEY_DEFAULT_MAX;
  if (s->max_names > UINT32_MAX / 4) s->max_names = UINT32_MAX / 4;
  *out = s;
  return DYAD_OK;
}

void dyad_survey_free(dyad_survey *s) {
  if (s == NULL) return;
  arena_free(&s->mem);
  free(s->ent);
  free(s->slot);
  free(s->top);
  names_ws_free(&s->ws);
  free(s);
}

void dyad_survey_get_stats(const dyad_survey *s, dyad_survey_stats *out) {
  assert(out != NULL);
  if (s == NULL) {
    memset(out, 0, sizeof *out);
    return;
  }
  *out = s->stats;
}

/* ------------------------------------------------------------------ */
/* Hash table                                                         */
/* ------------------------------------------------------------------ */

static uint64_t fnv1a(const char *p, size_t n) {
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* Doubles the slot array (or creates it) and reinserts every entry.
 * Returns 0 or -1 when out of memory (the table is unchanged then). */
static int table_grow(dyad_survey *s) {
  size_t ns = s->n_slot ? s->n_slot * 2 : 1024;
  uint32_t *sl = calloc(ns, sizeof *sl);
  if (sl == NULL) return -1;
  for (size_t e = 0; e < s->n_ent; e++) {
    size_t i = (size_t)s->ent[e].hash & (ns - 1);
    while (sl[i]) i = (i + 1) & (ns - 1);
    sl[i] = (uint32_t)(e + 1);
  }
  free(s->slot);
  s->slot = sl;
  s->n_slot = ns;
  return 0;
}

/* Copies the current sentence into the arena once per sentence (cut at
 * SURVEY_EXAMPLE_MAX bytes on a character boundary, "..." appended). */
static const char *intern_sentence(dyad_survey *s, const char *text) {
  if (s->cur_sentence) return s->cur_sentence;
  size_t len = strlen(text);
  if (len <= SURVEY_EXAMPLE_MAX) {
    s->cur_sentence = arena_strndup(&s->mem, text, len);
    return s->cur_sentence;
  }
  size_t cut = SURVEY_EXAMPLE_MAX;
  while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80) cut--;
  char *p = arena_alloc(&s->mem, cut + 4);
  if (p == NULL) return NULL;
  memcpy(p, text, cut);
  memcpy(p + cut, "...", 4);
  s->cur_sentence = p;
  return p;
}

/* Counts one mention of name[0, len).  Returns 0, or -1 out of memory. */
static int count_name(dyad_survey *s, const char *name, size_t len,
                      int initial, const char *sentence) {
  uint64_t h = fnv1a(name, len);
  if (s->n_slot == 0 && table_grow(s)) return -1;
  size_t i = (size_t)h & (s->n_slot - 1);
  while (s->slot[i]) {
    survey_entry *e = &s->ent[s->slot[i] - 1];
    if (e->hash == h && e->len == len && memcmp(e->name, name, len) == 0) {
      e->count++;
      if (!initial && e->mid++ == 0) s->stats.distinct++;
      s->stats.mentions++;
      return 0;
    }
    i = (i + 1) & (s->n_slot - 1);
  }
  if (s->n_ent >= s->max_names) {
    s->stats.dropped++;
    return 0;
  }
  if (s->n_ent == s->ent_cap) {
    size_t nc = s->ent_cap ? s->ent_cap * 2 : 1024;
    if (nc > s->max_names) nc = s->max_names;
    survey_entry *p = realloc(s->ent, nc * sizeof *p);
    if (p == NULL) return -1;
    s->ent = p;
    s->ent_cap = nc;
  }
  survey_entry e = {.len = (uint32_t)len, .hash = h, .count = 1,
                    .mid = initial ? 0 : 1, .story = s->cur_story};
  e.name = arena_strndup(&s->mem, name, len);
  e.sentence = intern_sentence(s, sentence);
  if (e.name == NULL || e.sentence == NULL) return -1;
  s->ent[s->n_ent++] = e;
  s->slot[i] = (uint32_t)s->n_ent;
  if (!initial) s->stats.distinct++;
  s->stats.mentions++;
  if (s->n_ent * 2 > s->n_slot && table_grow(s)) return -1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Adding articles                                                    */
/* ------------------------------------------------------------------ */

/* "YYYY-MM-DD" -> YYYYMMDD, 0 when it is not of that shape. */
static int32_t parse_date(const char *d) {
  if (d == NULL || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
  int32_t v = 0;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) continue;
    if (d[i] < '0' || d[i] > '9') return 0;
    v = v * 10 + (d[i] - '0');
  }
  return v;
}

int dyad_survey_add(dyad_survey *s, const dyad_engine *e,
                    const dyad_article *a, dyad_result *r, dyad_error *err) {
  if (s == NULL || e == NULL || a == NULL || r == NULL)
    return error_set(err, DYAD_ERR_ARG, NULL, 0, "null argument");
  result_reset(r, a);
  int rc = text_prepare(r, a);
  if (rc != DYAD_OK)
    return error_set(err, rc, a->file, a->line, "%s", dyad_strerror(rc));
  s->stats.articles++;
  const dyad_dict *d = dyad_engine_dict(e);
  int32_t date = parse_date(a->date);
  s->cur_story = NULL;
  for (size_t i = 0; i < r->n_sents; i++) {
    const dyad_sentence *st = &r->sents[i];
    if (st->kind != DYAD_SENT_BODY) continue;
    s->stats.sentences++;
    const char *text = st->text ? st->text : "";
    rc = names_scan(&s->ws, d, date, text, strlen(text));
    if (rc != DYAD_OK)
      return error_set(err, rc, a->file, a->line, "%s", dyad_strerror(rc));
    if (s->ws.n_spans == 0) continue;
    if (s->cur_story == NULL) {
      char idbuf[17];
      const char *id = a->id;
      if (id == NULL || *id == '\0') {
        dyad_article_make_id(a->source, a->date, a->text, a->text_len, idbuf);
        id = idbuf;
      }
      s->cur_story = arena_strndup(&s->mem, id, strlen(id));
      if (s->cur_story == NULL)
        return error_set(err, DYAD_ERR_NOMEM, a->file, a->line,
                         "out of memory");
    }
    s->cur_sentence = NULL;
    for (size_t k = 0; k < s->ws.n_spans; k++) {
      const names_span *sp = &s->ws.spans[k];
      if (count_name(s, text + sp->offset, sp->len, sp->initial, text))
        return error_set(err, DYAD_ERR_NOMEM, a->file, a->line,
                         "out of memory");
    }
  }
  return DYAD_OK;
}

/* ------------------------------------------------------------------ */
/* The answer                                                         */
/* ------------------------------------------------------------------ */

static int entry_cmp(const void *pa, const void *pb) {
  const survey_entry *x = *(const survey_entry *const *)pa;
  const survey_entry *y = *(const survey_entry *const *)pb;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  size_t n = x->len < y->len ? x->len : y->len;
  int c = memcmp(x->name, y->name, n);
  if (c) return c;
  return x->len < y->len ? -1 : x->len > y->len;
}

int dyad_survey_top(dyad_survey *s, size_t top, uint64_t min_count,
                    const dyad_survey_name **out, size_t *n, dyad_error *err) {
  if (s == NULL || out == NULL || n == NULL)
    return error_set(err, DYAD_ERR_ARG, NULL, 0, "null argument");
  *out = NULL;
  *n = 0;
  size_t m = 0;
  for (size_t i = 0; i < s->n_ent; i++)
    if (s->ent[i].mid > 0 && s->ent[i].count >= min_count) m++;
  if (m == 0) return DYAD_OK;
  const survey_entry **v = malloc(m * sizeof *v);
  if (v == NULL)
    return error_set(err, DYAD_ERR_NOMEM, NULL, 0, "out of memory");
  size_t k = 0;
  for (size_t i = 0; i < s->n_ent; i++)
    if (s->ent[i].mid > 0 && s->ent[i].count >= min_count) v[k++] = &s->ent[i];
  assert(k == m);
  qsort(v, m, sizeof *v, entry_cmp);
  if (top > 0 && top < m) m = top;
  if (m > s->top_cap) {
    dyad_survey_name *p = realloc(s->top, m * sizeof *p);
    if (p == NULL) {
      free(v);
      return error_set(err, DYAD_ERR_NOMEM, NULL, 0, "out of memory");
    }
    s->top = p;
    s->top_cap = m;
  }
  for (size_t i = 0; i < m; i++) {
    s->top[i].name = v[i]->name;
    s->top[i].count = v[i]->count;
    s->top[i].story = v[i]->story;
    s->top[i].sentence = v[i]->sentence;
  }
  free(v);
  *out = s->top;
  *n = m;
  return DYAD_OK;
}
