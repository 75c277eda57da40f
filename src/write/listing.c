/*
 * listing.c: the readable per-article listing ("--format sentences").
 *
 * Meant for people reading a run (make run prints it), not for programs:
 *
 *   == <id>  <date>  <title>
 *   [1] headline: Russia and China sign a trade deal.
 *     -> RUS  CHN  057 (Sign formal agreement, 1, 8.0)
 *   [2] body: Nothing happened.
 *     (no events)
 *   [3] caption: Photo: AP. [caption, not coded]
 *
 * followed by a blank line.  An absent actor prints as "-"; a code outside
 * the CAMEO table prints "(not a CAMEO code, 0, -)".  Control characters
 * in texts are shown as spaces so that each item stays on one line.
 */
#include "write/writer.h"

#include <string.h>

/* Writes s (NULL = "-" when dash, else ""), control bytes as spaces. */
static int listing_text(dyad_writer *w, const char *s, int dash) {
  if (s == NULL || *s == '\0') return dash ? writer_putc(w, '-') : 0;
  const char *run = s;
  for (const char *p = s; *p; p++) {
    if ((unsigned char)*p >= 0x20 && *p != 0x7f) continue;
    writer_put(w, run, (size_t)(p - run));
    writer_putc(w, ' ');
    run = p + 1;
  }
  return writer_puts(w, run);
}

static int listing_event(dyad_writer *w, const dyad_event *ev) {
  const dyad_code_info *ci = dyad_cameo_code(ev->code);
  char gold[16] = "-";
  if (writer_has_goldstein(ev)) writer_format_goldstein(ev->goldstein, gold);
  writer_puts(w, "  -> ");
  listing_text(w, ev->source, 1);
  writer_puts(w, "  ");
  listing_text(w, ev->target, 1);
  writer_puts(w, "  ");
  listing_text(w, ev->code, 1);
  writer_puts(w, " (");
  writer_puts(w, ci ? ci->name : "not a CAMEO code");
  return writer_printf(w, ", %d, %s)\n", ev->quad_class, gold);
}

/* Contract: lists every sentence of r with the events whose sentence
 * index matches it, in the result's order.  Events that point at no
 * sentence are listed at the end under "[?]" so that nothing is hidden.
 * Returns 0 or -1 (w failed). */
int listing_write_article(dyad_writer *w, const dyad_article *a,
                          const dyad_result *r) {
  size_t ns = dyad_result_sentences(r), ne = dyad_result_events(r);
  writer_puts(w, "== ");
  listing_text(w, a->id, 1);
  writer_puts(w, "  ");
  listing_text(w, a->date, 1);
  if (a->title && *a->title) {
    writer_puts(w, "  ");
    listing_text(w, a->title, 0);
  }
  writer_putc(w, '\n');

  size_t listed = 0;
  for (size_t i = 0; i < ns; i++) {
    const dyad_sentence *s = dyad_result_sentence(r, i);
    writer_printf(w, "[%u] %s: ", (unsigned)s->index,
                  writer_kind_name(s->kind));
    listing_text(w, s->text, 0);
    if (s->kind == DYAD_SENT_CAPTION) {
      writer_puts(w, " [caption, not coded]\n");
    } else {
      writer_putc(w, '\n');
    }
    size_t here = 0;
    /* Quadratic only in the number of events per article, which is small;
     * it keeps the listing right even if events are not in order. */
    for (size_t j = 0; j < ne; j++) {
      const dyad_event *ev = dyad_result_event(r, j);
      if (ev->sentence != s->index) continue;
      listing_event(w, ev);
      here++;
    }
    listed += here;
    if (here == 0 && s->kind != DYAD_SENT_CAPTION)
      writer_puts(w, "  (no events)\n");
  }
  if (listed < ne) {
    for (size_t j = 0; j < ne; j++) {
      const dyad_event *ev = dyad_result_event(r, j);
      int found = 0;
      for (size_t i = 0; i < ns && !found; i++)
        found = dyad_result_sentence(r, i)->index == ev->sentence;
      if (found) continue;
      writer_printf(w, "[?] sentence %u:\n", (unsigned)ev->sentence);
      listing_event(w, ev);
    }
  }
  return writer_putc(w, '\n');
}
