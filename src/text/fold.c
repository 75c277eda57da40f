/*
 * fold.c: NFC + case folding + punctuation folding with an offset map
 * (see fold.h).
 *
 * ASCII bytes are lower-cased directly.  Other text is cut into clusters
 * (a character and the combining marks that follow it, plus the ASCII
 * letter before a leading mark) and each cluster goes through utf8proc's
 * decompose + reencode with CASEFOLD|COMPOSE|STABLE into a stack buffer,
 * so nothing is allocated.  Every output byte of a cluster maps to the
 * cluster's first input byte.
 */
#include "text/fold.h"

#include <assert.h>
#include <utf8proc.h>

#include "text/text.h"

#define CLUSTER_MAX 32     /* codepoints per cluster before a forced cut */
#define FOLD_BUF 256       /* int32 slots for one cluster's decomposition */

/* The simple folds: curly quotes, dashes, spaces, and Turkish dotted and
 * dotless I (full case folding would give "i" + U+0307 for "İzmir", which
 * matches no dictionary spelling).  0 when none applies. */
static int simple_fold(int32_t cp) {
  switch (cp) {
  case 0x0130: case 0x0131:
    return 'i';
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
  case 0x2035: case 0x02BC:
    return '\'';
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
  case 0x2036: case 0x00AB: case 0x00BB:
    return '"';
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
  case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
    return '-';
  case 0x00A0: case 0x2007: case 0x202F: case 0x2000: case 0x2001:
  case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
  case 0x2008: case 0x2009: case 0x200A: case 0x205F: case 0x3000:
    return ' ';
  default:
    return 0;
  }
}

/* Does cp attach to the cluster before it (marks, Hangul V/T jamo)? */
static int attaches(int32_t cp) {
  if (cp >= 0x1160 && cp <= 0x11FF) return 1;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN ||
         p->category == UTF8PROC_CATEGORY_MC || p->category == UTF8PROC_CATEGORY_ME;
}

/* Decodes at s[i]; ill-formed input yields U+FFFD over its maximal part. */
static int32_t next_cp(const unsigned char *s, size_t len, size_t i, size_t *l) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
  if (k > 0) { *l = (size_t)k; return cp; }
  *l = text_utf8_badlen(s + i, len - i);
  return -1;
}

size_t text_fold(const char *str, size_t len, char *out, size_t cap,
                 uint32_t *map) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, o = 0;
  size_t ascii_in = SIZE_MAX, ascii_out = 0; /* last ASCII byte emitted */
#define PUT(b, src)                                   \
  do {                                                \
    if (o < cap) {                                    \
      out[o] = (char)(b);                             \
      if (map) map[o] = (uint32_t)(src);              \
    }                                                 \
    o++;                                              \
  } while (0)
  while (i < len) {
    unsigned b = s[i];
    if (b < 0x80) {
      ascii_in = i, ascii_out = o;
      PUT(b - 'A' < 26u ? b | 0x20 : b, i);
      i++;
      continue;
    }
    size_t l;
    int32_t cp = next_cp(s, len, i, &l);
    if (cp < 0) {
      PUT(0xEF, i); PUT(0xBF, i); PUT(0xBD, i);
      i += l, ascii_in = SIZE_MAX;
      continue;
    }
    int f = simple_fold(cp);
    if (f) {
      PUT(f, i);
      i += l, ascii_in = SIZE_MAX;
      continue;
    }
    if (cp == 0x2026) {
      PUT('.', i); PUT('.', i); PUT('.', i);
      i += l, ascii_in = SIZE_MAX;
      continue;
    }
    size_t cs = i;
    if (ascii_in != SIZE_MAX && ascii_in + 1 == i && attaches(cp)) {
      cs = ascii_in;         /* "e" + U+0301 composes to one character */
      o = ascii_out;
    }
    size_t j = i + l, ncp = 1;
    while (j < len && ncp < CLUSTER_MAX && s[j] >= 0x80) {
      size_t l2;
      int32_t c2 = next_cp(s, len, j, &l2);
      if (c2 < 0 || !attaches(c2)) break;
      j += l2, ncp++;
    }
    utf8proc_int32_t buf[FOLD_BUF];
    const utf8proc_option_t opt =
        UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE;
    utf8proc_ssize_t n = utf8proc_decompose(s + cs, (utf8proc_ssize_t)(j - cs),
                                            buf, FOLD_BUF, opt);
    if (n >= 0 && n <= FOLD_BUF) {
      n = utf8proc_reencode(buf, n, opt);
      const unsigned char *u = (const unsigned char *)buf;
      for (utf8proc_ssize_t k = 0; k < n; k++) PUT(u[k], cs);
    } else {
      for (size_t k = cs; k < j; k++) PUT(s[k], cs); /* cannot happen */
    }
    i = j, ascii_in = SIZE_MAX;
  }
  if (o < cap) {
    out[o] = '\0';
    if (map) map[o] = (uint32_t)len;
  }
#undef PUT
  return o;
}
