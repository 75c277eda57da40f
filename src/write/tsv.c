/*
 * tsv.c: the tab-separated event format (dyad's default output).
 *
 * One header row, then one row per event.  Fields never contain a raw tab,
 * newline, carriage return or backslash: those are written as the two-
 * character escapes \t \n \r \\ , so that every row is one line and the
 * file loads unchanged with pandas read_csv(sep='\t', quoting=3) or R
 * read.delim(quote="").  There is no quoting.  The columns are documented
 * in docs/output.md.
 */
#include "write/writer.h"

#include <string.h>

static const char tsv_header[] =
    "story_id\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\t"
    "goldstein\tplover\ttext";
static const char tsv_header_explain[] =
    "\tsource_span\tverb_span\ttarget_span\tpattern\tpattern_file\t"
    "pattern_line\tsource_entry\ttarget_entry";

/* Writes s (NULL = "") with TSV escapes.  Runs of plain bytes go out in
 * one fwrite. */
static int tsv_field(dyad_writer *w, const char *s) {
  s = writer_str(s);
  for (;;) {
    size_t k = strcspn(s, "\t\n\r\\");   /* a run of plain bytes */
    if (writer_put(w, s, k) != 0) return -1;
    s += k;
    const char *esc;
    switch (*s) {
    case '\0': return 0;
    case '\t': esc = "\\t"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    default: esc = "\\\\"; break;
    }
    if (writer_put(w, esc, 2) != 0) return -1;
    s++;
  }
}

/* "offset:length", or nothing for an empty span. */
static int tsv_span(dyad_writer *w, const char *text, dyad_span sp) {
  if (sp.length == 0) return 0;
  sp = dyad_span_chars(text, sp);
  return writer_printf(w, "%u:%u", (unsigned)sp.offset, (unsigned)sp.length);
}

int tsv_write_header(dyad_writer *w) {
  writer_puts(w, tsv_header);
  if (w->flags & DYAD_WRITE_EXPLAIN) writer_puts(w, tsv_header_explain);
  return writer_putc(w, '\n');
}

/* Contract: writes the events of r, one row each; a supplies the story id
 * for events that lack one.  Returns 0 or -1 (w failed). */
int tsv_write_article(dyad_writer *w, const dyad_article *a,
                      const dyad_result *r) {
  size_t n = dyad_result_events(r);
  for (size_t i = 0; i < n; i++) {
    const dyad_event *ev = dyad_result_event(r, i);
    char gold[16] = "";
    if (writer_has_goldstein(ev)) writer_format_goldstein(ev->goldstein, gold);
    tsv_field(w, ev->story_id ? ev->story_id : a->id);
    writer_putc(w, '\t');
    writer_putu(w, (unsigned)ev->sentence);
    writer_putc(w, '\t');
    tsv_field(w, ev->date);
    writer_putc(w, '\t');
    tsv_field(w, ev->source);
    writer_putc(w, '\t');
    tsv_field(w, ev->target);
    writer_putc(w, '\t');
    tsv_field(w, ev->code);
    writer_putc(w, '\t');
    tsv_field(w, ev->root);
    writer_putc(w, '\t');
    writer_putd(w, ev->quad_class);
    writer_putc(w, '\t');
    writer_puts(w, gold);
    writer_putc(w, '\t');
    tsv_field(w, ev->plover);
    writer_putc(w, '\t');
    tsv_field(w, ev->text);
    if (w->flags & DYAD_WRITE_EXPLAIN) {
      const dyad_explain *x = &ev->explain;
      writer_putc(w, '\t');
      tsv_span(w, ev->text, x->source_span);
      writer_putc(w, '\t');
      tsv_span(w, ev->text, x->verb_span);
      writer_putc(w, '\t');
      tsv_span(w, ev->text, x->target_span);
      writer_putc(w, '\t');
      tsv_field(w, x->pattern);
      writer_putc(w, '\t');
      tsv_field(w, x->pattern_file);
      writer_putc(w, '\t');
      if (x->pattern_line) writer_printf(w, "%u", (unsigned)x->pattern_line);
      writer_putc(w, '\t');
      tsv_field(w, x->source_entry);
      writer_putc(w, '\t');
      tsv_field(w, x->target_entry);
    }
    if (writer_putc(w, '\n') != 0) return -1;
  }
  return w->failed ? -1 : 0;
}
