/*
 * writer.h: the event writers' shared internals.
 *
 * A dyad_writer sends coded articles to a caller-owned FILE in one of three
 * formats: TSV (tsv.c), JSON Lines (jsonl.c) and a human-readable listing
 * of sentences and their events (listing.c).  writer.c holds the public
 * entry points and the small output primitives below, which remember the
 * first failed write (and its errno) so that every format reports a full
 * disk or a closed pipe the same way: the writer becomes "failed" and every
 * later call returns DYAD_ERR_IO.
 */
#ifndef DYAD_WRITE_WRITER_H
#define DYAD_WRITE_WRITER_H

#include "dyad.h"

#include <stddef.h>

struct dyad_writer {
  FILE *fp;                  /* caller-owned stream */
  dyad_output_format fmt;
  unsigned flags;            /* DYAD_WRITE_* */
  int failed;                /* a write failed; sticky */
  int err_no;                /* errno of the first failure (EIO if unknown) */
  char *jbuf;                /* JSONL: reusable serialisation buffer */
  size_t jcap;
};

/* ------------------------------------------------------------ primitives */

/* Each writes to w->fp and returns 0, or -1 after marking w failed.  They
 * do nothing and return -1 once w has failed. */
int writer_put(dyad_writer *w, const char *s, size_t n);
int writer_puts(dyad_writer *w, const char *s);          /* s may be NULL */
int writer_putc(dyad_writer *w, char c);
int writer_printf(dyad_writer *w, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* v in decimal, as printf "%lu" and "%ld" write it. */
int writer_putu(dyad_writer *w, unsigned long v);
int writer_putd(dyad_writer *w, long v);

/* Never NULL: s or "". */
static inline const char *writer_str(const char *s) { return s ? s : ""; }

/* Whether an event's Goldstein score is known: false for codes outside the
 * CAMEO table (quad class 0) and for NaN. */
int writer_has_goldstein(const dyad_event *ev);

/* Formats a Goldstein score with one decimal into buf (size >= 16),
 * never "-0.0". */
void writer_format_goldstein(double g, char buf[16]);

/* Short stable name of a sentence kind: "body", "headline", "caption". */
const char *writer_kind_name(dyad_sentence_kind k);

/* ---------------------------------------------------------------- formats */

/* Each returns 0 or -1 (w failed).  a and r are read only. */
int tsv_write_header(dyad_writer *w);
int tsv_write_article(dyad_writer *w, const dyad_article *a,
                      const dyad_result *r);
int jsonl_write_article(dyad_writer *w, const dyad_article *a,
                        const dyad_result *r);
int listing_write_article(dyad_writer *w, const dyad_article *a,
                          const dyad_result *r);

#endif /* DYAD_WRITE_WRITER_H */
