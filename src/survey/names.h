/*
 * names.h: finding the capitalised names of a sentence that a dictionary
 * does not cover, for the corpus survey (dyad_survey_* in dyad.h).
 *
 * A curator extending a dictionary wants to know which actors a corpus
 * talks about that the dictionary misses.  This module finds, in one
 * tagged sentence, the runs of name tokens ("Abu Bakr al-Baghdadi",
 * "Islamic State of Iraq", "Ursula von der Leyen") and removes every token
 * that an actor or agent phrase of the dictionary covers; what is left is
 * reported.  The rules (docs/names.md):
 *
 *   name token   a word or abbreviation with an upper-case first letter
 *                tagged as a noun, adjective or foreign word, or a word
 *                like "al-Assad" / "ez-Zor" (Arabic article + hyphen +
 *                capital).  At the very start of the sentence only proper
 *                nouns (NNP/NNPS) count, and not common sentence starters.
 *   connector    "of", "for", "de", "van", "von", "der", "bin", "ibn",
 *                "al", "la", "&", ... between two name tokens (at most 3
 *                in a row); "the" only after another connector ("Bank of
 *                the Republic"); "and" only in a run that already holds
 *                "of" or "for" ("Islamic State of Iraq and the Levant").
 *   a run        name tokens joined by connectors; it needs at least one
 *                proper noun (NNP/NNPS or an "al-X" word).
 *   covered      a token inside any actor or agent match (the match may
 *                start before the run).  A run is split at covered tokens
 *                and each uncovered piece is kept on its own.
 *   trimmed      connectors at either end; month and day names and titles
 *                (Mr., Dr., Gen., ...) at the start.  Pieces longer than
 *                NAMES_MAX_TOKENS tokens are dropped (title-case noise).
 *
 * A names_ws is a reusable per-thread workspace: it grows to the largest
 * sentence seen and is then reused, so scanning allocates nothing in the
 * steady state.
 */
#ifndef DYAD_SURVEY_NAMES_H
#define DYAD_SURVEY_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "dict/dict.h"
#include "tag/tag.h"

/* Longest name kept, in tokens. */
#define NAMES_MAX_TOKENS 12

/* One unknown name found in the sentence: tokens [first, first + n) of
 * the workspace's tag_ws; bytes [offset, offset + len) of the sentence. */
typedef struct names_span {
  uint32_t first, n;
  uint32_t offset, len;
  int initial;         /* 1 if it starts at the sentence's first word */
} names_span;

typedef struct names_ws {
  tag_ws tag;          /* tokens of the last sentence scanned */
  const char **toks;   /* token norms, for dictionary matching */
  uint8_t *cls;        /* per-token class (private) */
  size_t cap;          /* capacity of toks and cls */
  names_span *spans;   /* the result of names_scan: spans [0, n_spans) */
  size_t n_spans, spans_cap;
} names_ws;

/* A zeroed names_ws is valid and empty. */
#define NAMES_WS_INIT {0}

/* Releases the workspace's memory; it is reusable afterwards.  NULL ok. */
void names_ws_free(names_ws *w);

/*
 * Tags s[0, len) (one sentence of valid UTF-8, as the text stage makes
 * it) and fills w->spans with its unknown names in text order.  d may be
 * NULL (nothing is covered then); date (YYYYMMDD) is passed to actor
 * matching.  s must outlive the use of the spans.  Returns DYAD_OK, or
 * DYAD_ERR_NOMEM / DYAD_ERR_ARG from the tagger (w then holds no spans).
 */
int names_scan(names_ws *w, const dyad_dict *d, int32_t date, const char *s,
               size_t len);

#endif /* DYAD_SURVEY_NAMES_H */
