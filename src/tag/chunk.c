/*
 * chunk.c: a light rule-based chunker over tagged tokens.
 *
 * It marks three kinds of chunks, left to right, never overlapping:
 *   NP  [PDT] (DT|PRP$|WP$)* modifiers* noun, where modifiers are JJ*, CD,
 *       nouns, $ and #, and VBN/VBG only after a determiner or adjective
 *       ("the attacked village", "a resolution condemning Israel"), a
 *       VBN only before any noun (not "the Indian prime minister
 *       accused/VBN Pakistan", a verb the tagger read as a participle);
 *       a possessive 's closes the NP, CoNLL
 *       style: [the country 's] [army].  PRP, EX, WP and a lone
 *       demonstrative before a verb are NPs too.  Head: the last noun.
 *   VG  a run of MD, VB*, TO (before a verb) and adverbs, with leading
 *       negations kept and other edge adverbs trimmed.  Head: the last
 *       verb.  Flags: passive (be/get + VBN), "by" after a passive,
 *       negation (not, n't, never), modal, perfect, progressive, to-inf.
 *   PP  a lone preposition (IN, or TO not before a verb).
 * Clause numbers start at 0 and increase at relative and subordinating
 * words (who, which, that, because, although, ...), at ; : and dashes, and
 * at a comma that opens a reporting clause (", the minister said").
 * Everything is decided from tags and lowercase forms; nothing allocates
 * except ws->chunks growing.
 */
#include <stdlib.h>
#include <string.h>

#include "tag/tag.h"

static int grow_chunks(tag_ws *ws) {
  if (ws->n_chunks < ws->chunk_cap) return 0;
  size_t c = ws->chunk_cap ? ws->chunk_cap * 2 : 32;
  void *p = realloc(ws->chunks, c * sizeof *ws->chunks);
  if (!p) return -1;
  ws->chunks = p;
  ws->chunk_cap = c;
  return 0;
}

static inline __attribute__((always_inline)) int
add_chunk(tag_ws *ws, size_t first, size_t n, size_t head, unsigned kind,
          unsigned flags) {
  if (grow_chunks(ws) || ws->n_chunks >= UINT16_MAX) return -1;
  tag_chunk *c = &ws->chunks[ws->n_chunks];
  c->first = (uint32_t)first;
  c->n = (uint32_t)n;
  c->head = (uint32_t)head;
  c->kind = (uint16_t)kind;
  c->flags = (uint16_t)flags;
  /* locals: the byte stores below may alias ws's fields */
  tag_token *tk = ws->tok;
  const uint16_t id = (uint16_t)ws->n_chunks;
  for (size_t i = first; i < first + n; i++) {
    tk[i].chunk = (uint8_t)kind;
    tk[i].chunk_begin = i == first;
    tk[i].chunk_id = id;
  }
  ws->n_chunks = (size_t)id + 1;
  return 0;
}

static int is_nounish(unsigned p) {
  return tag_is_noun(p) || p == TAG_CD;
}

/* Bit p of a tag set. */
#define PB(p) ((uint64_t)1 << (p))
/* The tags that may begin an NP (match_np returns 0 at once for any
 * other): PRP EX WP, PDT, the determiners, and the modifiers and nouns
 * of its body. */
#define NP_FIRST                                                          \
  (PB(TAG_PRP) | PB(TAG_EX) | PB(TAG_WP) | PB(TAG_PDT) | PB(TAG_DT) |     \
   PB(TAG_PRPS) | PB(TAG_WPS) | PB(TAG_WDT) | PB(TAG_JJ) | PB(TAG_JJR) |  \
   PB(TAG_JJS) | PB(TAG_DOLLAR) | PB(TAG_HASH) | PB(TAG_NN) |             \
   PB(TAG_NNS) | PB(TAG_NNP) | PB(TAG_NNPS) | PB(TAG_CD))
/* The tags the body loop of match_np goes on or stops at with a
 * possessive: any other ends the NP. */
#define NP_BODY                                                           \
  (PB(TAG_JJ) | PB(TAG_JJR) | PB(TAG_JJS) | PB(TAG_DOLLAR) |              \
   PB(TAG_HASH) | PB(TAG_VBN) | PB(TAG_VBG) | PB(TAG_NN) | PB(TAG_NNS) |  \
   PB(TAG_NNP) | PB(TAG_NNPS) | PB(TAG_CD) | PB(TAG_POS))
/* The tags of a verb group's parts that need no look at the token's
 * flags or the next token (see is_vg_part). */
#define VG_PART                                                           \
  (PB(TAG_VB) | PB(TAG_VBD) | PB(TAG_VBG) | PB(TAG_VBN) | PB(TAG_VBP) |   \
   PB(TAG_VBZ) | PB(TAG_MD) | PB(TAG_RB))

/* strcmp(a, b) == 0, answered at the first byte for most pairs. */
static inline int str_eq(const char *a, const char *b) {
  return a[0] == b[0] && strcmp(a, b) == 0;
}

static int lemma_is(const tag_ws *ws, size_t i, const char *w) {
  return str_eq(tag_lemma(ws, i), w);
}

/* Tries an NP at i; returns its length (0 if none) and the head. */
static size_t match_np(const tag_ws *ws, size_t i, size_t *head) {
  size_t j = i, n = ws->n;
  unsigned p = ws->tok[i].pos;
  if (!(PB(p) & NP_FIRST)) return 0;
  if (p == TAG_PRP || p == TAG_EX || p == TAG_WP) { *head = i; return 1; }
  int det = 0, adj = 0;
  if (j < n && ws->tok[j].pos == TAG_PDT) j++;
  while (j < n && (ws->tok[j].pos == TAG_DT || ws->tok[j].pos == TAG_PRPS ||
                   ws->tok[j].pos == TAG_WPS || ws->tok[j].pos == TAG_WDT)) {
    j++;
    det = 1;
  }
  size_t last_noun = SIZE_MAX;
  while (j < n) {
    unsigned q = ws->tok[j].pos;
    if (!(PB(q) & NP_BODY)) break;
    if (tag_is_adj(q) || q == TAG_DOLLAR || q == TAG_HASH) { adj = 1; j++; continue; }
    if ((q == TAG_VBN || q == TAG_VBG) && (det || adj) &&
        (last_noun == SIZE_MAX || q == TAG_VBG) && j + 1 < n &&
        (tag_is_noun(ws->tok[j + 1].pos) || tag_is_adj(ws->tok[j + 1].pos))) {
      adj = 1; j++; continue;
    }
    if (is_nounish(q)) { last_noun = j; j++; continue; }
    if (q == TAG_POS && last_noun != SIZE_MAX && last_noun == j - 1) {
      last_noun = j;  /* "the army 's": the possessive ends the NP */
      j++;
      break;
    }
    break;
  }
  if (last_noun == SIZE_MAX) {
    /* lone demonstrative / determiner used as a pronoun: "this was" */
    if (det && j == i + 1 && j < n && (tag_is_verb(ws->tok[j].pos) ||
        ws->tok[j].pos == TAG_MD)) { *head = i; return 1; }
    return 0;
  }
  *head = ws->tok[last_noun].pos == TAG_POS ? last_noun - 1 : last_noun;
  return last_noun + 1 - i;
}

static int is_vg_part(const tag_ws *ws, size_t j) {
  unsigned q = ws->tok[j].pos;
  if ((PB(q) & VG_PART) || (ws->tok[j].flags & TAG_F_NEG)) return 1;
  if (q == TAG_TO && j + 1 < ws->n && ws->tok[j + 1].pos == TAG_VB) return 1;
  return 0;
}

/* Tries a verb group at i; returns its length (0 if none). */
static size_t match_vg(tag_ws *ws, size_t i, size_t *head, unsigned *flags) {
  size_t j = i, n = ws->n, last_verb = SIZE_MAX;
  while (j < n && is_vg_part(ws, j)) {
    unsigned q = ws->tok[j].pos;
    if (tag_is_verb(q) || q == TAG_MD) last_verb = j;
    j++;
  }
  if (last_verb == SIZE_MAX) return 0;
  /* leading adverbs other than negations are not part of the group */
  if (!(ws->tok[i].flags & TAG_F_NEG) && ws->tok[i].pos == TAG_RB) return 0;
  size_t end = last_verb + 1;
  /* a trailing n't / not belongs to the group ("did n't") */
  while (end < j && (ws->tok[end].flags & TAG_F_NEG)) end++;
  unsigned f = 0;
  int be = 0, have = 0;
  for (size_t k = i; k < end; k++) {
    unsigned q = ws->tok[k].pos;
    if (ws->tok[k].flags & TAG_F_NEG) f |= TAG_VG_NEG;
    if (q == TAG_MD) f |= TAG_VG_MODAL;
    if (q == TAG_TO) f |= TAG_VG_INF;
    if (q == TAG_VBN && be) f |= TAG_VG_PASSIVE;
    if (q == TAG_VBN && have && !be) f |= TAG_VG_PERFECT;
    if (q == TAG_VBG && be) f |= TAG_VG_PROGRESS;
    if (tag_is_verb(q) && (lemma_is(ws, k, "be") || lemma_is(ws, k, "get"))) be = 1;
    else if (tag_is_verb(q) && lemma_is(ws, k, "have")) have = 1, be = 0;
    else if (tag_is_verb(q)) be = 0;
  }
  /* "has been attacked": perfect and passive */
  for (size_t k = i; k + 1 < end; k++)
    if (lemma_is(ws, k, "have") && (tag_wclass(ws, k + 1) & TAG_W_BEEN))
      f |= TAG_VG_PERFECT;
  if ((f & TAG_VG_PASSIVE) && end < ws->n && (tag_wclass(ws, end) & TAG_W_BY))
    f |= TAG_VG_BY;
  *head = last_verb;
  *flags = f;
  return end - i;
}

/* The subordinators are the word class TAG_W_CSUB of tag.h, and those
 * of them that are prepositions too TAG_W_CPREP. */
static const char *const say_verbs[] = {
  "said", "says", "say", "told", "added", "stated", "announced", "warned",
  "reported", "declared", "claimed", "insisted", NULL};

static int in(const char *w, const char *const *l) {
  for (; *l; l++)
    if (str_eq(w, *l)) return 1;
  return 0;
}

/* Does a clause start at token i? */
static int clause_starts(const tag_ws *ws, size_t i) {
  const tag_token *t = &ws->tok[i];
  if (i == 0) return 0;
  if (t->pos == TAG_WDT || t->pos == TAG_WP || t->pos == TAG_WPS ||
      t->pos == TAG_WRB)
    return 1;
  if ((t->pos == TAG_IN || t->pos == TAG_WRB) &&
      (tag_wclass(ws, i) & TAG_W_CSUB)) {
    /* "as" and "after" are prepositions when a noun phrase follows and
     * no verb comes before the next punctuation: keep it simple and only
     * open a clause for them after a comma */
    if (tag_wclass(ws, i) & TAG_W_CPREP)
      return ws->tok[i - 1].pos == TAG_COMMA;
    return 1;
  }
  unsigned pp = ws->tok[i - 1].pos;
  if (pp == TAG_COLON) return 1;
  if (pp == TAG_COMMA) {
    /* ", the minister said" / ", said the minister" */
    for (size_t k = i; k < ws->n && k < i + 8; k++) {
      unsigned q = ws->tok[k].pos;
      if (q == TAG_COMMA || q == TAG_PERIOD || q == TAG_COLON) break;
      if (tag_is_verb(q) || q == TAG_MD) return in(tag_norm(ws, k), say_verbs);
    }
  }
  return 0;
}

/* The tags of a token at which clause_starts() may answer 1, and those
 * of the token before it that may make it answer 1: a token with
 * neither returns 0 (the test is skipped for it). */
#define CLAUSE_TAG                                                        \
  (PB(TAG_WDT) | PB(TAG_WP) | PB(TAG_WPS) | PB(TAG_WRB) | PB(TAG_IN))
#define CLAUSE_PREV (PB(TAG_COLON) | PB(TAG_COMMA))

int tag_chunk_sentence(tag_ws *ws) {
  ws->n_chunks = 0;
  size_t clause = 0;
  tag_token *tk = ws->tok;
  const size_t n = ws->n;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && ((PB(tk[i].pos) & CLAUSE_TAG) ||
                  (PB(tk[i - 1].pos) & CLAUSE_PREV)) &&
        clause_starts(ws, i) && clause < UINT16_MAX)
      clause++;
    tk[i].clause = (uint16_t)clause;
  }
  ws->n_clauses = ws->n ? clause + 1 : 0;
  for (size_t i = 0; i < ws->n;) {
    size_t head, len;
    unsigned flags;
    unsigned p = ws->tok[i].pos;
    if ((len = match_np(ws, i, &head)) > 0) {
      if (add_chunk(ws, i, len, head, TAG_CH_NP, 0)) return -1;
      i += len;
    } else if ((len = match_vg(ws, i, &head, &flags)) > 0) {
      if (add_chunk(ws, i, len, head, TAG_CH_VG, flags)) return -1;
      i += len;
    } else if (p == TAG_IN || p == TAG_TO) {
      if (add_chunk(ws, i, 1, i, TAG_CH_PP, 0)) return -1;
      i++;
    } else {
      i++;
    }
  }
  return 0;
}
