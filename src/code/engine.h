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
  int code_rejected_appeals; /* resolved: an appeal or demand a party
                                rejects or meets is coded as made to it
                                (nominal_appeal); off by default */
  uint32_t comma_min[3];     /* TABARI's comma-clause deletion, by kind
                                (ENGINE_COMMA_BEGIN, _MID, _END): a clause
                                of comma_min..comma_max words is not
                                coded; comma_max 0 (the default of every
                                kind here) turns the kind off */
  uint32_t comma_max[3];
  int comma_on;              /* some comma_max is above 0 */
  uint32_t new_actor_length; /* an uncoded source or target noun phrase of
                                at most this many words is a new actor
                                (its words quoted); 0: off */
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
  struct pat_ix_block *pat_ix;  /* per verb block: its patterns grouped by
                                pat_need[0] (engine_pattern_index), so
                                pattern choice visits only those whose
                                first word the sentence may hold */
  struct pat_ix_slot *pat_ix_slots;  /* the blocks' hash tables */
  uint16_t *pat_ix_order;    /* the blocks' pattern offsets, by group */
};

/* The kinds of comma clause (engine.comma_min, comma_max): from the
 * sentence's start to its first comma, between two commas, from the last
 * comma to the end. */
enum { ENGINE_COMMA_BEGIN = 0, ENGINE_COMMA_MID, ENGINE_COMMA_END };

/* The index of one verb block's patterns by their first needed word
 * (pat_need[0]): a hash table of pat_ix_slot, slot_mask + 1 slots from
 * pat_ix_slots[slot_first] on, one per word-set bit that some pattern of
 * the block needs first, found at bit & slot_mask or after it (linear
 * probing); and the run of the patterns that need no word.  slot_first is
 * PAT_IX_NONE for a block that is not indexed (too small or too large):
 * its patterns are scanned one by one. */
typedef struct pat_ix_block {
  uint32_t slot_first, slot_mask;
  uint32_t none_first, none_count;  /* in pat_ix_order */
} pat_ix_block;

/* One group: the count patterns of the block whose pat_need[0] is bit,
 * as offsets into the block (ascending) at pat_ix_order[first]; count 0
 * marks an empty slot. */
typedef struct pat_ix_slot {
  uint16_t bit, count;
  uint32_t first;
} pat_ix_slot;

#define PAT_IX_NONE UINT32_MAX
#define PAT_IX_MIN 16        /* smaller blocks are scanned */
#define PAT_IX_MAX 1024      /* larger ones too (coder_ws.pat_mark) */

/* pat_need entry of no word (word-set bits are below 2^DICT_WORDSET_LOG2) */
#define PAT_NEED_NONE UINT16_MAX

#endif /* DYAD_CODE_ENGINE_H */
