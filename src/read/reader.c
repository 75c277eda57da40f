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
 * Memory: one record buffer reused for the reader's life, plus the parsed
 * JSON of the current record (released at the next call).
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

#include "read/dirlist.h"
#include "read/input.h"
#include "read/isodate.h"

#define READER_DEFAULT_MAX ((size_t)16 * 1024 * 1024)
#define READER_AGAIN 100 /* internal: no record yet, keep going */

struct dyad_reader {
  /* options */
  dyad_input_format format;     /* forced format or DYAD_IN_AUTO */
  char default_date[11];
  int has_default_date;
  size_t max_record;

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
  const char *z = memchr(s, '\0', n);
  *col = 0;
  if (z != NULL) {
    *col = (long)(z - s) + 1;
    snprintf(why, cap, "binary data: NUL byte at column %ld", *col);
    return 1;
  }
  size_t ctrl = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && !is_ws(c) && c != 0x1b) || c == 0x7f) ctrl++;
  }
  if (ctrl > 0 && ctrl >= n / 10 + 1) {
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

/* A field's value if it is present, not null and not a blank string. */
static json_t *json_present(json_t *root, const char *key) {
  json_t *v = json_object_get(root, key);
  if (v == NULL || json_is_null(v)) return NULL;
  if (json_is_string(v) &&
      is_blank(json_string_value(v), json_string_length(v)))
    return NULL;
  return v;
}

/* Sets *out to the first of k1, k2 that is a non-empty string, else "".
 * Returns -1 if the chosen string holds a NUL character. */
static int json_opt_string(json_t *root, const char *k1, const char *k2,
                           const char **out) {
  const char *keys[2] = {k1, k2};
  *out = "";
  for (int i = 0; i < 2 && keys[i]; i++) {
    json_t *v = json_object_get(root, keys[i]);
    if (!json_is_string(v) || json_string_length(v) == 0) continue;
    if (strlen(json_string_value(v)) != json_string_length(v)) return -1;
    *out = json_string_value(v);
    return 0;
  }
  return 0;
}

/* Parses one JSON line s[0..n) into *out.  Returns DYAD_OK or
 * DYAD_REJECT. The article's strings point into r->json or r's buffers. */
static int reader_json_record(dyad_reader *r, const char *s, size_t n,
                              long line, dyad_article *out, dyad_error *err) {
  const char *file = r->cur_name;
  json_error_t je;
  json_t *root = json_loadb(s, n, JSON_ALLOW_NUL, &je);
  if (root == NULL) {
    reader_set_error(err, DYAD_REJ_BAD_JSON, file, line,
                     je.column > 0 ? je.column : 0,
                     "malformed JSON: %s at column %d", je.text, je.column);
    return DYAD_REJECT;
  }
  if (!json_is_object(root)) {
    json_decref(root);
    reader_set_error(err, DYAD_REJ_BAD_JSON, file, line, 1,
                     "malformed JSON: not an object");
    return DYAD_REJECT;
  }
  r->json = root; /* released at the next call */
  char snip[48];

  /* date */
  json_t *dv = json_present(root, "date");
  if (dv == NULL) dv = json_present(root, "date_publish");
  if (dv == NULL) {
    reader_set_error(err, DYAD_REJ_NO_DATE, file, line, 0,
                     "no date (fields \"date\" or \"date_publish\")");
    return DYAD_REJECT;
  }
  if (json_is_string(dv)) {
    if (!isodate_parse(json_string_value(dv), json_string_length(dv),
                       r->date)) {
      reader_snippet(snip, json_string_value(dv), json_string_length(dv));
      reader_set_error(err, DYAD_REJ_BAD_DATE, file, line, 0,
                       "invalid date \"%s\"", snip);
      return DYAD_REJECT;
    }
  } else if (json_is_integer(dv)) {
    json_int_t v = json_integer_value(dv);
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
  json_t *tv = json_object_get(root, "text");
  if (json_present(root, "text") == NULL || !json_is_string(tv)) {
    json_t *mv = json_object_get(root, "maintext");
    if (json_present(root, "maintext") != NULL || tv == NULL ||
        json_is_null(tv))
      tv = mv;
  }
  if (tv == NULL || json_is_null(tv)) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0,
                     "no text (fields \"text\" or \"maintext\")");
    return DYAD_REJECT;
  }
  if (!json_is_string(tv)) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0,
                     "text is not a string");
    return DYAD_REJECT;
  }
  const char *text = json_string_value(tv);
  size_t text_len = json_string_length(tv);
  if (is_blank(text, text_len)) {
    reader_set_error(err, DYAD_REJ_NO_TEXT, file, line, 0, "text is empty");
    return DYAD_REJECT;
  }
  if (strlen(text) != text_len) {
    reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                     "binary data: NUL character (\\u0000) in text");
    return DYAD_REJECT;
  }

  /* optional strings */
  const char *title, *source, *url;
  if (json_opt_string(root, "title", NULL, &title) != 0 ||
      json_opt_string(root, "source", "source_domain", &source) != 0 ||
      json_opt_string(root, "url", NULL, &url) != 0) {
    reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                     "binary data: NUL character (\\u0000) in a field");
    return DYAD_REJECT;
  }

  /* id: a string or a number as written, else derived from the content */
  json_t *iv = json_object_get(root, "id");
  const char *id = r->id;
  if (json_is_string(iv) && json_string_length(iv) > 0) {
    if (strlen(json_string_value(iv)) != json_string_length(iv)) {
      reader_set_error(err, DYAD_REJ_BINARY, file, line, 0,
                       "binary data: NUL character (\\u0000) in id");
      return DYAD_REJECT;
    }
    id = json_string_value(iv);
  } else if (json_is_integer(iv)) {
    snprintf(r->id, sizeof r->id, "%" JSON_INTEGER_FORMAT,
             json_integer_value(iv));
  } else if (json_is_real(iv)) {
    snprintf(r->id, sizeof r->id, "%.17g", json_real_value(iv));
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
static const char *utf8_repair(dyad_reader *r, const char *s, size_t *n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t len = *n, i = 0;
  while (i < len) {
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

/* Handles one line of a JSONL file (st is INPUT_LINE or INPUT_LONG). */
static int reader_jsonl(dyad_reader *r, input_status st, size_t start,
                        long line, dyad_article *out, dyad_error *err) {
  const char *s = r->lb.p + start;
  size_t n = r->lb.len - start;
  if (n > 0 && s[n - 1] == '\n') n--;
  if (n > 0 && s[n - 1] == '\r') n--;
  if (st == INPUT_LONG || n > r->max_record)
    return reader_too_long(r, s, n, line, err);
  char why[128];
  long col;
  if (looks_binary(s, n, why, sizeof why, &col)) {
    reader_set_error(err, DYAD_REJ_BINARY, r->cur_name, line, col, "%s", why);
    return DYAD_REJECT;
  }
  const char *js = utf8_repair(r, s, &n);
  if (js == NULL)
    return reader_fatal(r, err, DYAD_ERR_NOMEM, line, "out of memory");
  return reader_json_record(r, js, n, line, out, err);
}

/* ====================================================== whole files */

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
