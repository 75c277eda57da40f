/*
 * coder_int.h: the coder's private structures, shared by its modules.
 *
 * The event coder (coder.h) is split into modules that all work on one
 * coder_ws: mention.c (actor and agent mentions, entities, compounds),
 * pattern.c (verb pattern matching and scoring), role.c (source and target,
 * passive, attribution, control verbs), context.c (what earlier sentences
 * of the story say) and coder.c (the per-sentence driver and event
 * emission).  This header holds what they share: the workspace, its
 * mention and entity records and a few small token tests that every module
 * uses (static inline, so the hot paths stay as fast as in one file).  It
 * is internal to src/code; nothing outside includes it.
 */
#ifndef DYAD_CODE_CODER_INT_H
#define DYAD_CODE_CODER_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "code/coder.h"
#include "dict/dict.h"
#include "tag/tag.h"

/* ===================================================================== */
/* Workspace                                                             */
/* ===================================================================== */

#define CODE_MAX 48          /* composed actor codes are cut to this */
#define PRE_WINDOW 10        /* tokens before the verb a pattern may use */
#define PAT_WORDS_MAX 8      /* post-verb pattern words remembered */

/* One actor or agent phrase found in the sentence (mention.c). */
typedef struct mention {
  uint32_t first, len;
  uint32_t phrase;           /* dict phrase id */
  const char *code;          /* actor code on the date, or agent code */
  uint32_t agent_mode;       /* DICT_AGENT_* for agents */
  uint8_t is_agent;
} mention;

/* Mentions of one noun phrase combined, and linked into compound groups
 * (mention.c). */
typedef struct entity {
  uint32_t first, last;      /* token range, inclusive */
  const char *actor;         /* actor code, NULL for an agent alone */
  uint32_t actor_phrase;     /* DICT_NONE if none */
  uint32_t agent_phrase;
  char pre[CODE_MAX];        /* agents written "X~": before the actor */
  char post[CODE_MAX];       /* agents written "~X": after it */
  int32_t group;             /* index of the group's first entity */
  int32_t next;              /* next member of the group, -1 at the end */
  uint8_t agent_of;          /* "agent of ACTOR, ACTOR and ACTOR" */
  uint8_t has_and;           /* group head: joined by and/or somewhere */
  uint8_t virt;              /* extra member made by spreading agents over
                                a compound, or an inner actor: owns no
                                tokens (ent_at) */
  uint8_t place;             /* a location, no participant: a country or
                                city after in/at/near ("talks in Cairo",
                                "in Cape Town, South Africa"); 2 when it
                                is the venue of the act, 3 when a venue
                                where parties meet (mention.c,
                                locative_before) */
  int32_t inner;             /* "the parliament of Gondor": a virtual
                                entity of the actor alone, for a pattern
                                slot after '^' skipped the agent's noun
                                phrase; -1 if none */
} entity;

/* A name or title remembered by the story context (context.c): a
 * surname ("shoigu" after "Sergei Shoigu") with its actor code, or an
 * agent phrase ("president") with the country it was last said of. */
#define CTX_NAMES 32
typedef struct ctx_name {
  char word[32];             /* surname token norm; "" for a title */
  uint32_t phrase;           /* agent phrase id of a title, else DICT_NONE */
  const char *code;          /* actor code (dictionary string) */
  char country[4];           /* a title's country */
} ctx_name;

/* Dictionary matches at one token, computed once per sentence. */
typedef struct tok_hits {
  dict_match am, gm, vm;
  const char *acode;
  const dict_agent *ag;
  const dict_verb_form *vf;
  const dict_verb *vv;
  uint8_t ha, hg, hv;
} tok_hits;

/* Direct-mapped memo of synset matches (synset, token) -> length, valid
 * for one sentence (entries carry the sentence's generation). */
#define SYN_MEMO 4096
typedef struct syn_memo {
  uint32_t key, gen;
  uint32_t len;
} syn_memo;

/* Direct-mapped memo of "this pattern word or synset matches somewhere
 * in the pattern window" (pattern.c), valid for one window (entries carry
 * the window's stamp).  key is 2 * word id, or 2 * synset id + 1. */
#define WIN_MEMO 1024
typedef struct win_memo {
  uint32_t key, stamp;
  uint32_t present;
} win_memo;

struct coder_ws {
  tag_ws tag;
  syn_memo memo[SYN_MEMO];
  uint32_t gen;              /* sentence generation for memo */
  uint32_t judicial_gen;     /* judicial_seen, judicial_first are the
                                sentence's when == gen (crime_clause) */
  size_t judicial_seen;      /* tokens [0, judicial_seen) searched for a
                                judicial word */
  size_t judicial_first;     /* the first one found, SIZE_MAX if none */
  win_memo win[WIN_MEMO];
  uint32_t win_stamp;        /* window stamp for win, bumped per window */
  tok_hits *hits;            /* per token, valid while hits_ok */
  uint32_t *hit_off;         /* token offsets the hits were computed for
                                (recorded when the sentence is tokenized
                                again: hits_valid) */
  size_t hits_cap;
  const char **toks;         /* token norms, [0, tag.n) */
  int32_t *ent_at;           /* entity covering each token, -1 if none */
  uint8_t *consumed;         /* token used by an earlier verb's pattern */
  uint8_t *patword;          /* token matched by a word of the pattern
                                being coded (no role for its entity) */
  uint8_t *syn_at;           /* 0 unknown, 1 no synset phrase starts at the
                                token, 2 some does */
  uint32_t *cend;            /* role_complement_end memo, 4 per token ve:
                                the ends for clause 0, 1, 2, and the
                                cend_stamp they are valid for (0: none) */
  uint32_t cend_stamp;       /* this sentence's stamp of cend (not 0) */
  size_t tok_cap;
  dict_tokinfo *ti;          /* dict lookups of toks[i], [0, tag.n) */
  dict_tokcache *tc;         /* memo of dict lookups by token bytes */
  dict_wordset wset;         /* word ids of the tagged sentence's tokens */
  uint64_t pat_mark[1024 / 64];  /* pattern.c: the candidate patterns of
                                    an indexed block (PAT_IX_MAX) */
  mention *ment;
  size_t n_ment, ment_cap;
  entity *ent;
  size_t n_ent, ent_cap;
  int32_t date;              /* story date YYYYMMDD */
  const dyad_article *article;
  const char *story_id;      /* copies in the result arena, lazily */
  const char *story_date;
  size_t story_first_event;  /* first event of the current story */
  /* story context: read and written by context.c only */
  char ctx_country[CODE_MAX];  /* country of the story so far */
  char ctx_person[CODE_MAX];   /* last source of an earlier sentence */
  char ctx_it[CODE_MAX];       /* a state or organisation that was the
                                  subject of the sentence before, for
                                  "it" */
  char ctx_speaker[CODE_MAX];  /* last attributed speaker, for "we"/"I" */
  char next_speaker[CODE_MAX]; /* speaker named in this sentence */
  ctx_name ctx_names[CTX_NAMES];  /* surnames and titles, a ring */
  size_t n_ctx_names;             /* entries written (ring index mod) */
  char own_country[8][4];    /* countries of "his country" mentions
                                (mention.c), per sentence */
  size_t n_own;
  uint32_t based_tok[8];     /* "Pakistan-based": tokens of such words */
  char based_country[8][4];  /* and the country their name gives */
  uint8_t based_flag[8];     /* 1: "-flagged"/"-registered" (a ship's) */
  size_t n_based;            /* per sentence (mention.c) */
  char place_country[4];     /* the one country the sentence's places
                                name, "" if none or several (mention.c) */
  char loc_country[4];       /* the one country the sentence's locations
                                name, whatever its other actors
                                (mention.c) */
  uint8_t sent_mil;          /* the sentence names a military (mention.c) */
  uint8_t loc_venue;         /* a location is a venue (mention.c) */
  uint8_t loc_meeting;       /* ... a venue where parties meet */
  uint8_t loc_unknown;       /* "in X" with X no known name (mention.c) */
  int32_t claim_g;           /* the group that claimed, or is blamed for,
                                the sentence's attacks; -1 if none
                                (coder.c, claimant) */
  size_t claim_at;           /* its verb token: attacks after it are not
                                claimed, unless claim_any */
  uint8_t claim_any;         /* "blamed on X": any attack of the
                                sentence (coder.c) */
  char scratch[1024];
  char *text;                /* the sentence as tagged (coder.c) */
  size_t text_cap;
};

/* ===================================================================== */
/* Token classes                                                         */
/* ===================================================================== */

static inline int streq(const char *a, const char *b) {
  /* most differ at byte 0 or 1; no call to strcmp for those (nor for
   * words of one letter) */
  if (a[0] != b[0]) return 0;
  if (a[0] == '\0') return 1;
  if (a[1] != b[1]) return 0;
  return a[1] == '\0' || strcmp(a + 2, b + 2) == 0;
}

/* Does code c (a NUL-terminated string) open with one of the 3-letter
 * codes in the NULL-terminated list v?  The coder stages' test of a
 * sector ("GOV", "MIL") against a list: word_in3(actor + 3, organs). */
static inline int word_in3(const char *c, const char *const *v) {
  if (strlen(c) < 3) return 0;
  for (; *v; v++)
    if (memcmp(c, *v, 3) == 0) return 1;
  return 0;
}

/* Does word w open with one of the stems in the NULL-terminated list v
 * ("demonstrat" for "demonstrators", "rall" for "rally" and "rallies")? */
static inline int stem_in_list(const char *w, const char *const *v) {
  for (; *v; v++)
    if (strncmp(w, *v, strlen(*v)) == 0) return 1;
  return 0;
}

/* The first-byte filter of the words of list v, an array of size bytes
 * (its NULL included): bit (c & 63) for the first byte c of each.  Meant
 * for a static const list of string literals, which the compiler works
 * out to a constant (fully unrolled, every v[i][0] is one). */
static inline __attribute__((always_inline)) uint64_t
word_list_first(const char *const *v, size_t size) {
  size_t n = size / sizeof *v;
  uint64_t m = 0;
  _Pragma("GCC unroll 128")
  for (size_t i = 0; i + 1 < n; i++)
    if (v[i]) m |= (uint64_t)1 << ((unsigned char)v[i][0] & 63u);
  return m;
}

/* Is w one of the words of the NULL-terminated list v?  The one word-list
 * test of the coder stages (coder.c, role.c, mention.c, pattern.c), through
 * the word_in_list() macro below.  first is a filter on w's first byte c:
 * when bit (c & 63) of it is clear, no word of v starts with c and the
 * answer is no, with no load of the list or of its strings (they miss the
 * first-level cache).  The filter is used only when the compiler has
 * worked it out to a constant; else it is not computed at all. */
static inline __attribute__((always_inline)) int
word_in_list_f(const char *w, const char *const *v, uint64_t first) {
  if (__builtin_constant_p(first) &&
      !((first >> ((unsigned char)w[0] & 63u)) & 1u))
    return 0;
  for (; *v; v++)
    if (streq(w, *v)) return 1;
  return 0;
}

/* Is w one of the words of the NULL-terminated list v?  When v is an
 * array (a static const word list), most words are answered by one test
 * of their first byte (word_in_list_f); when v is a pointer (into a
 * list, or a list chosen at run time), the list is scanned.  The same
 * answer either way. */
#define word_in_list(w, v)                                                  \
  word_in_list_f(                                                           \
      (w), (v),                                                             \
      __builtin_choose_expr(                                                \
          __builtin_types_compatible_p(__typeof__(v), __typeof__(&(v)[0])), \
          ~(uint64_t)0, word_list_first((v), sizeof(__typeof__(v)))))

/* Words that may sit inside a noun phrase between an actor and an agent
 * ("Gondor's main opposition group", "MSF Arnor diplomat"). */
static inline int is_np_filler(const tag_token *t) {
  switch (t->pos) {
    case TAG_DT: case TAG_JJ: case TAG_JJR: case TAG_JJS: case TAG_NN:
    case TAG_NNS: case TAG_NNP: case TAG_NNPS: case TAG_POS: case TAG_PRPS:
    case TAG_CD: case TAG_VBN: case TAG_FW:
      return 1;
    default:
      return t->type == TAG_T_POSSESSIVE;
  }
}

/* The CAMEO root (first two digits) of a code string, or -1. */
static inline int code_root(const char *code) {
  if (code == NULL || code[0] < '0' || code[0] > '9' || code[1] < '0' ||
      code[1] > '9')
    return -1;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

/* Verbs whose clause complement is coded by its own verb. */
static inline int is_speech_verb(const char *lemma) {
  static const char *const v[] = {"say", "report", "add", "claim", "state",
                                  "announce", "tell", "note", "insist"};
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    if (streq(lemma, v[i])) return 1;
  return 0;
}

/* Last token of group g (g indexes ws->ent and heads its group). */
static inline uint32_t group_last(const coder_ws *ws, int32_t g) {
  int32_t k = g;
  while (ws->ent[k].next >= 0) k = ws->ent[k].next;
  return ws->ent[k].last;
}

#endif /* DYAD_CODE_CODER_INT_H */
