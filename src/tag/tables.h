/*
 * tables.h: declarations of the tables that src/tag generates at build time
 * (build/gen/tag_lexicon.c from festlex-poslex, build/gen/tag_lemma.c from
 * WordNet).  Private to src/tag; read-only data, no state.
 */
#ifndef DYAD_TAG_TABLES_H
#define DYAD_TAG_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "tag/tag.h"

/* One (tag, log P(word|tag) * 100) pair of the lexicon. */
typedef struct tag_lex_tag {
  uint8_t pos;                 /* tag_pos */
  int16_t lp;                  /* natural log probability, hundredths */
} tag_lex_tag;

/* A lowercased word and its tags tag_lex_tags[first .. first+n). */
typedef struct tag_lex_entry {
  const char *word;
  uint32_t first;
  uint8_t n;
} tag_lex_entry;

extern const tag_lex_tag tag_lex_tags[];
extern const tag_lex_entry tag_lex_words[];   /* sorted bytewise by word */
extern const size_t tag_lex_count;
/* log P(t3 | t1, t2) over the trigram classes of tag_ngram.h, indexed
 * (t1 * TAG_NG_COUNT + t2) * TAG_NG_COUNT + t3. */
extern const float tag_trigram[];

/* WordNet: sorted single-word lemmas of index.verb and index.noun. */
extern const char *const tag_wn_verbs[];
extern const size_t tag_wn_verb_count;
extern const char *const tag_wn_nouns[];
extern const size_t tag_wn_noun_count;

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

#endif /* DYAD_TAG_TABLES_H */
