/*
 * dict.c: the dictionary at run time: loading and validating a compiled
 * image (from an mmapped .dyd file or from memory), record accessors,
 * phrase matching for the engine, saving, dumping and the public
 * dyad_dict_* functions.
 *
 * Whatever the source (text dictionaries compiled in memory by
 * dict_build.c, or a .dyd file), a dyad_dict is a validated image plus
 * typed pointers into it.  Validation checks every section bound and every
 * index and string offset once, so the query functions below can index
 * the arrays without further checks.
 */
#include "dict/dict.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict/dict_image.h"
#include "util/bytes.h"

#define DICT_WORD_BLOOM_LOG2 18  /* 32 KiB */
#define DICT_STEM_BLOOM_LOG2 15  /*  4 KiB */

struct dyad_dict {
  const uint8_t *base;     /* the image */
  size_t size;
  void *owned;             /* malloc'd image, or NULL */
  void *map;               /* mmapped image, or NULL */
  size_t map_len;
  const dict_header *h;
  const char *str;
  uint32_t str_size;
  const uint32_t *files;
  const dict_phrase *phrases;
  const dict_actor *actors;
  const dict_actor_code *acodes;
  const dict_agent *agents;
  const dict_verb *verbs;
  const dict_verb_form *vforms;
  const dict_pattern *patterns;
  const dict_pat_tok *ptoks;
  const dict_synset *synsets;
  const dict_transform *transforms;
  const dict_issue *issues;
  const dict_option *options;
  const dict_hslot *hash;
  const dict_hgroup *groups;
  const uint32_t *post;
  const dict_w2 *w2;
  const dict_synrange *synrange;
  const uint32_t *synref;
  uint32_t n[DICT_SEC_COUNT];
  /* Bloom filters over dict_word_hash (one bit per word, dict_bloom_bit):
   * all indexed words, and the words with a stem run.  A clear bit spares
   * a probe of the (much larger) hash table. */
  uint64_t word_bloom[1u << (DICT_WORD_BLOOM_LOG2 - 6)];
  uint64_t stem_bloom[1u << (DICT_STEM_BLOOM_LOG2 - 6)];
  /* synanc[t], one per synset t: the dict_tokinfo.synsig bits (s % 64)
   * of t and of every synset s that reaches t through "&NAME" members
   * (synref), the synsets that may match where a member of t starts.
   * Made at load (dict_make_synanc); NULL without memory, and then every
   * token's synsig is all ones (no filtering). */
  uint64_t *synanc;
  /* w3[k], parallel to the postings like w2: for a multi-word posting of
   * three words or more, the dict_w2 test of its third word against the
   * token after next (dict_head4); {0, 0}, which every head passes, for
   * the others.  Of the postings that pass the w2 test, nine in ten fail
   * at the third word ("the united" + "states", "nations", ...): this
   * test drops them before their phrase is read.  Made at load
   * (dict_make_w3); NULL without memory (no test then). */
  dict_w2 *w3;
};

const uint32_t dict_sec_elem_size[DICT_SEC_COUNT] = {
    [DICT_SEC_STR] = 1,
    [DICT_SEC_FILES] = sizeof(uint32_t),
    [DICT_SEC_PHRASES] = sizeof(dict_phrase),
    [DICT_SEC_ACTORS] = sizeof(dict_actor),
    [DICT_SEC_ACODES] = sizeof(dict_actor_code),
    [DICT_SEC_AGENTS] = sizeof(dict_agent),
    [DICT_SEC_VERBS] = sizeof(dict_verb),
    [DICT_SEC_VFORMS] = sizeof(dict_verb_form),
    [DICT_SEC_PATTERNS] = sizeof(dict_pattern),
    [DICT_SEC_PTOKS] = sizeof(dict_pat_tok),
    [DICT_SEC_SYNSETS] = sizeof(dict_synset),
    [DICT_SEC_TRANSFORMS] = sizeof(dict_transform),
    [DICT_SEC_ISSUES] = sizeof(dict_issue),
    [DICT_SEC_OPTIONS] = sizeof(dict_option),
    [DICT_SEC_HASH] = sizeof(dict_hslot),
    [DICT_SEC_GROUPS] = sizeof(dict_hgroup),
    [DICT_SEC_POST] = sizeof(uint32_t),
    [DICT_SEC_POSTW2] = sizeof(dict_w2),
    [DICT_SEC_SYNRANGE] = sizeof(dict_synrange),
    [DICT_SEC_SYNREF] = sizeof(uint32_t),
};

/* ===================================================================== */
/* Hashing                                                               */
/* ===================================================================== */

uint64_t dict_checksum(const void *buf, size_t len) {
  const uint8_t *p = buf;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)len;
  /* every load checksums the whole image (and the sources' hash runs
   * through here): four lanes, one per word of each 32-byte block, so the
   * multiplications of a block do not wait on each other; each step is a
   * bijection of its lane's state, and so is each fold of a lane into h
   * below: a change in one word changes the sum */
  uint64_t l0 = h, l1 = h ^ 0x3C6EF372FE94F82Aull,
           l2 = h ^ 0xDAA66D2C7DDF743Full, l3 = h ^ 0x78DDE6E5FD29F054ull;
#define DICT_SUM_STEP(x, w)                                                \
  do {                                                                     \
    (x) ^= (w);                                                            \
    (x) *= 0xff51afd7ed558ccdull;                                          \
    (x) ^= (x) >> 32;                                                      \
  } while (0)
  while (len >= 32) {
    uint64_t w0, w1, w2, w3;
    memcpy(&w0, p, 8);
    memcpy(&w1, p + 8, 8);
    memcpy(&w2, p + 16, 8);
    memcpy(&w3, p + 24, 8);
    DICT_SUM_STEP(l0, w0);
    DICT_SUM_STEP(l1, w1);
    DICT_SUM_STEP(l2, w2);
    DICT_SUM_STEP(l3, w3);
    p += 32;
    len -= 32;
  }
  h = l0;
  DICT_SUM_STEP(h, l1);
  DICT_SUM_STEP(h, l2);
  DICT_SUM_STEP(h, l3);
  while (len >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    DICT_SUM_STEP(h, w);
    p += 8;
    len -= 8;
  }
#undef DICT_SUM_STEP
  uint64_t w = 0;
  memcpy(&w, p, len);
  h ^= w + len;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  return h;
}

uint32_t dict_key_hash(uint32_t kind, const char *key, size_t len) {
  uint32_t h = 2166136261u ^ (kind * 0x9E3779B1u);
  for (size_t i = 0; i < len; i++) {
    h ^= (uint8_t)key[i];
    h *= 16777619u;
  }
  return h ^ (h >> 15);
}

uint32_t dict_word_hash(const char *key, size_t len) {
  uint32_t h = DICT_WH_SEED;
  for (size_t i = 0; i < len; i++) h = DICT_WH_STEP(h, key[i]);
  return DICT_WH_FINISH(h);
}

/* Bloom filter bit of a word hash for a filter of 2^log2 bits (the top
 * bits of a multiplicative mix: independent of the table slot, which
 * takes the low bits). */
static inline uint32_t dict_bloom_bit(uint32_t hv, unsigned log2) {
  return (hv * 0x9E3779B1u) >> (32 - log2);
}

static inline int dict_bloom_has(const uint64_t *bloom, uint32_t bit) {
  return (int)((bloom[bit >> 6] >> (bit & 63)) & 1u);
}

/* ===================================================================== */
/* Errors                                                                */
/* ===================================================================== */

static int dict_fail(dyad_error *err, int code, const char *file,
                     const char *fmt, ...) {
  if (err) {
    memset(err, 0, sizeof *err);
    err->code = code;
    if (file) snprintf(err->file, sizeof err->file, "%s", file);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return code;
}

/* ===================================================================== */
/* Validation                                                            */
/* ===================================================================== */

#define CHK_STR(x) if ((x) >= d->str_size) return "string offset out of range"
#define CHK_IDX(x, sec) if ((x) >= d->n[sec]) return "index out of range"
#define CHK_RANGE(first, count, sec)                                   \
  if ((uint64_t)(first) + (count) > d->n[sec]) return "range out of bounds"

static const char *dict_validate_index(dyad_dict *d);

/* The number of spaces in the C string s.  The string is found with
 * strlen, then counted 8 bytes at a time (every phrase of an image is
 * counted at each load: a byte loop was a fifth of the start-up). */
static uint32_t dict_count_spaces(const char *s) {
  const uint64_t ones = UINT64_C(0x0101010101010101);
  const uint64_t high = UINT64_C(0x8080808080808080);
  size_t n = strlen(s), i = 0;
  uint32_t c = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    x ^= ones * ' ';
    /* bit 7 of each zero byte (x was a space there): exact, as the
     * high bit is cleared before the subtraction can borrow */
    uint64_t z = ~(((x & ~high) + ~high) | x) & high;
    c += (uint32_t)(((z >> 7) * ones) >> 56);  /* bytes set, at most 8 */
  }
  for (; i < n; i++) c += s[i] == ' ';
  return c;
}

/* Checks every reference in the image; returns NULL if sound, else a
 * static message. */
static const char *dict_validate_refs(dyad_dict *d) {
  if (d->str_size == 0 || d->str[d->str_size - 1] != '\0')
    return "string pool not terminated";
  for (uint32_t i = 0; i < d->n[DICT_SEC_FILES]; i++) CHK_STR(d->files[i]);
  for (uint32_t i = 0; i < d->n[DICT_SEC_PHRASES]; i++) {
    const dict_phrase *p = &d->phrases[i];
    CHK_STR(p->words);
    CHK_IDX(p->file, DICT_SEC_FILES);
    if (p->kind >= DICT_K_COUNT) return "bad phrase kind";
    if (p->n_words == 0 || p->n_words > DICT_MAX_PHRASE_WORDS)
      return "bad phrase word count";
    /* the word count must agree with the string, which matching relies on */
    if (dict_count_spaces(d->str + p->words) + 1 != p->n_words)
      return "phrase word count mismatch";
    switch (p->kind) {
      case DICT_K_ACTOR: CHK_IDX(p->payload, DICT_SEC_ACTORS); break;
      case DICT_K_AGENT: CHK_IDX(p->payload, DICT_SEC_AGENTS); break;
      case DICT_K_VERB: CHK_IDX(p->payload, DICT_SEC_VFORMS); break;
      case DICT_K_ISSUE: CHK_IDX(p->payload, DICT_SEC_ISSUES); break;
      case DICT_K_SYNSET: CHK_IDX(p->payload, DICT_SEC_SYNSETS); break;
      default: break;
    }
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_ACTORS]; i++) {
    const dict_actor *a = &d->actors[i];
    CHK_IDX(a->phrase, DICT_SEC_PHRASES);
    CHK_RANGE(a->code_first, a->code_count, DICT_SEC_ACODES);
    CHK_IDX(a->file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_ACODES]; i++)
    CHK_STR(d->acodes[i].code);
  for (uint32_t i = 0; i < d->n[DICT_SEC_AGENTS]; i++) {
    CHK_STR(d->agents[i].code);
    CHK_IDX(d->agents[i].file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_VERBS]; i++) {
    const dict_verb *v = &d->verbs[i];
    CHK_STR(v->name);
    CHK_STR(v->code);
    CHK_RANGE(v->form_first, v->form_count, DICT_SEC_VFORMS);
    CHK_RANGE(v->pat_first, v->pat_count, DICT_SEC_PATTERNS);
    CHK_IDX(v->file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_VFORMS]; i++) {
    const dict_verb_form *f = &d->vforms[i];
    CHK_IDX(f->verb, DICT_SEC_VERBS);
    CHK_IDX(f->phrase, DICT_SEC_PHRASES);
    CHK_STR(f->code);
    CHK_STR(f->lemma);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_PATTERNS]; i++) {
    const dict_pattern *p = &d->patterns[i];
    CHK_IDX(p->verb, DICT_SEC_VERBS);
    CHK_RANGE(p->tok_first, p->tok_count, DICT_SEC_PTOKS);
    CHK_STR(p->code);
    CHK_STR(p->code2);
    CHK_STR(p->text);
    CHK_STR(p->only);
    CHK_IDX(p->file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_PTOKS]; i++) {
    const dict_pat_tok *t = &d->ptoks[i];
    if (t->kind >= DICT_T_COUNT) return "bad pattern token kind";
    CHK_STR(t->text);
    if (t->ref != DICT_NONE) CHK_IDX(t->ref, DICT_SEC_SYNSETS);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_SYNSETS]; i++) {
    const dict_synset *s = &d->synsets[i];
    CHK_STR(s->name);
    CHK_RANGE(s->member_first, s->member_count, DICT_SEC_PHRASES);
    CHK_IDX(s->file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_TRANSFORMS]; i++) {
    CHK_STR(d->transforms[i].lhs);
    CHK_STR(d->transforms[i].rhs);
    CHK_IDX(d->transforms[i].file, DICT_SEC_FILES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_ISSUES]; i++) {
    CHK_STR(d->issues[i].category);
    CHK_STR(d->issues[i].code);
    CHK_IDX(d->issues[i].phrase, DICT_SEC_PHRASES);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_OPTIONS]; i++) {
    CHK_STR(d->options[i].key);
    CHK_STR(d->options[i].value);
  }
  return dict_validate_index(d);
}

/* Checks the phrase index and synset references (layout in dict_image.h)
 * for bounds, in sequential passes (it runs at every load), and fills the
 * Bloom filters from the slots' hashes.  What is not checked here (that a
 * posting sits in the group of its kind and first word, the order of the
 * runs, the hashes and signatures) only decides which candidates a query
 * looks at: the matchers check kind and words themselves wherever memory
 * safety depends on it, so a forged index gives wrong answers, never an
 * out-of-bounds access.  Returns NULL or a message. */
static const char *dict_validate_index(dyad_dict *d) {
  uint32_t nh = d->n[DICT_SEC_HASH];
  if (nh == 0 || (nh & (nh - 1)) != 0) return "hash table size not a power of two";
  uint32_t empty = 0;
  memset(d->word_bloom, 0, sizeof d->word_bloom);
  memset(d->stem_bloom, 0, sizeof d->stem_bloom);
  for (uint32_t i = 0; i < nh; i++) {
    const dict_hslot *s = &d->hash[i];
    if (s->key == DICT_NONE) {
      empty++;
      continue;
    }
    CHK_STR(s->key);
    /* kinds 0: a pattern word that starts no phrase (no groups) */
    if (s->kinds >= (1u << DICT_K_COUNT) || (s->stem_kinds & ~s->kinds) != 0)
      return "bad hash slot kinds";
    CHK_RANGE(s->group_first, (uint32_t)__builtin_popcount(s->kinds),
              DICT_SEC_GROUPS);
    uint32_t bit = dict_bloom_bit(s->hash, DICT_WORD_BLOOM_LOG2);
    d->word_bloom[bit >> 6] |= 1ull << (bit & 63);
    if (s->stem_kinds) {
      bit = dict_bloom_bit(s->hash, DICT_STEM_BLOOM_LOG2);
      d->stem_bloom[bit >> 6] |= 1ull << (bit & 63);
    }
  }
  if (empty == 0) return "hash table full";
  for (uint32_t i = 0; i < d->n[DICT_SEC_GROUPS]; i++) {
    const dict_hgroup *g = &d->groups[i];
    CHK_RANGE(g->post_first, (uint64_t)g->n_multi + g->n_stem + g->n_exact,
              DICT_SEC_POST);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_POST]; i++)
    CHK_IDX(d->post[i], DICT_SEC_PHRASES);
  if (d->n[DICT_SEC_POSTW2] != d->n[DICT_SEC_POST])
    return "posting signature table size mismatch";
  if (d->n[DICT_SEC_SYNRANGE] != d->n[DICT_SEC_SYNSETS])
    return "synset reference table size mismatch";
  for (uint32_t i = 0; i < d->n[DICT_SEC_SYNRANGE]; i++)
    CHK_RANGE(d->synrange[i].first, d->synrange[i].count, DICT_SEC_SYNREF);
  for (uint32_t i = 0; i < d->n[DICT_SEC_SYNREF]; i++)
    CHK_IDX(d->synref[i], DICT_SEC_SYNSETS);
  /* word ids: used slots, and only on words (callers compare them with
   * dict_tokinfo.full and never index with them, but keep them sound) */
  for (uint32_t i = 0; i < d->n[DICT_SEC_PTOKS]; i++) {
    uint32_t w = d->ptoks[i].wid;
    if (w == DICT_NONE) continue;
    if (d->ptoks[i].kind != DICT_T_WORD || w >= nh ||
        d->hash[w].key == DICT_NONE)
      return "bad pattern word id";
  }
  return NULL;
}

/* Sets bit `bit` in d->synanc[t] for synset t and every synset it
 * reaches through synref, to the depth dict_synset_match_depth follows
 * (t at depth `depth`). */
static void dict_synanc_mark(dyad_dict *d, uint32_t t, uint64_t bit,
                             int depth) {
  if (t >= d->n[DICT_SEC_SYNSETS] || depth > 4) return;
  d->synanc[t] |= bit;
  const dict_synrange *r = &d->synrange[t];
  for (uint32_t k = 0; k < r->count; k++)
    dict_synanc_mark(d, d->synref[r->first + k], bit, depth + 1);
}

/* Fills d->synanc (see struct dyad_dict) from the checked synset
 * references; leaves it NULL when out of memory. */
static void dict_make_synanc(dyad_dict *d) {
  uint32_t ns = d->n[DICT_SEC_SYNSETS];
  free(d->synanc);
  d->synanc = calloc(ns ? ns : 1, sizeof *d->synanc);
  if (d->synanc == NULL) return;
  for (uint32_t s = 0; s < ns; s++)
    dict_synanc_mark(d, s, (uint64_t)1 << (s & 63), 0);
}

/* Fills d->w3 (see struct dyad_dict) from the checked groups, postings
 * and phrases; leaves it NULL when out of memory. */
static void dict_make_w3(dyad_dict *d) {
  uint32_t np = d->n[DICT_SEC_POST];
  free(d->w3);
  d->w3 = calloc(np ? np : 1, sizeof *d->w3);
  if (d->w3 == NULL) return;
  for (uint32_t gi = 0; gi < d->n[DICT_SEC_GROUPS]; gi++) {
    const dict_hgroup *g = &d->groups[gi];
    for (uint32_t k = 0; k < g->n_multi; k++) {
      uint32_t e = g->post_first + k;
      const dict_phrase *p = &d->phrases[d->post[e]];
      if (p->n_words < 3) continue;
      /* the third word, after the second space (the pool ends with a NUL,
       * checked); dict_w2_of reads at most its first 4 bytes */
      const char *w = strchr(d->str + p->words, ' ');
      if (w) w = strchr(w + 1, ' ');
      if (w == NULL) continue;  /* forged: no test, as for NULL */
      w++;
      size_t wl = 0;
      while (wl < 4 && w[wl] != ' ' && w[wl] != '\0') wl++;
      int exact = p->n_words > 3 || (p->flags & DICT_PH_EXACT);
      d->w3[e] = dict_w2_of(w, wl, exact);
    }
  }
}

/* Takes an image of len bytes at base (owned by the caller until this
 * returns OK, then by d through d->owned/d->map which the caller set) and
 * checks header and sections.  Returns DYAD_OK or DYAD_ERR_DICT. */
static int dict_attach(dyad_dict *d, const uint8_t *base, size_t len,
                       const char *name, dyad_error *err) {
  d->base = base;
  d->size = len;
  if (len < sizeof(dict_header))
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "not a dyad dictionary: file too short (%zu bytes)", len);
  const dict_header *h = (const dict_header *)base;
  if (memcmp(h->magic, DICT_MAGIC, 8) != 0)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "not a dyad dictionary: bad magic number");
  if (h->endian != DICT_ENDIAN_MARK)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "dictionary written on a machine of other byte order");
  if (h->version != DICT_FORMAT_VERSION)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "dictionary format version %u, expected %u "
                     "(recompile it with `dyad dict compile`)",
                     h->version, DICT_FORMAT_VERSION);
  if (h->size != len)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "dictionary truncated or padded: header says %llu "
                     "bytes, file has %zu",
                     (unsigned long long)h->size, len);
  if (h->n_sections != DICT_SEC_COUNT)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "dictionary has %u sections, expected %u",
                     h->n_sections, (unsigned)DICT_SEC_COUNT);
  if (h->reserved != 0)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "corrupt dictionary: reserved header field set");
  uint64_t sum =
      dict_checksum(base + DICT_CHECKSUM_FROM, len - DICT_CHECKSUM_FROM);
  if (sum != h->checksum)
    return dict_fail(err, DYAD_ERR_DICT, name,
                     "dictionary checksum mismatch: file is corrupted");
  const void *ptr[DICT_SEC_COUNT];
  for (int s = 0; s < DICT_SEC_COUNT; s++) {
    const dict_section *sec = &h->sec[s];
    if (sec->elem_size != dict_sec_elem_size[s])
      return dict_fail(err, DYAD_ERR_DICT, name,
                       "section %d: record size %u, expected %u", s,
                       sec->elem_size, dict_sec_elem_size[s]);
    uint64_t bytes = (uint64_t)sec->count * sec->elem_size;
    if (sec->offset < sizeof *h || sec->offset > len ||
        bytes > len - sec->offset || (sec->offset & 7u) != 0)
      return dict_fail(err, DYAD_ERR_DICT, name,
                       "section %d out of bounds", s);
    ptr[s] = base + sec->offset;
    d->n[s] = sec->count;
  }
  d->h = h;
  d->str = ptr[DICT_SEC_STR];
  d->str_size = d->n[DICT_SEC_STR];
  d->files = ptr[DICT_SEC_FILES];
  d->phrases = ptr[DICT_SEC_PHRASES];
  d->actors = ptr[DICT_SEC_ACTORS];
  d->acodes = ptr[DICT_SEC_ACODES];
  d->agents = ptr[DICT_SEC_AGENTS];
  d->verbs = ptr[DICT_SEC_VERBS];
  d->vforms = ptr[DICT_SEC_VFORMS];
  d->patterns = ptr[DICT_SEC_PATTERNS];
  d->ptoks = ptr[DICT_SEC_PTOKS];
  d->synsets = ptr[DICT_SEC_SYNSETS];
  d->transforms = ptr[DICT_SEC_TRANSFORMS];
  d->issues = ptr[DICT_SEC_ISSUES];
  d->options = ptr[DICT_SEC_OPTIONS];
  d->hash = ptr[DICT_SEC_HASH];
  d->groups = ptr[DICT_SEC_GROUPS];
  d->post = ptr[DICT_SEC_POST];
  d->w2 = ptr[DICT_SEC_POSTW2];
  d->synrange = ptr[DICT_SEC_SYNRANGE];
  d->synref = ptr[DICT_SEC_SYNREF];
  const char *why = dict_validate_refs(d);
  if (why)
    return dict_fail(err, DYAD_ERR_DICT, name, "corrupt dictionary: %s", why);
  dict_make_synanc(d);
  dict_make_w3(d);
  return DYAD_OK;
}

/* ===================================================================== */
/* Loading, saving, freeing                                              */
/* ===================================================================== */

int dict_load_mem(dyad_dict **out, const void *buf, size_t len,
                  dyad_error *err) {
  *out = NULL;
  dyad_dict *d = calloc(1, sizeof *d);
  /* 8-byte aligned copy: malloc alignment is enough for our records */
  void *copy = malloc(len ? len : 1);
  if (!d || !copy) {
    free(d);
    free(copy);
    return dict_fail(err, DYAD_ERR_NOMEM, NULL, "out of memory");
  }
  if (len) memcpy(copy, buf, len);
  d->owned = copy;
  int rc = dict_attach(d, copy, len, "<memory>", err);
  if (rc != DYAD_OK) {
    dict_free(d);
    return rc;
  }
  *out = d;
  return DYAD_OK;
}

/* Used by dict_build.c: adopts a malloc'd image. */
int dict_adopt_image(dyad_dict **out, void *img, size_t len, dyad_error *err);
int dict_adopt_image(dyad_dict **out, void *img, size_t len, dyad_error *err) {
  *out = NULL;
  dyad_dict *d = calloc(1, sizeof *d);
  if (!d) {
    free(img);
    return dict_fail(err, DYAD_ERR_NOMEM, NULL, "out of memory");
  }
  d->owned = img;
  int rc = dict_attach(d, img, len, "<built>", err);
  if (rc != DYAD_OK) {
    dict_free(d);
    return rc;
  }
  *out = d;
  return DYAD_OK;
}

int dict_load(dyad_dict **out, const char *path, dyad_error *err) {
  *out = NULL;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return dict_fail(err, DYAD_ERR_IO, path, "cannot open: %s",
                     strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return dict_fail(err, DYAD_ERR_IO, path, "not a regular file");
  }
  size_t len = (size_t)st.st_size;
  dyad_dict *d = calloc(1, sizeof *d);
  if (!d) {
    close(fd);
    return dict_fail(err, DYAD_ERR_NOMEM, path, "out of memory");
  }
  if (len > 0) {
    void *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
      close(fd);
      free(d);
      return dict_fail(err, DYAD_ERR_IO, path, "mmap failed: %s",
                       strerror(errno));
    }
    d->map = m;
    d->map_len = len;
  }
  close(fd);
  int rc = dict_attach(d, d->map ? d->map : (const uint8_t *)"", len, path,
                       err);
  if (rc != DYAD_OK) {
    dict_free(d);
    return rc;
  }
  *out = d;
  return DYAD_OK;
}

const void *dict_image(const dyad_dict *d, size_t *len) {
  *len = d->size;
  return d->base;
}

int dict_save(const dyad_dict *d, const char *path, dyad_error *err) {
  size_t n = strlen(path);
  char *tmp = malloc(n + 16);
  if (!tmp) return dict_fail(err, DYAD_ERR_NOMEM, path, "out of memory");
  snprintf(tmp, n + 16, "%s.tmp%ld", path, (long)getpid());
  FILE *fp = fopen(tmp, "wb");
  if (!fp) {
    int e = errno;
    free(tmp);
    return dict_fail(err, DYAD_ERR_IO, path, "cannot create: %s",
                     strerror(e));
  }
  int ok = fwrite(d->base, 1, d->size, fp) == d->size;
  ok = (fclose(fp) == 0) && ok;
  if (!ok || rename(tmp, path) != 0) {
    int e = errno;
    remove(tmp);
    free(tmp);
    return dict_fail(err, DYAD_ERR_IO, path, "cannot write: %s",
                     strerror(e));
  }
  free(tmp);
  return DYAD_OK;
}

void dict_free(dyad_dict *d) {
  if (!d) return;
  free(d->synanc);
  free(d->w3);
  if (d->map) munmap(d->map, d->map_len);
  free(d->owned);
  free(d);
}

uint64_t dict_source_hash(const dyad_dict *d) { return d->h->source_hash; }

/* ===================================================================== */
/* Accessors                                                             */
/* ===================================================================== */

void dict_get_counts(const dyad_dict *d, dict_counts *c) {
  memset(c, 0, sizeof *c);
  c->files = d->n[DICT_SEC_FILES];
  c->phrases = d->n[DICT_SEC_PHRASES];
  c->actors = d->n[DICT_SEC_ACTORS];
  c->actor_codes = d->n[DICT_SEC_ACODES];
  c->agents = d->n[DICT_SEC_AGENTS];
  c->verbs = d->n[DICT_SEC_VERBS];
  c->verb_forms = d->n[DICT_SEC_VFORMS];
  c->patterns = d->n[DICT_SEC_PATTERNS];
  c->pattern_tokens = d->n[DICT_SEC_PTOKS];
  c->synsets = d->n[DICT_SEC_SYNSETS];
  c->transforms = d->n[DICT_SEC_TRANSFORMS];
  c->issues = d->n[DICT_SEC_ISSUES];
  c->options = d->n[DICT_SEC_OPTIONS];
  for (uint32_t i = 0; i < c->phrases; i++) {
    const dict_phrase *p = &d->phrases[i];
    c->by_kind[p->kind]++;
    if (p->kind == DICT_K_ACTOR && (p->flags & DICT_PH_SYNONYM)) c->synonyms++;
    if (p->kind == DICT_K_DISCARD && (p->flags & DICT_PH_STORY))
      c->discards_story++;
  }
}

const char *dict_str(const dyad_dict *d, uint32_t off) {
  return off < d->str_size ? d->str + off : "";
}

const char *dict_file_name(const dyad_dict *d, uint32_t file) {
  return file < d->n[DICT_SEC_FILES] ? d->str + d->files[file] : "";
}

#define ACCESSOR(fn, type, field, sec)                     \
  const type *fn(const dyad_dict *d, uint32_t i) {          \
    return i < d->n[sec] ? &d->field[i] : NULL;             \
  }
ACCESSOR(dict_phrase_at, dict_phrase, phrases, DICT_SEC_PHRASES)
ACCESSOR(dict_actor_at, dict_actor, actors, DICT_SEC_ACTORS)
ACCESSOR(dict_actor_code_at, dict_actor_code, acodes, DICT_SEC_ACODES)
ACCESSOR(dict_agent_at, dict_agent, agents, DICT_SEC_AGENTS)
ACCESSOR(dict_verb_at, dict_verb, verbs, DICT_SEC_VERBS)
ACCESSOR(dict_verb_form_at, dict_verb_form, vforms, DICT_SEC_VFORMS)
ACCESSOR(dict_pattern_at, dict_pattern, patterns, DICT_SEC_PATTERNS)
ACCESSOR(dict_pat_tok_at, dict_pat_tok, ptoks, DICT_SEC_PTOKS)
ACCESSOR(dict_synset_at, dict_synset, synsets, DICT_SEC_SYNSETS)
ACCESSOR(dict_transform_at, dict_transform, transforms, DICT_SEC_TRANSFORMS)
ACCESSOR(dict_issue_at, dict_issue, issues, DICT_SEC_ISSUES)
ACCESSOR(dict_option_at, dict_option, options, DICT_SEC_OPTIONS)

/* ===================================================================== */
/* Matching                                                              */
/* ===================================================================== */

int dict_word_matches(const char *pw, int exact, const char *tok) {
  /* same as strncmp(pw, tok, strlen(pw)) == 0, in one pass */
  for (; *pw; pw++, tok++)
    if (*pw != *tok) return 0;
  return exact ? *tok == '\0' : 1;
}

/* Slot index of the word key[0..len) whose dict_word_hash is hv, or
 * DICT_NONE.  The table has an empty slot (checked at load). */
static uint32_t dict_find_word(const dyad_dict *d, uint32_t hv,
                               const char *key, size_t len) {
  uint32_t mask = d->n[DICT_SEC_HASH] - 1;
  for (uint32_t i = hv & mask;; i = (i + 1) & mask) {
    const dict_hslot *s = &d->hash[i];
    if (s->key == DICT_NONE) return DICT_NONE;
    if (s->hash != hv) continue;
    const char *k = d->str + s->key;
    size_t j = 0;
    while (j < len && k[j] == key[j]) j++;
    if (j == len && k[len] == '\0') return i;
  }
}

/* A portable popcount of a 32-bit word (no libgcc call without
 * -mpopcnt). */
static inline uint32_t dict_popcount32(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (x * 0x01010101u) >> 24;
}

/* The group of `kind` for a slot with these kinds and group_first, or
 * NULL if the word has none. */
static inline const dict_hgroup *dict_group_of(const dyad_dict *d,
                                               uint32_t kinds,
                                               uint32_t group_first,
                                               uint32_t kind) {
  uint32_t bit = 1u << kind;
  if (!(kinds & bit)) return NULL;
  return &d->groups[group_first + dict_popcount32(kinds & (bit - 1))];
}

/* The group of `kind` of the whole token ti describes, or NULL. */
static inline const dict_hgroup *dict_group_ti(const dyad_dict *d,
                                               const dict_tokinfo *ti,
                                               uint32_t kind) {
  return dict_group_of(d, ti->full_kinds, ti->full_group, kind);
}

/* The group of `kind` in slot si, or NULL if the word has none. */
static const dict_hgroup *dict_group(const dyad_dict *d, uint32_t si,
                                     uint32_t kind) {
  const dict_hslot *s = &d->hash[si];
  return dict_group_of(d, s->kinds, s->group_first, kind);
}

/* The bit of dict_tokinfo.next for a next token with head4 `next` (see
 * dict_w2): a mix of its first two bytes. */
static inline uint64_t dict_next_bit(uint32_t next) {
  return (uint64_t)1 << (((next & 0xFFFFu) * 0x9E3779B1u) >> 26);
}

/* Groups with more multi-word postings than this get a full filter (no
 * scan: their bits would be mostly set anyway). */
#define DICT_NEXT_SCAN 1024

/* ORs into *f the dict_tokinfo.next bits of group g's multi-word
 * postings: for each, every head4 value that can pass its dict_w2 test
 * ((next & mask) == key) has its bit set.  The key always holds the
 * second word's first byte; when the mask also holds the second byte (a
 * word of two bytes or more, or an exact word of one, whose NUL is the
 * second byte) that bit is exact, else (a one-letter stem) every bit is
 * set. */
static void dict_next_add(const dyad_dict *d, const dict_hgroup *g,
                          uint64_t *f) {
  if (g->n_multi > DICT_NEXT_SCAN) {
    *f = ~(uint64_t)0;
    return;
  }
  const dict_w2 *w2 = &d->w2[g->post_first];
  for (uint32_t k = 0; k < g->n_multi; k++) {
    if ((w2[k].mask & 0xFFFFu) != 0xFFFFu) {
      *f = ~(uint64_t)0;
      return;
    }
    *f |= dict_next_bit(w2[k].key);
  }
}

/* Fills ti->multi, ti->next, ti->one[], ti->ones and ti->one_whole from
 * the rest of ti:
 * what dict_match_ti finds at the token when no multi-word phrase fits
 * (the lowest id of the
 * whole token's one-word stems and exact forms, else the lowest id among
 * the stems of its longest proper prefix that has some).  These depend on
 * the token alone, so they are worked out once per token (and memoized
 * with it by dict_sentence_prepare_cached).  stem[k] is the slot of the
 * token's longest proper prefix with one-word stems of kind k (DICT_NONE
 * if none). */
static void dict_token_one(const dyad_dict *d, dict_tokinfo *ti,
                           const uint32_t *stem) {
  ti->multi = 0;
  ti->ones = 0;
  ti->one_whole = 0;
  uint64_t next = 0;
  for (uint32_t kind = 0; kind < DICT_K_SYNSET; kind++) {
    uint32_t best = DICT_NONE;
    const dict_hgroup *g =
        ti->full != DICT_NONE ? dict_group_ti(d, ti, kind) : NULL;
    if (g) {
      const uint32_t *pp = &d->post[g->post_first];
      if (g->n_multi) {
        ti->multi |= (uint8_t)(1u << kind);
        dict_next_add(d, g, &next);
      }
      if (g->n_stem) best = pp[g->n_multi];
      if (g->n_exact && pp[g->n_multi + g->n_stem] < best)
        best = pp[g->n_multi + g->n_stem];
      if (best != DICT_NONE) ti->one_whole |= (uint8_t)(1u << kind);
    }
    if (best == DICT_NONE && stem[kind] != DICT_NONE) {
      const dict_hgroup *s = dict_group(d, stem[kind], kind);
      if (s && s->n_stem) best = d->post[s->post_first + s->n_multi];
    }
    ti->one[kind] = best;
    if (best != DICT_NONE) ti->ones |= (uint8_t)(1u << kind);
  }
  ti->next[0] = (uint32_t)next;
  ti->next[1] = (uint32_t)(next >> 32);
}

/* The dict_tokinfo.synsig bits of the n synset member phrases pp[0..n)
 * (their payloads) and of the synsets that hold theirs (d->synanc). */
static uint64_t dict_synsig_of(const dyad_dict *d, const uint32_t *pp,
                               uint32_t n) {
  if (d->synanc == NULL) return n ? ~(uint64_t)0 : 0;
  uint64_t sig = 0;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t s = d->phrases[pp[k]].payload;
    sig |= s < d->n[DICT_SEC_SYNSETS] ? d->synanc[s] : ~(uint64_t)0;
  }
  return sig;
}

void dict_token_info(const dyad_dict *d, const char *tok, dict_tokinfo *ti) {
  /* slot of the longest proper prefix with one-word stems of each kind */
  uint32_t stem[DICT_K_COUNT];
  ti->full = DICT_NONE;
  ti->full_kinds = 0;
  ti->full_group = 0;
  ti->len = 0;
  for (int k = 0; k < DICT_K_COUNT; k++) stem[k] = DICT_NONE;
  ti->n_syn = 0;
  ti->multi = 0;
  ti->next[0] = ti->next[1] = 0;
  ti->ones = 0;
  ti->one_whole = 0;
  ti->synsig[0] = ti->synsig[1] = 0;
  for (int k = 0; k < DICT_K_SYNSET; k++) ti->one[k] = DICT_NONE;
  if (!tok) return;
  uint64_t sig = 0;
  size_t tl = strlen(tok);
  ti->len = tl > UINT32_MAX ? UINT32_MAX : (uint32_t)tl;
  uint32_t h = DICT_WH_SEED;
  for (size_t L = 1; L <= tl; L++) {
    h = DICT_WH_STEP(h, tok[L - 1]);
    uint32_t hv = DICT_WH_FINISH(h);
    if (L < tl) {
      if (!dict_bloom_has(d->stem_bloom,
                          dict_bloom_bit(hv, DICT_STEM_BLOOM_LOG2)))
        continue;
    } else if (!dict_bloom_has(d->word_bloom,
                               dict_bloom_bit(hv, DICT_WORD_BLOOM_LOG2))) {
      break;
    }
    uint32_t si = dict_find_word(d, hv, tok, L);
    if (si == DICT_NONE) continue;
    if (L == tl) {
      ti->full = si;
      ti->full_kinds = (uint8_t)d->hash[si].kinds;  /* < 2^DICT_K_COUNT */
      ti->full_group = d->hash[si].group_first;
      break;
    }
    uint32_t sk = d->hash[si].stem_kinds;
    if (!sk) continue;
    /* longer prefixes come later and overwrite: the longest one stays */
    for (uint32_t k = 0; k < DICT_K_COUNT; k++)
      if (sk & (1u << k)) stem[k] = si;
    if (sk & (1u << DICT_K_SYNSET)) {
      if (ti->n_syn < DICT_TI_SYN_MAX) ti->syn[ti->n_syn] = si;
      if (ti->n_syn < UINT16_MAX) ti->n_syn++;
      /* the stems dict_stem_has reads for this prefix */
      const dict_hgroup *g = dict_group(d, si, DICT_K_SYNSET);
      if (g) sig |= dict_synsig_of(d, &d->post[g->post_first + g->n_multi],
                                   g->n_stem);
    }
  }
  /* every member the whole token starts: multi-word, stem, exact */
  const dict_hgroup *g =
      ti->full != DICT_NONE ? dict_group_ti(d, ti, DICT_K_SYNSET) : NULL;
  if (g) sig |= dict_synsig_of(d, &d->post[g->post_first],
                               g->n_multi + g->n_stem + g->n_exact);
  ti->synsig[0] = (uint32_t)sig;
  ti->synsig[1] = (uint32_t)(sig >> 32);
  dict_token_one(d, ti, stem);
}

void dict_sentence_prepare(const dyad_dict *d, const char *const *toks,
                           size_t n, dict_tokinfo *out) {
  for (size_t i = 0; i < n; i++) dict_token_info(d, toks[i], &out[i]);
}

/* Huge page size for the token memo (dict_tokcache_new). */
#define DICT_TC_HUGE ((size_t)2 << 20)

/* Bytes mapped for a token memo: whole 4 KB pages. */
static size_t dict_tc_bytes(void) {
  return (sizeof(dict_tokcache) + 4095) & ~(size_t)4095;
}

dict_tokcache *dict_tokcache_new(void) {
#if defined(MADV_HUGEPAGE) && defined(MAP_ANONYMOUS)
  /* an anonymous mapping (zeroed, its pages touched as the entries fill)
   * at a 2 MB boundary, so that the kernel may back its whole 2 MB pages
   * with huge pages (the rest, under 2 MB, keeps small ones and adds no
   * memory): map one huge page more, then unmap the slack */
  size_t sz = dict_tc_bytes();
  char *m = mmap(NULL, sz + DICT_TC_HUGE, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) return NULL;
  uintptr_t a = ((uintptr_t)m + DICT_TC_HUGE - 1) & ~(uintptr_t)(DICT_TC_HUGE - 1);
  char *p = (char *)a;
  if (p > m) munmap(m, (size_t)(p - m));
  if (p + sz < m + sz + DICT_TC_HUGE)
    munmap(p + sz, (size_t)(m + sz + DICT_TC_HUGE - (p + sz)));
  if (sz >= DICT_TC_HUGE)
    (void)madvise(p, sz & ~(DICT_TC_HUGE - 1), MADV_HUGEPAGE);
  return (dict_tokcache *)(void *)p;
#else
  return calloc(1, sizeof(dict_tokcache));
#endif
}

void dict_tokcache_free(dict_tokcache *c) {
  if (c == NULL) return;
#if defined(MADV_HUGEPAGE) && defined(MAP_ANONYMOUS)
  munmap(c, dict_tc_bytes());
#else
  free(c);
#endif
}

void dict_sentence_prepare_cached(const dyad_dict *d, dict_tokcache *c,
                                  const char *const *toks, size_t n,
                                  dict_tokinfo *out) {
  dict_sentence_prepare_keyed(d, c, toks, NULL, NULL, 0, n, out);
}

/* With lens == NULL, the lengths and hashes are computed here (pass 1);
 * else they are taken from lens and fnv (see dict.h). */
void dict_sentence_prepare_keyed(const dyad_dict *d, dict_tokcache *c,
                                 const char *const *toks,
                                 const uint32_t *lens, const uint32_t *fnv,
                                 size_t hashed_below, size_t n,
                                 dict_tokinfo *out) {
  assert(d != NULL && c != NULL);
  assert(lens == NULL || hashed_below >= DICT_TC_WORD);
  if (c->sum != d->h->checksum || c->size != d->size) {
    /* a cache never used is zeroed already: its pages are left untouched
     * until entries fill them */
    if (c->size != 0)
      for (size_t k = 0; k < (1u << DICT_TC_LOG2); k++) c->e[k].len = 0;
    c->sum = d->h->checksum;
    c->size = d->size;
  }
  /* Pass 1: hash every token and start loading its memo entry (the memo
   * is larger than the caches, and the tokens' misses are independent, so
   * they overlap); out[i].len and out[i].full hold the length and hash
   * until pass 2 fills out[i]. */
  for (size_t i = 0; i < n; i++) {
    const char *t = toks[i];
    size_t len = 0;
    uint32_t h = DICT_WH_SEED;
    if (lens && t) {
      /* a length of DICT_TC_WORD or more is not memoized: any such
       * length does (the loop below stops at DICT_TC_WORD) */
      len = lens[i] < DICT_TC_WORD ? lens[i] : DICT_TC_WORD;
      if (len < DICT_TC_WORD) h = fnv[i];
    } else if (t) {
      for (; len < DICT_TC_WORD && t[len]; len++) h = DICT_WH_STEP(h, t[len]);
    }
    uint32_t hv = DICT_WH_FINISH(h);
    out[i].len = (uint32_t)len;
    out[i].full = hv;
    if (len == 0 || len >= DICT_TC_WORD) continue;
    const dict_tc_entry *e = &c->e[(hv * 0x9E3779B1u) >> (32 - DICT_TC_LOG2)];
    __builtin_prefetch(e);
    __builtin_prefetch((const char *)e + sizeof *e - 1);
  }
  /* Pass 2 also starts loading the phrase record of every one-word
   * match of a token as soon as its info is known: the per-token matchers
   * will read them (their kind and payload); hints only */
  for (size_t i = 0; i < n; i++) {
    const char *t = toks[i];
    size_t len = out[i].len;
    uint32_t hv = out[i].full;
    if (len == 0 || len >= DICT_TC_WORD) {
      dict_token_info(d, t, &out[i]);
    } else {
      dict_tc_entry *e = &c->e[(hv * 0x9E3779B1u) >> (32 - DICT_TC_LOG2)];
      if (e->len == len && e->hash == hv && bytes_eq(e->word, t, len)) {
        out[i] = e->ti;
      } else {
        dict_token_info(d, t, &out[i]);
        e->len = (uint32_t)len;
        e->hash = hv;
        memcpy(e->word, t, len);
        e->ti = out[i];
      }
    }
    for (unsigned m = out[i].ones; m; m &= m - 1)
      __builtin_prefetch(&d->phrases[out[i].one[__builtin_ctz(m)]]);
  }
}

/* The start of the sub-run of group g's multi-word postings whose second
 * word starts with the first byte of head4 `next`: the first posting
 * whose key's first byte is not below it (g->n_multi if none; when next
 * is 0, none can fit).  The run goes on while the key's first byte is
 * next's (dict_multi_in_run): the callers test that as they walk it, in
 * place of a separate scan for its end. */
static inline uint32_t dict_multi_run(const dyad_dict *d,
                                      const dict_hgroup *g, uint32_t next) {
  const dict_w2 *w2 = &d->w2[g->post_first];
  uint32_t b = next & 0xFFu, a = 0, z = g->n_multi;
  if (b == 0 || z == 0) return g->n_multi;
  while (a < z) { /* lower bound of b */
    uint32_t m = a + (z - a) / 2;
    if ((w2[m].key & 0xFFu) < b) a = m + 1;
    else z = m;
  }
  return a;
}

/* Is posting k of group g (k from dict_multi_run on) still in the run of
 * head4 `next` (see dict_multi_run)? */
static inline int dict_multi_in_run(const dict_hgroup *g, const dict_w2 *w2,
                                    uint32_t k, uint32_t next) {
  return k < g->n_multi && ((w2[k].key ^ next) & 0xFFu) == 0;
}

/* Do words 2.. of multi-word phrase p match toks[i+1..]?  (Its first
 * word is the index key, equal to toks[i]; it is skipped, not compared.)
 * Returns 1 and the length of the last word in *last_len, or 0.  The
 * caller checked that the phrase fits in n tokens. */
static int dict_rest_fits(const dyad_dict *d, const dict_phrase *p,
                          const char *const *toks, size_t i, size_t len0,
                          size_t *last_len) {
  /* the first word is the key, toks[i] of len0 bytes: the space after it
   * is at len0 (looked for only when an image is forged) */
  const char *w = d->str + p->words;
  if ((size_t)p->words + len0 < d->str_size && w[len0] == ' ')
    w += len0;
  else
    w = strchr(w, ' ');
  if (!w) return 0; /* not a multi-word phrase (forged index) */
  w++;
  for (uint32_t k = 1; k < p->n_words; k++) {
    const char *t = toks[i + k];
    if (!t) return 0;
    const char *w0 = w;
    while (*w && *w != ' ' && *w == *t) w++, t++;
    if (*w && *w != ' ') return 0; /* mismatch inside the word */
    int last = (k + 1 == p->n_words);
    if ((!last || (p->flags & DICT_PH_EXACT)) && *t != '\0') return 0;
    if (last) {
      *last_len = (size_t)(w - w0);
      return 1;
    }
    if (!*w) return 0; /* fewer words than n_words (cannot happen) */
    w++;
  }
  return 0;
}

/* The best multi-word phrase of `kind` starting at toks[i] whose first
 * word is the whole token (ti describes it, and says it starts some of
 * that kind): most words, then longest last word,
 * then lowest id.  Sets *best / *best_len, or leaves them alone when none
 * fits; next is the head4 of toks[i + 1] (0: none).  Kept out of line:
 * most calls end at the filter test of dict_match_multi() below. */
static __attribute__((noinline)) void
dict_match_multi_run(const dyad_dict *d, const dict_tokinfo *ti,
                     uint32_t kind, const char *const *toks, size_t n,
                     size_t i, uint32_t next, uint32_t *best_out,
                     uint32_t *best_len_out) {
  const dict_hgroup *g = dict_group_ti(d, ti, kind);
  if (g == NULL) return;
  size_t len0 = ti->len;
  uint32_t best = DICT_NONE, best_len = 0;
  size_t best_last = 0;
  const uint32_t *pp = &d->post[g->post_first];
  const dict_w2 *w2 = &d->w2[g->post_first];
  /* the third-word test (d->w3): the head of the token after next, 0 when
   * there is none (no phrase of three words fits then, and none passes) */
  const dict_w2 *w3 = d->w3 ? &d->w3[g->post_first] : NULL;
  uint32_t next2 = i + 2 < n && toks[i + 2] ? dict_head4(toks[i + 2]) : 0;
  for (uint32_t k = dict_multi_run(d, g, next);
       dict_multi_in_run(g, w2, k, next); k++) {
    if ((next & w2[k].mask) != w2[k].key) continue;
    if (w3 && (next2 & w3[k].mask) != w3[k].key) continue;
    const dict_phrase *p = &d->phrases[pp[k]];
    if (p->n_words < best_len) break;
    if (i + p->n_words > n) continue;
    size_t last = 0;
    if (p->kind != kind || !dict_rest_fits(d, p, toks, i, len0, &last))
      continue;
    if (p->n_words > best_len || last > best_last ||
        (last == best_last && pp[k] < best)) {
      best = pp[k];
      best_len = p->n_words;
      best_last = last;
    }
  }
  if (best != DICT_NONE) {
    *best_out = best;
    *best_len_out = best_len;
  }
}

/* dict_match_multi_run() after the filter test, inline: next is the head4
 * of the next token (0: none); with its filter bit clear no multi-word
 * phrase of the token can fit, and neither the call nor the group (a
 * likely cache miss) is paid for. */
static inline void dict_match_multi(const dyad_dict *d,
                                    const dict_tokinfo *ti, uint32_t kind,
                                    const char *const *toks, size_t n,
                                    size_t i, uint32_t *best_out,
                                    uint32_t *best_len_out) {
  uint32_t next = i + 1 < n && toks[i + 1] ? dict_head4(toks[i + 1]) : 0;
  uint64_t filter = ti->next[0] | (uint64_t)ti->next[1] << 32;
  if (!(filter & dict_next_bit(next))) return;
  dict_match_multi_run(d, ti, kind, toks, n, i, next, best_out,
                       best_len_out);
}

/* dict_match_ti's body, inlined into the per-kind wrappers below. */
static inline int dict_match_fast(const dyad_dict *d, dict_kind kind,
                                  const char *const *toks, size_t n,
                                  size_t i, const dict_tokinfo *ti,
                                  dict_match *m) {
  m->phrase = DICT_NONE;
  m->len = 0;
  m->payload = DICT_NONE;
  if (i >= n || !toks[i] || (uint32_t)kind >= DICT_K_SYNSET) return 0;
  uint32_t best = DICT_NONE, best_len = 0;
  if (((ti->multi >> kind) & 1u) && ti->full != DICT_NONE)
    dict_match_multi(d, ti, kind, toks, n, i, &best, &best_len);
  if (best == DICT_NONE) {
    /* one word: equal to the token (lowest id of its stems and exact
     * forms), else the longest proper prefix that is a stem (lowest id);
     * see dict_token_one */
    best = ti->one[kind];
    if (best == DICT_NONE) return 0;
    best_len = 1;
  }
  /* payload is an index into the table of the phrase's kind */
  if (d->phrases[best].kind != (uint32_t)kind) return 0;
  m->phrase = best;
  m->len = best_len;
  m->payload = d->phrases[best].payload;
  return 1;
}

int dict_match_ti(const dyad_dict *d, dict_kind kind, const char *const *toks,
                  size_t n, size_t i, const dict_tokinfo *ti, dict_match *m) {
  return dict_match_fast(d, kind, toks, n, i, ti, m);
}

int dict_match_at(const dyad_dict *d, dict_kind kind, const char *const *toks,
                  size_t n, size_t i, dict_match *m) {
  dict_tokinfo ti;
  dict_token_info(d, i < n ? toks[i] : NULL, &ti);
  return dict_match_ti(d, kind, toks, n, i, &ti, m);
}

const char *dict_actor_code_on(const dyad_dict *d, uint32_t actor,
                               int32_t date) {
  if (actor >= d->n[DICT_SEC_ACTORS]) return "";
  const dict_actor *a = &d->actors[actor];
  const dict_actor_code *undated = NULL;
  for (uint32_t k = 0; k < a->code_count; k++) {
    const dict_actor_code *c = &d->acodes[a->code_first + k];
    int dated = c->date_from != 0 || c->date_to != DICT_DATE_MAX;
    if (!dated) {
      if (!undated) undated = c;
    } else if (date >= c->date_from && date <= c->date_to) {
      return d->str + c->code;
    }
  }
  return undated ? d->str + undated->code : "";
}

int dict_actor_match_ti(const dyad_dict *d, const char *const *toks,
                        size_t n, size_t i, const dict_tokinfo *ti,
                        int32_t date, dict_match *m, const char **code) {
  *code = "";
  if (!dict_match_fast(d, DICT_K_ACTOR, toks, n, i, ti, m)) return 0;
  *code = dict_actor_code_on(d, m->payload, date);
  return 1;
}

int dict_actor_match(const dyad_dict *d, const char *const *toks, size_t n,
                     size_t i, int32_t date, dict_match *m,
                     const char **code) {
  *code = "";
  if (!dict_match_at(d, DICT_K_ACTOR, toks, n, i, m)) return 0;
  *code = dict_actor_code_on(d, m->payload, date);
  return 1;
}

int dict_agent_match_ti(const dyad_dict *d, const char *const *toks,
                        size_t n, size_t i, const dict_tokinfo *ti,
                        dict_match *m, const dict_agent **agent) {
  *agent = NULL;
  if (!dict_match_fast(d, DICT_K_AGENT, toks, n, i, ti, m)) return 0;
  *agent = &d->agents[m->payload];
  return 1;
}

int dict_agent_match(const dyad_dict *d, const char *const *toks, size_t n,
                     size_t i, dict_match *m, const dict_agent **agent) {
  dict_tokinfo ti;
  dict_token_info(d, i < n ? toks[i] : NULL, &ti);
  return dict_agent_match_ti(d, toks, n, i, &ti, m, agent);
}

int dict_verb_match_ti(const dyad_dict *d, const char *const *toks, size_t n,
                       size_t i, const dict_tokinfo *ti, dict_match *m,
                       const dict_verb_form **form, const dict_verb **verb) {
  *form = NULL;
  *verb = NULL;
  if (!dict_match_fast(d, DICT_K_VERB, toks, n, i, ti, m)) return 0;
  *form = &d->vforms[m->payload];
  *verb = &d->verbs[(*form)->verb];
  return 1;
}

int dict_verb_match(const dyad_dict *d, const char *const *toks, size_t n,
                    size_t i, dict_match *m, const dict_verb_form **form,
                    const dict_verb **verb) {
  dict_tokinfo ti;
  dict_token_info(d, i < n ? toks[i] : NULL, &ti);
  return dict_verb_match_ti(d, toks, n, i, &ti, m, form, verb);
}

int dict_discard_match_ti(const dyad_dict *d, const char *const *toks,
                          size_t n, size_t i, const dict_tokinfo *ti,
                          dict_match *m, int *story) {
  *story = 0;
  if (!dict_match_fast(d, DICT_K_DISCARD, toks, n, i, ti, m)) return 0;
  *story = (d->phrases[m->phrase].flags & DICT_PH_STORY) != 0;
  return 1;
}

int dict_discard_match(const dyad_dict *d, const char *const *toks, size_t n,
                       size_t i, dict_match *m, int *story) {
  dict_tokinfo ti;
  dict_token_info(d, i < n ? toks[i] : NULL, &ti);
  return dict_discard_match_ti(d, toks, n, i, &ti, m, story);
}

uint32_t dict_synset_find(const dyad_dict *d, const char *name) {
  if (*name == '&') name++;
  size_t len = strlen(name);
  while (len > 0 && name[len - 1] == '_') len--;
  for (uint32_t i = 0; i < d->n[DICT_SEC_SYNSETS]; i++) {
    const char *s = d->str + d->synsets[i].name;
    if (strncasecmp(s, name, len) == 0 && s[len] == '\0') return i;
  }
  return DICT_NONE;
}

/* Does the stem run of the SYNSET group in slot si hold a member of
 * synset s? */
static int dict_stem_has(const dyad_dict *d, uint32_t si, uint32_t s) {
  const dict_hgroup *g = dict_group(d, si, DICT_K_SYNSET);
  if (!g) return 0;
  const uint32_t *pp = &d->post[g->post_first + g->n_multi];
  for (uint32_t k = 0; k < g->n_stem; k++)
    if (d->phrases[pp[k]].payload == s) return 1;
  return 0;
}

/* Longest member of synset s at toks[i] (tokens covered, 0 = none),
 * following "&NAME" members down to depth 4 (as dict_synset_match).
 * tok/ti describe toks[i]. */
static size_t dict_synset_match_depth(const dyad_dict *d, uint32_t synset,
                                      const char *const *toks, size_t n,
                                      size_t i, const dict_tokinfo *ti,
                                      int depth) {
  if (synset >= d->n[DICT_SEC_SYNSETS] || depth > 4) return 0;
  size_t best = 0;
  const dict_hgroup *g =
      ti->full != DICT_NONE ? dict_group_ti(d, ti, DICT_K_SYNSET) : NULL;
  if (g) {
    const uint32_t *pp = &d->post[g->post_first];
    const dict_w2 *w2 = &d->w2[g->post_first];
    uint32_t next = i + 1 < n && toks[i + 1] ? dict_head4(toks[i + 1]) : 0;
    for (uint32_t k = dict_multi_run(d, g, next);
         dict_multi_in_run(g, w2, k, next); k++) {
      if ((next & w2[k].mask) != w2[k].key) continue;
      const dict_phrase *p = &d->phrases[pp[k]];
      if (p->n_words <= best) break;
      size_t last;
      if (p->payload == synset && p->kind == DICT_K_SYNSET &&
          i + p->n_words <= n &&
          dict_rest_fits(d, p, toks, i, ti->len, &last))
        best = p->n_words;
    }
    if (best == 0) {
      uint32_t ns = g->n_stem + g->n_exact;
      for (uint32_t k = 0; k < ns; k++)
        if (d->phrases[pp[g->n_multi + k]].payload == synset) {
          best = 1;
          break;
        }
    }
  }
  if (best == 0 && ti->n_syn > 0) {
    if (ti->n_syn <= DICT_TI_SYN_MAX) {
      for (uint32_t k = 0; k < ti->n_syn && !best; k++)
        best = (size_t)dict_stem_has(d, ti->syn[k], synset);
    } else {
      /* many prefixes: probe each again */
      const char *t = toks[i];
      uint32_t h = DICT_WH_SEED;
      for (size_t L = 1; L < ti->len && !best; L++) {
        h = DICT_WH_STEP(h, t[L - 1]);
        uint32_t si = dict_find_word(d, DICT_WH_FINISH(h), t, L);
        if (si != DICT_NONE) best = (size_t)dict_stem_has(d, si, synset);
      }
    }
  }
  const dict_synrange *r = &d->synrange[synset];
  for (uint32_t k = 0; k < r->count; k++) {
    size_t got = dict_synset_match_depth(d, d->synref[r->first + k], toks, n,
                                         i, ti, depth + 1);
    if (got > best) best = got;
  }
  return best;
}

size_t dict_synset_match_ti(const dyad_dict *d, uint32_t synset,
                            const char *const *toks, size_t n, size_t i,
                            const dict_tokinfo *ti) {
  if (i >= n || !toks[i] || !dict_tokinfo_may_start(ti, synset)) return 0;
  return dict_synset_match_depth(d, synset, toks, n, i, ti, 0);
}

size_t dict_synset_match(const dyad_dict *d, uint32_t synset,
                         const char *const *toks, size_t n, size_t i) {
  if (synset >= d->n[DICT_SEC_SYNSETS] || i >= n || !toks[i]) return 0;
  dict_tokinfo ti;
  dict_token_info(d, toks[i], &ti);
  return dict_synset_match_depth(d, synset, toks, n, i, &ti, 0);
}

void dict_wordset_build_ti(const dict_tokinfo *ti, size_t n,
                           dict_wordset *ws) {
  memset(ws->bits, 0, sizeof ws->bits);
  memset(ws->syn, 0, sizeof ws->syn);
  ws->n = n;
  ws->n_list = 0;
  uint32_t sig0 = 0, sig1 = 0;
  for (size_t i = 0; i < n; i++) {
    if (i < DICT_WORDSET_SYN_TOKENS && dict_tokinfo_may_synset(&ti[i]))
      ws->syn[i >> 6] |= 1ull << (i & 63);
    sig0 |= ti[i].synsig[0];
    sig1 |= ti[i].synsig[1];
    uint32_t w = dict_tokinfo_word(&ti[i]);
    if (w == DICT_NONE) continue;
    uint32_t b = dict_wordset_wid_bit(w);
    uint64_t m = 1ull << (b & 63);
    if (ws->bits[b >> 6] & m) continue;
    ws->bits[b >> 6] |= m;
    if (ws->n_list < DICT_WORDSET_LIST) ws->list[ws->n_list] = (uint16_t)b;
    ws->n_list++;
  }
  ws->synsig = (uint64_t)sig1 << 32 | sig0;
}

const char *dict_option_get(const dyad_dict *d, const char *key) {
  for (uint32_t i = 0; i < d->n[DICT_SEC_OPTIONS]; i++)
    if (strcasecmp(d->str + d->options[i].key, key) == 0)
      return d->str + d->options[i].value;
  return NULL;
}

int dict_option_bool(const dyad_dict *d, const char *key, int def) {
  const char *v = dict_option_get(d, key);
  if (!v) return def;
  if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcmp(v, "1"))
    return 1;
  if (!strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcmp(v, "0"))
    return 0;
  return def;
}

/* ===================================================================== */
/* Dates                                                                 */
/* ===================================================================== */

int32_t dict_parse_date(const char *s) {
  int y, m, dd;
  char tail;
  /* the common YYYY-MM-DD first, without sscanf (same result) */
  static const char shape[] = "dddd-dd-dd";
  size_t q = 0;
  while (q < 10 && s[q] &&
         (shape[q] == 'd' ? s[q] >= '0' && s[q] <= '9' : s[q] == '-'))
    q++;
  if (q == 10 && s[10] == '\0') {
#define D_(k) (s[k] - '0')
    y = D_(0) * 1000 + D_(1) * 100 + D_(2) * 10 + D_(3);
    m = D_(5) * 10 + D_(6);
    dd = D_(8) * 10 + D_(9);
#undef D_
  } else if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) == 3 &&
      strlen(s) == 10) {
  } else if (strlen(s) == 8 && strspn(s, "0123456789") == 8) {
    long v = strtol(s, NULL, 10);
    y = (int)(v / 10000);
    m = (int)(v / 100 % 100);
    dd = (int)(v % 100);
  } else {
    return -1;
  }
  if (y < 1 || y > 9999 || m < 1 || m > 12 || dd < 1 || dd > 31) return -1;
  return y * 10000 + m * 100 + dd;
}

/* ===================================================================== */
/* Dump                                                                  */
/* ===================================================================== */

static const char *const dict_kind_names[DICT_K_COUNT] = {
    "actor", "agent", "verb", "discard", "issue", "synset"};

static void dict_dump_date(FILE *fp, int32_t v) {
  fprintf(fp, "%04d-%02d-%02d", (int)(v / 10000), (int)(v / 100 % 100),
          (int)(v % 100));
}

int dict_dump(const dyad_dict *d, FILE *fp) {
  fprintf(fp, "# dyad dictionary dump, source hash %016llx\n",
          (unsigned long long)d->h->source_hash);
  for (uint32_t i = 0; i < d->n[DICT_SEC_FILES]; i++)
    fprintf(fp, "file %u %s\n", i, dict_file_name(d, i));
  for (uint32_t i = 0; i < d->n[DICT_SEC_OPTIONS]; i++)
    fprintf(fp, "option %s = %s\n", d->str + d->options[i].key,
            d->str + d->options[i].value);
  for (uint32_t i = 0; i < d->n[DICT_SEC_SYNSETS]; i++) {
    const dict_synset *s = &d->synsets[i];
    fprintf(fp, "synset &%s %u:%u\n", d->str + s->name, s->file, s->line);
    for (uint32_t k = 0; k < s->member_count; k++) {
      const dict_phrase *p = &d->phrases[s->member_first + k];
      fprintf(fp, "  member %s%s%s\n", (p->flags & DICT_PH_SYNREF) ? "&" : "",
              d->str + p->words, (p->flags & DICT_PH_EXACT) ? "_" : "");
    }
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_ACTORS]; i++) {
    const dict_actor *a = &d->actors[i];
    fprintf(fp, "actor %u %s %u:%u\n", i,
            d->str + d->phrases[a->phrase].words, a->file, a->line);
    for (uint32_t k = 0; k < a->code_count; k++) {
      const dict_actor_code *c = &d->acodes[a->code_first + k];
      fprintf(fp, "  code %s ", d->str + c->code);
      dict_dump_date(fp, c->date_from);
      fputc(' ', fp);
      dict_dump_date(fp, c->date_to);
      fprintf(fp, " line %u\n", c->line);
    }
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_AGENTS]; i++) {
    const dict_agent *a = &d->agents[i];
    fprintf(fp, "agent %u %s%s%s %u:%u\n", i,
            a->mode == DICT_AGENT_PREFIX ? "~" : "", d->str + a->code,
            a->mode == DICT_AGENT_SUFFIX ? "~" : "", a->file, a->line);
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_VERBS]; i++) {
    const dict_verb *v = &d->verbs[i];
    fprintf(fp, "verb %u %s [%s] %u:%u\n", i, d->str + v->name,
            d->str + v->code, v->file, v->line);
    for (uint32_t k = 0; k < v->form_count; k++) {
      const dict_verb_form *f = &d->vforms[v->form_first + k];
      fprintf(fp, "  form %s [%s]\n", d->str + d->phrases[f->phrase].words,
              d->str + f->code);
    }
    for (uint32_t k = 0; k < v->pat_count; k++) {
      const dict_pattern *p = &d->patterns[v->pat_first + k];
      fprintf(fp, "  pattern [%s%s%s] %u:%u", d->str + p->code,
              d->str[p->code2] ? ":" : "", d->str + p->code2, p->file,
              p->line);
      for (uint32_t t = 0; t < p->tok_count; t++) {
        const dict_pat_tok *tk = &d->ptoks[p->tok_first + t];
        fprintf(fp, " %s%s%s", (tk->flags & DICT_TF_JOINED) ? "^" : "",
                d->str + tk->text, (tk->flags & DICT_TF_EXACT) ? "_" : "");
      }
      fputc('\n', fp);
    }
  }
  for (uint32_t i = 0; i < d->n[DICT_SEC_TRANSFORMS]; i++)
    fprintf(fp, "transform %s = %s %u:%u\n", d->str + d->transforms[i].lhs,
            d->str + d->transforms[i].rhs, d->transforms[i].file,
            d->transforms[i].line);
  for (uint32_t i = 0; i < d->n[DICT_SEC_ISSUES]; i++)
    fprintf(fp, "issue %s [%s] %s\n", d->str + d->issues[i].category,
            d->str + d->issues[i].code,
            d->str + d->phrases[d->issues[i].phrase].words);
  for (uint32_t i = 0; i < d->n[DICT_SEC_PHRASES]; i++) {
    const dict_phrase *p = &d->phrases[i];
    fprintf(fp, "phrase %u %s %s%s flags=%u payload=%u %u:%u\n", i,
            dict_kind_names[p->kind], d->str + p->words,
            (p->flags & DICT_PH_EXACT) ? "_" : "", p->flags, p->payload,
            p->file, p->line);
  }
  return ferror(fp) ? DYAD_ERR_IO : DYAD_OK;
}
