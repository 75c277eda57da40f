/*
 * context.h: story context, what earlier sentences of a story tell the
 * coder about the current one.
 *
 * A story's sentences are coded in order.  An agent alone ("the minister")
 * takes the country of the story (the first actor of an earlier sentence),
 * or the country an earlier sentence said that title of ("the president"),
 * "he"/"she" as a subject takes the last source of an earlier sentence,
 * "we"/"I" as the subject of a quoted or reported statement the last
 * speaker an earlier sentence attributed a statement to, and a surname
 * alone ("Shoigu") the person named in full before.
 * All such cross-sentence memory lives here (in the ctx_ fields of the
 * coder_ws, which only context.c touches), so that richer coreference
 * (surnames: "Putin" after "Vladimir Putin") can grow in one place.
 * Internal to src/code.
 */
#ifndef DYAD_CODE_CONTEXT_H
#define DYAD_CODE_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "code/coder_int.h"

/* Forgets the context of the previous story (called at story start). */
void context_begin(coder_ws *ws);

/* The actor code a pronoun or name at token i stands for: "he"/"she"
 * after an earlier sentence had a source, "we"/"I" as the subject of a
 * quoted or reported statement after an earlier sentence named a speaker,
 * or a surname standing alone
 * ("Shoigu", "Kim") of a person an earlier sentence named in full.  NULL
 * if none.  The string belongs to ws or the dictionary and stays valid
 * until the end of the current sentence. */
const char *context_pronoun(const coder_ws *ws, size_t i);

/* Is token i a surname an earlier sentence of the story gave someone the
 * dictionary does not know ("Lorent Saleh", "Urfan Sharif": a capitalised
 * name right before it, neither an actor nor an agent), when that is the
 * latest person of that surname the story named?  A derived bare surname
 * there is that unknown person, not the dictionary's holder. */
int context_unknown_name(const coder_ws *ws, size_t i);

/* The country (3 letters) of a title without one ("the president", agent
 * phrase id agent_phrase) when an earlier sentence said that title of a
 * country ("Ukrainian President ..."), else the story's country
 * (context_country), else NULL.  The string belongs to ws. */
const char *context_title_country(const coder_ws *ws, uint32_t agent_phrase);

/* The country (3 letters) an earlier sentence said the title of agent
 * phrase agent_phrase of ("the president" after "Ukrainian President
 * ..."), or NULL.  The string belongs to ws. */
const char *context_said_title(const coder_ws *ws, uint32_t agent_phrase);

/* The story's country (3 letters) so far, or NULL when no earlier sentence
 * named the actor of a state (organisations, media and regions set no story
 * country: "Journalists from Al Jazeera ..." is no Qatari story).  The string
 * belongs to ws. */
const char *context_country(const coder_ws *ws);

/* Notes that entity group g of the current sentence is the speaker of a
 * statement (", X said", "X said that", "according to X"); later
 * sentences of the story read "we"/"I" as the subject of a quoted or
 * reported statement as that speaker (context_pronoun).  Groups without
 * a known country are ignored. */
void context_note_speaker(coder_ws *ws, int32_t g);

/* Updates the context after a sentence whose events are
 * r->events[first_ev, r->n_events) and whose entities are in ws. */
void context_sentence_end(coder_ws *ws, const dyad_result *r,
                          size_t first_ev);

#endif /* DYAD_CODE_CONTEXT_H */
