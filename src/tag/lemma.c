/*
 * lemma.c: WordNet lemmas and verb inflections for the tagging stage.
 *
 * Lemmatization follows WordNet's morphy: first the exception lists
 * (verb.exc, noun.exc: "met" -> "meet", "children" -> "child"), then the
 * detachment rules of the part of speech, each candidate checked against
 * the lemma index; the word itself counts when it is a lemma.  Inflection
 * runs the other way: irregular forms come from verb.exc (classed as past
 * or participle by the festlex POS lexicon at build time), the rest from
 * English spelling rules.  Tables are generated into build/gen/tag_lemma.c
 * by gen_lemma.sh; nothing here has state.
 */
#include <string.h>

#include "dyad.h"
#include "tag/tables.h"
#include "tag/tag.h"

/* ===================================================================== */
/* Lookups                                                               */
/* ===================================================================== */

/* Index of w[0, n) among the WordNet verb (verb != 0) or noun lemmas,
 * or -1. */
static long find_lemma(const char *w, size_t n, int verb) {
  uint32_t h = tag_hash(w, n);
  if (verb)
    return tag_blob_find(tag_wn_verb_hash, tag_wn_verb_hash_mask,
                         tag_wn_verb_blob, w, n, h);
  return tag_blob_find(tag_wn_noun_hash, tag_wn_noun_hash_mask,
                       tag_wn_noun_blob, w, n, h);
}

/* First exception entry with form w[0, n), or -1. */
static long find_exc(const char *w, size_t n, int verb) {
  uint32_t h = tag_hash(w, n);
  if (verb)
    return tag_hash_find(tag_wn_verb_exc_hash, tag_wn_verb_exc_hash_mask,
                         tag_wn_verb_exc, sizeof *tag_wn_verb_exc, w, n, h);
  return tag_hash_find(tag_wn_noun_exc_hash, tag_wn_noun_exc_hash_mask,
                       tag_wn_noun_exc, sizeof *tag_wn_noun_exc, w, n, h);
}

int tag_is_verb_lemma(const char *w) {
  return w && find_lemma(w, strlen(w), 1) >= 0;
}
int tag_is_noun_lemma(const char *w) {
  return w && find_lemma(w, strlen(w), 0) >= 0;
}

const char *tag_lemma_name(int32_t id) {
  if (id < 0) return NULL;
  if ((size_t)id < tag_wn_verb_count)
    return tag_wn_verb_blob + tag_wn_verb_off[id] + 2;
  size_t k = (size_t)id - tag_wn_verb_count;
  return k < tag_wn_noun_count ? tag_wn_noun_blob + tag_wn_noun_off[k] + 2
                               : NULL;
}

/* Lemma id of w[0, n) as verb or noun, or -1. */
static int lemma_id(const char *w, size_t n, int verb) {
  long k = find_lemma(w, n, verb);
  if (k < 0) return -1;
  return verb ? (int)k : (int)(tag_wn_verb_count + (size_t)k);
}

/* ===================================================================== */
/* Lemmatization                                                         */
/* ===================================================================== */

typedef struct rule {
  const char *suf, *rep;
  uint8_t sl, rl;              /* their lengths */
} rule;

#define R(s, r) {s, r, sizeof s - 1, sizeof r - 1}
static const rule verb_rules[] = {
  R("s", ""), R("ies", "y"), R("es", "e"), R("es", ""), R("ed", "e"),
  R("ed", ""), R("ing", "e"), R("ing", ""), {NULL, NULL, 0, 0}};
static const rule noun_rules[] = {
  R("s", ""), R("ses", "s"), R("xes", "x"), R("zes", "z"), R("ches", "ch"),
  R("shes", "sh"), R("men", "man"), R("ies", "y"), {NULL, NULL, 0, 0}};
#undef R

int tag_lemmatize(const char *word, size_t len, unsigned pos, char *out,
                  size_t outsz) {
  if (!word || !out || outsz < len + 1 || outsz < 2) return DYAD_ERR_ARG;
  for (size_t i = 0; i < len; i++) {
    char c = word[i];
    out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[len] = '\0';
  int verb = tag_is_verb(pos);
  if (!verb && !tag_is_noun(pos)) return -1;
  if (len == 0 || len >= TAG_WORD_MAX) return -1;
  char w[TAG_WORD_MAX];
  memcpy(w, out, len + 1);
  int base = pos == TAG_VB || pos == TAG_VBP || pos == TAG_NN || pos == TAG_NNP;
  int id;
  /* base forms: the word itself first */
  if (base && (id = lemma_id(w, len, verb)) >= 0) return id;
  const tag_wn_exc *ex = verb ? tag_wn_verb_exc : tag_wn_noun_exc;
  long e = find_exc(w, len, verb);
  if (e >= 0) {
    size_t ll = strlen(ex[e].lemma);
    if (ll < outsz) {
      memcpy(out, ex[e].lemma, ll + 1);
      id = lemma_id(out, ll, verb);
      return id >= 0 ? id : -1;
    }
  }
  for (const rule *r = verb ? verb_rules : noun_rules; r->suf; r++) {
    size_t sl = r->sl, rl = r->rl;
    if (len <= sl || memcmp(w + len - sl, r->suf, sl) != 0) continue;
    char c[TAG_WORD_MAX];
    size_t stem = len - sl;
    if (stem + rl >= sizeof c) continue;
    memcpy(c, w, stem);
    memcpy(c + stem, r->rep, rl + 1);
    if ((id = lemma_id(c, stem + rl, verb)) >= 0) {
      memcpy(out, c, stem + rl + 1);
      return id;
    }
  }
  if (!base && (id = lemma_id(w, len, verb)) >= 0) return id;
  return -1;
}

/* ===================================================================== */
/* Inflection                                                            */
/* ===================================================================== */

static int is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Writes head + suffix + tail into dst (TAG_WORD_MAX), silently
 * truncating (callers check lengths first). */
static void put(char *dst, const char *head, size_t hl, const char *suf,
                const char *tail) {
  size_t sl = strlen(suf), tl = strlen(tail);
  if (hl + sl + tl >= TAG_WORD_MAX) { dst[0] = '\0'; return; }
  memcpy(dst, head, hl);
  memcpy(dst + hl, suf, sl);
  memcpy(dst + hl + sl, tail, tl + 1);
}

int tag_inflect_verb(const char *lemma, size_t len, tag_verb_forms *out) {
  if (!lemma || !out || len == 0 || len + 6 >= TAG_WORD_MAX) return DYAD_ERR_ARG;
  memset(out, 0, sizeof *out);
  memcpy(out->base, lemma, len);
  out->base[len] = '\0';
  /* inflect the first word of a phrasal lemma */
  size_t hl = 0;
  while (hl < len && lemma[hl] != ' ' && lemma[hl] != '_') hl++;
  const char *tail = out->base + hl;   /* NUL-terminated copy */
  char head[TAG_WORD_MAX];
  memcpy(head, lemma, hl);
  head[hl] = '\0';
  if (hl == 0) return DYAD_ERR_ARG;
  char last = head[hl - 1], prev = hl > 1 ? head[hl - 2] : '\0';

  /* regular forms */
  if (last == 'y' && hl > 1 && !is_vowel(prev)) {
    put(out->vbz, head, hl - 1, "ies", tail);
    put(out->vbd, head, hl - 1, "ied", tail);
  } else {
    int es = last == 's' || last == 'x' || last == 'z' || last == 'o' ||
             (last == 'h' && (prev == 'c' || prev == 's'));
    put(out->vbz, head, hl, es ? "es" : "s", tail);
    put(out->vbd, head, hl, last == 'e' ? "d" : "ed", tail);
  }
  if (last == 'e' && prev == 'i')
    put(out->vbg, head, hl - 2, "ying", tail);
  else if (last == 'e' && hl > 2 && prev != 'e' && prev != 'y' && prev != 'o')
    put(out->vbg, head, hl - 1, "ing", tail);
  else
    put(out->vbg, head, hl, "ing", tail);
  memcpy(out->vbn, out->vbd, sizeof out->vbn);

  /* irregular forms: all verb.exc entries with this lemma */
  size_t n = tag_wn_verb_exc_count, lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(tag_wn_verb_exc[tag_wn_verb_exc_by_lemma[mid]].lemma, head) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  int got_vbd = 0, got_vbn = 0, got_vbg = 0, got_vbz = 0;
  for (size_t k = lo; k < n; k++) {
    const tag_wn_exc *e = &tag_wn_verb_exc[tag_wn_verb_exc_by_lemma[k]];
    if (strcmp(e->lemma, head) != 0) break;
    char f[TAG_WORD_MAX];
    put(f, e->form, strlen(e->form), "", tail);
    if (!f[0]) continue;
    int used = 0;
    if ((e->kind & TAG_FORM_VBD) && !got_vbd) {
      memcpy(out->vbd, f, sizeof f); got_vbd = used = 1;
    }
    if ((e->kind & TAG_FORM_VBN) && !got_vbn) {
      memcpy(out->vbn, f, sizeof f); got_vbn = used = 1;
    }
    if ((e->kind & TAG_FORM_VBG) && !got_vbg) {
      memcpy(out->vbg, f, sizeof f); got_vbg = used = 1;
    }
    if ((e->kind & TAG_FORM_VBZ) && !got_vbz) {
      memcpy(out->vbz, f, sizeof f); got_vbz = used = 1;
    }
    if (!used && out->n_alt < 4) memcpy(out->alt[out->n_alt++], f, sizeof f);
  }
  /* be: the exception list has several finite forms */
  if (strcmp(head, "be") == 0) {
    put(out->vbz, "is", 2, "", tail);
    put(out->vbd, "was", 3, "", tail);
    put(out->vbn, "been", 4, "", tail);
  }
  return tag_is_verb_lemma(out->base) || tag_is_verb_lemma(head) ? 1 : 0;
}
