/*
 * pattern.h: verb pattern matching and scoring.
 *
 * Matches the patterns of a dictionary verb's block around one verb of the
 * tagged sentence and picks the highest scoring one, with the groups its
 * slots ('$' source, '+' target, '%' compound) hold.  The caller (coder.c)
 * sets up the token windows in an mctx; what the chosen pattern says goes
 * into a pattern_choice that role.c and coder.c read.  Internal to
 * src/code.
 */
#ifndef DYAD_CODE_PATTERN_H
#define DYAD_CODE_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#include "code/coder_int.h"

/* Matching state for one verb.  The caller fills d, ws, lo, hi, thi, vs
 * and ve (zeroing the rest); the matcher owns the other fields. */
typedef struct mctx {
  const dyad_dict *d;
  const coder_ws *ws;
  const dict_pat_tok *P;     /* the pattern's tokens */
  size_t np, vi;             /* token count, index of '*' */
  size_t lo, hi;             /* token window [lo, hi) for patterns */
  size_t thi;                /* end of the complement, for '+' and '%' */
  size_t vs, ve;             /* verb tokens [vs, ve) */
  int steps;
  int words, slots;          /* tokens matched by words, slots filled */
  uint32_t pw_at[PAT_WORDS_MAX], pw_len[PAT_WORDS_MAX];  /* post-verb words */
  uint32_t n_pw;
  int neg_used;
  int32_t src, tgt, comp;    /* groups from slots */
  int comp_post;             /* the '%' slot came after the verb */
  int pre_words;             /* tokens matched by words before '*' */
  size_t pre_first;          /* first token the part before '*' used */
  size_t end;                /* token after the last post-verb match */
  int null_pat;              /* the pattern's code is the null "---" */
} mctx;

/* The pattern chosen for a verb, or the verb form's base code. */
typedef struct pattern_choice {
  const dict_pattern *pat;   /* NULL = base code */
  const char *code;          /* code string, maybe "a:b" */
  int neg_used;              /* the pattern's words hold the negation */
  int32_t src, tgt, comp;    /* groups from its slots, -1 if none; a '%'
                                after the verb is moved to tgt unless
                                the subject is a word of the pattern
                                ("FIGHTING * (BETWEEN %)") */
  size_t end;                /* token after its last post-verb match (ve
                                when none) */
  size_t pre;                /* first token its part before '*' used (vs
                                when none) */
  uint32_t n_pw;             /* post-verb words it matched */
  uint32_t pw_at[PAT_WORDS_MAX], pw_len[PAT_WORDS_MAX];
} pattern_choice;

/* Chooses the pattern for the verb form f (block v) at the tokens set up
 * in c: the highest scoring pattern of v's block and of the blocks sharing
 * the form (e->verb_ring), else the form's code or the block's.  Writes
 * into out; an "a:b" code is copied into r's arena (ws->scratch is used as
 * a buffer).  Returns 0, or -1 on OOM. */
int pattern_choose(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                   mctx *c, const dict_verb_form *f, const dict_verb *v,
                   pattern_choice *out);

#endif /* DYAD_CODE_PATTERN_H */
