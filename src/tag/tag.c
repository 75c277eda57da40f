/*
 * tag.c: tokenization post-processing, part-of-speech tagging and the
 * tag_ws workspace of the tagging stage.
 *
 * The re2c scanner (tokens.re) yields raw tokens; here clitics ("n't",
 * "'s", "'ll", ...) and plural possessive apostrophes are split off, quote
 * direction is decided, and each token gets flags and a normalized form.
 * Tagging is a second-order HMM decoded with Viterbi: emissions are the
 * festlex-poslex log P(word | tag) (WSJ), or for unknown words a hand-set
 * P(tag | shape, suffix) turned into a pseudo emission by Bayes; the
 * transitions are the smoothed WSJ tag trigram model of the same package.
 * A few deterministic fixes follow (PRP$, VB after modals and "to",
 * VBN after "have"), then the news corrections of news_fixes().  Lookups
 * go through the generated hash tables of tables.h; lemma ids of known
 * words are read from their lexicon record (tools/gen_lexrec.c puts them
 * there at build time).  See tag.h for the contract.
 */
#include "tag/tag.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/fold.h"

#include "dyad.h"
#include "tag/tables.h"
#include "tag_ngram.h"
#include "util/bytes.h"

_Static_assert(TAG_NORM_HASHED == TAG_LEX_WORD,
               "norm_fnv holds the lexicon hashes tokenize computes");

/* ===================================================================== */
/* Tag names and classes                                                 */
/* ===================================================================== */

static const char *const pos_names[TAG_POS_COUNT] = {
  "NONE", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD",
  "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
  "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
  "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-",
  "$", "#"};

const char *tag_pos_name(unsigned pos) {
  return pos < TAG_POS_COUNT ? pos_names[pos] : "?";
}

tag_pos tag_pos_parse(const char *name) {
  if (!name) return TAG_NONE;
  for (unsigned i = 1; i < TAG_POS_COUNT; i++)
    if (strcmp(pos_names[i], name) == 0) return (tag_pos)i;
  return TAG_NONE;
}


/* Trigram class of each Penn tag (the festlex model merges punctuation
 * into "punc", PRP$ into "prp" and gives "of" its own class). */
static const uint8_t pos_class[TAG_POS_COUNT] = {
  [TAG_NONE] = TAG_NG_NN, [TAG_CC] = TAG_NG_CC, [TAG_CD] = TAG_NG_CD,
  [TAG_DT] = TAG_NG_DT, [TAG_EX] = TAG_NG_EX, [TAG_FW] = TAG_NG_FW,
  [TAG_IN] = TAG_NG_IN, [TAG_JJ] = TAG_NG_JJ, [TAG_JJR] = TAG_NG_JJR,
  [TAG_JJS] = TAG_NG_JJS, [TAG_LS] = TAG_NG_LS, [TAG_MD] = TAG_NG_MD,
  [TAG_NN] = TAG_NG_NN, [TAG_NNS] = TAG_NG_NNS, [TAG_NNP] = TAG_NG_NNP,
  [TAG_NNPS] = TAG_NG_NNPS, [TAG_PDT] = TAG_NG_PDT, [TAG_POS] = TAG_NG_POS,
  [TAG_PRP] = TAG_NG_PRP, [TAG_PRPS] = TAG_NG_PRP, [TAG_RB] = TAG_NG_RB,
  [TAG_RBR] = TAG_NG_RBR, [TAG_RBS] = TAG_NG_RBS, [TAG_RP] = TAG_NG_RP,
  [TAG_SYM] = TAG_NG_SYM, [TAG_TO] = TAG_NG_TO, [TAG_UH] = TAG_NG_UH,
  [TAG_VB] = TAG_NG_VB, [TAG_VBD] = TAG_NG_VBD, [TAG_VBG] = TAG_NG_VBG,
  [TAG_VBN] = TAG_NG_VBN, [TAG_VBP] = TAG_NG_VBP, [TAG_VBZ] = TAG_NG_VBZ,
  [TAG_WDT] = TAG_NG_WDT, [TAG_WP] = TAG_NG_WP, [TAG_WPS] = TAG_NG_WP,
  [TAG_WRB] = TAG_NG_WRB, [TAG_COMMA] = TAG_NG_PUNC,
  [TAG_PERIOD] = TAG_NG_PUNC, [TAG_COLON] = TAG_NG_PUNC,
  [TAG_LQUOTE] = TAG_NG_PUNC, [TAG_RQUOTE] = TAG_NG_PUNC,
  [TAG_LRB] = TAG_NG_PUNC, [TAG_RRB] = TAG_NG_PUNC,
  [TAG_DOLLAR] = TAG_NG_PUNC, [TAG_HASH] = TAG_NG_PUNC};

/* ===================================================================== */
/* Workspace memory                                                      */
/* ===================================================================== */

#define MAXC 8               /* candidate tags per token */

typedef struct vit_cell {
  uint32_t wl;               /* strlen of the token's normalized form */
  uint32_t lexh;             /* tag_hash of it (when wl < TAG_LEX_WORD) */
  const unsigned char *rec;  /* its lexicon record, NULL if unknown */
  uint8_t n;                 /* number of candidates */
  uint64_t all;              /* bit p set for every candidate tag p before
                                pruning (has_cand) */
  uint8_t pos[MAXC];
  uint8_t cls[MAXC];
  uint16_t boff[MAXC];       /* cls[b] * TAG_NG_STRIDE: the offset of the
                                trigram row of (a, b) past a's rows */
  float e[MAXC];             /* emission log probability */
  float d[MAXC][MAXC];       /* best score ending (prev cand, this cand);
                                the candidate two back that gives it is
                                found again when tracing back (vit_back) */
} vit_cell;

/* Makes room for n Viterbi cells.  Returns 0 or -1 when out of memory
 * (the block is unchanged). */
static int vit_reserve(tag_ws *ws, size_t n) {
  if (n <= ws->vit_cap && ws->vit) return 0;
  size_t c = ws->vit_cap ? ws->vit_cap : 16;
  while (c < n) c *= 2;
  void *q = realloc(ws->vit, c * sizeof(vit_cell));
  if (!q) return -1;
  ws->vit = q;
  ws->vit_cap = c;
  return 0;
}

static vit_cell *cells(const tag_ws *ws) {
  return (vit_cell *)ws->vit;   /* the private scratch: vit_cap cells */
}

void tag_ws_free(tag_ws *ws) {
  if (!ws) return;
  free(ws->tok);
  free(ws->chunks);
  free(ws->buf);
  free(ws->scan);
  free(ws->vit);
  free(ws->norm_len);
  free(ws->norm_fnv);
  free(ws->cmemo);
  free(ws->wcls);
  free(ws->wtab);
  memset(ws, 0, sizeof *ws);
}

/* Grows *p (element size sz, capacity *cap) to hold at least need
 * elements, doubling.  Returns 0 or -1 when out of memory (*p unchanged). */
static int grow(void **p, size_t *cap, size_t need, size_t sz) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 16;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * sz);
  if (!q) return -1;
  *p = q;
  *cap = c;
  return 0;
}

/* ===================================================================== */
/* Tokenization                                                          */
/* ===================================================================== */

static int is_upper_ascii(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower_ascii(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha_ascii(int c) { return is_upper_ascii(c) || is_lower_ascii(c); }

/* Length of the apostrophe ending at s[end) (' or U+2019), else 0. */
static size_t apos_before(const char *s, size_t start, size_t end) {
  if (end > start && s[end - 1] == '\'') return 1;
  if (end >= start + 3 && (unsigned char)s[end - 3] == 0xE2 &&
      (unsigned char)s[end - 2] == 0x80 && (unsigned char)s[end - 1] == 0x99)
    return 3;
  return 0;
}

/* Case-insensitive ASCII compare of s[0,n) with lowercase lit. */
static int eq_ci(const char *s, size_t n, const char *lit) {
  size_t m = strlen(lit);
  if (n != m) return 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i];
    if (is_upper_ascii(c)) c += 32;
    if (c != lit[i]) return 0;
  }
  return 1;
}

/* For a word token s[start,end): the start of a clitic to split off
 * ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m"), or end if none. */
static size_t clitic_start(const char *s, size_t start, size_t end) {
  /* every clitic's apostrophe (' or the last byte 0x99 of U+2019) sits
   * two or three bytes before the end: most words have none there */
  size_t n = end - start;
  if (!(n >= 2 && (s[end - 2] == '\'' || (unsigned char)s[end - 2] == 0x99)) &&
      !(n >= 3 && (s[end - 3] == '\'' || (unsigned char)s[end - 3] == 0x99)))
    return end;
  /* n't / n’t */
  for (size_t al = 1; al <= 3; al += 2) {
    size_t cl = 2 + al;                     /* n + apostrophe + t */
    if (end - start > cl && (s[end - 1] == 't' || s[end - 1] == 'T') &&
        apos_before(s, start, end - 1) == al &&
        (s[end - 2 - al] == 'n' || s[end - 2 - al] == 'N'))
      return end - cl;
  }
  /* 's 're 've 'll 'd 'm: find the last apostrophe */
  for (size_t k = 1; k <= 2 && end - start > k; k++) {
    size_t a = apos_before(s, start, end - k);
    if (!a || end - k - a == start) continue;
    const char *suf = s + end - k;
    if ((k == 1 && (eq_ci(suf, 1, "s") || eq_ci(suf, 1, "d") ||
                    eq_ci(suf, 1, "m"))) ||
        (k == 2 && (eq_ci(suf, 2, "re") || eq_ci(suf, 2, "ve") ||
                    eq_ci(suf, 2, "ll"))))
      return end - k - a;
  }
  return end;
}

/* Appends token [start,end) of the given type (the caller made room for
 * it: token_room). */
static inline void push_token(tag_ws *ws, size_t start, size_t end,
                              int type) {
  assert(ws->n < ws->tok_cap);
  ws->tok[ws->n++] = (tag_token){.offset = (uint32_t)start,
                                 .len = (uint32_t)(end - start),
                                 .type = (uint16_t)type,
                                 .lemma_id = -1,
                                 .chunk_id = UINT16_MAX};
}

/* Is the quote at [start,end) opening? Curly and `` quotes say so
 * themselves; straight ones open at the start, after space or an
 * opening bracket/dash/quote. */
static int quote_opens(const char *s, size_t start, size_t end) {
  const unsigned char *q = (const unsigned char *)s + start;
  size_t n = end - start;
  if (n == 2 && q[0] == '`') return 1;
  if (n == 1 && q[0] == '`') return 1;
  if (n == 2 && q[0] == '\'') return 0;
  if (n == 3 && q[0] == 0xE2 && q[1] == 0x80)
    return q[2] == 0x98 || q[2] == 0x9C || q[2] == 0x9E || q[2] == 0x9B ||
           q[2] == 0x9F || q[2] == 0xB9;
  if (n == 2 && q[0] == 0xC2) return q[1] == 0xAB;
  if (start == 0) return 1;
  int p = (unsigned char)s[start - 1];
  return p == ' ' || p == '(' || p == '[' || p == '{' || p == '-' ||
         p == '\t' || p == '\n' || p == 0xA0 || p == 0x94 || p == 0x9C;
}

/* Flags from the token's bytes. */
static uint16_t shape_flags(const char *s, size_t n) {
  uint16_t f = 0;
  size_t up = 0, letters = 0;
  for (size_t i = 0; i < n; i++) {
    int c = (unsigned char)s[i];
    if (c >= 0x80) { f |= TAG_F_NONASCII; continue; }
    if (is_alpha_ascii(c)) {
      letters++;
      if (is_upper_ascii(c)) { up++; if (letters == 1) f |= TAG_F_CAP; }
    } else if (c >= '0' && c <= '9') {
      f |= TAG_F_DIGIT;
    } else if (c == '-' && i > 0 && i + 1 < n) {
      f |= TAG_F_HYPHEN;
    }
  }
  if (letters >= 2 && up == letters) f |= TAG_F_ALLCAP;
  /* Non-ASCII capital at the start (e.g. "Évian") */
  if (n >= 2 && (unsigned char)s[0] >= 0xC0) {
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) > 0
        && utf8proc_isupper(cp))
      f |= TAG_F_CAP;
  }
  return f;
}

/* Zero bytes after the text in ws->scan (write_norm_ascii's 8-byte
 * reads of a token's last bytes stay inside). */
#define SCAN_PAD 8

#define ONES8 UINT64_C(0x0101010101010101)
#define HIGH8 UINT64_C(0x8080808080808080)

/* Bit 7 of each byte of x whose value is in [lo, hi], for x with every
 * byte below 0x80 and 0 < lo <= hi < 0x80: adding 0x80 - lo sets bit 7
 * exactly for bytes >= lo, adding 0x7F - hi for bytes > hi, and no sum
 * carries into the next byte. */
static inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi) {
  return (x + ONES8 * (0x80u - lo)) & ~(x + ONES8 * (0x7Fu - hi)) & HIGH8;
}

/* Number of bytes of m (bits 7 of bytes only) that are set. */
static inline unsigned count8(uint64_t m) {
  return (unsigned)(((m >> 7) * ONES8) >> 56);
}

/* FNV-1a (tag_hash) of h continued over the m low bytes of x, low byte
 * first, 1 <= m <= 8: one step per byte, unrolled (the loop's own
 * counting cost about as much as the steps). */
static inline uint32_t fnv_low_bytes(uint32_t h, uint64_t x, size_t m) {
#define FNV_STEP h = (h ^ (uint32_t)(x & 0xFF)) * 16777619u; x >>= 8
  switch (m) {
  case 8: FNV_STEP; __attribute__((fallthrough));
  case 7: FNV_STEP; __attribute__((fallthrough));
  case 6: FNV_STEP; __attribute__((fallthrough));
  case 5: FNV_STEP; __attribute__((fallthrough));
  case 4: FNV_STEP; __attribute__((fallthrough));
  case 3: FNV_STEP; __attribute__((fallthrough));
  case 2: FNV_STEP; __attribute__((fallthrough));
  default: FNV_STEP;
  }
#undef FNV_STEP
  return h;
}

/* write_norm() for an ASCII token s[0, n) (s inside ws->scan, so the
 * 8-byte reads stay in the padded buffer) into o: lowercases 8 bytes at a
 * time and finds the same flags; *hash gets tag_hash() of the form.
 * Returns 0, or -1 without writing a complete form when a byte is not
 * ASCII (the caller then takes the byte-by-byte way). */
static int write_norm_ascii(const unsigned char *s, size_t n, char *o,
                            uint16_t *flags, uint32_t *hash) {
  uint16_t f = 0;
  unsigned up = 0, letters = 0;
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i += 8) {
    uint64_t x;
    memcpy(&x, s + i, 8);
    size_t m = n - i < 8 ? n - i : 8;
    if (m < 8) x &= (UINT64_C(1) << (8 * m)) - 1;  /* the token's bytes */
    if (x & HIGH8) return -1;
    uint64_t U = bytes_in(x, 'A', 'Z'), L = bytes_in(x, 'a', 'z');
    if (letters == 0 && (U | L)) {
      /* the first letter: a capital? */
      uint64_t first = (U | L) & (~(U | L) + 1);
      if (U & first) f |= TAG_F_CAP;
    }
    letters += count8(U | L);
    up += count8(U);
    if (bytes_in(x, '0', '9')) f |= TAG_F_DIGIT;
    /* '-' not at the token's first or last byte */
    uint64_t hy = bytes_in(x, '-', '-');
    if (i == 0) hy &= ~UINT64_C(0x80);
    if (i + m == n) hy &= ~(UINT64_C(0x80) << (8 * (m - 1)));
    if (hy) f |= TAG_F_HYPHEN;
    x |= U >> 2;                              /* lowercase */
    memcpy(o + i, &x, 8);
    h = fnv_low_bytes(h, x, m);
  }
  if (letters >= 2 && up == letters) f |= TAG_F_ALLCAP;
  *flags = f;
  *hash = h;
  return 0;
}

/* Writes the normalized form of text[t] into ws->buf (capacity reserved
 * by the caller), sets t->norm and returns the form's length.  ASCII is
 * lowercased directly; a token with other bytes is folded by text_fold
 * (NFC, case folding, quotes and dashes made ASCII), the same function the
 * dictionary compiler folds phrases with.  For tokens other than quotes it also sets t->flags to
 * shape_flags() of the bytes, computed in the same pass.  *hash is set to
 * tag_hash() of the form, computed as it is written when it is ASCII. */
static size_t write_norm(tag_ws *ws, tag_token *t, uint32_t *hash) {
  const unsigned char *s = (const unsigned char *)ws->text + t->offset;
  size_t n = t->len;
  char *o = ws->buf + ws->buf_len;
  size_t k = 0;
  uint32_t h = 2166136261u;   /* tag_hash of the ASCII bytes written */
  t->norm = (uint32_t)ws->buf_len;
  if (t->type == TAG_T_QUOTE) {
    t->flags = shape_flags((const char *)s, n);
    o[k++] = (n == 1 && s[0] == '\'') || (n == 3 && (s[2] == 0x98 ||
              s[2] == 0x99)) ? '\'' : '"';
    h = (h ^ (unsigned char)o[0]) * 16777619u;
  } else if (n == 1 && s[0] < 0x80) {
    /* one ASCII byte (most punctuation): write_norm_ascii's form,
     * flags and hash, without its word-at-a-time work */
    unsigned c = s[0];
    uint16_t f = 0;
    if (c >= 'A' && c <= 'Z') {
      f = TAG_F_CAP;
      c += 32;
    } else if (c >= '0' && c <= '9') {
      f = TAG_F_DIGIT;
    }
    t->flags = f;
    o[k++] = (char)c;
    h = (h ^ c) * 16777619u;
  } else if (write_norm_ascii((const unsigned char *)ws->scan + t->offset, n,
                              o, &t->flags, &h) == 0) {
    k = n;
  } else {
    uint16_t f = 0;
    size_t up = 0, letters = 0;
    h = 2166136261u;
    for (size_t i = 0; i < n;) {
      unsigned c = s[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          if (++letters == 1) f |= TAG_F_CAP;
          up++;
          c += 32;
        } else if (c >= 'a' && c <= 'z') {
          letters++;
        } else if (c >= '0' && c <= '9') {
          f |= TAG_F_DIGIT;
        } else if (c == '-' && i > 0 && i + 1 < n) {
          f |= TAG_F_HYPHEN;
        }
        o[k++] = (char)c;
        h = (h ^ c) * 16777619u;
        i++;
        continue;
      }
      f |= TAG_F_NONASCII;
      if (c == 0xE2 && i + 2 < n &&
          s[i + 1] == 0x80 && (s[i + 2] == 0x99 || s[i + 2] == 0x98)) {
        o[k++] = '\'';
        i += 3;
        continue;
      }
      utf8proc_int32_t cp;
      utf8proc_ssize_t r = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
      if (r <= 0) {                      /* invalid byte: copy as is */
        o[k++] = (char)c;
        i++;
        continue;
      }
      utf8proc_int32_t lc = utf8proc_tolower(cp);
      k += (size_t)utf8proc_encode_char(lc, (utf8proc_uint8_t *)o + k);
      i += (size_t)r;
    }
    if (f & TAG_F_NONASCII) {
      /* Non-ASCII text is folded exactly as dictionary phrases are
       * (src/text/fold.h: NFC, case folding, quotes and dashes made
       * ASCII); the buffer holds 3 bytes per input byte. */
      k = text_fold((const char *)s, n, o, 3 * n + 1, NULL);
      h = tag_hash(o, k);
    }
    if (letters >= 2 && up == letters) f |= TAG_F_ALLCAP;
    /* Non-ASCII capital at the start (e.g. "Évian") */
    if (n >= 2 && s[0] >= 0xC0) {
      utf8proc_int32_t cp;
      if (utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp) > 0 &&
          utf8proc_isupper(cp))
        f |= TAG_F_CAP;
    }
    t->flags = f;
  }
  o[k++] = '\0';
  ws->buf_len += k;
  *hash = h;
  return k - 1;
}

/* "Saudi-led", "U.S.-led": a capitalised word glued to "-led" names the
 * leader of what follows ("the Saudi-led coalition"), so the name and
 * "-led" become two tokens and the name can be read as an actor.  Returns
 * the offset of the hyphen in s[start, end), or end if the word is not
 * such a compound.  Other compounds ("Iranian-backed") stay one token:
 * their name is not the actor. */
static size_t led_start(const char *s, size_t start, size_t end) {
  if (end - start < 6 || !is_upper_ascii((unsigned char)s[start]))
    return end;
  const char *h = s + end - 4;
  if (h[0] != '-' || (h[1] != 'l' && h[1] != 'L') ||
      (h[2] != 'e' && h[2] != 'E') || (h[3] != 'd' && h[3] != 'D'))
    return end;
  unsigned char p = (unsigned char)h[-1];
  return is_alpha_ascii(p) || p == '.' ? end - 4 : end;
}

/* The words of the TAG_W_* classes (tag.h), each with its classes. */
static const struct { const char *w; uint16_t cls; } wclass_words[] = {
  {"be", TAG_W_BE}, {"is", TAG_W_BE}, {"are", TAG_W_BE}, {"was", TAG_W_BE},
  {"were", TAG_W_BE}, {"been", TAG_W_BE | TAG_W_BEEN}, {"being", TAG_W_BE},
  {"'s", TAG_W_BE}, {"'re", TAG_W_BE}, {"'m", TAG_W_BE}, {"am", TAG_W_BE},
  {"have", TAG_W_HAVE}, {"has", TAG_W_HAVE}, {"had", TAG_W_HAVE},
  {"having", TAG_W_HAVE}, {"'ve", TAG_W_HAVE},
  {"'d", TAG_W_HAVE | TAG_W_WOULD},
  {"after", TAG_W_TSUB | TAG_W_CSUB | TAG_W_CPREP},
  {"before", TAG_W_TSUB | TAG_W_CSUB | TAG_W_CPREP},
  {"as", TAG_W_TSUB | TAG_W_CSUB | TAG_W_CPREP},
  {"since", TAG_W_TSUB | TAG_W_CSUB | TAG_W_CPREP},
  {"until", TAG_W_TSUB | TAG_W_CSUB | TAG_W_CPREP},
  {"when", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"while", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"because", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"that", TAG_W_TSUB | TAG_W_CSUB},
  {"where", TAG_W_TSUB | TAG_W_CSUB},
  {"if", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"although", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"though", TAG_W_TSUB | TAG_W_CSUB | TAG_W_SUBORD},
  {"who", TAG_W_TSUB}, {"which", TAG_W_TSUB},
  {"whereas", TAG_W_CSUB | TAG_W_SUBORD},
  {"unless", TAG_W_CSUB | TAG_W_SUBORD}, {"so", TAG_W_SUBORD},
  {"whenever", TAG_W_CSUB},
  {"whether", TAG_W_CSUB}, {"once", TAG_W_CSUB},
  {"my", TAG_W_POSS}, {"your", TAG_W_POSS}, {"his", TAG_W_POSS},
  {"its", TAG_W_POSS}, {"our", TAG_W_POSS}, {"their", TAG_W_POSS},
  {"by", TAG_W_BY}, {"and", TAG_W_AND},
  {"could", TAG_W_HYP}, {"might", TAG_W_HYP}, {"may", TAG_W_HYP},
  {"likely", TAG_W_HYP}, {"unlikely", TAG_W_HYP}, {"must", TAG_W_HYP},
  {"should", TAG_W_HYP}, {"ought", TAG_W_HYP},
  {"would", TAG_W_WOULD}, {"will", TAG_W_WILL}, {"'ll", TAG_W_WILL},
  {"shall", TAG_W_WILL},
  {"last", TAG_W_DEICTIC}, {"this", TAG_W_DEICTIC}, {"next", TAG_W_DEICTIC},
  {"earlier", TAG_W_DEICTIC}, {"later", TAG_W_DEICTIC},
};

/* The word class table: open addressing over WTAB slots, keyed by the
 * word's bytes read as a little-endian number (every word above has 2 to
 * 8 bytes, and no NUL, so the key is never 0, the empty slot's). */
#define WTAB_LOG2 8
typedef struct wtab_slot {
  uint64_t key;
  uint16_t cls;
} wtab_slot;

/* The table and its filter: bit l of lens[c] is set when some word of
 * wclass_words starts with byte c and has l bytes, so most words are
 * ruled out ("the", "to", "of") before the hash probe. */
typedef struct wtab {
  wtab_slot slot[1u << WTAB_LOG2];
  uint16_t lens[256];
} wtab;

/* The slot where key is, or the empty one where it would go. */
static inline size_t wtab_probe(const wtab_slot *t, uint64_t key) {
  size_t h = (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - WTAB_LOG2));
  while (t[h].key != 0 && t[h].key != key)
    h = (h + 1) & (((size_t)1 << WTAB_LOG2) - 1);
  return h;
}

/* Makes ws->wtab from wclass_words.  Returns 0 or -1 when out of memory. */
static int wtab_make(tag_ws *ws) {
  wtab *w = calloc(1, sizeof *w);
  if (w == NULL) return -1;
  wtab_slot *t = w->slot;
  for (size_t k = 0; k < sizeof wclass_words / sizeof wclass_words[0]; k++) {
    const char *word = wclass_words[k].w;
    uint64_t key = 0;
    size_t n = strlen(word);
    assert(n >= 2 && n <= 8);
    memcpy(&key, word, n);
    size_t h = wtab_probe(t, key);
    t[h].key = key;
    t[h].cls |= wclass_words[k].cls;
    w->lens[(unsigned char)word[0]] |= (uint16_t)(1u << n);
  }
  ws->wtab = w;
  return 0;
}

/* The TAG_W_* classes of the norm w[0, wl) (ws->wtab made; w inside
 * ws->buf with at least 8 bytes of it from w on, as tokenize leaves
 * them: the 8-byte read keeps only the norm's bytes). */
static inline uint16_t word_class(const wtab *wt, const char *w,
                                  size_t wl) {
  if (wl - 2 >= 7) return 0;  /* not 2 to 8 bytes (no class word is) */
  if (!((wt->lens[(unsigned char)w[0]] >> wl) & 1u)) return 0;
  uint64_t x;
  memcpy(&x, w, 8);
  x &= ~UINT64_C(0) >> (8 * (8 - wl));  /* little-endian: the first wl */
  const wtab_slot *t = wt->slot;
  const wtab_slot *s = &t[wtab_probe(t, x)];
  return s->key == x ? s->cls : 0;
}

/* Tokens between the request of a lexicon hash slot and the read of it
 * that requests the record it names (tokenize). */
#define LEX_AHEAD 8

/* Requests the lexicon record of cell c (wl and lexh set), reading its
 * hash slot.  A hint: no result depends on it.  Always inlined: GCC finds
 * a function that only prefetches pure and drops the calls to it (as
 * it did to lex_prefetch below before, which never prefetched). */
static inline __attribute__((always_inline)) void
lex_prefetch_one(const vit_cell *c) {
  const uint32_t lowmask = (1u << TAG_LEX_OFF_BITS) - 1;
  if (c->wl >= TAG_LEX_WORD) return;
  uint32_t slot = tag_lex_hash[c->lexh & tag_lex_hash_mask];
  if (slot != 0) __builtin_prefetch(tag_lex_blob + (slot & lowmask) - 1);
}

/* Does the run of ASCII letters s[q, e) end where tag_scan would end it,
 * as a TAG_T_WORD, before the byte s[e] (s[len] == '\0')?  Yes before a
 * space, a comma, the end, a closing bracket, ';', '?', '!' and '"'
 * (no rule of tokens.re goes on with them after letters); before ':'
 * unless "://" follows (a URL: "http://"); before a '.' that a space or
 * the end follows (not "U.S.", "www.x", "...") unless the run may be an
 * abbreviation of tokens.re (TITLE, INITIAL, "No."): those are a capital
 * and at most five letters more, "vs" and "etc".  No: anything else
 * (the longer matches need a '.', '-', '\'', ':', '@' or a digit after
 * the letters; the scanner decides). */
static inline int plain_end(const char *s, size_t len, size_t q, size_t e) {
  switch (s[e]) {
  case ' ': case ',': case ')': case ']': case '}': case ';': case '?':
  case '!': case '"':
    return 1;
  case '\0':
    return e == len;
  case ':':
    return s[e + 1] != '/';
  case '.':
    if (!(s[e + 1] == ' ' || (s[e + 1] == '\0' && e + 1 == len))) return 0;
    if (e - q >= 7) return 1;
    if (!(s[q] & 0x20)) return 0;           /* capitalised: Mr. Jan. A. */
    return !(e - q == 2 && s[q] == 'v' && s[q + 1] == 's') &&
           !(e - q == 3 && s[q] == 'e' && s[q + 1] == 't' && s[q + 2] == 'c');
  default:
    return 0;
  }
}

/* The scanner's answer for the most common token, found without it: at
 * *cursor (after at most one space), ASCII letters up to a byte where
 * plain_end() says the scanner ends them; the first rule of tokens.re
 * that matches all of the run is WORD.  Returns 1 and sets *start and
 * *cursor to the word's bounds, as tag_scan would for TAG_T_WORD; 0 when
 * the text there is anything else (tag_scan then decides).  The word's
 * norm is written to o as it is scanned, as write_norm_ascii() would
 * write it (the same chunks of 8 bytes from the word's start, so the
 * same form, flags and hash; with no other bytes, a letter is a capital
 * when its bit 0x20 is clear, and setting that bit lowercases it):
 * lowercased, NUL-terminated, up to 7 zero bytes after the NUL.  On 1,
 * *flags and *hash are set; on 0 the bytes written to o are garbage the
 * caller leaves uncommitted.  o must have room for len - *cursor + 8
 * bytes. */
static inline int plain_word_norm(const char *s, size_t len, size_t *cursor,
                                  size_t *start, char *o, uint16_t *flags,
                                  uint32_t *hash) {
  const uint64_t B5 = ONES8 * 0x20;
  size_t q = *cursor;
  if (s[q] == ' ') q++;
  if (!is_alpha_ascii((unsigned char)s[q])) return 0;
  uint64_t lower = 0;
  uint32_t h = 2166136261u;
  size_t e = q;
  for (;;) {
    /* 8 bytes at a time (s is ws->scan: SCAN_PAD zero bytes follow
     * s[len], and e <= len): the first byte that is no ASCII letter */
    uint64_t x;
    memcpy(&x, s + e, 8);
    uint64_t let = bytes_in((x & ~HIGH8) | B5, 'a', 'z') & ~x;
    uint64_t non = ~let & HIGH8;
    if (non) {
      size_t m = (size_t)__builtin_ctzll(non) >> 3;  /* letters here */
      if (m) {
        uint64_t in = (UINT64_C(1) << (8 * m)) - 1;
        x &= in;
        lower |= x & B5;
        x |= B5 & in;                           /* lowercase */
        memcpy(o + (e - q), &x, 8);
        h = fnv_low_bytes(h, x, m);
      }
      e += m;
      break;
    }
    lower |= x & B5;
    x |= B5;                                    /* lowercase */
    memcpy(o + (e - q), &x, 8);
    h = fnv_low_bytes(h, x, 8);
    e += 8;
  }
  if (!plain_end(s, len, q, e)) return 0;
  size_t n = e - q;
  o[n] = '\0';
  uint16_t f = (s[q] & 0x20) ? 0 : TAG_F_CAP;
  /* every byte a letter: with no lowercase one, all n are capitals */
  if (lower == 0 && n >= 2) f |= TAG_F_ALLCAP;
  *flags = f;
  *hash = h;
  *start = q;
  *cursor = e;
  return 1;
}

static inline const void *cmemo_at(const void *memo, uint32_t lexh,
                                   int key);

/* The scanner's answer for a comma, or a period before a space or the
 * end, at *cursor (after at most one space): TAG_T_PUNCT of one byte (no
 * rule of tokens.re starts with a comma but [,;:], and a period makes a
 * longer token only before another period, '!', '?' or a digit).
 * Returns 1 and sets *start and *cursor as tag_scan would; 0 otherwise. */
static inline int plain_stop(const char *s, size_t len, size_t *cursor,
                             size_t *start) {
  size_t q = *cursor;
  if (s[q] == ' ') q++;
  char c = s[q];
  if (c != ',' &&
      !(c == '.' && (s[q + 1] == ' ' || (s[q + 1] == '\0' && q + 1 == len))))
    return 0;
  *start = q;
  *cursor = q + 1;
  return 1;
}

/* Makes room for need tokens in every per-token array: ws->tok, the
 * Viterbi cells, norm_len, norm_fnv and wcls.  Returns the number of
 * tokens they all have room for (>= need), or 0 when out of memory. */
static size_t token_room(tag_ws *ws, size_t need) {
  if (need == 0) need = 1;
  if (grow((void **)&ws->tok, &ws->tok_cap, need, sizeof *ws->tok) ||
      vit_reserve(ws, need))
    return 0;
  if (need > ws->key_cap || ws->wcls == NULL) {
    /* the three arrays have key_cap entries (wcls is made on the first
     * call, when the others may exist: grow() doubles from 16 to the
     * same size for all) */
    if (need < ws->key_cap) need = ws->key_cap;
    size_t kc = ws->key_cap;
    if (grow((void **)&ws->norm_len, &kc, need, sizeof *ws->norm_len))
      return 0;
    kc = ws->key_cap;
    if (grow((void **)&ws->norm_fnv, &kc, need, sizeof *ws->norm_fnv))
      return 0;
    kc = ws->wcls ? ws->key_cap : 0;
    if (grow((void **)&ws->wcls, &kc, need, sizeof *ws->wcls))
      return 0;
    ws->key_cap = kc;
  }
  size_t room = ws->tok_cap;
  if (ws->vit_cap < room) room = ws->vit_cap;
  if (ws->key_cap < room) room = ws->key_cap;
  return room;
}

/* The arrays tokenize() fills and the tables it reads, copied from ws
 * into a local (its stores through them may alias ws's fields, which the
 * compiler would otherwise load again after each store); taken again from
 * ws after they grow (tok_out_get). */
typedef struct tok_out {
  tag_token *tok;
  vit_cell *v;
  uint32_t *len, *fnv;
  uint16_t *wcls;
  const wtab *wt;
  const void *cmemo;           /* NULL until the first tagging */
} tok_out;

static inline tok_out tok_out_get(const tag_ws *ws) {
  return (tok_out){.tok = ws->tok, .v = cells(ws), .len = ws->norm_len,
                   .fnv = ws->norm_fnv, .wcls = ws->wcls, .wt = ws->wtab,
                   .cmemo = ws->cmemo};
}

/* Records token i (its tag_token filled), whose norm w[0, wl) (inside
 * ws->buf, hash h) is written: its Viterbi cell's wl and lexh,
 * norm_len, norm_fnv and wcls.  Requests from memory its lexicon hash
 * slot, the candidate memo entry it will likely read (its key guessed
 * from the token alone: capitalised; first word after a dash, a quote
 * or at the start) and the lexicon record of the token LEX_AHEAD back,
 * so that they arrive while the caller works on the tokens (the coder
 * matches its dictionaries before it tags); the requests are hints, no
 * result depends on them. */
static inline __attribute__((always_inline)) void
note_token(const tok_out *o, size_t i, const char *w, size_t wl,
           uint32_t h) {
  o->v[i].wl = (uint32_t)wl;
  o->len[i] = (uint32_t)wl;
  o->wcls[i] = word_class(o->wt, w, wl);
  o->fnv[i] = 0;
  if (wl >= TAG_LEX_WORD) return;
  o->v[i].lexh = h;
  o->fnv[i] = h;
  __builtin_prefetch(&tag_lex_hash[h & tag_lex_hash_mask]);
  const tag_token *t = &o->tok[i];
  if (o->cmemo != NULL && t->type == TAG_T_WORD) {
    int first = i == 0 || t[-1].type == TAG_T_DASH ||
                t[-1].type == TAG_T_QUOTE;
    int key = ((t->flags & TAG_F_CAP) ? 1 : 0) | (first ? 2 : 0);
    __builtin_prefetch(cmemo_at(o->cmemo, h, key));
  }
  /* the slot of a token LEX_AHEAD back has had time to arrive: request
   * the record it names (lex_prefetch does the last ones) */
  if (i >= LEX_AHEAD) lex_prefetch_one(&o->v[i - LEX_AHEAD]);
}

/* Writes the norm of token i (not a plain word: tokenize writes those as
 * it scans them), sets its lemma to it and notes the token (note_token).
 * Returns the token's flags. */
static uint16_t finish_token(tag_ws *ws, const tok_out *o, size_t i) {
  tag_token *t = &o->tok[i];
  uint32_t h;
  size_t wl = write_norm(ws, t, &h);
  t->lemma = t->norm;
  /* a NUL byte of the text is a symbol token of its own; the tagger
   * reads every norm as a C string */
  if (t->type == TAG_T_SYMBOL) {
    wl = strlen(ws->buf + t->norm);
    h = tag_hash(ws->buf + t->norm, wl);
  }
  note_token(o, i, ws->buf + t->norm, wl, h);
  return t->flags;
}

/* Scans ws->scan[0, len) into ws->tok and writes norms in one pass; sets
 * each Viterbi cell's wl and lexh, norm_len, norm_fnv, wcls and
 * ws->shape_or.  -1 on NOMEM. */
static int tokenize(tag_ws *ws, size_t len) {
  const char *s = ws->scan;
  size_t cur = 0, start;
  int type;
  ws->n = 0;
  ws->buf_len = 0;
  /* norms: at most 3 bytes out per byte in plus a NUL per token (a token
   * has a byte at least), and 8 more for the 8-byte writes; the lemmas
   * get their room below */
  if (grow((void **)&ws->buf, &ws->buf_cap, 4 * len + 16, 1)) return -1;
  if (ws->wtab == NULL && wtab_make(ws)) return -1;
  /* room for the tokens of a turn of the loop (two at most) is made
   * before it */
  size_t room = token_room(ws, ws->tok_cap);
  if (room == 0) return -1;
  tok_out o = tok_out_get(ws);
  char *buf = ws->buf;         /* does not move before the lemma room */
  size_t n = 0, bl = 0;        /* ws->n and ws->buf_len, kept here */
  unsigned shape_or = 0;
  for (;;) {
    if (n + 2 > room) {
      ws->n = n;
      if ((room = token_room(ws, n + 2)) == 0) return -1;
      o = tok_out_get(ws);
    }
    uint16_t pf;
    uint32_t ph;
    if (plain_word_norm(s, len, &cur, &start, buf + bl, &pf, &ph)) {
      /* no "-led" and no clitic in a word of letters alone */
      size_t i = n++, wl = cur - start;
      o.tok[i] = (tag_token){.offset = (uint32_t)start,
                             .len = (uint32_t)wl,
                             .type = TAG_T_WORD,
                             .flags = pf,
                             .norm = (uint32_t)bl,
                             .lemma = (uint32_t)bl,
                             .lemma_id = -1,
                             .chunk_id = UINT16_MAX};
      note_token(&o, i, buf + bl, wl, ph);
      bl += wl + 1;
      shape_or |= pf;
      continue;
    }
    ws->n = n;
    ws->buf_len = bl;
    if (plain_stop(s, len, &cur, &start)) {
      push_token(ws, start, cur, TAG_T_PUNCT);
    } else if ((type = tag_scan(s, len, &cur, &start)) < 0) {
      break;
    } else {
      size_t end = cur;
      assert(end > start && end <= len);
      size_t c = end;
      if (type == TAG_T_WORD || type == TAG_T_ABBREV) {
        c = led_start(s, start, end);
        if (c < end) {
          push_token(ws, start, c, s[c - 1] == '.' ? TAG_T_ABBREV
                                                   : TAG_T_WORD);
          push_token(ws, c, end, TAG_T_WORD);
        }
      }
      if (c < end) {
        /* split at "-led" above */
      } else if (type == TAG_T_WORD &&
                 (c = clitic_start(s, start, end)) < end) {
        push_token(ws, start, c, TAG_T_WORD);
        push_token(ws, c, end, TAG_T_CLITIC);
      } else if (type == TAG_T_QUOTE && end - start <= 3 && n > 0 &&
                 apos_before(s, start, end) == end - start &&
                 o.tok[n - 1].type == TAG_T_WORD &&
                 o.tok[n - 1].offset + o.tok[n - 1].len == start &&
                 (s[start - 1] == 's' || s[start - 1] == 'S') &&
                 !is_alpha_ascii((unsigned char)s[end])) {
        /* soldiers' : apostrophe glued to a word ending in s, not before
         * a letter */
        push_token(ws, start, end, TAG_T_POSSESSIVE);
      } else {
        push_token(ws, start, end, type);
      }
    }
    for (; n < ws->n; n++) shape_or |= finish_token(ws, &o, n);
    bl = ws->buf_len;
  }
  /* the lemmas: at most TAG_WORD_MAX bytes and a NUL per token */
  size_t need = ws->buf_len + ws->n * (TAG_WORD_MAX + 2) + 16;
  if (grow((void **)&ws->buf, &ws->buf_cap, need, 1)) return -1;
  ws->shape_or = shape_or;
  return 0;
}

/* Copies the text into the NUL-padded scan buffer and tokenizes. */
static int begin(tag_ws *ws, const char *s, size_t len) {
  if (!ws || (!s && len > 0) || len >= ((size_t)1 << 31)) return DYAD_ERR_ARG;
  ws->n = 0;
  ws->n_chunks = 0;
  ws->n_clauses = 0;
  ws->buf_len = 0;
  ws->text = s ? s : "";
  ws->text_len = len;
  /* NUL-padded by SCAN_PAD bytes: write_norm reads 8 bytes at a time */
  if (grow((void **)&ws->scan, &ws->scan_cap, len + SCAN_PAD, 1))
    return DYAD_ERR_NOMEM;
  if (len) memcpy(ws->scan, s, len);
  memset(ws->scan + len, 0, SCAN_PAD);
  if (tokenize(ws, len)) {
    ws->n = 0;
    return DYAD_ERR_NOMEM;
  }
  return DYAD_OK;
}

int tag_tokenize(tag_ws *ws, const char *s, size_t len) {
  return begin(ws, s, len);
}

size_t tag_drop_tokens(tag_ws *ws, const unsigned char *drop) {
  assert(ws != NULL && drop != NULL && ws->n_chunks == 0);
  vit_cell *v = cells(ws);
  size_t k = 0;
  for (size_t i = 0; i < ws->n; i++) {
    if (drop[i]) continue;
    if (k != i) {
      ws->tok[k] = ws->tok[i];
      ws->norm_len[k] = ws->norm_len[i];
      ws->norm_fnv[k] = ws->norm_fnv[i];
      ws->wcls[k] = ws->wcls[i];
      v[k].wl = v[i].wl;
      v[k].lexh = v[i].lexh;
    }
    k++;
  }
  ws->n = k;
  return k;
}

/* ===================================================================== */
/* Lexicon and unknown words                                             */
/* ===================================================================== */

/* The lexicon record of w[0, n) (h = tag_hash(w, n)) through the
 * generated hash index (see tables.h), pointing at its tag count; NULL if
 * absent. */
static const unsigned char *lex_find(const char *w, size_t n, uint32_t h) {
  const uint32_t lowmask = (1u << TAG_LEX_OFF_BITS) - 1;
  for (uint32_t s = h & tag_lex_hash_mask;; s = (s + 1) & tag_lex_hash_mask) {
    uint32_t v = tag_lex_hash[s];
    if (v == 0) return NULL;
    if ((v ^ h) >> TAG_LEX_OFF_BITS) continue;
    const unsigned char *r = tag_lex_blob + (v & lowmask) - 1;
    if (r[0] != n) continue;
    size_t k = 0;
    while (k < n && r[1 + k] == (unsigned char)w[k]) k++;
    if (k == n) return r + 1 + n;
  }
}

/* Approximate unigram log P(tag) in the WSJ (from the trigram counts),
 * used to turn P(tag | features) into a pseudo emission. */
static float log_prior(unsigned pos) {
  switch (pos) {
  case TAG_NN: return -2.04f;   case TAG_NNP: return -2.39f;
  case TAG_NNS: return -2.80f;  case TAG_NNPS: return -6.05f;
  case TAG_JJ: return -2.78f;   case TAG_JJR: return -5.8f;
  case TAG_JJS: return -6.3f;   case TAG_RB: return -3.50f;
  case TAG_VB: return -3.67f;   case TAG_VBD: return -3.52f;
  case TAG_VBG: return -4.26f;  case TAG_VBN: return -3.96f;
  case TAG_VBP: return -4.44f;  case TAG_VBZ: return -3.88f;
  case TAG_CD: return -3.29f;   case TAG_FW: return -8.0f;
  default: return -5.0f;
  }
}

/* A guessed tag of an unknown word and its pseudo emission
 * logf(P(tag | shape, suffix)) - log_prior(tag) - 12 (Bayes, with the
 * unknown-word penalty). */
typedef struct guess { uint8_t pos; float e; } guess;

/* Does w[0, n) end in suf (of length m) with at least two more bytes
 * before it?  ends() takes a string literal, so m is a constant and the
 * compare is inlined. */
static inline int ends_m(const char *w, size_t n, const char *suf, size_t m) {
  if (n <= m + 1) return 0;
  /* byte by byte: with m a constant the loop unrolls (memcmp stayed a
   * call per suffix) */
  for (size_t k = 0; k < m; k++)
    if (w[n - m + k] != suf[k]) return 0;
  return 1;
}
#define ends(w, n, lit) ends_m((w), (n), "" lit, sizeof(lit) - 1)

/* Fills g with the guessed tags of an unknown word and their emissions
 * from P(tag | shape, suffix); returns the count.  w[0, n) is the
 * normalized (lowercase) form.  Every tag and probability is a constant,
 * so the compiler computes each emission (logf of a constant folds to
 * the value the library's logf returns for it: the same float). */
static int guess_unknown(const char *w, size_t n, uint16_t flags, int first,
                         guess *g) {
  int k = 0;
#define G(t, pr) \
  (g[k].pos = (t), g[k].e = logf(pr) - log_prior(t) - 12.0f, k++)
  int plural = n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
               w[n - 2] != 'i';
  if ((flags & TAG_F_CAP) && !first) {
    if (ends(w, n, "ian") || ends(w, n, "ese") || ends(w, n, "ish") ||
        ends(w, n, "ic") || ends(w, n, "an") || ends(w, n, "i")) {
      G(TAG_NNP, .55f); G(TAG_JJ, .35f); G(TAG_NN, .05f);
    } else if (plural && !(flags & TAG_F_ALLCAP)) {
      G(TAG_NNP, .70f); G(TAG_NNPS, .20f); G(TAG_NNS, .05f);
    } else {
      G(TAG_NNP, .90f); G(TAG_NN, .05f); G(TAG_JJ, .03f);
    }
    return k;
  }
  if (flags & TAG_F_DIGIT) { G(TAG_CD, .5f); G(TAG_JJ, .25f); G(TAG_NN, .25f); return k; }
  if (flags & TAG_F_HYPHEN) {
    if (plural) { G(TAG_NNS, .6f); G(TAG_JJ, .3f); }
    else if (ends(w, n, "ed") || ends(w, n, "ing")) { G(TAG_JJ, .8f); G(TAG_NN, .1f); }
    else { G(TAG_JJ, .6f); G(TAG_NN, .3f); }
    if (first) G(TAG_NNP, .3f);
    return k;
  }
  if (ends(w, n, "ing")) { G(TAG_VBG, .75f); G(TAG_NN, .15f); G(TAG_JJ, .1f); }
  else if (ends(w, n, "ed")) { G(TAG_VBN, .45f); G(TAG_VBD, .35f); G(TAG_JJ, .2f); }
  else if (ends(w, n, "ly")) { G(TAG_RB, .85f); G(TAG_JJ, .15f); }
  else if (ends(w, n, "tion") || ends(w, n, "sion") || ends(w, n, "ment") ||
           ends(w, n, "ness") || ends(w, n, "ity") || ends(w, n, "ism") ||
           ends(w, n, "ance") || ends(w, n, "ence") || ends(w, n, "ship") ||
           ends(w, n, "hood") || ends(w, n, "ure") || ends(w, n, "ogy") ||
           ends(w, n, "acy"))
    { G(TAG_NN, .92f); G(TAG_JJ, .04f); }
  else if (ends(w, n, "tions") || ends(w, n, "sions") || ends(w, n, "ments") ||
           ends(w, n, "ists") || ends(w, n, "ers") || ends(w, n, "ors") ||
           ends(w, n, "ants") || ends(w, n, "ities"))
    { G(TAG_NNS, .95f); G(TAG_VBZ, .03f); }
  else if (ends(w, n, "ous") || ends(w, n, "ful") || ends(w, n, "ive") ||
           ends(w, n, "able") || ends(w, n, "ible") || ends(w, n, "al") ||
           ends(w, n, "ic") || ends(w, n, "less") || ends(w, n, "ary") ||
           ends(w, n, "ese") || ends(w, n, "ish") || ends(w, n, "ian") ||
           ends(w, n, "ent") || ends(w, n, "ant"))
    { G(TAG_JJ, .75f); G(TAG_NN, .22f); }
  else if (ends(w, n, "ist") || ends(w, n, "er") || ends(w, n, "or") ||
           ends(w, n, "ee"))
    { G(TAG_NN, .85f); G(TAG_JJ, .05f); G(TAG_JJR, .05f); }
  else if (ends(w, n, "est")) { G(TAG_JJS, .5f); G(TAG_NN, .4f); }
  else if (ends(w, n, "ize") || ends(w, n, "ise") || ends(w, n, "ify") ||
           ends(w, n, "ate"))
    { G(TAG_VB, .45f); G(TAG_VBP, .15f); G(TAG_NN, .2f); G(TAG_JJ, .1f); }
  else if (plural) { G(TAG_NNS, .75f); G(TAG_VBZ, .2f); }
  else { G(TAG_NN, .6f); G(TAG_JJ, .2f); G(TAG_VB, .08f); G(TAG_RB, .03f); }
  if (first && (flags & TAG_F_CAP)) G(TAG_NNP, .5f);
#undef G
  return k;
}

/* "resigns", "collides": g holds the guesses of an unknown lowercase -s
 * word w[0, wl) (wl < TAG_WORD_MAX), NNS then VBZ; when it is the -s
 * form of a WordNet verb and no plural of a WordNet noun, their weights
 * are swapped (the verb first).  Kept out of line: the lookups are rare. */
static __attribute__((noinline, cold)) void
verb_s_guess(const char *w, size_t wl, guess *g) {
  char out[TAG_WORD_MAX];
  if (tag_lemmatize(w, wl, TAG_VBZ, out, sizeof out) >= 0 &&
      !(tag_lemmatize(w, wl, TAG_NNS, out, sizeof out) >= 0 &&
        strcmp(out, w) != 0)) {
    g[0].e = logf(.2f) - log_prior(TAG_NNS) - 12.0f;
    g[1].e = logf(.75f) - log_prior(TAG_VBZ) - 12.0f;
  }
}

/* Is w[0, wl), a word with lexicon record le, an -ed past form of a
 * WordNet verb that the WSJ lexicon knows only as a noun ("abducted" is
 * NN there, a tagging slip of the source)?  Such a word then also gets
 * the verb readings an unknown -ed word gets.  Words the lexicon has as
 * adjectives ("unarmed") or as any verb are left alone. */
static int noun_only_past(const char *w, size_t wl, const unsigned char *le) {
  if (wl < 5 || wl >= TAG_WORD_MAX || w[wl - 2] != 'e' || w[wl - 1] != 'd')
    return 0;
  for (unsigned k = 0; k < le[0]; k++) {
    unsigned p = le[1 + 3 * k];
    if (p != TAG_NN && p != TAG_NNS) return 0;
  }
  /* tag_lemmatize(w, VBD) gives a lemma other than w */
  tag_lex_lemma_t L = tag_lex_lemma(le, (unsigned)tag_lex_lemma_class(TAG_VBD));
  return L.id >= 0 && !(L.keep == wl && L.sl == 0);
}

/* Fixed tags of non-word tokens; TAG_NONE for words. */
static unsigned fixed_tag(const tag_ws *ws, size_t i) {
  const tag_token *t = &ws->tok[i];
  const char *s = ws->text + t->offset;
  unsigned char c = (unsigned char)s[0];
  switch (t->type) {
  case TAG_T_NUMBER: return TAG_CD;
  case TAG_T_ORDINAL: return TAG_JJ;
  case TAG_T_URL: case TAG_T_EMAIL: return TAG_NN;
  case TAG_T_POSSESSIVE: return TAG_POS;
  case TAG_T_DASH: return TAG_COLON;
  case TAG_T_QUOTE:
    return quote_opens(ws->text, t->offset, t->offset + t->len) ? TAG_LQUOTE
                                                                : TAG_RQUOTE;
  case TAG_T_PUNCT:
    if (c == ',') return TAG_COMMA;
    if (c == '.' && t->len >= 3) return TAG_COLON;
    if (c == '.' || c == '!' || c == '?') return TAG_PERIOD;
    if (c == '(' || c == '[' || c == '{') return TAG_LRB;
    if (c == ')' || c == ']' || c == '}') return TAG_RRB;
    return TAG_COLON;                     /* : ; and the ellipsis */
  case TAG_T_SYMBOL:
    if (c == '$' || (c == 0xC2 && t->len == 2 && ((unsigned char)s[1] == 0xA3 ||
        (unsigned char)s[1] == 0xA5)) || (c == 0xE2 && t->len == 3 &&
        (unsigned char)s[1] == 0x82))
      return TAG_DOLLAR;
    if (c == '#') return TAG_HASH;
    if (c == '%') return TAG_NN;
    if (c == '&') return TAG_CC;
    return TAG_SYM;
  default: return TAG_NONE;
  }
}

/* Is word i the all-capital "US" of a sentence not all in capitals (the
 * country, not the pronoun of a headline like "LET US GO")? */
static int us_country(const tag_ws *ws, size_t i) {
  const tag_token *t = &ws->tok[i];
  if (t->type != TAG_T_WORD || t->len != 2 ||
      memcmp(ws->text + t->offset, "US", 2) != 0)
    return 0;
  int words = 0;
  for (size_t j = 0; j < ws->n; j++) {
    const tag_token *u = &ws->tok[j];
    if (j == i || u->type != TAG_T_WORD || u->len < 2) continue;
    if (!(u->flags & TAG_F_ALLCAP)) return 1;   /* mixed case */
    words++;
  }
  return words == 0;
}

/* Fills the candidate tags and emissions of token i into cell (whose wl
 * and lexh tokenize set); first: the token is a first word (see
 * viterbi()). */
static void candidates(tag_ws *ws, size_t i, vit_cell *cell, int first) {
  tag_token *t = &ws->tok[i];
  const char *w = tag_norm(ws, i);
  size_t wl = cell->wl;                 /* set by tokenize */
  cell->n = 0;
  cell->rec = NULL;
  unsigned ft = fixed_tag(ws, i);
  if (ft != TAG_NONE) {
    cell->n = 1;
    cell->pos[0] = (uint8_t)ft;
    cell->e[0] = 0.0f;
    return;
  }
  if (t->len == 4 && w[0] == '-' && strcmp(w, "-led") == 0) {
    cell->pos[0] = TAG_JJ;              /* "the Saudi -led coalition" */
    cell->e[0] = 0.0f;
    cell->n = 1;
    return;
  }
  if (t->len == 2 && us_country(ws, i)) {
    cell->pos[0] = TAG_NNP;             /* "US forces", not the pronoun */
    cell->e[0] = -9.0f;
    cell->n = 1;
    return;
  }
  const unsigned char *le =
      wl < TAG_LEX_WORD ? lex_find(w, wl, cell->lexh) : NULL;
  cell->rec = le;
  if (le) {
    t->flags |= TAG_F_KNOWN;
    int has_nnp = 0;
    for (unsigned k = 0; k < le[0] && cell->n < MAXC - 1; k++) {
      const unsigned char *lt = le + 1 + 3 * k;
      unsigned p = lt[0];
      int lp = (int)(lt[1] | (unsigned)lt[2] << 8);
      if (lp >= 32768) lp -= 65536;      /* int16 two's complement */
      float e = (float)lp / 100.0f;
      if (p == TAG_NNP || p == TAG_NNPS) {
        has_nnp = 1;
        /* a lowercase mid-sentence word is rarely a proper noun: the
         * lexicon's NNP counts come from capitalised uses ("eastern"
         * NNP -6.8, JJ -8.0, from "Eastern Airlines"; "march" from the
         * month), so -6 lets only a strong NNP reading stand */
        if (!(t->flags & TAG_F_CAP)) e -= 6.0f;
      } else if ((t->flags & TAG_F_CAP) && !first && t->type == TAG_T_WORD) {
        e -= 2.0f;                       /* Capitalised: prefer NNP */
      }
      cell->pos[cell->n] = (uint8_t)p;
      cell->e[cell->n++] = e;
    }
    if (!has_nnp && (t->flags & TAG_F_CAP) && !first && t->type == TAG_T_WORD) {
      cell->pos[cell->n] = TAG_NNP;
      cell->e[cell->n++] = -11.0f;
    }
    if (cell->n + 2 <= MAXC && noun_only_past(w, wl, le)) {
      /* as an unknown -ed word would get them (see guess_unknown) */
      cell->pos[cell->n] = TAG_VBN;
      cell->e[cell->n++] = logf(.45f) - log_prior(TAG_VBN) - 12.0f;
      cell->pos[cell->n] = TAG_VBD;
      cell->e[cell->n++] = logf(.35f) - log_prior(TAG_VBD) - 12.0f;
    }
  } else if (t->type == TAG_T_ABBREV) {
    cell->pos[0] = TAG_NNP;
    cell->e[0] = -9.0f;
    cell->n = 1;
  } else {
    guess g[MAXC];
    int k = guess_unknown(w, wl, t->flags, first, g);
    if (k >= 2 && g[0].pos == TAG_NNS && g[1].pos == TAG_VBZ &&
        !(t->flags & TAG_F_CAP) && wl < TAG_WORD_MAX)
      verb_s_guess(w, wl, g);
    for (int j = 0; j < k && cell->n < MAXC; j++) {
      cell->pos[cell->n] = g[j].pos;
      cell->e[cell->n++] = g[j].e;
    }
  }
  if (cell->n == 0) {
    cell->pos[0] = TAG_NN;
    cell->e[0] = -12.0f;
    cell->n = 1;
  }
}

/* ===================================================================== */
/* Viterbi                                                               */
/* ===================================================================== */

static float trans(unsigned a, unsigned b, unsigned c) {
  return tag_trigram[(b * TAG_NG_COUNT + c) * TAG_NG_STRIDE + a];
}

#ifndef TAG_PRUNE
#define TAG_PRUNE 12.0f
#endif
/* Records the cell's candidate tags in cell->all, then drops candidates
 * whose emission is more than TAG_PRUNE below the best one: no trigram
 * transition makes up for such a gap in practice, and the Viterbi cost is
 * cubic in the candidates per token.  Sets the trigram class of each
 * candidate kept ("of", the word w[0, wl), has a class of its own). */
static void prune(vit_cell *c, const char *w, size_t wl) {
  int of = wl == 2 && w[0] == 'o' && w[1] == 'f';
  if (c->n == 1 && c->e[0] > -1e30f) {
    /* one candidate (punctuation, fixed tags): kept, as the loops below
     * would keep it */
    unsigned p = c->pos[0];
    c->all = (uint64_t)1 << p;
    c->cls[0] = p == TAG_IN && of ? TAG_NG_OF : pos_class[p];
    c->boff[0] = (uint16_t)(c->cls[0] * TAG_NG_STRIDE);
    return;
  }
  uint64_t all = 0;
  float top = -1e30f;
  for (unsigned b = 0; b < c->n; b++) {
    all |= (uint64_t)1 << c->pos[b];
    if (c->e[b] > top) top = c->e[b];
  }
  c->all = all;
  unsigned k = 0;
  for (unsigned b = 0; b < c->n; b++)
    if (c->e[b] >= top - TAG_PRUNE) {
      unsigned p = c->pos[b];
      c->pos[k] = (uint8_t)p;
      unsigned cl = p == TAG_IN && of ? TAG_NG_OF : pos_class[p];
      c->cls[k] = (uint8_t)cl;
      c->boff[k] = (uint16_t)(cl * TAG_NG_STRIDE);
      c->e[k++] = c->e[b];
    }
  c->n = (uint8_t)k;
}

/* Starts the lexicon record lookups of the n tokens ahead of
 * candidates(): each is two dependent cache misses (the hash slot, then
 * the record it names) in tables too large to stay cached, and the words
 * do not depend on one another.  tokenize() set v[i].wl and v[i].lexh,
 * requested every hash slot and, LEX_AHEAD tokens later, the record of
 * all but the last LEX_AHEAD tokens (so those misses overlap the coder's
 * dictionary work before tagging); here the last ones are requested.
 * Prefetches are hints: no result depends on them. */
static inline __attribute__((always_inline)) void
lex_prefetch(vit_cell *v, size_t n) {
  for (size_t i = n > LEX_AHEAD ? n - LEX_AHEAD : 0; i < n; i++)
    lex_prefetch_one(&v[i]);
}

/* One Viterbi step for cell c after p and pp (the two cells before it):
 * for each (a, b), the best score over z two back, with trans(z, a, b) =
 * row[cls_z], row = the run of (cls_a, cls_b).  Only the score is kept:
 * the z that gives it (first best on ties) is found again by vit_back()
 * for the one pair of each token that the best path takes, from the same
 * sums, so the forward step does no compare-and-select per z.  The z
 * loop is unrolled for each count of z (VIT_Z below): its count is the
 * same for every (a, b) of the step, so the one switch per step replaces
 * a short loop of unpredictable length per pair.  The scores are those
 * of the plain loop. */
#define VIT_Z(NZ)                                                           \
  {                                                                         \
    unsigned zc[(NZ)];                                                      \
    _Pragma("GCC unroll 8")                                                 \
    for (unsigned z = 0; z < (NZ); z++) zc[z] = pp->cls[z];                 \
    for (unsigned a = 0; a < na; a++) {                                     \
      const float *rows_a =                                                 \
          tag_trigram + (size_t)p->cls[a] * TAG_NG_COUNT * TAG_NG_STRIDE;   \
      float dz[(NZ)];                                                       \
      _Pragma("GCC unroll 8")                                               \
      for (unsigned z = 0; z < (NZ); z++) dz[z] = p->d[z][a];               \
      float *out = c->d[a];                                                 \
      for (unsigned b = 0; b < nb; b++) {                                   \
        const float *row = rows_a + c->boff[b];                             \
        float best = dz[0] + row[zc[0]];                                    \
        _Pragma("GCC unroll 8")                                             \
        for (unsigned z = 1; z < (NZ); z++) {                               \
          float sc = dz[z] + row[zc[z]];                                    \
          best = sc > best ? sc : best;                                     \
        }                                                                   \
        out[b] = best + c->e[b];                                            \
      }                                                                     \
    }                                                                       \
  }
/* The classes two back are first copied to locals (registers): read
 * through the cell's uint8_t array, which may alias the float stores of
 * the step, they were loaded again for every pair.  Always inlined (a
 * call per token costs more than that). */
static inline __attribute__((always_inline)) void
vit_step(const vit_cell *pp, const vit_cell *p, vit_cell *c) {
  const unsigned na = p->n, nb = c->n;
  switch (pp->n) {
  case 1: VIT_Z(1) break;
  case 2: VIT_Z(2) break;
  case 3: VIT_Z(3) break;
  case 4: VIT_Z(4) break;
  case 5: VIT_Z(5) break;
  case 6: VIT_Z(6) break;
  case 7: VIT_Z(7) break;
  default: VIT_Z(MAXC) break;
  }
}
#undef VIT_Z

/* The candidate z of pp (two back) on the best path to candidate a of p
 * and b of c, as vit_step() scored it: the first z of the highest
 * p->d[z][a] + trans(z, a, b), the same sums in the same order. */
static unsigned vit_back(const vit_cell *pp, const vit_cell *p,
                         const vit_cell *c, unsigned a, unsigned b) {
  const float *row = tag_trigram +
                     (size_t)p->cls[a] * TAG_NG_COUNT * TAG_NG_STRIDE +
                     c->boff[b];
  float best = p->d[0][a] + row[pp->cls[0]];
  unsigned bz = 0;
  const unsigned nz = pp->n;
  /* unrolled to MAXC: the loop's own counting cost about as much as its
   * compares */
  _Pragma("GCC unroll 8")
  for (unsigned z = 1; z < MAXC; z++) {
    if (z >= nz) break;
    float sc = p->d[z][a] + row[pp->cls[z]];
    if (sc > best) { best = sc; bz = z; }
  }
  return bz;
}

/* The candidates of a known word depend on the word (its lexicon record)
 * and three facts about the token: capitalised, first word (see
 * candidates()), a plain word.  News repeats its words, so the pruned
 * cells of known words are memoized per workspace by (word, facts): a
 * direct-mapped table of CMEMO entries, each holding what candidates()
 * and prune() leave in the cell (but the row offsets, which follow from
 * the classes) and the provisional tag (the first candidate before
 * pruning).  The word is checked against the bytes of the memoized
 * record, so a hit is always the same word.  16,384 entries of 64 bytes,
 * each one cache line (1 MiB per workspace, in a block of 2 MiB:
 * cmemo_alloc): with 4,096, candidates() ran for about 4 tokens in 10 of the
 * tagged news sentences; 8,192 cut 0.5% of the instructions with no more
 * simulated first-level data misses, and 16,384 0.36% more (a third fewer
 * misses of known words than 8,192).  Entries of 88 bytes (the hash and
 * the row offsets too) straddled two lines, and tokenize's prefetch
 * requested only the first. */
#define CMEMO_LOG2 14
#define CMEMO_ALIGN 64
typedef struct cmemo_entry {
  uint32_t rec;              /* offset of the word's lexicon record (at
                                its tag count) in tag_lex_blob */
  uint8_t wl;                /* the word's length; 0 = empty entry */
  uint8_t key;               /* cmemo_key() of the token */
  uint8_t n;                 /* candidates kept */
  uint8_t pos0;              /* first candidate before pruning */
  uint64_t all;
  uint8_t pos[MAXC];
  uint8_t cls[MAXC];
  float e[MAXC];
} cmemo_entry;
_Static_assert(sizeof(cmemo_entry) == CMEMO_ALIGN,
               "a memo entry fills one cache line");

/* The memo key of token i (cell c; first: a first word, see viterbi()):
 * bit 0 capitalised, bit 1 first word,
 * or -1 when its candidates are not taken from the memo: not a plain word
 * (fixed tags, abbreviations, clitics), a word too long for the lexicon,
 * "-led", or the country "US" (their candidates do not follow from the
 * word and these facts alone). */
static int cmemo_key(const tag_ws *ws, size_t i, const vit_cell *c,
                     int first) {
  const tag_token *t = &ws->tok[i];
  if (t->type != TAG_T_WORD || c->wl >= TAG_LEX_WORD || c->wl == 0 ||
      (t->len == 4 && c->wl == 4 && memcmp(tag_norm(ws, i), "-led", 4) == 0) ||
      (t->len == 2 && us_country(ws, i)))
    return -1;
  return ((t->flags & TAG_F_CAP) ? 1 : 0) | (first ? 2 : 0);
}

/* The entry of memo (CMEMO entries) for a word of lexicon hash lexh with
 * memo key key. */
static inline const void *cmemo_at(const void *memo, uint32_t lexh,
                                   int key) {
  uint32_t h = (lexh ^ (uint32_t)key * 0x9E3779B1u) * 0x85EBCA6Bu;
  return (const cmemo_entry *)memo + (h >> (32 - CMEMO_LOG2));
}

/* A new empty memo (CMEMO entries), or NULL when out of memory.  Every
 * token reads an entry at random, so with 4 KiB pages nearly every read
 * also missed the TLB (tokenize's prefetch of the entry stalled on the
 * page walk, perf annotate showed): the memo is aligned to 2 MiB and,
 * where the system has transparent huge pages on request (Linux
 * MADV_HUGEPAGE), advised to take one huge page.  A hint: no result
 * depends on it. */
#define CMEMO_PAGE ((size_t)2 << 20)
static void *cmemo_alloc(void) {
  size_t sz = ((size_t)1 << CMEMO_LOG2) * sizeof(cmemo_entry);
  _Static_assert(((size_t)1 << CMEMO_LOG2) * sizeof(cmemo_entry) <=
                 CMEMO_PAGE, "the memo fits one huge page");
  void *m = aligned_alloc(CMEMO_PAGE, CMEMO_PAGE);
  if (m == NULL) return NULL;
#if defined(MADV_HUGEPAGE)
  (void)madvise(m, CMEMO_PAGE, MADV_HUGEPAGE);
#endif
  memset(m, 0, sz);
  return m;
}

/* Fills cell c of token i (key = cmemo_key(), >= 0) from memo (ws's) as
 * candidates() and prune() would, and the token's provisional tag and
 * TAG_F_KNOWN; returns 1, or 0 when the memo does not hold it. */
static int cmemo_get(tag_ws *ws, const cmemo_entry *memo, size_t i,
                     vit_cell *c, int key) {
  const cmemo_entry *m = cmemo_at(memo, c->lexh, key);
  size_t wl = c->wl;
  if (m->wl != wl || m->key != key) return 0;
  const unsigned char *rec = tag_lex_blob + m->rec;
  if (!bytes_eq(rec - wl, tag_norm(ws, i), wl)) return 0;
  c->rec = rec;
  c->n = m->n;
  c->all = m->all;
  memcpy(c->pos, m->pos, sizeof c->pos);
  memcpy(c->cls, m->cls, sizeof c->cls);
  /* the row offsets from the classes (prune's cls * TAG_NG_STRIDE) */
#if defined(__SSE2__)
  _Static_assert(MAXC == 8, "one SSE2 register of 16-bit offsets");
  __m128i cl = _mm_loadl_epi64((const __m128i *)(const void *)m->cls);
  _mm_storeu_si128((__m128i *)(void *)c->boff,
                   _mm_mullo_epi16(_mm_unpacklo_epi8(cl, _mm_setzero_si128()),
                                   _mm_set1_epi16(TAG_NG_STRIDE)));
#else
  for (unsigned k = 0; k < MAXC; k++)
    c->boff[k] = (uint16_t)(m->cls[k] * TAG_NG_STRIDE);
#endif
  memcpy(c->e, m->e, sizeof c->e);
  ws->tok[i].flags |= TAG_F_KNOWN;
  ws->tok[i].pos = m->pos0;
  return 1;
}

/* Memoizes in memo (ws's) cell c of token i (key >= 0), just filled by
 * candidates() and prune(), when it is a known word's (c->rec set); pos0
 * is the token's provisional tag. */
static void cmemo_put(cmemo_entry *memo, const vit_cell *c, int key,
                      uint8_t pos0) {
  if (c->rec == NULL) return;
  cmemo_entry *m = (cmemo_entry *)cmemo_at(memo, c->lexh, key);
  m->rec = (uint32_t)(c->rec - tag_lex_blob);
  m->wl = (uint8_t)c->wl;
  m->key = (uint8_t)key;
  m->n = c->n;
  m->pos0 = pos0;
  m->all = c->all;
  memcpy(m->pos, c->pos, sizeof m->pos);
  memcpy(m->cls, c->cls, sizeof m->cls);
  memcpy(m->e, c->e, sizeof m->e);
}

/* Decodes the best tag sequence into tok[].pos.  -1 on NOMEM. */
static int viterbi(tag_ws *ws) {
  size_t n = ws->n;
  /* the block exists even for an empty sentence, so the
   * later passes may always take cells(ws) */
  if (vit_reserve(ws, n ? n : 1)) return -1;
  if (n == 0) return 0;
  vit_cell *v = cells(ws);
  lex_prefetch(v, n);
  /* the memo is made on first use; without memory, none is used */
  if (ws->cmemo == NULL) ws->cmemo = cmemo_alloc();
  /* first: token i is a first word (at 0, after an opening quote, a
   * dash or a colon, or after one leading non-word token), found from
   * token i - 1 and its provisional tag */
  int first = 1;
  /* a local: the stores to the cells may alias ws->cmemo */
  cmemo_entry *memo = ws->cmemo;
  for (size_t i = 0; i < n; i++) {
    int key = memo ? cmemo_key(ws, i, &v[i], first) : -1;
    if (key < 0 || !cmemo_get(ws, memo, i, &v[i], key)) {
      candidates(ws, i, &v[i], first);
      /* provisional tag, used by the "first word" test of later tokens */
      ws->tok[i].pos = v[i].pos[0];
      prune(&v[i], tag_norm(ws, i), v[i].wl);
      if (key >= 0) cmemo_put(memo, &v[i], key, (uint8_t)ws->tok[i].pos);
    }
    const tag_token *t = &ws->tok[i];
    first = t->pos == TAG_LQUOTE ||
            (t->type != TAG_T_WORD &&
             (i == 0 || t->type == TAG_T_DASH ||
              (t->type == TAG_T_PUNCT && ws->text[t->offset] == ':')));
  }
  /* the first two tokens follow the sentence start (class punc twice) */
  const unsigned P = TAG_NG_PUNC;
  for (unsigned b = 0; b < v[0].n; b++)
    v[0].d[0][b] = trans(P, P, v[0].cls[b]) + v[0].e[b];
  if (n >= 2)
    for (unsigned a = 0; a < v[0].n; a++)
      for (unsigned b = 0; b < v[1].n; b++)
        v[1].d[a][b] = v[0].d[0][a] + trans(P, v[0].cls[a], v[1].cls[b]) +
                       v[1].e[b];
  for (size_t i = 2; i < n; i++) vit_step(&v[i - 2], &v[i - 1], &v[i]);
  /* best final pair */
  unsigned ba = 0, bb = 0;
  float best = -1e30f;
  const vit_cell *last = &v[n - 1];
  unsigned na = n >= 2 ? v[n - 2].n : 1;
  for (unsigned a = 0; a < na; a++)
    for (unsigned b = 0; b < last->n; b++)
      if (last->d[a][b] > best) { best = last->d[a][b]; ba = a; bb = b; }
  for (size_t i = n - 1; i >= 2; i--) {
    ws->tok[i].pos = v[i].pos[bb];
    unsigned z = v[i - 2].n > 1
                     ? vit_back(&v[i - 2], &v[i - 1], &v[i], ba, bb)
                     : 0;
    bb = ba;
    ba = z;
  }
  /* tokens 1 and 0: the candidate two back is the sentence start */
  if (n >= 2) {
    ws->tok[1].pos = v[1].pos[bb];
    bb = ba;
  }
  ws->tok[0].pos = v[0].pos[bb];
  return 0;
}

/* Does token i have candidate tag p? */
static int has_cand(const tag_ws *ws, size_t i, unsigned p) {
  const vit_cell *c = &cells(ws)[i];
  return (int)((c->all >> p) & 1u);
}

/* ===================================================================== */
/* Post-fixes, lemmas                                                    */
/* ===================================================================== */

/* Forms of "have", "be", possessive pronouns and subordinators are
 * word classes of tag.h (TAG_W_HAVE, TAG_W_BE, TAG_W_POSS, TAG_W_TSUB),
 * which tokenize() finds once per token. */

/* Brill-style corrections the trigram model gets wrong often. */
static void fix_tags(tag_ws *ws) {
  const vit_cell *v = cells(ws);
  int seen_verb = 0;
  /* The tags the rules below ask token i for (the verbs and MD for
   * seen_verb); only the negation words are found by their first letter
   * alone, so any other token is skipped at once. */
#define FT_BIT(p) ((uint64_t)1 << (p))
  const uint64_t fix_tag =
      FT_BIT(TAG_PRP) | FT_BIT(TAG_WP) | FT_BIT(TAG_NN) | FT_BIT(TAG_MD) |
      FT_BIT(TAG_POS) | FT_BIT(TAG_VB) | FT_BIT(TAG_VBD) | FT_BIT(TAG_VBG) |
      FT_BIT(TAG_VBN) | FT_BIT(TAG_VBP) | FT_BIT(TAG_VBZ);
#undef FT_BIT
  for (size_t i = 0; i < ws->n; i++) {
    tag_token *t = &ws->tok[i];
    const char *w = tag_norm(ws, i);
    if (!(((uint64_t)1 << t->pos) & fix_tag) && w[0] != 'n') continue;
    unsigned prev = i > 0 ? ws->tok[i - 1].pos : TAG_NONE;
    if (t->pos == TAG_PRP && (tag_wclass(ws, i) & TAG_W_POSS)) t->pos = TAG_PRPS;
    if (t->pos == TAG_PRP && strcmp(w, "her") == 0 && i + 1 < ws->n) {
      unsigned nx = ws->tok[i + 1].pos;
      if (tag_is_noun(nx) || tag_is_adj(nx) || nx == TAG_CD) t->pos = TAG_PRPS;
    }
    if (t->pos == TAG_WP && strcmp(w, "whose") == 0) t->pos = TAG_WPS;
    /* modal / to / do + base form */
    if ((t->pos == TAG_VBP || t->pos == TAG_NN) && has_cand(ws, i, TAG_VB) &&
        (prev == TAG_MD || prev == TAG_TO ||
         (prev == TAG_RB && i >= 2 && ws->tok[i - 2].pos == TAG_MD)))
      t->pos = TAG_VB;
    /* "warns Americans about travel to Mexico", "calls for reform": a
     * present tense or base form right after a preposition (or "about"
     * read as an adverb) is a noun when it can be one; not after "than"
     * ("rather than fight") or a relative "that" ("remarks that
     * trigger criticism") */
    if ((t->pos == TAG_VBP || t->pos == TAG_VB) &&
        (prev == TAG_IN || prev == TAG_RB) && has_cand(ws, i, TAG_NN)) {
      const char *pw = tag_norm(ws, i - 1);
      if (prev == TAG_IN ? strcmp(pw, "than") != 0 && strcmp(pw, "that") != 0
                         : strcmp(pw, "about") == 0)
        t->pos = TAG_NN;
    }
    /* have + past tense -> participle */
    if (t->pos == TAG_VBD && has_cand(ws, i, TAG_VBN)) {
      size_t j = i;
      while (j > 0 && (ws->tok[j - 1].pos == TAG_RB)) j--;
      if (j > 0 && (tag_wclass(ws, j - 1) & TAG_W_HAVE) &&
          tag_is_verb(ws->tok[j - 1].pos))
        t->pos = TAG_VBN;
    }
    /* "Police arrested ...": the sentence's first verb, right after a
     * noun and with no auxiliary before it, is a past tense */
    size_t wl = v[i].wl;
    if (t->pos == TAG_VBN && i > 0 && (has_cand(ws, i, TAG_VBD) ||
        (wl > 3 && w[wl - 2] == 'e' && w[wl - 1] == 'd')) &&
        tag_is_noun(prev) && !seen_verb)
      t->pos = TAG_VBD;
    if (tag_is_verb(t->pos) || t->pos == TAG_MD) seen_verb = 1;
    if (w[0] == 'n' && (strcmp(w, "not") == 0 || strcmp(w, "n't") == 0 ||
        strcmp(w, "never") == 0 || (strcmp(w, "no") == 0 && t->pos == TAG_DT)))
      t->flags |= TAG_F_NEG;
    if (t->type == TAG_T_CLITIC && t->pos == TAG_POS) t->type = TAG_T_POSSESSIVE;
  }
}

/* ===================================================================== */
/* News fixes                                                            */
/* ===================================================================== */

/* Does token i start a sentence or quotation (the tagger's "first word":
 * at 0, after an opening quote, a dash or a colon, or after one leading
 * non-word token)? */
static inline __attribute__((always_inline)) int
starts_sentence(const tag_ws *ws, size_t i) {
  if (i == 0) return 1;
  /* a word token is none of those but an opening quote (of the tags) */
  const tag_token *p = &ws->tok[i - 1];
  return p->pos == TAG_LQUOTE ||
         (p->type != TAG_T_WORD &&
          (i == 1 || p->type == TAG_T_DASH ||
           (p->type == TAG_T_PUNCT && ws->text[p->offset] == ':')));
}

static int is_finite(unsigned p) {
  return p == TAG_VBD || p == TAG_VBZ || p == TAG_VBP || p == TAG_MD;
}

/* Tags that open a noun phrase (an object after a verb). */
static int opens_np(unsigned p) {
  return p == TAG_DT || p == TAG_PRPS || p == TAG_NNP || p == TAG_NNPS ||
         p == TAG_NN || p == TAG_NNS || p == TAG_CD || p == TAG_PRP ||
         p == TAG_JJ || p == TAG_PDT;
}

/* Does token i end in -ed (and have more than 3 letters)? */
static int ends_ed(const tag_ws *ws, size_t i) {
  size_t wl = cells(ws)[i].wl;
  const char *w = tag_norm(ws, i);
  return wl > 3 && w[wl - 2] == 'e' && w[wl - 1] == 'd';
}

/* Is token i a past form ("rejected", "held"): a VBD candidate or an -ed
 * ending? */
static int past_form(const tag_ws *ws, size_t i) {
  return has_cand(ws, i, TAG_VBD) || ends_ed(ws, i);
}

/* Can token i, a plural noun, be read as a verb (VBZ)?  A lexicon VBZ
 * candidate, or an -s form of a WordNet verb ("shells"). */
static int verb_reading(const tag_ws *ws, size_t i) {
  if (has_cand(ws, i, TAG_VBZ)) return 1;
  size_t wl = cells(ws)[i].wl;
  if (wl < 3 || wl >= TAG_WORD_MAX) return 0;
  const unsigned char *rec = cells(ws)[i].rec;
  if (rec)
    return tag_lex_lemma(rec, (unsigned)tag_lex_lemma_class(TAG_VBZ)).id >= 0;
  char out[TAG_WORD_MAX];
  return tag_lemmatize(tag_norm(ws, i), wl, TAG_VBZ, out, sizeof out) >= 0;
}

/* Is token i, a word the lexicon lacks, the -s form of a WordNet verb
 * ("bombards")?  (Its guessed candidates do not tell.) */
static int wn_verb_s(const tag_ws *ws, size_t i) {
  size_t wl = cells(ws)[i].wl;
  if (wl < 3 || wl >= TAG_WORD_MAX) return 0;
  char out[TAG_WORD_MAX];
  return tag_lemmatize(tag_norm(ws, i), wl, TAG_VBZ, out, sizeof out) >= 0;
}

/* Can token i be a verb's base form: a VBP or VB candidate, or a
 * WordNet verb lemma ("shell")? */
static int base_verb(const tag_ws *ws, size_t i) {
  if (has_cand(ws, i, TAG_VBP) || has_cand(ws, i, TAG_VB)) return 1;
  size_t wl = cells(ws)[i].wl;
  const unsigned char *rec = cells(ws)[i].rec;
  if (rec) {
    /* the word is a verb lemma iff tag_lemmatize(w, VB) gives w itself */
    tag_lex_lemma_t L = tag_lex_lemma(rec, (unsigned)tag_lex_lemma_class(TAG_VB));
    return L.id >= 0 && L.keep == wl && L.sl == 0;
  }
  return wl < TAG_WORD_MAX && tag_is_verb_lemma(tag_norm(ws, i));
}

/* Is token i an -s plural of a WordNet noun ("rioters")? */
static int plural_noun(const tag_ws *ws, size_t i) {
  size_t wl = cells(ws)[i].wl;
  const char *w = tag_norm(ws, i);
  if (wl < 4 || wl >= TAG_WORD_MAX || w[wl - 1] != 's') return 0;
  const unsigned char *rec = cells(ws)[i].rec;
  if (rec) {
    tag_lex_lemma_t L = tag_lex_lemma(rec, (unsigned)tag_lex_lemma_class(TAG_NNS));
    return L.id >= 0 && !(L.keep == wl && L.sl == 0);
  }
  char out[TAG_WORD_MAX];
  return tag_lemmatize(w, wl, TAG_NNS, out, sizeof out) >= 0 &&
         strcmp(out, w) != 0;
}

/* Is token i an -ing form of a WordNet verb ("bombing", "freezing",
 * which the WSJ lexicon knows only as nouns)? */
static int ing_verb(const tag_ws *ws, size_t i) {
  size_t wl = cells(ws)[i].wl;
  const char *w = tag_norm(ws, i);
  if (wl < 6 || wl >= TAG_WORD_MAX || memcmp(w + wl - 3, "ing", 3) != 0)
    return 0;
  const unsigned char *rec = cells(ws)[i].rec;
  if (rec) {
    tag_lex_lemma_t L = tag_lex_lemma(rec, (unsigned)tag_lex_lemma_class(TAG_VBG));
    return L.id >= 0 && !(L.keep == wl && L.sl == 0);
  }
  char out[TAG_WORD_MAX];
  return tag_lemmatize(w, wl, TAG_VBG, out, sizeof out) >= 0 &&
         strcmp(out, w) != 0;
}

/* Is token i a plural name that can be a subject: a capitalised
 * NNP or NNPS ending in -s right after "the" ("The Houthis", "The
 * Kurds")? */
static int plural_name_subject(const tag_ws *ws, size_t i) {
  const tag_token *t = &ws->tok[i];
  size_t wl = cells(ws)[i].wl;
  return i > 0 && (t->pos == TAG_NNP || t->pos == TAG_NNPS) &&
         (t->flags & TAG_F_CAP) && !(t->flags & TAG_F_ALLCAP) && wl > 3 &&
         tag_norm(ws, i)[wl - 1] == 's' &&
         strcmp(tag_norm(ws, i - 1), "the") == 0;
}

/* Is token i an adjective that cannot be a verb ("Kurdish", "former";
 * not "open" in "troops open fire", "free")? */
static int plain_adj(const tag_ws *ws, size_t i) {
  return !base_verb(ws, i) && !has_cand(ws, i, TAG_VB) &&
         !has_cand(ws, i, TAG_VBN);
}

/* Is token i (a lower-case NN) the start of a title before a name that
 * ends the noun phrase ("opposition leader Reckya Madougou"): common
 * nouns from i, then a capitalised name, the first noun no base form of
 * a verb (not "air force planes bomb Hamas", "forces arrest X")? */
static int title_before_name(const tag_ws *ws, size_t i) {
  const tag_token *tk = ws->tok;
  if ((tk[i].flags & TAG_F_CAP) || base_verb(ws, i)) return 0;
  size_t k = i + 1;
  while (k < ws->n && tk[k].pos == TAG_NN && !(tk[k].flags & TAG_F_CAP))
    k++;
  return k < ws->n && tk[k].pos == TAG_NNP && (tk[k].flags & TAG_F_CAP);
}

/* Does the comma at token c close a place's apposition opened by a comma
 * after a name ("a court in Kinshasa, Democratic Republic of the Congo,
 * sentences"): capitalised names (and "of", "the") back to that comma,
 * a name before it? */
static int closes_place_apposition(const tag_ws *ws, size_t c) {
  const tag_token *tk = ws->tok;
  if (c < 4 || tk[c - 1].pos != TAG_NNP || !(tk[c - 1].flags & TAG_F_CAP))
    return 0;
  size_t k = c - 1;
  while (k > 0 && ((tk[k].flags & TAG_F_CAP) || tk[k].pos == TAG_IN ||
                   tk[k].pos == TAG_DT) &&
         tk[k].pos != TAG_COMMA)
    k--;
  return k > 1 && k + 1 < c && tk[k].pos == TAG_COMMA &&
         tk[k - 1].pos == TAG_NNP && (tk[k - 1].flags & TAG_F_CAP) &&
         tk[k - 2].pos == TAG_IN;
}

/* Corrections for the sentences event coding lives on, where the WSJ
 * model errs on news: actor names at the start of a sentence, participles
 * modifying a noun, verbless headlines, names guessed as adjectives. */
/* Does the comma at token c close a relative clause on "who" opened by
 * the comma before it ("Alberto Fujimori, who closed Congress last week,")
 * with no finite verb before that clause (its noun phrase is the main
 * clause's subject, whose verb is still to come)? */
static int closes_who_clause(const tag_ws *ws, size_t c) {
  const tag_token *tk = ws->tok;
  for (size_t k = c; k-- > 1;) {
    if (tk[k].pos != TAG_COMMA) continue;
    if (strcmp(tag_norm(ws, k + 1), "who") != 0) return 0;
    for (size_t j = 0; j < k; j++)
      if (is_finite(tk[j].pos)) return 0;
    return 1;
  }
  return 0;
}

/* Is token i a sentence-opening "Visiting" whose noun phrase runs
 * straight into a finite verb ("Visiting Chinese Premier Li Peng urged
 * Japan"): an adjective of the subject, not a participle whose object is
 * that phrase ("Visiting Beijing, Putin said": a comma ends the phrase)? */
static int visiting_subject(const tag_ws *ws, size_t i) {
  const tag_token *tk = ws->tok;
  if (tk[i].pos != TAG_VBG || strcmp(tag_norm(ws, i), "visiting") != 0)
    return 0;
  size_t k = i + 1;
  while (k < ws->n && (tag_is_noun(tk[k].pos) || tag_is_adj(tk[k].pos) ||
                       tk[k].pos == TAG_DT || tk[k].pos == TAG_POS ||
                       tk[k].pos == TAG_CD))
    k++;
  return k > i + 1 && k < ws->n && is_finite(tk[k].pos);
}

/* Is the norm w a day of the week ("tuesday")? */
static int is_weekday(const char *w) {
  static const char *const d[] = {"monday", "tuesday", "wednesday",
                                  "thursday", "friday", "saturday",
                                  "sunday"};
  for (size_t k = 0; k < sizeof d / sizeof *d; k++)
    if (w[0] == d[k][0] && strcmp(w, d[k]) == 0) return 1;
  return 0;
}

static void news_fixes(tag_ws *ws) {
  size_t n = ws->n;
  tag_token *tk = ws->tok;
  /* Has the sentence a finite verb or modal?  (for verbless headlines) */
  int finite = 0;
  size_t first_fin = n;     /* the first finite verb or modal, or n */
  for (size_t i = 0; i < n && !finite; i++)
    if (is_finite(tk[i].pos)) finite = 1, first_fin = i;
  /* Has the main clause one, a finite verb before any subordinate clause
   * or comma?  ("Ghani demands clarification after Trump said ...":
   * "said" is no main verb) */
  int main_finite = 0;
  for (size_t i = 0; i < n && !main_finite; i++) {
    if (tk[i].pos == TAG_COMMA || (tag_wclass(ws, i) & TAG_W_TSUB))
      break;
    if (is_finite(tk[i].pos)) main_finite = 1;
  }
  /* Every rule below but the first (which needs a sentence start) asks
   * for a tag of token i among these, the last two sets only while
   * main_finite is 0; a rule that fires changes the tag, so a token whose
   * tag is in no set, and that starts no sentence, is left alone by all
   * of them (the test is skipped for it). */
#define NF_BIT(p) ((uint64_t)1 << (p))
  const uint64_t any_tag = NF_BIT(TAG_VBZ) | NF_BIT(TAG_VBD) |
                           NF_BIT(TAG_VBG) | NF_BIT(TAG_JJ) |
                           NF_BIT(TAG_VBN) | NF_BIT(TAG_NN);
  const uint64_t nofin_tag = NF_BIT(TAG_NN) | NF_BIT(TAG_JJ) |
                             NF_BIT(TAG_VB) | NF_BIT(TAG_NNS);
#undef NF_BIT
  for (size_t i = 0; i < n; i++) {
    tag_token *t = &tk[i];
    const uint64_t tb = (uint64_t)1 << t->pos;
    if (!(tb & any_tag) && (main_finite || !(tb & nofin_tag)) &&
        !starts_sentence(ws, i))
      continue;
    unsigned nx = i + 1 < n ? tk[i + 1].pos : TAG_NONE;
    unsigned nx2 = i + 2 < n ? tk[i + 2].pos : TAG_NONE;
    /* the rules below change tokens i and i + 1 only, so whether token i
     * starts a sentence (which reads token i - 1) holds for the whole
     * iteration */
    const int ss = starts_sentence(ws, i);
    /* "The fleeing Islamists set on fire the library": in a sentence
     * without a finite verb, a gerund opening it (after "the") before a
     * noun describes the noun (JJ), and the past form after the noun,
     * before an object or a preposition other than "by", is the past
     * tense, not a reduced relative */
    if (!finite && t->pos == TAG_VBG && i + 3 < n &&
        (ss || (i == 1 && tk[0].pos == TAG_DT && starts_sentence(ws, 0))) &&
        (nx == TAG_NNS || nx == TAG_NN) && tk[i + 2].pos == TAG_VBN &&
        has_cand(ws, i + 2, TAG_VBD) && past_form(ws, i + 2) &&
        (opens_np(tk[i + 3].pos) ||
         (tk[i + 3].pos == TAG_IN && !(tag_wclass(ws, i + 3) & TAG_W_BY)))) {
      t->pos = TAG_JJ;
      tk[i + 2].pos = TAG_VBD;
      finite = main_finite = 1;
      first_fin = i + 2;
      continue;
    }
    /* "Visiting Philippine President Gloria Arroyo asked the United
     * States": the visitor is the subject (visiting_subject) */
    if (ss && t->pos == TAG_VBG && visiting_subject(ws, i)) {
      t->pos = TAG_JJ;
      continue;
    }
    /* "Alberto Fujimori, who closed Congress last week, rejected on
     * Tuesday demands ...": a past form right after the comma that closes
     * a relative clause on "who" after the subject (closes_who_clause) is
     * the main verb's past tense, not a reduced relative, unless "by"
     * follows it */
    if (t->pos == TAG_VBN && i >= 4 && tk[i - 1].pos == TAG_COMMA &&
        has_cand(ws, i, TAG_VBD) &&
        !(i + 1 < n && (tag_wclass(ws, i + 1) & TAG_W_BY)) &&
        closes_who_clause(ws, i - 1)) {
      t->pos = TAG_VBD;
      continue;
    }
    /* "Hamas rejected the proposal", "Firefly condemned Sylvania": a
     * capitalised first word, then a past form, then an object: the word
     * is a name (a noun) and the verb a past tense */
    if (ss && t->type == TAG_T_WORD &&
        (t->flags & TAG_F_CAP) && i + 2 < n && tk[i + 1].type == TAG_T_WORD &&
        (nx == TAG_VBD || nx == TAG_VBN || nx == TAG_JJ) &&
        past_form(ws, i + 1) &&
        /* "Hamas accused in a statement ...": a name read as a verb
         * (VBZ) before a past form and a preposition (not "by":
         * "Warplanes backed by Syria strike") */
        (opens_np(nx2) ||
         (nx2 == TAG_IN && (t->pos == TAG_VBZ || t->pos == TAG_VBP) &&
          !(tag_wclass(ws, i + 2) & TAG_W_BY) &&
          !(tag_wclass(ws, i) & TAG_W_BE) &&
          !(tag_wclass(ws, i) & TAG_W_HAVE))) &&
        /* not "the Huygens unmanned probe" */
        (nx != TAG_JJ || !(nx2 == TAG_NN || nx2 == TAG_NNS ||
                           nx2 == TAG_JJ)) &&
        !(tag_wclass(ws, i + 1) & TAG_W_BE) &&
        !(tag_wclass(ws, i + 1) & TAG_W_HAVE)) {
      if (!(t->flags & TAG_F_KNOWN) && !tag_is_noun(t->pos))
        /* an unknown name, or an unknown plural ("Rioters") */
        t->pos = plural_noun(ws, i) ? TAG_NNS : TAG_NNP;
      else if (t->pos == TAG_VBZ || t->pos == TAG_VBP || t->pos == TAG_VB)
        t->pos = has_cand(ws, i, TAG_NNS) ? TAG_NNS      /* "Shells hit" */
                 : has_cand(ws, i, TAG_NN) ? TAG_NN : TAG_NNP;
      if (tag_is_noun(t->pos) && has_cand(ws, i + 1, TAG_VBD))
        tk[i + 1].pos = TAG_VBD;
      else if (tag_is_noun(t->pos) && past_form(ws, i + 1))
        tk[i + 1].pos = TAG_VBD;
    }
    /* "Forces loyal to Gaddafi recaptured Brega": a first word read as a
     * present tense (VBZ) before an adjective that opens a prepositional
     * complement ("loyal to", "close to"), with a finite verb later, is
     * the plural subject */
    if (ss && t->pos == TAG_VBZ && has_cand(ws, i, TAG_NNS) &&
        nx == TAG_JJ && (nx2 == TAG_TO || nx2 == TAG_IN)) {
      for (size_t j = i + 3; j < n; j++)
        if (is_finite(tk[j].pos)) { t->pos = TAG_NNS; break; }
    }
    /* "the hostages held by Hamas were freed": a past form between a noun
     * and "by", with a finite verb later in the clause, is a participle */
    if (t->pos == TAG_VBD && has_cand(ws, i, TAG_VBN) && i > 0 &&
        tag_is_noun(tk[i - 1].pos) && i + 1 < n &&
        (tag_wclass(ws, i + 1) & TAG_W_BY)) {
      for (size_t j = i + 2; j < n; j++) {
        unsigned q = tk[j].pos;
        if (q == TAG_COMMA || q == TAG_COLON || q == TAG_PERIOD ||
            q == TAG_CC)
          break;
        if (is_finite(q)) { t->pos = TAG_VBN; break; }
      }
    }
    /* "rejected on Tuesday renewed offers": a past form between a past
     * tense's "on DAY" and a noun is the noun's modifier, not a second
     * main verb */
    if ((t->pos == TAG_VBD || t->pos == TAG_VBN) && i >= 3 &&
        tk[i - 1].pos == TAG_NNP && (nx == TAG_NNS || nx == TAG_NN) &&
        tk[i - 3].pos == TAG_VBD && is_weekday(tag_norm(ws, i - 1)) &&
        strcmp(tag_norm(ws, i - 2), "on") == 0)
      t->pos = TAG_JJ;
    /* "Fighting between X and Y": a gerund before "between" is a noun */
    if (t->pos == TAG_VBG && has_cand(ws, i, TAG_NN) && i + 1 < n &&
        strcmp(tag_norm(ws, i + 1), "between") == 0 &&
        (ss || tk[i - 1].pos == TAG_DT ||
         tk[i - 1].pos == TAG_PRPS || tag_is_adj(tk[i - 1].pos) ||
         tk[i - 1].pos == TAG_IN))
      t->pos = TAG_NN;
    /* "accused Sudan.": an unknown capitalised word guessed as an
     * adjective but not before a noun or adjective, nor after "be", is a
     * name */
    if (t->pos == TAG_JJ && (t->flags & TAG_F_CAP) &&
        !(t->flags & TAG_F_KNOWN) && t->type == TAG_T_WORD &&
        !ss && !tag_is_noun(nx) && !tag_is_adj(nx) &&
        nx != TAG_CD && !(tag_wclass(ws, i - 1) & TAG_W_BE))
      t->pos = TAG_NNP;
    /* "Troops detained villagers and burned houses": after "and", a past
     * form with an object continues an earlier past-tense verb */
    if ((t->pos == TAG_JJ || t->pos == TAG_VBN) && i >= 3 &&
        has_cand(ws, i, TAG_VBD) && (tag_wclass(ws, i - 1) & TAG_W_AND) &&
        tag_is_noun(tk[i - 2].pos) &&
        (opens_np(nx) || nx == TAG_IN || nx == TAG_RP)) {
      for (size_t j = i - 2; j-- > 0;) {
        unsigned q = tk[j].pos;
        if (q == TAG_VBD) { t->pos = TAG_VBD; break; }
        if (tag_is_verb(q) || q == TAG_MD || q == TAG_COMMA ||
            q == TAG_COLON || q == TAG_CC || q == TAG_IN)
          break;
      }
    }
    /* "The military arrested protesters", "Myanmar's junta detained
     * two": after a determiner, possessive or 's, a word read as an
     * adjective that can be a noun, then a past form and the start of
     * an object (not a bare noun or adjective, which would continue the
     * noun phrase: "the rebel held town"), is the subject noun and the
     * past form its verb */
    if (t->pos == TAG_JJ && i > 0 && i + 2 < n && has_cand(ws, i, TAG_NN) &&
        (tk[i - 1].pos == TAG_DT || tk[i - 1].pos == TAG_PRPS ||
         tk[i - 1].pos == TAG_POS) &&
        (nx == TAG_VBN || nx == TAG_VBD || nx == TAG_JJ) &&
        tk[i + 1].type == TAG_T_WORD && past_form(ws, i + 1) &&
        /* not inside a name: "the Nigerian Armed Forces" */
        !(tk[i + 1].flags & TAG_F_CAP) &&
        /* "the main armed groups": a past form that can be an adjective,
         * before a plural, modifies it */
        !(nx2 == TAG_NNS && has_cand(ws, i + 1, TAG_JJ)) &&
        (nx2 == TAG_DT || nx2 == TAG_PRPS || nx2 == TAG_CD ||
         nx2 == TAG_NNS || nx2 == TAG_NNP || nx2 == TAG_NNPS ||
         nx2 == TAG_PRP) &&
        !(tag_wclass(ws, i + 1) & TAG_W_BE) &&
        !(tag_wclass(ws, i + 1) & TAG_W_HAVE)) {
      t->pos = TAG_NN;
      tk[i + 1].pos = TAG_VBD;
    }
    /* "Israel was bombing Gaza", "is freezing the assets of": after a
     * finite be, an -ing form of a verb read as a noun and followed by
     * the start of an object is the progressive */
    if (t->pos == TAG_NN && i > 0 && t->type == TAG_T_WORD &&
        is_finite(tk[i - 1].pos) && (tag_wclass(ws, i - 1) & TAG_W_BE) &&
        (nx == TAG_DT || nx == TAG_PRPS || nx == TAG_NNP ||
         nx == TAG_NNPS || nx == TAG_CD || nx == TAG_PRP || nx == TAG_JJ ||
         nx == TAG_NNS) &&
        ing_verb(ws, i))
      t->pos = TAG_VBG;
    /* "Berisha, struggling to contain a revolt, appealed on Tuesday to
     * the EU": a past form right after a comma, with no finite verb
     * before it, a noun phrase alone before the sentence's first comma
     * and no comma after it, is the main verb (a participle in apposition, "Blair,
     * elected in 1997, said", is closed by a comma) */
    if (t->pos == TAG_VBN && i >= 3 && tk[i - 1].pos == TAG_COMMA &&
        has_cand(ws, i, TAG_VBD) && !(tag_wclass(ws, i) & TAG_W_BE) &&
        !(tag_wclass(ws, i) & TAG_W_HAVE) &&
        /* "accompanied by": a passive participle */
        !(i + 1 < n && (tag_wclass(ws, i + 1) & TAG_W_BY))) {
      int ok = 1, nouned = 0;
      size_t c1 = SIZE_MAX;
      for (size_t j = 0; j + 1 < i && ok; j++) {
        /* a finite verb, or a base form not after "to" or a modal (a
         * present tense read as VB: "generals go on trial") */
        if (is_finite(tk[j].pos) || tk[j].pos == TAG_VBP ||
            (tk[j].pos == TAG_VB &&
             (j == 0 || (tk[j - 1].pos != TAG_TO && tk[j - 1].pos != TAG_MD))))
          ok = 0;
        if (tk[j].pos == TAG_COMMA && c1 == SIZE_MAX) c1 = j;
      }
      /* the words before the first comma are one noun phrase, the
       * subject ("Albanian President Sali Berisha", "The head of the
       * agency") */
      if (ok && c1 != SIZE_MAX && c1 > 0 && tag_is_noun(tk[c1 - 1].pos)) {
        nouned = 1;
        for (size_t j = 0; j < c1 && nouned; j++)
          if (!(tag_is_noun(tk[j].pos) || tag_is_adj(tk[j].pos) ||
                tk[j].pos == TAG_DT || tk[j].pos == TAG_CD ||
                tk[j].pos == TAG_POS || tk[j].pos == TAG_PRPS ||
                strcmp(tag_norm(ws, j), "of") == 0))
            nouned = 0;
      }
      for (size_t j = i + 1; j < n && ok && nouned; j++)
        if (tk[j].pos == TAG_COMMA || tk[j].pos == TAG_COLON) ok = 0;
      if (ok && nouned) t->pos = TAG_VBD;
    }
    /* "Masked and armed police raided the offices", "Masked gunmen
     * killed": past forms opening the sentence before a noun and its
     * verb are adjectives of the subject, and that verb a past tense */
    if (ss && (t->pos == TAG_VBN || t->pos == TAG_VBD) &&
        t->type == TAG_T_WORD && ends_ed(ws, i)) {
      size_t j = i + 1, and2 = SIZE_MAX;
      if (j + 1 < n && (tag_wclass(ws, j) & TAG_W_AND) &&
          (tk[j + 1].pos == TAG_VBN || tk[j + 1].pos == TAG_VBD ||
           tk[j + 1].pos == TAG_JJ) &&
          tk[j + 1].type == TAG_T_WORD) {
        and2 = j + 1;
        j += 2;
      }
      size_t m = j;
      while (m < n && (tk[m].pos == TAG_NN || tk[m].pos == TAG_NNS ||
                       tk[m].pos == TAG_NNP || tk[m].pos == TAG_NNPS))
        m++;
      if (m > j && m < n && tk[m].type == TAG_T_WORD &&
          !(tag_wclass(ws, m) & TAG_W_BE) &&
          !(tag_wclass(ws, m) & TAG_W_HAVE) &&
          (tk[m].pos == TAG_VBD || tk[m].pos == TAG_VBZ ||
           tk[m].pos == TAG_VBP || tk[m].pos == TAG_MD ||
           (tk[m].pos == TAG_VBN && past_form(ws, m)))) {
        t->pos = TAG_JJ;
        if (and2 != SIZE_MAX) tk[and2].pos = TAG_JJ;
        if (tk[m].pos == TAG_VBN) tk[m].pos = TAG_VBD;
      }
    }
    /* "the vote was rigged": be + past form is a passive participle */
    if (t->pos == TAG_VBD && i > 0 &&
        (has_cand(ws, i, TAG_VBN) || ends_ed(ws, i))) {
      size_t j = i;
      while (j > 0 && tk[j - 1].pos == TAG_RB) j--;
      if (j > 0 && tag_is_verb(tk[j - 1].pos) &&
          (tag_wclass(ws, j - 1) & TAG_W_BE))
        t->pos = TAG_VBN;
    }
    /* "policemen": an unknown -men plural of a WordNet noun */
    if (t->pos == TAG_NN && !(t->flags & TAG_F_KNOWN) &&
        cells(ws)[i].wl > 4 && cells(ws)[i].wl < TAG_WORD_MAX) {
      const char *w = tag_norm(ws, i);
      size_t wl = cells(ws)[i].wl;
      char out[TAG_WORD_MAX];
      if (memcmp(w + wl - 3, "men", 3) == 0 &&
          tag_lemmatize(w, wl, TAG_NNS, out, sizeof out) >= 0 &&
          strcmp(out, w) != 0)
        t->pos = TAG_NNS;
    }
    /* "UK forces attacked Iran": after a capitalised name opening the
     * sentence, a plural read as VBZ and followed by a past form is the
     * noun the name modifies, and the past form the verb */
    if (t->pos == TAG_VBZ && i > 0 && i + 1 < n &&
        starts_sentence(ws, i - 1) &&
        (tk[i - 1].pos == TAG_NNP || tk[i - 1].pos == TAG_NNPS) &&
        (tk[i - 1].flags & TAG_F_CAP) && has_cand(ws, i, TAG_NNS) &&
        (nx == TAG_VBD || nx == TAG_VBN) && past_form(ws, i + 1) &&
        !(tag_wclass(ws, i + 1) & TAG_W_BE) &&
        !(tag_wclass(ws, i + 1) & TAG_W_HAVE)) {
      t->pos = TAG_NNS;
      tk[i + 1].pos = TAG_VBD;
    }
    /* "U.S. and British warplanes launched air strikes": a plural read
     * as a VBZ that ends the sentence's opening noun phrase (names,
     * adjectives, nouns and "and" only before it) and is followed by a
     * past form and an object is the subject's head noun, the past form
     * the verb; only a plural with no verb reading (the lexicon's, or
     * for an unknown word WordNet's), not a present tense ("The
     * government releases jailed ...") */
    if (t->pos == TAG_VBZ && i >= 2 && i + 2 < n && t->type == TAG_T_WORD &&
        ((t->flags & TAG_F_KNOWN)
             ? has_cand(ws, i, TAG_NNS) && !has_cand(ws, i, TAG_VBZ)
             : (plural_noun(ws, i) ||
                /* a lower-case -s word WordNet lacks ("airstrikes") */
                (!(t->flags & TAG_F_CAP) &&
                 tag_norm(ws, i)[cells(ws)[i].wl - 1] == 's')) &&
                   !wn_verb_s(ws, i)) &&
        (nx == TAG_VBD || nx == TAG_VBN) && past_form(ws, i + 1) &&
        (opens_np(nx2) || nx2 == TAG_IN) &&
        !(tag_wclass(ws, i + 1) & TAG_W_BE) &&
        !(tag_wclass(ws, i + 1) & TAG_W_HAVE) &&
        tk[i - 1].pos != TAG_DT && tk[i - 1].pos != TAG_CC) {
      /* the noun phrase opens the sentence, or a clause after a
       * subordinator ("killed after Saudi-led coalition airstrikes hit a
       * factory") */
      size_t j = i;
      while (j > 0 &&
             (tk[j - 1].pos == TAG_DT || tag_is_adj(tk[j - 1].pos) ||
              tk[j - 1].pos == TAG_NN || tk[j - 1].pos == TAG_NNP ||
              tk[j - 1].pos == TAG_NNPS || tk[j - 1].pos == TAG_CD ||
              tk[j - 1].pos == TAG_POS ||
              (tk[j - 1].pos == TAG_CC &&
               (tag_wclass(ws, j - 1) & TAG_W_AND))))
        j--;
      int np = j == 0 || (j + 1 < i && tk[j - 1].pos == TAG_IN &&
                          (tag_wclass(ws, j - 1) & TAG_W_TSUB));
      if (np) {
        t->pos = TAG_NNS;
        tk[i + 1].pos = TAG_VBD;
      }
    }
    /* "Militants attacked ...": a capitalised plural opening the sentence
     * and followed by a verb (or a headline's base form) is a common
     * noun, not a name: an unknown -s plural of a WordNet noun, or a word
     * the lexicon has as NNS */
    if (ss && (t->pos == TAG_NNP || t->pos == TAG_NNPS) &&
        t->type == TAG_T_WORD && !(t->flags & TAG_F_ALLCAP) &&
        (tag_is_verb(nx) || nx == TAG_MD ||
         /* "Militants storm a hotel" (the VBP rule below then applies) */
         (!finite && (nx == TAG_NN || nx == TAG_JJ) &&
          tk[i + 1].type == TAG_T_WORD && base_verb(ws, i + 1) &&
          opens_np(nx2) && nx2 != TAG_PRP)) &&
        ((t->flags & TAG_F_KNOWN) ? has_cand(ws, i, TAG_NNS)
                                  : plural_noun(ws, i)))
      t->pos = TAG_NNS;
    /* "Russian forces shell Kharkiv", "Protesters storm the parliament":
     * in a sentence without a finite verb, a base form read as a noun,
     * adjective or VB between a plural subject and an object is a VBP */
    if (!main_finite && i > 0 &&
        (tk[i - 1].pos == TAG_NNS ||
         /* "Police arrest two men": a noun that can be a plural */
         (tk[i - 1].pos == TAG_NN && has_cand(ws, i - 1, TAG_NNS)) ||
         /* "The Houthis claim responsibility" (not an adjective: "The
          * Philippines top historian") */
         (plural_name_subject(ws, i - 1) && t->pos != TAG_JJ)) &&
        (t->pos == TAG_NN || t->pos == TAG_JJ || t->pos == TAG_VB) &&
        t->type == TAG_T_WORD && !(t->flags & TAG_F_CAP) &&
        base_verb(ws, i) &&
        ((opens_np(nx) && nx != TAG_PRP) ||
         /* "Indian soldiers fire on protesters", "citizens vote in a
          * referendum": a noun before a preposition, after a plural,
          * with no finite verb before it */
         (nx == TAG_IN && first_fin > i && t->pos == TAG_NN &&
          tk[i - 1].pos == TAG_NNS))) {
      t->pos = TAG_VBP;
      finite = main_finite = 1;
    }
    /* "Russia shells Kyiv": in a sentence without a finite verb, a plural
     * that can be a verb, between a subject and an object, is the verb */
    /* ... also before an adjective and its noun ("Turkish artillery
     * shells Kurdish militants") or a particle ("Fighting breaks out
     * between"), and after a gerund opening the sentence, which is then
     * the subject noun ("Fighting") */
    /* ... and after a name before a plural object that ends the noun
     * phrase ("The United States lifts sanctions on Iran", "Pakistan
     * arrests militants") */
    if (!main_finite && t->pos == TAG_NNS && i > 0 && verb_reading(ws, i) &&
        (tag_is_noun(tk[i - 1].pos) || tk[i - 1].pos == TAG_PRP ||
         (tk[i - 1].pos == TAG_VBG && starts_sentence(ws, i - 1) &&
          has_cand(ws, i - 1, TAG_NN)) ||
         /* "a court in Kinshasa, Congo, sentences 37 people" */
         (tk[i - 1].pos == TAG_COMMA && first_fin > i &&
          closes_place_apposition(ws, i - 1))) &&
        (nx == TAG_DT || nx == TAG_PRPS || nx == TAG_NNP || nx == TAG_NNPS ||
         nx == TAG_CD || nx == TAG_PRP || nx == TAG_RP ||
         (nx == TAG_JJ && tag_is_noun(nx2) && plain_adj(ws, i + 1)) ||
         /* ... and before a title and a name, after a court or a name
          * ("a court in Benin sentences opposition leader X to") */
         (nx == TAG_NN && first_fin > i && title_before_name(ws, i + 1)) ||
         (nx == TAG_NNS && !tag_is_noun(nx2) && nx2 != TAG_POS &&
          (tk[i - 1].pos == TAG_NNP || tk[i - 1].pos == TAG_NNPS) &&
          (tk[i - 1].flags & TAG_F_CAP) && !(t->flags & TAG_F_CAP)) ||
         /* ... and after a singular noun before a preposition when the
          * word is an unknown -s form of a verb ("a train collides
          * with"), or before "that" ("Al Jazeera reports that"), with
          * no finite verb before it (not "Chad, Niger and Nigeria agree
          * on border patrols after ...") */
         (nx == TAG_IN && first_fin > i &&
          (tk[i - 1].pos == TAG_NN || tk[i - 1].pos == TAG_NNP) &&
          (!(t->flags & TAG_F_KNOWN)
               ? wn_verb_s(ws, i)
               : has_cand(ws, i, TAG_VBZ) &&
                     strcmp(tag_norm(ws, i + 1), "that") == 0)))) {
      if (tk[i - 1].pos == TAG_VBG) tk[i - 1].pos = TAG_NN;
      t->pos = TAG_VBZ;
      finite = main_finite = 1;
    }
  }
}

/* Special lemmas of clitics and split forms; NULL if none. */
static const char *clitic_lemma(const char *w, unsigned pos) {
  switch (w[0]) {
  case 'n':
    return strcmp(w, "n't") == 0 ? "not" : NULL;
  case '\'':
    if (strcmp(w, "'s") == 0) return pos == TAG_VBZ ? "be" : NULL;
    if (strcmp(w, "'re") == 0 || strcmp(w, "'m") == 0) return "be";
    if (strcmp(w, "'ve") == 0) return "have";
    if (strcmp(w, "'ll") == 0) return "will";
    if (strcmp(w, "'d") == 0) return pos == TAG_MD ? "would" : "have";
    return NULL;
  case 'c':
    return pos == TAG_MD && strcmp(w, "ca") == 0 ? "can" : NULL;
  case 'w':
    return pos == TAG_MD && strcmp(w, "wo") == 0 ? "will" : NULL;
  default:
    return NULL;
  }
}

/* Sets the lemma, lemma_id and TAG_F_LEMMA_WN of every token: clitics
 * get their fixed lemmas; nouns and verbs other than NNP/NNPS their
 * WordNet lemma (tag_lemmatize's result), read from the lexicon record for
 * known words and computed for the others; a lemma other than the norm is
 * appended to ws->buf (room reserved by tokenize()). */
static void lemmas(tag_ws *ws) {
  const vit_cell *v = cells(ws);
  /* the tags that get a lemma below: NN NNS, the verbs, and MD (the
   * clitic lemmas of "ca" and "wo"); other clitic lemmas are found by
   * the first byte ("n't", "'s", ...), so any other token is skipped */
#define LM_BIT(p) ((uint64_t)1 << (p))
  const uint64_t lemma_tag =
      LM_BIT(TAG_NN) | LM_BIT(TAG_NNS) | LM_BIT(TAG_MD) | LM_BIT(TAG_VB) |
      LM_BIT(TAG_VBD) | LM_BIT(TAG_VBG) | LM_BIT(TAG_VBN) | LM_BIT(TAG_VBP) |
      LM_BIT(TAG_VBZ);
#undef LM_BIT
  for (size_t i = 0; i < ws->n; i++) {
    tag_token *t = &ws->tok[i];
    const char *w = tag_norm(ws, i);
    if (!(((uint64_t)1 << t->pos) & lemma_tag) && w[0] != 'n' &&
        w[0] != '\'')
      continue;
    const char *cl = clitic_lemma(w, t->pos);
    char *o = ws->buf + ws->buf_len;
    if (cl) {
      size_t m = strlen(cl);
      memcpy(o, cl, m + 1);
      t->lemma = (uint32_t)ws->buf_len;
      ws->buf_len += m + 1;
      continue;
    }
    if (!(tag_is_noun(t->pos) || tag_is_verb(t->pos)) || t->pos == TAG_NNP ||
        t->pos == TAG_NNPS)
      continue;
    size_t wl = v[i].wl;
    if (wl >= TAG_WORD_MAX) continue;
    const unsigned char *rec = v[i].rec;
    if (rec) {
      tag_lex_lemma_t L = tag_lex_lemma(rec, (unsigned)tag_lex_lemma_class(t->pos));
      if (L.id < 0) continue;
      t->lemma_id = L.id;
      t->flags |= TAG_F_LEMMA_WN;
      if (L.keep == wl && L.sl == 0) continue;  /* the norm itself */
      memcpy(o, w, L.keep);
      if (L.sl) memcpy(o + L.keep, L.suf, L.sl);
      o[L.keep + L.sl] = '\0';
      t->lemma = (uint32_t)ws->buf_len;
      ws->buf_len += L.keep + L.sl + 1;
      continue;
    }
    int id = tag_lemmatize(w, wl, t->pos, o, TAG_WORD_MAX);
    if (id < 0) continue;
    t->lemma_id = id;
    t->flags |= TAG_F_LEMMA_WN;
    if (memcmp(o, w, wl + 1) == 0) continue;
    t->lemma = (uint32_t)ws->buf_len;
    ws->buf_len += strlen(o) + 1;
  }
}

int tag_sentence(tag_ws *ws, const char *s, size_t len) {
  int rc = begin(ws, s, len);
  if (rc != DYAD_OK) return rc;
  return tag_sentence_tokenized(ws);
}

int tag_sentence_tokenized(tag_ws *ws) {
  assert(ws != NULL && ws->n_chunks == 0 && ws->n_clauses == 0);
  if (viterbi(ws)) { ws->n = 0; return DYAD_ERR_NOMEM; }
  fix_tags(ws);
  news_fixes(ws);
  lemmas(ws);
  assert(ws->buf_len <= ws->buf_cap);
  if (tag_chunk_sentence(ws)) { ws->n = 0; return DYAD_ERR_NOMEM; }
  return DYAD_OK;
}
