/*
 * dict_build.c: parsing text dictionaries (PETRARCH 2 / Phoenix and TABARI
 * formats) and compiling them into the image described in dict_image.h;
 * reading dictionary sources from disk; the public dyad_dict_open /
 * dyad_dict_compile with the compiled-dictionary cache.
 *
 * Parsing is line by line and forgiving: a line that cannot be understood
 * is reported through the diagnostic callback as FILE:LINE:COL and
 * skipped.  The grammar accepted is documented in docs/dictionaries.md.
 * Everything here is deterministic: records are appended in source order,
 * strings are interned in first-seen order and the phrase index is sorted,
 * so identical sources give a byte-identical image.
 */
#include <assert.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "dict/codeset.h"
#include "dict/dict.h"
#include "tag/tag.h"
#include "text/fold.h"
#include "dict/dict_image.h"

int dict_adopt_image(dyad_dict **out, void *img, size_t len, dyad_error *err);

/* ===================================================================== */
/* Growable arrays and the string pool                                   */
/* ===================================================================== */

typedef struct vec {
  void *p;
  size_t n, cap, elem;
} vec;

/* Appends one zeroed element and returns it, or NULL when out of memory. */
static void *vec_push(vec *v) {
  if (v->n == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 64;
    void *p = realloc(v->p, cap * v->elem);
    if (!p) return NULL;
    v->p = p;
    v->cap = cap;
  }
  void *e = (char *)v->p + v->n * v->elem;
  memset(e, 0, v->elem);
  v->n++;
  return e;
}
#define VEC_AT(v, type, i) (&((type *)(v).p)[i])

typedef struct bld {
  /* string pool with an intern table of offsets (0 = empty slot; offset 0
   * is the empty string, which is never looked up through the table) */
  char *pool;
  size_t pool_n, pool_cap;
  uint32_t *itab;
  size_t itab_cap, itab_n;
  vec share; /* per actor: 1 = takes the next entry's codes */
  vec files, phrases, actors, acodes, agents, verbs, vforms, patterns, ptoks,
      synsets, transforms, issues, options;
  /* actor phrase (interned words offset) -> actor id, for duplicates */
  uint32_t *dup_key, *dup_val;
  size_t dup_cap, dup_n;
  /* diagnostics */
  dict_diag_fn diag;
  void *diag_ctx;
  size_t n_err, n_warn;
  const char *cur_file;
  uint32_t cur_file_idx;
  int nomem;
  uint64_t source_hash;
} bld;

static uint32_t bld_hash(const char *s, size_t n) {
  return dict_key_hash(0, s, n);
}

static int bld_itab_grow(bld *b) {
  size_t cap = b->itab_cap ? b->itab_cap * 2 : 4096;
  uint32_t *t = calloc(cap, sizeof *t);
  if (!t) return -1;
  for (size_t i = 0; i < b->itab_cap; i++) {
    uint32_t off = b->itab[i];
    if (!off) continue;
    const char *s = b->pool + off;
    size_t j = bld_hash(s, strlen(s)) & (cap - 1);
    while (t[j]) j = (j + 1) & (cap - 1);
    t[j] = off;
  }
  free(b->itab);
  b->itab = t;
  b->itab_cap = cap;
  return 0;
}

/* Interns s[0..n) (no NUL inside) and returns its offset in the pool. */
static uint32_t bld_str(bld *b, const char *s, size_t n) {
  if (n == 0) return 0;
  if ((b->itab_n + 1) * 2 > b->itab_cap && bld_itab_grow(b) != 0) {
    b->nomem = 1;
    return 0;
  }
  size_t j = bld_hash(s, n) & (b->itab_cap - 1);
  while (b->itab[j]) {
    const char *c = b->pool + b->itab[j];
    if (strncmp(c, s, n) == 0 && c[n] == '\0') return b->itab[j];
    j = (j + 1) & (b->itab_cap - 1);
  }
  if (b->pool_n + n + 1 > b->pool_cap) {
    size_t cap = b->pool_cap ? b->pool_cap : 65536;
    while (cap < b->pool_n + n + 1) cap *= 2;
    /* s may point into the pool itself: keep its offset across realloc */
    uintptr_t us = (uintptr_t)s, up = (uintptr_t)b->pool;
    int inside = us >= up && us < up + b->pool_n;
    size_t s_off = inside ? (size_t)(s - b->pool) : 0;
    char *p = realloc(b->pool, cap);
    if (!p) {
      b->nomem = 1;
      return 0;
    }
    b->pool = p;
    if (inside) s = p + s_off;
    b->pool_cap = cap;
  }
  uint32_t off = (uint32_t)b->pool_n;
  memcpy(b->pool + off, s, n);
  b->pool[off + n] = '\0';
  b->pool_n += n + 1;
  b->itab[j] = off;
  b->itab_n++;
  return off;
}

static uint32_t bld_cstr(bld *b, const char *s) {
  return bld_str(b, s, strlen(s));
}

static int bld_init(bld *b, const dict_build_opts *opts) {
  memset(b, 0, sizeof *b);
  b->files.elem = sizeof(uint32_t);
  b->share.elem = 1;
  b->phrases.elem = sizeof(dict_phrase);
  b->actors.elem = sizeof(dict_actor);
  b->acodes.elem = sizeof(dict_actor_code);
  b->agents.elem = sizeof(dict_agent);
  b->verbs.elem = sizeof(dict_verb);
  b->vforms.elem = sizeof(dict_verb_form);
  b->patterns.elem = sizeof(dict_pattern);
  b->ptoks.elem = sizeof(dict_pat_tok);
  b->synsets.elem = sizeof(dict_synset);
  b->transforms.elem = sizeof(dict_transform);
  b->issues.elem = sizeof(dict_issue);
  b->options.elem = sizeof(dict_option);
  if (opts) {
    b->diag = opts->diag;
    b->diag_ctx = opts->diag_ctx;
  }
  b->pool_cap = 65536;
  b->pool = malloc(b->pool_cap);
  if (!b->pool) return -1;
  b->pool[0] = '\0'; /* offset 0 = "" */
  b->pool_n = 1;
  return bld_itab_grow(b);
}

static void bld_free(bld *b) {
  free(b->pool);
  free(b->itab);
  free(b->dup_key);
  free(b->dup_val);
  vec *all[] = {&b->share, &b->files,    &b->phrases,  &b->actors,     &b->acodes,
                &b->agents,   &b->verbs,    &b->vforms,     &b->patterns,
                &b->ptoks,    &b->synsets,  &b->transforms, &b->issues,
                &b->options};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) free(all[i]->p);
}

/* Reports a problem at the current file (severity 1 warning, 2 error). */
static void bld_diag(bld *b, int sev, long line, long col, const char *fmt,
                     ...) {
  if (sev >= 2)
    b->n_err++;
  else
    b->n_warn++;
  if (!b->diag) return;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  b->diag(b->diag_ctx, sev, b->cur_file, line, col, msg);
}

/* ===================================================================== */
/* Text helpers                                                          */
/* ===================================================================== */

/* Folds s[0..n) into out (capacity cap, NUL-terminated) the way the tag
 * stage folds sentence tokens (src/text/fold.h: ASCII lowercased, other
 * text NFC + case folding, typographic quotes and dashes made ASCII), so
 * dictionary phrases and text compare equal; '_' and whitespace runs
 * become one space, ends trimmed, and a word's possessive ending ('s, or
 * ' after s) a word of its own, as the tokenizer splits it.  Returns the output length, or -1 if it
 * does not fit. */
static long dict_norm_words(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0, i = 0;
  while (i < n) {
    while (i < n && (s[i] == '_' || isspace((unsigned char)s[i]))) i++;
    if (i == n) break;
    size_t j = i;
    int ascii = 1;
    while (j < n && s[j] != '_' && !isspace((unsigned char)s[j])) {
      if ((unsigned char)s[j] >= 0x80) ascii = 0;
      j++;
    }
    if (o > 0) {
      if (o + 1 >= cap) return -1;
      out[o++] = ' ';
    }
    size_t w0 = o;
    if (ascii) {
      if (o + (j - i) >= cap) return -1;
      for (size_t k = i; k < j; k++) out[o++] = (char)tolower((unsigned char)s[k]);
    } else {
      size_t r = text_fold(s + i, j - i, out + o, cap - o, NULL);
      if (r >= cap - o) return -1;
      o += r;
    }
    /* a possessive ending is a token of its own in text ("Workers'
     * Party": workers ' party; "People's": people 's), as the tag
     * stage's tokenizer splits it: "WORKERS'_PARTY" is written as
     * "WORKERS_'_PARTY" would be */
    size_t wl = o - w0, cut = 0;
    if (wl > 2 && out[o - 1] == '\'' && out[o - 2] == 's' &&
        isalpha((unsigned char)out[o - 3]))
      cut = 1;
    else if (wl > 2 && out[o - 2] == '\'' && out[o - 1] == 's' &&
             isalpha((unsigned char)out[o - 3]))
      cut = 2;
    if (cut) {
      if (o + 1 >= cap) return -1;
      memmove(out + o - cut + 1, out + o - cut, cut);
      out[o - cut] = ' ';
      o++;
    }
    i = j;
  }
  if (o >= cap) return -1;
  out[o] = '\0';
  return (long)o;
}

/* Column (1-based) of the first invalid UTF-8 byte in s[0..n), or 0. */
static long dict_bad_utf8_col(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) return (long)i + 1;
    i += (size_t)k;
  }
  return 0;
}

/* memmem is a GNU extension: a portable one for short needles. */
static const char *dict_memmem(const char *h, size_t hn, const char *n,
                               size_t nn) {
  if (nn == 0) return h;
  for (size_t i = 0; i + nn <= hn; i++)
    if (h[i] == n[0] && memcmp(h + i, n, nn) == 0) return h + i;
  return NULL;
}

static size_t dict_count_words(const char *s) {
  size_t n = *s ? 1 : 0;
  for (; *s; s++) n += (*s == ' ');
  return n;
}

static int dict_is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isspace((unsigned char)s[i])) return 0;
  return 1;
}

/* ===================================================================== */
/* Records                                                               */
/* ===================================================================== */

typedef enum dict_fmt { FMT_PETRARCH, FMT_TABARI } dict_fmt;

/* Per-file parse state. */
typedef struct src {
  bld *b;
  dict_fmt fmt;
  long line;
  /* the current line's content (comment removed) and its start */
  const char *ls;
  size_t ll;
  const char *raw;
  int comment_only; /* the line had text, all of it comment */
} src;

/* Adds a phrase from raw text t[0..n) (words separated by '_' or blanks;
 * a trailing '_' makes the last word exact).  col is the column of t.
 * Returns the phrase id or DICT_NONE after reporting an error. */
static uint32_t src_phrase(src *S, const char *t, size_t n, long col,
                           dict_kind kind, uint32_t flags, uint32_t payload) {
  bld *b = S->b;
  while (n > 0 && isspace((unsigned char)t[n - 1])) n--;
  while (n > 0 && isspace((unsigned char)*t)) t++, n--, col++;
  if (n > 0 && t[n - 1] == '_') flags |= DICT_PH_EXACT;
  char buf[1024];
  long len = dict_norm_words(t, n, buf, sizeof buf);
  if (len < 0) {
    bld_diag(b, 2, S->line, col, "phrase too long");
    return DICT_NONE;
  }
  if (len == 0) {
    bld_diag(b, 2, S->line, col, "empty phrase");
    return DICT_NONE;
  }
  size_t nw = dict_count_words(buf);
  if (nw > DICT_MAX_PHRASE_WORDS) {
    bld_diag(b, 2, S->line, col, "phrase has more than %d words",
             DICT_MAX_PHRASE_WORDS);
    return DICT_NONE;
  }
  dict_phrase *p = vec_push(&b->phrases);
  if (!p) {
    b->nomem = 1;
    return DICT_NONE;
  }
  p->words = bld_str(b, buf, (size_t)len);
  p->n_words = (uint32_t)nw;
  p->flags = flags;
  p->kind = kind;
  p->payload = payload;
  p->file = b->cur_file_idx;
  p->line = (uint32_t)S->line;
  return (uint32_t)(b->phrases.n - 1);
}

/* Checks that brackets of each kind balance on the line; reports the first
 * problem.  Returns 0 if balanced. */
static int src_check_brackets_sev(src *S, const char *s, size_t n, int kinds,
                                  int sev) {
  static const char open[] = "[{(", close[] = "]})";
  for (int k = 0; k < kinds; k++) {
    long depth = 0, first_open = 0;
    for (size_t i = 0; i < n; i++) {
      if (s[i] == open[k]) {
        if (depth == 0) first_open = (long)(s + i - S->raw) + 1;
        depth++;
      } else if (s[i] == close[k]) {
        if (--depth < 0) {
          bld_diag(S->b, sev, S->line, (long)(s + i - S->raw) + 1,
                   "unbalanced '%c'", close[k]);
          return -1;
        }
      }
    }
    if (depth > 0) {
      bld_diag(S->b, sev, S->line, first_open, "unbalanced '%c'", open[k]);
      return -1;
    }
  }
  return 0;
}

static int src_check_brackets_k(src *S, const char *s, size_t n, int kinds) {
  return src_check_brackets_sev(S, s, n, kinds, 2);
}

/* All of [] {} () must balance (verbs, issues). */
static int src_check_brackets(src *S, const char *s, size_t n) {
  return src_check_brackets_k(S, s, n, 3);
}

/* Only [] (actor lines: parentheses are plain text there); agents also
 * check {} (plural lists). */
static int src_check_square(src *S, const char *s, size_t n) {
  return src_check_brackets_k(S, s, n, 1);
}

/* Is c allowed in a code?  Letters, digits and _ / - ~ # + ! : . ? */
static int dict_code_char(unsigned char c) {
  return isalnum(c) || c == '_' || c == '/' || c == '-' || c == '~' || c == '#' || c == '+' ||
         c == '!' || c == ':' || c == '.' || c == '?';
}

/* Validates and interns a code s[0..n) (upper-cased).  Reports at col. */
static uint32_t src_code(src *S, const char *s, size_t n, long col) {
  char buf[128];
  if (n == 0 || n >= sizeof buf) {
    bld_diag(S->b, 2, S->line, col, n ? "code too long" : "empty code");
    return DICT_NONE;
  }
  int lower = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!dict_code_char(c)) {
      bld_diag(S->b, 2, S->line, col + (long)i, "bad code '%.*s'", (int)n, s);
      return DICT_NONE;
    }
    if (islower(c)) lower = 1;
    buf[i] = (char)toupper(c);
  }
  if (lower)
    bld_diag(S->b, 1, S->line, col, "code '%.*s' in lower case", (int)n, s);
  return bld_str(S->b, buf, n);
}

/* Parses a dictionary date: YYMMDD (years 00-29 are 20xx, others 19xx) or
 * YYYYMMDD.  Returns YYYYMMDD or -1. */
static int32_t dict_date6(const char *s, size_t n) {
  if ((n != 6 && n != 8) || strspn(s, "0123456789") < n) return -1;
  long v = 0;
  for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
  int y, m, d;
  if (n == 6) {
    y = (int)(v / 10000);
    y += y < 30 ? 2000 : 1900;
  } else {
    y = (int)(v / 10000);
  }
  m = (int)(v / 100 % 100);
  d = (int)(v % 100);
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1) return -1;
  return y * 10000 + m * 100 + d;
}

/* The day before YYYYMMDD. */
static int32_t dict_date_prev(int32_t v) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = v / 10000, m = v / 100 % 100, d = v % 100;
  if (d > 1) return v - 1;
  if (--m == 0) {
    m = 12;
    y--;
  }
  d = mdays[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) d = 29;
  return y * 10000 + m * 100 + d;
}

/* Parses the inside of one actor code block "CODE [DATES]" at s[0..n).
 * Appends it to the actor code table.  Returns 0 or -1 (reported). */
static int src_actor_code(src *S, const char *s, size_t n, long col) {
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  size_t cs = i;
  while (i < n && !isspace((unsigned char)s[i])) i++;
  uint32_t code = src_code(S, s + cs, i - cs, col + (long)cs);
  if (code == DICT_NONE) return -1;
  while (i < n && isspace((unsigned char)s[i])) i++;
  size_t ds = i;
  size_t de = n;
  while (de > ds && isspace((unsigned char)s[de - 1])) de--;
  int32_t from = 0, to = DICT_DATE_MAX;
  if (de > ds) {
    const char *d = s + ds;
    size_t dn = de - ds;
    long dcol = col + (long)ds;
    const char *dash = memchr(d, '-', dn);
    int ok = 1;
    if (d[0] == '>' || d[0] == '<') {
      size_t sk = 1;
      while (sk < dn && isspace((unsigned char)d[sk])) sk++;
      int32_t v = dict_date6(d + sk, dn - sk);
      if (v < 0) ok = 0;
      else if (d[0] == '>') from = v;
      else to = dict_date_prev(v);
    } else if (dash) {
      size_t a = (size_t)(dash - d), b2 = dn - a - 1;
      const char *d2 = dash + 1;
      while (a > 0 && isspace((unsigned char)d[a - 1])) a--;
      while (b2 > 0 && isspace((unsigned char)*d2)) d2++, b2--;
      if (a > 0) {
        from = dict_date6(d, a);
        if (from < 0) ok = 0;
      }
      if (b2 > 0) {
        to = dict_date6(d2, b2);
        if (to < 0) ok = 0;
      }
      if (a == 0 && b2 == 0) ok = 0;
    } else {
      ok = 0;
    }
    if (!ok) {
      bld_diag(S->b, 2, S->line, dcol, "bad date range '%.*s'", (int)dn, d);
      return -1;
    }
    if (from > to) {
      bld_diag(S->b, 2, S->line, dcol,
               "bad date range '%.*s': start after end", (int)dn, d);
      return -1;
    }
  }
  dict_actor_code *c = vec_push(&S->b->acodes);
  if (!c) {
    S->b->nomem = 1;
    return -1;
  }
  c->code = code;
  c->date_from = from;
  c->date_to = to;
  c->line = (uint32_t)S->line;
  return 0;
}

/* ===================================================================== */
/* Line reading and comments                                             */
/* ===================================================================== */

/* Length of the content of line s[0..n) before a comment.  '#' starts a
 * comment at the line start or after a blank or ']', outside [...]; for TABARI
 * files ';' starts one outside [...]. */
static size_t dict_content_len(const char *s, size_t n, dict_fmt fmt) {
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '[') depth++;
    else if (c == ']' && depth > 0) depth--;
    else if (depth == 0 && c == '#' &&
             (i == 0 || isspace((unsigned char)s[i - 1]) || s[i - 1] == ']'))
      return i;
    else if (depth == 0 && c == ';' && fmt == FMT_TABARI)
      return i;
  }
  return n;
}

typedef int (*line_fn)(src *S, void *state, const char *s, size_t n);

/* Runs fn over every line of buf, with comments (also multi-line
 * "<!-- -->" ones) removed and trailing blanks trimmed; reports invalid
 * UTF-8 (error in content, warning in comments). */
static void src_lines(src *S, const char *buf, size_t len, line_fn fn,
                      void *state) {
  size_t pos = 0;
  int in_xml_comment = 0;
  char *tmp = NULL;
  size_t tmp_cap = 0;
  S->line = 0;
  while (pos < len && !S->b->nomem) {
    const char *ls = buf + pos;
    const char *nl = memchr(ls, '\n', len - pos);
    size_t ll = nl ? (size_t)(nl - ls) : len - pos;
    pos += ll + (nl ? 1 : 0);
    S->line++;
    if (ll > 0 && ls[ll - 1] == '\r') ll--;
    if (memchr(ls, '\0', ll)) {
      bld_diag(S->b, 2, S->line, (long)((const char *)memchr(ls, '\0', ll) - ls) + 1,
               "NUL byte in line");
      continue;
    }
    /* work on a private NUL-terminated copy of the line (the line
     * functions may then look one byte past their content), with
     * <!-- --> comments blanked out */
    if (tmp_cap < ll + 1) {
      char *t = realloc(tmp, ll + 1);
      if (!t) {
        S->b->nomem = 1;
        break;
      }
      tmp = t;
      tmp_cap = ll + 1;
    }
    memcpy(tmp, ls, ll);
    tmp[ll] = '\0';
    ls = tmp;
    if (in_xml_comment || dict_memmem(ls, ll, "<!--", 4)) {
      for (size_t i = 0; i < ll;) {
        if (in_xml_comment) {
          if (i + 3 <= ll && memcmp(tmp + i, "-->", 3) == 0) {
            memset(tmp + i, ' ', 3);
            i += 3;
            in_xml_comment = 0;
          } else {
            tmp[i++] = ' ';
          }
        } else if (i + 4 <= ll && memcmp(tmp + i, "<!--", 4) == 0) {
          in_xml_comment = 1;
          memset(tmp + i, ' ', 4);
          i += 4;
        } else {
          i++;
        }
      }
    }
    size_t cl = dict_content_len(ls, ll, S->fmt);
    long bad = dict_bad_utf8_col(ls, cl);
    if (bad)
      bld_diag(S->b, 2, S->line, bad, "invalid UTF-8");
    else if ((bad = dict_bad_utf8_col(ls + cl, ll - cl)) != 0)
      bld_diag(S->b, 1, S->line, (long)cl + bad, "invalid UTF-8 in comment");
    while (cl > 0 && isspace((unsigned char)ls[cl - 1])) cl--;
    S->raw = ls;
    S->comment_only = cl == 0 && !dict_is_blank(ls, ll);
    S->ls = ls;
    S->ll = cl;
    tmp[cl] = '\0'; /* content only: the comment is gone */
    if (fn(S, state, ls, cl) != 0) break;
  }
  free(tmp);
}

/* ===================================================================== */
/* Actors                                                                */
/* ===================================================================== */

typedef struct actor_state {
  uint32_t cur;     /* current actor, DICT_NONE before the first */
  int cur_bare;     /* the current root line had no '[' and no line since
                       was blank: the next root may lend it its codes */
  int skip_section; /* inside TABARI <NOUN> / <ADJECTIVE> */
  int derived;      /* "@DERIVED" seen (PETRARCH format): the phrases after
                       it carry DICT_PH_DERIVED */
  int capitals;     /* "@CAPITALS" seen (PETRARCH format): the phrases after
                       it carry DICT_PH_CAPITALS */
  int capitalised;  /* "@CAPITALISED" seen: DICT_PH_CAPITALISED */
} actor_state;

/* Records a duplicate-check entry, warning about conflicting codes. */
static void bld_actor_dup(src *S, uint32_t words, uint32_t actor) {
  bld *b = S->b;
  if ((b->dup_n + 1) * 2 > b->dup_cap) {
    size_t cap = b->dup_cap ? b->dup_cap * 2 : 4096;
    uint32_t *k = malloc(cap * sizeof *k), *v = malloc(cap * sizeof *v);
    if (!k || !v) {
      free(k);
      free(v);
      b->nomem = 1;
      return;
    }
    memset(k, 0xff, cap * sizeof *k);
    for (size_t i = 0; i < b->dup_cap; i++) {
      if (b->dup_key[i] == DICT_NONE) continue;
      size_t j = (b->dup_key[i] * 2654435761u) & (cap - 1);
      while (k[j] != DICT_NONE) j = (j + 1) & (cap - 1);
      k[j] = b->dup_key[i];
      v[j] = b->dup_val[i];
    }
    free(b->dup_key);
    free(b->dup_val);
    b->dup_key = k;
    b->dup_val = v;
    b->dup_cap = cap;
  }
  size_t j = (words * 2654435761u) & (b->dup_cap - 1);
  while (b->dup_key[j] != DICT_NONE) {
    if (b->dup_key[j] == words) {
      b->dup_val[j] = actor; /* compare at the end: codes come later */
      return;
    }
    j = (j + 1) & (b->dup_cap - 1);
  }
  b->dup_key[j] = words;
  b->dup_val[j] = actor;
  b->dup_n++;
}

static int actor_line(src *S, void *st_, const char *s, size_t n) {
  actor_state *st = st_;
  bld *b = S->b;
  if (n == 0) {
    if (!S->comment_only) st->cur_bare = 0;
    return 0;
  }
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  if (s[i] == '<') { /* TABARI section tags */
    if (strncasecmp(s + i, "<NOUN>", 6) == 0 ||
        strncasecmp(s + i, "<ADJECTIVE>", 11) == 0)
      st->skip_section = 1;
    else if (s[i + 1] == '/')
      st->skip_section = 0;
    return 0;
  }
  if (st->skip_section) return 0;
  /* "@DERIVED": from here on in this file, phrases are derived aliases
   * (the bare surnames written by tools/gen_surnames.c); "@CAPITALS":
   * acronyms that match only a text written in capitals */
  if (s[i] == '@' && S->fmt == FMT_PETRARCH) {
    static const char kw[] = "@DERIVED", kc[] = "@CAPITALS",
                      ki[] = "@CAPITALISED";
    size_t e = n;
    while (e > i && isspace((unsigned char)s[e - 1])) e--;
    if (e - i == sizeof kw - 1 && memcmp(s + i, kw, sizeof kw - 1) == 0)
      st->derived = 1;
    else if (e - i == sizeof kc - 1 && memcmp(s + i, kc, sizeof kc - 1) == 0)
      st->capitals = 1;
    else if (e - i == sizeof ki - 1 && memcmp(s + i, ki, sizeof ki - 1) == 0)
      st->capitalised = 1;
    else
      bld_diag(b, 2, S->line, (long)i + 1, "unknown directive");
    return 0;
  }
  if (src_check_square(S, s, n) != 0) return 0;
  /* ( ) { } mean nothing in actor phrases: a stray one is only noted */
  (void)src_check_brackets_sev(S, s, n, 3, 1);
  int synonym = s[i] == '+';
  if (synonym) i++;
  /* phrase part: up to the first '[' (quotes count as blanks) */
  const char *br = memchr(s + i, '[', n - i);
  size_t pe = br ? (size_t)(br - s) : n;
  char phr[1024];
  size_t pl = 0;
  for (size_t k = i; k < pe && pl + 1 < sizeof phr; k++)
    phr[pl++] = s[k] == '"' ? ' ' : s[k];
  int has_phrase = !dict_is_blank(phr, pl);
  if (has_phrase) {
    if (synonym && st->cur == DICT_NONE) {
      bld_diag(b, 2, S->line, (long)i, "synonym before any actor entry");
      return 0;
    }
    if (!synonym) {
      uint8_t *share = vec_push(&b->share);
      dict_actor *a = share ? vec_push(&b->actors) : NULL;
      if (!a) {
        b->nomem = 1;
        return 1;
      }
      if (st->cur != DICT_NONE && st->cur_bare &&
          VEC_AT(b->actors, dict_actor, st->cur)->code_count == 0)
        *VEC_AT(b->share, uint8_t, st->cur) = 1;
      st->cur_bare = br == NULL;
      st->cur = (uint32_t)(b->actors.n - 1);
      a->file = b->cur_file_idx;
      a->line = (uint32_t)S->line;
      a->code_first = (uint32_t)b->acodes.n;
      a->phrase = DICT_NONE;
    }
    uint32_t pid = src_phrase(S, phr, pl, (long)i + 1, DICT_K_ACTOR,
                              (synonym ? DICT_PH_SYNONYM : 0) |
                                  (st->derived ? DICT_PH_DERIVED : 0) |
                                  (st->capitals ? DICT_PH_CAPITALS : 0) |
                                  (st->capitalised ? DICT_PH_CAPITALISED : 0),
                              st->cur);
    dict_actor *a = VEC_AT(b->actors, dict_actor, st->cur);
    if (pid != DICT_NONE) {
      if (!synonym) a->phrase = pid;
      bld_actor_dup(S, VEC_AT(b->phrases, dict_phrase, pid)->words, st->cur);
    } else if (!synonym) {
      b->actors.n--; /* drop the entry; its lines go to no one */
      b->share.n--;
      st->cur = DICT_NONE;
      return 0;
    }
  } else if (st->cur == DICT_NONE) {
    bld_diag(b, 2, S->line, (long)i + 1, "code block before any actor entry");
    return 0;
  }
  /* code blocks */
  if (br && synonym && has_phrase)
    bld_diag(b, 1, S->line, (long)(br - s) + 1,
             "codes on a synonym line apply to its root entry");
  dict_actor *a = VEC_AT(b->actors, dict_actor, st->cur);
  if (a->code_first + a->code_count != b->acodes.n && br) {
    bld_diag(b, 2, S->line, (long)(br - s) + 1,
             "code block separated from its actor entry");
    return 0;
  }
  size_t k = pe;
  while (k < n) {
    if (s[k] == '[') {
      const char *close = memchr(s + k, ']', n - k);
      if (!close) break; /* reported by the bracket check */
      if (src_actor_code(S, s + k + 1, (size_t)(close - s - k - 1),
                         (long)k + 2) == 0)
        VEC_AT(b->actors, dict_actor, st->cur)->code_count++;
      k = (size_t)(close - s) + 1;
    } else if (isspace((unsigned char)s[k]) || s[k] == '"') {
      k++;
    } else {
      bld_diag(b, 2, S->line, (long)k + 1, "unexpected text after codes");
      break;
    }
  }
  return 0;
}

/* Checks actor entries: no code at all, and phrases given twice with
 * different codes. */
static void bld_actor_finish(bld *b, size_t first_actor) {
  /* consecutive root lines without codes share the codes of the next
   * entry that has some ("IVO_JOSIPOVIC_" / "JOSIPOVIC_" / "[HRVGOV]") */
  for (size_t i = b->actors.n; i-- > first_actor;) {
    dict_actor *a = VEC_AT(b->actors, dict_actor, i);
    if (a->code_count == 0 && i + 1 < b->actors.n &&
        *VEC_AT(b->share, uint8_t, i)) {
      const dict_actor *next = VEC_AT(b->actors, dict_actor, i + 1);
      a->code_first = next->code_first;
      a->code_count = next->code_count;
    }
  }
  for (size_t i = first_actor; i < b->actors.n; i++) {
    dict_actor *a = VEC_AT(b->actors, dict_actor, i);
    if (a->code_count == 0) {
      b->cur_file = b->pool + *VEC_AT(b->files, uint32_t, a->file);
      bld_diag(b, 1, a->line, 1, "actor entry without a code");
    }
  }
}

static int codes_equal(bld *b, const dict_actor *x, const dict_actor *y) {
  if (x->code_count != y->code_count) return 0;
  for (uint32_t k = 0; k < x->code_count; k++) {
    const dict_actor_code *p = VEC_AT(b->acodes, dict_actor_code,
                                      x->code_first + k);
    const dict_actor_code *q = VEC_AT(b->acodes, dict_actor_code,
                                      y->code_first + k);
    if (p->code != q->code || p->date_from != q->date_from ||
        p->date_to != q->date_to)
      return 0;
  }
  return 1;
}

/* Warns for every phrase whose earlier entry has other codes. */
static void bld_actor_conflicts(bld *b) {
  /* dup table maps words -> last actor; walk phrases in order and compare
   * each phrase's actor with the first actor seen for the same words */
  size_t cap = 1;
  while (cap < b->phrases.n * 2 + 2) cap *= 2;
  uint32_t *k = malloc(cap * sizeof *k), *v = malloc(cap * sizeof *v);
  if (!k || !v) {
    free(k);
    free(v);
    b->nomem = 1;
    return;
  }
  memset(k, 0xff, cap * sizeof *k);
  for (size_t i = 0; i < b->phrases.n; i++) {
    const dict_phrase *p = VEC_AT(b->phrases, dict_phrase, i);
    if (p->kind != DICT_K_ACTOR) continue;
    size_t j = (p->words * 2654435761u) & (cap - 1);
    while (k[j] != DICT_NONE && k[j] != p->words) j = (j + 1) & (cap - 1);
    if (k[j] == DICT_NONE) {
      k[j] = p->words;
      v[j] = (uint32_t)i;
      continue;
    }
    const dict_phrase *q = VEC_AT(b->phrases, dict_phrase, v[j]);
    const dict_actor *x = VEC_AT(b->actors, dict_actor, q->payload);
    const dict_actor *y = VEC_AT(b->actors, dict_actor, p->payload);
    if (x != y && !codes_equal(b, x, y)) {
      b->cur_file = b->pool + *VEC_AT(b->files, uint32_t, p->file);
      bld_diag(b, 1, p->line, 1,
               "duplicate entry '%s' with conflicting codes (first at %s:%u)",
               b->pool + p->words,
               b->pool + *VEC_AT(b->files, uint32_t, q->file), q->line);
    }
  }
  free(k);
  free(v);
}

/* ===================================================================== */
/* Agents                                                                */
/* ===================================================================== */

#define MAX_SUBST 64
typedef struct agent_state {
  size_t n_subst;
  char name[MAX_SUBST][32];
  char alts[MAX_SUBST][512]; /* comma-separated, trimmed */
} agent_state;

/* Adds agent phrase text (already substituted) for agent id. */
static void agent_add_phrase(src *S, const char *t, size_t n, long col,
                             uint32_t agent, uint32_t flags) {
  src_phrase(S, t, n, col, DICT_K_AGENT, flags, agent);
}

/* Expands the first !NAME! in t (recursively for more) and adds phrases;
 * `exact` (DICT_PH_EXACT or 0) goes onto every phrase added. */
static void agent_expand(src *S, agent_state *st, const char *t, size_t n,
                         long col, uint32_t agent, int depth, uint32_t exact) {
  const char *b1 = memchr(t, '!', n);
  const char *b2 = b1 ? memchr(b1 + 1, '!', n - (size_t)(b1 + 1 - t)) : NULL;
  if (!b1 || !b2 || depth > 3) {
    agent_add_phrase(S, t, n, col, agent,
                     (depth ? DICT_PH_GENERATED : 0) | exact);
    return;
  }
  size_t nl = (size_t)(b2 - b1 - 1);
  size_t k;
  for (k = 0; k < st->n_subst; k++)
    if (strlen(st->name[k]) == nl && strncmp(st->name[k], b1 + 1, nl) == 0)
      break;
  if (k == st->n_subst) {
    bld_diag(S->b, 2, S->line, col + (long)(b1 - t),
             "undefined substitution set '!%.*s!'", (int)nl, b1 + 1);
    return;
  }
  const char *a = st->alts[k];
  while (*a) {
    const char *comma = strchr(a, ',');
    size_t al = comma ? (size_t)(comma - a) : strlen(a);
    char buf[1024];
    size_t pre = (size_t)(b1 - t), post = n - (size_t)(b2 + 1 - t);
    if (pre + al + post < sizeof buf) {
      memcpy(buf, t, pre);
      memcpy(buf + pre, a, al);
      memcpy(buf + pre + al, b2 + 1, post);
      agent_expand(S, st, buf, pre + al + post, col, agent, depth + 1, exact);
    }
    a += al;
    while (*a == ',' || *a == ' ') a++;
  }
}

static int agent_line(src *S, void *st_, const char *s, size_t n) {
  agent_state *st = st_;
  bld *b = S->b;
  if (n == 0) return 0;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  if (s[i] == '<') return 0;
  /* substitution set: !NAME! = A, B, C */
  const char *eq = memchr(s, '=', n);
  if (s[i] == '!' && eq) {
    const char *e = memchr(s + i + 1, '!', n - i - 1);
    if (!e || e > eq) {
      bld_diag(b, 2, S->line, (long)i + 1, "bad substitution set");
      return 0;
    }
    if (st->n_subst == MAX_SUBST || (size_t)(e - s - i - 1) >= 32) {
      bld_diag(b, 2, S->line, (long)i + 1, "too many substitution sets");
      return 0;
    }
    size_t k = st->n_subst++;
    snprintf(st->name[k], sizeof st->name[k], "%.*s", (int)(e - s - i - 1),
             s + i + 1);
    const char *v = eq + 1;
    size_t vl = n - (size_t)(v - s);
    while (vl && isspace((unsigned char)*v)) v++, vl--;
    snprintf(st->alts[k], sizeof st->alts[k], "%.*s", (int)vl, v);
    return 0;
  }
  if (src_check_brackets_k(S, s, n, 2) != 0) return 0;
  const char *br = memchr(s, '[', n);
  if (!br) {
    bld_diag(b, 2, S->line, (long)i + 1, "agent without a code");
    return 0;
  }
  const char *close = memchr(br, ']', n - (size_t)(br - s));
  const char *c = br + 1;
  size_t cl = (size_t)(close - c);
  while (cl && isspace((unsigned char)*c)) c++, cl--;
  while (cl && isspace((unsigned char)c[cl - 1])) cl--;
  uint32_t mode = 0;
  if (cl && c[0] == '~') {
    mode = DICT_AGENT_PREFIX;
    c++, cl--;
  } else if (cl && c[cl - 1] == '~') {
    mode = DICT_AGENT_SUFFIX;
    cl--;
  } else {
    bld_diag(b, 1, S->line, (long)(br - s) + 2,
             "agent code without '~' (neither prefix nor suffix)");
  }
  uint32_t code = src_code(S, c, cl, (long)(c - s) + 1);
  if (code == DICT_NONE) return 0;
  dict_agent *a = vec_push(&b->agents);
  if (!a) {
    b->nomem = 1;
    return 1;
  }
  a->code = code;
  a->mode = mode;
  a->file = b->cur_file_idx;
  a->line = (uint32_t)S->line;
  uint32_t id = (uint32_t)(b->agents.n - 1);
  /* phrase part, with an optional {PLURAL FORMS} list */
  const char *ob = memchr(s, '{', (size_t)(br - s));
  size_t pe = ob ? (size_t)(ob - s) : (size_t)(br - s);
  if (dict_is_blank(s + i, pe - i)) {
    bld_diag(b, 2, S->line, (long)i + 1, "agent without a phrase");
    b->agents.n--;
    return 0;
  }
  /* PETRARCH 2: a {FORMS} list, even an empty one ("POLICE {}"), gives
   * every form of the agent, so the phrase itself is a whole word too
   * ("polices" is no POLICE); without a list the last word is a stem */
  agent_expand(S, st, s + i, pe - i, (long)i + 1, id, 0,
               ob ? DICT_PH_EXACT : 0);
  if (ob) {
    const char *cb = memchr(ob, '}', (size_t)(br - ob));
    if (!cb) return 0;
    const char *p = ob + 1;
    while (p < cb) {
      while (p < cb && isspace((unsigned char)*p)) p++;
      const char *q = p;
      while (q < cb && !isspace((unsigned char)*q)) q++;
      if (q > p) {
        /* explicit forms are exact words */
        char buf[512];
        size_t l = (size_t)(q - p);
        if (l + 1 < sizeof buf) {
          memcpy(buf, p, l);
          if (buf[l - 1] != '_') buf[l++] = '_';
          agent_expand(S, st, buf, l, (long)(p - s) + 1, id, 0, 0);
        }
      }
      p = q;
    }
  }
  return 0;
}

/* ===================================================================== */
/* Verbs, synsets, patterns, transformations                             */
/* ===================================================================== */

typedef struct verb_state {
  uint32_t cur_verb;   /* DICT_NONE outside a block */
  uint32_t cur_synset; /* DICT_NONE when no synset is open */
  uint32_t cur_only;   /* string: the "@ FORMS" scope of the patterns that
                          follow ("strike|"), 0 = every form */
  int skip_section;    /* TABARI <TIME> and unknown sections */
  int exact_synsets;   /* "@SYNSETS EXACT" seen: members are whole words */
} verb_state;

/* Appends a form (phrase text t[0..n) already final) to the current verb. */
static void verb_add_form(src *S, verb_state *st, const char *t, size_t n,
                          long col, uint32_t code, uint32_t flags) {
  bld *b = S->b;
  dict_verb *v = VEC_AT(b->verbs, dict_verb, st->cur_verb);
  if (v->form_first + v->form_count != b->vforms.n) {
    bld_diag(b, 2, S->line, col, "verb form separated from its block");
    return;
  }
  uint32_t fid = (uint32_t)b->vforms.n;
  uint32_t pid = src_phrase(S, t, n, col, DICT_K_VERB, flags, fid);
  if (pid == DICT_NONE) return;
  dict_verb_form *f = vec_push(&b->vforms);
  if (!f) {
    b->nomem = 1;
    return;
  }
  f->verb = st->cur_verb;
  f->phrase = pid;
  f->code = code;
  f->lemma = 0;
  VEC_AT(b->verbs, dict_verb, st->cur_verb)->form_count++;
}

/* Inflections of the lowercase verb w through the tag stage's WordNet
 * tables (src/tag/lemma.c): -s, past, participle, -ing, and irregular
 * variants ("meet" -> meets, met, meeting; "admit" -> admitted).  When
 * WordNet gives an irregular past, the regular one is added too, since
 * news uses both for some verbs ("chid" and "chided").  Writes up to
 * VERB_INFL_MAX distinct forms into out and returns their count. */
#define VERB_INFL_MAX 10
static int verb_inflect(const char *w, char out[VERB_INFL_MAX][TAG_WORD_MAX]) {
  tag_verb_forms f;
  size_t n = strlen(w);
  if (n == 0 || n + 3 >= TAG_WORD_MAX || tag_inflect_verb(w, n, &f) < 0)
    return 0;
  /* regular past: w + "d" / stem + "ied" / w + "ed" (n + 3 < TAG_WORD_MAX) */
  char regular[TAG_WORD_MAX];
  size_t stem = n;
  const char *suffix = "ed";
  if (w[n - 1] == 'e') {
    suffix = "d";
  } else if (w[n - 1] == 'y' && n > 1 && !strchr("aeiou", w[n - 2])) {
    stem = n - 1;
    suffix = "ied";
  }
  memcpy(regular, w, stem);
  memcpy(regular + stem, suffix, strlen(suffix) + 1);
  const char *cand[VERB_INFL_MAX] = {f.vbz, f.vbd, f.vbn, f.vbg};
  int nc = 4;
  for (int i = 0; i < f.n_alt && i < 4; i++) cand[nc++] = f.alt[i];
  if (strcmp(f.vbd, regular) != 0 && strcmp(f.vbn, regular) != 0)
    cand[nc++] = regular;
  int k = 0;
  for (int i = 0; i < nc; i++) {
    if (!cand[i][0] || !strcmp(cand[i], w)) continue;
    int dup = 0;
    for (int j = 0; j < k; j++) dup |= !strcmp(out[j], cand[i]);
    if (dup) continue;
    snprintf(out[k++], TAG_WORD_MAX, "%s", cand[i]);
  }
  return k;
}

/* A form line: "WORD [code]? {INFL ...}?". */
static void verb_form_line(src *S, verb_state *st, const char *s, size_t n) {
  bld *b = S->b;
  dict_verb *v = VEC_AT(b->verbs, dict_verb, st->cur_verb);
  const char *br = memchr(s, '[', n);
  const char *ob = memchr(s, '{', n);
  size_t pe = n;
  if (br && (size_t)(br - s) < pe) pe = (size_t)(br - s);
  if (ob && (size_t)(ob - s) < pe) pe = (size_t)(ob - s);
  uint32_t code = v->code;
  if (br) {
    const char *cb = memchr(br, ']', n - (size_t)(br - s));
    const char *c = br + 1;
    size_t cl = (size_t)(cb - c);
    while (cl && isspace((unsigned char)*c)) c++, cl--;
    while (cl && isspace((unsigned char)c[cl - 1])) cl--;
    code = src_code(S, c, cl, (long)(c - s) + 1);
    if (code == DICT_NONE) return;
  }
  size_t ps = 0;
  while (ps < pe && isspace((unsigned char)s[ps])) ps++;
  if (ps == pe) {
    bld_diag(b, 2, S->line, 1, "verb form without a word");
    return;
  }
  int tabari = S->fmt == FMT_TABARI;
  uint32_t exact = tabari ? 0 : DICT_PH_EXACT;
  size_t before = b->vforms.n;
  /* a '+' marks the verb word of a multi-word form ("+ASK_FOR"); it is
   * dropped from the phrase and decides which word gets inflected */
  char clean[512];
  size_t cn = 0, head = 0, words = 0;
  for (size_t k = ps; k < pe && cn + 1 < sizeof clean; k++) {
    if (s[k] == '+') {
      head = words;
      continue;
    }
    if ((s[k] == '_' || isspace((unsigned char)s[k])) && cn > 0 &&
        clean[cn - 1] != ' ')
      words++;
    clean[cn++] = (s[k] == '_' || isspace((unsigned char)s[k])) ? ' ' : s[k];
  }
  verb_add_form(S, st, clean, cn, (long)ps + 1, code, exact);
  if (b->vforms.n == before) return;
  if (!tabari) {
    /* the line's head names all its forms for "@ FORMS" scopes */
    char lem[512];
    long ll = dict_norm_words(clean, cn, lem, sizeof lem);
    if (ll > 0)
      VEC_AT(b->vforms, dict_verb_form, before)->lemma =
          bld_str(b, lem, (size_t)ll);
  }
  if (ob) {
    const char *cb = memchr(ob, '}', n - (size_t)(ob - s));
    for (const char *p = ob + 1; cb && p < cb;) {
      while (p < cb && isspace((unsigned char)*p)) p++;
      const char *q = p;
      while (q < cb && !isspace((unsigned char)*q)) q++;
      char f[256];
      size_t fl = 0;
      for (const char *r = p; r < q && fl + 1 < sizeof f; r++)
        if (*r != '+') f[fl++] = *r;
      if (fl > 0)
        verb_add_form(S, st, f, fl, (long)(p - s) + 1, code,
                      DICT_PH_EXACT | DICT_PH_GENERATED);
      p = q;
    }
  } else if (!tabari) {
    /* PETRARCH: generate the regular forms of the head word */
    const dict_phrase *ph = VEC_AT(b->phrases, dict_phrase,
                                   VEC_AT(b->vforms, dict_verb_form,
                                          b->vforms.n - 1)->phrase);
    char base[512];
    snprintf(base, sizeof base, "%s", b->pool + ph->words);
    /* split into before-head, head, after-head */
    char *hw = base;
    for (size_t k = 0; k < head && hw; k++) {
      hw = strchr(hw, ' ');
      if (hw) hw++;
    }
    if (!hw) hw = base;
    char *after = strchr(hw, ' ');
    if (after) *after++ = '\0';
    char infl[VERB_INFL_MAX][TAG_WORD_MAX];
    int ninfl = verb_inflect(hw, infl);
    for (int k = 0; k < ninfl; k++) {
      if (!infl[k][0]) continue;
      char form[1024];
      int fl = snprintf(form, sizeof form, "%.*s%s%s%s", (int)(hw - base),
                        base, infl[k], after ? " " : "", after ? after : "");
      if (fl > 0 && (size_t)fl < sizeof form)
        verb_add_form(S, st, form, (size_t)fl, (long)ps + 1, code,
                      DICT_PH_EXACT | DICT_PH_GENERATED);
    }
  }
  uint32_t lemma = VEC_AT(b->vforms, dict_verb_form, before)->lemma;
  for (size_t k = before + 1; k < b->vforms.n; k++)
    VEC_AT(b->vforms, dict_verb_form, k)->lemma = lemma;
}

/* An "@ FORMS" line of our own format (PETRARCH 2 has none): the patterns
 * after it, up to the next '@' line or block, apply only when the verb in
 * the sentence is one of the forms of the block's form lines headed by
 * FORMS ("@ STRIKE WALK_OUT": "strike", "struck", "walks out" ...).  A
 * bare "@" gives the patterns back to every form.  A name that heads no
 * form line of the block so far is an error (the line is skipped).
 * Never called for a TABARI file (its caller reads '@' lines only in the
 * other formats). */
static void verb_scope_line(src *S, verb_state *st, const char *s, size_t n) {
  bld *b = S->b;
  assert(S->fmt != FMT_TABARI);
  if (st->cur_verb == DICT_NONE) {
    bld_diag(b, 2, S->line, 1, "'@' line outside a verb block");
    return;
  }
  const dict_verb *v = VEC_AT(b->verbs, dict_verb, st->cur_verb);
  char list[1024];
  size_t ln = 0;
  size_t i = 1;
  while (i < n) {
    while (i < n && isspace((unsigned char)s[i])) i++;
    size_t j = i;
    while (j < n && !isspace((unsigned char)s[j])) j++;
    if (j == i) break;
    char raw[512], name[512];
    size_t rn = 0;
    for (size_t k = i; k < j && rn + 1 < sizeof raw; k++)
      if (s[k] != '+') raw[rn++] = s[k];
    long nn = dict_norm_words(raw, rn, name, sizeof name);
    if (nn <= 0 || ln + (size_t)nn + 2 > sizeof list) {
      bld_diag(b, 2, S->line, (long)i + 1, "bad form name in '@' line");
      return;
    }
    int found = 0;
    for (uint32_t k = 0; k < v->form_count && !found; k++) {
      uint32_t lm = VEC_AT(b->vforms, dict_verb_form, v->form_first + k)->lemma;
      found = lm != 0 && strcmp(b->pool + lm, name) == 0;
    }
    if (!found) {
      bld_diag(b, 2, S->line, (long)i + 1,
               "'@' names '%s', which heads no form line of this block",
               name);
      return;
    }
    memcpy(list + ln, name, (size_t)nn);
    ln += (size_t)nn;
    list[ln++] = '|';
    i = j;
  }
  st->cur_only = ln ? bld_str(b, list, ln) : 0;
}

/* Opens a verb block named s[0..n) with base code. */
static void verb_open(src *S, verb_state *st, const char *name, size_t nl,
                      uint32_t code) {
  bld *b = S->b;
  dict_verb *v = vec_push(&b->verbs);
  if (!v) {
    b->nomem = 1;
    return;
  }
  char buf[512];
  long l = dict_norm_words(name, nl, buf, sizeof buf);
  v->name = l > 0 ? bld_str(b, buf, (size_t)l) : 0;
  v->code = code;
  v->form_first = (uint32_t)b->vforms.n;
  v->pat_first = (uint32_t)b->patterns.n;
  v->file = b->cur_file_idx;
  v->line = (uint32_t)S->line;
  st->cur_verb = (uint32_t)(b->verbs.n - 1);
  st->cur_only = 0;
}

/* Adds one pattern token. */
static int pat_tok(src *S, dict_tok_kind kind, uint32_t flags, const char *t,
                   size_t n) {
  dict_pat_tok *k = vec_push(&S->b->ptoks);
  if (!k) {
    S->b->nomem = 1;
    return -1;
  }
  k->kind = kind;
  k->flags = flags;
  k->ref = DICT_NONE;
  k->wid = DICT_NONE; /* set by bld_make_index */
  if (kind == DICT_T_WORD) {
    char buf[256];
    long l = dict_norm_words(t, n, buf, sizeof buf);
    k->text = l > 0 ? bld_str(S->b, buf, (size_t)l) : 0;
  } else if (kind == DICT_T_SYNSET) {
    /* keep "&NAME" upper case, without a trailing '_' */
    char buf[256];
    size_t l = 0;
    for (size_t i = 0; i < n && l + 1 < sizeof buf; i++)
      buf[l++] = (char)toupper((unsigned char)t[i]);
    while (l > 1 && buf[l - 1] == '_') l--;
    k->text = bld_str(S->b, buf, l);
  } else {
    k->text = bld_str(S->b, t, n);
  }
  return 0;
}

/* Tokenizes pattern text s[0..n) (between '-' and '[').  Returns the
 * number of '*' tokens, or -1 on error (reported). */
static int pat_parse(src *S, const char *s, size_t n, long col0) {
  int stars = 0, joined = 0;
  size_t i = 0;
  while (i < n) {
    char c = s[i];
    long col = col0 + (long)i;
    if (isspace((unsigned char)c)) {
      joined = 0;
      i++;
      continue;
    }
    if (c == '_') {
      joined = 1;
      i++;
      continue;
    }
    uint32_t fl = joined ? DICT_TF_JOINED : 0;
    joined = 0;
    dict_tok_kind k = DICT_T_COUNT;
    switch (c) {
      case '*': k = DICT_T_VERB; stars++; break;
      case '$': k = DICT_T_SOURCE; break;
      case '+': k = DICT_T_TARGET; break;
      case '%': k = DICT_T_COMPOUND; break;
      case '^': k = DICT_T_SKIP; break;
      case '|': k = DICT_T_ALT_BAR; break;
      case '(': k = DICT_T_PP_OPEN; break;
      case ')': k = DICT_T_PP_CLOSE; break;
      case '{': k = S->fmt == FMT_TABARI ? DICT_T_ALT_OPEN : DICT_T_NP_OPEN; break;
      case '}': k = S->fmt == FMT_TABARI ? DICT_T_ALT_CLOSE : DICT_T_NP_CLOSE; break;
      default: break;
    }
    if (k != DICT_T_COUNT) {
      if (k == DICT_T_ALT_BAR && S->fmt != FMT_TABARI) {
        /* PETRARCH alternatives inside { }: kept as a bar token */
      }
      if (pat_tok(S, k, fl, s + i, 1) != 0) return -1;
      i++;
      continue;
    }
    /* a word or &SYNSET: up to a blank, '_' or a special character */
    size_t j = i + (c == '&');
    while (j < n && !isspace((unsigned char)s[j]) && s[j] != '_' &&
           !strchr("*$%^|(){}[]", s[j]) && !(s[j] == '+' && j == i))
      j++;
    if (j == i + (c == '&')) {
      bld_diag(S->b, 2, S->line, col, "unexpected '%c' in pattern", c);
      return -1;
    }
    if (j < n && s[j] == '_') {
      /* a '_' right after: exact word, and what follows is joined */
      if (j + 1 >= n || isspace((unsigned char)s[j + 1])) fl |= DICT_TF_EXACT;
      else fl |= DICT_TF_EXACT;
    }
    if (pat_tok(S, c == '&' ? DICT_T_SYNSET : DICT_T_WORD, fl, s + i, j - i))
      return -1;
    i = j;
  }
  return stars;
}

/* Pattern line "- TEXT [CODE] ...". */
static void verb_pattern_line(src *S, verb_state *st, const char *s,
                              size_t n) {
  bld *b = S->b;
  if (st->cur_verb == DICT_NONE) {
    bld_diag(b, 2, S->line, 1, "pattern outside a verb block");
    return;
  }
  dict_verb *v = VEC_AT(b->verbs, dict_verb, st->cur_verb);
  if (v->pat_first + v->pat_count != b->patterns.n) {
    bld_diag(b, 2, S->line, 1, "pattern separated from its verb block");
    return;
  }
  const char *br = memchr(s, '[', n);
  if (!br) {
    bld_diag(b, 2, S->line, (long)n, "pattern without a code");
    return;
  }
  const char *cb = memchr(br, ']', n - (size_t)(br - s));
  if (!cb) return; /* reported by the bracket check */
  const char *c = br + 1;
  size_t cl = (size_t)(cb - c);
  while (cl && isspace((unsigned char)*c)) c++, cl--;
  while (cl && isspace((unsigned char)c[cl - 1])) cl--;
  const char *colon = memchr(c, ':', cl);
  size_t c1 = colon ? (size_t)(colon - c) : cl;
  /* "[:173]": no primary code, only the one after ':' */
  uint32_t code = (colon && c1 == 0) ? 0 : src_code(S, c, c1, (long)(c - s) + 1);
  uint32_t code2 = 0;
  if (colon && cl > c1 + 1)
    code2 = src_code(S, colon + 1, cl - c1 - 1, (long)(colon - s) + 2);
  if (code == DICT_NONE || code2 == DICT_NONE) return;
  size_t tok0 = b->ptoks.n;
  const char *t = s + 1;
  size_t tl = (size_t)(br - t);
  int stars = pat_parse(S, t, tl, 2);
  if (stars < 0) {
    b->ptoks.n = tok0;
    return;
  }
  if (stars == 0) {
    bld_diag(b, 2, S->line, 2, "pattern without '*'");
    b->ptoks.n = tok0;
    return;
  }
  if (stars > 1)
    bld_diag(b, 1, S->line, 2, "pattern with %d '*'", stars);
  dict_pattern *p = vec_push(&b->patterns);
  if (!p) {
    b->nomem = 1;
    return;
  }
  while (tl && isspace((unsigned char)*t)) t++, tl--;
  while (tl && isspace((unsigned char)t[tl - 1])) tl--;
  p->verb = st->cur_verb;
  p->tok_first = (uint32_t)tok0;
  p->tok_count = (uint32_t)(b->ptoks.n - tok0);
  p->code = code;
  p->code2 = code2;
  p->text = bld_str(b, t, tl);
  p->only = st->cur_only;
  p->file = b->cur_file_idx;
  p->line = (uint32_t)S->line;
  VEC_AT(b->verbs, dict_verb, st->cur_verb)->pat_count++;
}

/* Plural of the lowercase word w (length n) into out (capacity cap):
 * w+"es" after s, x, z, ch, sh; consonant+y -> "ies"; else w+"s".
 * Returns the length, or 0 when it does not fit or w is empty. */
static size_t noun_plural(const char *w, size_t n, char *out, size_t cap) {
  if (n == 0 || n + 4 > cap) return 0;
  memcpy(out, w, n);
  char z = w[n - 1], y = n > 1 ? w[n - 2] : 0;
  if (z == 's' || z == 'x' || z == 'z' || (z == 'h' && (y == 'c' || y == 's'))) {
    memcpy(out + n, "es", 3);
    return n + 2;
  }
  if (z == 'y' && n > 1 && !strchr("aeiou", y)) {
    memcpy(out + n - 1, "ies", 4);
    return n + 2;
  }
  memcpy(out + n, "s", 2);
  return n + 1;
}

/* A synset member t[0..tl) under "@SYNSETS EXACT": its last word is a whole
 * word, and unless written with a trailing '_' its plural and, for a one-word
 * member, its verb inflections (verb_inflect: "attacks", "attacked",
 * "attacking") are members too ("+CAMP" is "camp", "camps", "camped",
 * "camping", not "campaign"; "+WAR_" only "war").  Adds the phrases to synset
 * sy and returns how many (0 after an error). */
static uint32_t synset_exact_member(src *S, const char *t, size_t tl,
                                    long col, uint32_t sy) {
  int as_written = tl > 0 && t[tl - 1] == '_';
  if (src_phrase(S, t, tl, col, DICT_K_SYNSET, DICT_PH_EXACT, sy) ==
      DICT_NONE)
    return 0;
  if (as_written) return 1;
  char norm[512], pl[512];
  long nl = dict_norm_words(t, tl, norm, sizeof norm);
  if (nl <= 0) return 1;
  const char *last = strrchr(norm, ' ');
  last = last ? last + 1 : norm;
  size_t head = (size_t)(last - norm);
  memcpy(pl, norm, head);
  uint32_t added = 1;
  char infl[VERB_INFL_MAX + 1][TAG_WORD_MAX];
  /* verb forms of a one-word member only: "+DRONE_STRIKE" must not take
   * "drone struck", whose verb is the sentence's own */
  int ni = head == 0 ? verb_inflect(last, infl) : 0;
  size_t pn = noun_plural(last, (size_t)nl - head, infl[ni], TAG_WORD_MAX);
  if (pn > 0) ni++;
  for (int k = 0; k < ni; k++) {
    int dup = 0;
    for (int j = 0; j < k; j++) dup |= strcmp(infl[j], infl[k]) == 0;
    size_t fl = strlen(infl[k]);
    if (dup || fl == 0 || head + fl >= sizeof pl) continue;
    memcpy(pl + head, infl[k], fl);
    if (src_phrase(S, pl, head + fl, col, DICT_K_SYNSET,
                   DICT_PH_EXACT | DICT_PH_GENERATED, sy) != DICT_NONE)
      added++;
  }
  return added;
}

static int verb_line(src *S, void *st_, const char *s, size_t n) {
  verb_state *st = st_;
  bld *b = S->b;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  if (i == n) { /* a blank line closes a synset, a comment line does not */
    if (!S->comment_only) st->cur_synset = DICT_NONE;
    return 0;
  }
  s += i;
  n -= i;
  if (s[0] == '<') {
    /* TABARI sections: <SYNSETS> is read, others (<TIME>, ...) skipped */
    if (n > 1 && s[1] == '/')
      st->skip_section = 0;
    else if (strncasecmp(s, "<SYNSETS>", 9) != 0)
      st->skip_section = 1;
    st->cur_synset = DICT_NONE;
    return 0;
  }
  if (st->skip_section) return 0;
  if (s[0] == '~' && n > 1 && s[1] == '~') return 1; /* TABARI "~~FINISH" */
  if (s[0] == '~') { /* transformation */
    const char *eq = memchr(s, '=', n);
    if (!eq) {
      bld_diag(b, 2, S->line, (long)i + 1, "transformation without '='");
      return 0;
    }
    dict_transform *tr = vec_push(&b->transforms);
    if (!tr) {
      b->nomem = 1;
      return 1;
    }
    const char *l = s + 1;
    size_t ll = (size_t)(eq - l);
    while (ll && isspace((unsigned char)*l)) l++, ll--;
    while (ll && isspace((unsigned char)l[ll - 1])) ll--;
    const char *r = eq + 1;
    size_t rl = n - (size_t)(r - s);
    while (rl && isspace((unsigned char)*r)) r++, rl--;
    tr->lhs = bld_str(b, l, ll);
    tr->rhs = bld_str(b, r, rl);
    tr->file = b->cur_file_idx;
    tr->line = (uint32_t)S->line;
    return 0;
  }
  if (src_check_brackets(S, s, n) != 0) return 0;
  if (s[0] == '&') { /* synset header */
    size_t e = 1;
    while (e < n && !isspace((unsigned char)s[e])) e++;
    dict_synset *sy = vec_push(&b->synsets);
    if (!sy) {
      b->nomem = 1;
      return 1;
    }
    size_t nl = e - 1;
    while (nl > 0 && s[nl] == '_') nl--;
    char buf[256];
    size_t l = 0;
    for (size_t k = 1; k <= nl && l + 1 < sizeof buf; k++)
      buf[l++] = (char)toupper((unsigned char)s[k]);
    if (l == 0) {
      bld_diag(b, 2, S->line, (long)i + 1, "synset without a name");
      b->synsets.n--;
      return 0;
    }
    sy->name = bld_str(b, buf, l);
    sy->member_first = (uint32_t)b->phrases.n;
    sy->file = b->cur_file_idx;
    sy->line = (uint32_t)S->line;
    st->cur_synset = (uint32_t)(b->synsets.n - 1);
    return 0;
  }
  if (s[0] == '+' && st->cur_synset != DICT_NONE) { /* synset member */
    dict_synset *sy = VEC_AT(b->synsets, dict_synset, st->cur_synset);
    if (sy->member_first + sy->member_count != b->phrases.n) {
      bld_diag(b, 2, S->line, (long)i + 1, "synset member out of place");
      return 0;
    }
    const char *t = s + 1;
    size_t tl = n - 1;
    const char *br = memchr(t, '[', tl);
    if (br) tl = (size_t)(br - t);
    uint32_t flags = 0;
    if (tl && *t == '&') {
      t++, tl--;
      flags = DICT_PH_SYNREF | DICT_PH_EXACT;
    }
    if (st->exact_synsets && !(flags & DICT_PH_SYNREF)) {
      while (tl && isspace((unsigned char)t[tl - 1])) tl--;
      sy->member_count +=
          synset_exact_member(S, t, tl, (long)i + 2, st->cur_synset);
      return 0;
    }
    if (src_phrase(S, t, tl, (long)i + 2, DICT_K_SYNSET, flags,
                   st->cur_synset) == DICT_NONE)
      return 0;
    if (flags & DICT_PH_SYNREF) {
      /* a reference names one synset: one word that fits a synset name
       * (a longer one would be cut below and disagree with its count) */
      dict_phrase *p = VEC_AT(b->phrases, dict_phrase, b->phrases.n - 1);
      if (p->n_words != 1 || strlen(b->pool + p->words) >= 256) {
        bld_diag(b, 2, S->line, (long)i + 2,
                 "synset reference is not one synset name");
        b->phrases.n--;
        return 0;
      }
    }
    sy->member_count++;
    if (flags & DICT_PH_SYNREF) {
      /* keep the referenced name upper case like synset names */
      dict_phrase *p = VEC_AT(b->phrases, dict_phrase, b->phrases.n - 1);
      char buf[256];
      snprintf(buf, sizeof buf, "%s", b->pool + p->words);
      for (char *q = buf; *q; q++) *q = (char)toupper((unsigned char)*q);
      p->words = bld_cstr(b, buf);
    }
    return 0;
  }
  st->cur_synset = DICT_NONE;
  if (s[0] == '-' && n >= 3 && s[1] == '-' && s[2] == '-') {
    /* PETRARCH block header "--- NAME [code] ---" */
    const char *br = memchr(s, '[', n);
    const char *name = s + 3;
    size_t nl = (br ? (size_t)(br - name) : n - 3);
    while (nl && isspace((unsigned char)*name)) name++, nl--;
    while (nl && (isspace((unsigned char)name[nl - 1]) || name[nl - 1] == '-'))
      nl--;
    uint32_t code = bld_cstr(b, "---");
    if (br) {
      const char *cb = memchr(br, ']', n - (size_t)(br - s));
      const char *c = br + 1;
      size_t cl = (size_t)(cb - c);
      while (cl && isspace((unsigned char)*c)) c++, cl--;
      while (cl && isspace((unsigned char)c[cl - 1])) cl--;
      code = src_code(S, c, cl, (long)(c - s) + 1 + (long)i);
      if (code == DICT_NONE) return 0;
    }
    if (nl == 0) {
      bld_diag(b, 2, S->line, (long)i + 1, "verb block without a name");
      st->cur_verb = DICT_NONE;
      return 0;
    }
    verb_open(S, st, name, nl, code);
    return 0;
  }
  if (s[0] == '-') {
    verb_pattern_line(S, st, s, n);
    return 0;
  }
  if (s[0] == '@' && S->fmt != FMT_TABARI) {
    /* "@SYNSETS EXACT": from here on in this file, synset members are
     * whole words with their plurals (dyad's own verbs.txt) */
    static const char kw[] = "@SYNSETS EXACT";
    if (n >= sizeof kw - 1 && strncasecmp(s, kw, sizeof kw - 1) == 0 &&
        (n == sizeof kw - 1 || isspace((unsigned char)s[sizeof kw - 1]))) {
      st->exact_synsets = 1;
      return 0;
    }
    verb_scope_line(S, st, s, n);
    return 0;
  }
  if (S->fmt == FMT_TABARI) {
    /* "STEM [code]" opens a block whose first form is the stem */
    const char *br = memchr(s, '[', n);
    uint32_t code = bld_cstr(b, "---");
    size_t pe = n;
    const char *ob = memchr(s, '{', n);
    if (br) pe = (size_t)(br - s);
    if (ob && (size_t)(ob - s) < pe) pe = (size_t)(ob - s);
    (void)code;
    verb_open(S, st, s, pe, bld_cstr(b, "---"));
    if (st->cur_verb == DICT_NONE) return 1;
    size_t before = b->vforms.n;
    verb_form_line(S, st, s, n);
    if (b->vforms.n > before) {
      dict_verb *v = VEC_AT(b->verbs, dict_verb, st->cur_verb);
      v->code = VEC_AT(b->vforms, dict_verb_form, before)->code;
    }
    return 0;
  }
  if (st->cur_verb == DICT_NONE) {
    bld_diag(b, 2, S->line, (long)i + 1, "verb form outside a verb block");
    return 0;
  }
  verb_form_line(S, st, s, n);
  return 0;
}

/* ===================================================================== */
/* Discards, issues, options                                             */
/* ===================================================================== */

static int discard_line(src *S, void *st, const char *s, size_t n) {
  (void)st;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  if (i == n || s[i] == '<') return 0;
  uint32_t flags = 0;
  if (s[i] == '+') {
    flags = DICT_PH_STORY;
    i++;
  }
  src_phrase(S, s + i, n - i, (long)i + 1, DICT_K_DISCARD, flags, 0);
  return 0;
}

typedef struct issue_state {
  uint32_t category; /* 0 = outside a category */
  uint32_t last_code; /* code of the previous coded phrase, 0 if none */
} issue_state;

static int issue_line(src *S, void *st_, const char *s, size_t n) {
  issue_state *st = st_;
  bld *b = S->b;
  size_t i = 0;
  while (i < n && isspace((unsigned char)s[i])) i++;
  if (i == n) return 0;
  if (s[i] == '<') {
    if (n > i + 1 && s[i + 1] == '/') {
      st->category = 0;
      st->last_code = 0;
      return 0;
    }
    const char *cat = dict_memmem(s, n, "CATEGORY=\"", 10);
    if (!cat) {
      bld_diag(b, 2, S->line, (long)i + 1, "issue tag without CATEGORY");
      return 0;
    }
    cat += 10;
    const char *q = memchr(cat, '"', n - (size_t)(cat - s));
    if (!q) {
      bld_diag(b, 2, S->line, (long)(cat - s), "unterminated CATEGORY");
      return 0;
    }
    st->category = bld_str(b, cat, (size_t)(q - cat));
    return 0;
  }
  if (src_check_brackets(S, s, n) != 0) return 0;
  if (!st->category)
    bld_diag(b, 1, S->line, (long)i + 1, "issue phrase outside a category");
  uint32_t flags = 0, code = 0;
  if (s[i] == '~') {
    flags = DICT_PH_NEGATED;
    i++;
  }
  const char *br = memchr(s + i, '[', n - i);
  size_t pe = br ? (size_t)(br - s) : n;
  if (br) {
    const char *cb = memchr(br, ']', n - (size_t)(br - s));
    code = src_code(S, br + 1, (size_t)(cb - br - 1), (long)(br - s) + 2);
    if (code == DICT_NONE) return 0;
    st->last_code = code;
  } else if (!flags) {
    /* a phrase without a code takes the previous phrase's code */
    if (!st->last_code) {
      bld_diag(b, 2, S->line, (long)n, "issue phrase without a code");
      return 0;
    }
    code = st->last_code;
  }
  /* "n:" marks a noun (plural allowed: the stem rule covers it); '+'
   * joins words with a hyphen */
  char buf[1024];
  size_t l = 0;
  for (size_t k = i; k < pe && l + 1 < sizeof buf; k++) {
    if (s[k] == 'n' && k + 1 < pe && s[k + 1] == ':' &&
        (k == i || s[k - 1] == ' ' || s[k - 1] == '+')) {
      k++;
      continue;
    }
    buf[l++] = s[k] == '+' ? '-' : s[k];
  }
  dict_issue *is = vec_push(&b->issues);
  if (!is) {
    b->nomem = 1;
    return 1;
  }
  uint32_t iid = (uint32_t)(b->issues.n - 1);
  uint32_t pid = src_phrase(S, buf, l, (long)i + 1, DICT_K_ISSUE, flags, iid);
  if (pid == DICT_NONE) {
    b->issues.n--;
    return 0;
  }
  is = VEC_AT(b->issues, dict_issue, iid);
  is->category = st->category;
  is->code = code;
  is->phrase = pid;
  return 0;
}

/* Adds the option k = v (key lowercased, blanks made '_').  The value of
 * a code option (src/dict/codeset.h: reciprocal_codes, place_source_codes,
 * ...) is checked first: a word that is no CAMEO code, a qualifier the
 * option does not allow or too many words is an error at its column
 * (line0 is the start of the line holding v) and the line is skipped;
 * a code option set a second time is a warning (the first counts). */
static void option_add(src *S, const char *line0, const char *k, size_t kl,
                       const char *v, size_t vl) {
  bld *b = S->b;
  char key[256];
  size_t l = 0;
  for (size_t i = 0; i < kl && l + 1 < sizeof key; i++) {
    unsigned char c = (unsigned char)k[i];
    key[l++] = isspace(c) ? '_' : (char)tolower(c);
  }
  key[l] = '\0';
  /* a count of words (the engine's count options, src/code/engine.c) */
  static const char *const counts[] = {"comma_min",  "comma_max",
                                       "comma_bmin", "comma_bmax",
                                       "comma_emin", "comma_emax",
                                       "new_actor_length"};
  for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
    if (strcmp(key, counts[i]) != 0) continue;
    size_t d = 0;
    while (d < vl && d < 10 && isdigit((unsigned char)v[d])) d++;
    if (vl == 0 || d != vl || vl > 9) {
      bld_diag(b, 2, S->line, (long)(v - line0) + 1,
               "%s: '%.*s' is no count of words (0 to 999999999)", key,
               (int)(vl < 40 ? vl : 40), v);
      return;
    }
  }
  const codeset_option *co = codeset_option_find(key);
  if (co != NULL) {
    for (size_t i = 0; i < b->options.n; i++)
      if (strcmp(b->pool + VEC_AT(b->options, dict_option, i)->key, key) ==
          0) {
        long col = k >= line0 && k <= line0 + S->ll ? (long)(k - line0) + 1
                                                      : 1;
        bld_diag(b, 1, S->line, col, "%s set again; the first value counts",
                 co->key);
        break;
      }
    codeset cs;
    char why[200];
    size_t at = 0;
    if (codeset_parse(&cs, co, v, vl, why, sizeof why, &at) != 0) {
      bld_diag(b, 2, S->line, (long)(v - line0) + (long)at + 1, "%s: %s",
               co->key, why);
      return;
    }
  }
  dict_option *o = vec_push(&b->options);
  if (!o) {
    b->nomem = 1;
    return;
  }
  o->key = bld_str(b, key, l);
  o->value = bld_str(b, v, vl);
}

static void trim(const char **s, size_t *n) {
  while (*n && isspace((unsigned char)**s)) (*s)++, (*n)--;
  while (*n && isspace((unsigned char)(*s)[*n - 1])) (*n)--;
}

/* "key = value" (.ini), "SET: KEY = VALUE", "LABEL: 010= text",
 * "DIRECTIVE: rest" (TABARI .options).  "//" lines are comments. */
static int option_line(src *S, void *st, const char *s, size_t n) {
  (void)st;
  const char *k = s;
  size_t kn = n;
  trim(&k, &kn);
  if (kn == 0 || k[0] == '[' || (kn >= 2 && k[0] == '/' && k[1] == '/') ||
      k[0] == '~')
    return 0;
  const char *colon = memchr(k, ':', kn);
  const char *eq = memchr(k, '=', kn);
  if (colon && (!eq || colon < eq)) {
    const char *dir = k;
    size_t dl = (size_t)(colon - k);
    const char *rest = colon + 1;
    size_t rl = kn - dl - 1;
    trim(&rest, &rl);
    const char *e2 = memchr(rest, '=', rl);
    if (e2 && (dl == 3 && strncasecmp(dir, "SET", 3) == 0)) {
      const char *key = rest, *val = e2 + 1;
      size_t keyl = (size_t)(e2 - rest), vl = rl - keyl - 1;
      trim(&key, &keyl);
      trim(&val, &vl);
      option_add(S, s, key, keyl, val, vl);
    } else if (e2 && dl == 5 && strncasecmp(dir, "LABEL", 5) == 0) {
      char key[64];
      const char *c = rest, *val = e2 + 1;
      size_t cl = (size_t)(e2 - rest), vl = rl - cl - 1;
      trim(&c, &cl);
      trim(&val, &vl);
      int kl = snprintf(key, sizeof key, "label:%.*s", (int)(cl < 32 ? cl : 32), c);
      option_add(S, s, key, (size_t)kl, val, vl);
    } else {
      option_add(S, s, dir, dl, rest, rl);
    }
    return 0;
  }
  if (eq) {
    const char *val = eq + 1;
    size_t kl = (size_t)(eq - k), vl = kn - kl - 1;
    trim(&k, &kl);
    trim(&val, &vl);
    option_add(S, s, k, kl, val, vl);
    return 0;
  }
  bld_diag(S->b, 1, S->line, 1, "option line not understood");
  return 0;
}

/* ===================================================================== */
/* Files and kinds                                                       */
/* ===================================================================== */

typedef enum file_kind {
  FK_NONE = 0, FK_ACTORS, FK_AGENTS, FK_VERBS, FK_DISCARDS, FK_ISSUES,
  FK_OPTIONS
} file_kind;

static int has_ci(const char *s, const char *sub) {
  size_t n = strlen(sub);
  for (; *s; s++)
    if (strncasecmp(s, sub, n) == 0) return 1;
  return 0;
}

static int ends_ci(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* Kind of a dictionary file from its base name; FK_NONE if unknown. */
static file_kind dict_file_kind(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  if (has_ci(base, "actors")) return FK_ACTORS;
  if (has_ci(base, "agents")) return FK_AGENTS;
  if (has_ci(base, "discard")) return FK_DISCARDS;
  if (has_ci(base, "issue")) return FK_ISSUES;
  if (ends_ci(base, ".options") || ends_ci(base, ".ini")) return FK_OPTIONS;
  if (has_ci(base, "verbs") || (strncasecmp(base, "CAMEO", 5) == 0 &&
                                ends_ci(base, ".txt")))
    return FK_VERBS;
  return FK_NONE;
}

/* Parses one file's contents into the builder. */
static void bld_file(bld *b, const char *name, const char *buf, size_t len) {
  uint32_t *f = vec_push(&b->files);
  if (!f) {
    b->nomem = 1;
    return;
  }
  *f = bld_cstr(b, name);
  b->cur_file = name;
  b->cur_file_idx = (uint32_t)(b->files.n - 1);
  src S = {.b = b, .fmt = ends_ci(name, ".txt") ? FMT_PETRARCH : FMT_TABARI};
  switch (dict_file_kind(name)) {
    case FK_ACTORS: {
      actor_state st = {.cur = DICT_NONE};
      size_t first = b->actors.n;
      src_lines(&S, buf, len, actor_line, &st);
      bld_actor_finish(b, first);
      b->cur_file = name;
      break;
    }
    case FK_AGENTS: {
      agent_state *st = calloc(1, sizeof *st);
      if (!st) {
        b->nomem = 1;
        return;
      }
      src_lines(&S, buf, len, agent_line, st);
      free(st);
      break;
    }
    case FK_VERBS: {
      verb_state st = {.cur_verb = DICT_NONE, .cur_synset = DICT_NONE,
                       .cur_only = 0};
      /* PETRARCH verbs are recognised by their "---" block headers */
      src_lines(&S, buf, len, verb_line, &st);
      break;
    }
    case FK_DISCARDS:
      src_lines(&S, buf, len, discard_line, NULL);
      break;
    case FK_ISSUES: {
      issue_state st = {0};
      src_lines(&S, buf, len, issue_line, &st);
      break;
    }
    case FK_OPTIONS:
      src_lines(&S, buf, len, option_line, NULL);
      break;
    case FK_NONE:
      bld_diag(b, 2, 0, 0, "unknown kind of dictionary file (name should "
                           "contain actors, agents, verbs, discards, issue, "
                           "or end in .options/.ini)");
      break;
  }
}

/* ===================================================================== */
/* Freezing into an image                                                */
/* ===================================================================== */

typedef struct keyrec {
  uint32_t kind, key, n_words, pid;
  uint32_t run;   /* 0 = multi-word, 1 = one-word stem, 2 = one-word exact */
  uint32_t b0;    /* multi-word: first byte of the second word, else 0 */
  const char *ks; /* key string, for sorting */
} keyrec;

/* Order of the postings: by first word, kind, run, then (multi-word run)
 * first byte of the second word, word count descending, then phrase id.
 * A total order, so the image is deterministic. */
static int keyrec_cmp(const void *a_, const void *b_) {
  const keyrec *a = a_, *b = b_;
  if (a->key != b->key) {
    int c = strcmp(a->ks, b->ks);
    if (c) return c;
  }
  if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
  if (a->run != b->run) return a->run < b->run ? -1 : 1;
  if (a->b0 != b->b0) return a->b0 < b->b0 ? -1 : 1;
  if (a->n_words != b->n_words) return a->n_words > b->n_words ? -1 : 1;
  return a->pid < b->pid ? -1 : a->pid > b->pid;
}

/* qsort comparator of C strings (by strcmp). */
static int bld_strp_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is w the key of one of keys[0..nk) (sorted by key string)? */
static int bld_key_present(const keyrec *keys, size_t nk, const char *w) {
  size_t a = 0, z = nk;
  while (a < z) {
    size_t m = a + (z - a) / 2;
    int c = strcmp(keys[m].ks, w);
    if (c == 0) return 1;
    if (c < 0) a = m + 1;
    else z = m;
  }
  return 0;
}

/* Resolves synset references in pattern tokens (warning when unknown). */
static void bld_resolve_synsets(bld *b) {
  for (size_t i = 0; i < b->patterns.n; i++) {
    dict_pattern *p = VEC_AT(b->patterns, dict_pattern, i);
    for (uint32_t k = 0; k < p->tok_count; k++) {
      dict_pat_tok *t = VEC_AT(b->ptoks, dict_pat_tok, p->tok_first + k);
      if (t->kind != DICT_T_SYNSET) continue;
      const char *name = b->pool + t->text + 1;
      for (size_t s = 0; s < b->synsets.n; s++) {
        dict_synset *sy = VEC_AT(b->synsets, dict_synset, s);
        if (strcmp(b->pool + sy->name, name) == 0) {
          t->ref = (uint32_t)s;
          break;
        }
      }
      if (t->ref == DICT_NONE) {
        b->cur_file = b->pool + *VEC_AT(b->files, uint32_t, p->file);
        bld_diag(b, 1, p->line, 1, "unknown synset '%s'", b->pool + t->text);
      }
    }
  }
}

/* The synset a "&NAME" member refers to, by the rule of dict_synset_find()
 * (case-insensitive, leading '&' and trailing '_' ignored, first synset of
 * that name wins), or DICT_NONE. */
static uint32_t bld_synref_target(const bld *b, const char *name) {
  if (*name == '&') name++;
  size_t len = strlen(name);
  while (len > 0 && name[len - 1] == '_') len--;
  for (size_t i = 0; i < b->synsets.n; i++) {
    const char *s =
        b->pool + ((const dict_synset *)b->synsets.p)[i].name;
    if (strncasecmp(s, name, len) == 0 && s[len] == '\0') return (uint32_t)i;
  }
  return DICT_NONE;
}

/* The phrase index and synset references (see dict_image.h), built into
 * malloc'd arrays.  Returns DYAD_OK or DYAD_ERR_NOMEM (all freed then). */
typedef struct bld_index {
  dict_hslot *hash;
  size_t nh;
  dict_hgroup *groups;
  size_t ng;
  uint32_t *post;
  dict_w2 *w2;
  size_t np;
  dict_synrange *synrange;
  uint32_t *synref;
  size_t nref;
} bld_index;

static void bld_index_free(bld_index *x) {
  free(x->hash);
  free(x->groups);
  free(x->post);
  free(x->w2);
  free(x->synrange);
  free(x->synref);
  memset(x, 0, sizeof *x);
}

static int bld_make_index(bld *b, bld_index *x) {
  memset(x, 0, sizeof *x);
  /* collect index keys: every phrase but synset references */
  size_t nk = 0;
  keyrec *keys = malloc((b->phrases.n + 1) * sizeof *keys);
  if (!keys) return DYAD_ERR_NOMEM;
  for (size_t i = 0; i < b->phrases.n; i++) {
    const dict_phrase *p = VEC_AT(b->phrases, dict_phrase, i);
    if (p->flags & DICT_PH_SYNREF) continue;
    const char *w = b->pool + p->words;
    const char *sp = strchr(w, ' ');
    size_t wl = sp ? (size_t)(sp - w) : strlen(w);
    if (wl == 0) continue; /* cannot happen: words are normalized */
    keyrec *k = &keys[nk++];
    k->kind = p->kind;
    k->n_words = p->n_words;
    k->run = p->n_words > 1 ? 0 : (p->flags & DICT_PH_EXACT) ? 2 : 1;
    k->b0 = p->n_words > 1 ? (uint8_t)w[wl + 1] : 0;
    k->pid = (uint32_t)i;
    k->key = bld_str(b, w, wl); /* may move the pool: w is stale after */
  }
  if (b->nomem) {
    free(keys);
    return DYAD_ERR_NOMEM;
  }
  for (size_t i = 0; i < nk; i++) keys[i].ks = b->pool + keys[i].key;
  qsort(keys, nk, sizeof *keys, keyrec_cmp);
  size_t nwords = 0, ngroups = 0;
  for (size_t i = 0; i < nk; i++) {
    int new_word = i == 0 || keys[i].key != keys[i - 1].key;
    nwords += new_word;
    ngroups += new_word || keys[i].kind != keys[i - 1].kind;
  }
  /* pattern words that start no phrase get slots of their own (format 3):
   * their distinct texts, sorted, minus the phrase keys */
  size_t npw = 0;
  for (size_t i = 0; i < b->ptoks.n; i++) {
    const dict_pat_tok *t = VEC_AT(b->ptoks, dict_pat_tok, i);
    if (t->kind == DICT_T_WORD && b->pool[t->text]) npw++;
  }
  const char **pw = malloc((npw + 1) * sizeof *pw);
  if (!pw) {
    free(keys);
    return DYAD_ERR_NOMEM;
  }
  npw = 0;
  for (size_t i = 0; i < b->ptoks.n; i++) {
    const dict_pat_tok *t = VEC_AT(b->ptoks, dict_pat_tok, i);
    if (t->kind == DICT_T_WORD && b->pool[t->text]) pw[npw++] = b->pool + t->text;
  }
  qsort(pw, npw, sizeof *pw, bld_strp_cmp);
  size_t nextra = 0;
  for (size_t i = 0; i < npw; i++) {
    if (i > 0 && strcmp(pw[i], pw[i - 1]) == 0) continue;
    if (!bld_key_present(keys, nk, pw[i])) pw[nextra++] = pw[i];
  }
  size_t nh = 16;
  while (nh < (nwords + nextra) * 2 + 1) nh *= 2;
  size_t nsyn = b->synsets.n;
  x->hash = malloc(nh * sizeof *x->hash);
  x->groups = malloc((ngroups + 1) * sizeof *x->groups);
  x->post = malloc((nk + 1) * sizeof *x->post);
  x->w2 = calloc(nk + 1, sizeof *x->w2);
  x->synrange = malloc((nsyn + 1) * sizeof *x->synrange);
  x->synref = malloc((b->phrases.n + 1) * sizeof *x->synref);
  if (!x->hash || !x->groups || !x->post || !x->w2 || !x->synrange ||
      !x->synref) {
    free(keys);
    bld_index_free(x);
    return DYAD_ERR_NOMEM;
  }
  x->nh = nh;
  x->np = nk;
  memset(x->hash, 0, nh * sizeof *x->hash);
  for (size_t i = 0; i < nh; i++) x->hash[i].key = DICT_NONE;
  size_t g = 0;
  for (size_t i = 0; i < nk;) {
    /* one word: keys[i .. w) */
    size_t w = i;
    while (w < nk && keys[w].key == keys[i].key) w++;
    const char *ks = keys[i].ks;
    uint32_t hv = dict_word_hash(ks, strlen(ks));
    size_t h = hv & (nh - 1);
    while (x->hash[h].key != DICT_NONE) h = (h + 1) & (nh - 1);
    dict_hslot *slot = &x->hash[h];
    slot->hash = hv;
    slot->key = keys[i].key;
    slot->group_first = (uint32_t)g;
    for (size_t j = i; j < w;) {
      size_t e = j;
      dict_hgroup *gr = &x->groups[g++];
      memset(gr, 0, sizeof *gr);
      gr->post_first = (uint32_t)j;
      while (e < w && keys[e].kind == keys[j].kind) {
        x->post[e] = keys[e].pid;
        if (keys[e].run == 0) {
          /* the second word: what the next token must equal or start with */
          const dict_phrase *p = VEC_AT(b->phrases, dict_phrase, keys[e].pid);
          const char *w = b->pool + p->words + strlen(ks) + 1;
          const char *sp = strchr(w, ' ');
          size_t wl = sp ? (size_t)(sp - w) : strlen(w);
          int exact = p->n_words > 2 || (p->flags & DICT_PH_EXACT);
          x->w2[e] = dict_w2_of(w, wl, exact);
        }
        if (keys[e].run == 0) gr->n_multi++;
        else if (keys[e].run == 1) gr->n_stem++;
        else gr->n_exact++;
        e++;
      }
      slot->kinds |= (uint16_t)(1u << keys[j].kind);
      if (gr->n_stem) slot->stem_kinds |= (uint16_t)(1u << keys[j].kind);
      j = e;
    }
    i = w;
  }
  x->ng = g;
  free(keys);
  /* slots of the other pattern words (kinds 0, no groups), in sorted
   * order: deterministic */
  for (size_t i = 0; i < nextra; i++) {
    uint32_t hv = dict_word_hash(pw[i], strlen(pw[i]));
    size_t h = hv & (nh - 1);
    while (x->hash[h].key != DICT_NONE) h = (h + 1) & (nh - 1);
    x->hash[h].hash = hv;
    x->hash[h].key = (uint32_t)(pw[i] - b->pool);
  }
  free(pw);
  /* word ids of the pattern words: their slots */
  for (size_t i = 0; i < b->ptoks.n; i++) {
    dict_pat_tok *t = VEC_AT(b->ptoks, dict_pat_tok, i);
    t->wid = DICT_NONE;
    if (t->kind != DICT_T_WORD || !b->pool[t->text]) continue;
    const char *w = b->pool + t->text;
    uint32_t hv = dict_word_hash(w, strlen(w));
    for (size_t h = hv & (nh - 1); x->hash[h].key != DICT_NONE;
         h = (h + 1) & (nh - 1)) {
      if (x->hash[h].hash == hv && strcmp(b->pool + x->hash[h].key, w) == 0) {
        t->wid = (uint32_t)h;
        break;
      }
    }
    assert(t->wid != DICT_NONE);
  }
  /* synset references */
  for (size_t s = 0; s < nsyn; s++) {
    const dict_synset *sy = VEC_AT(b->synsets, dict_synset, s);
    x->synrange[s].first = (uint32_t)x->nref;
    for (uint32_t k = 0; k < sy->member_count; k++) {
      const dict_phrase *p =
          VEC_AT(b->phrases, dict_phrase, sy->member_first + k);
      if (!(p->flags & DICT_PH_SYNREF)) continue;
      uint32_t t = bld_synref_target(b, b->pool + p->words);
      if (t != DICT_NONE) x->synref[x->nref++] = t;
    }
    x->synrange[s].count = (uint32_t)x->nref - x->synrange[s].first;
  }
  return DYAD_OK;
}

/* Serializes the builder into a malloc'd image.  Returns DYAD_OK. */
static int bld_freeze(bld *b, void **img_out, size_t *len_out) {
  bld_index x;
  int rc = bld_make_index(b, &x);
  if (rc != DYAD_OK) return rc;

  /* layout */
  struct {
    const void *p;
    size_t n;
  } sec[DICT_SEC_COUNT] = {
      [DICT_SEC_STR] = {b->pool, b->pool_n},
      [DICT_SEC_FILES] = {b->files.p, b->files.n},
      [DICT_SEC_PHRASES] = {b->phrases.p, b->phrases.n},
      [DICT_SEC_ACTORS] = {b->actors.p, b->actors.n},
      [DICT_SEC_ACODES] = {b->acodes.p, b->acodes.n},
      [DICT_SEC_AGENTS] = {b->agents.p, b->agents.n},
      [DICT_SEC_VERBS] = {b->verbs.p, b->verbs.n},
      [DICT_SEC_VFORMS] = {b->vforms.p, b->vforms.n},
      [DICT_SEC_PATTERNS] = {b->patterns.p, b->patterns.n},
      [DICT_SEC_PTOKS] = {b->ptoks.p, b->ptoks.n},
      [DICT_SEC_SYNSETS] = {b->synsets.p, b->synsets.n},
      [DICT_SEC_TRANSFORMS] = {b->transforms.p, b->transforms.n},
      [DICT_SEC_ISSUES] = {b->issues.p, b->issues.n},
      [DICT_SEC_OPTIONS] = {b->options.p, b->options.n},
      [DICT_SEC_HASH] = {x.hash, x.nh},
      [DICT_SEC_GROUPS] = {x.groups, x.ng},
      [DICT_SEC_POST] = {x.post, x.np},
      [DICT_SEC_POSTW2] = {x.w2, x.np},
      [DICT_SEC_SYNRANGE] = {x.synrange, b->synsets.n},
      [DICT_SEC_SYNREF] = {x.synref, x.nref},
  };
  size_t total = sizeof(dict_header);
  uint64_t off[DICT_SEC_COUNT];
  for (int s = 0; s < DICT_SEC_COUNT; s++) {
    total = (total + 7) & ~(size_t)7;
    off[s] = total;
    total += sec[s].n * dict_sec_elem_size[s];
  }
  total = (total + 7) & ~(size_t)7;
  uint8_t *img = calloc(1, total);
  if (!img || total > UINT32_MAX) {
    free(img);
    bld_index_free(&x);
    return DYAD_ERR_NOMEM;
  }
  dict_header *h = (dict_header *)img;
  memcpy(h->magic, DICT_MAGIC, 8);
  h->version = DICT_FORMAT_VERSION;
  h->endian = DICT_ENDIAN_MARK;
  h->size = total;
  h->source_hash = b->source_hash;
  h->n_sections = DICT_SEC_COUNT;
  for (int s = 0; s < DICT_SEC_COUNT; s++) {
    h->sec[s].offset = off[s];
    h->sec[s].count = (uint32_t)sec[s].n;
    h->sec[s].elem_size = dict_sec_elem_size[s];
    if (sec[s].n) memcpy(img + off[s], sec[s].p, sec[s].n * dict_sec_elem_size[s]);
  }
  h->checksum = dict_checksum(img + DICT_CHECKSUM_FROM, total - DICT_CHECKSUM_FROM);
  bld_index_free(&x);
  *img_out = img;
  *len_out = total;
  return DYAD_OK;
}

/* ===================================================================== */
/* Entry points                                                          */
/* ===================================================================== */

static int build_fail(dyad_error *err, int code, const char *file,
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

static uint64_t sources_hash(size_t n, const char *const *names,
                             const char *const *bufs, const size_t *lens) {
  uint64_t h = 0x243F6A8885A308D3ull;
  for (size_t i = 0; i < n; i++) {
    uint64_t a = dict_checksum(names[i], strlen(names[i]));
    uint64_t c = dict_checksum(bufs[i], lens[i]);
    h = (h ^ a) * 0x100000001b3ull;
    h = (h ^ c) * 0x100000001b3ull;
    h ^= h >> 31;
  }
  return h;
}

int dict_build_mem(dyad_dict **out, size_t n, const char *const *names,
                   const char *const *bufs, const size_t *lens,
                   const dict_build_opts *opts, size_t *n_errors,
                   size_t *n_warnings, dyad_error *err) {
  *out = NULL;
  bld b;
  if (bld_init(&b, opts) != 0) {
    bld_free(&b);
    return build_fail(err, DYAD_ERR_NOMEM, NULL, "out of memory");
  }
  b.source_hash = sources_hash(n, names, bufs, lens);
  for (size_t i = 0; i < n && !b.nomem; i++)
    bld_file(&b, names[i], bufs[i], lens[i]);
  if (!b.nomem) {
    bld_resolve_synsets(&b);
    bld_actor_conflicts(&b);
  }
  void *img = NULL;
  size_t len = 0;
  int rc = b.nomem ? DYAD_ERR_NOMEM : bld_freeze(&b, &img, &len);
  if (n_errors) *n_errors = b.n_err;
  if (n_warnings) *n_warnings = b.n_warn;
  bld_free(&b);
  if (rc != DYAD_OK) return build_fail(err, rc, NULL, "out of memory");
  return dict_adopt_image(out, img, len, err);
}

/* The files making up a dictionary path, read into memory. */
typedef struct sources {
  size_t n;
  char **names;
  char **bufs;
  size_t *lens;
} sources;

static void sources_free(sources *s) {
  for (size_t i = 0; i < s->n; i++) {
    free(s->names[i]);
    free(s->bufs[i]);
  }
  free(s->names);
  free(s->bufs);
  free(s->lens);
  memset(s, 0, sizeof *s);
}

static int sources_add(sources *s, const char *path, dyad_error *err) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return build_fail(err, DYAD_ERR_IO, path, "cannot open: %s",
                      strerror(errno));
  char *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (len == cap) {
      cap = cap ? cap * 2 : 65536;
      char *p = realloc(buf, cap);
      if (!p) {
        free(buf);
        fclose(fp);
        return build_fail(err, DYAD_ERR_NOMEM, path, "out of memory");
      }
      buf = p;
    }
    size_t got = fread(buf + len, 1, cap - len, fp);
    len += got;
    if (got == 0) break;
  }
  int bad = ferror(fp);
  fclose(fp);
  if (bad) {
    free(buf);
    return build_fail(err, DYAD_ERR_IO, path, "read error");
  }
  char **nn = realloc(s->names, (s->n + 1) * sizeof *nn);
  if (nn) s->names = nn;
  char **nb = realloc(s->bufs, (s->n + 1) * sizeof *nb);
  if (nb) s->bufs = nb;
  size_t *nl = realloc(s->lens, (s->n + 1) * sizeof *nl);
  if (nl) s->lens = nl;
  char *name = strdup(path);
  if (!nn || !nb || !nl || !name) {
    free(buf);
    free(name);
    return build_fail(err, DYAD_ERR_NOMEM, path, "out of memory");
  }
  s->names[s->n] = name;
  s->bufs[s->n] = buf;
  s->lens[s->n] = len;
  s->n++;
  return DYAD_OK;
}

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A growable list of file paths. */
typedef struct path_list {
  char **v;
  size_t n;
} path_list;

static void path_list_free(path_list *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
  l->v = NULL;
  l->n = 0;
}

/* Appends the dictionary files below directory `dir` (recursively; hidden
 * entries skipped; files whose names say no dictionary kind ignored, so a
 * README or a generator script may sit beside the data) to *l.  Depth is
 * bounded to keep symlink loops harmless.  DYAD_OK, DYAD_ERR_IO or
 * DYAD_ERR_NOMEM. */
static int collect_dir(path_list *l, const char *dir, int depth,
                       dyad_error *err) {
  if (depth > 16) return DYAD_OK;
  DIR *d = opendir(dir);
  if (!d)
    return build_fail(err, DYAD_ERR_IO, dir, "cannot open directory: %s",
                      strerror(errno));
  int rc = DYAD_OK;
  struct dirent *e;
  while (rc == DYAD_OK && (e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    size_t pl = strlen(dir) + strlen(e->d_name) + 2;
    char *full = malloc(pl);
    if (!full) {
      rc = DYAD_ERR_NOMEM;
      break;
    }
    snprintf(full, pl, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
             e->d_name);
    struct stat st;
    if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
      rc = collect_dir(l, full, depth + 1, err);
      free(full);
      continue;
    }
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode) ||
        dict_file_kind(e->d_name) == FK_NONE) {
      free(full);
      continue;
    }
    char **nv = realloc(l->v, (l->n + 1) * sizeof *nv);
    if (!nv) {
      free(full);
      rc = DYAD_ERR_NOMEM;
      break;
    }
    l->v = nv;
    l->v[l->n++] = full;
  }
  closedir(d);
  if (rc == DYAD_ERR_NOMEM) return build_fail(err, rc, dir, "out of memory");
  return rc;
}

/* Reads the files of a dictionary path: a ':'-separated list whose
 * elements are files or directories.  A directory contributes the files
 * below it whose names say a dictionary kind, recursively, in byte order
 * of their paths; a file given by name must say its kind. */
static int sources_read(sources *s, const char *path, dyad_error *err) {
  memset(s, 0, sizeof *s);
  char *copy = strdup(path);
  if (!copy) return build_fail(err, DYAD_ERR_NOMEM, path, "out of memory");
  int rc = DYAD_OK;
  for (char *save = NULL, *p = strtok_r(copy, ":", &save); p && rc == DYAD_OK;
       p = strtok_r(NULL, ":", &save)) {
    struct stat st;
    if (stat(p, &st) != 0) {
      /* a missing path is reported as such, not by its name's kind */
      rc = build_fail(err, DYAD_ERR_IO, p, "cannot open: %s", strerror(errno));
      break;
    }
    if (S_ISDIR(st.st_mode)) {
      path_list l = {0};
      rc = collect_dir(&l, p, 0, err);
      if (rc == DYAD_OK) {
        if (l.n == 0)
          rc = build_fail(err, DYAD_ERR_DICT, p,
                          "no dictionary files in directory");
        else
          qsort(l.v, l.n, sizeof *l.v, name_cmp);
      }
      for (size_t i = 0; i < l.n && rc == DYAD_OK; i++)
        rc = sources_add(s, l.v[i], err);
      path_list_free(&l);
      continue;
    }
    if (dict_file_kind(p) == FK_NONE) {
      rc = build_fail(err, DYAD_ERR_DICT, p,
                      "unknown kind of dictionary file (name should contain "
                      "actors, agents, verbs, discards, issue, or end in "
                      ".options/.ini)");
      break;
    }
    rc = sources_add(s, p, err);
  }
  free(copy);
  if (rc == DYAD_OK && s->n == 0)
    rc = build_fail(err, DYAD_ERR_DICT, path, "no dictionary files given");
  if (rc != DYAD_OK) sources_free(s);
  return rc;
}

int dict_build(dyad_dict **out, const char *path, const dict_build_opts *opts,
               size_t *n_errors, size_t *n_warnings, dyad_error *err) {
  *out = NULL;
  sources s;
  int rc = sources_read(&s, path, err);
  if (rc != DYAD_OK) return rc;
  rc = dict_build_mem(out, s.n, (const char *const *)s.names,
                      (const char *const *)s.bufs, s.lens, opts, n_errors,
                      n_warnings, err);
  sources_free(&s);
  return rc;
}

/* ===================================================================== */
/* Tokenizing for lookups                                                */
/* ===================================================================== */

int dict_tokenize(const char *text, char *buf, size_t buf_size,
                  const char **toks, size_t max_toks) {
  long l = dict_norm_words(text, strlen(text), buf, buf_size);
  if (l < 0) return -1;
  size_t n = 0;
  char *p = buf;
  while (*p) {
    if (n == max_toks) return -1;
    toks[n++] = p;
    char *sp = strchr(p, ' ');
    if (!sp) break;
    *sp = '\0';
    p = sp + 1;
  }
  return (int)n;
}

/* ===================================================================== */
/* Public API                                                            */
/* ===================================================================== */

/* Does the file at path start with the .dyd magic number? */
static int is_dyd(const char *path) {
  if (ends_ci(path, ".dyd")) return 1;
  FILE *fp = fopen(path, "rb");
  if (!fp) return 0;
  char m[8];
  int yes = fread(m, 1, 8, fp) == 8 && memcmp(m, DICT_MAGIC, 8) == 0;
  fclose(fp);
  return yes;
}

/* Checksum of the dictionary compiler's sources (src/dict/module.mk); a
 * build without it (another build system) falls back to 0. */
#ifndef DYAD_DICT_BUILD_ID
#define DYAD_DICT_BUILD_ID 0u
#endif

uint64_t dict_cache_key(uint64_t source_hash) {
  return source_hash ^ ((uint64_t)DYAD_DICT_BUILD_ID << 32);
}

static void mkdir_p(const char *dir) {
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", dir);
  for (char *p = buf + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(buf, 0777);
    *p = '/';
  }
  mkdir(buf, 0777);
}

int dyad_dict_open(dyad_dict **out, const char *path, const char *cache_dir,
                   dyad_error *err) {
  if (!out || !path)
    return build_fail(err, DYAD_ERR_ARG, NULL, "dyad_dict_open: NULL path");
  *out = NULL;
  struct stat st;
  if (!strchr(path, ':') && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
      is_dyd(path))
    return dict_load(out, path, err);
  sources s;
  int rc = sources_read(&s, path, err);
  if (rc != DYAD_OK) return rc;
  uint64_t h = sources_hash(s.n, (const char *const *)s.names,
                            (const char *const *)s.bufs, s.lens);
  char cpath[1100] = "";
  if (cache_dir && *cache_dir) {
    snprintf(cpath, sizeof cpath, "%s/%016llx.dyd", cache_dir,
             (unsigned long long)dict_cache_key(h));
    if (dict_load(out, cpath, NULL) == DYAD_OK) {
      if (dict_source_hash(*out) == h) {
        sources_free(&s);
        return DYAD_OK;
      }
      dict_free(*out);
      *out = NULL;
    }
  }
  rc = dict_build_mem(out, s.n, (const char *const *)s.names,
                      (const char *const *)s.bufs, s.lens, NULL, NULL, NULL,
                      err);
  sources_free(&s);
  if (rc != DYAD_OK) return rc;
  if (cpath[0]) {
    mkdir_p(cache_dir);
    (void)dict_save(*out, cpath, NULL); /* a cache failure is not fatal */
  }
  return DYAD_OK;
}

int dyad_dict_compile(const char *path, const char *out_file,
                      dyad_error *err) {
  dyad_dict *d;
  int rc = dict_build(&d, path, NULL, NULL, NULL, err);
  if (rc != DYAD_OK) return rc;
  rc = dict_save(d, out_file, err);
  dict_free(d);
  return rc;
}

void dyad_dict_free(dyad_dict *d) { dict_free(d); }
