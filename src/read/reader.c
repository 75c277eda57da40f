/*
 * reader.c: articles from JSON Lines, dated text and plain text files.
 *
 * The reader walks its inputs (one file, stdin, a sorted directory tree or
 * a memory buffer), decides each file's format from its first non-blank
 * line unless the caller forces one, and turns records into dyad_article
 * values.  A record that cannot become an article is returned as
 * DYAD_REJECT with a reason, file and line: nothing is dropped silently
 * except blank lines, and nothing in the input can make it crash.
 *
 * Formats:
 *   JSONL  first non-blank byte '{': one JSON object per line.  Fields
 *          id, date, text, title, source, url, or the news-please names
 *          maintext, date_publish, source_domain.
 *   DATED  first token "date" (any case, optional ':') then a date: the
 *          rest of the file after the date is one article's body.
 *   TEXT   anything else: the whole file is one article dated with
 *          opts->default_date.
 *   With opts->story_per_line, DATED and TEXT files are read like JSONL,
 *   one article per non-blank line: in a DATED file every line starts
 *   with its own "date YYYY-MM-DD", in a TEXT file every line takes
 *   opts->default_date.  (A news article in a text file has paragraphs and
 *   hard-wrapped lines, so one file is one article unless the caller says
 *   otherwise.)
 *
 * Decisions worth knowing:
 *   - A NUL byte, or more than 10% control bytes, in a record is
 *     DYAD_REJ_BINARY.  "\u0000" inside a JSON string we use (id, text,
 *     title, source, url) is also DYAD_REJ_BINARY: we reject rather than
 *     strip, so the text offsets stay those of the input.
 *   - Invalid UTF-8 is not a reject.  In DATED and TEXT files the bytes
 *     pass through untouched (the text stage repairs them).  JSON must be
 *     UTF-8 and jansson refuses anything else, so a JSONL line with invalid
 *     sequences has each maximal invalid subpart replaced by U+FFFD before
 *     it is parsed.
 *   - A record longer than max_record_bytes is read to its end but only
 *     max_record_bytes of it are ever held.
 *   - A UTF-8 byte order mark at the start of a file is skipped.
 *
 *   - JSONL lines are read by a fast scanner that validates the whole
 *     line and decodes the fields dyad uses in place in the record
 *     buffer; anything it does not handle exactly as jansson does goes to
 *     jansson, so accepted records, field values and error messages are
 *     jansson's (see "JSONL" below).
 *
 * Memory: one record buffer reused for the reader's life, plus the parsed
 * JSON of the current record when jansson was needed (released at the
 * next call).
 */
#include "read/reader.h"

#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "read/dirlist.h"
#include "read/input.h"
#include "read/isodate.h"
#include "util/bytes.h"

#define READER_DEFAULT_MAX ((size_t)16 * 1024 * 1024)
#define READER_AGAIN 100 /* internal: no record yet, keep going */

struct dyad_reader {
  /* options */
  dyad_input_format format;     /* forced format or DYAD_IN_AUTO */
  char default_date[11];
  int has_default_date;
  size_t max_record;
  int story_per_line;           /* DATED/TEXT: one article per line */

  /* inputs */
  char *name;                   /* the path, "-" or the memory name */
  dirlist files;                /* directory mode only */
  int is_dir;
  size_t next_file;

  /* the file being read */
  input in;
  int in_open;
  const char *cur_name;
  dyad_input_format cur_format; /* AUTO until the first non-blank line */

  uint64_t bytes_done;          /* offsets of files already closed */
  int done;                     /* no more calls will read */
  int done_status;              /* DYAD_END or the fatal error */

  /* the current record */
  linebuf lb;
  linebuf fix;                  /* a JSON line with its UTF-8 repaired */
  json_t *json;
  int no_fast;                  /* tests: always parse with jansson */
  char id[40];
  char date[11];
};

/* ======================================================== names, ids */

const char *dyad_reject_reason_name(dyad_reject_reason reason) {
  static const char *const names[DYAD_REJ_COUNT] = {
      "none",     "bad_json", "no_date",   "bad_date",  "no_text",
      "too_long", "binary",   "truncated", "unreadable"};
  if ((int)reason < 0 || reason >= DYAD_REJ_COUNT) return "unknown";
  return names[reason];
}

int dyad_input_format_parse(const char *name) {
  if (name == NULL) return -1;
  if (strcmp(name, "auto") == 0) return DYAD_IN_AUTO;
  if (strcmp(name, "jsonl") == 0) return DYAD_IN_JSONL;
  if (strcmp(name, "dated") == 0) return DYAD_IN_DATED;
  if (strcmp(name, "text") == 0) return DYAD_IN_TEXT;
  return -1;
}

/* The id is FNV-1a 64 (offset basis 0xcbf29ce484222325, prime
 * 0x100000001b3) over the bytes of source, one 0x00 byte, date, one 0x00
 * byte, then text[0..text_len), printed as 16 lowercase hex digits.  This
 * definition is part of the interface and will not change between
 * versions: stored ids stay valid.  NULL source/date count as "". */
void dyad_article_make_id(const char *source, const char *date,
                          const char *text, size_t text_len, char buf[17]) {
  assert(buf != NULL);
  uint64_t h = UINT64_C(0xcbf29ce484222325);
  const uint64_t prime = UINT64_C(0x100000001b3);
  const char *parts[2] = {source ? source : "", date ? date : ""};
  for (int k = 0; k < 2; k++) {
    for (const unsigned char *p = (const unsigned char *)parts[k]; *p; p++) {
      h ^= *p;
      h *= prime;
    }
    h *= prime; /* the 0x00 separator: h ^= 0 is a no-op */
  }
  const unsigned char *t = (const unsigned char *)text;
  for (size_t i = 0; i < text_len; i++) {
    h ^= t[i];
    h *= prime;
  }
  static const char hex[] = "0123456789abcdef";
  for (int i = 15; i >= 0; i--) {
    buf[i] = hex[h & 0xf];
    h >>= 4;
  }
  buf[16] = '\0';
}

/* ============================================================ errors */

/* Fills err (if any) with code, place and a printf message; bytes below
 * 0x20 in the message become '?' so that it prints on one line. */
__attribute__((format(printf, 6, 7))) static void
reader_set_error(dyad_error *err, int code, const char *file, long line,
                 long col, const char *fmt, ...) {
  if (err == NULL) return;
  err->code = code;
  err->line = line;
  err->col = col;
  snprintf(err->file, sizeof err->file, "%s", file ? file : "");
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  for (char *p = err->msg; *p; p++)
    if ((unsigned char)*p < 0x20) *p = '?';
}

/* Copies up to 40 bytes of s[0..n) for quoting in a message, with
 * non-printable bytes replaced by '?'. */
static void reader_snippet(char out[48], const char *s, size_t n) {
  size_t k = n < 40 ? n : 40, j = 0;
  for (size_t i = 0; i < k; i++) {
    unsigned char c = (unsigned char)s[i];
    out[j++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
  }
  if (n > k) {
    out[j++] = '.';
    out[j++] = '.';
    out[j++] = '.';
  }
  out[j] = '\0';
}

/* Ends the reader with a fatal status. */
static int reader_fatal(dyad_reader *r, dyad_error *err, int status,
                        long line, const char *what) {
  r->done = 1;
  r->done_status = status;
  reader_set_error(err, status, r->cur_name ? r->cur_name : r->name, line, 0,
                   "%s", what);
  return status;
}

/* ========================================================= utilities */

static int is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!is_ws((unsigned char)s[i])) return 0;
  return 1;
}

/* Returns 1 if s[0..n) looks like binary data, with the reason in why and
 * the 1-based column of a NUL byte (or 0) in *col. */
static int looks_binary(const char *s, size_t n, char *why, size_t cap,
                        long *col) {
  *col = 0;
  /* the control bytes first: a NUL is one of them, so a line with none
   * (nearly every line) needs no search for a NUL */
  size_t ctrl = 0;
  for (size_t i = 0; i < n; i++) {
#if defined(__SSE2__)
    /* 16 bytes at a time with SSE2 (every x86-64) while none is below
     * 0x20 or 0x7f */
    while (n >= 16 && i <= n - 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      __m128i m = _mm_or_si128(
          _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
          _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      if (_mm_movemask_epi8(m)) break;
      i += 16;
    }
#endif
    /* skip 8 bytes at a time while none is below 0x20 or 0x7f */
    while (n >= 8 && i <= n - 8) {
      uint64_t x, d;
      memcpy(&x, s + i, 8);
      d = x ^ UINT64_C(0x7f7f7f7f7f7f7f7f);
      if ((((x - UINT64_C(0x2020202020202020)) & ~x) |
           ((d - UINT64_C(0x0101010101010101)) & ~d)) &
          UINT64_C(0x8080808080808080))
        break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && !is_ws(c) && c != 0x1b) || c == 0x7f) ctrl++;
  }
  if (ctrl == 0) return 0;
  const char *z = memchr(s, '\0', n);
  if (z != NULL) {
    *col = (long)(z - s) + 1;
    snprintf(why, cap, "binary data: NUL byte at column %ld", *col);
    return 1;
  }
  if (ctrl >= n / 10 + 1) {
    snprintf(why, cap, "binary data: %zu of %zu bytes are control bytes",
             ctrl, n);
    return 1;
  }
  return 0;
}

/* Recognises a dated-text header at the start of s[0..n): optional
 * blanks, "date" in any case, an optional ':', blanks, then a token that
 * looks like a date.  On success returns 1 with the date token in
 * [*tok, *tok + *toklen) and the offset of the body (after the token and
 * all whitespace that follows it) in *body. */
static int dated_header(const char *s, size_t n, const char **tok,
                        size_t *toklen, size_t *body) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (n - i < 5 || strncasecmp(s + i, "date", 4) != 0) return 0;
  i += 4;
  size_t j = i;
  if (j < n && s[j] == ':') j++;
  while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
  if (j == i || !isodate_looks_like(s + j, n - j)) return 0;
  size_t k = j;
  while (k < n && !is_ws((unsigned char)s[k])) k++;
  *tok = s + j;
  *toklen = k - j;
  while (k < n && is_ws((unsigned char)s[k])) k++;
  *body = k;
  return 1;
}

/* Format of a file from its first non-blank line. */
static dyad_input_format detect_format(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && is_ws((unsigned char)s[i])) i++;
  if (i < n && s[i] == '{') return DYAD_IN_JSONL;
  const char *tok;
  size_t toklen, body;
  if (dated_header(s + i, n - i, &tok, &toklen, &body)) return DYAD_IN_DATED;
  return DYAD_IN_TEXT;
}

/* ============================================================= files */

/* Closes the current file, counting its bytes. */
static void reader_finish_file(dyad_reader *r) {
  if (!r->in_open) return;
  r->bytes_done += input_offset(&r->in);
  input_close(&r->in);
  r->in_open = 0;
}

/* Opens the next file of a directory.  Returns 0 when a file is open,
 * 1 when there is none left, DYAD_REJECT for an unreadable entry, or
 * DYAD_ERR_NOMEM. */
static int reader_next_file(dyad_reader *r, dyad_error *err) {
  if (!r->is_dir || r->next_file >= r->files.n) return 1;
  const dirlist_entry *e = &r->files.v[r->next_file++];
  r->cur_name = e->path;
  r->cur_format = r->format;
  if (e->err != 0) {
    reader_set_error(err, DYAD_REJ_UNREADABLE, e->path, 0, 0,
                     "cannot read directory: %s", strerror(e->err));
    return DYAD_REJECT;
  }
  if (input_open_path(&r->in, e->path) != 0) {
    int e2 = errno;
    if (e2 == ENOMEM)
      return reader_fatal(r, err, DYAD_ERR_NOMEM, 0, "out of memory");
    reader_set_error(err, DYAD_REJ_UNREADABLE, e->path, 0, 0,
                     "cannot open: %s", strerror(e2));
    return DYAD_REJECT;
  }
  r->in_open = 1;
  return 0;
}

/* Turns a failed read into a reject or a fatal error; the current file is
 * abandoned. */
static int reader_stream_failed(dyad_reader *r, input_status st, long line,
                                dyad_error *err) {
  char what[256];
  if (st == INPUT_NOMEM) {
    reader_finish_file(r);
    return reader_fatal(r, err, DYAD_ERR_NOMEM, line, "out of memory");
  }
  if (st == INPUT_TRUNC) {
    snprintf(what, sizeof what, "compressed input truncated or corrupt: %s",
             r->in.errmsg);
    reader_set_error(err, DYAD_REJ_TRUNCATED, r->cur_name, line, 0, "%s",
                     what);
    reader_finish_file(r);
    return DYAD_REJECT;
  }
  assert(st == INPUT_IO);
  snprintf(what, sizeof what, "read error: %s", strerror(r->in.err_no));
  reader_finish_file(r);
  if (r->is_dir) {
    reader_set_error(err, DYAD_REJ_UNREADABLE, r->cur_name, line, 0, "%s",
                     what);
    return DYAD_REJECT;
  }
  return reader_fatal(r, err, DYAD_ERR_IO, line, what);
}

/* Rejects an over-long record, as binary if what we kept of it is. */
static int reader_too_long(dyad_reader *r, const char *s, size_t n,
                           long line, dyad_error *err) {
  char why[128];
  long col;
  size_t keep = n < r->max_record ? n : r->max_record;
  if (looks_binary(s, keep, why, sizeof why, &col)) {
    reader_set_error(err, DYAD_REJ_BINARY, r->cur_name, line, col, "%s", why);
    return DYAD_REJECT;
  }
  reader_set_error(err, DYAD_REJ_TOO_LONG, r->cur_name, line, 0,
                   "record longer than %zu bytes", r->max_record);
  return DYAD_REJECT;
}

/* ============================================================= JSONL */

/*
 * A JSONL record is decided on the nine fields below.  They come either
 * from the fast scanner (one pass over the line, strings decoded in place,
 * nothing allocated) or from jansson; both fill the same jfield array and
 * one function, reader_fields_record, turns it into an article or a
 * reject, so the two paths cannot disagree on what a record means.  The
 * fast scanner validates the WHOLE line as one JSON object and gives up
 * (returns 0) on anything it does not handle exactly as jansson does:
 * malformed JSON, \u0000, a surrogate escape outside a valid pair, an
 * escape in a top-level key, numbers that could overflow, nesting deeper
 * than JS_MAX_DEPTH.  The line is then parsed by jansson, which accepts or
 * rejects it with its own message, as before.
 */

enum {
  JF_ID, JF_DATE, JF_TEXT, JF_TITLE, JF_SOURCE, JF_URL, JF_MAINTEXT,
  JF_DATE_PUBLISH, JF_SOURCE_DOMAIN, JF_COUNT
};

/* The field names with their lengths (js_field compares lengths first). */
#define JF_NAME(x) {x, sizeof x - 1}
static const struct {
  const char *s;
  size_t len;
} JF_NAMES[JF_COUNT] = {
    JF_NAME("id"),     JF_NAME("date"),     JF_NAME("text"),
    JF_NAME("title"),  JF_NAME("source"),   JF_NAME("url"),
    JF_NAME("maintext"), JF_NAME("date_publish"), JF_NAME("source_domain")};
#undef JF_NAME

typedef enum jtype {
  JT_ABSENT = 0, JT_NULL, JT_STRING, JT_INTEGER, JT_REAL, JT_OTHER
} jtype;

/* One field's value as jansson would report it. */
typedef struct jfield {
  jtype type;
  const char *s;  /* JT_STRING: NUL-terminated (may hold NULs from jansson) */
  size_t len;     /* JT_STRING: decoded length */
  int has_nul;    /* JT_STRING: holds a NUL (only jansson lets one in) */
  json_int_t i;   /* JT_INTEGER */
  double d;       /* JT_REAL */
} jfield;

/* The field if it is present, not null and not a blank string. */
static const jfield *jf_present(const jfield *f) {
  if (f->type == JT_ABSENT || f->type == JT_NULL) return NULL;
  if (f->type == JT_STRING && is_blank(f->s, f->len)) return NULL;
  return f;
}

/* Sets *out to the first of f1, f2 (f2 may be NULL) that is a non-empty
 * string, else "".  Returns -1 if the chosen string holds a NUL. */
static int jf_opt_string(const jfield *f1, const jfield *f2,
                         const char **out) {
  const jfield *fs[2] = {f1, f2};
  *out = "";
  for (int i = 0; i < 2 && fs[i]; i++) {
    const jfield *v = fs[i];
    if (v->type != JT_STRING || v->len == 0) continue;
    if (v->has_nul) return -1;
    *out = v->s;
    return 0;
  }
  return 0;
}

/* Turns the fields of one JSON object into *out.  Returns DYAD_OK or
 * DYAD_REJECT.  The article's strings point into f's strings or r. */
static int reader_fields_record(dyad_reader *r, const jfield *f, long line,
                                dyad_article *out, dyad_error *err) {
  const char *file = r->cur_name;
  char snip[48];

  /* date */
  const jfield *dv = jf_present(&f[JF_DATE]);
  if (dv == NULL) dv = jf_present(&f[JF_DATE_PUBLISH]);
  if (dv == NULL) {
    reader_set_error(err, DYAD_REJ_NO_DATE, file, line, 0,
                     "no date (fields \"date\" or \"date_publish\")");
    return DYAD_REJECT;
  }
  if (dv->type == JT_STRING) {
    if (!isodate_parse(dv->s, dv->len, r->date)) {
      reader_snippet(snip, dv->s, dv->len);
      reader_set_error(err, DYAD_REJ_BAD_DATE, file, line, 0,
                       "invalid date \"%s\"", snip);
      return DYAD_REJECT;
    }
  } else if (dv->type == JT_INTEGER) {
    json_int_t v = dv->i;
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, v);
    if (v < 0 || !isodate_parse(tmp, strlen(tmp), r->date)) {
      reader_set_error(err, DYAD_REJ_BAD_DATE, file, line, 0,
                       "invalid date %s", tmp);
      return DYAD_REJECT;
    }
  } else {
    reader_set_error(err, DYAD_REJ_BAD_DATE, file, line, 0,
                     "invalid date: not a string");
    return DYAD_REJECT;
  }

  /* text: "text", or news-please's "maintext" when text is unusable */
  const jfield *tv = &f[JF_TEXT];
  if (jf_present(tv) == NULL || tv->type != JT_STRING) {
    const jfield *mv = &f[JF_MAINTEXT];
    if (jf_present(mv) != NULL || tv->type == JT_ABSENT ||
        tv->type == JT_NULL)
      tv = mv;
  }
  if (tv->type == JT_ABSENT || tv->type == JT_NULL) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0,
                     "no text (fields \"text\" or \"maintext\")");
    return DYAD_REJECT;
  }
  if (tv->type != JT_STRING) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0,
                     "text is not a string");
    return DYAD_REJECT;
  }
  const char *text = tv->s;
  size_t text_len = tv->len;
  if (is_blank(text, text_len)) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0, "text is empty");
    return DYAD_REJECT;
  }
  if (tv->has_nul) {
    reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                     "binary data: NUL character (\\u0000) in text");
    return DYAD_REJECT;
  }

  /* optional strings */
  const char *title, *source, *url;
  if (jf_opt_string(&f[JF_TITLE], NULL, &title) != 0 ||
      jf_opt_string(&f[JF_SOURCE], &f[JF_SOURCE_DOMAIN], &source) != 0 ||
      jf_opt_string(&f[JF_URL], NULL, &url) != 0) {
    reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                     "binary data: NUL character (\\u0000) in a field");
    return DYAD_REJECT;
  }

  /* id: a string or a number as written, else derived from the content */
  const jfield *iv = &f[JF_ID];
  const char *id = r->id;
  if (iv->type == JT_STRING && iv->len > 0) {
    if (iv->has_nul) {
      reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                       "binary data: NUL character (\\u0000) in id");
      return DYAD_REJECT;
    }
    id = iv->s;
  } else if (iv->type == JT_INTEGER) {
    snprintf(r->id, sizeof r->id, "%" JSON_INTEGER_FORMAT, iv->i);
  } else if (iv->type == JT_REAL) {
    snprintf(r->id, sizeof r->id, "%.17g", iv->d);
  } else {
    dyad_article_make_id(source, r->date, text, text_len, r->id);
  }

  out->id = id;
  out->date = r->date;
  out->title = title;
  out->source = source;
  out->url = url;
  out->text = text;
  out->text_len = text_len;
  out->file = file;
  out->line = line;
  return DYAD_OK;
}

/* ------------------------------------------------------ jansson path */

/* Parses one JSON line s[0..n) with jansson into f (the tree is kept in
 * r->json until the next call).  Returns DYAD_OK or DYAD_REJECT with
 * jansson's message for malformed JSON. */
static int reader_json_slow(dyad_reader *r, const char *s, size_t n,
                            long line, jfield f[JF_COUNT], dyad_error *err) {
  json_error_t je;
  json_t *root = json_loadb(s, n, JSON_ALLOW_NUL, &je);
  if (root == NULL) {
    reader_set_error(err, DYAD_REJ_BAD_JSON, r->cur_name, line,
                     je.column > 0 ? je.column : 0,
                     "malformed JSON: %s at column %d", je.text, je.column);
    return DYAD_REJECT;
  }
  if (!json_is_object(root)) {
    json_decref(root);
    reader_set_error(err, DYAD_REJ_BAD_JSON, r->cur_name, line, 1,
                     "malformed JSON: not an object");
    return DYAD_REJECT;
  }
  r->json = root; /* released at the next call */
  for (int k = 0; k < JF_COUNT; k++) {
    json_t *v = json_object_get(root, JF_NAMES[k].s);
    jfield *x = &f[k];
    memset(x, 0, sizeof *x);
    if (v == NULL) x->type = JT_ABSENT;
    else if (json_is_null(v)) x->type = JT_NULL;
    else if (json_is_string(v)) {
      x->type = JT_STRING;
      x->s = json_string_value(v);
      x->len = json_string_length(v);
      x->has_nul = memchr(x->s, '\0', x->len) != NULL;
    } else if (json_is_integer(v)) {
      x->type = JT_INTEGER;
      x->i = json_integer_value(v);
    } else if (json_is_real(v)) {
      x->type = JT_REAL;
      x->d = json_real_value(v);
    } else x->type = JT_OTHER;
  }
  return DYAD_OK;
}

/* --------------------------------------------------------- fast path */

#define JS_MAX_DEPTH 64 /* deeper nesting goes to jansson (limit 2048) */

#define JS_ONES UINT64_C(0x0101010101010101)
#define JS_HIGH UINT64_C(0x8080808080808080)

/* Nonzero when one of the 8 bytes in x is '"', '\\' or below 0x20 (the
 * bytes a string scan must stop at).  Exact: no false positives. */
static inline uint64_t js_special8(uint64_t x) {
  uint64_t q = x ^ (JS_ONES * '"'), b = x ^ (JS_ONES * '\\');
  return (((q - JS_ONES) & ~q) | ((b - JS_ONES) & ~b) |
          ((x - JS_ONES * 0x20) & ~x)) & JS_HIGH;
}

static int js_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Value of the 4 hex digits at s[i..i+4), or -1. */
static long js_hex4(const unsigned char *s, size_t n, size_t i) {
  if (n < 4 || i > n - 4) return -1;
  long v = 0;
  for (size_t k = 0; k < 4; k++) {
    unsigned c = s[i + k];
    if (c >= '0' && c <= '9') v = v * 16 + (long)(c - '0');
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      v = v * 16 + (long)((c | 0x20) - 'a' + 10);
    else return -1;
  }
  return v;
}

/* The first index >= i of s[0, n) that is no JSON whitespace, or n. */
static size_t js_ws(const unsigned char *s, size_t n, size_t i) {
  /* JSON text is mostly without whitespace between tokens: every
   * whitespace byte is at most ' ' */
  while (i < n && s[i] <= ' ' &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

/* Scans the string whose opening quote is at s[*pi].  Returns 1 with *pi
 * just past the closing quote and *esc set if it holds escapes; 0 when it
 * is malformed or holds \u0000 or a surrogate escape not in a valid pair
 * (left to jansson). */
static int js_string(const unsigned char *s, size_t n, size_t *pi, int *esc) {
  size_t i = *pi + 1;
  int e = 0;
  for (;;) {
#if defined(__SSE2__)
    /* 16 bytes at a time with SSE2 (every x86-64): '"', '\\' or a byte
     * <= 0x1F (min(b, 0x1F) == b); straight to the first */
    int found = 0;
    while (n >= 16 && i <= n - 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
          _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v)));
      if (m) {
        i += (size_t)__builtin_ctz(m);
        found = 1;
        break;
      }
      i += 16;
    }
    while (!found && n >= 8 && i <= n - 8) {
#else
    while (n >= 8 && i <= n - 8) {
#endif
      uint64_t x;
      memcpy(&x, s + i, 8);
      uint64_t m = js_special8(x);
      if (m) {
        /* straight to the first special byte: the lowest flagged byte
         * is always a true one (x holds s[i] in its low byte) */
        i += (size_t)__builtin_ctzll(m) >> 3;
        break;
      }
      i += 8;
    }
    if (i >= n) return 0;
    unsigned char c = s[i];
    if (c == '"') break;
    if (c < 0x20) return 0;
    if (c != '\\') {
      i++;
      continue;
    }
    e = 1;
    if (i + 1 >= n) return 0;
    c = s[i + 1];
    if (c == 'u') {
      long v = js_hex4(s, n, i + 2);
      if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF)) return 0;
      i += 6;
      if (v >= 0xD800 && v <= 0xDBFF) {
        if (i + 1 >= n || s[i] != '\\' || s[i + 1] != 'u') return 0;
        long v2 = js_hex4(s, n, i + 2);
        if (v2 < 0xDC00 || v2 > 0xDFFF) return 0;
        i += 6;
      }
    } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' ||
               c == 'n' || c == 'r' || c == 't') {
      i += 2;
    } else {
      return 0;
    }
  }
  *pi = i + 1;
  *esc = e;
  return 1;
}

/* Scans a number at s[*pi] with jansson's grammar.  Returns 1 with *pi
 * past it and *is_int set for an integer; 0 when malformed or long enough
 * that it might overflow (left to jansson). */
static int js_number(const unsigned char *s, size_t n, size_t *pi,
                     int *is_int) {
  size_t i = *pi, st = i;
  int integer = 1;
  if (s[i] == '-') i++;
  if (i >= n) return 0;
  if (s[i] == '0') {
    i++;
    if (i < n && js_digit(s[i])) return 0;
  } else if (js_digit(s[i])) {
    while (i < n && js_digit(s[i])) i++;
  } else {
    return 0;
  }
  if (i < n && s[i] == '.') {
    integer = 0;
    i++;
    if (i >= n || !js_digit(s[i])) return 0;
    while (i < n && js_digit(s[i])) i++;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    integer = 0;
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    size_t e0 = i;
    while (i < n && js_digit(s[i])) i++;
    if (i == e0 || i - e0 > 2) return 0;
  }
  if (i - st > (integer ? 18u : 100u)) return 0;
  *pi = i;
  *is_int = integer;
  return 1;
}

/* A top-level field found by the scanner: where its value lies. */
typedef struct jspan {
  jtype type;
  size_t a, b; /* string: content between the quotes; number: the token */
  int esc;     /* string holds escapes */
} jspan;

static int js_value(const unsigned char *s, size_t n, size_t *pi, int depth,
                    jspan *rec);

/* Index of the field named s[a..b), or -1. */
static int js_field(const unsigned char *s, size_t a, size_t b) {
  size_t l = b - a;
  for (int k = 0; k < JF_COUNT; k++)
    if (JF_NAMES[k].len == l && bytes_eq(JF_NAMES[k].s, s + a, l))
      return k;
  return -1;
}

/* Scans an object or array at s[*pi]; with recs (top level only) records
 * the spans of the fields dyad reads, the last of duplicates winning as in
 * jansson.  Returns 1 or 0 as js_value. */
static int js_container(const unsigned char *s, size_t n, size_t *pi,
                        int depth, jspan *recs) {
  unsigned char close = s[*pi] == '{' ? '}' : ']';
  size_t i = js_ws(s, n, *pi + 1);
  if (i < n && s[i] == close) {
    *pi = i + 1;
    return 1;
  }
  for (;;) {
    jspan *rec = NULL;
    if (close == '}') {
      if (i >= n || s[i] != '"') return 0;
      size_t ka = i + 1;
      int esc;
      if (!js_string(s, n, &i, &esc)) return 0;
      if (recs != NULL) {
        if (esc) return 0; /* the key might decode to a field name */
        int k = js_field(s, ka, i - 1);
        if (k >= 0) rec = &recs[k];
      }
      i = js_ws(s, n, i);
      if (i >= n || s[i] != ':') return 0;
      i = js_ws(s, n, i + 1);
    }
    if (!js_value(s, n, &i, depth + 1, rec)) return 0;
    i = js_ws(s, n, i);
    if (i >= n) return 0;
    if (s[i] == ',') {
      i = js_ws(s, n, i + 1);
      continue;
    }
    if (s[i] != close) return 0;
    *pi = i + 1;
    return 1;
  }
}

/* Scans one value at s[*pi] (after whitespace).  Returns 1 with *pi past
 * it, and its span in *rec when rec is not NULL; 0 when the value is
 * malformed or left to jansson. */
static int js_value(const unsigned char *s, size_t n, size_t *pi, int depth,
                    jspan *rec) {
  size_t i = *pi;
  if (i >= n || depth > JS_MAX_DEPTH) return 0;
  jspan sp = {JT_OTHER, i, i, 0};
  unsigned char c = s[i];
  if (c == '"') {
    if (!js_string(s, n, &i, &sp.esc)) return 0;
    sp.type = JT_STRING, sp.a = *pi + 1, sp.b = i - 1;
  } else if (c == '{' || c == '[') {
    if (!js_container(s, n, &i, depth, NULL)) return 0;
  } else if (c == '-' || js_digit(c)) {
    int is_int;
    if (!js_number(s, n, &i, &is_int)) return 0;
    sp.type = is_int ? JT_INTEGER : JT_REAL, sp.b = i;
  } else {
    static const char *const lit[3] = {"true", "false", "null"};
    int k = c == 't' ? 0 : c == 'f' ? 1 : c == 'n' ? 2 : -1;
    if (k < 0) return 0;
    size_t l = strlen(lit[k]);
    if (n - i < l || memcmp(s + i, lit[k], l) != 0) return 0;
    i += l;
    if (k == 2) sp.type = JT_NULL;
  }
  if (rec != NULL) *rec = sp;
  *pi = i;
  return 1;
}

/* Writes c as UTF-8 at o; returns the length. */
static size_t js_utf8(char *o, long c) {
  if (c < 0x80) {
    o[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (char)(0xC0 | (c >> 6));
    o[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (char)(0xE0 | (c >> 12));
    o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (c >> 18));
  o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* Decodes the escapes of the validated string content s[a..b) in place
 * (the result is never longer) and NUL-terminates it; returns its length. */
static size_t js_unescape(char *s, size_t a, size_t b) {
  const unsigned char *u = (const unsigned char *)s;
  size_t w = a, i = a;
  while (i < b) {
    const char *bs = memchr(s + i, '\\', b - i);
    size_t run = bs ? (size_t)(bs - (s + i)) : b - i;
    if (w != i) memmove(s + w, s + i, run);
    w += run;
    i += run;
    if (i >= b) break;
    char c = s[i + 1];
    if (c == 'u') {
      long v = js_hex4(u, b, i + 2);
      i += 6;
      if (v >= 0xD800 && v <= 0xDBFF) {
        long v2 = js_hex4(u, b, i + 2);
        v = ((v - 0xD800) << 10) + (v2 - 0xDC00) + 0x10000;
        i += 6;
      }
      assert(v > 0);
      w += js_utf8(s + w, v);
      continue;
    }
    s[w++] = c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n'
           : c == 'r' ? '\r' : c == 't' ? '\t' : c;
    i += 2;
  }
  s[w] = '\0';
  return w - a;
}

/* The fast path: fills f from the line s[0..n) (valid UTF-8) when it is
 * one well-formed JSON object the scanner fully handles, and returns 1;
 * the field strings are decoded in place in s.  Returns 0, with s
 * untouched, when in doubt: the caller then parses with jansson. */
static int reader_json_fast(char *s, size_t n, jfield f[JF_COUNT]) {
  const unsigned char *u = (const unsigned char *)s;
  jspan sp[JF_COUNT];
  memset(sp, 0, sizeof sp); /* JT_ABSENT */
  size_t i = js_ws(u, n, 0);
  if (i >= n || u[i] != '{') return 0;
  if (!js_container(u, n, &i, 1, sp)) return 0;
  if (js_ws(u, n, i) != n) return 0;
  /* numbers first: decoding strings below writes NULs into the line */
  for (int k = 0; k < JF_COUNT; k++) {
    memset(&f[k], 0, sizeof f[k]);
    f[k].type = sp[k].type;
    if (sp[k].type == JT_INTEGER || sp[k].type == JT_REAL) {
      char tmp[128];
      size_t l = sp[k].b - sp[k].a;
      assert(l < sizeof tmp);
      memcpy(tmp, s + sp[k].a, l);
      tmp[l] = '\0';
      if (sp[k].type == JT_INTEGER) f[k].i = strtoll(tmp, NULL, 10);
      else f[k].d = strtod(tmp, NULL);
    }
  }
  for (int k = 0; k < JF_COUNT; k++) {
    if (sp[k].type != JT_STRING) continue;
    if (sp[k].esc) {
      f[k].len = js_unescape(s, sp[k].a, sp[k].b);
    } else {
      s[sp[k].b] = '\0'; /* the closing quote */
      f[k].len = sp[k].b - sp[k].a;
    }
    f[k].s = s + sp[k].a;
  }
  return 1;
}

/* ------------------------------------------------------------ UTF-8 */

/* Length of the valid UTF-8 sequence at s[0..n) (1..4), or minus the
 * length of its maximal invalid subpart (Unicode 3.9, Table 3-7): overlong
 * forms, surrogates and code points above U+10FFFF are invalid, exactly
 * as jansson sees them. */
static int utf8_seq(const unsigned char *s, size_t n) {
  unsigned char c = s[0], lo = 0x80, hi = 0xBF;
  int len;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) len = 3, lo = 0xA0;
  else if (c == 0xED) len = 3, hi = 0x9F;
  else if (c >= 0xE1 && c <= 0xEF) len = 3;
  else if (c == 0xF0) len = 4, lo = 0x90;
  else if (c == 0xF4) len = 4, hi = 0x8F;
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else return -1;
  for (int i = 1; i < len; i++) {
    if ((size_t)i >= n) return -i;
    unsigned char b = s[i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return -i;
  }
  return len;
}

/* If s[0..n) is valid UTF-8 returns s unchanged.  Otherwise copies it into
 * r->fix with every maximal invalid subpart replaced by U+FFFD, stores the
 * new length in *n and returns the copy; NULL when out of memory. */
static char *utf8_repair(dyad_reader *r, char *s, size_t *n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t len = *n, i = 0;
  while (i < len) {
#if defined(__SSE2__)
    /* 16 ASCII bytes at a time with SSE2 (every x86-64) */
    if (len >= 16 && i <= len - 16 &&
        _mm_movemask_epi8(_mm_loadu_si128(
            (const __m128i *)(const void *)(u + i))) == 0) {
      i += 16;
      continue;
    }
#endif
    if (len >= 8 && i <= len - 8) {
      uint64_t x;
      memcpy(&x, u + i, 8);
      if ((x & JS_HIGH) == 0) {
        i += 8;
        continue;
      }
    }
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    int k = utf8_seq(u + i, len - i);
    if (k < 0) break;
    i += (size_t)k;
  }
  if (i == len) return s;
  linebuf *fx = &r->fix;
  fx->len = 0;
  if (linebuf_reserve(fx, len + len / 2 + 16, SIZE_MAX) != 0) return NULL;
  memcpy(fx->p, s, i);
  fx->len = i;
  while (i < len) {
    int k = utf8_seq(u + i, len - i);
    size_t step = k < 0 ? (size_t)-k : (size_t)k;
    if (linebuf_reserve(fx, fx->len + 3, SIZE_MAX) != 0) return NULL;
    if (k < 0) {
      memcpy(fx->p + fx->len, "\xEF\xBF\xBD", 3);
      fx->len += 3;
    } else {
      memcpy(fx->p + fx->len, s + i, step);
      fx->len += step;
    }
    i += step;
  }
  fx->p[fx->len] = '\0';
  *n = fx->len;
  return fx->p;
}

/* The record of one line in r's line buffer from start (st is INPUT_LINE
 * or INPUT_LONG): sets *sp and *np to the line without its end ("\n" or
 * "\r\n") and returns DYAD_OK, or, when the line is longer than the
 * record limit, counts it and returns reader_too_long's rejection. */
static int reader_line_record(dyad_reader *r, input_status st, size_t start,
                              long line, char **sp, size_t *np,
                              dyad_error *err) {
  char *s = r->lb.p + start;
  size_t n = r->lb.len - start;
  if (n > 0 && s[n - 1] == '\n') n--;
  if (n > 0 && s[n - 1] == '\r') n--;
  if (st == INPUT_LONG || n > r->max_record)
    return reader_too_long(r, s, n, line, err);
  *sp = s;
  *np = n;
  return DYAD_OK;
}

/* Handles one line of a JSONL file (st is INPUT_LINE or INPUT_LONG). */
static int reader_jsonl(dyad_reader *r, input_status st, size_t start,
                        long line, dyad_article *out, dyad_error *err) {
  char *s;
  size_t n;
  int rc = reader_line_record(r, st, start, line, &s, &n, err);
  if (rc != DYAD_OK) return rc;
  char why[128];
  long col;
  if (looks_binary(s, n, why, sizeof why, &col)) {
    reader_set_error(err, DYAD_REJ_BINARY, r->cur_name, line, col, "%s", why);
    return DYAD_REJECT;
  }
  char *js = utf8_repair(r, s, &n);
  if (js == NULL)
    return reader_fatal(r, err, DYAD_ERR_NOMEM, line, "out of memory");
  jfield f[JF_COUNT];
  if (r->no_fast || !reader_json_fast(js, n, f)) {
    int rc = reader_json_slow(r, js, n, line, f, err);
    if (rc != DYAD_OK) return rc;
  }
  return reader_fields_record(r, f, line, out, err);
}
/* ====================================================== whole files */

/* Makes the article of a DATED or TEXT record s[0..n) (a whole file, or
 * one line with story_per_line) that starts at `line`: a DATED record
 * must open with its "date YYYY-MM-DD" header, a TEXT one takes the
 * default date.  Returns DYAD_OK, or DYAD_REJECT for binary data, a
 * missing or impossible date or an empty text. */
static int reader_text_article(dyad_reader *r, const char *s, size_t n,
                               long line, dyad_article *out,
                               dyad_error *err) {
  char why[128];
  long col;
  if (looks_binary(s, n, why, sizeof why, &col)) {
    reader_set_error(err, DYAD_REJ_BINARY, r->cur_name, line, col, "%s", why);
    return DYAD_REJECT;
  }
  size_t body = 0;
  if (r->cur_format == DYAD_IN_DATED) {
    const char *tok;
    size_t toklen;
    if (!dated_header(s, n, &tok, &toklen, &body)) {
      reader_set_error(err, DYAD_REJ_NO_DATE, r->cur_name, line, 0,
                       "dated text must start with \"date YYYY-MM-DD\"");
      return DYAD_REJECT;
    }
    if (!isodate_parse(tok, toklen, r->date)) {
      char snip[48];
      reader_snippet(snip, tok, toklen);
      reader_set_error(err, DYAD_REJ_BAD_DATE, r->cur_name, line, 0,
                       "invalid date \"%s\"", snip);
      return DYAD_REJECT;
    }
  } else {
    if (!r->has_default_date) {
      reader_set_error(err, DYAD_REJ_NO_DATE, r->cur_name, line, 0,
                       "plain text has no date (give a default date)");
      return DYAD_REJECT;
    }
    memcpy(r->date, r->default_date, sizeof r->date);
  }
  const char *text = s + body;
  size_t text_len = n - body;
  if (is_blank(text, text_len)) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, r->cur_name, line, 0,
                     "text is empty");
    return DYAD_REJECT;
  }
  dyad_article_make_id("", r->date, text, text_len, r->id);
  out->id = r->id;
  out->date = r->date;
  out->title = "";
  out->source = "";
  out->url = "";
  out->text = text;
  out->text_len = text_len;
  out->file = r->cur_name;
  out->line = line;
  return DYAD_OK;
}

/* Reads the rest of a DATED or TEXT file after its first non-blank line
 * (already in the buffer from `start`) and makes the article. */
static int reader_whole(dyad_reader *r, input_status st, size_t start,
                        long line, dyad_article *out, dyad_error *err) {
  linebuf *lb = &r->lb;
  int too_long = st == INPUT_LONG || lb->len - start > r->max_record;
  size_t limit = start + r->max_record + 1;
  for (;;) {
    long l2;
    input_status s2 = input_line(&r->in, lb, too_long ? 0 : limit, &l2);
    if (s2 == INPUT_EOF) break;
    if (s2 == INPUT_LONG || (s2 == INPUT_LINE && lb->len > limit - 1)) {
      too_long = 1;
      continue;
    }
    if (s2 != INPUT_LINE) return reader_stream_failed(r, s2, l2, err);
  }
  reader_finish_file(r);
  const char *s = lb->p + start;
  size_t n = lb->len - start;
  if (too_long) return reader_too_long(r, s, n, line, err);
  return reader_text_article(r, s, n, line, out, err);
}

/* Handles one line of a DATED or TEXT file read a story per line (st is
 * INPUT_LINE or INPUT_LONG): the line, without its end, is the record
 * (NUL-terminated in place, as every article text is). */
static int reader_text_line(dyad_reader *r, input_status st, size_t start,
                            long line, dyad_article *out, dyad_error *err) {
  char *s;
  size_t n;
  int rc = reader_line_record(r, st, start, line, &s, &n, err);
  if (rc != DYAD_OK) return rc;
  s[n] = '\0';
  return reader_text_article(r, s, n, line, out, err);
}

/* ============================================================ records */

/* Reads the next line of the open file and dispatches it.  Returns a
 * public status or READER_AGAIN. */
static int reader_record(dyad_reader *r, dyad_article *out, dyad_error *err) {
  linebuf *lb = &r->lb;
  lb->len = 0;
  long line;
  input_status st = input_line(&r->in, lb, r->max_record + 2, &line);
  if (st == INPUT_EOF) {
    reader_finish_file(r);
    return READER_AGAIN;
  }
  if (st != INPUT_LINE && st != INPUT_LONG)
    return reader_stream_failed(r, st, line, err);
  size_t start = 0;
  if (line == 1 && lb->len >= 3 && memcmp(lb->p, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  if (st == INPUT_LINE && is_blank(lb->p + start, lb->len - start))
    return READER_AGAIN;
  if (r->cur_format == DYAD_IN_AUTO)
    r->cur_format = detect_format(lb->p + start, lb->len - start);
  if (r->cur_format == DYAD_IN_JSONL)
    return reader_jsonl(r, st, start, line, out, err);
  if (r->story_per_line)
    return reader_text_line(r, st, start, line, out, err);
  return reader_whole(r, st, start, line, out, err);
}

int dyad_reader_next(dyad_reader *r, dyad_article *out, dyad_error *err) {
  if (r == NULL || out == NULL) {
    reader_set_error(err, DYAD_ERR_ARG, "", 0, 0, "no reader or article");
    return DYAD_ERR_ARG;
  }
  if (r->json != NULL) {
    json_decref(r->json);
    r->json = NULL;
  }
  for (;;) {
    if (r->done) {
      if (r->done_status < 0)
        reader_set_error(err, r->done_status, r->name, 0, 0,
                         "reader failed earlier");
      return r->done_status;
    }
    if (!r->in_open) {
      int st = reader_next_file(r, err);
      if (st == 1) {
        r->done = 1;
        r->done_status = DYAD_END;
        continue;
      }
      if (st != 0) return st;
    }
    int st = reader_record(r, out, err);
    if (st != READER_AGAIN) return st;
  }
}

/* ========================================================= open/close */

/* Allocates a reader and applies opts; name is copied. */
static int reader_new(dyad_reader **out, const char *name,
                      const dyad_reader_opts *opts, dyad_error *err) {
  *out = NULL;
  if (opts != NULL && ((int)opts->format < DYAD_IN_AUTO ||
                       (int)opts->format > DYAD_IN_TEXT)) {
    reader_set_error(err, DYAD_ERR_ARG, name, 0, 0, "unknown input format");
    return DYAD_ERR_ARG;
  }
  dyad_reader *r = calloc(1, sizeof *r);
  if (r == NULL) {
    reader_set_error(err, DYAD_ERR_NOMEM, name, 0, 0, "out of memory");
    return DYAD_ERR_NOMEM;
  }
  r->name = strdup(name);
  if (r->name == NULL) {
    free(r);
    reader_set_error(err, DYAD_ERR_NOMEM, name, 0, 0, "out of memory");
    return DYAD_ERR_NOMEM;
  }
  r->max_record = READER_DEFAULT_MAX;
  if (opts != NULL) {
    r->format = opts->format;
    if (opts->max_record_bytes > 0) r->max_record = opts->max_record_bytes;
    r->story_per_line = opts->story_per_line != 0;
    if (r->max_record > SIZE_MAX / 4) r->max_record = SIZE_MAX / 4;
    if (opts->default_date != NULL) {
      const char *d = opts->default_date;
      if (!isodate_parse(d, strlen(d), r->default_date)) {
        char snip[48];
        reader_snippet(snip, d, strlen(d));
        reader_set_error(err, DYAD_ERR_ARG, name, 0, 0,
                         "invalid default date \"%s\"", snip);
        dyad_reader_close(r);
        return DYAD_ERR_ARG;
      }
      r->has_default_date = 1;
    }
  }
  r->cur_format = r->format;
  r->cur_name = r->name;
  *out = r;
  return DYAD_OK;
}

int dyad_reader_open(dyad_reader **out, const char *path,
                     const dyad_reader_opts *opts, dyad_error *err) {
  if (out == NULL || path == NULL || *path == '\0') {
    reader_set_error(err, DYAD_ERR_ARG, path ? path : "", 0, 0,
                     "no input path");
    if (out) *out = NULL;
    return DYAD_ERR_ARG;
  }
  *out = NULL;
  dyad_reader *r;
  int rc = reader_new(&r, path, opts, err);
  if (rc != DYAD_OK) return rc;
  if (strcmp(path, "-") == 0) {
    int fd = dup(STDIN_FILENO);
    if (fd < 0 || input_open_fd(&r->in, fd) != 0) {
      int e = errno;
      reader_set_error(err, DYAD_ERR_IO, path, 0, 0, "cannot read stdin: %s",
                       strerror(e));
      dyad_reader_close(r);
      return DYAD_ERR_IO;
    }
    r->in_open = 1;
  } else {
    struct stat st;
    int bad = stat(path, &st) != 0;
    if (!bad && S_ISDIR(st.st_mode)) {
      bad = dirlist_collect(&r->files, path) != 0;
      r->is_dir = !bad;
    } else if (!bad) {
      bad = input_open_path(&r->in, path) != 0;
      r->in_open = !bad;
    }
    if (bad) {
      int e = errno;
      int code = e == ENOMEM ? DYAD_ERR_NOMEM : DYAD_ERR_IO;
      reader_set_error(err, code, path, 0, 0, "cannot open: %s", strerror(e));
      dyad_reader_close(r);
      return code;
    }
  }
  *out = r;
  return DYAD_OK;
}

int reader_open_mem(dyad_reader **out, const char *name, const void *data,
                    size_t len, const dyad_reader_opts *opts,
                    dyad_error *err) {
  if (out == NULL || name == NULL || (data == NULL && len > 0)) {
    reader_set_error(err, DYAD_ERR_ARG, name ? name : "", 0, 0,
                     "bad arguments");
    if (out) *out = NULL;
    return DYAD_ERR_ARG;
  }
  dyad_reader *r;
  int rc = reader_new(&r, name, opts, err);
  if (rc != DYAD_OK) return rc;
  if (input_open_mem(&r->in, data ? data : "", len) != 0) {
    dyad_reader_close(r);
    reader_set_error(err, DYAD_ERR_NOMEM, name, 0, 0, "out of memory");
    return DYAD_ERR_NOMEM;
  }
  r->in_open = 1;
  *out = r;
  return DYAD_OK;
}

uint64_t dyad_reader_bytes(const dyad_reader *r) {
  if (r == NULL) return 0;
  return r->bytes_done + (r->in_open ? input_offset(&r->in) : 0);
}

void reader_set_fast_path(dyad_reader *r, int on) {
  if (r != NULL) r->no_fast = !on;
}

size_t reader_buffer_capacity(const dyad_reader *r) {
  return r ? r->lb.cap : 0;
}

void dyad_reader_close(dyad_reader *r) {
  if (r == NULL) return;
  if (r->json) json_decref(r->json);
  if (r->in_open) input_close(&r->in);
  dirlist_free(&r->files);
  linebuf_free(&r->lb);
  linebuf_free(&r->fix);
  free(r->name);
  free(r);
}
