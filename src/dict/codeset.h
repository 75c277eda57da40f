/*
 * codeset.h: lists of CAMEO event codes given as dictionary options
 * (reciprocal_codes, own_country_target_codes, place_source_codes, ...),
 * the coding policy a dictionary sets rather than the C.
 *
 * A value is a list of words separated by blanks or commas.  A word is a
 * CAMEO code of 2 to 4 digits, which covers that code and every code
 * below it ("14" is the whole root, "123" is 123 and 1231-1234); "=CODE"
 * covers the code alone ("=183": not 1831-1834); "-CODE" excludes what it
 * covers.  A code option may allow qualifiers, "CODE/NAME" ("154/undirected"),
 * that the coder reads as an extra condition on that code (docs/
 * dictionaries.md lists them).  A code is matched by the most specific
 * word that covers it (the longest code; the first written on a tie), so
 * "18 -186" is every 18x but 186.
 *
 * The options, with their qualifiers and their defaults (what the engine
 * uses when a dictionary does not set one), are one table here, read by
 * the dictionary compiler (which reports a bad value as FILE:LINE:COL) and
 * by the engine (which parses the values once at creation).
 */
#ifndef DYAD_DICT_CODESET_H
#define DYAD_DICT_CODESET_H

#include <stddef.h>
#include <stdint.h>

#define CODESET_MAX 32     /* words in one option value */
#define CODESET_QUAL_MAX 4 /* qualifiers one option allows */

enum {
  CODESET_EXACT = 1,   /* "=CODE": the code alone */
  CODESET_EXCLUDE = 2, /* "-CODE": not matched */
};

typedef struct codeset_item {
  char code[5];  /* digits, NUL-terminated */
  uint8_t len;   /* strlen(code) */
  uint8_t flags; /* CODESET_EXACT, CODESET_EXCLUDE */
  uint8_t qual;  /* 0 none, else 1 + index into the option's qualifiers */
} codeset_item;

typedef struct codeset {
  codeset_item v[CODESET_MAX];
  uint8_t n;
} codeset;

/* Qualifiers, as codeset_item.qual: their order in the option's quals. */
enum {
  CODESET_Q_FRAMED = 1,     /* own_country_target_codes */
  CODESET_Q_UNDIRECTED = 2, /* own_country_target_codes */
  CODESET_Q_DEVICE = 3,     /* own_country_target_codes */
  CODESET_Q_DONE = 4,       /* own_country_target_codes */
  CODESET_Q_NOT_STATION = 1, /* own_country_target_police_codes */
  CODESET_Q_NO_PARTICIPLE = 1, /* own_country_target_people_codes and
                                  own_country_target_rebel_codes */
  CODESET_Q_REBEL_ACTIVE = 2, /* own_country_target_rebel_codes */
  CODESET_Q_ACTIVE = 1,     /* place_source_codes */
  CODESET_Q_PASSIVE = 2,    /* place_source_codes */
  CODESET_Q_HOME = 3,       /* place_source_codes */
};

/* The code options.  CODESET_OPT_COUNT ends the list. */
typedef enum codeset_opt {
  CODESET_RECIPROCAL,
  CODESET_OWN_TARGET,
  CODESET_OWN_TARGET_PEOPLE,
  CODESET_OWN_TARGET_POLICE,
  CODESET_OWN_TARGET_REBEL,
  CODESET_PLACE_SOURCE,
  CODESET_FUTURE_THREAT,
  CODESET_BARE_VERB_SKIP,
  CODESET_FUTURE_INTENT,
  CODESET_CIVILIAN_VIOLENCE,
  CODESET_OPT_COUNT
} codeset_opt;

typedef struct codeset_option {
  const char *key;                       /* "reciprocal_codes" */
  const char *quals[CODESET_QUAL_MAX + 1]; /* allowed "/NAME"s, NULL-ended */
  const char *dflt;                      /* value when the option is unset */
} codeset_option;

/* The option of index o (o < CODESET_OPT_COUNT), or the one whose key is
 * key (case-insensitive; NULL if key is no code option). */
const codeset_option *codeset_option_at(codeset_opt o);
const codeset_option *codeset_option_find(const char *key);

/* Parses the value v[0..n) of option opt into *cs.  Every word is
 * checked: a CAMEO code of the table in src/ontology, an allowed
 * qualifier, at most CODESET_MAX words.  Bad words are left out of *cs
 * (the others are kept).  Returns 0 when every word was good; else -1,
 * with the first problem written into why (capacity cap) and its offset
 * in v stored in *at (at may be NULL). */
int codeset_parse(codeset *cs, const codeset_option *opt, const char *v,
                  size_t n, char *why, size_t cap, size_t *at);

/* The word of cs that matches code[0..n) (the primary code, without a
 * ":reverse" part): the most specific covering word, or NULL when none
 * covers it or that word is an exclusion. */
const codeset_item *codeset_match(const codeset *cs, const char *code,
                                  size_t n);

/* Returns the qualifier index (1-based, as codeset_item.qual) of the
 * name q for option opt, or 0 when opt does not allow it. */
int codeset_qual(const codeset_option *opt, const char *q);

#endif /* DYAD_DICT_CODESET_H */
