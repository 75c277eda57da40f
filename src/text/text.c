/*
 * text.c: UTF-8 repair, paragraph and sentence segmentation (see text.h).
 *
 * The work happens in three passes over one article:
 *   1. repair: validate the raw bytes with utf8proc, replace each maximal
 *      ill-formed subpart by U+FFFD, blank C0 controls; record a sparse
 *      list of "fixups" (clean offset -> raw-minus-clean delta) at each
 *      replacement so clean offsets convert back to raw offsets;
 *   2. blocks: walk the clean text line by line and cut it into units:
 *      body paragraphs, headline lines and caption lines;
 *   3. sentences: split each body paragraph at sentence boundaries.
 * Every unit or sentence is emitted through emit(), which trims it, maps
 * its clean range to a raw span and writes the collapsed text into the
 * result's arena.  Nothing is allocated per character: the clean text,
 * the fixups and the sentence strings are arena blocks per article.
 * Speed: the repair, line, sentence and collapse scans pass over plain
 * ASCII 8 bytes at a time (bit tricks on a uint64_t, exact: a word is
 * skipped only when none of its bytes could matter), and word lists carry
 * their lengths; the rules themselves are those of the byte-wise code.
 */
#include "text/text.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "code/result.h"

/* ===================================================================== */
/* UTF-8 helpers                                                         */
/* ===================================================================== */

size_t text_utf8_badlen(const unsigned char *s, size_t n) {
  assert(n >= 1);
  unsigned b = s[0];
  unsigned lo = 0x80, hi = 0xBF;
  size_t need;
  if (b >= 0xC2 && b <= 0xDF) need = 1;
  else if (b >= 0xE0 && b <= 0xEF) {
    need = 2;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 3;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else return 1;
  size_t k = 1;
  while (k <= need && k < n) {
    unsigned c = s[k];
    if (c < lo || c > hi) break;
    lo = 0x80, hi = 0xBF;
    k++;
  }
  /* A complete sequence would not be ill-formed; callers only ask about
   * sequences utf8proc rejected, so k <= need here. */
  return k > need ? need : k;
}

/* Decodes the codepoint at s[i] of VALID UTF-8 (the clean text). */
static int32_t dec(const unsigned char *s, size_t i, size_t *len) {
  unsigned b = s[i];
  if (b < 0x80) { *len = 1; return (int32_t)b; }
  if (b < 0xE0) { *len = 2; return (int32_t)(((b & 0x1F) << 6) | (s[i + 1] & 0x3F)); }
  if (b < 0xF0) {
    *len = 3;
    return (int32_t)(((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
  }
  *len = 4;
  return (int32_t)(((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) |
                   ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F));
}

/* Start of the codepoint that ends just before position i (i > 0). */
static size_t prev_cp(const unsigned char *s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && (s[j] & 0xC0) == 0x80 && i - j < 4) j--;
  return j;
}

/* Character classes of codepoints used by segmentation. */
enum { C_OTHER, C_SPACE, C_IGNORE, C_NEWLINE, C_PARA };

/* cp_class of the ASCII codepoints: C0 controls are spaces except the
 * line and paragraph breaks; everything from 0x20 on but ' ' is C_OTHER. */
static const unsigned char ASCII_CLASS[128] = {
  C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
  C_SPACE, C_SPACE /* \t */, C_NEWLINE /* \n */, C_NEWLINE /* \v */,
  C_PARA /* \f */, C_NEWLINE /* \r */, C_SPACE, C_SPACE,
  C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
  C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE,
  C_SPACE /* ' ' */};

static int cp_class(int32_t cp) {
  if (cp < 0x80) return ASCII_CLASS[cp];
  if (cp == 0x85) return C_NEWLINE;
  if (cp < 0xA0) return C_SPACE; /* C1 controls */
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return C_SPACE;
  if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 ||
      cp == 0xFEFF)
    return C_IGNORE;
  if (cp == 0x2028) return C_NEWLINE;
  if (cp == 0x2029) return C_PARA;
  return C_OTHER;
}

static inline int cls_at(const unsigned char *s, size_t i, size_t *len) {
  if (s[i] < 0x80) { *len = 1; return ASCII_CLASS[s[i]]; }
  return cp_class(dec(s, i, len));
}

static int is_space_cls(int c) { return c != C_OTHER; }

static int is_upper_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  int cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int is_lower_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_letter_cp(int32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  int cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* Opening punctuation skipped before a word. */
static int is_opener_cp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '{' ||
         cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E ||
         cp == 0xBF || cp == 0xA1;
}

/* Closing punctuation that may follow a sentence terminator. */
static int is_closer_cp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
         cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A;
}

/* ===================================================================== */
/* Pass 1: repair                                                        */
/* ===================================================================== */

typedef struct fixup {
  size_t clean;      /* from this clean offset on ... */
  int64_t delta;     /* ... raw offset = clean offset + delta */
} fixup;

typedef struct seg {
  dyad_result *r;
  const unsigned char *c;    /* clean text */
  size_t n;
  const fixup *fx;
  size_t nfx;
  size_t fx_hint;            /* last fixup used (emits go forward) */
  uint32_t index;            /* index of the last sentence emitted */
  uint32_t para;             /* paragraph of the last unit emitted */
  int para_used;             /* the current paragraph has a sentence */
} seg;

#define ONES8 UINT64_C(0x0101010101010101)
#define HIGH8 UINT64_C(0x8080808080808080)

/* Nonzero when none of the 8 bytes at p is outside 0x20..0x7E: printable
 * ASCII that the repair copies unchanged. */
static inline int plain8(const unsigned char *p) {
  uint64_t x, d;
  memcpy(&x, p, 8);
  d = x ^ (ONES8 * 0x7F);
  return ((x | ((x - ONES8 * 0x20) & ~x) | ((d - ONES8) & ~d)) & HIGH8) == 0;
}

/* Nonzero when one of the 8 bytes in x equals b.  Exact (no false
 * positives), unlike the position it would give. */
static inline uint64_t has_byte8(uint64_t x, unsigned b) {
  uint64_t y = x ^ (ONES8 * b);
  return (y - ONES8) & ~y & HIGH8;
}

/* Exact mask of the high bits of the bytes of x equal to b. */
static inline uint64_t eq_mask8(uint64_t x, unsigned b) {
  const uint64_t low7 = ~HIGH8;
  uint64_t y = x ^ (ONES8 * b);
  return ~(((y & low7) + low7) | y | low7);
}

/* Counts ill-formed sequences in raw[0..len) and the clean length. */
static void repair_count(const unsigned char *raw, size_t len, size_t *nbad,
                         size_t *clean_len) {
  size_t i = 0, bad = 0, out = 0;
  while (i < len) {
#if defined(__SSE2__)
    /* 16 ASCII bytes at a time with SSE2 (every x86-64) */
    if (len - i >= 16 &&
        _mm_movemask_epi8(_mm_loadu_si128(
            (const __m128i *)(const void *)(raw + i))) == 0) {
      i += 16, out += 16;
      continue;
    }
#endif
    if (len - i >= 8) {
      uint64_t x;
      memcpy(&x, raw + i, 8);
      if ((x & HIGH8) == 0) { i += 8; out += 8; continue; }
    }
    if (raw[i] < 0x80) { i++; out++; continue; }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(raw + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k > 0) { i += (size_t)k; out += (size_t)k; continue; }
    i += text_utf8_badlen(raw + i, len - i);
    out += 3;
    bad++;
  }
  *nbad = bad;
  *clean_len = out;
}

/* Writes the clean text into out and the fixups into fx (nbad entries). */
static void repair_write(const unsigned char *raw, size_t len, unsigned char *out,
                         fixup *fx) {
  size_t i = 0, o = 0, f = 0;
  while (i < len) {
#if defined(__SSE2__)
    /* plain8 on 16 bytes with SSE2 (every x86-64): no byte below 0x20,
     * 0x7F or above */
    if (len - i >= 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(raw + i));
      __m128i bad = _mm_or_si128(
          _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
          _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      if (_mm_movemask_epi8(_mm_or_si128(bad, v)) == 0) {
        _mm_storeu_si128((__m128i *)(void *)(out + o), v);
        i += 16, o += 16;
        continue;
      }
    }
#endif
    if (len - i >= 8 && plain8(raw + i)) {
      memcpy(out + o, raw + i, 8);
      i += 8, o += 8;
      continue;
    }
    unsigned b = raw[i];
    if (b < 0x80) {
      out[o++] = (b < 0x20 && !(b >= '\t' && b <= '\r')) || b == 0x7F
                     ? ' ' : (unsigned char)b;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(raw + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k > 0) {
      memcpy(out + o, raw + i, (size_t)k);
      i += (size_t)k;
      o += (size_t)k;
      continue;
    }
    i += text_utf8_badlen(raw + i, len - i);
    out[o++] = 0xEF, out[o++] = 0xBF, out[o++] = 0xBD;
    fx[f].clean = o;
    fx[f].delta = (int64_t)i - (int64_t)o;
    f++;
  }
  out[o] = '\0';
}

/* Raw offset of clean offset x.  Offsets are asked in increasing order
 * within one article, so the search starts from the last hint. */
static uint32_t raw_off(seg *g, size_t x) {
  size_t k = g->fx_hint;
  if (k > 0 && g->fx[k - 1].clean > x) k = 0;
  while (k < g->nfx && g->fx[k].clean <= x) k++;
  g->fx_hint = k;
  int64_t d = k ? g->fx[k - 1].delta : 0;
  return (uint32_t)((int64_t)x + d);
}

/* ===================================================================== */
/* Emitting a sentence                                                   */
/* ===================================================================== */

typedef struct entity { const char *name; uint32_t cp; } entity;
static const entity ENTITIES[] = {
  {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
  {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
  {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
};

/* Decodes an HTML entity at s[i] == '&' (i < n); returns its length and
 * sets *cp, or returns 0 when there is no acceptable entity there. */
static size_t entity_at(const unsigned char *s, size_t i, size_t n, int32_t *cp) {
  size_t j = i + 1, lim = i + 12 < n ? i + 12 : n;
  if (j < lim && s[j] == '#') {
    int hex = 0;
    uint32_t v = 0;
    j++;
    if (j < lim && (s[j] == 'x' || s[j] == 'X')) hex = 1, j++;
    size_t d0 = j;
    for (; j < lim && j - d0 < 8; j++) {
      unsigned c = s[j];
      if (c >= '0' && c <= '9') v = v * (hex ? 16 : 10) + (c - '0');
      else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = v * 16 + ((c | 0x20) - 'a' + 10);
      else break;
    }
    if (j == d0 || j >= lim || s[j] != ';') return 0;
    if (v < 0x20 || (v >= 0x7F && v < 0xA0) || !utf8proc_codepoint_valid((int32_t)v))
      return 0;
    *cp = (int32_t)v;
    return j + 1 - i;
  }
  for (size_t e = 0; e < sizeof ENTITIES / sizeof ENTITIES[0]; e++) {
    size_t l = strlen(ENTITIES[e].name);
    if (i + 1 + l < n && memcmp(s + i + 1, ENTITIES[e].name, l) == 0 &&
        s[i + 1 + l] == ';') {
      *cp = (int32_t)ENTITIES[e].cp;
      return l + 2;
    }
  }
  return 0;
}

/* Writes clean[s..e) collapsed into out (room for e-s+1); returns length. */
static size_t collapse(const unsigned char *c, size_t s, size_t e, char *out) {
  size_t o = 0;
  int pend = 0;
  size_t i = s;
  while (i < e) {
#if defined(__SSE2__)
    /* the same test on 16 bytes, with SSE2 (every x86-64) */
    if (e - i >= 16 && c[i] != ' ' && c[i + 15] != ' ') {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c + i));
      __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
      __m128i amp = _mm_cmpeq_epi8(v, _mm_set1_epi8('&'));
      unsigned sp = (unsigned)_mm_movemask_epi8(
          _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
      if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(ctl, amp), v)) == 0 &&
          (sp & (sp << 1)) == 0) {
        if (pend) out[o++] = ' ', pend = 0;
        _mm_storeu_si128((__m128i *)(void *)(out + o), v);
        o += 16, i += 16;
        continue;
      }
    }
#endif
    /* 8 bytes of printable ASCII without '&' or two spaces in a row,
     * neither starting nor ending with a space, are copied unchanged. */
    if (e - i >= 8 && c[i] != ' ' && c[i + 7] != ' ') {
      uint64_t x;
      memcpy(&x, c + i, 8);
      uint64_t sp = eq_mask8(x, ' ');
      if (((x | ((x - ONES8 * 0x20) & ~x)) & HIGH8) == 0 &&
          !has_byte8(x, '&') && (sp & (sp << 8)) == 0) {
        if (pend) out[o++] = ' ', pend = 0;
        memcpy(out + o, &x, 8);
        o += 8, i += 8;
        continue;
      }
    }
    unsigned b = c[i];
    if (b < 0x80 && b != '&') {
      if (ASCII_CLASS[b] != C_OTHER) { pend = o > 0; i++; continue; }
      if (pend) out[o++] = ' ', pend = 0;
      /* the rest of a run of printable ASCII other than '&' */
      do out[o++] = (char)c[i++];
      while (i < e && c[i] > 0x20 && c[i] < 0x80 && c[i] != '&');
      continue;
    }
    size_t l;
    int32_t cp;
    if (b == '&') {
      l = entity_at(c, i, e, &cp);
      if (l == 0) cp = '&', l = 1;
    } else cp = dec(c, i, &l);
    int k = cp_class(cp);
    if (k == C_IGNORE) { i += l; continue; }
    if (k != C_OTHER) { pend = o > 0; i += l; continue; }
    if (pend) out[o++] = ' ', pend = 0;
    if (b == '&') o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
    else memcpy(out + o, c + i, l), o += l;
    i += l;
  }
  out[o] = '\0';
  return o;
}

/* Appends clean[s..e), trimmed, as a sentence of the given kind in the
 * current paragraph.  Returns DYAD_OK (also when nothing was left after
 * trimming) or DYAD_ERR_NOMEM. */
static int emit(seg *g, size_t s, size_t e, dyad_sentence_kind kind) {
  size_t l;
  while (s < e && is_space_cls(cls_at(g->c, s, &l))) s += l;
  while (e > s) {
    size_t p = prev_cp(g->c, e);
    if (!is_space_cls(cls_at(g->c, p, &l))) break;
    e = p;
  }
  if (s >= e) return DYAD_OK;
  char *t = arena_alloc(&g->r->mem, e - s + 1);
  if (t == NULL) return DYAD_ERR_NOMEM;
  if (collapse(g->c, s, e, t) == 0) return DYAD_OK;
  dyad_sentence st;
  memset(&st, 0, sizeof st);
  st.index = ++g->index;
  st.paragraph = g->para;
  st.kind = kind;
  st.span.offset = raw_off(g, s);
  st.span.length = raw_off(g, e) - st.span.offset;
  st.text = t;
  g->para_used = 1;
  return result_add_sentence(g->r, &st) ? DYAD_OK : DYAD_ERR_NOMEM;
}

/* Starts a new paragraph unless the current one is still empty. */
static void new_para(seg *g) {
  if (g->para_used) g->para++, g->para_used = 0;
}

/* ===================================================================== */
/* Sentence rules: word lists                                            */
/* ===================================================================== */

/* A word of a list, with its length (lists end with {NULL, 0}). */
typedef struct word {
  const char *s;
  size_t n;
} word;
#define W(x) {x, sizeof(x) - 1}

/* Titles before a name: a period after them never ends a sentence.  All
 * start with an ASCII capital (period_ends looks only such words up). */
static const word TITLES[] = {
  W("Mr"), W("Mrs"), W("Ms"), W("Dr"), W("Gen"), W("Lt"), W("Col"), W("Sen"),
  W("Rep"), W("Gov"), W("Pres"), W("Prof"), W("Capt"), W("Sgt"), W("Maj"),
  W("Adm"), W("Brig"), W("Rev"), W("Hon"), W("Cpl"), W("Pvt"), W("Amb"),
  W("Supt"), W("Insp"), W("Cmdr"), W("Cmdt"), W("Messrs"), W("Mmes"), W("Fr"),
  W("Mt"), W("Ft"), W("Gens"), W("Sens"), W("Reps"), W("Govs"), W("Atty"),
  W("Sec"), W("Lt.Gen"), W("Rt"), W("Sgt.Maj"), W("Mme"), W("Mlle"), W("Msgr"),
  W("Det"), W("Ald"), W("Assn"), W("Dist"), W("Hwy"), {NULL, 0}};

/* Abbreviations that take a number: no break before a digit. */
static const word NUMBER_ABBREVS[] = {
  W("No"), W("Nos"), W("no"), W("Art"), W("art"), W("Vol"), W("vol"), W("pp"),
  W("p"), W("Fig"), W("fig"), W("Jan"), W("Feb"), W("Mar"), W("Apr"), W("Jun"),
  W("Jul"), W("Aug"), W("Sep"), W("Sept"), W("Oct"), W("Nov"), W("Dec"),
  W("vs"), W("v"), W("Ch"), W("ch"), W("Para"), W("para"), W("Sec"), W("Ref"),
  W("ref"), W("approx"), W("Approx"), W("ca"), W("c"), W("Nr"), W("Rs"),
  W("Op"), W("Pt"), {NULL, 0}};

/* Abbreviations that may also end a sentence. */
static const word ABBREVS[] = {
  W("Inc"), W("Corp"), W("Ltd"), W("Co"), W("Cos"), W("Jr"), W("Sr"), W("St"),
  W("Ste"), W("Bros"), W("Plc"), W("PLC"), W("LLC"), W("etc"), W("vs"),
  W("al"), W("Ave"), W("Blvd"), W("Rd"), W("Dept"), W("Univ"), W("Govt"),
  W("govt"), W("est"), W("approx"), W("Mass"), W("Calif"), W("Fla"), W("Ill"),
  W("Penn"), W("Wash"), W("Conn"), W("Mich"), W("Ariz"), W("Colo"), W("Minn"),
  W("Wis"), W("Tenn"), W("Okla"), W("Jan"), W("Feb"), W("Mar"), W("Apr"),
  W("Jun"), W("Jul"), W("Aug"), W("Sep"), W("Sept"), W("Oct"), W("Nov"),
  W("Dec"), W("Mon"), W("Tue"), W("Tues"), W("Wed"), W("Thu"), W("Thurs"),
  W("Fri"), W("Sat"), W("Sun"), W("Intl"), W("Natl"), W("Assoc"), W("Gov't"),
  W("cf"), W("viz"), W("mln"), W("bln"), {NULL, 0}};

/* Words that clearly start a sentence: after an abbreviation or initial
 * followed by one of these, the period ends the sentence. */
static const word STARTERS[] = {
  W("The"), W("A"), W("An"), W("He"), W("She"), W("It"), W("They"), W("We"),
  W("I"), W("You"), W("This"), W("That"), W("These"), W("Those"), W("There"),
  W("Then"), W("But"), W("And"), W("In"), W("On"), W("At"), W("His"), W("Her"),
  W("Its"), W("Their"), W("Our"), W("My"), W("Meanwhile"), W("However"),
  W("After"), W("Before"), W("When"), W("While"), W("Although"), W("Though"),
  W("Officials"), W("Police"), W("Also"), W("If"), W("As"), W("According"),
  W("Some"), W("Many"), W("Most"), W("Both"), W("Another"), W("Other"),
  W("Others"), W("So"), W("Yet"), W("Still"), W("Earlier"), W("Later"),
  W("Last"), W("Next"), W("Since"), W("During"), W("Despite"), W("Under"),
  W("With"), W("Without"), W("Among"), W("Who"), W("What"), W("Where"),
  W("Why"), W("How"), W("Such"), W("Each"), W("Every"), W("All"), W("Several"),
  W("Thus"), W("Instead"), W("Now"), W("Today"), W("Yesterday"), W("Tomorrow"),
  W("Here"), W("Nothing"), W("None"), W("Neither"), W("Nor"), W("Its"),
  W("Authorities"), W("Witnesses"), W("Analysts"), W("Experts"),
  W("Residents"), W("For"), W("From"), W("To"), W("By"), W("Further"),
  W("Furthermore"), W("Moreover"), W("Separately"), W("Elsewhere"),
  W("Overall"), W("Asked"), W("Speaking"), {NULL, 0}};

/* The filter of the words of list, an array of size bytes (its {NULL, 0}
 * included): bit (c & 63) for the first byte c of each word, and bit
 * min(n, 63) for each length n, in the low and high 64 bits.  Meant for
 * the static lists above, which the compiler works out to a constant
 * (fully unrolled, every list[i].s[0] and list[i].n is one). */
typedef struct word_filter {
  uint64_t first, len;
} word_filter;
static inline __attribute__((always_inline)) word_filter
list_filter(const word *list, size_t size) {
  word_filter f = {0, 0};
  size_t n = size / sizeof *list;
  _Pragma("GCC unroll 128")
  for (size_t i = 0; i + 1 < n; i++)
    if (list[i].s) {
      f.first |= (uint64_t)1 << ((unsigned char)list[i].s[0] & 63u);
      f.len |= (uint64_t)1 << (list[i].n < 63 ? list[i].n : 63);
    }
  return f;
}

/* Is w[0, n) a word of list?  f is its filter (list_filter): a word
 * whose length or first byte no word of the list has is answered no
 * without a look at the list (used only when the compiler has worked f
 * out to a constant; else it is not computed at all).  Called through
 * in_list() below. */
static inline __attribute__((always_inline)) int
in_list_f(const word *list, const unsigned char *w, size_t n, word_filter f) {
  if (__builtin_constant_p(f.first) && __builtin_constant_p(f.len) &&
      (!((f.len >> (n < 63 ? n : 63)) & 1u) ||
       !((f.first >> (w[0] & 63u)) & 1u)))
    return 0;
  for (; list->s; list++)
    if (list->n == n && (unsigned char)list->s[0] == w[0] &&
        memcmp(list->s, w, n) == 0)
      return 1;
  return 0;
}
#define in_list(list, w, n) in_list_f((list), (w), (n), \
                                      list_filter((list), sizeof(list)))

/* ===================================================================== */
/* Pass 3: sentences in a body paragraph                                 */
/* ===================================================================== */

#define QUOTE_SPAN 400  /* longest quotation that suppresses boundaries */

/* Looks ahead from an opening mark at i (open byte length ol) for its
 * closing mark within QUOTE_SPAN bytes and the paragraph end e.  Returns
 * the position of the closing mark or 0 when there is none. */
static size_t find_close(const unsigned char *c, size_t i, size_t ol, size_t e,
                         int32_t open) {
  size_t lim = i + QUOTE_SPAN < e ? i + QUOTE_SPAN : e;
  int depth = 0;
  size_t j = i + ol, l;
  while (j < lim) {
    int32_t cp = c[j] < 0x80 ? c[j] : dec(c, j, &l);
    l = c[j] < 0x80 ? 1 : l;
    if (open == '"') {
      if (cp == '"') {
        /* A mark after a space opens a new quote: the first was unbalanced. */
        if (c[j - 1] == ' ' || c[j - 1] == '\n' || c[j - 1] == '\t') return 0;
        return j;
      }
    } else {
      int32_t close = open == '(' ? ')' : open == '[' ? ']' : 0x201D;
      if (cp == open) depth++;
      else if (cp == close) {
        if (depth == 0) return j;
        depth--;
      }
    }
    j += l;
  }
  return 0;
}

/* Information about the word after a candidate boundary. */
typedef struct next_word {
  int cls;                    /* 'U' upper, 'L' lower, 'D' digit, 'O' other */
  const unsigned char *w;     /* ASCII letters of the word */
  size_t wl;
} next_word;

static void look_next(const unsigned char *c, size_t p, size_t e, next_word *nw) {
  size_t l;
  nw->cls = 'O';
  nw->w = c + p;
  nw->wl = 0;
  while (p < e) {
    int32_t cp = dec(c, p, &l);
    if (!is_opener_cp(cp)) break;
    p += l;
  }
  if (p >= e) return;
  int32_t cp = dec(c, p, &l);
  if (cp >= '0' && cp <= '9') nw->cls = 'D';
  else if (is_upper_cp(cp)) nw->cls = 'U';
  else if (is_lower_cp(cp)) nw->cls = 'L';
  nw->w = c + p;
  while (p + nw->wl < e && nw->wl < 24) {
    unsigned b = c[p + nw->wl];
    if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) break;
    nw->wl++;
  }
  /* A word that goes on with a non-letter (digits, apostrophe...) other
   * than punctuation is not a plain word. */
}

/* Decides whether a single period at t (the word before it starts at ws)
 * ends a sentence, given the next word. */
static int period_ends(const unsigned char *c, size_t ws, size_t t, size_t sent_s,
                       const next_word *nw) {
  if (nw->cls == 'L') return 0;
  size_t l;
  /* Strip opening marks from the word. */
  while (ws < t) {
    int32_t cp = dec(c, ws, &l);
    if (!is_opener_cp(cp)) break;
    ws += l;
  }
  const unsigned char *w = c + ws;
  size_t wl = t - ws;
  /* Does the next word clearly start a sentence?  Asked only after an
   * initial or an abbreviation: most periods follow neither. */
#define STARTER()                                                    \
  (nw->cls == 'U' && in_list(STARTERS, nw->w, nw->wl) &&             \
   !(nw->wl == 1 && nw->w[1] == '.')) /* "A." is an initial */
  if (wl == 0) return 1;
  /* every title starts with an ASCII capital: most words before a
   * period do not, and skip the list */
  if (w[0] >= 'A' && w[0] <= 'Z' && in_list(TITLES, w, wl)) return 0;
  if (nw->cls == 'D' && in_list(NUMBER_ABBREVS, w, wl)) return 0;
  /* List number "1." at the start of a sentence. */
  if (ws == sent_s && wl <= 3) {
    size_t k = 0;
    while (k < wl && w[k] >= '0' && w[k] <= '9') k++;
    if (k == wl) return 0;
  }
  /* Initial: a single upper-case letter. */
  int32_t cp0 = dec(c, ws, &l);
  if (l == wl && is_upper_cp(cp0)) return STARTER();
  /* Dotted abbreviation: letters and periods, with an inner period. */
  int dotted = 0, letters = 1;
  for (size_t k = ws; k < t;) {
    int32_t cp = dec(c, k, &l);
    if (cp == '.') dotted = 1;
    else if (!is_letter_cp(cp)) { letters = 0; break; }
    k += l;
  }
  if (dotted && letters) return STARTER();
  if (in_list(ABBREVS, w, wl)) return STARTER();
  return 1;
#undef STARTER
}

/* Bytes split_body passes over without a look: ASCII other than the
 * quotation openers and sentence terminators it acts on. */
static const unsigned char SPLIT_PLAIN[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Splits the body paragraph clean[s..e) into sentences. */
static int split_body(seg *g, size_t s, size_t e) {
  const unsigned char *c = g->c;
  size_t sent_s = s;
  size_t supp_open = 0, supp_end = 0; /* a quotation (open, close] */
  size_t i = s, l;
  int rc;
  while (i < e) {
    /* Skip plain ASCII (none of " ( [ . ! ?) while the sentence is
     * shorter than the cut length: nothing below happens on it. */
    if (i - sent_s < TEXT_MAX_SENTENCE) {
      size_t lim = e - sent_s > TEXT_MAX_SENTENCE ? sent_s + TEXT_MAX_SENTENCE
                                                  : e;
#if defined(__SSE2__)
      /* 16 bytes at a time where SSE2 is there (every x86-64) */
      while (lim - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c + i));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8('('))),
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('[')),
                         _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
        if (_mm_movemask_epi8(_mm_or_si128(m, v))) break;   /* or >= 0x80 */
        i += 16;
      }
#endif
      while (lim - i >= 8) {
        uint64_t x;
        memcpy(&x, c + i, 8);
        if ((x & HIGH8) || has_byte8(x, '"') || has_byte8(x, '(') ||
            has_byte8(x, '[') || has_byte8(x, '.') || has_byte8(x, '!') ||
            has_byte8(x, '?'))
          break;
        i += 8;
      }
      while (i < lim && SPLIT_PLAIN[c[i]]) i++;
      if (i >= e) break;
    }
    unsigned b = c[i];
    int32_t cp;
    if (b < 0x80) cp = (int32_t)b, l = 1;
    else cp = dec(c, i, &l);
    /* Over-long sentences are cut at a space. */
    if (i - sent_s >= TEXT_MAX_SENTENCE &&
        (cp == ' ' || cp == '\n' || i - sent_s >= 4 * TEXT_MAX_SENTENCE)) {
      if ((rc = emit(g, sent_s, i, DYAD_SENT_BODY)) != DYAD_OK) return rc;
      sent_s = i;
    }
    switch (cp) {
    case '"': {
      int opens = i == s || c[i - 1] == ' ' || c[i - 1] == '\n' ||
                  c[i - 1] == '\t' || c[i - 1] >= 0x80 ||
                  strchr("([{-:;,/", c[i - 1]) != NULL;
      if (opens && i + 1 < e && c[i + 1] != ' ' && c[i + 1] != '\n') {
        size_t q = find_close(c, i, 1, e, '"');
        if (q > supp_end) supp_open = i, supp_end = q;
      }
      i++;
      continue;
    }
    case '(': case '[': case 0x201C: {
      size_t q = find_close(c, i, l, e, cp);
      if (q > supp_end) supp_open = i, supp_end = q;
      i += l;
      continue;
    }
    case '.': case '!': case '?': case 0x2026: case 0x3002: case 0xFF01:
    case 0xFF1F:
      break;
    default:
      i += l;
      continue;
    }
    /* A terminator cluster: terminators, then closing marks. */
    size_t t = i, k = i, tl;
    int ndots = 0, qe = 0, ell = 0, cjk = 0, closer = 0;
    while (k < e) {
      int32_t x = dec(c, k, &tl);
      if (x == '.') ndots++;
      else if (x == '!' || x == '?') qe = 1;
      else if (x == 0x2026) ell = 1;
      else if (x == 0x3002 || x == 0xFF01 || x == 0xFF1F) cjk = 1;
      else if (is_closer_cp(x)) closer = 1;
      else break;
      k += tl;
    }
    size_t ce = k;
    i = ce;
    if (ce >= e) break;
    size_t p = ce;
    int gap = 0;
    while (p < e) {
      int k2 = cls_at(c, p, &tl);
      if (k2 == C_OTHER) break;
      if (k2 != C_IGNORE) gap = 1;
      p += tl;
    }
    if (!gap && !cjk) continue;              /* "3.5", "U.S", "a.m" */
    if (supp_open < t && ce <= supp_end) continue; /* inside a quotation */
    if (p >= e) break;
    next_word nw;
    look_next(c, p, e, &nw);
    int ends;
    if (cjk) ends = 1;
    else if (qe) ends = nw.cls != 'L';
    else if (ell || ndots >= 2) ends = nw.cls == 'U';
    else if (closer) ends = nw.cls != 'L';
    else {
      size_t ws = t;
      while (ws > sent_s && t - ws < 40 && c[ws - 1] != ' ' &&
             c[ws - 1] != '\n' && c[ws - 1] != '\t' && c[ws - 1] != '\r')
        ws--;
      if (t - ws >= 40) ends = nw.cls != 'L';
      else ends = period_ends(c, ws, t, sent_s, &nw);
    }
    if (ends) {
      if ((rc = emit(g, sent_s, ce, DYAD_SENT_BODY)) != DYAD_OK) return rc;
      sent_s = p;
      i = p;
    }
  }
  return emit(g, sent_s, e, DYAD_SENT_BODY);
}

/* ===================================================================== */
/* Pass 2: lines, blocks, headlines, captions                            */
/* ===================================================================== */

typedef struct line {
  size_t s, e;       /* content, trimmed of spaces at both ends */
  size_t next;       /* start of the next line */
  int blank;         /* nothing but spaces */
  int indent;        /* starts with a tab or two spaces */
  int hard;          /* ended by FF or U+2029: a paragraph break */
} line;

/* Reads the line starting at pos (< n) into *L. */
static void read_line(const seg *g, size_t pos, line *L) {
  const unsigned char *c = g->c;
  size_t i = pos, l, n = g->n;
  int k = C_OTHER;
  /* Find the line end. */
  size_t end = n;
  while (i < n) {
#if defined(__SSE2__)
    /* 16 bytes of 0x20..0x7F at a time with SSE2 (every x86-64) */
    if (n - i >= 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(c + i));
      __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
      if (_mm_movemask_epi8(_mm_or_si128(ctl, v)) == 0) { i += 16; continue; }
    }
#endif
    if (n - i >= 8) {
      uint64_t x;
      memcpy(&x, c + i, 8);
      if (((x | ((x - ONES8 * 0x20) & ~x)) & HIGH8) == 0) { i += 8; continue; }
    }
    unsigned b = c[i];
    if (b >= 0x20 && b < 0x80) { i++; continue; }
    k = cls_at(c, i, &l);
    if (k == C_NEWLINE || k == C_PARA) { end = i; break; }
    i += l;
  }
  L->hard = 0;
  if (end < n) {
    L->hard = k == C_PARA;
    L->next = end + l;
    if (c[end] == '\r' && L->next < n && c[L->next] == '\n') L->next++;
  } else L->next = n;
  /* Trim. */
  size_t s = pos, e = end;
  L->indent = s < e && (c[s] == '\t' || (s + 1 < e && c[s] == ' ' && c[s + 1] == ' '));
  while (s < e && is_space_cls(cls_at(c, s, &l))) s += l;
  while (e > s) {
    size_t p = prev_cp(c, e);
    if (!is_space_cls(cls_at(c, p, &l))) break;
    e = p;
  }
  L->s = s;
  L->e = e;
  L->blank = s >= e;
}

/* Does s[0..n) start with the lower-case p[0..k), ASCII case-insensitively? */
static int ieq_prefix(const unsigned char *s, size_t n, const char *p,
                      size_t k) {
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    unsigned a = s[i], b = (unsigned char)p[i];
    if (a >= 'A' && a <= 'Z') a |= 0x20;
    if (a != b) return 0;
  }
  return 1;
}

static int ieq_suffix(const unsigned char *s, size_t n, const char *p,
                      size_t k) {
  return n >= k && ieq_prefix(s + n - k, k, p, k);
}

/* Searches (ASCII case-insensitively) for the lower-case word p in s. */
static int icontains(const unsigned char *s, size_t n, const char *p) {
  size_t k = strlen(p);
  for (size_t i = 0; i + k <= n; i++)
    if (ieq_prefix(s + i, k, p, k)) return 1;
  return 0;
}

static const word CAPTION_PREFIX[] = {
  W("credit:"), W("credits:"), W("photo:"), W("photos:"), W("photo credit"),
  W("photograph:"), W("photographs:"), W("photo by "), W("image:"),
  W("images:"), W("image copyright"), W("image caption"), W("image source"),
  W("caption:"), W("pictured:"), W("picture:"), W("pic:"), W("file photo"),
  W("file picture"), W("file image"), W("copyright"), W("\xc2\xa9"),
  W("getty images"), W("(afp photo"), W("(ap photo"), W("(photo"),
  W("(reuters photo"), W("(file photo"), W("media caption"),
  W("video caption"), {NULL, 0}};

static const word CAPTION_SUFFIX[] = {
  W("getty images"), W("/afp"), W("/ afp"), W("/reuters"), W("/ reuters"),
  W("/ap"), W("/ ap"), W("/epa"), W("/ epa"), W("afp photo"), W("ap photo"),
  {NULL, 0}};

/* Is the line a photo caption or credit? */
static int is_caption(const seg *g, const line *L) {
  const unsigned char *s = g->c + L->s;
  size_t n = L->e - L->s;
  if (n == 0) return 0;
  /* most lines share neither the first nor the last letter with any of
   * the words: those are compared in full only when it matches */
  unsigned a0 = s[0], z0 = s[n - 1];
  if (a0 >= 'A' && a0 <= 'Z') a0 |= 0x20;
  if (z0 >= 'A' && z0 <= 'Z') z0 |= 0x20;
  for (const word *p = CAPTION_PREFIX; p->s; p++)
    if ((unsigned char)p->s[0] == a0 && ieq_prefix(s, n, p->s, p->n))
      return 1;
  for (const word *p = CAPTION_SUFFIX; p->s; p++)
    if ((unsigned char)p->s[p->n - 1] == z0 && ieq_suffix(s, n, p->s, p->n))
      return 1;
  if (n > 2 && s[n - 1] == ')') {
    size_t o = n - 1;
    while (o > 0 && s[o] != '(') o--;
    if (s[o] == '(') {
      const unsigned char *q = s + o;
      size_t m = n - o;
      if (icontains(q, m, "photo") || icontains(q, m, "credit") ||
          icontains(q, m, "getty") || icontains(q, m, "image") ||
          icontains(q, m, "picture"))
        return 1;
    }
  }
  return 0;
}

/* Last codepoint of the line that is not a closing mark. */
static int32_t last_cp(const seg *g, const line *L) {
  size_t e = L->e, l;
  while (e > L->s) {
    size_t p = prev_cp(g->c, e);
    int32_t cp = dec(g->c, p, &l);
    if (!is_closer_cp(cp)) return cp;
    e = p;
  }
  return 0;
}

static int is_terminal_cp(int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
         cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
}

/* A dateline such as "MOSCOW (Reuters)" or "WASHINGTON, Jan 5 (AP)". */
static int is_dateline(const seg *g, const line *L) {
  const unsigned char *s = g->c + L->s;
  size_t n = L->e - L->s;
  static const word AGENCIES[] = {
    W("(reuters)"), W("(ap)"), W("(afp)"), W("(xinhua)"), W("(upi)"),
    W("(dpa)"), W("(pti)"), W("(ians)"), W("(ani)"), W("(bloomberg)"),
    W("(cnn)"), W("(efe)"), W("(tass)"), W("(ria)"), W("(wikinews)"),
    {NULL, 0}};
  if (n > 80) return 0;
  for (const word *p = AGENCIES; p->s; p++)
    if (ieq_suffix(s, n, p->s, p->n)) return 1;
  return 0;
}

/* Does the line continue into the next block (dash, colon, dateline)? */
static int continues(const seg *g, const line *L) {
  int32_t cp = last_cp(g, L);
  if (cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == ':' || cp == '_')
    return 1;
  return is_dateline(g, L);
}

/* Does a line start like a sentence (upper case, digit, opening mark)? */
static int starts_sentence(const seg *g, const line *L) {
  size_t p = L->s, l;
  while (p < L->e) {
    int32_t cp = dec(g->c, p, &l);
    if (!is_opener_cp(cp)) return is_upper_cp(cp) || (cp >= '0' && cp <= '9');
    p += l;
  }
  return 0;
}

static int starts_lower(const seg *g, const line *L) {
  size_t l;
  return L->s < L->e && is_lower_cp(dec(g->c, L->s, &l));
}

/* Small words not counted when deciding title case.  All lowercase ASCII
 * (is_headline looks only such words up). */
static const word SMALL_WORDS[] = {
  W("a"), W("an"), W("the"), W("of"), W("in"), W("on"), W("at"), W("to"),
  W("for"), W("and"), W("or"), W("but"), W("by"), W("with"), W("from"),
  W("as"), W("vs"), W("over"), W("after"), W("into"), W("amid"), {NULL, 0}};

/* Headline test for line L with the next line N (NULL at the end of the
 * text or when a blank line follows).  See text.h for the rule. */
static int is_headline(const seg *g, const line *L, const line *N) {
  const unsigned char *c = g->c;
  size_t len = L->e - L->s, l;
  if (len == 0 || len > 150) return 0;
  if (!starts_sentence(g, L)) return 0;
  int32_t last = last_cp(g, L);
  if (last == 0 || is_terminal_cp(last) || strchr(",;:-/&(", last < 0x80 ? (int)last : 1) != NULL ||
      last == 0x2013 || last == 0x2014)
    return 0;
  if (is_dateline(g, L)) return 0;
  /* Words, letters, title case. */
  size_t words = 0, caps = 0, counted = 0;
  int letters = 0;
  for (size_t i = L->s; i < L->e;) {
    while (i < L->e && is_space_cls(cls_at(c, i, &l))) i += l;
    if (i >= L->e) break;
    size_t ws = i;
    while (i < L->e && !is_space_cls(cls_at(c, i, &l))) i += l;
    words++;
    size_t p = ws;
    int32_t cp = 0;
    while (p < i) {
      cp = dec(c, p, &l);
      if (!is_opener_cp(cp)) break;
      p += l;
    }
    if (p < i && is_letter_cp(cp)) {
      letters = 1;
      /* every small word is lowercase ASCII: a word that starts
       * otherwise is not looked up */
      if (c[p] >= 'a' && c[p] <= 'z' && in_list(SMALL_WORDS, c + p, i - p))
        continue;
      counted++;
      if (is_upper_cp(cp)) caps++;
    }
  }
  if (!letters || words > 20) return 0;
  if (N == NULL) return 1;
  if (!starts_sentence(g, N)) return 0;
  /* Widest line among the following lines of the block. */
  size_t wide = 0, nl = 0;
  line M = *N;
  for (;;) {
    nl++;
    if (M.e - M.s > wide) wide = M.e - M.s;
    if (M.hard || M.next >= g->n || nl >= 64) break;
    read_line(g, M.next, &M);
    if (M.blank) break;
  }
  if (nl >= 2) {
    size_t fw = 0;
    while (N->s + fw < N->e && !is_space_cls(cls_at(c, N->s + fw, &l))) fw += l;
    if (len + 1 + fw > wide) return 0; /* a filled (hard-wrapped) line */
  } else if (len > wide) {
    return 0; /* longer than the one line after it: not a title */
  }
  return 2 * caps >= counted || len * 10 < wide * 6;
}

/* ===================================================================== */
/* Driver                                                                */
/* ===================================================================== */

/* Cuts the clean text into blocks and emits their sentences. */
static int segment(seg *g) {
  size_t pos = 0;
  size_t body_s = 0, body_e = 0;
  int body = 0, cont = 0, term = 1;
  size_t cap_s = 0, cap_e = 0;
  int cap = 0;
  int rc;
  line L, N;
#define FLUSH_BODY()                                                  \
  do {                                                                \
    if (body) {                                                       \
      new_para(g);                                                    \
      if ((rc = split_body(g, body_s, body_e)) != DYAD_OK) return rc; \
      new_para(g);                                                    \
      body = 0;                                                       \
    }                                                                 \
  } while (0)
#define FLUSH_CAPTION()                                                     \
  do {                                                                      \
    if (cap) {                                                              \
      new_para(g);                                                          \
      if ((rc = emit(g, cap_s, cap_e, DYAD_SENT_CAPTION)) != DYAD_OK) return rc; \
      new_para(g);                                                          \
      cap = 0;                                                              \
    }                                                                       \
  } while (0)
  if (g->n == 0) return DYAD_OK;
  read_line(g, 0, &L);
  for (;;) {
    int have_next = L.next < g->n;
    if (L.blank) {
      FLUSH_CAPTION();
      if (!cont) FLUSH_BODY();
    } else if (cap && starts_lower(g, &L)) {
      cap_e = L.e;
    } else {
      FLUSH_CAPTION();
      if (is_caption(g, &L)) {
        FLUSH_BODY();
        cap = 1, cap_s = L.s, cap_e = L.e;
      } else {
        if (body && L.indent && !cont) FLUSH_BODY();
        int headline = 0;
        if (!body || term) {
          int next_blank = 1;
          if (have_next && !L.hard) {
            read_line(g, L.next, &N);
            next_blank = N.blank;
          }
          headline = is_headline(g, &L, next_blank ? NULL : &N);
        }
        if (headline) {
          FLUSH_BODY();
          new_para(g);
          if ((rc = emit(g, L.s, L.e, DYAD_SENT_HEADLINE)) != DYAD_OK) return rc;
          new_para(g);
          term = 1, cont = 0;
        } else {
          if (!body) body = 1, body_s = L.s;
          body_e = L.e;
          term = is_terminal_cp(last_cp(g, &L));
          cont = continues(g, &L);
        }
      }
    }
    if (L.hard) {
      FLUSH_CAPTION();
      FLUSH_BODY();
    }
    if (!have_next) break;
    pos = L.next;
    read_line(g, pos, &L);
  }
  FLUSH_CAPTION();
  FLUSH_BODY();
#undef FLUSH_BODY
#undef FLUSH_CAPTION
  return DYAD_OK;
}

int text_prepare(dyad_result *r, const dyad_article *a) {
  assert(r != NULL && a != NULL);
  const unsigned char *raw = (const unsigned char *)(a->text ? a->text : "");
  size_t len = a->text ? a->text_len : 0;
  if (len > TEXT_MAX_INPUT) len = TEXT_MAX_INPUT;

  size_t nbad, clean_len;
  repair_count(raw, len, &nbad, &clean_len);
  unsigned char *clean = arena_alloc(&r->mem, clean_len + 1);
  fixup *fx = nbad ? arena_alloc(&r->mem, nbad * sizeof *fx) : NULL;
  if (clean == NULL || (nbad && fx == NULL)) return DYAD_ERR_NOMEM;
  repair_write(raw, len, clean, fx);
  r->clean = (char *)clean;
  r->clean_len = clean_len;
  r->invalid_bytes = nbad;

  seg g;
  memset(&g, 0, sizeof g);
  g.r = r;
  g.c = clean;
  g.n = clean_len;
  g.fx = fx;
  g.nfx = nbad;
  g.index = r->n_sents ? r->sents[r->n_sents - 1].index : 0;
  g.para = (r->n_sents ? r->sents[r->n_sents - 1].paragraph : 0) + 1;
  return segment(&g);
}
