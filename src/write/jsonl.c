/*
 * jsonl.c: the JSON Lines event format, built with jansson.
 *
 * One compact JSON object per event and line, keys in the order of the TSV
 * columns: numbers are JSON numbers (sentence, quad_class, goldstein), the
 * event code stays a string ("042" must not become 42), a Goldstein score
 * that is unknown is null.  With DYAD_WRITE_EXPLAIN an "explain" object
 * follows, its spans as [offset, length] arrays (null when empty).  Strings
 * that are not valid UTF-8 (jansson refuses them) are written with each bad
 * byte replaced by U+FFFD.  Each object is serialised with json_dumpb into
 * a buffer the writer keeps and then written with the common primitives,
 * so a failed write is reported with its errno like the other formats.
 */
#include "write/writer.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* A JSON string for s (NULL = ""), repairing invalid UTF-8; NULL on OOM. */
static json_t *jsonl_string(const char *s) {
  s = writer_str(s);
  size_t n = strlen(s);
  json_t *j = json_stringn(s, n);
  if (j != NULL) return j;
  /* Invalid UTF-8: each bad byte becomes U+FFFD (3 bytes). */
  if (n > (SIZE_MAX - 1) / 3) return NULL;
  char *buf = malloc(n * 3 + 1);
  if (buf == NULL) return NULL;
  size_t o = 0;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  size_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k > 0) {
      memcpy(buf + o, s + i, (size_t)k);
      o += (size_t)k;
      i += (size_t)k;
    } else {
      memcpy(buf + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    }
  }
  j = json_stringn(buf, o);
  free(buf);
  return j;
}

/* A span of text as [offset, length] in code points; null when empty. */
static json_t *jsonl_span(const char *text, dyad_span sp) {
  if (sp.length == 0) return json_null();
  sp = dyad_span_chars(text, sp);
  return json_pack("[II]", (json_int_t)sp.offset, (json_int_t)sp.length);
}

/* Sets key to v (stealing it); returns -1 if v is NULL or on OOM. */
static int jsonl_set(json_t *obj, const char *key, json_t *v) {
  if (v == NULL) return -1;
  return json_object_set_new(obj, key, v);
}

/* Builds the object for one event; NULL on OOM. */
static json_t *jsonl_event(const dyad_writer *w, const dyad_article *a,
                           const dyad_event *ev) {
  json_t *o = json_object();
  if (o == NULL) return NULL;
  int bad = 0;
  bad |= jsonl_set(o, "story_id",
                   jsonl_string(ev->story_id ? ev->story_id : a->id));
  bad |= jsonl_set(o, "sentence", json_integer(ev->sentence));
  bad |= jsonl_set(o, "date", jsonl_string(ev->date));
  bad |= jsonl_set(o, "source", jsonl_string(ev->source));
  bad |= jsonl_set(o, "target", jsonl_string(ev->target));
  bad |= jsonl_set(o, "code", jsonl_string(ev->code));
  bad |= jsonl_set(o, "root", jsonl_string(ev->root));
  bad |= jsonl_set(o, "quad_class", json_integer(ev->quad_class));
  if (writer_has_goldstein(ev)) {
    char buf[16];
    writer_format_goldstein(ev->goldstein, buf);
    bad |= jsonl_set(o, "goldstein", json_real(strtod(buf, NULL)));
  } else {
    bad |= jsonl_set(o, "goldstein", json_null());
  }
  bad |= jsonl_set(o, "plover", jsonl_string(ev->plover));
  bad |= jsonl_set(o, "text", jsonl_string(ev->text));
  if (w->flags & DYAD_WRITE_EXPLAIN) {
    const dyad_explain *x = &ev->explain;
    json_t *e = json_object();
    if (e == NULL) bad = -1;
    else {
      bad |= jsonl_set(e, "source_span", jsonl_span(ev->text, x->source_span));
      bad |= jsonl_set(e, "verb_span", jsonl_span(ev->text, x->verb_span));
      bad |= jsonl_set(e, "target_span", jsonl_span(ev->text, x->target_span));
      bad |= jsonl_set(e, "pattern", jsonl_string(x->pattern));
      bad |= jsonl_set(e, "pattern_file", jsonl_string(x->pattern_file));
      bad |= jsonl_set(e, "pattern_line", json_integer(x->pattern_line));
      bad |= jsonl_set(e, "source_entry", jsonl_string(x->source_entry));
      bad |= jsonl_set(e, "target_entry", jsonl_string(x->target_entry));
      bad |= jsonl_set(o, "explain", e);
    }
  }
  if (bad) {
    json_decref(o);
    return NULL;
  }
  return o;
}

/* Contract: one line per event of r.  Returns 0 or -1 (w failed; running
 * out of memory counts as a failed write with errno ENOMEM). */
int jsonl_write_article(dyad_writer *w, const dyad_article *a,
                        const dyad_result *r) {
  size_t n = dyad_result_events(r);
  for (size_t i = 0; i < n; i++) {
    json_t *o = jsonl_event(w, a, dyad_result_event(r, i));
    if (o == NULL) {
      errno = ENOMEM;
      w->failed = 1;
      w->err_no = ENOMEM;
      return -1;
    }
    /* Serialise into the writer's reusable buffer, then write it with the
     * common primitives (so errno of a failed write is kept). */
    const size_t flags =
        JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6);
    size_t need = json_dumpb(o, w->jbuf, w->jcap, flags);
    if (need > w->jcap) {
      size_t cap = need + need / 2 + 256;
      char *nb = realloc(w->jbuf, cap);
      if (nb != NULL) {
        w->jbuf = nb;
        w->jcap = cap;
        need = json_dumpb(o, w->jbuf, w->jcap, flags);
      }
    }
    json_decref(o);
    if (need == 0 || need > w->jcap) {
      w->failed = 1;
      w->err_no = ENOMEM;
      return -1;
    }
    if (writer_put(w, w->jbuf, need) != 0) return -1;
    if (writer_putc(w, '\n') != 0) return -1;
  }
  return 0;
}
