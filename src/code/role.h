/*
 * role.h: source and target of a coded verb, attribution and control
 * verbs.
 *
 * Given a verb, its verb group and the pattern chosen for it (pattern.h),
 * finds the groups that act and are acted on: subject and complement,
 * passive voice, speech verbs.  Also hides attributions (", X said",
 * "according to X") from roles and settles control verbs ("threatened to
 * attack").  Works on the entities of mention.h.  Internal to src/code.
 */
#ifndef DYAD_CODE_ROLE_H
#define DYAD_CODE_ROLE_H

#include <stddef.h>
#include <stdint.h>

#include "code/coder_int.h"
#include "code/pattern.h"

/* The verb group around a verb, as roles see it. */
typedef struct verb_group {
  size_t gs, ge;             /* group tokens [gs, ge) */
  uint16_t flags;            /* TAG_VG_*, passive corrected */
  int negated;               /* the verb or its group is negated */
} verb_group;

/* Fills vg for the verb at tokens [i, i+len) of the tagged sentence: its
 * verb group (without an actor the chunker put into it), the group's flags
 * with the passive corrected (a bare participle after a noun is passive,
 * "was seen to break" is not) and whether the verb is negated. */
void role_verb_group(const coder_ws *ws, size_t i, size_t len,
                     verb_group *vg);

/* End (exclusive) of the complement of a verb whose group ends at ve.
 * `clause` 1: also end where a relative or "whether" clause begins
 * ("the man who"), for the default target; 2: at "that" as well, for
 * speech verbs ("says that China ...": the inner verb codes that).
 * Patterns may reach past both ("* HOPES THAT +"). */
size_t role_complement_end(const coder_ws *ws, size_t ve, int clause);

/* Is the verb lemma one of mutual action, whose compound subject acts
 * on itself ("agree", "meet", "talk", "sign", "negotiate", "clash" ...)? */
int role_is_mutual_verb(const char *lemma);

/* Source and target groups of the verb at [c->vs, c->ve) with verb group
 * vg and chosen pattern pc: the pattern's slots first, else the subject
 * and the first group of the complement, which ends at cend (c->thi when
 * the pattern read past the verb); passive groups swap.  `speech`: the
 * verb is a speech verb.  Writes -1 for none; source and target differ.
 * Uses ws->patword as scratch (cleared again). */
void role_assign(coder_ws *ws, const verb_group *vg, const mctx *c,
                 const pattern_choice *pc, size_t cend, int speech,
                 int32_t *src_out, int32_t *tgt_out);

/* Attribution is no participant: a trailing reporting clause ("..., the
 * Ukrainian military said.", "..., said U.S. officials on Monday.") and
 * "according to X" name who reports, not who acts.  Their actors are
 * hidden from the roles of other verbs (ws->ent_at) and the reporting verb
 * is not coded (ws->consumed).  keep_tail (set when the engine does not
 * require a dyad) leaves the trailing clause alone, so "..., a senior
 * official said on Monday" codes the statement with no target, as
 * PETRARCH's require_dyad = False does; not when nothing but "today",
 * "yesterday" or "tonight" follows the verb (no object in PETRARCH's
 * parse). */
void role_hide_reporters(coder_ws *ws, int keep_tail);

/* The end (exclusive) of a time adjunct that starts at token k: "on
 * Monday", "on Friday night", "on 5 March", "on March 5", "in March",
 * "last week", "earlier this month", "yesterday"; k when none starts
 * there.  Such an adjunct between a verb and its complement ("appealed
 * on Monday to the UN") belongs to neither. */
size_t role_time_adjunct(const coder_ws *ws, size_t k);

/* The embedded verb of a control construction at the verb [i, i+len):
 * "threatened to attack", "vowed not to retreat", "refused to ever meet":
 * the token of a dictionary verb after "to", or SIZE_MAX. */
size_t role_control_embedded(const coder_ws *ws, size_t i, size_t len);

/* Settles the control verb f (block v) at [c->vs, c->ve) whose embedded
 * verb is at token emb with code emb_code: a pattern that reads past the
 * verb codes it, else an intent (03), reject (12) or threat (13) verb
 * codes the embedded action in its own terms ("threaten" + 19x = 1384,
 * copied into r's arena).  Returns 0 when pc now holds the framing verb's
 * code (emb is then marked consumed), 1 when the framing verb gives no
 * event (the caller codes the embedded verb instead), -1 on OOM. */
int role_control(const dyad_dict *d, coder_ws *ws, dyad_result *r,
                 const mctx *c, const dict_verb_form *f, const dict_verb *v,
                 size_t emb, const char *emb_code, pattern_choice *pc);

/* The subject group of the clause an adjunct opening at token p belongs
 * to ("Christopher flew to Damascus on Saturday for talks with Assad",
 * "North Korea suspended its withdrawal after talks with U.S.
 * officials"): that of the nearest verb group before p when it is
 * finite (not past ';' or ':'), or after a comma (", after talks in Moscow with") that of
 * the sentence's first finite verb group, the main clause's; -1 when that group is negated, modal or an infinitive, or
 * has no subject.  Writes the group's head verb token into *head. */
int32_t role_adjunct_subject(const coder_ws *ws, size_t p, size_t *head);
/* "Libya told Britain it would withdraw", "informed the State Department
 * on Monday that it will launch": when the verb group starting at vs opens
 * with would/will after "it" or "they", and before them (past "that" and
 * a time phrase) ends an actor group that follows a form of tell, inform,
 * assure or notify (past a determiner), that group, the listener; the
 * pronoun is the teller.  Writes the token of the verb of telling into
 * *tv.  Returns the group, or -1. */
int32_t role_told_listener(const coder_ws *ws, size_t vs, size_t *tv);
/* Who drew a reaction: the subject of the verb group starting at vs
 * ("Russia's drills drew criticism from NATO", ", drawing criticism from
 * NATO" after a finite verb), or for a relative clause on a noun that
 * sums up the clause before its comma ("Bush sold jets to Taiwan, a
 * decision that drew a protest from Beijing") the subject of the
 * sentence's first finite verb group.  Returns the group, or -1. */
int32_t role_reaction_target(const coder_ws *ws, size_t vs);
/* Is group g one actor named alone that modifies a noun of attack in its
 * noun phrase ("a Russian missile strike", "Israeli airstrikes", "an
 * Israeli drone attack"): the attacker, even after "in"? */
int role_attack_modifier(const coder_ws *ws, int32_t g);

/* The intent (03) code of a cooperative action code of roots 04-08
 * ("meet" 036, "send aid" 033) into out (size >= 8); 0 when code is no
 * such action. */
int role_intent_code(const char *code, char out[8]);

/* The threat (13x) for a hostile action code of roots 14-20 ("sever
 * ties" 161 -> 1313, "attack" 190 -> 1384) into out (size >= 8); 0 when
 * code is no such action. */
int role_threat_code(const char *code, char out[8]);

/* Conditions and questions, which report no act: returns 1 when the
 * verb at [c->vs, c->ve) with group vg stands in an "if"/"unless" clause
 * ("If Russia invades Ukraine, ...") or in a question ("Will China invade
 * Taiwan?"), 2 when it is the modal consequence of such a condition ("...,
 * NATO will respond"; "would strike if attacked"), 3 when that condition
 * is an "unless" ("will sever ties unless Israel apologises": a threat,
 * CAMEO's note to 130), else 0. */
int role_conditional(const coder_ws *ws, const verb_group *vg,
                     const mctx *c);

/* Modality: "could invade", "would travel", "ready to resume talks",
 * "plans to send": an action only intended or possible is not done.  For
 * a material action (roots 04-08, 14-20) of the verb at [c->vs, c->ve)
 * with verb group vg: a hypothetical form (could, might, may, would have)
 * gives no event; an intent (would, ready to, plans to, intends to) codes
 * the intent (04-08 -> 03x: "would meet" 036) or the threat (14-20 ->
 * 13x); a forecast ("is expected to", "is set to") codes the intent of
 * cooperation and no event for violence; "will" is coded as done (as
 * PETRARCH does: petrarch-unit SYNSET-07a), except a cooperative act in a
 * clause reported by a speech verb ("announced that it will apologize"),
 * an intent.  "must", "should", "ought" are hypothetical, and so is an
 * infinitive under a verb of appeal ("urged Russia to withdraw", "calls
 * for Iraq to crack down", "were urged to leave").  A non-material act
 * (roots 01-02, 09-13) gives no event when requested, planned or
 * expected through an infinitive ("plans to investigate"); a modal on it
 * is kept (petrarch-unit VERB-08, VERB-10).  future_threat (the code is
 * one of the dictionary's future_threat_codes): a plain future of a
 * hostile act is not done but threatened ("will launch a ground
 * offensive" 1384), as an intent is.  future_intent (the code is one of
 * the dictionary's future_intent_codes): a plain future of a cooperative
 * act (04-08) is promised, not done: its intent ("will send aid" 0333).
 * Replaces pc->code (copied into r's arena).  Returns 0 (code kept or
 * replaced), 1 no event, -1 OOM. */
int role_modality(coder_ws *ws, dyad_result *r, const verb_group *vg,
                  const mctx *c, pattern_choice *pc, int future_threat,
                  int future_intent);

/* History: does the clause of the verb group vg (back to a comma,
 * semicolon or another verb group, forward to cend, the end of its
 * complement) date it to an earlier year than the story's ("who fought
 * to topple Gaddafi in 2011", "fought a war in 1994")?  Such an act is
 * background of the report, not an event of its date.  0 when the story
 * has no date. */
int role_history(const coder_ws *ws, const verb_group *vg, size_t cend);

/* Background, whatever the date: is the act of verb group vg (its code
 * code) told as earlier, with "previously" or "formerly" inside the group
 * or among the adverbs right before it ("was previously interrogated by
 * the FBI"), or, for force (18-20) and aid (06, 07), summed up over a
 * span of time after the verb, before cend ("has killed 64 civilians in
 * air strikes over the past year": over/in/during the past/last, a number
 * or none, and year(s), months or decade(s))?  Such an act is no event
 * of the report's date. */
int role_background(const coder_ws *ws, const verb_group *vg, size_t cend,
                    const char *code);

/* Is the verb at token i a participle heading a reduced relative, which
 * describes the noun before it and is no event of the sentence?
 *   - a present participle right after a plural noun ("kidnapped two
 *     soldiers patrolling along the border", "forces supporting the
 *     president"), or after a singular noun that opens the sentence and
 *     is the subject of a later finite verb before any comma ("A US
 *     citizen fighting alongside the YPG is killed");
 *   - a bare past participle (no auxiliary; adverbs may come between)
 *     right after a noun or actor, in a sentence part holding another
 *     finite verb ("is arming submarines supplied by Germany",
 *     "territories occupied by Israel since 1967", "missiles allegedly
 *     intended for Hezbollah").
 * A participle after a comma (", killing 30") or after an object
 * ("struck a house killing 30") is not one.  (The coder keeps protests
 * so described: people protesting are the news.) */
int role_reduced_relative(const coder_ws *ws, size_t i);

/* Is lemma (NULL: no) a verb of a court's act on the accused
 * ("sentence", "convict", "jail", "imprison", "acquit", "fine", "indict",
 * "try")? */
int role_judicial_verb(const char *lemma);

/* Is the comma at token k one of a list of common nouns closed by "and"
 * or "or" ("delivered fuel, food and spare parts to Yugoslavia"): a
 * common noun before it, then only determiners, adjectives, numbers,
 * common nouns and such commas up to the "and", and a noun phrase after
 * that, which a preposition other than "of" follows ("to Yugoslavia")?
 * Such a comma ends no pattern window. */
int role_list_comma(const coder_ws *ws, size_t k);

/* Does a subordinate clause open at token k ("after Turkey began", "as
 * Israeli jets struck", "because Russia had attacked"): a subordinator,
 * a noun phrase (or up to four joined by "and"/"or": "after soldiers
 * and police attacked"), then a finite verb group?  Words of such a clause
 * belong to its own verb, not to a pattern of the verb before it. */
int role_subclause_rest(const coder_ws *ws, size_t k);
static inline int role_subclause_at(const coder_ws *ws, size_t k) {
  /* a subordinator is a TAG_W_CSUB word: most tokens are none, and cost
   * no call (role_subclause_rest tests the rest) */
  return (tag_wclass(&ws->tag, k) & TAG_W_CSUB) && role_subclause_rest(ws, k);
}

/* Is the verb "attack" at c->vs, coded `code` (the plain 190 only), a
 * verbal attack: a reason with "for" and a gerund or a possessive
 * follows it in its clause ("attacked Biden for accumulating wealth",
 * "attacked the minister for his remarks")?  One is blamed for what one
 * did; CAMEO codes that as criticism (111), not as force. */
int role_verbal_attack(const coder_ws *ws, const verb_group *vg,
                       const mctx *c, const char *code);

/* The token before the gerund at token k and the adverbs and opening
 * quotes right before it, not below token lo ("for allegedly funding",
 * 'of "smearing': the "for", the "of"); SIZE_MAX when none stands there.
 * The caller checks that k is a gerund. */
size_t role_gerund_head(const coder_ws *ws, size_t k, size_t lo);

/* Does the gerund at token k stand under a preposition, adverbs skipped
 * ("after leaving", "for allegedly funding"; "that" is no preposition)? */
int role_gerund_under_prep(const coder_ws *ws, size_t k);

/* Is the gerund at token i joined by "and"/"or" to a gerund under a
 * preposition ("accused Russia of bombing Tskhinvali, and invading
 * Gori", with no finite verb between)?  It is under that preposition
 * too: no event of its own. */
int role_coordinated_gerund(const coder_ws *ws, size_t i);

/* "A and B agreed", "A and B held talks": is the act mutual among the
 * members of the compound source group src, with no target?  True when
 * tgt < 0, src heads a group of actors joined by "and", the verb is
 * active and it is a mutual verb (agree, meet, talk, sign, negotiate,
 * cooperate, ...) or its code is (consult 04x except travel and mediate,
 * sign 057, intents 036/037, material cooperation 06).  The caller then
 * codes the members on each other, like a '%' slot.  A target the
 * pattern did not place that stands after a place or occasion preposition
 * ("exchanged fire in Kashmir", "signed during Modi's visit") does not
 * count; reciprocal verbs (exchange, trade, clash, fight) are mutual. */
int role_mutual(const coder_ws *ws, const verb_group *vg, const mctx *c,
                const pattern_choice *pc, int32_t src, int32_t tgt);

/* "Israel's defence minister warned that Israel would strike Iran": a
 * threat (13x) whose target is the subject of the "that" clause it reads,
 * when that subject is the source's own country followed by a modal,
 * threatens the object of the clause's verb instead.  Returns the new
 * target group, or tgt unchanged; cend bounds the clause. */
int32_t role_threat_self_target(const coder_ws *ws, const char *code,
                                int32_t src, int32_t tgt, size_t cend);

/* The place named in the subject of the passive verb group at token vs
 * ("The town of Goma was seized", "Two airports in Crimea were seized"):
 * the group after the place noun's "of" or "in", or -1. */
int32_t role_place_subject(const coder_ws *ws, size_t vs);

/* The doer named by "by" at token k, or after the common nouns from k on
 * that end a patient's noun phrase ("[an army] base by"): the actor group
 * that starts right after "by" (past articles and adjectives: "by the
 * Iraqi army"), or -1. */
int32_t role_by_doer(const coder_ws *ws, size_t k);

/* "condemned the hanging of writer Ken Saro-Wiwa by the military
 * government", "protest the killing of three civilians by Indian troops":
 * a target group tgt (after the verb ending at token ve) that is the
 * patient of an act noun ("the hanging of", "an attack on") whose doer
 * follows it after "by" is no target: the doer is.  Returns the doer's
 * group (an actor, not src, not of src's country), else tgt. */
int32_t role_act_doer_target(const coder_ws *ws, int32_t src, int32_t tgt,
                             size_t ve);

/* "Pakistan admitted that its border guards had fired on Afghan troops":
 * the party an admission (015) of a "that" clause is about, the first
 * actor group of the clause [th, cend), up to a comma, that is neither the source's own
 * country nor a phrase owned by a pronoun ("its border guards").  Returns
 * the group or -1. */
int32_t role_admitted_target(const coder_ws *ws, size_t th, size_t cend,
                             int32_t src);

/* Allegation: is the verb at token i the verb of a clause that a claim
 * reports ("Vietnam claims that China assaulted its fishermen", "Iran
 * alleges that Israel bombed", "charged that Turkish troops shelled",
 * "claims by the newspaper that IDF troops abused")?  Going back from
 * the verb over its verb group and its subject (an actor, noun-phrase
 * words, "of"), then possibly "that" and a time phrase, stands a verb of
 * claiming (claim, allege, contend, assert; accuse, charge and insist
 * only before "that"), not negated, or before "that" a noun of claiming
 * (claims, allegations, accusations).  Returns 1 with *speaker the
 * verb's subject or the noun's owner ("Israeli allegations", "claims by
 * X"), -1 when it names none, or 2 when the verb is one of accusing
 * (allege, accuse, charge), which codes the accusation itself (112),
 * or 3 when it is "say" or "state" (a report, which makes an allegation
 * only of mass killing: "Kerry says ISIL has committed genocide"), or 4
 * when it is the noun "allegations" or "accusations" (as 1, but what it
 * reports is only alleged whatever its code); else 0.  A verb of claiming read as a plural noun right after its
 * speaker ("Afghanistan claims Pakistani based Taliban have killed")
 * counts.  An infinitive ("claims to have
 * killed") and a pronoun subject ("claims it shot down") are the
 * claimant's own act: 0. */
int role_alleged_clause(const coder_ws *ws, size_t i, int32_t *speaker);

/* Is the act of source group src that speaker alleges the speaker's own
 * side's (the same group, or actors of one country: "Turkey claims that
 * Turkish jets killed 30 militants")?  Such a claim reports the act. */
int role_alleged_keep(const coder_ws *ws, int32_t speaker, int32_t src);

/* Is the complement after token ve (the end of a verb such as "suggest")
 * a clause told as a fact: an optional "that", its subject, then a verb
 * in the past or present tense or with a modal other than "should",
 * "could" or "might"
 * ("a study suggests Asians may view faces differently", "suggests that
 * Israel carried out the killing"), not a proposal ("suggested that South
 * Korea pay", "suggests joint drills")? */
int role_indicative_clause(const coder_ws *ws, size_t ve);

/* Is the verb at token i a participle completing a motion that was not
 * adopted: "resolution", "motion", "bill" or "draft" right before it, and
 * the motion a draft ("circulates a draft resolution condemning") or the
 * object of a verb of vetoing, blocking, defeating or proposing ("The
 * United States vetoes a Security Council resolution condemning the
 * barrier")?  What it would have done is not done. */
int role_unadopted_motion(const coder_ws *ws, size_t i);

/* A vow of force: does the complement of a verb of vowing that ends at
 * ve (up to cend) name force or punishment to come ("vowed to crush the
 * rebels", "vowed to re-orient anew the offensive against the NPA",
 * "vows to continue its offensive against Hamas", "vowing severe
 * punishment on culprits", "vowed revenge")?  That is a threat (CAMEO
 * 13), not an intent to cooperate: writes "138" (force) or "137"
 * (repression: punishment, a crackdown) into out (size >= 8) and
 * returns 1; else 0. */
int role_vowed_force(const coder_ws *ws, size_t ve, size_t cend,
                     char out[8]);

#endif /* DYAD_CODE_ROLE_H */
