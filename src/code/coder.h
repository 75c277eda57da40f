/*
 * coder.h: the event coder, which turns one tagged sentence into events.
 *
 * The coder is dictionary driven, in the PETRARCH / TABARI tradition, but
 * works on a shallow parse (tokens, parts of speech, noun phrases and verb
 * groups from src/tag) instead of a full constituency tree.  For a sentence
 * it finds actor and agent mentions, groups them into actors (country +
 * agent: "Russian defence minister" -> RUSMIL) and compounds ("Russia and
 * China"), finds dictionary verbs in verb groups, matches the verb block's
 * patterns around each verb, picks source (subject) and target (the '+'
 * slot or first actor of the complement) and emits dyad_event records.
 *
 * All state lives in a coder_ws (coder_int.h) owned by one thread (kept
 * in the dyad_result's engine_ws slot); the engine and its dictionary are
 * only read.  Arrays grow to the largest sentence seen and are reused, so
 * the hot path does not allocate.
 */
#ifndef DYAD_CODE_CODER_H
#define DYAD_CODE_CODER_H

#include <stddef.h>

#include "dyad.h"

typedef struct coder_ws coder_ws;

/* A new, empty workspace, or NULL when out of memory. */
coder_ws *coder_ws_new(void);
/* Frees a workspace (void* so it can serve as dyad_result.engine_ws_free).
 * NULL is accepted. */
void coder_ws_free(void *ws);

/* Starts a new story: forgets the actors of the previous one and reads the
 * article's date.  Must be called before the story's first sentence. */
void coder_story_begin(coder_ws *ws, const dyad_article *a);

/* Codes sentence `si` (0-based index into r->sents) of the current story,
 * appending its events to r and setting the sentence's n_events.  Needs
 * e->dict != NULL.  Returns DYAD_OK, DYAD_END when a story-level discard
 * matched (the caller stops coding the story; its events are dropped
 * already), or DYAD_ERR_NOMEM. */
int coder_code_sentence(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                        size_t si);

#endif /* DYAD_CODE_CODER_H */
