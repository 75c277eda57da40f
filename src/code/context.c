/*
 * context.c: story context, the coder's memory across the sentences of one
 * story (see context.h).
 *
 * Two facts are kept: the country of the story (the first actor code of an
 * earlier sentence, cut to its country part) and the last source of an
 * earlier sentence, for "he"/"she".  They are set only after a sentence is
 * coded, so a sentence never refers to itself.  This is where surname
 * coreference will go.
 */
#include "code/context.h"

#include <assert.h>
#include <string.h>

#include "code/result.h"

void context_begin(coder_ws *ws) {
  assert(ws != NULL);
  ws->ctx_country[0] = ws->ctx_person[0] = '\0';
}

const char *context_pronoun(const coder_ws *ws, size_t i) {
  if (ws->ctx_person[0] &&
      (streq(ws->toks[i], "he") || streq(ws->toks[i], "she")))
    return ws->ctx_person;
  return NULL;
}

const char *context_country(const coder_ws *ws) {
  return ws->ctx_country[0] ? ws->ctx_country : NULL;
}

void context_sentence_end(coder_ws *ws, const dyad_result *r,
                          size_t first_ev) {
  /* story context for later sentences */
  if (!ws->ctx_country[0])
    for (size_t k = 0; k < ws->n_ent; k++)
      if (ws->ent[k].actor && strlen(ws->ent[k].actor) >= 3 &&
          !streq(ws->ent[k].actor, "---")) {
        memcpy(ws->ctx_country, ws->ent[k].actor, 3);
        ws->ctx_country[3] = '\0';
        break;
      }
  if (r->n_events > first_ev) {
    const char *src = r->events[r->n_events - 1].source;
    if (strlen(src) < CODE_MAX) strcpy(ws->ctx_person, src);
  }
}
