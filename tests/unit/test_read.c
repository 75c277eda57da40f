/*
 * test_read.c: the read stage: formats, fields, dates, rejects with their
 * lines, gzip (whole and truncated), directory order and memory bounds.
 *
 * Every test writes its own inputs into a fresh mkdtemp directory and
 * removes it afterwards; nothing here depends on ../shared.
 */
#define _XOPEN_SOURCE 700
#include "testutil.h"

#include <ftw.h>
#include <unistd.h>
#include <zlib.h>

#include "dyad.h"
#include "read/isodate.h"
#include "read/reader.h"

/* ------------------------------------------------------------ helpers */

typedef struct fixture {
  char dir[64];
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (f == NULL) return -1;
  snprintf(f->dir, sizeof f->dir, "/tmp/dyad-read-XXXXXX");
  if (mkdtemp(f->dir) == NULL) {
    free(f);
    return -1;
  }
  *state = f;
  return 0;
}

static int rm_one(const char *p, const struct stat *sb, int flag,
                  struct FTW *ftw) {
  (void)sb;
  (void)flag;
  (void)ftw;
  return remove(p);
}

static int teardown(void **state) {
  fixture *f = *state;
  nftw(f->dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
  free(f);
  return 0;
}

/* Sets path to DIR/rel and creates its parent directories. */
static void make_parents(fixture *f, char *path, size_t cap, const char *rel) {
  snprintf(path, cap, "%s/%s", f->dir, rel);
  for (char *p = path + strlen(f->dir) + 1; *p; p++) {
    if (*p == '/') {
      *p = '\0';
      mkdir(path, 0755);
      *p = '/';
    }
  }
}

/* Writes len bytes to DIR/rel (creating parent directories). */
static void put_file(fixture *f, char *path, size_t cap, const char *rel,
                     const void *data, size_t len) {
  make_parents(f, path, cap, rel);
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  assert_int_equal(fwrite(data, 1, len, fp), len);
  assert_int_equal(fclose(fp), 0);
}

static void put_str(fixture *f, char *path, size_t cap, const char *rel,
                    const char *s) {
  put_file(f, path, cap, rel, s, strlen(s));
}

static void put_gz(fixture *f, char *path, size_t cap, const char *rel,
                   const void *data, size_t len) {
  make_parents(f, path, cap, rel);
  gzFile gz = gzopen(path, "wb");
  assert_non_null(gz);
  assert_int_equal(gzwrite(gz, data, (unsigned)len), (int)len);
  assert_int_equal(gzclose(gz), Z_OK);
}

static long file_size(const char *path) {
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  return (long)st.st_size;
}

static dyad_reader *open_path(const char *path, dyad_input_format fmt,
                              const char *date, size_t max) {
  dyad_reader_opts o = {fmt, date, max, 0};
  dyad_reader *r = NULL;
  dyad_error err;
  memset(&err, 0, sizeof err);
  int rc = dyad_reader_open(&r, path, &o, &err);
  if (rc != DYAD_OK) fail_msg("open %s: %s", path, err.msg);
  assert_non_null(r);
  return r;
}

/* Expects an article with this id; returns it for further checks. */
static dyad_article next_ok(dyad_reader *r, const char *id) {
  dyad_article a;
  dyad_error err;
  memset(&a, 0, sizeof a);
  memset(&err, 0, sizeof err);
  int rc = dyad_reader_next(r, &a, &err);
  if (rc != DYAD_OK)
    fail_msg("expected article %s, got %d (%s) %s:%ld %s", id, rc,
             rc == DYAD_REJECT ? dyad_reject_reason_name(err.code) : "-",
             err.file, err.line, err.msg);
  assert_string_equal(a.id, id);
  assert_int_equal(strlen(a.text), a.text_len);
  return a;
}

static dyad_error next_reject(dyad_reader *r, dyad_reject_reason why,
                              long line) {
  dyad_article a;
  dyad_error err;
  memset(&err, 0, sizeof err);
  int rc = dyad_reader_next(r, &a, &err);
  if (rc != DYAD_REJECT)
    fail_msg("expected reject %s at %ld, got %d (id %s)",
             dyad_reject_reason_name(why), line, rc,
             rc == DYAD_OK ? a.id : "-");
  if ((int)why != err.code)
    fail_msg("expected %s at %ld, got %s at %ld: %s",
             dyad_reject_reason_name(why), line,
             dyad_reject_reason_name(err.code), err.line, err.msg);
  assert_int_equal(err.line, line);
  assert_true(err.msg[0] != '\0');
  return err;
}

static void next_end(dyad_reader *r) {
  dyad_article a;
  dyad_error err;
  int rc = dyad_reader_next(r, &a, &err);
  if (rc != DYAD_END)
    fail_msg("expected end, got %d: %s", rc, rc == DYAD_OK ? a.id : err.msg);
  assert_int_equal(dyad_reader_next(r, &a, &err), DYAD_END);
}

/* -------------------------------------------------------------- tests */

static void test_names(void **state) {
  (void)state;
  assert_int_equal(dyad_input_format_parse("auto"), DYAD_IN_AUTO);
  assert_int_equal(dyad_input_format_parse("jsonl"), DYAD_IN_JSONL);
  assert_int_equal(dyad_input_format_parse("dated"), DYAD_IN_DATED);
  assert_int_equal(dyad_input_format_parse("text"), DYAD_IN_TEXT);
  assert_int_equal(dyad_input_format_parse("json"), -1);
  assert_int_equal(dyad_input_format_parse(NULL), -1);
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_NONE), "none");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_BAD_JSON), "bad_json");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_NO_DATE), "no_date");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_BAD_DATE), "bad_date");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_NO_TEXT), "no_text");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_TOO_LONG), "too_long");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_BINARY), "binary");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_TRUNCATED),
                      "truncated");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_UNREADABLE),
                      "unreadable");
  assert_string_equal(dyad_reject_reason_name(DYAD_REJ_COUNT), "unknown");
}

static void test_make_id(void **state) {
  (void)state;
  char id[17];
  /* FNV-1a 64 over source \0 date \0 text: fixed forever. */
  dyad_article_make_id("", "", "", 0, id);
  assert_string_equal(id, "08328807b4eb6fed");
  dyad_article_make_id(NULL, NULL, NULL, 0, id);
  assert_string_equal(id, "08328807b4eb6fed");
  dyad_article_make_id("bbc.com", "2023-09-11", "Putin met Xi.", 13, id);
  assert_string_equal(id, "5aef9eb66215184c");
  dyad_article_make_id("bbc.co", "m2023-09-11", "Putin met Xi.", 13, id);
  assert_string_not_equal(id, "5aef9eb66215184c");
  /* text_len, not strlen, bounds the text */
  dyad_article_make_id("bbc.com", "2023-09-11", "Putin met Xi.XYZ", 13, id);
  assert_string_equal(id, "5aef9eb66215184c");
}

static void test_isodate(void **state) {
  (void)state;
  static const struct {
    const char *in, *out;
  } good[] = {
      {"2023-09-11", "2023-09-11"},
      {"  2023-09-11\n", "2023-09-11"},
      {"2023-09-11 14:02:00", "2023-09-11"},
      {"2023-09-11T14:02:00Z", "2023-09-11"},
      {"2023-09-11T14:02:00.123+02:00", "2023-09-11"},
      {"2023-09-11t14:02", "2023-09-11"},
      {"2023-09-11T14:02:00-0500", "2023-09-11"},
      {"2023-09-11 14:02:00 UTC", "2023-09-11"},
      {"20230911", "2023-09-11"},
      {"20230911T140200Z", "2023-09-11"},
      {"2024-02-29", "2024-02-29"},
      {"2000-02-29", "2000-02-29"},
      {"0001-01-01", "0001-01-01"},
  };
  static const char *bad[] = {
      "",           "2023-02-30", "2023-02-29",        "1900-02-29",
      "2023-13-01", "2023-00-10", "2023-04-31",        "0000-01-01",
      "2023-9-11",  "2023/09/11", "11.09.2023",        "2023-09-11x",
      "2023-09-11 25:00",         "2023-09-11T14:61",  "2023091",
      "202309111",  "20230911 14:00", "Sept 11, 2023", "2023-09-11T",
      /* ten bytes with the dashes of YYYY-MM-DD, a byte no digit */
      "2o23-09-11", "2023-0a-11", "2023-09-1x",        "2023-09- 1",
  };
  char out[11];
  for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
    if (!isodate_parse(good[i].in, strlen(good[i].in), out))
      fail_msg("rejected good date \"%s\"", good[i].in);
    assert_string_equal(out, good[i].out);
  }
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    if (isodate_parse(bad[i], strlen(bad[i]), out))
      fail_msg("accepted bad date \"%s\" as %s", bad[i], out);
  assert_int_equal(isodate_parse("2023-09-11\0", 11, out), 0);
  assert_int_equal(isodate_looks_like("2023-09-11", 10), 1);
  assert_int_equal(isodate_looks_like("20230911", 8), 1);
  assert_int_equal(isodate_looks_like("2023 was", 8), 0);
  assert_int_equal(isodate_looks_like("night", 5), 0);
}

/* The main JSONL file: every field form and every JSON reject, with the
 * lines they are reported at. */
static const char jsonl_main[] =
    /* 1 */ "{\"id\":\"a1\",\"date\":\"2023-09-11\",\"title\":\"T\","
    "\"source\":\"bbc.com\",\"url\":\"http://x\",\"text\":\"Putin met Xi.\"}\n"
    /* 2 */ "\n"
    /* 3 */ "{\"id\":42,\"date\":\"2023-09-11 14:02:00\",\"text\":\"Numeric id.\"}\n"
    /* 4 */ "{\"date_publish\":\"2023-09-12T14:02:00Z\",\"maintext\":\"From "
    "news-please.\",\"text\":null,\"title\":\"NP\",\"source_domain\":\"example.com\","
    "\"url\":\"u\",\"id\":\"np\"}\n"
    /* 5 */ "{\"source\":\"example.org\",\"date\":\"20230911\",\"text\":\"No id here.\"}\n"
    /* 6 */ "{\"id\":\"b\",\"date\":\"2023-09-11\",\"text\":\"x\" oops\n"
    /* 7 */ "{\"id\":\"c\",\"text\":\"no date\"}\n"
    /* 8 */ "{\"id\":\"d\",\"date\":\"2023-02-30\",\"text\":\"bad\"}\n"
    /* 9 */ "{\"id\":\"e\",\"date\":\"2023-09-11\",\"text\":\"  \\n\\t \"}\n"
    /* 10 */ "[1,2]\n"
    /* 11 */ "{\"id\":\"f\",\"date\":\"2023-09-11\",\"text\":\"nul\\u0000inside\"}\n"
    /* 12 */ "{\"id\":\"g\",\"date\":\"2024-02-29\",\"text\":\"Leap day.\",\"title\":null}\r\n"
    /* 13 */ "{\"id\":\"h\",\"date\":\"2023-09-11\",\"text\":\"caf\xe9 au lait\"}\n"
    /* 14 */ "{\"id\":\"i\",\"date\":\"2023-09-11\",\"text\":\"raw \0 nul\"}\n"
    /* 15 */ "   \t\r\n"
    /* 16 */ "{\"id\":\"j\",\"date\":\"2023-13-01\",\"text\":\"x\"}\n"
    /* 17 */ "{\"id\":\"k\",\"date\":\"2023-09-11\"}\n"
    /* 18 */ "{\"id\":\"l\",\"date\":20230102,\"text\":\"int date\"}\n"
    /* 19 */ "{\"id\":\"m\",\"date\":\"2023-09-11\",\"text\":\"last, no newline\"}";

static void test_jsonl_records(void **state) {
  fixture *f = *state;
  char path[512];
  put_file(f, path, sizeof path, "main.jsonl", jsonl_main,
           sizeof jsonl_main - 1);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);

  dyad_article a = next_ok(r, "a1");
  assert_string_equal(a.date, "2023-09-11");
  assert_string_equal(a.title, "T");
  assert_string_equal(a.source, "bbc.com");
  assert_string_equal(a.url, "http://x");
  assert_string_equal(a.text, "Putin met Xi.");
  assert_int_equal(a.text_len, 13);
  assert_string_equal(a.file, path);
  assert_int_equal(a.line, 1);

  a = next_ok(r, "42");
  assert_string_equal(a.date, "2023-09-11");
  assert_string_equal(a.title, "");
  assert_string_equal(a.source, "");
  assert_string_equal(a.url, "");
  assert_int_equal(a.line, 3);

  a = next_ok(r, "np");
  assert_string_equal(a.date, "2023-09-12");
  assert_string_equal(a.text, "From news-please.");
  assert_string_equal(a.title, "NP");
  assert_string_equal(a.source, "example.com");
  assert_string_equal(a.url, "u");
  assert_int_equal(a.line, 4);

  a = next_ok(r, "0153ce602571f097"); /* make_id(example.org, date, text) */
  assert_string_equal(a.date, "2023-09-11");
  assert_string_equal(a.source, "example.org");
  assert_int_equal(a.line, 5);

  dyad_error e = next_reject(r, DYAD_REJ_BAD_JSON, 6);
  assert_string_equal(e.file, path);
  assert_int_equal(e.col, 45);
  assert_string_equal(e.msg, "malformed JSON: '}' expected near 'oops' "
                             "at column 45");
  e = next_reject(r, DYAD_REJ_NO_DATE, 7);
  e = next_reject(r, DYAD_REJ_BAD_DATE, 8);
  assert_string_equal(e.msg, "invalid date \"2023-02-30\"");
  e = next_reject(r, DYAD_REJ_NO_TEXT, 9);
  assert_string_equal(e.msg, "text is empty");
  e = next_reject(r, DYAD_REJ_BAD_JSON, 10);
  assert_string_equal(e.msg, "malformed JSON: not an object");
  e = next_reject(r, DYAD_REJ_BINARY, 11); /* \u0000 is rejected */

  a = next_ok(r, "g");
  assert_string_equal(a.date, "2024-02-29");
  assert_string_equal(a.text, "Leap day.");
  assert_string_equal(a.title, "");
  assert_int_equal(a.line, 12);

  a = next_ok(r, "h"); /* invalid UTF-8 is repaired, not rejected */
  assert_string_equal(a.text, "caf\xEF\xBF\xBD au lait");

  e = next_reject(r, DYAD_REJ_BINARY, 14);
  assert_int_equal(e.col, 43);
  next_reject(r, DYAD_REJ_BAD_DATE, 16);
  e = next_reject(r, DYAD_REJ_NO_TEXT, 17);
  a = next_ok(r, "l");
  assert_string_equal(a.date, "2023-01-02");
  a = next_ok(r, "m");
  assert_int_equal(a.line, 19);
  next_end(r);
  assert_int_equal(dyad_reader_bytes(r), sizeof jsonl_main - 1);
  dyad_reader_close(r);
}

static void test_jsonl_bom_crlf(void **state) {
  fixture *f = *state;
  char path[512];
  put_str(f, path, sizeof path, "bom.jsonl",
          "\xEF\xBB\xBF{\"id\":\"x\",\"date\":\"2023-09-11\",\"text\":\"a\"}\r\n"
          "\r\n"
          "{\"id\":\"y\",\"date\":\"2023-09-11\",\"text\":\"b\"}\r\n");
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  assert_int_equal(next_ok(r, "x").line, 1);
  assert_int_equal(next_ok(r, "y").line, 3);
  next_end(r);
  dyad_reader_close(r);
}

static void test_too_long(void **state) {
  fixture *f = *state;
  char path[512];
  char big[4096];
  size_t n = 0;
  n += (size_t)snprintf(big + n, sizeof big - n,
                        "{\"id\":\"a\",\"date\":\"2023-09-11\",\"text\":\"ok\"}\n");
  n += (size_t)snprintf(big + n, sizeof big - n, "{\"id\":\"long\",\"text\":\"");
  for (int i = 0; i < 300; i++) big[n++] = 'x';
  n += (size_t)snprintf(big + n, sizeof big - n, "\"}\n");
  /* binary and over-long: reported as binary */
  for (int i = 0; i < 100; i++) big[n++] = (char)(i % 4);
  big[n++] = '\n';
  n += (size_t)snprintf(big + n, sizeof big - n,
                        "{\"id\":\"b\",\"date\":\"2023-09-11\",\"text\":\"ok\"}\n");
  put_file(f, path, sizeof path, "long.jsonl", big, n);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 64);
  next_ok(r, "a");
  dyad_error e = next_reject(r, DYAD_REJ_TOO_LONG, 2);
  assert_string_equal(e.msg, "record longer than 64 bytes");
  next_reject(r, DYAD_REJ_BINARY, 3);
  next_ok(r, "b");
  next_end(r);
  assert_true(reader_buffer_capacity(r) <= 64 + 3);
  dyad_reader_close(r);

  /* whole-file formats apply the limit to the whole file */
  put_str(f, path, sizeof path, "long.txt",
          "date 2023-09-11 0123456789\n0123456789\n0123456789\n");
  r = open_path(path, DYAD_IN_AUTO, NULL, 30);
  next_reject(r, DYAD_REJ_TOO_LONG, 1);
  next_end(r);
  dyad_reader_close(r);
  r = open_path(path, DYAD_IN_AUTO, NULL, 60);
  assert_string_equal(next_ok(r, "e84b488c45a7c6a6").text,
                      "0123456789\n0123456789\n0123456789\n");
  dyad_reader_close(r);
}

/* A 50 MB line is rejected without holding 50 MB: the buffer stays at the
 * 16 MiB default limit. */
static void test_too_long_50mb(void **state) {
  fixture *f = *state;
  char path[512];
  snprintf(path, sizeof path, "%s/huge.jsonl", f->dir);
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  fputs("{\"id\":\"h\",\"date\":\"2023-09-11\",\"text\":\"", fp);
  static char block[1 << 16];
  memset(block, 'y', sizeof block);
  size_t total = 0;
  while (total < (size_t)50 * 1000 * 1000) {
    assert_int_equal(fwrite(block, 1, sizeof block, fp), sizeof block);
    total += sizeof block;
  }
  fputs("\"}\n{\"id\":\"after\",\"date\":\"2023-09-11\",\"text\":\"ok\"}\n", fp);
  assert_int_equal(fclose(fp), 0);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  next_reject(r, DYAD_REJ_TOO_LONG, 1);
  assert_int_equal(next_ok(r, "after").line, 2);
  next_end(r);
  size_t cap = reader_buffer_capacity(r);
  assert_true(cap <= (size_t)16 * 1024 * 1024 + 3);
  assert_true(cap >= (size_t)16 * 1024 * 1024);
  dyad_reader_close(r);
}

static void test_dated(void **state) {
  fixture *f = *state;
  char path[512];
  const char *body = "Vladimir Putin is desperate to end the war.\nSecond line.\n";
  put_str(f, path, sizeof path, "putin.txt",
          "date 2023-09-11 Vladimir Putin is desperate to end the war.\n"
          "Second line.\n");
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  dyad_article a = next_ok(r, "5eb23bc1b56d5a93");
  assert_string_equal(a.date, "2023-09-11");
  assert_string_equal(a.text, body);
  assert_int_equal(a.text_len, strlen(body));
  assert_string_equal(a.title, "");
  assert_string_equal(a.source, "");
  assert_int_equal(a.line, 1);
  next_end(r);
  dyad_reader_close(r);

  /* "Date:" in any case, compact date, blank lines first, body below */
  put_str(f, path, sizeof path, "d2.txt",
          "\n  \nDATE: 20230911\n\nVladimir Putin is desperate to end the "
          "war.\nSecond line.\n");
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  a = next_ok(r, "5eb23bc1b56d5a93"); /* same body and date: same id */
  assert_int_equal(a.line, 3);
  next_end(r);
  dyad_reader_close(r);

  put_str(f, path, sizeof path, "d3.txt", "date 2023-02-30 A body.\n");
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  dyad_error e = next_reject(r, DYAD_REJ_BAD_DATE, 1);
  assert_string_equal(e.msg, "invalid date \"2023-02-30\"");
  next_end(r);
  dyad_reader_close(r);

  put_str(f, path, sizeof path, "d4.txt", "date 2023-09-11  \n \n\t\n");
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  next_reject(r, DYAD_REJ_NO_TEXT, 1);
  next_end(r);
  dyad_reader_close(r);

  /* Prose that starts with "Date" is plain text, not a dated header */
  put_str(f, path, sizeof path, "d5.txt", "Date night at the palace.\n");
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  e = next_reject(r, DYAD_REJ_NO_DATE, 1);
  next_end(r);
  dyad_reader_close(r);
  r = open_path(path, DYAD_IN_AUTO, "2020-01-05", 0);
  char id[17];
  dyad_article_make_id("", "2020-01-05", "Date night at the palace.\n", 26, id);
  a = next_ok(r, id);
  assert_string_equal(a.date, "2020-01-05");
  assert_string_equal(a.text, "Date night at the palace.\n");
  dyad_reader_close(r);

  /* forced dated format on a file without the header */
  r = open_path(path, DYAD_IN_DATED, "2020-01-05", 0);
  e = next_reject(r, DYAD_REJ_NO_DATE, 1);
  assert_string_equal(e.msg, "dated text must start with \"date YYYY-MM-DD\"");
  next_end(r);
  dyad_reader_close(r);
}

static void test_plain_text(void **state) {
  fixture *f = *state;
  char path[512];
  const char *txt = "\n\nIsrael struck Gaza.\r\nHamas fired rockets.";
  put_str(f, path, sizeof path, "p.txt", txt);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, "2021-05-10T00:00:00Z", 0);
  char id[17];
  const char *body = txt + 2;
  dyad_article_make_id("", "2021-05-10", body, strlen(body), id);
  dyad_article a = next_ok(r, id);
  assert_string_equal(a.date, "2021-05-10");
  assert_string_equal(a.text, body);
  assert_int_equal(a.line, 3);
  next_end(r);
  dyad_reader_close(r);

  /* forced text: a JSON file is read as one text */
  put_str(f, path, sizeof path, "j.jsonl",
          "{\"id\":\"x\",\"date\":\"2023-09-11\",\"text\":\"a\"}\n");
  r = open_path(path, DYAD_IN_TEXT, "2021-05-10", 0);
  a = next_ok(r, "096ce96e99eba865");
  assert_string_equal(a.text, "{\"id\":\"x\",\"date\":\"2023-09-11\",\"text\":\"a\"}\n");
  next_end(r);
  dyad_reader_close(r);

  /* forced JSONL: prose lines are malformed JSON, each on its own line */
  put_str(f, path, sizeof path, "prose.txt", "hello\n\nworld\n");
  r = open_path(path, DYAD_IN_JSONL, "2021-05-10", 0);
  next_reject(r, DYAD_REJ_BAD_JSON, 1);
  next_reject(r, DYAD_REJ_BAD_JSON, 3);
  next_end(r);
  dyad_reader_close(r);

  /* a text file with a NUL byte is binary */
  put_file(f, path, sizeof path, "bin.txt", "abc\0def\n", 8);
  r = open_path(path, DYAD_IN_AUTO, "2021-05-10", 0);
  dyad_error e = next_reject(r, DYAD_REJ_BINARY, 1);
  assert_int_equal(e.col, 4);
  next_end(r);
  dyad_reader_close(r);

  /* invalid UTF-8 in text passes through untouched */
  put_str(f, path, sizeof path, "latin1.txt", "Caf\xe9 \xff\xfe ok\n");
  r = open_path(path, DYAD_IN_AUTO, "2021-05-10", 0);
  dyad_article_make_id("", "2021-05-10", "Caf\xe9 \xff\xfe ok\n", 11, id);
  a = next_ok(r, id);
  assert_int_equal(a.text_len, 11);
  assert_memory_equal(a.text, "Caf\xe9 \xff\xfe ok\n", 11);
  dyad_reader_close(r);

  /* empty and blank files hold no record */
  put_str(f, path, sizeof path, "empty.txt", " \n\n");
  r = open_path(path, DYAD_IN_AUTO, "2021-05-10", 0);
  next_end(r);
  dyad_reader_close(r);
}

static void test_binary_control(void **state) {
  fixture *f = *state;
  char path[512];
  char line[64];
  for (int i = 0; i < 40; i++) line[i] = (i % 3 == 0) ? (char)0x01 : 'a';
  line[40] = '\n';
  char buf[256];
  const char *first = "{\"id\":\"a\",\"date\":\"2023-09-11\",\"text\":\"ok\"}\n";
  size_t n = strlen(first);
  memcpy(buf, first, n);
  memcpy(buf + n, line, 41);
  n += 41;
  put_file(f, path, sizeof path, "ctl.jsonl", buf, n);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  next_ok(r, "a");
  dyad_error e = next_reject(r, DYAD_REJ_BINARY, 2);
  assert_string_equal(e.msg, "binary data: 14 of 40 bytes are control bytes");
  next_end(r);
  dyad_reader_close(r);
}

static char *make_lines(int count, size_t *len) {
  size_t cap = (size_t)count * 200 + 1, n = 0;
  char *s = malloc(cap);
  assert_non_null(s);
  uint32_t x = 12345;
  for (int i = 0; i < count; i++) {
    n += (size_t)snprintf(s + n, cap - n,
                          "{\"id\":\"r%d\",\"date\":\"2023-09-11\",\"text\":\"", i);
    for (int k = 0; k < 120; k++) {
      x = x * 1103515245u + 12345u;
      s[n++] = "abcdefghijklmnopqrstuvwxyz .,"[(x >> 16) % 29];
    }
    n += (size_t)snprintf(s + n, cap - n, "\"}\n");
  }
  *len = n;
  return s;
}

static void test_gzip(void **state) {
  fixture *f = *state;
  char path[512];
  size_t len;
  char *data = make_lines(50, &len);
  put_gz(f, path, sizeof path, "g.jsonl.gz", data, len);
  assert_true(file_size(path) < (long)len);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  for (int i = 0; i < 50; i++) {
    char id[16];
    snprintf(id, sizeof id, "r%d", i);
    dyad_article a = next_ok(r, id);
    assert_int_equal(a.line, i + 1);
    assert_int_equal(a.text_len, 120);
  }
  next_end(r);
  assert_int_equal(dyad_reader_bytes(r), (uint64_t)file_size(path));
  dyad_reader_close(r);
  free(data);
}

static void test_truncated_gzip(void **state) {
  fixture *f = *state;
  char path[512];
  size_t len;
  char *data = make_lines(400, &len);
  put_gz(f, path, sizeof path, "t.jsonl.gz", data, len);
  long full = file_size(path);
  assert_int_equal(truncate(path, full / 2), 0);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  dyad_article a;
  dyad_error err;
  int k = 0, rc;
  while ((rc = dyad_reader_next(r, &a, &err)) == DYAD_OK) {
    char id[16];
    snprintf(id, sizeof id, "r%d", k);
    assert_string_equal(a.id, id);
    k++;
  }
  assert_int_equal(rc, DYAD_REJECT);
  assert_int_equal(err.code, DYAD_REJ_TRUNCATED);
  assert_true(k > 50 && k < 400);
  assert_int_equal(err.line, k + 1);
  assert_string_equal(err.file, path);
  assert_non_null(strstr(err.msg, "unexpected end of file"));
  next_end(r);
  dyad_reader_close(r);

  /* a corrupt stream (bytes flipped in the middle) is also "truncated" */
  put_gz(f, path, sizeof path, "c.jsonl.gz", data, len);
  FILE *fp = fopen(path, "r+b");
  assert_non_null(fp);
  fseek(fp, 40, SEEK_SET);
  for (int i = 0; i < 64; i++) fputc(0xff, fp);
  fclose(fp);
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  while ((rc = dyad_reader_next(r, &a, &err)) == DYAD_OK) {
  }
  assert_int_equal(rc, DYAD_REJECT);
  assert_int_equal(err.code, DYAD_REJ_TRUNCATED);
  next_end(r);
  dyad_reader_close(r);
  free(data);
}

static void test_directory(void **state) {
  fixture *f = *state;
  char path[512], p2[512];
  const char *rec = "{\"id\":\"%s\",\"date\":\"2023-09-11\",\"text\":\"t\"}\n";
  char line[128];
  snprintf(line, sizeof line, rec, "b1");
  char two[256];
  snprintf(two, sizeof two, "%s%s", line, "{\"id\":\"b2\",\"date\":\"2023-09-11\",\"text\":\"t\"}\n");
  put_str(f, path, sizeof path, "in/b.jsonl", two);
  snprintf(line, sizeof line, rec, "ab");
  put_str(f, path, sizeof path, "in/a-b.jsonl", line);
  put_str(f, path, sizeof path, "in/a/x.txt", "date 2023-09-11 In a/x.");
  snprintf(line, sizeof line, rec, "hidden");
  put_str(f, path, sizeof path, "in/a/.hidden.jsonl", line);
  put_str(f, path, sizeof path, "in/.git/config.jsonl", line);
  snprintf(line, sizeof line, rec, "c");
  put_gz(f, path, sizeof path, "in/sub/c.jsonl.gz", line, strlen(line));
  put_file(f, path, sizeof path, "in/e.bin", "\x00\x01\x02\x03", 4);
  put_str(f, path, sizeof path, "in/empty.txt", "");
  snprintf(path, sizeof path, "%s/in/d.jsonl", f->dir);
  assert_int_equal(symlink("/nonexistent/dyad/file", path), 0);
  snprintf(path, sizeof path, "%s/in/f.jsonl", f->dir);
  assert_int_equal(symlink("b.jsonl", path), 0);
  snprintf(path, sizeof path, "%s/in/link", f->dir);
  assert_int_equal(symlink("a", path), 0); /* directory link: not followed */

  snprintf(path, sizeof path, "%s/in", f->dir);
  dyad_reader *r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  dyad_article a = next_ok(r, "ab");
  snprintf(p2, sizeof p2, "%s/in/a-b.jsonl", f->dir);
  assert_string_equal(a.file, p2);
  char id[17];
  dyad_article_make_id("", "2023-09-11", "In a/x.", 7, id);
  a = next_ok(r, id);
  snprintf(p2, sizeof p2, "%s/in/a/x.txt", f->dir);
  assert_string_equal(a.file, p2);
  assert_int_equal(a.line, 1);
  next_ok(r, "b1");
  assert_int_equal(next_ok(r, "b2").line, 2);
  dyad_error e = next_reject(r, DYAD_REJ_UNREADABLE, 0);
  snprintf(p2, sizeof p2, "%s/in/d.jsonl", f->dir);
  assert_string_equal(e.file, p2);
  assert_string_equal(e.msg, "cannot open: No such file or directory");
  e = next_reject(r, DYAD_REJ_BINARY, 1);
  snprintf(p2, sizeof p2, "%s/in/e.bin", f->dir);
  assert_string_equal(e.file, p2);
  a = next_ok(r, "b1");
  snprintf(p2, sizeof p2, "%s/in/f.jsonl", f->dir);
  assert_string_equal(a.file, p2);
  next_ok(r, "b2");
  a = next_ok(r, "c");
  snprintf(p2, sizeof p2, "%s/in/sub/c.jsonl.gz", f->dir);
  assert_string_equal(a.file, p2);
  next_end(r);
  dyad_reader_close(r);

  /* a trailing slash does not double the separator */
  snprintf(path, sizeof path, "%s/in/sub/", f->dir);
  r = open_path(path, DYAD_IN_AUTO, NULL, 0);
  a = next_ok(r, "c");
  snprintf(p2, sizeof p2, "%s/in/sub/c.jsonl.gz", f->dir);
  assert_string_equal(a.file, p2);
  next_end(r);
  dyad_reader_close(r);
}

static void test_open_errors(void **state) {
  fixture *f = *state;
  char path[512];
  dyad_reader *r = (dyad_reader *)1;
  dyad_error err;
  memset(&err, 0, sizeof err);
  snprintf(path, sizeof path, "%s/missing.jsonl", f->dir);
  assert_int_equal(dyad_reader_open(&r, path, NULL, &err), DYAD_ERR_IO);
  assert_null(r);
  assert_int_equal(err.code, DYAD_ERR_IO);
  assert_string_equal(err.file, path);
  assert_string_equal(err.msg, "cannot open: No such file or directory");

  put_str(f, path, sizeof path, "ok.txt", "hello\n");
  dyad_reader_opts o = {DYAD_IN_AUTO, "2023-02-30", 0, 0};
  assert_int_equal(dyad_reader_open(&r, path, &o, &err), DYAD_ERR_ARG);
  assert_null(r);
  assert_string_equal(err.msg, "invalid default date \"2023-02-30\"");
  o.default_date = NULL;
  o.format = (dyad_input_format)9;
  assert_int_equal(dyad_reader_open(&r, path, &o, &err), DYAD_ERR_ARG);
  assert_int_equal(dyad_reader_open(&r, "", NULL, &err), DYAD_ERR_ARG);
  assert_int_equal(dyad_reader_open(NULL, path, NULL, NULL), DYAD_ERR_ARG);
  dyad_reader_close(NULL);
  assert_int_equal(dyad_reader_bytes(NULL), 0);
}

/* story_per_line: each non-blank line of a plain text is an article
 * (text without its line end, NUL-terminated, at its own line); a line
 * over the limit is rejected and the next one read. */
static void test_story_per_line(void **state) {
  (void)state;
  static const char txt[] =
      "Troops left.\r\n\nFiremen left.\n0123456789abcdefghijk\nlast";
  dyad_reader_opts o = {DYAD_IN_AUTO, "2023-01-02", 20, 1};
  dyad_reader *r = NULL;
  dyad_error err;
  assert_int_equal(reader_open_mem(&r, "lines", txt, sizeof txt - 1, &o, &err),
                   DYAD_OK);
  static const char *const want[] = {"Troops left.",
                                     "Firemen left.", "last"};
  static const long line[] = {1, 3, 5};
  for (size_t k = 0; k < 3; k++) {
    char id[17];
    dyad_article_make_id("", "2023-01-02", want[k], strlen(want[k]), id);
    dyad_article a = next_ok(r, id);
    assert_string_equal(a.text, want[k]);
    assert_string_equal(a.date, "2023-01-02");
    assert_int_equal(a.line, line[k]);
    if (k == 1) next_reject(r, DYAD_REJ_TOO_LONG, 4);
  }
  next_end(r);
  dyad_reader_close(r);
}

static void test_memory(void **state) {
  (void)state;
  static const char jl[] =
      "{\"id\":\"m1\",\"date\":\"2023-09-11\",\"text\":\"one\"}\n"
      "{\"id\":\"m2\",\"date\":\"2023-09-11\",\"text\":\"two\"}\n";
  dyad_reader *r = NULL;
  dyad_error err;
  assert_int_equal(reader_open_mem(&r, "mem", jl, sizeof jl - 1, NULL, &err),
                   DYAD_OK);
  assert_string_equal(next_ok(r, "m1").file, "mem");
  next_ok(r, "m2");
  next_end(r);
  assert_int_equal(dyad_reader_bytes(r), sizeof jl - 1);
  dyad_reader_close(r);

  /* gzip in memory: whole, then cut short */
  unsigned char gz[512];
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  assert_int_equal(deflateInit2(&zs, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY),
                   Z_OK);
  zs.next_in = (unsigned char *)jl;
  zs.avail_in = sizeof jl - 1;
  zs.next_out = gz;
  zs.avail_out = sizeof gz;
  assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
  size_t gzlen = sizeof gz - zs.avail_out;
  deflateEnd(&zs);
  assert_int_equal(reader_open_mem(&r, "mem.gz", gz, gzlen, NULL, &err),
                   DYAD_OK);
  next_ok(r, "m1");
  next_ok(r, "m2");
  next_end(r);
  assert_int_equal(dyad_reader_bytes(r), gzlen);
  dyad_reader_close(r);

  assert_int_equal(reader_open_mem(&r, "cut.gz", gz, gzlen - 4, NULL, &err),
                   DYAD_OK);
  next_ok(r, "m1");
  next_ok(r, "m2");
  next_reject(r, DYAD_REJ_TRUNCATED, 3); /* only the trailer is missing */
  next_end(r);
  dyad_reader_close(r);

  assert_int_equal(reader_open_mem(&r, "empty", NULL, 0, NULL, &err), DYAD_OK);
  next_end(r);
  dyad_reader_close(r);
}

/* The JSONL fast path (one scan, strings decoded in place) and jansson
 * must read every line alike: the same articles, byte for byte, and the
 * same rejects with jansson's own messages for what the fast path leaves
 * to it (bad escapes, lone surrogates, \u0000, deep nesting, escaped
 * keys, numbers, trailing bytes).  Each case runs with the fast path on
 * and off. */
typedef struct jl_case {
  const char *line;
  const char *id;   /* expected id, or NULL for a reject */
  const char *text; /* expected text, or the reject message */
  size_t text_len;
  long col;         /* reject column */
} jl_case;

static void test_jsonl_fast_path(void **state) {
  (void)state;
  static const char deep_open[] = "{\"id\":\"deep\",\"date\":\"2020-01-02\","
                                  "\"text\":\"x\",\"d\":";
  char *deep = malloc(sizeof deep_open + 2 * 2100 + 2);
  assert_non_null(deep);
  size_t k = strlen(deep_open);
  memcpy(deep, deep_open, k);
  memset(deep + k, '[', 2100);
  memset(deep + k + 2100, ']', 2100);
  strcpy(deep + k + 4200, "}");
  const jl_case cases[] = {
      {"{\"id\":\"e1\",\"date\":\"2020-01-02\",\"text\":\"a\\\"b\\\\c\\/d\\n\\tz"
       " \\u00e9\\u20AC \\ud83d\\ude00 \\b\\f\\r\"}",
       "e1", "a\"b\\c/d\n\tz \xc3\xa9\xe2\x82\xac \xf0\x9f\x98\x80 \b\f\r", 25,
       0},
      {"{\"id\":\"d1\",\"date\":\"2020-01-02\",\"text\":\"first\","
       "\"text\":\"second\"}",
       "d1", "second", 6, 0},
      {"{\"id\":\"s1\",\"date\":\"2020-01-02\",\"text\":\"x\\ud800y\"}", NULL,
       "malformed JSON: invalid Unicode '\\uD800' near '\"x\\ud800y\"' at "
       "column 48", 0, 48},
      {"{\"id\":\"s2\",\"date\":\"2020-01-02\",\"text\":\"x\\udc00y\"}", NULL,
       "malformed JSON: invalid Unicode '\\uDC00' near '\"x\\udc00y\"' at "
       "column 48", 0, 48},
      {"{\"id\":\"n1\",\"date\":\"2020-01-02\",\"text\":\"x\\u0000y\"}", NULL,
       "binary data: NUL character (\\u0000) in text", 0, 0},
      {deep, NULL,
       "malformed JSON: maximum parsing depth reached near '[' at column 2096",
       0, 2096},
      {"{\"te\\u0078t\":\"k\",\"id\":\"k1\",\"date\":\"2020-01-02\"}", "k1", "k",
       1, 0},
      {"{\"id\":-0,\"date\":\"2020-01-02\",\"text\":\"neg zero\"}", "0",
       "neg zero", 8, 0},
      {"{\"id\":1.5e3,\"date\":\"2020-01-02\",\"text\":\"real\"}", "1500",
       "real", 4, 0},
      {"{\"id\":\"t1\",\"date\":\"2020-01-02\",\"text\":\"x\"} ,", NULL,
       "malformed JSON: end of file expected near ',' at column 44", 0, 44},
      {"{\"meta\":{\"a\":[1,-2.5e-3,{\"b\":\"c\\\"}\"}],\"t\":true,\"f\":false,"
       "\"n\":null},\"id\":\"m1\",\"date\":\"2020-01-02\",\"text\":\"after "
       "nested\"}",
       "m1", "after nested", 12, 0},
      {"{\"id\":\"i1\",\"date\":20200102,\"text\":\"int date\"}", "i1",
       "int date", 8, 0},
      {"{\"id\":\"x1\",\"date\":\"2020-01-02\",\"text\":\"bad \\q escape\"}",
       NULL, "malformed JSON: invalid escape near '\"bad \\q' at column 45", 0,
       45},
      {"{\"id\":\"x2\",\"date\":\"2020-01-02\",\"text\":\"x\",\"n\":0123}", NULL,
       "malformed JSON: invalid token near '0' at column 47", 0, 47},
  };
  size_t n = sizeof cases / sizeof cases[0], len = 0;
  for (size_t i = 0; i < n; i++) len += strlen(cases[i].line) + 1;
  char *buf = malloc(len + 1), *p = buf;
  assert_non_null(buf);
  for (size_t i = 0; i < n; i++) {
    size_t l = strlen(cases[i].line);
    memcpy(p, cases[i].line, l);
    p[l] = '\n';
    p += l + 1;
  }
  for (int fast = 1; fast >= 0; fast--) {
    dyad_reader *r;
    dyad_error err;
    assert_int_equal(reader_open_mem(&r, "fast", buf, len, NULL, &err),
                     DYAD_OK);
    reader_set_fast_path(r, fast);
    for (size_t i = 0; i < n; i++) {
      const jl_case *c = &cases[i];
      dyad_article a;
      memset(&err, 0, sizeof err);
      int rc = dyad_reader_next(r, &a, &err);
      if (c->id != NULL) {
        if (rc != DYAD_OK)
          fail_msg("fast=%d case %zu: %d %s", fast, i, rc, err.msg);
        assert_string_equal(a.id, c->id);
        assert_string_equal(a.date, "2020-01-02");
        assert_int_equal(a.text_len, c->text_len);
        assert_memory_equal(a.text, c->text, c->text_len);
        assert_int_equal(a.text[a.text_len], '\0');
        assert_int_equal(a.line, (long)i + 1);
      } else {
        if (rc != DYAD_REJECT)
          fail_msg("fast=%d case %zu: expected a reject, got %d", fast, i,
                   rc);
        assert_string_equal(err.msg, c->text);
        assert_int_equal(err.line, (long)i + 1);
        assert_int_equal(err.col, c->col);
      }
    }
    next_end(r);
    dyad_reader_close(r);
  }
  free(buf);
  free(deep);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_names),
      cmocka_unit_test(test_make_id),
      cmocka_unit_test(test_isodate),
      cmocka_unit_test_setup_teardown(test_jsonl_records, setup, teardown),
      cmocka_unit_test_setup_teardown(test_jsonl_bom_crlf, setup, teardown),
      cmocka_unit_test_setup_teardown(test_too_long, setup, teardown),
      cmocka_unit_test_setup_teardown(test_too_long_50mb, setup, teardown),
      cmocka_unit_test_setup_teardown(test_dated, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plain_text, setup, teardown),
      cmocka_unit_test_setup_teardown(test_binary_control, setup, teardown),
      cmocka_unit_test_setup_teardown(test_gzip, setup, teardown),
      cmocka_unit_test_setup_teardown(test_truncated_gzip, setup, teardown),
      cmocka_unit_test_setup_teardown(test_directory, setup, teardown),
      cmocka_unit_test_setup_teardown(test_open_errors, setup, teardown),
      cmocka_unit_test(test_memory),
      cmocka_unit_test(test_story_per_line),
      cmocka_unit_test(test_jsonl_fast_path),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
