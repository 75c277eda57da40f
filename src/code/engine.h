/*
 * engine.h: the inside of the dyad_engine handle, shared by the coder.
 *
 * An engine holds the dictionary and the coding options resolved once at
 * creation (dictionary options overridden by dyad_engine_opts), and is
 * read-only afterwards.
 */
#ifndef DYAD_CODE_ENGINE_H
#define DYAD_CODE_ENGINE_H

#include <stdint.h>

#include "dict/codeset.h"
#include "dyad.h"

struct dyad_engine {
  dyad_engine_opts opts;     /* as given; dict_path/cache_dir not kept */
  struct dyad_dict *dict;    /* NULL: no dictionary, no events */
  int require_dyad;          /* resolved: drop events without both actors */
  int code_negated;          /* resolved: code negated verbs anyway */
  codeset codes[CODESET_OPT_COUNT];
                             /* the code options (src/dict/codeset.h),
                                the dictionary's values or the defaults:
                                codes[CODESET_RECIPROCAL] are acts coded
                                both ways, codes[CODESET_OWN_TARGET..]
                                those whose target is the source's own
                                country when none is named,
                                codes[CODESET_PLACE_SOURCE] those whose
                                unclaimed source is the place */
  uint32_t *verb_ring;       /* per verb block: the next block that shares
                                a form with it (a ring; itself if none) */
  uint32_t n_verbs;
  uint32_t *form_pref;       /* per verb form: the form to code it by; a
                                generated inflection ("left" from LEAVE)
                                yields to a form written with the same
                                words in another block (LEFT [032:033]) */
  uint32_t n_forms;
  uint16_t *pat_need;        /* per pattern, 2 entries: the word-set bits
                                (dict_wordset_wid_bit) of the word ids of
                                its first two words that have one
                                (PAT_NEED_NONE if fewer); a sentence whose
                                word set lacks one cannot match the
                                pattern */
  uint32_t *pat_syn;         /* per pattern: the synset id of its first
                                synset token, or DICT_NONE; a window
                                without a member of it cannot match the
                                pattern */
  uint32_t n_patterns;
};

/* pat_need entry of no word (word-set bits are below 2^DICT_WORDSET_LOG2) */
#define PAT_NEED_NONE UINT16_MAX

#endif /* DYAD_CODE_ENGINE_H */
