/*
 * test_store.c: the SQLite event store (src/store).
 *
 * Stores hand-built results and reads the database back with plain SQLite:
 * row counts and values, replacement of an article coded twice, batch
 * commits, a run killed in the middle of a batch (a forked child that
 * exits without closing), reopening, and refusal of foreign files.
 */
#include "testutil.h"

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "code/result.h"
#include "dyad.h"
#include "store/store.h"

typedef struct fixture {
  char dir[64];
  char path[128];
  dyad_article a;
  dyad_result *r;
} fixture;

/* Fills r with n_events events in sentence 1 of a two-sentence article. */
static void fill(fixture *f, const char *id, int n_events) {
  f->a.id = id;
  result_reset(f->r, &f->a);
  dyad_sentence s = {0};
  s.index = 1;
  s.paragraph = 1;
  s.kind = DYAD_SENT_HEADLINE;
  s.span = (dyad_span){0, 29};
  s.text = result_strdup(f->r, "Russia and China sign a deal.", 29);
  const char *first_text = s.text; /* the events' sentence */
  assert_non_null(result_add_sentence(f->r, &s));
  s.index = 2;
  s.kind = DYAD_SENT_CAPTION;
  s.span = (dyad_span){30, 10};
  s.text = "Photo: AP.";
  assert_non_null(result_add_sentence(f->r, &s));
  for (int i = 0; i < n_events; i++) {
    dyad_event e = {0};
    e.story_id = id;
    e.sentence = 1;
    e.date = "2024-03-01";
    e.source = "RUS";
    e.target = i == 0 ? "CHN" : "USA";
    e.code = i == 0 ? "057" : "903";
    e.root = i == 0 ? "05" : "";
    e.quad_class = i == 0 ? 1 : 0;
    e.goldstein = i == 0 ? 8.0 : 0.0;
    e.plover = i == 0 ? "SUPPORT" : "";
    e.text = first_text;
    e.explain.pattern = i == 0 ? "SIGN * AGREEMENT" : "";
    e.explain.pattern_file = "";
    e.explain.source_entry = "";
    e.explain.target_entry = "";
    if (i == 0) {
      e.explain.verb_span = (dyad_span){17, 4};
      e.explain.pattern_line = 12;
    }
    assert_non_null(result_add_event(f->r, &e));
  }
  f->r->invalid_bytes = 2;
}

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  assert_non_null(f);
  snprintf(f->dir, sizeof f->dir, "/tmp/dyad_store_XXXXXX");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
  f->a.date = "2024-03-01";
  f->a.title = "Talks";
  f->a.source = "example.org";
  f->a.url = "https://example.org/1";
  f->a.file = "in.jsonl";
  f->a.text = "";
  f->r = dyad_result_new();
  assert_non_null(f->r);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  char p[192];
  const char *suffix[] = {"", "-wal", "-shm", "-journal"};
  for (int i = 0; i < 4; i++) {
    snprintf(p, sizeof p, "%s%s", f->path, suffix[i]);
    unlink(p);
  }
  rmdir(f->dir);
  dyad_result_free(f->r);
  free(f);
  return 0;
}

/* Runs a one-value query on the database at path; returns it as an int. */
static long long query_int(const char *path, const char *sql) {
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long long v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

/* Same, for a text value, copied into buf. */
static const char *query_text(const char *path, const char *sql, char *buf,
                              size_t cap) {
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  const unsigned char *t = sqlite3_column_text(st, 0);
  snprintf(buf, cap, "%s", t ? (const char *)t : "(null)");
  sqlite3_finalize(st);
  sqlite3_close(db);
  return buf;
}

static void test_put_and_read_back(void **state) {
  fixture *f = *state;
  dyad_store *s = NULL;
  dyad_error err;
  char buf[256];
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "a1", 2);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);

  assert_int_equal(query_int(f->path, "PRAGMA user_version"),
                   STORE_SCHEMA_VERSION);
  assert_string_equal(query_text(f->path, "PRAGMA journal_mode", buf, sizeof buf),
                      "wal");
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 1);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM sentences"), 2);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM events"), 2);
  assert_string_equal(
      query_text(f->path,
                 "SELECT id||'|'||date||'|'||title||'|'||source||'|'||url||'|'"
                 "||file||'|'||n_sentences||'|'||n_events||'|'||invalid_bytes"
                 " FROM articles",
                 buf, sizeof buf),
      "a1|2024-03-01|Talks|example.org|https://example.org/1|in.jsonl|2|2|2");
  assert_int_equal(query_int(f->path, "SELECT length(coded_at) FROM articles"),
                   20);
  assert_string_equal(
      query_text(f->path,
                 "SELECT group_concat(idx||':'||paragraph||':'||kind||':'||start"
                 "||':'||length||':'||text, '|') FROM"
                 " (SELECT * FROM sentences ORDER BY idx)",
                 buf, sizeof buf),
      "1:1:headline:0:29:Russia and China sign a deal.|"
      "2:1:caption:30:10:Photo: AP.");
  assert_string_equal(
      query_text(f->path,
                 "SELECT story_id||'|'||sentence||'|'||date||'|'||source||'|'"
                 "||target||'|'||code||'|'||root||'|'||quad_class||'|'"
                 "||printf('%.1f', goldstein)||'|'||plover||'|'"
                 "||verb_start||':'||verb_length||'|'||pattern||'|'"
                 "||pattern_line||'|'||(source_start IS NULL)"
                 "||(pattern_file IS NULL)"
                 " FROM events WHERE code = '057'",
                 buf, sizeof buf),
      "a1|1|2024-03-01|RUS|CHN|057|05|1|8.0|SUPPORT|17:4|SIGN * AGREEMENT|12|11");
  /* A code outside CAMEO: quad 0, no Goldstein, no explain. */
  assert_string_equal(
      query_text(f->path,
                 "SELECT root||'|'||quad_class||'|'||(goldstein IS NULL)||'|'"
                 "||plover||'|'||(verb_start IS NULL)||(pattern IS NULL)"
                 "||(pattern_line IS NULL)"
                 " FROM events WHERE code = '903'",
                 buf, sizeof buf),
      "|0|1||111");
  /* The indexes exist. */
  assert_int_equal(
      query_int(f->path, "SELECT count(*) FROM sqlite_master WHERE type='index'"
                         " AND name IN ('events_date','events_source',"
                         "'events_target','events_code','events_root',"
                         "'events_story')"),
      6);
}

static void test_replace_not_duplicate(void **state) {
  fixture *f = *state;
  dyad_store *s = NULL;
  dyad_error err;
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "a1", 2);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  fill(f, "b2", 2);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  /* Same id again in the same batch, now with one event. */
  fill(f, "a1", 1);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 2);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM sentences"), 4);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM events"), 3);
  assert_int_equal(
      query_int(f->path, "SELECT count(*) FROM events WHERE story_id='a1'"), 1);
  assert_int_equal(
      query_int(f->path, "SELECT n_events FROM articles WHERE id='a1'"), 1);

  /* And again in a later run (a new batch after reopening), with none. */
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "a1", 0);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 2);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM sentences"), 4);
  assert_int_equal(
      query_int(f->path, "SELECT count(*) FROM events WHERE story_id='a1'"), 0);
  assert_int_equal(
      query_int(f->path, "SELECT count(*) FROM events WHERE story_id='b2'"), 2);
}

static void test_explicit_commit_visible(void **state) {
  fixture *f = *state;
  dyad_store *s = NULL;
  dyad_error err;
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "a1", 1);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  /* Not committed yet: another connection sees nothing. */
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 0);
  assert_int_equal(dyad_store_commit(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 1);
  /* Committing with no open batch is a no-op. */
  assert_int_equal(dyad_store_commit(s, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
}

/* A full batch is committed by put itself; a run killed afterwards keeps
 * exactly the committed batches. */
static void test_batch_and_interrupted_run(void **state) {
  fixture *f = *state;
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    dyad_store *s = NULL;
    if (dyad_store_open(&s, f->path, NULL) != DYAD_OK) _exit(2);
    char id[32];
    for (int i = 0; i < STORE_BATCH + 7; i++) {
      snprintf(id, sizeof id, "art%04d", i);
      fill(f, id, 1);
      if (dyad_store_put(s, &f->a, f->r, NULL) != DYAD_OK) _exit(3);
    }
    _exit(0); /* killed: no commit, no close */
  }
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"),
                   STORE_BATCH);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM events"),
                   STORE_BATCH);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM sentences"),
                   2 * STORE_BATCH);
  assert_int_equal(
      query_int(f->path, "SELECT count(*) FROM articles WHERE id='art0500'"), 0);

  /* The database is usable after the crash: reopen, add, close. */
  dyad_store *s = NULL;
  dyad_error err;
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "art0500", 1);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"),
                   STORE_BATCH + 1);
  char buf[64];
  assert_string_equal(query_text(f->path, "PRAGMA integrity_check", buf,
                                 sizeof buf),
                      "ok");
}

static void test_refuses_foreign_files(void **state) {
  fixture *f = *state;
  dyad_store *s = (dyad_store *)1;
  dyad_error err;
  /* Not an SQLite file. */
  FILE *fp = fopen(f->path, "w");
  assert_non_null(fp);
  fputs("this is not a database, just some text that is long enough\n", fp);
  fclose(fp);
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_ERR_DB);
  assert_null(s);
  assert_int_equal(err.code, DYAD_ERR_DB);
  assert_non_null(strstr(err.msg, "not a database"));
  unlink(f->path);

  /* A newer schema. */
  sqlite3 *db = NULL;
  assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "PRAGMA user_version=99", NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_close(db);
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_ERR_DB);
  assert_non_null(strstr(err.msg, "schema version 99"));

  /* A directory that does not exist. */
  assert_int_equal(dyad_store_open(&s, "/nonexistent/dir/x.db", &err),
                   DYAD_ERR_DB);
  assert_int_equal(dyad_store_open(&s, "", &err), DYAD_ERR_ARG);
}

/* A version-1 database (spans in bytes) is converted on open: spans
 * count characters after it, NULL spans stay NULL, the version is 2. */
static void test_v1_spans_converted(void **state) {
  fixture *f = *state;
  dyad_store *s = NULL;
  dyad_error err;
  char buf[256];
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "a1", 2);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  /* what dyad of schema 1 wrote for a sentence with curly quotes (3 bytes
   * each): "sign" at byte 23, character 19 */
  sqlite3 *db = NULL;
  assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
  assert_int_equal(
      sqlite3_exec(db,
                   "UPDATE sentences SET text = '\xe2\x80\x9cRussia\xe2\x80"
                   "\x9d and China sign a deal.' WHERE idx = 1;"
                   "UPDATE events SET source_start = 3, source_length = 6,"
                   " verb_start = 23, verb_length = 4 WHERE code = '057';"
                   "PRAGMA user_version = 1;",
                   NULL, NULL, NULL),
      SQLITE_OK);
  sqlite3_close(db);
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "PRAGMA user_version"), 2);
  assert_string_equal(
      query_text(f->path,
                 "SELECT source_start||':'||source_length||' '||verb_start||"
                 "':'||verb_length||' '||ifnull(target_start, 'null')"
                 " FROM events WHERE code = '057'",
                 buf, sizeof buf),
      "1:6 19:4 null");
  assert_string_equal(
      query_text(f->path,
                 "SELECT ifnull(verb_start, 'null') FROM events"
                 " WHERE code = '903'",
                 buf, sizeof buf),
      "null");
  /* opened again, a version-2 database is not converted twice */
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_string_equal(
      query_text(f->path,
                 "SELECT verb_start||':'||verb_length FROM events"
                 " WHERE code = '057'",
                 buf, sizeof buf),
      "19:4");
}

static void test_bad_article(void **state) {
  fixture *f = *state;
  dyad_store *s = NULL;
  dyad_error err;
  assert_int_equal(dyad_store_open(&s, f->path, &err), DYAD_OK);
  fill(f, "", 1);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_ERR_ARG);
  fill(f, "ok", 1);
  assert_int_equal(dyad_store_put(s, &f->a, f->r, &err), DYAD_OK);
  assert_int_equal(dyad_store_close(s, &err), DYAD_OK);
  assert_int_equal(query_int(f->path, "SELECT count(*) FROM articles"), 1);
  assert_int_equal(dyad_store_close(NULL, &err), DYAD_OK);
}

int main(void) {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
  const struct CMUnitTest tests[] = {
      T(test_put_and_read_back),
      T(test_replace_not_duplicate),
      T(test_explicit_commit_visible),
      T(test_batch_and_interrupted_run),
      T(test_refuses_foreign_files),
      T(test_v1_spans_converted),
      T(test_bad_article),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
