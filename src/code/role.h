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
 * is not coded (ws->consumed). */
void role_hide_reporters(coder_ws *ws);

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

#endif /* DYAD_CODE_ROLE_H */
