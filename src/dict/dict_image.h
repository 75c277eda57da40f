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
 * Phrase index: one open-addressing hash table over (kind, first word of
 * the phrase); each slot holds a range of the postings array, which lists
 * phrase ids sorted by word count (descending), then id.
 */
#ifndef DYAD_DICT_IMAGE_H
#define DYAD_DICT_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"

#define DICT_MAGIC "DYADDICT"
#define DICT_FORMAT_VERSION 1u
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
  DICT_SEC_POST,        /* uint32 phrase ids */
  DICT_SEC_COUNT
} dict_sec_id;

/* One hash slot: key = first word (string), kind; empty when key is
 * DICT_NONE. */
typedef struct dict_hslot {
  uint32_t key;
  uint32_t kind;
  uint32_t post_first;
  uint32_t post_count;
} dict_hslot;

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

/* Fast 64-bit checksum over a byte range (8 bytes per step). */
uint64_t dict_checksum(const void *buf, size_t len);

/* Hash of (kind, key bytes) for the phrase index. */
uint32_t dict_key_hash(uint32_t kind, const char *key, size_t len);

#endif /* DYAD_DICT_IMAGE_H */
