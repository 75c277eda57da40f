/*
 * dict_image.h: layout of the compiled dictionary image (.dyd), shared by
 * the builder (dict_build.c) and the loader/query code (dict.c).
 *
 * The image is one little-endian byte block: a fixed header, then sections
 * of fixed-size records in a fixed order, each 8-byte aligned.  Records
 * refer to each other and to the string pool by uint32 indexes only, so
 * the block can be mmapped and queried in place.  The loader checks every
 * section bound and every index once (dict_image_validate) before any
 * query runs; queries then trust the image.
 *
 * Phrase index (format 2): one open-addressing hash table keyed by the
 * first word of a phrase alone, so that one probe per token (or token
 * prefix) serves every kind.  A slot says which kinds have phrases starting
 * with its word (bit k of `kinds`, k a dict_kind) and points at one group
 * record per such kind, stored consecutively in kind order.  A group lists
 * its phrase ids in the postings array in three runs:
 *   multi  phrases of 2+ words, by the first byte of their second word,
 *          then word count (descending), then id (so the phrases that can
 *          follow a given next token form one sub-run, longest first);
 *   stem   one-word phrases without DICT_PH_EXACT (match any token the
 *          word is a prefix of), by id;
 *   exact  one-word DICT_PH_EXACT phrases, by id.
 * Synset members (kind DICT_K_SYNSET) are indexed too, except "&NAME"
 * references (DICT_PH_SYNREF), which are resolved at compile time into the
 * SYNREF section: per synset a range of referenced synset ids.  Besides,
 * POSTW2 holds a 4-byte signature of each multi-word phrase's second word
 * (a quick reject before the phrase is read).
 * Format 3 (and 4, which dropped the per-pattern-word hashes that word
 * ids replaced): every pattern word (DICT_T_WORD token text) is a key of the
 * hash table too; a word that starts no phrase gets a slot with kinds 0
 * (no groups).  The slot index is the word id: dict_pat_tok.wid, and
 * dict_tokinfo.full for a token (dict_tokinfo_word).  The loader checks the
 * bounds of all of these; their meaning (which group a posting is in, the
 * order, hashes and signatures) only steers which candidates a query
 * reads, and the matchers check the kind and words of what they return,
 * so a forged index can give wrong answers but never an out-of-bounds
 * access.  Bloom filters over the slot hashes are built at load time.
 */
#ifndef DYAD_DICT_IMAGE_H
#define DYAD_DICT_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"

#define DICT_MAGIC "DYADDICT"
#define DICT_FORMAT_VERSION 6u
#define DICT_ENDIAN_MARK 0x01020304u

typedef enum dict_sec_id {
  DICT_SEC_STR = 0,     /* string pool: NUL-terminated strings, elem 1 */
  DICT_SEC_FILES,       /* uint32 string offsets */
  DICT_SEC_PHRASES,
  DICT_SEC_ACTORS,
  DICT_SEC_ACODES,
  DICT_SEC_AGENTS,
  DICT_SEC_VERBS,
  DICT_SEC_VFORMS,
  DICT_SEC_PATTERNS,
  DICT_SEC_PTOKS,
  DICT_SEC_SYNSETS,
  DICT_SEC_TRANSFORMS,
  DICT_SEC_ISSUES,
  DICT_SEC_OPTIONS,
  DICT_SEC_HASH,        /* dict_hslot, power-of-two count */
  DICT_SEC_GROUPS,      /* dict_hgroup */
  DICT_SEC_POST,        /* uint32 phrase ids */
  DICT_SEC_POSTW2,      /* dict_w2, one per posting */
  DICT_SEC_SYNRANGE,    /* dict_synrange, one per synset */
  DICT_SEC_SYNREF,      /* uint32 synset ids */
  DICT_SEC_COUNT
} dict_sec_id;

/* One hash slot: key = a first word or a pattern word (string), empty when
 * key is DICT_NONE; kinds is 0 for a pattern word that starts no phrase.
 * hash = dict_word_hash() of the word (a quick reject before comparing).
 * Groups: group_first .. group_first + popcount(kinds) - 1, in kind order;
 * stem_kinds is the subset of kinds whose group has a non-empty stem run.
 * The table always has at least one empty slot. */
typedef struct dict_hslot {
  uint32_t hash;
  uint32_t key;
  uint32_t group_first;
  uint16_t kinds;
  uint16_t stem_kinds;
} dict_hslot;

/* Postings of one (word, kind): post[post_first ..] holds n_multi, then
 * n_stem, then n_exact phrase ids (see the file comment). */
typedef struct dict_hgroup {
  uint32_t post_first;
  uint32_t n_multi;
  uint32_t n_stem;
  uint32_t n_exact;
} dict_hgroup;

/* Quick test of a multi-word posting's second word against the next
 * token, parallel to the postings (zero for one-word postings).  With
 * head(t) = the first 4 bytes of token t, little-endian, zero-padded after
 * its end: the phrase can only fit if (head(next) & mask) == key.  mask
 * covers the word's bytes among the first 4, plus its terminating NUL
 * when the word must equal the token (not the last word, or exact) and
 * is shorter than 4 bytes.  See dict_w2_of(). */
typedef struct dict_w2 {
  uint32_t key;
  uint32_t mask;
} dict_w2;

/* The dict_w2 of a word w[0..len) that must be equal (exact != 0) or a
 * prefix of its token. */
static inline dict_w2 dict_w2_of(const char *w, size_t len, int exact) {
  dict_w2 r = {0, 0};
  for (size_t k = 0; k < 4; k++) {
    if (k < len) {
      r.key |= (uint32_t)(uint8_t)w[k] << (8 * k);
      r.mask |= 0xFFu << (8 * k);
    } else if (k == len && exact) {
      r.mask |= 0xFFu << (8 * k);
    }
  }
  return r;
}

/* head() of a token, see dict_w2. */
static inline uint32_t dict_head4(const char *t) {
  /* unrolled: a test and a load per byte, no loop counter (about half
   * the instructions of the loop; every multi-word lookup takes one) */
  const unsigned char *u = (const unsigned char *)t;
  uint32_t h = u[0];
  if (h == 0) return 0;
  if (u[1] == 0) return h;
  h |= (uint32_t)u[1] << 8;
  if (u[2] == 0) return h;
  return h | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
}

/* The synsets synset i refers to with "&NAME" members (resolved like
 * dict_synset_find; unknown names are left out): synref[first ..]. */
typedef struct dict_synrange {
  uint32_t first;
  uint32_t count;
} dict_synrange;

typedef struct dict_section {
  uint64_t offset;      /* from the start of the image */
  uint32_t count;       /* number of records */
  uint32_t elem_size;   /* bytes per record */
} dict_section;

typedef struct dict_header {
  char magic[8];
  uint32_t version;
  uint32_t endian;
  uint64_t size;        /* total image size in bytes */
  uint64_t checksum;    /* dict_checksum of [DICT_CHECKSUM_FROM, size) */
  uint64_t source_hash;
  uint32_t n_sections;
  uint32_t reserved;
  dict_section sec[DICT_SEC_COUNT];
} dict_header;

/* The checksum covers everything after the checksum field itself (the
 * fields before it are checked one by one). */
#define DICT_CHECKSUM_FROM (offsetof(dict_header, source_hash))

/* Element size expected for each section (index: dict_sec_id). */
extern const uint32_t dict_sec_elem_size[DICT_SEC_COUNT];

/* Fast 64-bit checksum over a byte range (8 bytes per step, in four
 * independent lanes). */
uint64_t dict_checksum(const void *buf, size_t len);

/* Hash of (kind, key bytes); the builder's string interning uses it. */
uint32_t dict_key_hash(uint32_t kind, const char *key, size_t len);

/* Hash of a word for the phrase index: FNV-1a over the bytes, then
 * h ^ (h >> 15).  Equal to dict_key_hash(0, ...); the matcher computes it
 * for every prefix of a token in one pass (DICT_WH_* below). */
#define DICT_WH_SEED 2166136261u
#define DICT_WH_STEP(h, c) (((h) ^ (uint8_t)(c)) * 16777619u)
#define DICT_WH_FINISH(h) ((h) ^ ((h) >> 15))
uint32_t dict_word_hash(const char *key, size_t len);

#endif /* DYAD_DICT_IMAGE_H */
