/*
 * result.h: the dyad_result workspace, shared by the stages that fill it.
 *
 * A dyad_result holds everything produced while coding one article: the
 * repaired text, its sentences and its events.  Stages append to it through
 * the functions below; writers and the store read it through the public
 * accessors in dyad.h.  All strings live in one arena that is reset (not
 * freed) between articles, so a long run allocates only while the largest
 * article seen so far grows.
 */
#ifndef DYAD_CODE_RESULT_H
#define DYAD_CODE_RESULT_H

#include "dyad.h"
#include "util/arena.h"

struct dyad_result {
  arena mem;                 /* strings of the current article */
  const dyad_article *article;

  char *clean;               /* repaired UTF-8 text (in mem), NUL-ended */
  size_t clean_len;
  size_t invalid_bytes;

  dyad_sentence *sents;      /* growable array, capacity sents_cap */
  size_t n_sents, sents_cap;
  dyad_event *events;
  size_t n_events, events_cap;

  void *engine_ws;           /* per-thread workspace of the coding engine,
                                created on first use, freed with the result */
  void (*engine_ws_free)(void *);
  dyad_result *scratch_lender; /* when set, its engine_ws is used instead
                                  (dyad_result_borrow_scratch) */
};

/* Forgets the previous article: resets the arena and the counts. */
void result_reset(dyad_result *r, const dyad_article *a);

/* Appends a sentence (copied by value) and returns it, or NULL on OOM. */
dyad_sentence *result_add_sentence(dyad_result *r, const dyad_sentence *s);

/* Appends an event (copied by value; its strings must already live in r's
 * arena or in static/engine memory) and returns it, or NULL on OOM. */
dyad_event *result_add_event(dyad_result *r, const dyad_event *ev);

/* Copies len bytes of s into the result's arena, NUL-terminated. */
const char *result_strdup(dyad_result *r, const char *s, size_t len);

#endif /* DYAD_CODE_RESULT_H */
