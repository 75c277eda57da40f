/*
 * writer.c: the public writer entry points and the output primitives.
 *
 * See writer.h.  Errors are detected at three levels: a short fwrite/fputs
 * (errno is recorded), ferror() on the stream after each article (for
 * errors stdio noticed while flushing its buffer), and fflush() at close
 * (for the last buffer).  A stream that fails once is never written again.
 */
#include "write/writer.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ============================================================ primitives */

/* Records the first failure; errno must still be the one of the failing
 * call. */
static int writer_fail(dyad_writer *w) {
  if (!w->failed) {
    w->failed = 1;
    w->err_no = errno ? errno : EIO;
  }
  return -1;
}

int writer_put(dyad_writer *w, const char *s, size_t n) {
  assert(w != NULL && w->fp != NULL && (s != NULL || n == 0));
  if (w->failed) return -1;
  if (n == 0) return 0;
  errno = 0;
  if (fwrite(s, 1, n, w->fp) != n) return writer_fail(w);
  return 0;
}

int writer_puts(dyad_writer *w, const char *s) {
  return s ? writer_put(w, s, strlen(s)) : (w->failed ? -1 : 0);
}

int writer_putc(dyad_writer *w, char c) {
  if (w->failed) return -1;
  errno = 0;
  if (putc(c, w->fp) == EOF) return writer_fail(w);
  return 0;
}

int writer_printf(dyad_writer *w, const char *fmt, ...) {
  if (w->failed) return -1;
  va_list ap;
  va_start(ap, fmt);
  errno = 0;
  int n = vfprintf(w->fp, fmt, ap);
  va_end(ap);
  return n < 0 ? writer_fail(w) : 0;
}

int writer_has_goldstein(const dyad_event *ev) {
  return ev->quad_class != 0 && !isnan(ev->goldstein);
}

void writer_format_goldstein(double g, char buf[16]) {
  /* Round first so that -0.04 does not print as "-0.0". */
  double r = round(g * 10.0) / 10.0;
  if (r == 0.0) r = 0.0;
  if (r > 99.0) r = 99.0; /* keeps the text within buf whatever comes in */
  if (r < -99.0) r = -99.0;
  /* what snprintf("%.1f", r) writes, without its cost: r lies within an
   * ulp of t/10 for the integer t below, so its one-decimal rounding is
   * the digits of t; NaN (never passed: writer_has_goldstein) as printf */
  if (isnan(r)) {
    snprintf(buf, 16, "%.1f", r);
    return;
  }
  long t = lround(r * 10.0);
  char *o = buf;
  if (t < 0) {
    *o++ = '-';
    t = -t;
  }
  char d[8];
  int k = 0;
  long q = t / 10;
  do d[k++] = (char)('0' + q % 10); while ((q /= 10) > 0);
  while (k > 0) *o++ = d[--k];
  *o++ = '.';
  *o++ = (char)('0' + t % 10);
  *o = '\0';
}

int writer_putu(dyad_writer *w, unsigned long v) {
  char d[24];
  int k = (int)sizeof d;
  do d[--k] = (char)('0' + v % 10); while ((v /= 10) > 0);
  return writer_put(w, d + k, sizeof d - (size_t)k);
}

int writer_putd(dyad_writer *w, long v) {
  if (v < 0) {
    if (writer_putc(w, '-') != 0) return -1;
    return writer_putu(w, 0ul - (unsigned long)v);
  }
  return writer_putu(w, (unsigned long)v);
}

const char *writer_kind_name(dyad_sentence_kind k) {
  switch (k) {
  case DYAD_SENT_HEADLINE: return "headline";
  case DYAD_SENT_CAPTION: return "caption";
  case DYAD_SENT_BODY: break;
  }
  return "body";
}

/* ========================================================== public entry */

int dyad_output_format_parse(const char *name) {
  if (name == NULL) return -1;
  if (strcmp(name, "tsv") == 0) return DYAD_OUT_TSV;
  if (strcmp(name, "jsonl") == 0) return DYAD_OUT_JSONL;
  if (strcmp(name, "sentences") == 0) return DYAD_OUT_SENTENCES;
  return -1;
}

/* Fills err from a failed writer. */
static int writer_error(const dyad_writer *w, dyad_error *err) {
  if (err) {
    memset(err, 0, sizeof *err);
    err->code = DYAD_ERR_IO;
    snprintf(err->msg, sizeof err->msg, "write failed: %s",
             strerror(w->err_no ? w->err_no : EIO));
  }
  return DYAD_ERR_IO;
}

/* Checks the stream after a batch of writes: stdio may have hit an error
 * while flushing a full buffer inside an earlier call. */
static int writer_check(dyad_writer *w, dyad_error *err) {
  if (!w->failed && ferror(w->fp)) {
    w->failed = 1;
    w->err_no = errno ? errno : EIO;
  }
  return w->failed ? writer_error(w, err) : DYAD_OK;
}

/* Contract: fp and out must not be NULL and fmt must be a known format,
 * else DYAD_ERR_ARG.  On success *out owns nothing but itself. */
int dyad_writer_open(dyad_writer **out, FILE *fp, dyad_output_format fmt,
                     unsigned flags, dyad_error *err) {
  if (out) *out = NULL;
  if (out == NULL || fp == NULL ||
      (fmt != DYAD_OUT_TSV && fmt != DYAD_OUT_JSONL &&
       fmt != DYAD_OUT_SENTENCES)) {
    if (err) {
      memset(err, 0, sizeof *err);
      err->code = DYAD_ERR_ARG;
      snprintf(err->msg, sizeof err->msg, "dyad_writer_open: bad argument");
    }
    return DYAD_ERR_ARG;
  }
  dyad_writer *w = calloc(1, sizeof *w);
  if (w == NULL) {
    if (err) {
      memset(err, 0, sizeof *err);
      err->code = DYAD_ERR_NOMEM;
      snprintf(err->msg, sizeof err->msg, "out of memory");
    }
    return DYAD_ERR_NOMEM;
  }
  w->fp = fp;
  w->fmt = fmt;
  w->flags = flags;
  if (fmt == DYAD_OUT_TSV) tsv_write_header(w);
  int rc = writer_check(w, err);
  if (rc != DYAD_OK) {
    free(w);
    return rc;
  }
  *out = w;
  return DYAD_OK;
}

/* Counts code points: every byte that is not a UTF-8 continuation byte
 * starts one. */
static uint32_t utf8_count(const char *s, uint32_t n) {
  uint32_t c = 0;
  for (uint32_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0u) != 0x80u;
  return c;
}

dyad_span dyad_span_chars(const char *text, dyad_span sp) {
  assert(text != NULL);
  /* in size_t: offset + length must not wrap in 32 bits */
  assert((size_t)sp.offset + sp.length <= strlen(text));
  return (dyad_span){utf8_count(text, sp.offset),
                     utf8_count(text + sp.offset, sp.length)};
}

int dyad_writer_write(dyad_writer *w, const dyad_article *a,
                      const dyad_result *r, dyad_error *err) {
  if (w == NULL || a == NULL || r == NULL) {
    if (err) {
      memset(err, 0, sizeof *err);
      err->code = DYAD_ERR_ARG;
      snprintf(err->msg, sizeof err->msg, "dyad_writer_write: NULL argument");
    }
    return DYAD_ERR_ARG;
  }
  if (!w->failed) {
    switch (w->fmt) {
    case DYAD_OUT_TSV: tsv_write_article(w, a, r); break;
    case DYAD_OUT_JSONL: jsonl_write_article(w, a, r); break;
    case DYAD_OUT_SENTENCES: listing_write_article(w, a, r); break;
    }
  }
  return writer_check(w, err);
}

int dyad_writer_close(dyad_writer *w, dyad_error *err) {
  if (w == NULL) return DYAD_OK;
  if (!w->failed) {
    errno = 0;
    if (fflush(w->fp) != 0) writer_fail(w);
  }
  int rc = writer_check(w, err);
  free(w->jbuf);
  free(w);
  return rc;
}
