/*
 * tables.h: declarations of the tables that src/tag generates at build time
 * (build/gen/tag_lexicon.c from festlex-poslex, build/gen/tag_lemma.c from
 * WordNet).  Private to src/tag; read-only data, no state.
 *
 * Every string list also has a static open-addressing hash index built by
 * the generators (src/tag/strhash.awk): a power-of-two array of slots, each
 * 0 (empty) or 1 + the index or offset of an entry under the top bits of
 * the entry's hash, probed linearly from tag_hash(key) & mask.  There is
 * no runtime initialisation.
 */
#ifndef DYAD_TAG_TABLES_H
#define DYAD_TAG_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "tag/tag.h"

/* The POS lexicon: tag_lex_count records packed in one byte blob, each
 *   len, word[len] (lowercase, no NUL), n (1..8), then n triples
 *   (tag_pos, lp & 0xFF, lp >> 8)
 * where lp is the int16 natural log P(word | tag) in hundredths.  The hash
 * index tag_lex_hash holds 1 + the record's offset in its low
 * TAG_LEX_OFF_BITS bits and the top bits of tag_hash(word) above them. */
#define TAG_LEX_OFF_BITS 20
extern const unsigned char tag_lex_blob[];
extern const size_t tag_lex_count;
extern const uint32_t tag_lex_hash[];
extern const uint32_t tag_lex_hash_mask;
/* log P(t3 | t1, t2) over the trigram classes of tag_ngram.h, indexed
 * (t2 * TAG_NG_COUNT + t3) * TAG_NG_COUNT + t1: the values for every t1
 * of one (t2, t3) pair are adjacent, as the Viterbi reads them. */
extern const float tag_trigram[];

/* WordNet: sorted single-word lemmas of index.verb and index.noun. */
extern const char *const tag_wn_verbs[];
extern const size_t tag_wn_verb_count;
extern const char *const tag_wn_nouns[];
extern const size_t tag_wn_noun_count;
extern const uint32_t tag_wn_verb_hash[], tag_wn_verb_hash_mask;
extern const uint32_t tag_wn_noun_hash[], tag_wn_noun_hash_mask;

/* What an irregular verb form is, from the POS lexicon's tags. */
#define TAG_FORM_VBD 1u
#define TAG_FORM_VBN 2u
#define TAG_FORM_VBG 4u
#define TAG_FORM_VBZ 8u

/* An exception-list pair (inflected form -> lemma), sorted by form. */
typedef struct tag_wn_exc {
  const char *form;
  const char *lemma;
  uint8_t kind;                /* verbs: TAG_FORM_* bits; nouns: 0 */
} tag_wn_exc;

/* Verb exceptions also sorted by lemma (for inflection) via this index. */
extern const tag_wn_exc tag_wn_verb_exc[];
extern const size_t tag_wn_verb_exc_count;
extern const uint16_t tag_wn_verb_exc_by_lemma[];
extern const tag_wn_exc tag_wn_noun_exc[];
extern const size_t tag_wn_noun_exc_count;
/* Hash indexes of the exception forms; a slot names the first entry of
 * its form in the sorted array. */
extern const uint32_t tag_wn_verb_exc_hash[], tag_wn_verb_exc_hash_mask;
extern const uint32_t tag_wn_noun_exc_hash[], tag_wn_noun_exc_hash_mask;

/* ===================================================================== */
/* Hash lookups                                                          */
/* ===================================================================== */

/* 32-bit FNV-1a of s[0, n); must match strhash() in strhash.awk. */
static inline uint32_t tag_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

/* 1 if the NUL-terminated key equals w[0, n) (w may hold any bytes; key
 * is never read past its NUL). */
static inline int tag_key_eq(const char *key, const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (key[i] != w[i] || key[i] == '\0') return 0;
  return key[n] == '\0';
}

/* Index of w[0, n) (hash h = tag_hash(w, n)) in the string array keys
 * through its hash index (tab, mask) whose slots hold 1 + the index in the
 * low 16 bits and the top 16 bits of the hash above, or -1.  keys[i] is
 * read as the NUL-terminated string at *(const char *const *)((const char
 * *)keys + i * stride), so arrays of structs whose first member is the
 * string work too. */
static inline long tag_hash_find(const uint32_t *tab, uint32_t mask,
                                 const void *keys, size_t stride,
                                 const char *w, size_t n, uint32_t h) {
  for (uint32_t s = h & mask;; s = (s + 1) & mask) {
    uint32_t v = tab[s];
    if (v == 0) return -1;
    if ((v ^ h) >> 16) continue;
    size_t i = (v & 0xFFFFu) - 1;
    const char *key =
        *(const char *const *)((const char *)keys + i * stride);
    if (tag_key_eq(key, w, n)) return (long)i;
  }
}

#endif /* DYAD_TAG_TABLES_H */
