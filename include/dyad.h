/*
 * dyad.h: the public interface of libdyad, a political event coder.
 *
 * libdyad turns dated news articles into event records (who did what to
 * whom, when) coded in the CAMEO ontology, with PLOVER types alongside.
 * The pipeline is: read (articles from files) -> text (UTF-8 repair,
 * normalization, sentences) -> tag (tokens, parts of speech) -> dict
 * (actor, agent and verb dictionaries) -> code (events) -> write/store.
 *
 * Conventions, stated once for the whole interface:
 *   - Every function that can fail returns an int: DYAD_OK (0) on success,
 *     a positive value for a non-error outcome (DYAD_END, DYAD_REJECT), and
 *     a negative dyad_status on error.  When it takes a dyad_error*, that
 *     struct is filled with a message (it may be NULL if the caller does not
 *     want one).
 *   - Handles are opaque and created by dyad_X_new/open, released by
 *     dyad_X_free/close; a NULL handle is accepted by every free/close.
 *   - Strings returned through structs point into memory owned by the handle
 *     that produced them and stay valid until that handle's next call that
 *     produces new data (documented per function), or until it is freed.
 *   - The library never prints, never exits and has no global mutable
 *     state.  A dyad_engine is read-only after creation and may be shared by
 *     threads; each thread codes into its own dyad_result.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

/* ===================================================================== */
/* Status codes and errors                                               */
/* ===================================================================== */

typedef enum dyad_status {
  DYAD_OK = 0,
  DYAD_END = 1,          /* iteration is over (reader exhausted) */
  DYAD_REJECT = 2,       /* one record was rejected; see dyad_error */
  DYAD_ERR_IO = -1,      /* read or write failed (errno in dyad_error) */
  DYAD_ERR_NOMEM = -2,   /* allocation failed */
  DYAD_ERR_FORMAT = -3,  /* malformed input that cannot be skipped */
  DYAD_ERR_ARG = -4,     /* invalid argument from the caller */
  DYAD_ERR_DB = -5,      /* SQLite reported an error */
  DYAD_ERR_DICT = -6     /* dictionary could not be loaded or compiled */
} dyad_status;

/* Why an input record was rejected.  Counted per reason by the CLI. */
typedef enum dyad_reject_reason {
  DYAD_REJ_NONE = 0,
  DYAD_REJ_BAD_JSON,     /* line is not a JSON object */
  DYAD_REJ_NO_DATE,      /* no date field / no date line */
  DYAD_REJ_BAD_DATE,     /* date present but not a valid calendar date */
  DYAD_REJ_NO_TEXT,      /* no text, or text empty after trimming */
  DYAD_REJ_TOO_LONG,     /* record longer than the reader's limit */
  DYAD_REJ_BINARY,       /* record looks like binary data (NUL bytes, ...) */
  DYAD_REJ_TRUNCATED,    /* compressed stream ended early or is corrupt */
  DYAD_REJ_UNREADABLE,   /* a file in a directory could not be opened */
  DYAD_REJ_COUNT
} dyad_reject_reason;

/* Short stable name of a reason ("bad_json", "no_date", ...). */
const char *dyad_reject_reason_name(dyad_reject_reason reason);

/* Filled by functions that fail or reject.  file/line locate the problem
 * in the input when known (line 0 = unknown); col is 1-based or 0. */
typedef struct dyad_error {
  int code;                  /* dyad_status, or dyad_reject_reason on REJECT */
  long line;
  long col;
  char file[512];
  char msg[512];
} dyad_error;

/* Human-readable description of a dyad_status. */
const char *dyad_strerror(int status);

/* ===================================================================== */
/* Articles and readers (src/read)                                       */
/* ===================================================================== */

/* One input article.  All strings are NUL-terminated; optional ones are
 * "" when absent (never NULL).  date is always YYYY-MM-DD. */
typedef struct dyad_article {
  const char *id;
  const char *date;
  const char *title;
  const char *source;       /* publisher / source domain */
  const char *url;
  const char *text;         /* raw bytes as read; may hold invalid UTF-8 */
  size_t text_len;
  const char *file;         /* where the record came from ("-" = stdin) */
  long line;                /* 1-based line of the record's start, 0 if n/a */
} dyad_article;

typedef enum dyad_input_format {
  DYAD_IN_AUTO = 0,         /* decided per file from its content */
  DYAD_IN_JSONL,            /* one JSON object per line */
  DYAD_IN_DATED,            /* "date YYYY-MM-DD" then the body */
  DYAD_IN_TEXT              /* plain text; needs a default date */
} dyad_input_format;

typedef struct dyad_reader_opts {
  dyad_input_format format;
  const char *default_date;   /* YYYY-MM-DD for plain text; NULL = none */
  size_t max_record_bytes;    /* 0 = default (16 MiB) */
  int story_per_line;         /* plain and dated text: each non-blank line
                                 is a story of its own (0 = the whole file
                                 is one story); JSON Lines are per line
                                 anyway */
} dyad_reader_opts;

typedef struct dyad_reader dyad_reader;

/* Parses a format name ("auto", "jsonl", "dated", "text"); -1 if unknown. */
int dyad_input_format_parse(const char *name);

/* Opens PATH: a file (plain or gzip), a directory (read recursively, files
 * in byte order of their paths) or "-" for stdin.  opts may be NULL.
 * Returns DYAD_OK or DYAD_ERR_IO / DYAD_ERR_ARG with err filled. */
int dyad_reader_open(dyad_reader **out, const char *path,
                     const dyad_reader_opts *opts, dyad_error *err);

/* Reads the next article into *out.  Returns:
 *   DYAD_OK      *out is valid until the next call on this reader;
 *   DYAD_REJECT  one record was skipped; err->code is its
 *                dyad_reject_reason, err->file/line/msg say where and why;
 *   DYAD_END     no more input;
 *   DYAD_ERR_IO  a read failed; the reader cannot go on. */
int dyad_reader_next(dyad_reader *r, dyad_article *out, dyad_error *err);

/* Bytes consumed so far (compressed bytes for gzip), for progress. */
uint64_t dyad_reader_bytes(const dyad_reader *r);

void dyad_reader_close(dyad_reader *r);

/* Stable id for an article without one: hex digest of source, date and
 * text.  Writes 16 hex digits and a NUL into buf (size >= 17). */
void dyad_article_make_id(const char *source, const char *date,
                          const char *text, size_t text_len, char buf[17]);

/* ===================================================================== */
/* CAMEO and PLOVER code tables (src/ontology)                           */
/* ===================================================================== */

typedef struct dyad_code_info {
  const char *code;        /* "0234" */
  const char *root;        /* "02" */
  const char *name;
  int quad_class;          /* 1 verbal coop .. 4 material conflict */
  double goldstein;
  const char *plover;      /* PLOVER event type, "" when unmapped */
} dyad_code_info;

/* Looks a CAMEO event code up; NULL if it is not a CAMEO code. */
const dyad_code_info *dyad_cameo_code(const char *code);
/* Number of codes in the table and the i-th one (0-based), for listing. */
size_t dyad_cameo_count(void);
const dyad_code_info *dyad_cameo_at(size_t i);

/* ===================================================================== */
/* Dictionaries (src/dict)                                               */
/* ===================================================================== */

/* Actor, agent and verb dictionaries in the PETRARCH 2 / Phoenix or TABARI
 * text formats, or compiled into a .dyd file (docs/dictionaries.md).  The
 * engine queries them through src/dict/dict.h. */
typedef struct dyad_dict dyad_dict;

/* Opens a dictionary.  path is a directory of text dictionaries, a list
 * of text files separated by ':', or a compiled .dyd file (mmapped).  For
 * text dictionaries and a non-NULL cache_dir, the compiled form is kept in
 * cache_dir under the hash of the sources, so the next open of the same
 * sources only maps that file.  Problems in text lines are skipped.
 * Errors: DYAD_ERR_DICT (not a dictionary, corrupt .dyd), DYAD_ERR_IO,
 * DYAD_ERR_NOMEM. */
int dyad_dict_open(dyad_dict **out, const char *path, const char *cache_dir,
                   dyad_error *err);

/* Compiles text dictionaries at path into out_file (.dyd): deterministic,
 * byte-identical for identical sources.  Returns DYAD_OK or an error. */
int dyad_dict_compile(const char *path, const char *out_file,
                      dyad_error *err);

void dyad_dict_free(dyad_dict *d);

/* ===================================================================== */
/* Engine and results (src/code)                                         */
/* ===================================================================== */

typedef struct dyad_engine dyad_engine;
typedef struct dyad_result dyad_result;

typedef struct dyad_engine_opts {
  const char *dict_path;     /* directory of text dictionaries, a list of
                                files separated by ':', or a compiled .dyd;
                                NULL = dyad's default dictionaries */
  const char *cache_dir;     /* where compiled text dictionaries are cached;
                                NULL = no cache */
  int require_dyad;          /* -1 = dictionary default, 0/1 override */
  const char *const *options; /* NULL, or "key=value" strings ended by a
                                NULL that override the dictionary's
                                options file (later ones win): the keys
                                dyad reads are require_dyad, code_negated,
                                code_rejected_appeals,
                                the count options (TABARI's comma_min,
                                comma_max, comma_bmin, comma_bmax,
                                comma_emin, comma_emax: comma clauses of
                                min..max words are not coded, off unless a
                                max is set here: a dictionary's comma_*
                                values are not read, as PETRARCH 2 does
                                not apply them; PETRARCH's new_actor_length:
                                uncoded noun phrases of up to that many
                                words are new actors, 0 off) and the code
                                options of docs/dictionaries.md
                                (reciprocal_codes, ...).  Read only by
                                dyad_engine_new. */
} dyad_engine_opts;

/* Creates an engine: loads dictionaries and code tables.  opts may be
 * NULL.  Errors: DYAD_ERR_DICT, DYAD_ERR_IO, DYAD_ERR_NOMEM, and
 * DYAD_ERR_ARG for an option override without '=', with a key dyad does
 * not read (e.g. PETRARCH's stop_on_error) or with a bad value (a
 * require_dyad that is no boolean, a count that is not 0 to 999999999 in
 * digits, a code list with a word that is no CAMEO code). */
int dyad_engine_new(dyad_engine **out, const dyad_engine_opts *opts,
                    dyad_error *err);
void dyad_engine_free(dyad_engine *e);

/* The engine's dictionary, or NULL when it has none. */
const struct dyad_dict *dyad_engine_dict(const dyad_engine *e);

/* Byte range into the article's text (the raw bytes as read). */
typedef struct dyad_span {
  uint32_t offset;
  uint32_t length;
} dyad_span;

/* The same range counted in Unicode code points instead of bytes: offset
 * is the number of code points of text before sp, length the number inside
 * it.  text must be valid UTF-8 (the coder's sentence texts are) and sp
 * must lie within it.  The writers (JSON Lines, TSV, SQLite) report spans
 * this way, because Python strings and SQL substr() index by character;
 * a C caller slicing bytes uses the dyad_span as it is. */
dyad_span dyad_span_chars(const char *text, dyad_span sp);

typedef enum dyad_sentence_kind {
  DYAD_SENT_BODY = 0,
  DYAD_SENT_HEADLINE,       /* the title, or a headline line in the body */
  DYAD_SENT_CAPTION         /* photo caption / credit line: not coded */
} dyad_sentence_kind;

typedef struct dyad_sentence {
  uint32_t index;           /* 1-based within the story */
  uint32_t paragraph;       /* 1-based */
  dyad_sentence_kind kind;
  dyad_span span;           /* into dyad_article.text */
  const char *text;         /* valid UTF-8, whitespace runs collapsed */
  uint32_t n_events;
} dyad_sentence;

/* What matched, for --explain.  Spans are into the sentence's text. */
typedef struct dyad_explain {
  dyad_span source_span, verb_span, target_span;
  const char *pattern;      /* the verb pattern as written, "" if none */
  const char *pattern_file;
  uint32_t pattern_line;
  const char *source_entry; /* actor entry "FILE:LINE phrase" */
  const char *target_entry;
} dyad_explain;

typedef struct dyad_event {
  const char *story_id;
  uint32_t sentence;        /* 1-based index of the sentence */
  const char *date;         /* YYYY-MM-DD: the story date for now */
  const char *source;       /* CAMEO actor code, "" when absent */
  const char *target;
  const char *code;         /* CAMEO event code, e.g. "0234" */
  const char *root;         /* "02" */
  int quad_class;
  double goldstein;
  const char *plover;       /* PLOVER event type, "" when unmapped */
  const char *text;         /* the sentence */
  dyad_explain explain;
  /* Reserved for coming stages; NULL until they exist:
   * event_date (date of the event from the text), reporter (who reported
   * it), certainty (hedges), location (geocoded place). */
  const char *event_date;
  const char *reporter;
  const char *certainty;
  const char *location;
} dyad_event;

/* Workspace and output of coding one article.  Reused across articles:
 * memory grows to the largest article and is then recycled. */
dyad_result *dyad_result_new(void);
void dyad_result_free(dyad_result *r);

/* Codes one article.  The result's previous content is discarded; its
 * strings stay valid until the next dyad_code_article on the same result.
 * Never fails on text content: invalid UTF-8 is replaced and counted.
 * Returns DYAD_OK or DYAD_ERR_NOMEM. */
int dyad_code_article(const dyad_engine *e, const dyad_article *a,
                      dyad_result *r, dyad_error *err);

/* Lends the coding scratch space of `lender` (tokens, tags, pattern memo,
 * story context) to r: dyad_code_article(.., r, ..) then works in the
 * lender's workspace instead of r's own.  A thread that codes many
 * results, as `dyad code -j N` does, keeps one warm workspace this way.
 * The lender must outlive r's use and must not be coded with by another
 * thread at the same time.  NULL gives r back its own scratch space. */
void dyad_result_borrow_scratch(dyad_result *r, dyad_result *lender);

size_t dyad_result_sentences(const dyad_result *r);
const dyad_sentence *dyad_result_sentence(const dyad_result *r, size_t i);
size_t dyad_result_events(const dyad_result *r);
const dyad_event *dyad_result_event(const dyad_result *r, size_t i);
/* Invalid UTF-8 sequences replaced with U+FFFD in the last article. */
size_t dyad_result_invalid_bytes(const dyad_result *r);

/* ===================================================================== */
/* Writers (src/write) and the SQLite store (src/store)                  */
/* ===================================================================== */

typedef enum dyad_output_format {
  DYAD_OUT_TSV = 0,
  DYAD_OUT_JSONL,
  DYAD_OUT_SENTENCES       /* readable per-sentence listing (make run) */
} dyad_output_format;

#define DYAD_WRITE_EXPLAIN 1u  /* add explain columns / spans */

typedef struct dyad_writer dyad_writer;

/* Parses "tsv", "jsonl", "sentences"; -1 if unknown. */
int dyad_output_format_parse(const char *name);

/* Writes to fp, which stays owned by the caller.  TSV writes its header
 * at open. Returns DYAD_OK or DYAD_ERR_IO. */
int dyad_writer_open(dyad_writer **out, FILE *fp, dyad_output_format fmt,
                     unsigned flags, dyad_error *err);
/* Writes the events (and for DYAD_OUT_SENTENCES the sentences) of one
 * coded article.  Returns DYAD_ERR_IO if the stream reported an error. */
int dyad_writer_write(dyad_writer *w, const dyad_article *a,
                      const dyad_result *r, dyad_error *err);
/* Flushes and frees; returns DYAD_ERR_IO if any write failed. */
int dyad_writer_close(dyad_writer *w, dyad_error *err);

typedef struct dyad_store dyad_store;

/* Opens (creating if needed) an SQLite event store at path. */
int dyad_store_open(dyad_store **out, const char *path, dyad_error *err);
/* Adds one coded article, replacing any earlier coding of the same id.
 * Articles are grouped in transactions of a batch; an interrupted run
 * leaves the database at the last committed batch. */
int dyad_store_put(dyad_store *s, const dyad_article *a,
                   const dyad_result *r, dyad_error *err);
/* Commits the open batch (also done every few hundred articles). */
int dyad_store_commit(dyad_store *s, dyad_error *err);
/* Commits and closes. */
int dyad_store_close(dyad_store *s, dyad_error *err);

/* ===================================================================== */
/* Corpus survey (src/survey)                                            */
/* ===================================================================== */

/* Counts the capitalised names (runs of proper nouns) that a dictionary
 * does not cover, over any number of articles, so curators see which
 * actors are missing (`dyad names`, docs/names.md).  One survey belongs to
 * one thread; the engine is only read. */
typedef struct dyad_survey dyad_survey;

typedef struct dyad_survey_opts {
  size_t max_names;          /* distinct names kept; 0 = 1,000,000.  Once
                                full, names already kept are still counted
                                and new ones are dropped (and counted) */
} dyad_survey_opts;

/* One unknown name.  Strings are owned by the survey. */
typedef struct dyad_survey_name {
  const char *name;          /* as written: "Abu Bakr al-Baghdadi" */
  uint64_t count;            /* mentions */
  const char *story;         /* id of the first story that mentions it */
  const char *sentence;      /* that mention's sentence (cut at 400 bytes) */
} dyad_survey_name;

typedef struct dyad_survey_stats {
  uint64_t articles;         /* articles added */
  uint64_t sentences;        /* body sentences scanned */
  uint64_t mentions;         /* unknown-name mentions counted */
  uint64_t distinct;         /* distinct unknown names (reportable ones) */
  uint64_t dropped;          /* mentions of new names dropped: table full */
} dyad_survey_stats;

/* Creates an empty survey; opts may be NULL.  DYAD_OK or DYAD_ERR_NOMEM. */
int dyad_survey_new(dyad_survey **out, const dyad_survey_opts *opts,
                    dyad_error *err);

/* Splits the article into sentences (into r, as dyad_code_article does but
 * without coding), tags each body sentence and counts its names that no
 * actor or agent phrase of e's dictionary covers (all of them when e has
 * no dictionary).  r is a workspace; its previous content is discarded.
 * Returns DYAD_OK, DYAD_ERR_ARG or DYAD_ERR_NOMEM. */
int dyad_survey_add(dyad_survey *s, const dyad_engine *e,
                    const dyad_article *a, dyad_result *r, dyad_error *err);

/* The `top` most frequent names (0 = all) with count >= min_count, by
 * count descending then name in byte order.  *out points into the survey,
 * valid until its next add/top/free.  Names seen only at the start of a
 * sentence are not reported (a capital there proves nothing).  Returns
 * DYAD_OK or DYAD_ERR_NOMEM. */
int dyad_survey_top(dyad_survey *s, size_t top, uint64_t min_count,
                    const dyad_survey_name **out, size_t *n, dyad_error *err);

void dyad_survey_get_stats(const dyad_survey *s, dyad_survey_stats *out);

void dyad_survey_free(dyad_survey *s);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
