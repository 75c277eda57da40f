/*
 * store.c: the SQLite event store.
 *
 * Coded articles go into three tables (articles, sentences, events; see
 * docs/schema.md) of one database file in WAL mode.  Writes are grouped:
 * dyad_store_put opens a transaction when none is open and commits it once
 * STORE_BATCH articles are in, so a run costs one fsync per batch and an
 * interrupted run leaves the database at its last committed batch.  Each
 * article is written inside a SAVEPOINT: if one article fails half way, its
 * rows are rolled back and the batch stays consistent.  Storing an article
 * id again replaces its earlier coding (old sentences and events are
 * deleted in the same transaction), so re-running over the same input never
 * duplicates rows.  All statements are prepared once at open.
 */
#include "store/store.h"

#include <assert.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================ schema */

static const char store_schema[] =
    "CREATE TABLE IF NOT EXISTS articles("
    " id TEXT PRIMARY KEY,"
    " date TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " file TEXT NOT NULL DEFAULT '',"
    " n_sentences INTEGER NOT NULL,"
    " n_events INTEGER NOT NULL,"
    " invalid_bytes INTEGER NOT NULL,"
    " coded_at TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS sentences("
    " story_id TEXT NOT NULL,"
    " idx INTEGER NOT NULL,"
    " paragraph INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " start INTEGER NOT NULL,"
    " length INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " PRIMARY KEY(story_id, idx));"
    "CREATE TABLE IF NOT EXISTS events("
    " story_id TEXT NOT NULL,"
    " sentence INTEGER NOT NULL,"
    " date TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " root TEXT NOT NULL,"
    " quad_class INTEGER NOT NULL,"
    " goldstein REAL,"
    " plover TEXT NOT NULL,"
    " source_start INTEGER, source_length INTEGER,"
    " verb_start INTEGER, verb_length INTEGER,"
    " target_start INTEGER, target_length INTEGER,"
    " pattern TEXT, pattern_file TEXT, pattern_line INTEGER,"
    " source_entry TEXT, target_entry TEXT);"
    "CREATE INDEX IF NOT EXISTS events_story ON events(story_id, sentence);"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target);"
    "CREATE INDEX IF NOT EXISTS events_code ON events(code);"
    "CREATE INDEX IF NOT EXISTS events_root ON events(root);";

/* Converts the event spans of a version-1 database, which counted bytes
 * of the sentence text, into characters (code points) as version 2 counts
 * them: SQLite's substr() of a BLOB counts bytes and length() of TEXT
 * counts characters.  NULL spans stay NULL.  The right-hand sides read
 * the row's old values, so each length is taken from the old offset. */
#define STORE_V1_CHARS(from, n)                                             \
  "(SELECT length(CAST(substr(CAST(s.text AS BLOB), " from ", " n          \
  ") AS TEXT)) FROM sentences s WHERE s.story_id = events.story_id"       \
  " AND s.idx = events.sentence)"
#define STORE_V1_SPAN(x)                                                    \
  " " x "_start = " STORE_V1_CHARS("1", "events." x "_start") ","          \
  " " x "_length = " STORE_V1_CHARS("events." x "_start + 1",              \
                                    "events." x "_length")
static const char store_migrate_v1[] =
    "UPDATE events SET" STORE_V1_SPAN("source") "," STORE_V1_SPAN("verb")
    "," STORE_V1_SPAN("target") ";";

/* The prepared statements, in the order of store_sql. */
enum {
  ST_BEGIN,
  ST_COMMIT,
  ST_SAVEPOINT,
  ST_RELEASE,
  ST_ROLLBACK_TO,
  ST_DEL_EVENTS,
  ST_DEL_SENTENCES,
  ST_PUT_ARTICLE,
  ST_PUT_SENTENCE,
  ST_PUT_EVENT,
  ST_COUNT
};

static const char *const store_sql[ST_COUNT] = {
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_SAVEPOINT] = "SAVEPOINT dyad_article",
    [ST_RELEASE] = "RELEASE dyad_article",
    [ST_ROLLBACK_TO] = "ROLLBACK TO dyad_article",
    [ST_DEL_EVENTS] = "DELETE FROM events WHERE story_id = ?1",
    [ST_DEL_SENTENCES] = "DELETE FROM sentences WHERE story_id = ?1",
    [ST_PUT_ARTICLE] =
        "INSERT OR REPLACE INTO articles(id, date, title, source, url, file,"
        " n_sentences, n_events, invalid_bytes, coded_at)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
        " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [ST_PUT_SENTENCE] =
        "INSERT OR REPLACE INTO sentences(story_id, idx, paragraph, kind,"
        " start, length, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [ST_PUT_EVENT] =
        "INSERT INTO events(story_id, sentence, date, source, target, code,"
        " root, quad_class, goldstein, plover, source_start, source_length,"
        " verb_start, verb_length, target_start, target_length, pattern,"
        " pattern_file, pattern_line, source_entry, target_entry)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
        " ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
};

struct dyad_store {
  sqlite3 *db;
  sqlite3_stmt *st[ST_COUNT];
  int in_txn;                /* a batch transaction is open */
  size_t batch;              /* articles in the open batch */
};

/* ================================================================ errors */

static int store_err(dyad_error *err, int code, const char *what,
                     const char *detail) {
  if (err) {
    memset(err, 0, sizeof *err);
    err->code = code;
    snprintf(err->msg, sizeof err->msg, "%s: %s", what,
             detail ? detail : "unknown error");
  }
  return code;
}

static int store_dberr(dyad_store *s, dyad_error *err, const char *what) {
  return store_err(err, DYAD_ERR_DB, what, sqlite3_errmsg(s->db));
}

/* Runs a prepared statement that returns no rows; SQLITE_DONE -> 0. */
static int store_step(sqlite3_stmt *st) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

/* ================================================================== open */

/* Reads PRAGMA user_version into *v; returns 0 or -1. */
static int store_user_version(sqlite3 *db, int *v) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
    return -1;
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) *v = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return rc == SQLITE_ROW ? 0 : -1;
}

static void store_free(dyad_store *s) {
  for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->st[i]);
  sqlite3_close(s->db);
  free(s);
}

/* Contract: opens or creates the database at path, switches it to WAL,
 * creates the schema if missing (converting a version-1 database's event
 * spans from bytes to characters) and prepares every statement.  Refuses a
 * database whose user_version is newer than STORE_SCHEMA_VERSION, or one
 * that is not an SQLite file (DYAD_ERR_DB).  *out is NULL on failure. */
int dyad_store_open(dyad_store **out, const char *path, dyad_error *err) {
  if (out) *out = NULL;
  if (out == NULL || path == NULL || *path == '\0')
    return store_err(err, DYAD_ERR_ARG, "dyad_store_open", "no path");
  dyad_store *s = calloc(1, sizeof *s);
  if (s == NULL) return store_err(err, DYAD_ERR_NOMEM, "store", "out of memory");
  int rc = sqlite3_open_v2(path, &s->db,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK) {
    int e = s->db ? store_err(err, DYAD_ERR_DB, path, sqlite3_errmsg(s->db))
                  : store_err(err, DYAD_ERR_NOMEM, path, "out of memory");
    store_free(s);
    return e;
  }
  sqlite3_busy_timeout(s->db, 5000);

  int version = 0;
  if (store_user_version(s->db, &version) != 0) {
    rc = store_dberr(s, err, path);
    goto fail;
  }
  if (version > STORE_SCHEMA_VERSION) {
    char m[96];
    snprintf(m, sizeof m, "schema version %d is newer than this dyad's (%d)",
             version, STORE_SCHEMA_VERSION);
    rc = store_err(err, DYAD_ERR_DB, path, m);
    goto fail;
  }
  char *emsg = NULL;
  if (sqlite3_exec(s->db,
                   "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                   NULL, NULL, &emsg) != SQLITE_OK ||
      sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, &emsg) != SQLITE_OK) {
    rc = store_err(err, DYAD_ERR_DB, path, emsg);
    sqlite3_free(emsg);
    goto fail;
  }
  /* again under the write lock: another run may have converted it since */
  if (store_user_version(s->db, &version) != 0) {
    rc = store_dberr(s, err, path);
    goto fail;
  }
  char pragma[64];
  snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d",
           STORE_SCHEMA_VERSION);
  if ((version == 1 && sqlite3_exec(s->db, store_migrate_v1, NULL, NULL,
                                    &emsg) != SQLITE_OK) ||
      sqlite3_exec(s->db, store_schema, NULL, NULL, &emsg) != SQLITE_OK ||
      sqlite3_exec(s->db, pragma, NULL, NULL, &emsg) != SQLITE_OK ||
      sqlite3_exec(s->db, "COMMIT", NULL, NULL, &emsg) != SQLITE_OK) {
    rc = store_err(err, DYAD_ERR_DB, path, emsg);
    sqlite3_free(emsg);
    goto fail;
  }
  for (int i = 0; i < ST_COUNT; i++) {
    if (sqlite3_prepare_v3(s->db, store_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                           &s->st[i], NULL) != SQLITE_OK) {
      rc = store_dberr(s, err, "prepare");
      goto fail;
    }
  }
  *out = s;
  return DYAD_OK;
fail:
  store_free(s);
  return rc;
}

/* =================================================================== put */

/* Binds a C string (NULL = ""); SQLITE_TRANSIENT is not needed: the
 * statement is stepped before the strings can change. */
static int bind_text(sqlite3_stmt *st, int i, const char *v) {
  return sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

/* Binds v, or NULL when v is NULL or empty (explain columns). */
static int bind_opt_text(sqlite3_stmt *st, int i, const char *v) {
  if (v == NULL || *v == '\0') return sqlite3_bind_null(st, i);
  return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

/* Binds a span as two columns, both NULL when it is empty. */
static void bind_span(sqlite3_stmt *st, int i, const char *text,
                      dyad_span sp) {
  if (sp.length == 0) {
    sqlite3_bind_null(st, i);
    sqlite3_bind_null(st, i + 1);
  } else {
    sp = dyad_span_chars(text, sp);
    sqlite3_bind_int64(st, i, sp.offset);
    sqlite3_bind_int64(st, i + 1, sp.length);
  }
}

static const char *store_kind(dyad_sentence_kind k) {
  switch (k) {
  case DYAD_SENT_HEADLINE: return "headline";
  case DYAD_SENT_CAPTION: return "caption";
  case DYAD_SENT_BODY: break;
  }
  return "body";
}

/* Writes the rows of one article; the caller holds the savepoint.
 * Returns 0 or -1 (SQLite error in s->db). */
static int store_rows(dyad_store *s, const dyad_article *a,
                      const dyad_result *r) {
  assert(s != NULL && s->in_txn && a != NULL && a->id != NULL && r != NULL);
  sqlite3_stmt *st;
  size_t ns = dyad_result_sentences(r), ne = dyad_result_events(r);

  for (int k = ST_DEL_EVENTS; k <= ST_DEL_SENTENCES; k++) {
    st = s->st[k];
    bind_text(st, 1, a->id);
    if (store_step(st) != 0) return -1;
  }

  st = s->st[ST_PUT_ARTICLE];
  bind_text(st, 1, a->id);
  bind_text(st, 2, a->date);
  bind_text(st, 3, a->title);
  bind_text(st, 4, a->source);
  bind_text(st, 5, a->url);
  bind_text(st, 6, a->file);
  sqlite3_bind_int64(st, 7, (sqlite3_int64)ns);
  sqlite3_bind_int64(st, 8, (sqlite3_int64)ne);
  sqlite3_bind_int64(st, 9, (sqlite3_int64)dyad_result_invalid_bytes(r));
  if (store_step(st) != 0) return -1;

  st = s->st[ST_PUT_SENTENCE];
  for (size_t i = 0; i < ns; i++) {
    const dyad_sentence *se = dyad_result_sentence(r, i);
    bind_text(st, 1, a->id);
    sqlite3_bind_int64(st, 2, se->index);
    sqlite3_bind_int64(st, 3, se->paragraph);
    bind_text(st, 4, store_kind(se->kind));
    sqlite3_bind_int64(st, 5, se->span.offset);
    sqlite3_bind_int64(st, 6, se->span.length);
    bind_text(st, 7, se->text);
    if (store_step(st) != 0) return -1;
  }

  st = s->st[ST_PUT_EVENT];
  for (size_t i = 0; i < ne; i++) {
    const dyad_event *ev = dyad_result_event(r, i);
    const dyad_explain *x = &ev->explain;
    bind_text(st, 1, a->id);
    sqlite3_bind_int64(st, 2, ev->sentence);
    bind_text(st, 3, ev->date ? ev->date : a->date);
    bind_text(st, 4, ev->source);
    bind_text(st, 5, ev->target);
    bind_text(st, 6, ev->code);
    bind_text(st, 7, ev->root);
    sqlite3_bind_int(st, 8, ev->quad_class);
    if (ev->quad_class != 0 && !isnan(ev->goldstein))
      sqlite3_bind_double(st, 9, round(ev->goldstein * 10.0) / 10.0);
    else
      sqlite3_bind_null(st, 9);
    bind_text(st, 10, ev->plover);
    bind_span(st, 11, ev->text, x->source_span);
    bind_span(st, 13, ev->text, x->verb_span);
    bind_span(st, 15, ev->text, x->target_span);
    bind_opt_text(st, 17, x->pattern);
    bind_opt_text(st, 18, x->pattern_file);
    if (x->pattern_line)
      sqlite3_bind_int64(st, 19, x->pattern_line);
    else
      sqlite3_bind_null(st, 19);
    bind_opt_text(st, 20, x->source_entry);
    bind_opt_text(st, 21, x->target_entry);
    if (store_step(st) != 0) return -1;
  }
  return 0;
}

/* Contract: a must have a non-empty id and a date (DYAD_ERR_ARG).  Opens a
 * batch transaction if none is open, writes the article inside a savepoint
 * (undone on failure, leaving the batch as it was) and commits when the
 * batch holds STORE_BATCH articles.  Errors: DYAD_ERR_DB. */
int dyad_store_put(dyad_store *s, const dyad_article *a, const dyad_result *r,
                   dyad_error *err) {
  if (s == NULL || a == NULL || r == NULL || a->id == NULL ||
      a->id[0] == '\0' || a->date == NULL)
    return store_err(err, DYAD_ERR_ARG, "dyad_store_put",
                     "article without id or date");
  if (!s->in_txn) {
    if (store_step(s->st[ST_BEGIN]) != 0)
      return store_dberr(s, err, "begin");
    s->in_txn = 1;
    s->batch = 0;
  }
  if (store_step(s->st[ST_SAVEPOINT]) != 0)
    return store_dberr(s, err, "savepoint");
  if (store_rows(s, a, r) != 0) {
    int rc = store_dberr(s, err, a->id);
    store_step(s->st[ST_ROLLBACK_TO]);
    store_step(s->st[ST_RELEASE]);
    return rc;
  }
  if (store_step(s->st[ST_RELEASE]) != 0)
    return store_dberr(s, err, "release");
  if (++s->batch >= STORE_BATCH) return dyad_store_commit(s, err);
  return DYAD_OK;
}

/* Commits the open batch, if any.  On failure the batch is rolled back
 * (SQLite has already undone it or does so now) and DYAD_ERR_DB returned. */
int dyad_store_commit(dyad_store *s, dyad_error *err) {
  if (s == NULL) return store_err(err, DYAD_ERR_ARG, "dyad_store_commit", "NULL store");
  if (!s->in_txn) return DYAD_OK;
  if (store_step(s->st[ST_COMMIT]) != 0) {
    int rc = store_dberr(s, err, "commit");
    if (!sqlite3_get_autocommit(s->db))
      sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    s->in_txn = 0;
    s->batch = 0;
    return rc;
  }
  s->in_txn = 0;
  s->batch = 0;
  return DYAD_OK;
}

int dyad_store_close(dyad_store *s, dyad_error *err) {
  if (s == NULL) return DYAD_OK;
  int rc = dyad_store_commit(s, err);
  for (int i = 0; i < ST_COUNT; i++) {
    sqlite3_finalize(s->st[i]);
    s->st[i] = NULL;
  }
  if (sqlite3_close(s->db) != SQLITE_OK) {
    if (rc == DYAD_OK) rc = store_dberr(s, err, "close");
    sqlite3_close_v2(s->db); /* closes once nothing is pending */
  }
  free(s);
  return rc;
}
