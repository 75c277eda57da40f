/*
 * result.c: the per-article result workspace (see result.h) and the public
 * accessors declared in dyad.h.
 */
#include "code/result.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

dyad_result *dyad_result_new(void) {
  return calloc(1, sizeof(dyad_result));
}

void dyad_result_free(dyad_result *r) {
  if (r == NULL) return;
  if (r->engine_ws && r->engine_ws_free) r->engine_ws_free(r->engine_ws);
  arena_free(&r->mem);
  free(r->sents);
  free(r->events);
  free(r);
}

void result_reset(dyad_result *r, const dyad_article *a) {
  assert(r != NULL);
  arena_reset(&r->mem);
  r->article = a;
  r->clean = NULL;
  r->clean_len = 0;
  r->invalid_bytes = 0;
  r->n_sents = 0;
  r->n_events = 0;
}

/* Grows *arr (elements of size elem) to hold at least n+1 elements. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem) {
  if (n < *cap) return 0;
  size_t nc = *cap ? *cap * 2 : 16;
  if (nc > SIZE_MAX / elem) return -1;
  void *p = realloc(*arr, nc * elem);
  if (p == NULL) return -1;
  *arr = p;
  *cap = nc;
  return 0;
}

dyad_sentence *result_add_sentence(dyad_result *r, const dyad_sentence *s) {
  if (grow((void **)&r->sents, &r->sents_cap, r->n_sents, sizeof *s) != 0)
    return NULL;
  r->sents[r->n_sents] = *s;
  return &r->sents[r->n_sents++];
}

dyad_event *result_add_event(dyad_result *r, const dyad_event *ev) {
  if (grow((void **)&r->events, &r->events_cap, r->n_events, sizeof *ev) != 0)
    return NULL;
  r->events[r->n_events] = *ev;
  return &r->events[r->n_events++];
}

const char *result_strdup(dyad_result *r, const char *s, size_t len) {
  return arena_strndup(&r->mem, s, len);
}

void dyad_result_borrow_scratch(dyad_result *r, dyad_result *lender) {
  assert(r != NULL);
  r->scratch_lender = lender == r ? NULL : lender;
}

size_t dyad_result_sentences(const dyad_result *r) { return r->n_sents; }

const dyad_sentence *dyad_result_sentence(const dyad_result *r, size_t i) {
  return i < r->n_sents ? &r->sents[i] : NULL;
}

size_t dyad_result_events(const dyad_result *r) { return r->n_events; }

const dyad_event *dyad_result_event(const dyad_result *r, size_t i) {
  return i < r->n_events ? &r->events[i] : NULL;
}

size_t dyad_result_invalid_bytes(const dyad_result *r) {
  return r->invalid_bytes;
}
