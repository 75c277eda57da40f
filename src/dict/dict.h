/*
 * dict.h: the dictionary stage's internal query API (actors, agents, verbs,
 * synsets, discards, issues, options) used by the event engine.
 *
 * Dictionaries come in two hand-curated text formats, PETRARCH 2 / Phoenix
 * and TABARI (see docs/dictionaries.md).  Both are parsed into one model,
 * which is always held as a flat, position-independent "image": arrays of
 * fixed-size little records plus a string pool, addressed by uint32
 * indexes.  The same image is what `dyad dict compile` writes to a .dyd
 * file, so a compiled dictionary is queried straight from its mmap without
 * any decoding; a text dictionary is parsed and compiled in memory.
 *
 * Matching model (what the engine needs to know):
 *   - The engine hands in tokens as an array of NUL-terminated lowercase
 *     UTF-8 strings (one word each, punctuation split off as it sees fit).
 *   - A dictionary phrase is a sequence of lowercase words.  Every word but
 *     the last must equal its token exactly.  The last word is a *stem*
 *     (a prefix of the token: "bagram" matches "bagrami") unless the
 *     phrase was written with a trailing '_' ("KABUL_") or comes from a
 *     list of exact forms (PETRARCH verb forms, generated plurals); then it
 *     must be equal.  DICT_PH_EXACT is set on such phrases.
 *   - Longest match wins: more tokens first, then the longer last word,
 *     then the phrase that appears first in the sources.
 *   - Dates are int32 YYYYMMDD (e.g. 20111217).  0 = no lower bound,
 *     DICT_DATE_MAX = no upper bound.  Ranges are inclusive on both ends.
 *
 * All pointers returned point into the dictionary and stay valid until
 * dict_free().  A dict is read-only after creation: any number of threads
 * may query it concurrently.
 */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dyad.h"

#define DICT_NONE UINT32_MAX      /* "no such index" */
#define DICT_DATE_MAX 99991231
#define DICT_MAX_PHRASE_WORDS 64  /* longer phrases are rejected */

/* struct dyad_dict (typedef dyad_dict in dyad.h) is defined in dict.c. */

/* ===================================================================== */
/* Records                                                               */
/* ===================================================================== */

/* What kind of table a phrase belongs to. */
typedef enum dict_kind {
  DICT_K_ACTOR = 0,   /* payload: actor entry id */
  DICT_K_AGENT,       /* payload: agent id */
  DICT_K_VERB,        /* payload: verb form id */
  DICT_K_DISCARD,     /* payload: 0 (flags tell sentence/story level) */
  DICT_K_ISSUE,       /* payload: issue phrase id */
  DICT_K_SYNSET,      /* payload: synset id (a member of that synset) */
  DICT_K_COUNT
} dict_kind;

/* Phrase flags. */
#define DICT_PH_EXACT     0x01u  /* last word must equal the token */
#define DICT_PH_SYNONYM   0x02u  /* actor: '+' synonym of the root entry */
#define DICT_PH_STORY     0x04u  /* discard: story-level ('+' prefix) */
#define DICT_PH_NEGATED   0x08u  /* issue: '~' phrase that blocks a match */
#define DICT_PH_GENERATED 0x10u  /* generated form (plural, inflection,
                                    substitution expansion) */
#define DICT_PH_SYNREF    0x20u  /* synset member that is itself "&NAME":
                                    words = the referenced synset name */
#define DICT_PH_DERIVED   0x40u  /* actor: written after "@DERIVED" (a
                                    generated bare surname, which the coder
                                    trusts less than a written phrase) */
#define DICT_PH_CAPITALS  0x80u  /* actor: written after "@CAPITALS" (an
                                    acronym that is also a word or a name,
                                    "ETA", "IRA": the coder takes it only
                                    where the text writes it in capitals) */
#define DICT_PH_CAPITALISED 0x100u /* actor: written after "@CAPITALISED"
                                    (a name that is also a common noun,
                                    "Poles": only where each word starts
                                    with a capital) */

/* One phrase: a word sequence of some kind, with where it was written. */
typedef struct dict_phrase {
  uint32_t words;      /* string: words joined by single spaces */
  uint32_t n_words;
  uint32_t flags;      /* DICT_PH_* */
  uint32_t kind;       /* dict_kind */
  uint32_t payload;    /* per kind, see dict_kind */
  uint32_t file;       /* index into the file table (dict_file_name) */
  uint32_t line;       /* 1-based */
} dict_phrase;

/* One actor code block: "[PRKGOV 111217-]". */
typedef struct dict_actor_code {
  uint32_t code;       /* string, as written upper case ("PRKGOV", "---") */
  int32_t date_from;   /* YYYYMMDD inclusive, 0 = open */
  int32_t date_to;     /* YYYYMMDD inclusive, DICT_DATE_MAX = open */
  uint32_t line;       /* line of the block */
} dict_actor_code;

/* One actor root entry; synonyms are phrases whose payload is its id. */
typedef struct dict_actor {
  uint32_t phrase;     /* the root phrase */
  uint32_t code_first; /* range in the actor code table */
  uint32_t code_count;
  uint32_t file;
  uint32_t line;
} dict_actor;

/* One agent: "SOLDIER [~MIL]" (prefix form: code is prepended to the
 * actor's) or "[MIL~]" (suffix: appended). */
#define DICT_AGENT_PREFIX 1u   /* written "~MIL": goes after actor root  */
#define DICT_AGENT_SUFFIX 2u   /* written "MIL~" */
typedef struct dict_agent {
  uint32_t code;       /* string without '~' ("MIL") */
  uint32_t mode;       /* DICT_AGENT_PREFIX / _SUFFIX / 0 if neither */
  uint32_t file;
  uint32_t line;
} dict_agent;

/* One verb block.  PETRARCH: "--- NAME [code] ---" then forms and
 * patterns.  TABARI: a line "STEM [code]" opens a block with that form. */
typedef struct dict_verb {
  uint32_t name;       /* string (lowercase block name / first form) */
  uint32_t code;       /* string: base code ("---" = none) */
  uint32_t form_first; /* range in the verb form table */
  uint32_t form_count;
  uint32_t pat_first;  /* range in the pattern table */
  uint32_t pat_count;
  uint32_t file;
  uint32_t line;
} dict_verb;

/* One verb form ("BRING", "BROUGHT", generated "BRINGS"). */
typedef struct dict_verb_form {
  uint32_t verb;       /* block id */
  uint32_t phrase;     /* its phrase (kind DICT_K_VERB) */
  uint32_t code;       /* string: the form's own code, or the block's */
  uint32_t lemma;      /* string: the head of its form line, lowercase,
                          words joined by ' ' ("strike" for "struck",
                          "open fire"); "" for TABARI stems */
} dict_verb_form;

/* Pattern token kinds. */
typedef enum dict_tok_kind {
  DICT_T_WORD = 0,     /* text = lowercase word; DICT_TF_EXACT if '_' */
  DICT_T_SYNSET,       /* ref = synset id; text = "&NAME" as written */
  DICT_T_VERB,         /* '*' */
  DICT_T_SOURCE,       /* '$' */
  DICT_T_TARGET,       /* '+' */
  DICT_T_COMPOUND,     /* '%' compound actor */
  DICT_T_SKIP,         /* '^' skip a noun phrase (TABARI) */
  DICT_T_NP_OPEN,      /* PETRARCH '{' noun phrase */
  DICT_T_NP_CLOSE,     /* '}' */
  DICT_T_PP_OPEN,      /* PETRARCH '(' prepositional phrase */
  DICT_T_PP_CLOSE,     /* ')' */
  DICT_T_ALT_OPEN,     /* TABARI '{' of "{ A | B }" */
  DICT_T_ALT_BAR,      /* '|' */
  DICT_T_ALT_CLOSE,    /* '}' */
  DICT_T_COUNT
} dict_tok_kind;

#define DICT_TF_EXACT  0x01u  /* word written with trailing '_' */
#define DICT_TF_JOINED 0x02u  /* attached to the previous token by '_'
                                 ("*_AND_KILLED", "IN_*") */

typedef struct dict_pat_tok {
  uint32_t kind;       /* dict_tok_kind */
  uint32_t flags;      /* DICT_TF_* */
  uint32_t text;       /* string */
  uint32_t ref;        /* synset id for DICT_T_SYNSET, else DICT_NONE */
  uint32_t wid;        /* DICT_T_WORD with a non-empty text: its word id
                          (see dict_tokinfo_word); else DICT_NONE */
} dict_pat_tok;

/* One verb pattern: "- * VISIT + [042] # comment". */
typedef struct dict_pattern {
  uint32_t verb;       /* block id */
  uint32_t tok_first;  /* range in the token table */
  uint32_t tok_count;
  uint32_t code;       /* string: primary code ("042", "---") */
  uint32_t code2;      /* string: code after ':' in "[064:064]", or "" */
  uint32_t text;       /* string: the pattern as written (trimmed) */
  uint32_t only;       /* string: "" (every form of the block), or the
                          form-line heads it is tied to by an "@ FORMS"
                          line, each followed by '|' ("strike|walk out|") */
  uint32_t file;
  uint32_t line;
} dict_pattern;

/* One synset: "&CURRENCY" and its members (phrases of kind SYNSET). */
typedef struct dict_synset {
  uint32_t name;       /* string, upper case without '&' or trailing '_' */
  uint32_t member_first;  /* range in the phrase table */
  uint32_t member_count;
  uint32_t file;
  uint32_t line;
} dict_synset;

/* One PETRARCH transformation "~ a (a b ATTACK) SAY = a b 015". */
typedef struct dict_transform {
  uint32_t lhs;        /* string: text between '~' and '=' (trimmed) */
  uint32_t rhs;        /* string: text after '=' (trimmed) */
  uint32_t file;
  uint32_t line;
} dict_transform;

/* One issue phrase ("n:student [STUDENTS]" in category EDUCATION). */
typedef struct dict_issue {
  uint32_t category;   /* string: CATEGORY attribute */
  uint32_t code;       /* string: code in brackets, "" for '~' phrases */
  uint32_t phrase;
} dict_issue;

/* One option: "require_dyad" = "True", "SET: MATCH" = "TRUE", ... */
typedef struct dict_option {
  uint32_t key;        /* string, lowercase, spaces -> '_' */
  uint32_t value;      /* string */
} dict_option;

/* ===================================================================== */
/* Opening and closing                                                   */
/* ===================================================================== */

/* Diagnostic callback: called once per problem found while parsing, with
 * severity 1 = warning, 2 = error, and a location (line/col 1-based, 0 if
 * unknown).  Parsing goes on after every problem it can skip. */
typedef void (*dict_diag_fn)(void *ctx, int severity, const char *file,
                             long line, long col, const char *msg);

typedef struct dict_build_opts {
  dict_diag_fn diag;   /* NULL = problems are only counted */
  void *diag_ctx;
} dict_build_opts;

/* Parses text dictionaries from PATH (a directory, ':'-separated files)
 * into an in-memory image.  Returns DYAD_OK (possibly with warnings and
 * skipped errors reported through opts->diag; counts in *n_errors and
 * *n_warnings when non-NULL) or DYAD_ERR_IO / DYAD_ERR_NOMEM /
 * DYAD_ERR_DICT (no dictionary file found) with err filled. */
int dict_build(dyad_dict **out, const char *path, const dict_build_opts *opts,
               size_t *n_errors, size_t *n_warnings, dyad_error *err);

/* Parses dictionaries held in memory: names[i] says the file name (its
 * form decides the kind: "*.actors*", "*agents*", "*discards*",
 * "*Issue*", verbs otherwise, "*.options", "*.ini"), bufs[i]/lens[i] the
 * contents.  Same contract as dict_build(); used by tests and fuzzers. */
int dict_build_mem(dyad_dict **out, size_t n, const char *const *names,
                   const char *const *bufs, const size_t *lens,
                   const dict_build_opts *opts, size_t *n_errors,
                   size_t *n_warnings, dyad_error *err);

/* Loads a compiled .dyd file with mmap.  Every offset and count is checked
 * before use: a truncated or corrupted file gives DYAD_ERR_DICT with a
 * message, never a crash. */
int dict_load(dyad_dict **out, const char *path, dyad_error *err);

/* Same checks on a buffer (copied); for tests and fuzzers. */
int dict_load_mem(dyad_dict **out, const void *buf, size_t len, dyad_error *err);

/* Writes the image to path (via path.tmp + rename).  Byte-identical output
 * for identical sources. */
int dict_save(const dyad_dict *d, const char *path, dyad_error *err);

/* The serialized image (what dict_save writes). */
const void *dict_image(const dyad_dict *d, size_t *len);

void dict_free(dyad_dict *d);

/* 64-bit hash of the sources the dictionary was built from (file names
 * without directories, and contents, in load order). */
uint64_t dict_source_hash(const dyad_dict *d);

/* The key that names a compiled dictionary in the cache directory
 * ("KEY.dyd", 16 hex digits): the source hash mixed with the build id of
 * the dictionary compiler (src/dict/module.mk), so a dyad with other
 * compile logic never loads a file cached by another. */
uint64_t dict_cache_key(uint64_t source_hash);

/* ===================================================================== */
/* Tables                                                                */
/* ===================================================================== */

/* Counts of the tables. */
typedef struct dict_counts {
  uint32_t files, phrases, actors, actor_codes, agents, verbs, verb_forms,
      patterns, pattern_tokens, synsets, transforms, issues, options;
  uint32_t by_kind[DICT_K_COUNT];  /* phrases per dict_kind */
  uint32_t synonyms;               /* actor phrases flagged SYNONYM */
  uint32_t discards_story;         /* discard phrases flagged STORY */
} dict_counts;

void dict_get_counts(const dyad_dict *d, dict_counts *out);

/* String by offset ("" for an out-of-range offset; never NULL). */
const char *dict_str(const dyad_dict *d, uint32_t off);
/* Source file name (as given, or "DIR/NAME") by file index. */
const char *dict_file_name(const dyad_dict *d, uint32_t file);

/* Records by index; NULL when out of range. */
const dict_phrase *dict_phrase_at(const dyad_dict *d, uint32_t i);
const dict_actor *dict_actor_at(const dyad_dict *d, uint32_t i);
const dict_actor_code *dict_actor_code_at(const dyad_dict *d, uint32_t i);
const dict_agent *dict_agent_at(const dyad_dict *d, uint32_t i);
const dict_verb *dict_verb_at(const dyad_dict *d, uint32_t i);
const dict_verb_form *dict_verb_form_at(const dyad_dict *d, uint32_t i);
const dict_pattern *dict_pattern_at(const dyad_dict *d, uint32_t i);
const dict_pat_tok *dict_pat_tok_at(const dyad_dict *d, uint32_t i);
const dict_synset *dict_synset_at(const dyad_dict *d, uint32_t i);
const dict_transform *dict_transform_at(const dyad_dict *d, uint32_t i);
const dict_issue *dict_issue_at(const dyad_dict *d, uint32_t i);
const dict_option *dict_option_at(const dyad_dict *d, uint32_t i);

/* ===================================================================== */
/* Matching (memory speed, no allocation)                                */
/* ===================================================================== */

typedef struct dict_match {
  uint32_t phrase;     /* phrase id, DICT_NONE if no match */
  uint32_t len;        /* tokens covered (0 if no match) */
  uint32_t payload;    /* the phrase's payload */
} dict_match;

/* Longest phrase of `kind` (ACTOR, AGENT, VERB, DISCARD, ISSUE) starting
 * at toks[i] (n tokens in all, lowercase).  Returns 1 and fills *m on a
 * match, 0 otherwise (m->phrase = DICT_NONE). */
int dict_match_at(const dyad_dict *d, dict_kind kind, const char *const *toks,
                  size_t n, size_t i, dict_match *m);

/* Actor match at toks[i] for a date (YYYYMMDD).  On a match returns 1,
 * fills *m (m->payload = actor entry id) and *code with the code chosen
 * for the date: the first dated block that contains the date, else the
 * first undated block, else "" (the entry exists but has no code then). */
int dict_actor_match(const dyad_dict *d, const char *const *toks, size_t n,
                     size_t i, int32_t date, dict_match *m,
                     const char **code);

/* The code of actor entry `actor` on `date` (rule above); "" if none. */
const char *dict_actor_code_on(const dyad_dict *d, uint32_t actor, int32_t date);

/* Agent match at toks[i]: returns 1 and the agent record. */
int dict_agent_match(const dyad_dict *d, const char *const *toks, size_t n,
                     size_t i, dict_match *m, const dict_agent **agent);

/* Verb form match at toks[i] (a multi-word form like "step up" counts).
 * Returns 1 with the form and its block. */
int dict_verb_match(const dyad_dict *d, const char *const *toks, size_t n,
                    size_t i, dict_match *m, const dict_verb_form **form,
                    const dict_verb **verb);

/* Does synset `synset` match at toks[i]?  Returns the number of tokens
 * the longest member covers, 0 if none.  Nested "&NAME" members are
 * followed up to a small depth. */
size_t dict_synset_match(const dyad_dict *d, uint32_t synset,
                         const char *const *toks, size_t n, size_t i);

/* Synset id by name (upper or lower case, with or without '&'), or
 * DICT_NONE. */
uint32_t dict_synset_find(const dyad_dict *d, const char *name);

/* Does a single word match a pattern token of kind DICT_T_WORD (exact or
 * stem rule)?  1/0. */
int dict_word_matches(const char *pattern_word, int exact, const char *tok);

/* Discard at toks[i]: returns 1 and sets *story to 1 for a story-level
 * discard, 0 for a sentence-level one. */
int dict_discard_match(const dyad_dict *d, const char *const *toks, size_t n,
                       size_t i, dict_match *m, int *story);

/* --------------------------------------------------------------------- */
/* Fast path: look each token up once, reuse for every kind              */
/* --------------------------------------------------------------------- */

/* What the phrase index knows about one token: computed by
 * dict_token_info() in one pass over the token's bytes (one hash probe per
 * useful prefix length, shared by all kinds), then handed to the *_ti
 * matchers below, which give exactly the results of the plain functions
 * without hashing again.  Plain data, no pointers into the token: valid
 * for any token with the same bytes, until dict_free().  Fields are
 * private to dict.c.  Kept small (80 bytes): it is copied per token and
 * held per word in the memo below.  The stems of the token's prefixes are
 * used only while it is filled (they decide one[] and synsig), so they are
 * not kept; kinds (< 2^DICT_K_COUNT) fit a byte. */
#define DICT_TI_SYN_MAX 6
typedef struct dict_tokinfo {
  uint32_t len;                       /* token length in bytes */
  uint32_t full;                      /* index slot of the whole token */
  uint32_t full_group;                /* that slot's group_first */
  uint8_t full_kinds;                 /* and its kinds (0 if none) */
  uint8_t multi;                      /* bit k: the whole token starts
                                         multi-word phrases of kind k */
  uint16_t n_syn;                     /* prefixes with synset stems
                                         (saturates at UINT16_MAX) */
  uint32_t syn[DICT_TI_SYN_MAX];      /* (the first DICT_TI_SYN_MAX) */
  uint32_t one[DICT_K_SYNSET];        /* the one-word match of each kind
                                         (phrase id; DICT_NONE) */
  uint8_t ones;                       /* bit k: one[k] != DICT_NONE */
  uint8_t one_whole;                  /* bit k: one[k] is a one-word
                                         phrase of the whole token (its
                                         word is the token's bytes), not
                                         the stem of a proper prefix */
  uint32_t next[2];                   /* 64-bit Bloom filter (low word
                                         first) of the heads of the
                                         second words of the multi-word
                                         phrases the token starts (all
                                         kinds but synsets; dict.c
                                         dict_next_bit): a next token
                                         whose bit is clear fits none.
                                         Two words, not a uint64_t, so
                                         the struct needs no 8-byte
                                         alignment (memo entries of 108
                                         bytes, not 112) */
  uint32_t synsig[2];                 /* 64-bit filter (low word first)
                                         of the synsets that may match
                                         at the token: bit s % 64 of
                                         every synset s with a member
                                         phrase that the whole token or
                                         the stem of one of its prefixes
                                         begins, and of every synset
                                         that holds such a synset
                                         through "&NAME" members (see
                                         dict_tokinfo_may_start) */
} dict_tokinfo;

/* Fills *ti for token tok (NUL-terminated, lowercase; NULL gives an
 * info that matches nothing).  Never fails, never allocates. */
void dict_token_info(const dyad_dict *d, const char *tok, dict_tokinfo *ti);

/* Word id of the token ti describes: every word the dictionary knows (the
 * first word of a phrase, every pattern word) has one id, unique to its
 * bytes; DICT_NONE for a token that equals no such word (and for "" and
 * NULL).  So a pattern token t of kind DICT_T_WORD with t->wid !=
 * DICT_NONE spells token tok exactly iff t->wid == dict_tokinfo_word(ti of
 * tok): strcmp(dict_str(d, t->text), tok) == 0 as an integer compare.
 * (t->wid is DICT_NONE only for an empty text, or for a pattern token
 * made outside the dictionary, e.g. by a test: compare strings then.) */
static inline uint32_t dict_tokinfo_word(const dict_tokinfo *ti) {
  return ti->full;
}

/* Can any synset member start at the token ti describes?  0 when the
 * token is no first word of a synset phrase and no prefix of it is a
 * synset stem: dict_synset_match_ti() then gives 0 for every synset
 * (nested "&NAME" members are matched on the same token). */
static inline int dict_tokinfo_may_synset(const dict_tokinfo *ti) {
  return ((ti->full_kinds >> DICT_K_SYNSET) & 1u) || ti->n_syn > 0;
}

/* Can a member of synset `synset` start at the token ti describes?  0
 * when its bit in ti->synsig is clear: dict_synset_match_ti() then gives
 * 0 for that synset.  About 97% of the synset tests of pattern matching
 * on news are for a synset that cannot start at the token; this answers
 * them without reading the phrase index. */
static inline int dict_tokinfo_may_start(const dict_tokinfo *ti,
                                         uint32_t synset) {
  return (int)((ti->synsig[(synset >> 5) & 1u] >> (synset & 31u)) & 1u);
}

/* Can a phrase of some kind k with bit k set in kinds (ACTOR, AGENT,
 * VERB, DISCARD, ISSUE) start at the token ti describes?  0 when the
 * token has no one-word match and starts no multi-word phrase of those
 * kinds: dict_match_ti() (and the _ti wrappers) then find nothing for
 * any of them, whatever the other tokens. */
static inline int dict_tokinfo_may_match(const dict_tokinfo *ti,
                                         unsigned kinds) {
  return ((ti->ones | ti->multi) & kinds) != 0;
}

/* dict_token_info() for toks[0..n) into out[0..n) (caller-owned array of
 * n elements).  Typical use, once per sentence:
 *     dict_sentence_prepare(d, toks, n, ti);
 *     for (i...) dict_actor_match_ti(d, toks, n, i, &ti[i], date, &m, &c);
 * The info of toks[i] depends on its bytes only (not on n or on the other
 * tokens), so the same array serves calls with a smaller n (a window
 * toks[0..lim)); it must be recomputed when the tokens change (e.g. after
 * the sentence is tokenized again). */
void dict_sentence_prepare(const dyad_dict *d, const char *const *toks,
                           size_t n, dict_tokinfo *out);

/* A per-thread memo of dict_token_info() results by token bytes: news
 * repeats its words, and a hit costs one pass over the token instead of a
 * probe of the (large, cache-cold) phrase index per useful prefix.  The
 * caller owns it (one per thread, never shared); a zeroed cache is valid
 * and empty.  It remembers which dictionary image its entries describe
 * (by checksum and size) and forgets them when handed another one.
 * Tokens of DICT_TC_WORD bytes or more are not memoized.  2^16 entries
 * (6.8 MB per thread, touched as they fill): a varied corpus such as
 * Wikipedia's current events has a large vocabulary, and every word the
 * memo misses costs several cache misses in the phrase index (2^14
 * entries left 12% more CPU time on it). */
#define DICT_TC_LOG2 16
#define DICT_TC_WORD 20
typedef struct dict_tc_entry {
  uint32_t hash;                      /* dict_word_hash of the word */
  uint32_t len;                       /* its length; 0 = empty entry */
  char word[DICT_TC_WORD];            /* its bytes (not NUL-terminated) */
  dict_tokinfo ti;
} dict_tc_entry;
typedef struct dict_tokcache {
  uint64_t sum;                       /* image checksum of the entries */
  uint64_t size;                      /* and its size; 0 = none yet */
  dict_tc_entry e[1u << DICT_TC_LOG2];
} dict_tokcache;

/* A new zeroed (empty) token memo, or NULL when out of memory; free it
 * with dict_tokcache_free.  Its entries are read at random, one or more
 * per token, over more pages than the TLB covers: where the system
 * offers transparent huge pages on request, it lies in 2 MB pages
 * (a hint: the results are the same either way). */
dict_tokcache *dict_tokcache_new(void);

/* Releases a memo from dict_tokcache_new; NULL is accepted. */
void dict_tokcache_free(dict_tokcache *c);

/* dict_sentence_prepare() through the memo c (same results). */
void dict_sentence_prepare_cached(const dyad_dict *d, dict_tokcache *c,
                                  const char *const *toks, size_t n,
                                  dict_tokinfo *out);

/* dict_sentence_prepare_cached() for a caller that already knows each
 * token's byte length lens[i] (strlen(toks[i])) and, when that is below
 * hashed_below, its 32-bit FNV-1a hash fnv[i] (the raw DICT_WH_SEED /
 * DICT_WH_STEP loop over all its bytes, before DICT_WH_FINISH): the
 * tokenizer computes both, and the memo needs no pass over the bytes.
 * Same results. */
void dict_sentence_prepare_keyed(const dyad_dict *d, dict_tokcache *c,
                                 const char *const *toks,
                                 const uint32_t *lens, const uint32_t *fnv,
                                 size_t hashed_below, size_t n,
                                 dict_tokinfo *out);

/* Same contracts and results as dict_match_at, dict_actor_match,
 * dict_agent_match, dict_verb_match, dict_discard_match and
 * dict_synset_match, given ti = the dict_tokinfo of toks[i]. */
int dict_match_ti(const dyad_dict *d, dict_kind kind, const char *const *toks,
                  size_t n, size_t i, const dict_tokinfo *ti, dict_match *m);
int dict_actor_match_ti(const dyad_dict *d, const char *const *toks,
                        size_t n, size_t i, const dict_tokinfo *ti,
                        int32_t date, dict_match *m, const char **code);
int dict_agent_match_ti(const dyad_dict *d, const char *const *toks,
                        size_t n, size_t i, const dict_tokinfo *ti,
                        dict_match *m, const dict_agent **agent);
int dict_verb_match_ti(const dyad_dict *d, const char *const *toks, size_t n,
                       size_t i, const dict_tokinfo *ti, dict_match *m,
                       const dict_verb_form **form, const dict_verb **verb);
int dict_discard_match_ti(const dyad_dict *d, const char *const *toks,
                          size_t n, size_t i, const dict_tokinfo *ti,
                          dict_match *m, int *story);
size_t dict_synset_match_ti(const dyad_dict *d, uint32_t synset,
                            const char *const *toks, size_t n, size_t i,
                            const dict_tokinfo *ti);

/* A sentence's words as a small Bloom filter over dictionary word ids, to
 * rule out quickly a verb pattern whose words do not occur in the sentence
 * (the engine's "every word of the pattern must occur" pre-test).  Built
 * from the dict_tokinfo of toks[0..n) (dict_sentence_prepare), with no
 * hashing of strings.  dict_wordset_has_word(ws, t->wid) for a DICT_T_WORD
 * pattern token t with t->wid != DICT_NONE is 0 if no token of the
 * sentence is t's word (pattern words match exactly), 1 if one may be;
 * never 0 for a word that occurs. */
#define DICT_WORDSET_LOG2 12
/* syn: bit k set iff token k (k < DICT_WORDSET_SYN_TOKENS) may start a
 * synset member (dict_tokinfo_may_synset), so a search for a synset over
 * a window visits only those tokens; n is the token count. */
#define DICT_WORDSET_SYN_TOKENS 256
/* list: the bits set in bits, in the order first set, when there are at
 * most DICT_WORDSET_LIST of them (n_list is their count, which may be
 * larger: the list then holds only the first DICT_WORDSET_LIST). */
#define DICT_WORDSET_LIST 256
/* synsig: the OR of the tokens' dict_tokinfo.synsig filters: a synset
 * whose bit is clear starts at no token of toks[0..n). */
typedef struct dict_wordset {
  uint64_t bits[(1u << DICT_WORDSET_LOG2) / 64];
  uint64_t syn[DICT_WORDSET_SYN_TOKENS / 64];
  uint64_t synsig;
  size_t n;
  uint16_t list[DICT_WORDSET_LIST];
  size_t n_list;
} dict_wordset;

void dict_wordset_build_ti(const dict_tokinfo *ti, size_t n,
                           dict_wordset *ws);

static inline uint32_t dict_wordset_wid_bit(uint32_t wid) {
  return (wid * 0x9E3779B1u) >> (32 - DICT_WORDSET_LOG2);
}

static inline int dict_wordset_has_word(const dict_wordset *ws, uint32_t wid) {
  uint32_t b = dict_wordset_wid_bit(wid);
  return (int)((ws->bits[b >> 6] >> (b & 63)) & 1u);
}

/* Option value by key (case-insensitive, e.g. "require_dyad",
 * "new_actor_length"), NULL if absent.  dict_option_bool: 1/0 for
 * true/false-like values, def otherwise. */
const char *dict_option_get(const dyad_dict *d, const char *key);
int dict_option_bool(const dyad_dict *d, const char *key, int def);

/* ===================================================================== */
/* Helpers shared with the CLI                                           */
/* ===================================================================== */

/* Lowercases UTF-8 text (utf8proc) and splits it into words at spaces and
 * '_' into buf; fills toks (max_toks) and returns the token count, or -1
 * if buf is too small.  For `dyad dict lookup` and tests. */
int dict_tokenize(const char *text, char *buf, size_t buf_size,
                  const char **toks, size_t max_toks);

/* Parses "YYYY-MM-DD" or "YYYYMMDD" into YYYYMMDD; -1 if invalid. */
int32_t dict_parse_date(const char *s);

/* Writes a readable listing of the whole dictionary to fp, sorted and
 * stable (for `dyad dict dump` and round-trip tests).  Returns DYAD_OK or
 * DYAD_ERR_IO. */
int dict_dump(const dyad_dict *d, FILE *fp);

#endif /* DYAD_DICT_H */
