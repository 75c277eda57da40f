/*
 * mention.h: actor and agent mentions, entities and compound groups.
 *
 * Recognizes who a sentence names: mentions (the longest actor or agent
 * phrase at a token), entities (the mentions of one noun phrase combined
 * into one actor code) and compound groups ("Russia and China").  The
 * results live in the coder_ws (ment, ent, ent_at); the other coder modules
 * read them through the queries below.  Internal to src/code.
 */
#ifndef DYAD_CODE_MENTION_H
#define DYAD_CODE_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "code/coder_int.h"

/* Finds actor and agent mentions of the tagged sentence in ws (ws->ment):
 * longest match at each token, actors win ties.  Returns 0 or -1 on OOM. */
int mention_find(const dyad_dict *d, coder_ws *ws);

/* Builds entities and compound groups from the mentions (ws->ent) and maps
 * each token to its entity (ws->ent_at).  0 or -1 on OOM. */
int mention_build_entities(coder_ws *ws);

/* The code of entity i into buf (CODE_MAX): part `part` of an actor code
 * that lists several actors ("FRO/BIL/SAM").  Returns 0 when there is no
 * such part.  `home` (NULL if none) is the source's country, for a
 * domestic institution without a country. */
int mention_entity_code(const coder_ws *ws, int32_t i, int part, char *buf,
                        const char *home);

/* Is the actor code's first part a state's: a country or territory code,
 * not an organisation (IGO, NGO, IMG, MNC), a medium (MED), a region
 * (EUR, MEA, ...), an ethnic code (KUR) or the null code? */
int mention_country_code(const char *a);

/* Do codes a and b (3 letters or more) name the same state: the same
 * country, or two of Serbia's names over time (SRB, YUG, SCG)? */
int mention_same_state(const char *a, const char *b);

/* Is the entity starting at token f inside a prepositional phrase?  Not
 * after a quantity ("thousands of Kenyan protesters") unless the quantity
 * itself is. */
int mention_in_pp(const coder_ws *ws, size_t f);

/* Is group g only agents with no actor ("the troops", "artillery")? */
int mention_group_weak(const coder_ws *ws, int32_t g);

/* Does a possessive pronoun ("its troops", "their forces") open the noun
 * phrase of the entity starting at token f?  Such a phrase belongs to the
 * subject. */
int mention_owned_by_pronoun(const coder_ws *ws, size_t f);

/* Does word w name a state's representation abroad ("embassy",
 * "consulate", "ambassador", "diplomat", "envoy", singular or plural)? */
int mention_abroad_word(const char *w);

/* Is token w (tokens are lowercased) a day of the week ("on Friday
 * that", "said on Thursday his government")?  The one weekday list of
 * the coder's rules. */
int mention_is_weekday(const char *w);

/* Is token k a lower-case "people" counted in figures of a thousand or
 * more right before it ("50,000 people", "some 100,000 people", "more
 * than 10,000 people"), the subject of an active finite verb right after
 * it ("50,000 people marched"): a crowd, as "thousands of people" is? */
int mention_counted_crowd(const coder_ws *ws, size_t k);

/* Does word w name an armed body's post or equipment ("positions",
 * "base", "station", "checkpoint", "convoy", "barracks", ...), so that
 * an agent modifying it ("rebel positions", "a police station") is the
 * one an attack on it falls on? */
int mention_post_noun(const char *w);

/* "stormed the Baghdad offices of an aid group", "raided the Moscow
 * headquarters of Media-Most": is group g one place named by its proper
 * name (not a nationality adjective nor an abbreviation: "the Israeli
 * occupation of", "the U.S. embargo of" stay as they are) that modifies
 * the common noun after it (not a part of a place: "the Greek town of
 * Tripoli"), which "of" and another group follow?  Returns that group,
 * the owner of the thing named, else -1. */
int32_t mention_place_modifier_owner(const coder_ws *ws, int32_t g);

/* Is actor code a (NULL: no actor) a news medium's: "MED..." or
 * "XXXMED..."? */
int mention_code_media(const char *a);

/* Is entity E a news medium: its actor code is (mention_code_media), or
 * the agent MED is written after its actor ("state media", "Reuters")? */
int mention_is_media(const entity *E);

/* Is every member of group g a news medium (mention_is_media)?  Media
 * that hear or report a statement are no participants of it. */
int mention_group_media(const coder_ws *ws, int32_t g);

/* Is group g a location ("met in Cairo", "in Cape Town, South Africa"):
 * every member a place (entity.place)? */
int mention_group_place(const coder_ws *ws, int32_t g);

/* Is group g a venue, a location of the act itself ("said in Cairo", "a
 * news conference in Chile"), not of a thing talked about ("the crisis
 * in Darfur")? */
int mention_group_venue(const coder_ws *ws, int32_t g);

/* "reiterated U.S. support", "discussed a new US draft resolution": is
 * group g a lone actor that only modifies a following abstraction noun
 * (support, plan, proposal, draft, resolution, ...) of its noun phrase? */
int mention_group_modifier(const coder_ws *ws, int32_t g);

/* "endorsed the report on the Gaza War", "the cost of the Iraq war":
 * is group g a lone country or place (a bare 3-letter actor) that only
 * names the topic of a following noun of its noun phrase (war,
 * conflict, crisis, talks, uprising, ...)?  Not of "war crimes", which
 * have doers. */
int mention_group_topic(const coder_ws *ws, int32_t g);

#endif /* DYAD_CODE_MENTION_H */
