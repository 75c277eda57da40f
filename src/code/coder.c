/*
 * coder.c: the event coder's driver, which codes one sentence and emits
 * its events (see coder.h for the model).
 *
 * One sentence goes through these steps:
 *   1. prefilter  tokenize only, and give up unless the sentence holds a
 *                 dictionary verb and an actor or agent (most news sentences
 *                 are dropped here without tagging);
 *   2. tag        parts of speech, verb groups, noun phrases (src/tag);
 *                 "Dol_Amroth" is read as "Dol Amroth" and a comma between
 *                 two adjectives ("complete, full ties") as a space, as
 *                 PETRARCH's parse does (byte offsets unchanged);
 *   3. discards   a sentence-level discard drops the sentence, a story-level
 *                 one the whole story;
 *   4. mentions   longest actor or agent phrase at each token, actor codes
 *                 chosen by the story date;
 *   5. entities   mentions in one noun phrase are combined (country + agent:
 *                 "Arnor's foreign minister" -> ARNGOVFRM, agents written
 *                 "~X" go after the actor code, "X~" before), "agent of
 *                 actor" likewise, and entities joined by "and"/"or" (with
 *                 commas in a list) form a compound group; agents joined
 *                 by "and" before "in/of" places spread over them
 *                 ("Lawmakers and officials in A and B": ALEG AGOV BLEG
 *                 BGOV);
 *   6. verbs      each dictionary verb in a verb group (the group's last
 *                 such verb) is coded: the block's patterns are matched
 *                 around it (words in order with gaps, '_' joins adjacent
 *                 words, '+' target, '$' source, '%' compound, '^' one
 *                 noun phrase: "the parliament" of "the parliament of
 *                 Gondor", whose actor a slot after it takes alone;
 *                 synsets),
 *                 the highest scoring pattern gives the code, else the
 *                 form's base code; "---" means no event; a negated verb
 *                 group gives no event unless the pattern itself holds the
 *                 negation; words a pattern consumed are not coded again;
 *   7. roles      source = the subject: the nearest entity group before the
 *                 verb that is not inside a prepositional phrase, or the
 *                 subject of the previous verb group when another verb group
 *                 comes first ("X is about to restore", "X condemned ... and
 *                 promised"); target = '+' slot or the first group in the
 *                 verb's complement (which ends at the next finite verb
 *                 group).  Passive groups swap: the subject is the target,
 *                 the source the "by" agent or first complement group.
 *                 Speech verbs ("said", "reported") do not take the subject
 *                 of an inner clause as target: the inner verb codes it;
 *   8. events     one per (source member, target member) of the groups, and
 *                 the reverse event for "[032:033]" codes; self events and
 *                 duplicates within the sentence are dropped;
 *                 require_dyad drops events that miss an actor.
 * Real-news rules (each with its example at the code):
 *   - a Wikipedia heading before a colon ("2011 Yemeni protests: ...") is
 *     a label, not a clause: only the part after the colon is coded
 *     (hide_heading_label);
 *   - an infinitive under a gerund under a preposition ("for helping
 *     China to attack") and a gerund under a verb of avoidance or
 *     deliberation ("avoids visiting", "considering sending") are not
 *     done, nor is an infinitive after a noun of decision, plan or
 *     refusal ("NATO's decision to invite", "refusal to extradite")
 *     (unrealised_act); a subjunctive clause under a demand ("demanded
 *     that NATO halt the bombing") is not done either (demanded_clause);
 *   - an admission of one's own act ("admitted that its guards had
 *     fired on Afghan troops") is not coded as the act done (015 only,
 *     on the party the clause names: role_admitted_target);
 *   - ", demanding ..." after a protest folds into it (141 + 1041 is
 *     1411 on the demand's target) and after a seizure or attack by the
 *     same source is its motive, no event (fold_demanding);
 *   - lowercase pronouns, determiners, prepositions and conjunctions start
 *     no actor ("told us" is not USA);
 *   - attribution is no participant: a trailing ", X said" / ", said X"
 *     and "according to X" hide X from roles and the reporting verb is
 *     not coded (a future `reporter` field);
 *   - control verbs ("threatened to attack"): the framing verb is coded
 *     when a pattern reads past it, or when it is an intent (03), reject
 *     (12) or threat (13) verb, whose code then follows the embedded
 *     action (frame_code: threaten + 19x = 1384); else the embedded verb;
 *   - "thousands of X", "a group of X": X is the head, not in a PP;
 *   - an actor phrase may be interrupted by adjectives inside its noun
 *     phrase ("Ithilen state-run television": ITHILEN TELEVISION), not by
 *     one that changes whom a title names ("former", "deputy");
 *   - a place between "the" and an agreement or meeting noun ("the Lisbon
 *     treaty", "the Minsk peace process") is part of the name, no actor
 *     (country names from countries.actors.txt stay: "the Iran talks");
 *   - a verb right after "and" ("met Obama and then visited Canada")
 *     shares the previous verb group's subject, not its object, and no
 *     pattern of the first verb reads past that "and" ("met his
 *     counterpart and signed an accord with Greece": 040 and 057, not
 *     046 read from "accord"; not after a passive, nor between two verbs
 *     with nothing between: coordinated_verb_at);
 *   - the purpose infinitive of a meeting is not done ("met to end the
 *     crisis" is the meeting: purpose_infinitive), nor an "until" clause
 *     under an intent or a modal ("vowed to fast until the government
 *     allowed": until_unrealised);
 *   - a passive alert or deployment with no "by" agent is the subject's
 *     own, aimed at the party named after it ("The Pakistani army was
 *     put on high alert along the border with India": PAKMIL>IND);
 *   - group codes naming a non-state sector (PSEREBHMS) take no agents;
 *   - targets: a group with an actor wins over an agent alone; an agent
 *     alone is a target only as direct object, never "its troops", never
 *     only words of the pattern; a domestic institution without a country
 *     ("against the government") takes the source's country, and a
 *     population sector without one ("students clashed with riot police
 *     in Tehran": ---EDU) acting on a state's institution (IRNCOP) takes
 *     that state's country, unless it is an embassy or envoy; as
 *     target it takes the country of the place after it ("civilians
 *     trapped in Grozny": RUSCVL);
 *   - nouns are not verbs after the object of a verb ("struck Hezbollah
 *     targets"), nor participles between a verb and a noun ("tortured
 *     detained villagers");
 *   - pattern scores count tokens, so a multi-word synset beats one word;
 *   - acts on one's own population with no target (curfew 1723, martial
 *     law 1724, restrictions 1721, mobilisation 154; protests by a people
 *     or civil sector)
 *     take the source's country as target (BGDGOV>BGD); two different
 *     entities with the same code make an event only for coercion and
 *     violence (17-20: "Turkish authorities detained Istanbul mayor");
 *   - an event noun as subject ("Fighting broke out between A and B",
 *     pattern "FIGHTING * (BETWEEN %)"): A and B act on each other;
 *   - a halting verb heading a gerund ("stopped supplying Ukraine with
 *     weapons") is coded by its own block's pattern (1622), which then
 *     consumes the gerund; with no such pattern the gerund is coded;
 *   - media hearing or reporting a statement ("told the BBC", "Reuters
 *     reported", a passive "was reported by") are no participants; a
 *     demand with a subjunctive clause ("insisted that Hamas disarm")
 *     targets the clause's subject.
 *   - places: a country or city after in/at/near ("in Cape Town, South
 *     Africa", "the south of Afghanistan") is a location, never a
 *     source; as the venue of a statement or of talks (01, 04 but
 *     visits) it is no target; it gives local agents without a country
 *     (police, government, protesters; not soldiers or gunmen) its
 *     country when the sentence names no other (mention.c);
 *   - "a spokesman for X" is X's; an agent takes one sector code; a
 *     country modifying an abstraction ("a US draft resolution") is no
 *     partner of talks; one country's members of a mutual act are one
 *     side; a state mobilising its own organ (UKR>UKRCOP 15x) is none;
 *     a mutual act among more than four parties is coded between each
 *     party and a hub (the first IGO named, else the first party:
 *     mutual_hub), not as every pair.
 * Story context: agents alone ("the minister") take the country of the
 * story (the first actor of an earlier sentence), "he"/"she" as a
 * subject takes the last source of an earlier sentence, and "we"/"I" as
 * the subject of a quoted or reported statement the last speaker named
 * by ", X said", "X said that" or "according to X".
 *
 * Where each step lives: 1-3 and 8 here (the per-sentence driver and
 * event emission), 4-5 in mention.c, 6 in pattern.c, 7 with attribution
 * and control verbs in role.c, story context in context.c; their shared
 * workspace is in coder_int.h.
 */
#include "code/coder.h"

#include <assert.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/coder_int.h"
#include "code/context.h"
#include "code/engine.h"
#include "dict/codeset.h"
#include "code/mention.h"
#include "code/pattern.h"
#include "code/result.h"
#include "code/role.h"
#include "dict/dict.h"
#include "tag/tag.h"

/* ===================================================================== */
/* Workspace                                                             */
/* ===================================================================== */

coder_ws *coder_ws_new(void) { return calloc(1, sizeof(coder_ws)); }

void coder_ws_free(void *p) {
  coder_ws *ws = p;
  if (ws == NULL) return;
  tag_ws_free(&ws->tag);
  free(ws->toks);
  free(ws->hits);
  free(ws->hit_off);
  free(ws->ent_at);
  free(ws->consumed);
  free(ws->patword);
  free(ws->syn_at);
  free(ws->cend);
  free(ws->ti);
  dict_tokcache_free(ws->tc);
  free(ws->ment);
  free(ws->ent);
  free(ws->text);
  free(ws);
}

void coder_story_begin(coder_ws *ws, const dyad_article *a) {
  assert(ws != NULL && a != NULL);
  ws->article = a;
  int32_t d = dict_parse_date(a->date ? a->date : "");
  ws->date = d > 0 ? d : 0;
  ws->story_id = NULL;
  ws->story_date = NULL;
  ws->story_first_event = SIZE_MAX;
  context_begin(ws);
}

/* Makes room for n tokens in the per-token arrays; 0 or -1 on OOM. */
static int ws_reserve_tokens(coder_ws *ws, size_t n) {
  if (n <= ws->tok_cap) return 0;
  if (ws->tc == NULL && (ws->tc = dict_tokcache_new()) == NULL)
    return -1;
  size_t cap = ws->tok_cap ? ws->tok_cap : 64;
  while (cap < n) cap *= 2;
  const char **t = realloc(ws->toks, cap * sizeof *t);
  if (t == NULL) return -1;
  ws->toks = t;
  int32_t *e = realloc(ws->ent_at, cap * sizeof *e);
  if (e == NULL) return -1;
  ws->ent_at = e;
  uint8_t *c = realloc(ws->consumed, cap);
  if (c == NULL) return -1;
  ws->consumed = c;
  uint8_t *pw = realloc(ws->patword, cap);
  if (pw == NULL) return -1;
  ws->patword = pw;
  uint8_t *sa = realloc(ws->syn_at, cap);
  if (sa == NULL) return -1;
  ws->syn_at = sa;
  uint32_t *ce = realloc(ws->cend, cap * 4 * sizeof *ce);
  if (ce == NULL) return -1;
  /* the new entries hold no answer (stamp 0) */
  memset(ce + 4 * ws->tok_cap, 0, (cap - ws->tok_cap) * 4 * sizeof *ce);
  ws->cend = ce;
  tok_hits *h = realloc(ws->hits, cap * sizeof *h);
  if (h == NULL) return -1;
  ws->hits = h;
  uint32_t *o = realloc(ws->hit_off, cap * sizeof *o);
  if (o == NULL) return -1;
  ws->hit_off = o;
  dict_tokinfo *ti = realloc(ws->ti, cap * sizeof *ti);
  if (ti == NULL) return -1;
  ws->ti = ti;
  ws->tok_cap = cap;
  return 0;
}

/* ===================================================================== */
/* Events                                                                */
/* ===================================================================== */
/* "FILE:LINE phrase" for a dictionary phrase, in r's arena. */
static const char *entry_text(coder_ws *ws, const dyad_dict *d,
                              dyad_result *r, uint32_t phrase) {
  const dict_phrase *p = phrase == DICT_NONE ? NULL : dict_phrase_at(d, phrase);
  if (p == NULL) return "";
  /* "%s:%u %s" of file, line and words, cut to the scratch buffer as
   * snprintf would cut it (written by hand: one per event, and snprintf
   * cost more than the rest of the event) */
  char num[16];
  int k = (int)sizeof num;
  unsigned line = (unsigned)p->line;
  do num[--k] = (char)('0' + line % 10); while ((line /= 10) > 0);
  const char *part[5] = {dict_file_name(d, p->file), ":", num + k, " ",
                         dict_str(d, p->words)};
  size_t plen[5] = {strlen(part[0]), 1, sizeof num - (size_t)k, 1,
                    strlen(part[4])};
  size_t len = 0, cap = sizeof ws->scratch - 1;
  for (int q = 0; q < 5 && len < cap; q++) {
    size_t m = plen[q] < cap - len ? plen[q] : cap - len;
    memcpy(ws->scratch + len, part[q], m);
    len += m;
  }
  const char *s = result_strdup(r, ws->scratch, len);
  return s ? s : "";
}

/* A coded verb and the code it gives. */
typedef struct verb_hit {
  size_t vs, ve;             /* verb tokens */
  const dict_verb *verb;
  const dict_pattern *pat;   /* NULL = base code */
  const char *code;          /* code string, maybe "a:b" */
  int domestic;              /* no target: the source's own country
                                (1 always, 2 for a people or civil
                                sector, 3 for police and courts, 4 for
                                those or rebels, 5 for a political
                                source: political_source, 6 for a
                                people or rebels) */
  int reciprocal;            /* also code target -> source (is_reciprocal) */
} verb_hit;

/* Is the act reciprocal, coded both ways?  The dictionary's option
 * reciprocal_codes lists the codes (src/dict/codeset.h; dyad's own
 * dictionary sets 019 041 046 057 in data/dict/dyad.options, following
 * CAMEO's usage notes): "Russia held talks with China" is RUS>CHN and
 * CHN>RUS 046.  PETRARCH and TABARI dictionaries say it per pattern with
 * a reverse code ("a:b"), and a code that has one is left as it is.
 * Returns 1 for a reciprocal code, else 0. */
static int is_reciprocal(const dyad_engine *e, const char *code) {
  if (strchr(code, ':')) return 0;
  return codeset_match(&e->codes[CODESET_RECIPROCAL], code, strlen(code)) !=
         NULL;
}

static dyad_span tok_span(const coder_ws *ws, size_t a, size_t b_incl) {
  const tag_token *T = ws->tag.tok;
  dyad_span sp = {T[a].offset, T[b_incl].offset + T[b_incl].len - T[a].offset};
  return sp;
}

static dyad_span group_span(const coder_ws *ws, int32_t g) {
  if (g < 0) return (dyad_span){0, 0};
  return tok_span(ws, ws->ent[g].first, group_last(ws, g));
}

/* Is the self event src>src of code an assault or a fight (18, 19) of a
 * state organ or an institution on itself (USAMIL>USAMIL, TURCOP>TURCOP,
 * IGOUNOPKO>IGOUNOPKO)?  In news it is nearly always a casualty report
 * or a second party misread ("a rocket attack kills two US soldiers ...
 * near a U.S. military convoy", "Two Turkish soldiers are killed when
 * the Syrian Army fires on their positions"), not an organ fighting
 * itself.  Rival groups of one country fighting each other (CODREB,
 * SYRREB), people (ROUCVL: miners beating students) and a bare country
 * stay events. */
static int organ_self_fight(const char *src, const char *code) {
  static const char *const organ[] = {"MIL", "GOV", "COP", "JUD", "LEG",
                                      "SPY", "BUS", "ELI", "MED", NULL};
  if (code[0] != '1' || (code[1] != '8' && code[1] != '9')) return 0;
  if (strncmp(src, "IGO", 3) == 0) return 1;
  if (strlen(src) < 6) return 0;
  for (const char *const *p = organ; *p; p++)
    if (memcmp(src + 3, *p, 3) == 0) return 1;
  return 0;
}

static int crowd_event_unfit(const coder_ws *ws, const char *src,
                             const char *tgt, const char *code, int32_t se,
                             int32_t te);

/* Is the event of source code src and code code a visit (042) by a people
 * sector alone (USACVL, ---REF: no state, party or group code before
 * it)?  Migrants, refugees, pilgrims, tourists and voters who arrive,
 * travel or head somewhere make no visit, which CAMEO's 042 is for
 * officials ("Refugees continue to arrive in Benin", "Chinese tourists
 * travel to the islands"); a state's or an organisation's people who
 * visit keep theirs (USAGOVCVL). */
static int people_visit(const char *src, const char *code, size_t code_len) {
  if (code_len != 3 || memcmp(code, "042", 3) != 0 || strlen(src) != 6)
    return 0;
  return memcmp(src + 3, "CVL", 3) == 0 || memcmp(src + 3, "REF", 3) == 0;
}

/* Is the event src>tgt of code code a diplomatic recognition (054) within
 * one country ("legislation recognizing civil unions", "Maduro recognized
 * the opposition's win", "recognize esports as a sport")?  CAMEO's 054 is
 * one state's or body's recognition of another; at home the word names
 * an acknowledgement, no such act. */
static int home_recognition(const char *src, const char *tgt,
                            const char *code, size_t code_len) {
  if (code_len != 3 || memcmp(code, "054", 3) != 0) return 0;
  if (strlen(src) < 3 || strlen(tgt) < 3 || src[0] == '-' ||
      strncmp(src, "IGO", 3) == 0 || strncmp(src, "NGO", 3) == 0)
    return 0;
  return strncmp(src, tgt, 3) == 0;
}

/* Is the event of source code src and code code a verdict (116) by no
 * court: police, civilians, rebels, the opposition, media, criminals or
 * refugees ("police arrest a man convicted of a bombing", "a Canadian
 * sentenced to death")?  CAMEO's 116 has the court as its source; such
 * an event is a conviction read from a description of its target. */
static int verdict_unfit(const char *src, const char *code, size_t code_len) {
  static const char *const v[] = {"COP", "CVL", "REB", "OPP", "MED", "CRM",
                                  "REF", NULL};
  if (code_len != 3 || memcmp(code, "116", 3) != 0 || strlen(src) < 6)
    return 0;
  for (const char *const *p = v; *p; p++)
    if (memcmp(src + 3, *p, 3) == 0) return 1;
  return strncmp(src, "---MIL", 6) == 0;
}

/* Fills ev's root, quad class, Goldstein score and PLOVER type from the
 * CAMEO table for ev->code (empty and zero for a code not in it). */
static void set_code_info(dyad_event *ev) {
  const dyad_code_info *info = dyad_cameo_code(ev->code);
  ev->root = info ? info->root : "";
  ev->quad_class = info ? info->quad_class : 0;
  ev->goldstein = info ? info->goldstein : 0.0;
  ev->plover = info && info->plover ? info->plover : "";
}

/* Is `bare` (bare_len bytes) the unspecified threat "130" and the other,
 * different code `fine` a finer threat ("1384", "131")? */
static int bare_code_of(const char *bare, size_t bare_len, const char *fine,
                        size_t fine_len) {
  return bare_len == 3 && bare[0] == '1' && bare[1] == '3' &&
         bare[2] == '0' && fine_len >= 3 &&
         fine[0] == bare[0] && fine[1] == bare[1] &&
         (fine_len > 3 || fine[2] != '0') && isdigit((unsigned char)fine[2]) &&
         memchr(fine, ':', fine_len) == NULL;
}

/* Emits one event unless it duplicates one of this sentence or is a self
 * event, or is a crowd's that does not hold (crowd_event_unfit), a
 * people's journey (people_visit), a verdict of no court
 * (verdict_unfit) or a recognition at home (home_recognition).  Returns
 * 0 or -1 on OOM. */
static int emit(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                size_t si, size_t sent_first, const char *src,
                const char *tgt, const char *code, size_t code_len,
                const verb_hit *h, int32_t sg, int32_t tg, int32_t se,
                int32_t te) {
  if (code_len == 0 || (code_len == 3 && memcmp(code, "---", 3) == 0))
    return 0;
  if (e->require_dyad && (!*src || !*tgt)) return 0;
  if (crowd_event_unfit(ws, src, tgt, code, se, te)) return 0;
  if (people_visit(src, code, code_len) || verdict_unfit(src, code, code_len) ||
      home_recognition(src, tgt, code, code_len))
    return 0;
  /* a self event is none, except between two different entities with
   * agents and different dictionary entries: "Turkish authorities
   * detained Istanbul mayor Ekrem Imamoglu" (TURGOV>TURGOV) */
  if (*src && streq(src, tgt) &&
      (se == te || se < 0 || te < 0 || strlen(src) <= 3 || code[0] != '1' ||
       code[1] < '7' || ws->ent[se].actor_phrase == DICT_NONE ||
       ws->ent[te].actor_phrase == DICT_NONE || organ_self_fight(src, code) ||
       /* "Turkish jets struck PKK targets, killing 60 PKK militants": one
        * dictionary entry on both sides is one group, not two rivals */
       ws->ent[se].actor_phrase == ws->ent[te].actor_phrase))
    return 0;
  /* a bare threat beside a finer threat on the same dyad adds nothing
   * ("warns that it will attack": 1384, not also 130): the finer one is
   * kept, in the bare one's place when it comes second */
  size_t rep = SIZE_MAX;
  for (size_t i = sent_first; i < r->n_events; i++) {
    const dyad_event *o = &r->events[i];
    if (!streq(o->source, src) || !streq(o->target, tgt)) continue;
    size_t ol = strlen(o->code);
    if ((ol == code_len && memcmp(o->code, code, code_len) == 0) ||
        bare_code_of(code, code_len, o->code, ol))
      return 0;
    if (rep == SIZE_MAX && bare_code_of(o->code, ol, code, code_len)) rep = i;
  }
  const dyad_dict *d = e->dict;
  const dyad_article *a = ws->article;
  if (ws->story_id == NULL) {
    ws->story_id = result_strdup(r, a->id ? a->id : "", a->id ? strlen(a->id) : 0);
    ws->story_date =
        result_strdup(r, a->date ? a->date : "", a->date ? strlen(a->date) : 0);
    if (ws->story_id == NULL || ws->story_date == NULL) return -1;
  }
  dyad_event ev;
  memset(&ev, 0, sizeof ev);
  ev.story_id = ws->story_id;
  ev.sentence = r->sents[si].index;
  ev.date = ws->story_date;
  ev.source = result_strdup(r, src, strlen(src));
  ev.target = result_strdup(r, tgt, strlen(tgt));
  ev.code = result_strdup(r, code, code_len);
  if (!ev.source || !ev.target || !ev.code) return -1;
  set_code_info(&ev);
  ev.text = r->sents[si].text;
  ev.explain.source_span = group_span(ws, sg);
  ev.explain.target_span = group_span(ws, tg);
  ev.explain.verb_span = tok_span(ws, h->vs, h->ve - 1);
  if (h->pat) {
    ev.explain.pattern = dict_str(d, h->pat->text);
    ev.explain.pattern_file = dict_file_name(d, h->pat->file);
    ev.explain.pattern_line = h->pat->line;
  } else if (h->verb) {
    ev.explain.pattern = "";
    ev.explain.pattern_file = dict_file_name(d, h->verb->file);
    ev.explain.pattern_line = h->verb->line;
  } else {
    /* an event of a construction, no dictionary verb (nominal_reaction) */
    ev.explain.pattern = "";
    ev.explain.pattern_file = "";
    ev.explain.pattern_line = 0;
  }
  ev.explain.source_entry = "";
  ev.explain.target_entry = "";
  if (se >= 0) {
    const entity *E = &ws->ent[se];
    ev.explain.source_entry = entry_text(
        ws, d, r, E->actor_phrase != DICT_NONE ? E->actor_phrase : E->agent_phrase);
  }
  if (te >= 0) {
    const entity *E = &ws->ent[te];
    ev.explain.target_entry = entry_text(
        ws, d, r, E->actor_phrase != DICT_NONE ? E->actor_phrase : E->agent_phrase);
  }
  if (rep != SIZE_MAX) {
    r->events[rep] = ev;
    return 0;
  }
  if (result_add_event(r, &ev) == NULL) return -1;
  return 0;
}

/* Is the actor code a country alone or its civilians ("ISR", "ISRCVL",
 * "FRALAB", "KENOPP"), or a company's people ("Air France pilots went on
 * strike", "Boeing workers": FRABUS>FRA), whose protests are against
 * their own state? */
static int civil_code(const coder_ws *ws, int32_t s, const char *c) {
  static const char *const v[] = {"CVL", "OPP", "LAB", "EDU", "REL", "AGR",
                                  "HLH", "REF", "BUS", NULL};
  if (strlen(c) == 3) {
    /* a people ("Israelis", "Kenyans"), not a state ("China") */
    if (s < 0 || ws->ent[s].virt) return 0;
    const char *w = ws->toks[ws->ent[s].last];
    size_t l = strlen(w);
    if (l > 5 && (streq(w + l - 3, "ans") ||
                  (streq(w + l - 2, "is") && !streq(w, "memphis"))))
      return 1;
    /* "Serbs", "Kurds", "Turks", "Croats", "Czechs", "Uighurs", "Finns",
     * "Argentines", "Swedes", "Filipinos"; not a state name in -s
     * ("Netherlands", "Falklands", "Philippines", "United States") */
    static const char *const pl[] = {"bs", "ds", "ks", "ts", "hs", "rs",
                                     "ns", "es", "os", NULL};
    static const char *const states[] = {
        "philippines", "states", "emirates", "seychelles", "maldives",
        "grenadines", "antilles", "comoros", "barbados", "marquesas",
        "hebrides", "azores", "canaries", "andes", "balkans", NULL};
    if (l < 5 || (l > 5 && streq(w + l - 5, "lands"))) return 0;
    if (!word_in_list(w + l - 2, pl)) return 0;
    return w[l - 2] != 'e' && w[l - 2] != 'o' ? 1 : !word_in_list(w, states);
  }
  if (strlen(c) < 6) return 0;
  for (const char *const *p = v; *p; p++)
    if (memcmp(c + 3, *p, 3) == 0) return 1;
  return 0;
}

/* Is the actor code a country's police ("INDCOP"), or for coercion (17x:
 * code) its courts ("RUSJUD"), organs that act within their own state?
 * (A court's violence is a killing it tried: "a court sentences a woman
 * to death for poisoning 25 children, killing one".) */
static int home_organ(const char *c, const char *code) {
  return strlen(c) >= 6 && c[0] != '-' &&
         (memcmp(c + 3, "COP", 3) == 0 ||
          (memcmp(c + 3, "JUD", 3) == 0 && code[0] == '1' && code[1] == '7'));
}

/* Is the actor code a country's rebels, separatists or insurgents
 * ("SLEREB"), whose sexual violence (1821) with no victim named is on
 * their own country's people ("RUF rebels raped scores of women":
 * SLEREB>SLE)? */
static int home_rebels(const char *c) {
  return strlen(c) >= 6 && c[0] != '-' &&
         (memcmp(c + 3, "REB", 3) == 0 || memcmp(c + 3, "SEP", 3) == 0 ||
          memcmp(c + 3, "INS", 3) == 0);
}

/* Is code a de-escalation (08x) that takes no own-country target for
 * the rebels src (a member of source group sg): a truce between the
 * parties of a source that lists several ("Chechen separatists and
 * Russian troops observed a ceasefire", "Colombia and the FARC announced
 * plans to negotiate a ceasefire"), or one by a named group (more than
 * six letters: PSEREBHMS, AFGREBTAL), which as often fights across a
 * border ("Hamas agrees to a one-week ceasefire")? */
static int paired_truce(const coder_ws *ws, int32_t sg, const char *src,
                        const char *code) {
  return code[0] == '0' && code[1] == '8' &&
         (strlen(src) != 6 || (sg >= 0 && ws->ent[sg].next >= 0));
}

/* "Tamil Tiger rebels attacked an army base", "FARC rebels ambushed a
 * military patrol": an army (---MIL) with no country in the sentence,
 * acted on by a country's own rebels, separatists or insurgents
 * (home_rebels, a plain six-letter code: a named group such as
 * PSEREBHMS or LBNREBHEZ fights across a border), is that country's
 * army: domestic armed groups fight their own state; the country of
 * the sentence's places (ws->loc_country) comes first.  Writes the
 * country into tgt's first 3 bytes and returns 1, or returns 0. */
static int home_army(const coder_ws *ws, const char *src, char *tgt) {
  if (strlen(src) != 6 || !home_rebels(src) || strlen(tgt) < 6 ||
      strncmp(tgt, "---MIL", 6) != 0)
    return 0;
  /* "Boko Haram militants attacked a military base in Sagme, Cameroon":
   * the one country of the sentence's places, when it names one */
  if (ws->loc_country[0] && !ws->loc_meeting) memcpy(tgt, ws->loc_country, 3);
  else memcpy(tgt, src, 3);
  return 1;
}

/* "Russia beat the Netherlands 3-1", "Greece beats Germany 78 to 62",
 * "Djokovic beats Federer 7-6, 7-5": is the verb at vs a verb of winning
 * (beat, defeat, edge, thrash, rout) with a score after it in the
 * sentence (a token of digits, a dash and digits, or a number, "to" or a
 * dash, and a number)?  A match won, no assault. */
static int sport_score(const coder_ws *ws, size_t vs) {
  static const char *const win[] = {"beat", "defeat", "edge", "thrash",
                                    "rout", "trounce", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (vs >= n || !tag_is_verb(T[vs].pos)) return 0;
  const char *l = tag_lemma(&ws->tag, vs);
  int w = 0;
  for (const char *const *p = win; *p && !w; p++) w = streq(l, *p);
  if (!w) return 0;
  for (size_t k = vs + 1; k < n; k++) {
    const char *t = ws->toks[k];
    if (T[k].pos == TAG_CD && k + 2 < n && T[k + 2].pos == TAG_CD &&
        (streq(ws->toks[k + 1], "to") || T[k + 1].type == TAG_T_DASH))
      return 1;
    if (!(T[k].flags & TAG_F_DIGIT)) continue;
    const char *q = t;
    while (*q >= '0' && *q <= '9') q++;
    if (q == t) continue;
    /* "-", or the en dash (UTF-8 e2 80 93) */
    if (*q == '-') q++;
    else if ((unsigned char)q[0] == 0xe2 && (unsigned char)q[1] == 0x80 &&
             (unsigned char)q[2] == 0x93)
      q += 3;
    else
      continue;
    const char *d = q;
    while (*q >= '0' && *q <= '9') q++;
    if (q > d && *q == '\0') return 1;
  }
  return 0;
}

/* "A military transport plane crashes after take-off, killing all 12
 * crew members", "a boat capsizes, killing 116 people": is the verb at
 * vs a present participle right after a comma whose clause's finite verb
 * (the nearest one to its left, before any ';' or ':') is a verb of an
 * accident (crash, collide, capsize, sink, derail), or whose words to
 * its left reach a finite form of one whatever its tag?  The deaths are the
 * accident's, no one's assault. */
static int accident_participle(const coder_ws *ws, size_t vs) {
  static const char *const accident[] = {"crash", "collide", "capsize",
                                         "sink", "derail", NULL};
  static const char *const forms[] = {
      "crashes", "crashed", "collides", "collided", "capsizes", "capsized",
      "sinks", "sank", "derails", "derailed", NULL};
  const tag_token *T = ws->tag.tok;
  if (vs < 2 || vs >= ws->tag.n || T[vs].pos != TAG_VBG ||
      !streq(ws->toks[vs - 1], ","))
    return 0;
  for (size_t k = vs - 1; k > 0; k--) {
    size_t j = k - 1;
    if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) return 0;
    /* the tagger may read "Flight 139 crashes" as a plural noun: the
     * accident's forms count whatever their tag */
    if (word_in_list(ws->toks[j], forms)) return 1;
    unsigned pos = T[j].pos;
    if (pos != TAG_VBD && pos != TAG_VBZ && pos != TAG_VBP) continue;
    const char *l = tag_lemma(&ws->tag, j);
    return word_in_list(l, accident);
  }
  return 0;
}

/* "The U.S. military warns that the Kabul Attack Network is planning
 * attacks", "warns that North Korea is likely to launch more attacks":
 * is the verb at vs a form of "warn" whose "that" clause (no finite verb
 * between them, before any ';' or ':') opens with an actor (a determiner
 * may precede it) whose country is not the one of `own`, the warner's
 * code?  The attack warned of is that actor's, no threat by the warner;
 * "warns Sudan that it will retaliate" and "Iran warns that Iran will
 * attack" stay the warner's threats. */
static int warned_of_others(const coder_ws *ws, size_t vs, const char *own) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (vs >= n || !streq(tag_lemma(&ws->tag, vs), "warn") || strlen(own) < 3)
    return 0;
  size_t k = vs + 1;
  for (; k < n && k < vs + 16; k++) {
    const char *w = ws->toks[k];
    if (streq(w, ";") || streq(w, ":") || streq(w, ".")) return 0;
    if (T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP)
      return 0;
    if (streq(w, "that")) break;
  }
  if (k + 1 >= n || !streq(ws->toks[k], "that")) return 0;
  k++;
  if (ws->ent_at[k] < 0 && T[k].pos == TAG_DT && k + 1 < n) k++;
  int32_t a = ws->ent_at[k];
  char buf[CODE_MAX];
  if (a < 0 || !mention_entity_code(ws, a, 0, buf, NULL) || strlen(buf) < 3)
    return 0;
  return memcmp(buf, own, 3) != 0;
}

/* "Thirty tribal militants were killed by soldiers during an operation
 * in Manipur, India": an army with no country (---MIL) acting on rebels,
 * separatists or insurgents of a country (home_rebels: INDREB) in that
 * same country (the sentence's places, ws->loc_country, not a meeting
 * venue; or no place named at all) is that country's army: the state
 * fights its rebels at home.
 * Not across a border ("soldiers shelled PKK camps in northern Iraq":
 * TURREB in IRQ), nor when the sentence names another state's actor.
 * Runs after home_of_victims, which gives the rebels the place's
 * country.  Writes the country into src's first 3 bytes and
 * returns 1, or returns 0. */
static int army_at_home(const coder_ws *ws, char *src, const char *tgt) {
  if (strcmp(src, "---MIL") != 0 || !home_rebels(tgt) || strlen(tgt) != 6 ||
      ws->loc_meeting)
    return 0;
  /* "a day after troops killed Tamil Tiger leader X": with no place
   * named, the rebels' country alone stands for it (the loop below: no
   * other state named) */
  if (ws->loc_country[0] && strncmp(ws->loc_country, tgt, 3) != 0) return 0;
  /* "The UAE pulls its troops out of Yemen ... its forces battling
   * Houthi militants": no other state may be named, whose army it may
   * be */
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (E->place || E->actor == NULL || !mention_country_code(E->actor))
      continue;
    if (strncmp(E->actor, tgt, 3) != 0) return 0;
  }
  memcpy(src, tgt, 3);
  return 1;
}

/* "Soldiers opened fire on protesters in Yangon": repression (175) by
 * a state's organ with no country named (---MIL, ---COP, ---SPY,
 * ---GOV) of a population sector of a country (MMROPP, IDNCVL), or of a
 * bare country (the place: "police fire tear gas ... in the capital
 * Dakar", SEN), is that country's own, as CAMEO's repression is a
 * state's of its own people.
 * Writes the country into src's first 3 bytes and returns 1, or
 * returns 0. */
static int home_of_repressor(char *src, const char *tgt, const char *code) {
  static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REL",
                                       "AGR", "HLH", "REF", NULL};
  static const char *const organ[] = {"MIL", "COP", "SPY", "GOV", NULL};
  if (strncmp(code, "175", 3) != 0 || strlen(src) != 6 ||
      strncmp(src, "---", 3) != 0 ||
      (strlen(tgt) != 6 && strlen(tgt) != 3) || !mention_country_code(tgt))
    return 0;
  int org = 0;
  for (const char *const *p = organ; *p && !org; p++)
    org = memcmp(src + 3, *p, 3) == 0;
  if (!org) return 0;
  /* "Soldiers open fire against protesters ... in Lagos, Nigeria": a
   * bare country as the target of repression is the people where it
   * happens */
  int pop = strlen(tgt) == 3;
  for (const char *const *p = people; *p && !pop; p++)
    pop = memcmp(tgt + 3, *p, 3) == 0;
  if (!pop) return 0;
  memcpy(src, tgt, 3);
  return 1;
}

/* "Hundreds of students clashed with riot police in Tehran", "Opposition
 * leaders demanded the resignation of Georgian President X": a population
 * sector with no country (---EDU, ---OPP) that acts on a state institution
 * of a country (IRNCOP, GEOGOV) is that country's own, when the
 * institution is the direct object or follows with/of/against (not "outside
 * the U.S. embassy").  Writes the country into src's first 3 bytes and
 * returns 1, or returns 0. */
static int home_from_target(const coder_ws *ws, int32_t t, char *src,
                            const char *tgt) {
  static const char *const civil[] = {"CVL", "OPP", "LAB", "EDU", "REL",
                                      "AGR", "HLH", "REF", NULL};
  static const char *const state[] = {"GOV", "COP", "JUD", "LEG", "MIL",
                                      NULL};
  if (t < 0 || strncmp(src, "---", 3) != 0 || strlen(src) != 6 ||
      strlen(tgt) < 6)
    return 0;
  int ok = 0;
  for (const char *const *p = civil; *p && !ok; p++)
    ok = memcmp(src + 3, *p, 3) == 0;
  if (!ok) return 0;
  ok = 0;
  for (const char *const *p = state; *p && !ok; p++)
    ok = memcmp(tgt + 3, *p, 3) == 0;
  if (!ok) return 0;
  if (!mention_country_code(tgt)) return 0;
  /* a state's representation abroad is no sign of the actor's country
   * ("protesters stoned the U.S. embassy") */
  if (mention_abroad_word(ws->toks[ws->ent[t].last])) return 0;
  /* the word before the target's noun phrase */
  const tag_token *T = ws->tag.tok;
  size_t k = ws->ent[ws->ent[t].group].first;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   T[k - 1].pos == TAG_CD || tag_is_noun(T[k - 1].pos)))
    k--;
  if (k > 0 && T[k - 1].pos == TAG_IN) {
    const char *w = ws->toks[k - 1];
    if (!streq(w, "with") && !streq(w, "of") && !streq(w, "against"))
      return 0;
  }
  memcpy(src, tgt, 3);
  return 1;
}

/* "delivered food to civilians trapped in Grozny", "aid for survivors of
 * the tsunami in Aceh", "sanctions on a militant group based in Nablus":
 * a population sector or a non-state armed group with no country (---CVL,
 * ---REB) as target takes the country of the place named right after it
 * ("in" or "from" PLACE, past a participle or an "of" phrase of up to
 * five words), unless a possessive makes it someone's own.
 * Writes the country into tgt's first 3 bytes and returns 1, or returns
 * 0. */
static int home_from_place(const coder_ws *ws, int32_t t, char *tgt) {
  /* people and non-state armed groups; not troops or police, often
   * foreign ones ("NATO troops in Afghanistan", session 9) */
  static const char *const civil[] = {"CVL", "REF", "LAB", "EDU", "HLH",
                                      "AGR", "REL", "REB", "UAF", "INS",
                                      "SEP", "OPP", NULL};
  if (t < 0 || strncmp(tgt, "---", 3) != 0 || strlen(tgt) != 6) return 0;
  int ok = 0;
  for (const char *const *p = civil; *p && !ok; p++)
    ok = memcmp(tgt + 3, *p, 3) == 0;
  if (!ok) return 0;
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ws->ent[t].last + 1;
  /* "withdraw its forces from northern Iraq", "evacuated their citizens
   * from Lebanon": an owner's people, not the place's */
  size_t f = ws->ent[t].first;
  while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos) ||
                   T[f - 1].pos == TAG_CD))
    f--;
  if (f > 0 && T[f - 1].pos == TAG_PRPS) return 0;
  for (size_t steps = 0; k < n && steps < 6; k++, steps++) {
    const char *w = ws->toks[k];
    if (streq(w, "in") || streq(w, "from")) break;
    if (!(T[k].pos == TAG_VBN || streq(w, "of") || T[k].pos == TAG_DT ||
          tag_is_adj(T[k].pos) || T[k].pos == TAG_NN || T[k].pos == TAG_NNS))
      return 0;
  }
  if (k + 1 >= n || !(streq(ws->toks[k], "in") || streq(ws->toks[k], "from")))
    return 0;
  /* "in northern Iraq", "in the south of Lebanon" aside: the place */
  size_t q = k + 1;
  while (q + 1 < n && ws->ent_at[q] < 0 &&
         (T[q].pos == TAG_DT || tag_is_adj(T[q].pos)))
    q++;
  int32_t e = ws->ent_at[q];
  if (e < 0 || ws->ent[e].actor == NULL || ws->ent[e].next >= 0) return 0;
  const char *a = ws->ent[e].actor;
  if (strchr(a, '/') || !mention_country_code(a)) return 0;
  memcpy(tgt, a, 3);
  return 1;
}

/* Is source a a country as a state (no people: civil_code) and target
 * b that country's own state organ (GOV, MIL, COP, JUD, LEG, SPY) of a
 * show of force (15): "Ukraine deploys police to the border"
 * (UKR>UKRCOP)?  A state mobilising its own forces does not aim them at
 * themselves.  (Other acts on one's own organs are events: "Britain
 * reviews the powers of the House of Lords", GBR>GBRLEG.) */
static int state_self_pair(const char *a, const char *b, const char *code) {
  static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG",
                                      "SPY", NULL};
  size_t la = strlen(a), lb = strlen(b);
  if (la < 3 || lb < 3 || a[0] == '-' || strncmp(a, b, 3) != 0) return 0;
  if (code[0] != '1' || code[1] != '5') return 0;
  const char *other = la == 3 ? b : NULL;
  if (other == NULL || lb < 6) return 0;
  for (const char *const *p = state; *p; p++)
    if (memcmp(other + 3, *p, 3) == 0) return 1;
  return 0;
}

/* "Duterte announces the withdrawal of the Philippines from the ICC",
 * "Laurent Gbagbo expels the ambassadors from Cote d'Ivoire": a formal
 * agreement (057) or a cut in relations (16x), acts that need another
 * party, by a state organ or a company (own: GOV, LEG, MIL, JUD, BUS)
 * whose target is its own bare country (tgt) is no event: the country
 * is the object or the place of the act, not its party.  Returns 1 to
 * drop the pair own>tgt. */
static int own_country_party(const char *own, const char *tgt,
                             const char *code) {
  static const char *const organ[] = {"GOV", "LEG", "MIL", "JUD", "BUS",
                                      NULL};
  if (!((code[0] == '0' && code[1] == '5' && code[2] == '7') ||
        (code[0] == '1' && code[1] == '6')))
    return 0;
  if (strlen(tgt) != 3 || strlen(own) < 6 || strncmp(own, tgt, 3) != 0)
    return 0;
  return word_in3(own + 3, organ);
}

/* The party of an act own_country_party drops, named after the verb
 * (tokens ve .. the complement's end) by "from", "with" or "between":
 * "withdraws the Philippines from the ICC" (the court), "cancels
 * exercises between the United States and Egypt" (Egypt), a country or
 * an IGO other than home (the source's country, 3 letters).  Writes its
 * code into buf (CODE_MAX bytes) and returns its member, or -1. */
static int32_t own_country_other_party(const coder_ws *ws, size_t ve,
                                       const char *home, char *buf) {
  size_t n = ws->tag.n, end = role_complement_end(ws, ve, 1);
  for (size_t k = ve; k + 1 < end && k < n; k++) {
    const char *w = ws->toks[k];
    if (!streq(w, "from") && !streq(w, "with") && !streq(w, "between"))
      continue;
    size_t q = k + 1;
    while (q + 1 < end && ws->ent_at[q] < 0 &&
           (ws->tag.tok[q].pos == TAG_DT || tag_is_adj(ws->tag.tok[q].pos)))
      q++;
    int32_t e = ws->ent_at[q];
    if (e < 0) continue;
    for (int32_t m = ws->ent[e].group; m >= 0; m = ws->ent[m].next)
      if (mention_entity_code(ws, m, 0, buf, home) && strlen(buf) >= 3 &&
          buf[0] != '-' && buf[0] != '"' && strncmp(buf, home, 3) != 0 &&
          (mention_country_code(buf) || strncmp(buf, "IGO", 3) == 0))
        return m;
  }
  return -1;
}

/* "Visiting Beijing, Putin and Jiang declared": of visitors named
 * together (group sg, several members) a member of the visited country
 * (own and tgt share the country, code 042) is the host, no visitor,
 * when another member is of another country.  Returns 1 to drop the
 * pair own>tgt. */
static int host_among_visitors(const coder_ws *ws, int32_t sg,
                               const char *own, const char *tgt,
                               const char *code) {
  if (sg < 0 || ws->ent[sg].next < 0 || strncmp(code, "042", 3) != 0 ||
      strlen(own) < 3 || strlen(tgt) < 3 || own[0] == '-' ||
      strncmp(own, tgt, 3) != 0)
    return 0;
  char b[CODE_MAX];
  for (int32_t m = sg; m >= 0; m = ws->ent[m].next)
    if (mention_entity_code(ws, m, 0, b, NULL) && strlen(b) >= 3 &&
        b[0] != '-' && strncmp(b, tgt, 3) != 0)
      return 1;
  return 0;
}

/* "promised more American aid to Africa's most populous nation": a
 * country naming the origin of aid (root 03 or 07; entity t right before
 * aid, assistance, help, loans or funds) is not its recipient when it is
 * the source's own.  Returns 1 to drop the pair src>tgt. */
static int own_aid_origin(const coder_ws *ws, int32_t t, const char *src,
                          const char *tgt, const char *code) {
  static const char *const aid[] = {"aid", "assistance", "help", "loans",
                                    "funds", "funding", NULL};
  if (!(code[0] == '0' && (code[1] == '3' || code[1] == '7'))) return 0;
  if (strlen(tgt) != 3 || strlen(src) < 3 || strncmp(src, tgt, 3) != 0)
    return 0;
  size_t q = ws->ent[t].last + 1;
  if (q >= ws->tag.n) return 0;
  return word_in_list(ws->toks[q], aid);
}

/* "Fiji authorities detain two opposition leaders", "a court in Iran
 * sentences a human rights activist": the target of seizure, restriction,
 * arrest or repression (171 but not destruction 1712, 172, 173, 175; not
 * expulsion 174 nor attacks) by a state's civil organs (the bare country,
 * GOV, COP, JUD, LEG, SPY; not its military, which acts abroad) is under that
 * state's jurisdiction: a sector with no country (---OPP, ---HRI) takes the
 * source's country.  So does a population sector (---CVL, ---OPP, ---EDU
 * ...) that the state's organs or its military repress (175), assault (18)
 * or kill in mass (20): "Rwandan government troops massacred hundreds of
 * civilians" (RWAMIL>RWACVL), as our dev sets code it.  So do activists
 * and protesters (---HRI, ---OPP) whom a state's civil organs release
 * (084), convict (116), refuse to release (1243), threaten (13), order
 * out (166) or clash with (145): "the government of Cuba releases human
 * rights activist X" (CUBHRI), "police and protesters clash in Milan"
 * (ITAOPP).  Writes it into tgt and returns 1, or 0. */
static int home_of_coerced(const char *src, char *tgt, const char *code) {
  static const char *const organ[] = {"GOV", "COP", "JUD", "LEG", "SPY",
                                      NULL};
  static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REL",
                                       "AGR", "HLH", "REF", NULL};
  size_t ls = strlen(src);
  if (strncmp(tgt, "---", 3) != 0 || strlen(tgt) < 6 || ls < 3) return 0;
  if (!mention_country_code(src)) return 0;
  int civil = (strncmp(code, "171", 3) == 0 || strncmp(code, "172", 3) == 0 ||
               strncmp(code, "173", 3) == 0 || strncmp(code, "175", 3) == 0) &&
              strncmp(code, "1712", 4) != 0;
  int pop = 0;
  for (const char *const *p = people; *p && !pop; p++)
    pop = memcmp(tgt + 3, *p, 3) == 0;
  int harm = pop && (strncmp(code, "175", 3) == 0 ||
                     strncmp(code, "18", 2) == 0 || strncmp(code, "20", 2) == 0);
  if (!civil && !harm &&
      (memcmp(tgt + 3, "HRI", 3) == 0 || memcmp(tgt + 3, "OPP", 3) == 0) &&
      (strncmp(code, "084", 3) == 0 || strncmp(code, "116", 3) == 0 ||
       strncmp(code, "1243", 4) == 0 || strncmp(code, "13", 2) == 0 ||
       strncmp(code, "166", 3) == 0 || strncmp(code, "145", 3) == 0))
    civil = 1;
  if (!civil && !harm) return 0;
  int ok = ls == 3;
  for (const char *const *p = organ; *p && !ok; p++)
    ok = ls >= 6 && memcmp(src + 3, *p, 3) == 0;
  if (!ok && harm) ok = ls >= 6 && memcmp(src + 3, "MIL", 3) == 0;
  if (!ok) return 0;
  memcpy(tgt, src, 3);
  return 1;
}

/* "Tamil Tiger rebels used tens of thousands of civilians as human
 * shields": the people (a population sector with no country, ---CVL,
 * ---REF, ...) whom rebels (home_rebels: src) harm (175, 18, 20) are of
 * the state they fight in, the rebels' country, when the sentence names
 * no actor or place of another state ("Boko Haram kills nine civilians
 * in western Chad", "Al-Shabaab militants hijack a bus bound for the
 * Kenyan capital").
 * tgt holds CODE_MAX bytes; writes the country into it and returns 1, or
 * returns 0. */
static int home_of_rebels_victims(const coder_ws *ws, const char *src,
                                  char *tgt, const char *code) {
  static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "REL",
                                       "AGR", "HLH", "REF", NULL};
  if (strncmp(tgt, "---", 3) != 0 || strlen(tgt) != 6 || !home_rebels(src))
    return 0;
  if (strncmp(code, "175", 3) != 0 && strncmp(code, "18", 2) != 0 &&
      strncmp(code, "20", 2) != 0)
    return 0;
  if (!word_in3(tgt + 3, people)) return 0;
  for (size_t x = 0; x < ws->n_ent; x++) {
    const char *a = ws->ent[x].actor;
    if (a != NULL && mention_country_code(a) && !mention_same_state(a, src))
      return 0;
  }
  memcpy(tgt, src, 3);
  return 1;
}

/* Is code[0..c1) coercion (17x) or a verdict (116)? */
static int legal_act(const char *code, size_t c1) {
  return c1 >= 2 && code[0] == '1' &&
         (code[1] == '7' || (c1 >= 3 && code[1] == '1' && code[2] == '6'));
}

/* Is the verb at token vs a passive "held" whose subject, a word or
 * three before it, names a protest ("a protest is held", "rallies were
 * also held"; not "hostages held", "elections are held")? */
static int protest_held(const coder_ws *ws, size_t vs) {
  if (ws->tag.tok[vs].pos != TAG_VBN || !streq(ws->toks[vs], "held"))
    return 0;
  static const char *const stem[] = {"protest", "demonstrat", "rall", "march",
                                     "vigil", NULL};
  for (size_t k = vs; k > 0 && k + 4 > vs; k--) {
    if (stem_in_list(ws->toks[k - 1], stem)) return 1;
  }
  return 0;
}

/* Does the sentence name a protest: a word of protest, riot,
 * demonstration, rally, march, strike, boycott, sit-in, unrest, uprising
 * or demand, other than a bare march at token skip ("About 300 people
 * marched through Accra" names none; "marched ... demanding his
 * resignation" does)? */
static int names_protest(const coder_ws *ws, size_t skip) {
  static const char *const stem[] = {"protest", "riot", "demonstrat", "rall",
                                     "march", "strike", "striking", "boycott",
                                     "sit-in", "unrest", "uprising", "demand",
                                     NULL};
  for (size_t k = 0; k < ws->tag.n; k++) {
    const char *w = ws->toks[k];
    if (!strchr("prdmsbu", w[0])) continue;
    if (k == skip && w[0] == 'm') continue;
    if (stem_in_list(w, stem)) return 1;
  }
  return 0;
}

/* Is the past participle at token vs a main clause's passive: a form of
 * "be" (or "get", or "and" after a first conjunct: "is convicted and
 * sentenced") right before it (adverbs between, not a negation: "is not
 * indicted"), with no relative pronoun before that
 * ("a man is arrested", "were detained"; not "who was arrested in Rome",
 * "after being arrested", nor a bare "jailed former lawmaker")? */
static int main_passive(const coder_ws *ws, size_t vs) {
  static const char *const be[] = {"is", "are", "was", "were", "been", "be",
                                   "gets", "got", "and", NULL};
  static const char *const aux[] = {"has", "have", "had", "been", "will",
                                    "would", "to", NULL};
  static const char *const rel[] = {"who", "which", "that", "whom", NULL};
  static const char *const neg[] = {"not", "n't", "never", NULL};
  size_t k = vs;
  while (k > 0 && ws->tag.tok[k - 1].pos == TAG_RB) {
    if (word_in_list(ws->toks[k - 1], neg)) return 0;
    k--;
  }
  if (k == 0 || !word_in_list(ws->toks[k - 1], be)) return 0;
  k--;
  while (k > 0 && (word_in_list(ws->toks[k - 1], aux) ||
                   ws->tag.tok[k - 1].pos == TAG_RB))
    k--;
  return k == 0 || !word_in_list(ws->toks[k - 1], rel);
}

/* The place of an attack as its source: for an event code (primary part
 * code[0..c1)) of the dictionary's place_source_codes (src/dict/codeset.h;
 * dyad's own dictionary and the default follow CAMEO's usage notes for
 * bombings and assassination attempts and our dev sets for other
 * assaults, see data/dict/dyad.options), a source that names someone
 * with no country ("---REB") or, unless the code's qualifier says a voice
 * the verb at token vs is not in (/active, /passive: a passive participle
 * is the passive), none at all, becomes the bare country of the
 * sentence's locations (ws->loc_country, "" when they name none or
 * several): "A car bomb tore through government buildings in central
 * Oslo" (NOR>NORGOV 1832).  /home: only when the target tgt is a
 * sector of that same state (mention_same_state), the verb is no bare
 * infinitive and no actor of another state is named in the sentence,
 * and then the target's country ("Prime Minister Djindjic was shot dead
 * by a sniper in Belgrade": SRB>SRBGOV 186; not a leader killed abroad,
 * nor "in an Israeli airstrike", whose place says nothing of who
 * killed).  A protest or riot (14) no one with a country holds is the
 * place's people's, in a sentence that names a protest; coercion or a
 * verdict (17x, 116) only in a main clause's passive whose agent is not
 * named after "by" (the verb ends before token ve).  src holds CODE_MAX
 * bytes.  Returns 1 when it rewrote src, or 0. */
static int home_of_attack(const dyad_engine *e, const coder_ws *ws,
                          char *src, const char *tgt, const char *code,
                          size_t c1, size_t vs, size_t ve) {
  const codeset_item *it =
      codeset_match(&e->codes[CODESET_PLACE_SOURCE], code, c1);
  if (it == NULL) return 0;
  if (src[0] && strncmp(src, "---", 3) != 0) return 0;
  if (it->qual == CODESET_Q_HOME) {
    if (!ws->loc_country[0] || strlen(tgt) <= 3 || tgt[0] == '-' ||
        !mention_same_state(tgt, ws->loc_country) ||
        ws->tag.tok[vs].pos == TAG_VB)
      return 0;
    /* "assassinated in Beirut in an Israeli airstrike": a state of
     * another country named in the sentence may be the killer */
    for (size_t x = 0; x < ws->n_ent; x++) {
      const char *a = ws->ent[x].actor;
      if (a != NULL && mention_country_code(a) &&
          !mention_same_state(a, ws->loc_country))
        return 0;
    }
    memcpy(src, tgt, 3);
    src[3] = '\0';
    return 1;
  }
  if (code[0] == '1' && code[1] == '4') {
    /* a protest or riot no one with a country holds ("riots break out in
     * Leeds", "---OPP"): the place's people, their sector kept; not
     * state organs or armed men ("soldiers open fire on civilians
     * protesting"), and only in a sentence that names a protest (not
     * "a plane crashes into a crowd") */
    static const char *const armed[] = {"MIL", "COP", "GOV", "REB", "SPY",
                                        "JUD", "LEG", "UAF", "INS", NULL};
    if (!ws->loc_country[0]) return 0;
    char sec[4] = "CVL";
    if (strlen(src) >= 6) {
      memcpy(sec, src + 3, 3);
      if (word_in_list(sec, armed)) return 0;
    }
    if (!names_protest(ws, vs)) return 0;
    /* with no one named at all, only a verb of protest or of its
     * happening ("protests took place in Tbilisi", "thousands march in
     * Dublin", "a protest is held in Ottawa": protest_held; not
     * "prisoners held in Israeli jails launched a hunger strike",
     * "protesters are killed") */
    static const char *const happen[] = {
        "protest", "occur", "take", "break", "erupt", "march", "demonstrate",
        "gather", "rally", "riot", "go", "participate", "stage", "join",
        "strike", "boycott", "begin", "continue", "spread", NULL};
    if (!src[0] && !word_in_list(tag_lemma(&ws->tag, vs), happen) &&
        !protest_held(ws, vs))
      return 0;
    memcpy(src, ws->loc_country, 3);
    memcpy(src + 3, sec, 4);
    return 1;
  }
  if (!src[0] && it->qual) {
    int passive = ws->tag.tok[vs].pos == TAG_VBN;
    if (it->qual == CODESET_Q_ACTIVE ? passive : !passive) return 0;
  }
  /* coercion or a verdict (17x, 116): only a main clause's passive whose
   * agent is not named after "by" ("is charged by West Midlands Police":
   * the agent, read as the target, is no patient) */
  if (legal_act(code, c1) &&
      ((ve < ws->tag.n && streq(ws->toks[ve], "by")) ||
       (!src[0] && !main_passive(ws, vs))))
    return 0;
  if (!ws->loc_country[0]) return 0;
  memcpy(src, ws->loc_country, 4);
  return 1;
}

/* "Lebanon's former central bank governor is arrested": an arrest or a
 * verdict (legal_act, a code of place_source_codes) in a main clause's
 * passive with no agent (or an active receive, begin or start whose
 * subject is the one held: "the former minister begins a prison
 * sentence"), no source and no place named, whose one held is
 * a country's office holder, politician or officer (tgt: GOV, ELI, LEG,
 * OPP, PTY, JUD, MIL, COP, SPY), is his own country's act, when the
 * sentence names no other country: src (empty, CODE_MAX bytes) becomes
 * that bare country.  Not a people or a private person ("an American
 * journalist is detained", often abroad).  Returns
 * 1 when it wrote src, or 0. */
static int home_of_accused(const dyad_engine *e, const coder_ws *ws,
                           char *src, const char *tgt, const char *code,
                           size_t c1, size_t vs, size_t ve) {
  static const char *const office[] = {"GOV", "ELI", "LEG", "OPP", "PTY",
                                       "JUD", "MIL", "COP", "SPY", NULL};
  if (src[0] || !legal_act(code, c1) || ws->loc_country[0] ||
      strlen(tgt) < 6 || tgt[0] == '-' || !mention_country_code(tgt))
    return 0;
  char sec[4];
  memcpy(sec, tgt + 3, 3);
  sec[3] = '\0';
  if (!word_in_list(sec, office)) return 0;
  const codeset_item *it =
      codeset_match(&e->codes[CODESET_PLACE_SOURCE], code, c1);
  static const char *const take[] = {"receive", "begin", "start", NULL};
  if (it == NULL || (ve < ws->tag.n && streq(ws->toks[ve], "by")))
    return 0;
  if (ws->tag.tok[vs].pos == TAG_VBN ? !main_passive(ws, vs)
                                     : !tag_is_finite(ws->tag.tok[vs].pos) ||
                                           !word_in_list(
                                               tag_lemma(&ws->tag, vs), take))
    return 0;
  /* no other country named anywhere ("Pinochet has been arrested in a
   * London clinic at the request of a Spanish judge") */
  for (size_t k = 0; k < ws->n_ent; k++) {
    const char *a = ws->ent[k].actor;
    if (a != NULL && mention_country_code(a) && strncmp(a, tgt, 3) != 0)
      return 0;
  }
  memcpy(src, tgt, 3);
  src[3] = '\0';
  return 1;
}

/* "A car bomb tore through a market in Baghdad": a bombing (183x, code
 * of length c1) whose source home_of_attack took from its place, with no
 * target named (or the place itself, its bare country: "the centre of
 * Omagh in Northern Ireland"), strikes the people of that place: the
 * civilians of the sentence's one country (ws->loc_country; not at a
 * venue where parties meet).  A bare 183 only when the sentence names a
 * bomb ("bomb", "bombs", "bombing", "bombers"; not "Bombay"): an
 * explosion alone is often an accident ("a gas explosion in a coal
 * mine").  Not the other assaults
 * of place_source_codes, whose passives ("are found stabbed") and gas
 * attacks ("a chlorine gas leak") are often no attack.  An arrest or a
 * verdict (17x, 116) so placed holds the place's people, a protest (14)
 * is against the place's country (see below); t is the target's group
 * member (-1 if none).  tgt holds CODE_MAX bytes; writes the target into
 * it and returns 1, or returns 0. */
static int victims_of_place(const coder_ws *ws, const char *code, size_t c1,
                            int32_t t, char *tgt) {
  if (c1 >= 2 && code[0] == '1' && code[1] == '4') {
    /* ... against their own state when no one is named */
    if (tgt[0] || !ws->loc_country[0]) return 0;
    memcpy(tgt, ws->loc_country, 4);
    return 1;
  }
  if (legal_act(code, c1)) {
    /* "A man is arrested in London": an arrest there with no one named
     * (or the place's bare people: "an Iranian rapper is arrested in
     * Tehran"; not the place itself read as the target, "a Canadian man
     * is arrested in Lima for smuggling", whose patient is elsewhere)
     * holds one of the place's people */
    if (!ws->loc_country[0] || ws->loc_meeting) return 0;
    if (t >= 0 && ws->ent[t].place) return 0;
    if (tgt[0] && (strlen(tgt) != 3 || memcmp(tgt, ws->loc_country, 3) != 0))
      return 0;
    memcpy(tgt, ws->loc_country, 3);
    memcpy(tgt + 3, "CVL", 4);
    return 1;
  }
  if (c1 < 3 || memcmp(code, "183", 3) != 0) return 0;
  if (!ws->loc_country[0] || ws->loc_meeting) return 0;
  if (tgt[0] && (strlen(tgt) != 3 || memcmp(tgt, ws->loc_country, 3) != 0))
    return 0;
  if (c1 == 3) {
    static const char *const tail[] = {"", "s", "ing", "ings", "er", "ers",
                                       NULL};
    int bomb = 0;
    for (size_t k = 0; k < ws->tag.n && !bomb; k++)
      if (strncmp(ws->toks[k], "bomb", 4) == 0)
        bomb = word_in_list(ws->toks[k] + 4, tail);
    if (!bomb) return 0;
  }
  memcpy(tgt, ws->loc_country, 3);
  memcpy(tgt + 3, "CVL", 4);
  return 1;
}

/* Emits the events of one coded verb for source group sg and target group
 * tg (either may be -1). */
/* "Putin met his Chinese counterpart", "the foreign minister consulted
 * his South Korean counterpart": a country named before "counterpart(s)"
 * holds the same office as the source; a bare country target (tgt, 3
 * letters) of group member t takes the source's sector (own: "RUSGOV"
 * gives CHNGOV).  Returns 1 when it did. */
static int counterpart_sector(const coder_ws *ws, int32_t t, const char *own,
                              char *tgt) {
  if (t < 0 || strlen(tgt) != 3 || strlen(own) < 6 || own[0] == '-') return 0;
  const entity *E = &ws->ent[t];
  size_t k = E->last + 1;
  if (E->virt || E->pre[0] || E->post[0] || k >= ws->tag.n) return 0;
  if (!streq(ws->toks[k], "counterpart") &&
      !streq(ws->toks[k], "counterparts"))
    return 0;
  memcpy(tgt + 3, own + 3, 3);
  tgt[6] = '\0';
  return 1;
}

/* "Five civilians were killed in a U.S. drone strike in Pakistan", "a
 * Russian missile strike on a facility in Kramatorsk killed a worker":
 * victims of an assault, a fight or a mass killing (code roots 18, 19,
 * 20) named by a sector with no country (---CVL, ---COP, ---REB ...)
 * are of the country where it happens, the one country the sentence's
 * places name (ws->loc_country, not a venue).  Not soldiers, refugees,
 * aid workers or journalists, who are often abroad.  Writes the country
 * into tgt's first 3 bytes and returns 1, or returns 0. */
static int home_of_victims(const coder_ws *ws, const char *code, char *tgt) {
  static const char *const local[] = {"CVL", "COP", "GOV", "HLH", "LAB",
                                      "EDU", "JUD", "LEG", "REL", "REB",
                                      "OPP", "BUS", "AGR", NULL};
  if (strlen(tgt) != 6 || strncmp(tgt, "---", 3) != 0 ||
      !ws->loc_country[0] || ws->loc_meeting)
    return 0;
  if (!(code[0] == '1' && (code[1] == '8' || code[1] == '9')) &&
      !(code[0] == '2' && code[1] == '0') &&
      strncmp(code, "173", 3) != 0)
    return 0;
  int ok = 0;
  for (const char *const *p = local; *p && !ok; p++)
    ok = memcmp(tgt + 3, *p, 3) == 0;
  if (!ok) return 0;
  memcpy(tgt, ws->loc_country, 3);
  return 1;
}

/* "Japan protested China's deployment", "the governments of Australia and
 * New Zealand protest the start of whaling": a state (a bare country
 * named as such, not a people: "Israelis", "Togolese", "Turkish people";
 * or its government, XXXGOV) protesting against a target complains
 * officially (114), it does not demonstrate (141x).  Only a subject
 * right before the finite verb (token vs) counts: no place ("people in
 * Madrid, Spain, protest") nor a state named farther off.  own is the source's
 * code for group member s, tgt the target's code, code the verb's code
 * of length c1.  Returns 1 when the protest is a state's. */
static int state_protest(const coder_ws *ws, int32_t s, const char *own,
                         const char *tgt, const char *code, size_t c1,
                         size_t vs) {
  if (c1 < 3 || memcmp(code, "141", 3) != 0 || !tgt[0] || s < 0) return 0;
  if (ws->ent[s].virt || ws->ent[s].place) return 0;
  size_t end = 0;
  for (int32_t g = ws->ent[s].group; g >= 0; g = ws->ent[g].next)
    if (!ws->ent[g].virt && ws->ent[g].last + 1 > end)
      end = ws->ent[g].last + 1;
  if (end != vs) return 0;
  /* a finite verb, not the noun ("a Congo protest", "London protests") */
  tag_pos vp = ws->tag.tok[vs].pos;
  if (vp != TAG_VBZ && vp != TAG_VBP && vp != TAG_VBD) return 0;
  size_t n = strlen(own);
  if (n == 6 && memcmp(own + 3, "GOV", 3) == 0 && own[0] != '-') return 1;
  if (n != 3 || own[0] == '-' || civil_code(ws, s, own)) return 0;
  const entity *E = &ws->ent[s];
  if (E->virt || E->pre[0] || E->post[0]) return 0;
  const char *w = ws->toks[E->last];
  size_t l = strlen(w);
  tag_pos pos = ws->tag.tok[E->last].pos;
  if (pos != TAG_NNP && pos != TAG_NNPS) return 0;
  /* a people in -ese, -les ("Lebanese", "Poles") or without a plural */
  static const char *const folk[] = {"french", "british", "dutch", "swiss",
                                     "irish", "welsh", "english", NULL};
  if (l > 4 && (streq(w + l - 3, "ese") || streq(w + l - 3, "les")))
    return 0;
  for (const char *const *f = folk; *f; f++)
    if (streq(w, *f)) return 0;
  return 1;
}

/* ===================================================================== */
/* New actors (the engine's new_actor_length)                            */
/* ===================================================================== */

/* The noun phrase chunk holding token k with an "of" noun phrase after
 * it ("the Ministry of Magic"), as tokens [*a, *b); 0 if k is in none. */
static int np_span(const coder_ws *ws, size_t k, size_t *a, size_t *b) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (k >= n || T[k].chunk != TAG_CH_NP || T[k].chunk_id == UINT16_MAX)
    return 0;
  const tag_chunk *c = &ws->tag.chunks[T[k].chunk_id];
  *a = c->first;
  *b = c->first + c->n;
  /* "Gryffindor's head": the owner's chunk and its "'s" before it */
  if (*a >= 2 && T[*a - 1].type == TAG_T_POSSESSIVE &&
      T[*a - 2].chunk == TAG_CH_NP && T[*a - 2].chunk_id != UINT16_MAX)
    *a = ws->tag.chunks[T[*a - 2].chunk_id].first;
  while (*b + 1 < n && streq(ws->toks[*b], "of") &&
         T[*b + 1].chunk == TAG_CH_NP && T[*b + 1].chunk_id != UINT16_MAX) {
    c = &ws->tag.chunks[T[*b + 1].chunk_id];
    *b = c->first + c->n;
  }
  return 1;
}

/* PETRARCH's new actor: the words of tokens [a, b) (not a possessive
 * "'s" or punctuation), upper-cased, joined by spaces and quoted
 * ("\"THE MINISTRY OF MAGIC\""), into out (CODE_MAX bytes) when there
 * are 1 to max of them and they fit; returns 1 then, else 0.  No token
 * of an actor or agent mention: such a phrase has a code. */
static int new_actor_code(const coder_ws *ws, size_t a, size_t b,
                          uint32_t max, char *out) {
  const char *text = ws->tag.text;
  size_t o = 0;
  uint32_t words = 0;
  out[o++] = '"';
  for (size_t k = a; k < b; k++) {
    const tag_token *t = &ws->tag.tok[k];
    if (ws->ent_at[k] >= 0) return 0;
    if (t->type == TAG_T_POSSESSIVE || t->type == TAG_T_PUNCT ||
        t->type == TAG_T_QUOTE || t->type == TAG_T_DASH)
      continue;
    if (++words > max || o + t->len + 3 > CODE_MAX) return 0;
    if (words > 1) out[o++] = ' ';
    for (size_t c = 0; c < t->len; c++)
      out[o++] = (char)toupper((unsigned char)text[t->offset + c]);
  }
  if (words == 0) return 0;
  out[o++] = '"';
  out[o] = '\0';
  return 1;
}

/* The new actor (new_actor_code) of a verb with no source: the noun
 * phrase right before its verb group (its subject); 0 if none. */
static int new_source(const dyad_engine *e, const coder_ws *ws,
                      const verb_hit *h, char *out) {
  const tag_token *T = ws->tag.tok;
  size_t vs = h->vs, a, b;
  if (T[vs].chunk == TAG_CH_VG && T[vs].chunk_id != UINT16_MAX)
    vs = ws->tag.chunks[T[vs].chunk_id].first;
  return vs > 0 && np_span(ws, vs - 1, &a, &b) && b == vs &&
         new_actor_code(ws, a, b, e->new_actor_length, out);
}

/* The new actor of an uncoded conjunct of a verb's subject whose other
 * conjunct holds the source group sg ("Eriador's death and injury toll
 * has risen": ERI and "INJURY TOLL", as PETRARCH splits a noun phrase at
 * "and" into a compound): the words after the subject's last "and" or
 * "or", when the group ends before it with at most three nouns,
 * adjectives or a possessive "'s" between; 0 if none. */
static int new_conjunct_source(const dyad_engine *e, const coder_ws *ws,
                               const verb_hit *h, int32_t sg, char *out) {
  const tag_token *T = ws->tag.tok;
  size_t vs = h->vs, a, b;
  if (T[vs].chunk == TAG_CH_VG && T[vs].chunk_id != UINT16_MAX)
    vs = ws->tag.chunks[T[vs].chunk_id].first;
  if (vs == 0 || !np_span(ws, vs - 1, &a, &b) || b != vs) return 0;
  size_t c = b;
  while (c > a && !streq(ws->toks[c - 1], "and") &&
         !streq(ws->toks[c - 1], "or"))
    c--;
  if (c == a) {      /* the conjunction before the chunk */
    if (a < 2 || !(streq(ws->toks[a - 1], "and") ||
                   streq(ws->toks[a - 1], "or")))
      return 0;
  } else {
    a = c;           /* the conjunct after it */
  }
  size_t last = group_last(ws, sg);
  if (last + 1 >= a || a - 1 - last > 4) return 0;
  for (size_t k = last + 1; k + 1 < a; k++)
    if (T[k].type != TAG_T_POSSESSIVE && !tag_is_noun(T[k].pos) &&
        !tag_is_adj(T[k].pos))
      return 0;
  return new_actor_code(ws, a, b, e->new_actor_length, out);
}

/* The new actor of a verb with no target: the first noun phrase after its
 * verb group, past prepositions, before a comma, a verb or a subordinate
 * clause; 0 if none. */
static int new_target(const dyad_engine *e, const coder_ws *ws,
                      const verb_hit *h, char *out) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = h->ve, a, b;
  if (h->vs < n && T[h->vs].chunk == TAG_CH_VG &&
      T[h->vs].chunk_id != UINT16_MAX) {
    const tag_chunk *c = &ws->tag.chunks[T[h->vs].chunk_id];
    if (c->first + c->n > k) k = c->first + c->n;
  }
  for (; k < n; k++) {
    if (T[k].chunk == TAG_CH_NP) break;
    if (T[k].pos != TAG_IN && T[k].pos != TAG_TO && T[k].pos != TAG_RP &&
        T[k].pos != TAG_RB)
      return 0;
    if (tag_wclass(&ws->tag, k) & TAG_W_SUBORD) return 0;
  }
  return k < n && np_span(ws, k, &a, &b) &&
         new_actor_code(ws, a, b, e->new_actor_length, out);
}

/* "Pro-Russian activists attack the police headquarters", "protesters
 * clash with police": force used by protesters, demonstrators, rioters or
 * a mob (the head word of source member s) is a violent protest, a riot
 * (145), not an armed attack (19x); their assaults on people (18x: "a mob
 * beat two reservists to death") and occupations (192) keep their code.
 * code is the verb's code of length c1. */
static int protest_riot(const coder_ws *ws, int32_t s, const char *code,
                        size_t c1) {
  static const char *const crowd[] = {
      "protesters", "protestors", "demonstrators", "rioters", "activists",
      "mob", "mobs", "crowd", "crowds", "marchers", NULL};
  if (c1 < 2 || s < 0 || code[0] != '1' || code[1] != '9' ||
      (c1 >= 3 && code[2] == '2'))
    return 0;
  const char *w = ws->toks[ws->ent[s].last];
  return word_in_list(w, crowd);
}

/* "Clashes erupt between demonstrators and police", "troops fired on the
 * protesters": force (19x but 192, an occupation) by a state's police,
 * army, security service or government (own, its code: xxxCOP ...) on a
 * crowd of protesters (the last word of target member t) is repression,
 * 175, as CAMEO's usage notes code a state's violence against its
 * demonstrators (protest_riot codes the crowd's side 145). */
static int protest_repression(const coder_ws *ws, int32_t t, const char *own,
                              const char *code, size_t c1) {
  static const char *const crowd[] = {
      "protesters", "protestors", "demonstrators", "rioters", "marchers",
      NULL};
  static const char *const organ[] = {"COP", "MIL", "SPY", "GOV", NULL};
  if (c1 < 2 || t < 0 || code[0] != '1' || code[1] != '9' ||
      (c1 >= 3 && code[2] == '2') || strlen(own) < 6)
    return 0;
  int org = 0;
  for (const char *const *p = organ; *p && !org; p++)
    org = memcmp(own + 3, *p, 3) == 0;
  return org && word_in_list(ws->toks[ws->ent[t].last], crowd);
}

/* "Israeli soldiers open fire on protesters ..., killing a man", "the
 * regime attacks women protesters, shooting them dead": a riot (145, read
 * from the protesters named before the verb) whose source is a state's
 * police, army, security service or government (own, its code), whose
 * target (tgt) is people (a bare country, or OPP CVL EDU REF LAB HRI; not
 * rebels, troops or officials) and whose verb at token vs kills, shoots,
 * attacks or beats is that state's repression of the protest (175); a
 * clash, injuries in a clash ("police injured protesters in violent
 * clashes") and a riot by soldiers keep 145. */
static int state_riot_repression(const coder_ws *ws, const char *own,
                                 const char *tgt, const char *code, size_t c1,
                                 size_t vs) {
  static const char *const organ[] = {"COP", "MIL", "SPY", "GOV", NULL};
  static const char *const people[] = {"OPP", "CVL", "EDU", "REF", "LAB",
                                       "HRI", NULL};
  static const char *const harm[] = {"kill", "shoot", "attack", "fire",
                                     "beat", "gun", "open", NULL};
  if (c1 != 3 || memcmp(code, "145", 3) != 0 || strlen(own) < 6) return 0;
  size_t lt = strlen(tgt);
  if (lt != 3 && !(lt >= 6 && word_in3(tgt + 3, people))) return 0;
  return word_in3(own + 3, organ) &&
         word_in_list(tag_lemma(&ws->tag, vs), harm);
}

/* The protest code for the demand code (root 10) of length c1: a strike
 * (143x) when st, else a demonstration (141x), with the subcode of the
 * demand (see protest_demand). */
static const char *protest_code(const char *code, size_t c1, int st) {
  static const char *const rally[][2] = {{"1041", "1411"}, {"1042", "1412"},
                                         {"1043", "1413"}, {"1044", "1414"},
                                         {"104", "1412"}};
  static const char *const strike[][2] = {{"1041", "1431"}, {"1042", "1432"},
                                          {"1043", "1433"}, {"1044", "1434"},
                                          {"104", "1432"}};
  const char *const (*map)[2] = st ? strike : rally;
  for (size_t i = 0; i < sizeof rally / sizeof rally[0]; i++)
    if (c1 == strlen(map[i][0]) && memcmp(code, map[i][0], c1) == 0)
      return map[i][1];
  return st ? "143" : "141";
}

/* "Tens of thousands of protesters march in Islamabad demanding the
 * resignation of the prime minister": a demand (10x) made by
 * protesters, demonstrators, marchers or strikers (a word of source
 * member s) is their protest's demand, coded as the protest
 * (CAMEO 141 and 143: "use sub-categories if demands of protesters are
 * known").  Returns the protest code for the demand code of length c1
 * (leadership change 1041 -> 1411, policy change or unspecified reform
 * 1042 104 -> 1412, rights 1043 -> 1413, institutions or regime 1044 ->
 * 1414; any other demand the bare protest), or NULL when the source is
 * no such crowd, the code no demand, or the verb at vs a participle
 * after a comma (left to fold_demanding). */
static const char *protest_demand(const coder_ws *ws, int32_t s,
                                  const char *code, size_t c1, size_t vs) {
  static const char *const crowd[] = {"protesters", "protestors",
                                      "demonstrators", "marchers", NULL};
  static const char *const strikers[] = {"strikers", NULL};
  if (c1 < 2 || s < 0 || code[0] != '1' || code[1] != '0') return NULL;
  /* ", demanding ..." after a comma: fold_demanding joins it to the
   * protest before it */
  if (vs > 0 && streq(ws->toks[vs - 1], ",")) return NULL;
  /* the crowd word anywhere in the member ("protesters in Hong Kong") */
  int st = 0, cr = 0;
  for (uint32_t k = ws->ent[s].first; k <= ws->ent[s].last; k++) {
    st = st || word_in_list(ws->toks[k], strikers);
    cr = cr || word_in_list(ws->toks[k], crowd);
  }
  /* "a Guatemalan national strike Thursday demanding": the member
   * names the country of a strike or protest right after it (adjectives
   * between), which is the demand's subject */
  if (!st && !cr) {
    static const char *const strike_n[] = {"strike", "strikes", NULL};
    static const char *const protest_n[] = {
        "protest", "protests", "march", "marches", "rally", "rallies",
        "demonstration", "demonstrations", NULL};
    size_t k = ws->ent[s].last + 1;
    while (k < vs && ws->ent_at[k] < 0 && tag_is_adj(ws->tag.tok[k].pos))
      k++;
    if (k >= vs || ws->ent_at[k] >= 0) return NULL;
    st = word_in_list(ws->toks[k], strike_n);
    cr = word_in_list(ws->toks[k], protest_n);
    if (!st && !cr) return NULL;
    return protest_code(code, c1, st);
  }
  /* the demand is the protest's: a verb of protest between the crowd and
   * the demand ("march in Islamabad demanding", "gather in Manila to
   * demand"); "protesters demanded the withdrawal of Syrian troops"
   * alone is a demand (10x) */
  static const char *const protest[] = {
      "rally", "march", "protest", "demonstrate", "riot", "picket",
      "gather", "strike", "walk", "take", NULL};
  int pv = 0;
  for (size_t k = ws->ent[s].last + 1; k < vs && !pv; k++) {
    if (streq(ws->toks[k], ";") || streq(ws->toks[k], ":")) return NULL;
    /* the tagger may read "march" as a noun */
    pv = ws->ent_at[k] < 0 && word_in_list(tag_lemma(&ws->tag, k), protest);
  }
  if (!pv) return NULL;
  return protest_code(code, c1, st);
}

/* "prompting the FAA to halt outgoing flights at Los Angeles", "Alaska
 * Airlines cancels 20 flights into and out of Seattle due to weather":
 * flights halted, suspended or cancelled at home (an embargo, 163, whose
 * source and target are of one country, the sentence naming flights)
 * are air traffic, no sanction on anyone. */
static int flights_at_home(const coder_ws *ws, const char *own,
                           const char *tgt, const char *code) {
  if (strncmp(code, "163", 3) != 0 || strlen(own) < 3 || strlen(tgt) < 3 ||
      own[0] == '-' || strncmp(own, tgt, 3) != 0)
    return 0;
  for (size_t k = 0; k < ws->tag.n; k++)
    if (streq(ws->toks[k], "flights") || streq(ws->toks[k], "flight"))
      return 1;
  return 0;
}

static int32_t talks_partner(const coder_ws *ws, int32_t sg);

/* "Ahern said on Monday he was confident that the British government
 * would agree", "optimistic that Greek and Turkish Cypriot leaders could
 * reach a deal": an optimistic or pessimistic comment (013, 012) with no
 * target is about the first actor of the "that" clause that follows its
 * verb (at token vs; "that" within eight tokens, no comma or semicolon
 * between): a group that is not the source group sg, nor a place, nor
 * the source's own country named again.  Stops at a comma or semicolon.
 * Returns the group, or -1. */
static int32_t hoped_of(const coder_ws *ws, size_t vs, int32_t sg) {
  size_t n = ws->tag.n, k = vs + 1;
  while (k < n && k <= vs + 8 && !streq(ws->toks[k], "that")) {
    if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";")) return -1;
    k++;
  }
  if (k >= n || k > vs + 8) return -1;
  for (k++; k < n; k++) {
    const char *w = ws->toks[k];
    if (streq(w, ",") || streq(w, ";")) return -1;
    int32_t x = ws->ent_at[k];
    if (x < 0) continue;
    const entity *E = &ws->ent[x];
    int32_t g = E->group;
    if (g == sg || E->place) {
      k = group_last(ws, g);
      continue;
    }
    if (sg >= 0 && E->actor && ws->ent[sg].actor &&
        strncmp(E->actor, ws->ent[sg].actor, 3) == 0) {
      k = group_last(ws, g);
      continue;
    }
    return g;
  }
  return -1;
}

/* The listener of "X told Y (that) it would ..." (role_told_listener) for
 * the verb at token vs, the first of its verb group or inside it, when it
 * is not the source group sg; -1 if none. */
static int32_t told_listener(const coder_ws *ws, size_t vs, int32_t sg) {
  const tag_token *T = ws->tag.tok;
  if (T[vs].chunk == TAG_CH_VG && T[vs].chunk_id != UINT16_MAX)
    vs = ws->tag.chunks[T[vs].chunk_id].first;
  size_t tv;
  int32_t g = role_told_listener(ws, vs, &tv);
  return g == sg ? -1 : g;
}
static int32_t entity_group_at(const coder_ws *ws, size_t k);

/* Who claimed or is blamed for the sentence's attacks, named where no
 * one else is: "A bomb tore through a cafe in Jerusalem, killing seven
 * Israelis, and Hamas claimed responsibility" (a claim with no "for",
 * of the attacks reported before it), "A car bomb blamed on ETA
 * exploded outside a barracks" (a participle "blamed on" an actor, of
 * any attack of the sentence).  Sets ws->claim_g (the claimant's group,
 * an actor), ws->claim_at and ws->claim_any; claim_g is -1 when the
 * sentence names none. */
static void claimant(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  ws->claim_g = -1;
  ws->claim_any = 0;
  for (size_t k = 1; k + 2 < n; k++) {
    if (streq(ws->toks[k + 1], "responsibility") &&
        !streq(ws->toks[k + 2], "for") && tag_is_verb(T[k].pos) &&
        streq(tag_lemma(&ws->tag, k), "claim")) {
      size_t p = k;
      while (p > 0 && T[p - 1].pos == TAG_RB) p--;
      if (p == 0 || ws->ent_at[p - 1] < 0) return;
      int32_t m = ws->ent_at[p - 1], g = ws->ent[m].group;
      if (group_last(ws, g) != p - 1) return;
      /* "killing seven people including five Americans, and the group
       * Hamas claimed": past a comma the member before the verb alone */
      for (size_t q = ws->ent[g].first; q < ws->ent[m].first; q++)
        if (streq(ws->toks[q], ",")) g = m;
      if (ws->ent[g].actor == NULL) return;
      ws->claim_g = g;
      ws->claim_at = k;
      return;
    }
    if (streq(ws->toks[k], "blamed") && T[k].pos == TAG_VBN &&
        streq(ws->toks[k + 1], "on") && tag_is_noun(T[k - 1].pos) &&
        ws->ent_at[k - 1] < 0) {
      size_t y = k + 2;
      while (y < n && ws->ent_at[y] < 0 &&
             (T[y].pos == TAG_DT || tag_is_adj(T[y].pos)))
        y++;
      int32_t g = y < n ? entity_group_at(ws, y) : -1;
      if (g < 0 || ws->ent[g].actor == NULL) return;
      ws->claim_g = g;
      ws->claim_at = k;
      ws->claim_any = 1;
      return;
    }
  }
}

/* Is actor code a (an event's source code, may be NULL) a country's own
 * state or a political player in it: a bare country or one of its government,
 * legislature, elites, opposition, parties, army, courts, police or spies
 * ("IDNGOV", "GBRLEG"; not "USABUS", "GBRMED", "IGOUNO")?  Only such a
 * source relinquishes political power (0831/done). */
static int political_source(const char *a) {
  static const char *const sector[] = {"GOV", "LEG", "ELI", "OPP", "PTY",
                                       "MIL", "JUD", "COP", "SPY", NULL};
  if (a == NULL || !mention_country_code(a)) return 0;
  size_t n = strlen(a);
  return n == 3 || (n >= 6 && word_in3(a + 3, sector));
}

/* "Kenya lifted the curfew in Nairobi", "Greece imposes a curfew in
 * Thessaloniki": an act on one's own population (a code of the
 * dictionary's own_country_target_codes with no condition) whose target
 * is a place of the source's own country, the source a bare country
 * (the state: "Kenya", not "Kenyans": civil_code), is the state's on its
 * own country, not a self event: the source acts through its government
 * (KENGOV>KEN), as with no target named.  own is the source's code for
 * group member s (CODE_MAX bytes), tbuf the target's for member t, code
 * the event code of length c1.  Returns 1 when it added GOV to own. */
static int own_place_target(const dyad_engine *e, const coder_ws *ws,
                            int32_t s, int32_t t, char *own,
                            const char *tbuf, const char *code, size_t c1) {
  if (t < 0 || !ws->ent[t].place || strlen(tbuf) != 3 || strlen(own) != 3 ||
      own[0] == '-' || memcmp(own, tbuf, 3) != 0 || civil_code(ws, s, own))
    return 0;
  const codeset_item *it =
      codeset_match(&e->codes[CODESET_OWN_TARGET], code, c1);
  if (it == NULL || it->qual != 0) return 0;
  memcpy(own + 3, "GOV", 4);
  return 1;
}

/* Is the verb at token i an -ing form with no "be" before it (the
 * qualifier /no_participle: "students occupied the parliament demanding
 * his resignation", "Uighurs demanding justice rioted": the demand is
 * the protest's, which CAMEO codes 14x)? */
static int bare_participle(const coder_ws *ws, size_t i) {
  return ws->tag.tok[i].pos == TAG_VBG &&
         !(i > 0 && streq(tag_lemma(&ws->tag, i - 1), "be"));
}

/* "Thousands of ethnic Albanians marched through Pristina demanding
 * independence for Kosovo" (SRB>SRB in 1998): a protest for a stated
 * demand (a four-digit code of the dictionary's
 * own_country_target_people_codes: 1414 independence, 1412 a policy) by
 * a people (civil_code: a bare country named by its people) whose target
 * is their own bare country is the people's against their state, as with
 * no target named: own (CODE_MAX bytes) becomes the people's (SRBCVL),
 * not a self event.  (A bare protest, 141, is left out: its own-country
 * target is as often a place where a foreign act is protested, "Afghans
 * protested near Kabul against the Koran burnings".)  Any protest code
 * of the list when the target, member t, is a place ("Uighurs rioted in
 * the city of Yining": CHNCVL>CHN 145, as "rioted in Yining" with no
 * target named is coded) and the verb at token vs no bare infinitive
 * ("targets X to demonstrate against").  A code of the list qualified
 * /no_participle (dyad's 104: "demonstrators demand a new election")
 * not when the verb is a bare participle (bare_participle).  Returns 1
 * when it added CVL to own. */
static int own_people_target(const dyad_engine *e, const coder_ws *ws,
                             int32_t s, int32_t t, char *own,
                             const char *tbuf, const char *code, size_t c1,
                             size_t vs) {
  if ((c1 != 4 && !(t >= 0 && ws->ent[t].place &&
                    ws->tag.tok[vs].pos != TAG_VB)) ||
      code[0] != '1' || strlen(tbuf) != 3 || strlen(own) != 3 ||
      own[0] == '-' || memcmp(own, tbuf, 3) != 0 || !civil_code(ws, s, own))
    return 0;
  const codeset_item *it =
      codeset_match(&e->codes[CODESET_OWN_TARGET_PEOPLE], code, c1);
  if (it == NULL ||
      (it->qual == CODESET_Q_NO_PARTICIPLE && bare_participle(ws, vs)))
    return 0;
  memcpy(own + 3, "CVL", 4);
  return 1;
}

/* Is source group sg (no target named) the parties of a fight, an
 * armed attack or a mass killing (code roots 18 to 20, not a blockade
 * or an occupation, 191 and 192): two or more members right after "a
 * fight between" ("clashes", "fighting", "shootout", ... before
 * "between"; past up to three determiners, adjectives or nouns after
 * it: "between rival factions Hamas and Fatah")?  Each then acts on the
 * others; not "a meeting between". */
static int fight_between(const coder_ws *ws, const char *code, int32_t sg) {
  static const char *const fight[] = {
      "clash", "clashes", "fighting", "fight", "fights", "battle",
      "battles", "shootout", "gunfight", "gunbattle", "skirmish",
      "skirmishes", "confrontation", "confrontations", "violence",
      "hostilities", "war", "firefight", NULL};
  int root = code_root(code);
  if (root < 18 || root > 20 || ws->ent[sg].next < 0 ||
      strncmp(code, "191", 3) == 0 || strncmp(code, "192", 3) == 0)
    return 0;
  size_t k = ws->ent[sg].first;
  for (int n = 0; n < 3 && k > 0 && !streq(ws->toks[k - 1], "between");
       n++) {
    int p = ws->tag.tok[k - 1].pos;
    if (p != TAG_DT && !tag_is_adj(p) && p != TAG_NN && p != TAG_NNS) break;
    k--;
  }
  return k > 1 && streq(ws->toks[k - 1], "between") &&
         word_in_list(ws->toks[k - 2], fight);
}

static int emit_groups(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                       size_t si, size_t sent_first, const verb_hit *h,
                       int32_t sg, int32_t tg) {
  const char *code = h->code;
  /* "Libya agreed to give up its weapons programmes after secret talks
   * with Britain": a commitment (03x) with no target of its own is made
   * to the partner of the talks the sentence names */
  if (tg < 0 && sg >= 0 && code[0] == '0' && code[1] == '3' && !h->domestic)
    tg = talks_partner(ws, sg);
  /* "Libya told Britain it would release the prisoners": to the listener
   * of the telling */
  if (tg < 0 && sg >= 0 && code[0] == '0' && code[1] == '3' && !h->domestic)
    tg = told_listener(ws, h->vs, sg);
  if (tg < 0 && sg >= 0 && code[0] == '0' && code[1] == '1' &&
      (code[2] == '2' || code[2] == '3'))
    tg = hoped_of(ws, h->vs, sg);
  /* an attack (18, 19, 20) with no one of a country as its source is
   * the claimant's (claimant) */
  if (ws->claim_g >= 0 && tg != ws->claim_g &&
      (ws->claim_any || h->vs < ws->claim_at) &&
      code_root(code) >= 18 && code_root(code) <= 20 &&
      (sg < 0 || (ws->ent[sg].actor == NULL && ws->ent[sg].next < 0)))
    sg = ws->claim_g;
  const char *colon = strchr(code, ':');
  size_t c1 = colon ? (size_t)(colon - code) : strlen(code);
  const char *code2 = colon ? colon + 1 : NULL;
  /* "nearly 50 people are killed in clashes between Nepalese troops and
   * Maoist rebels": the parties of the fight act on each other */
  int mutual = tg < 0 && sg >= 0 && fight_between(ws, code, sg);
  if (mutual) tg = sg;
  char sbuf[CODE_MAX], tbuf[CODE_MAX];
  for (int32_t s = sg; ; s = ws->ent[s].next) {
    for (int sp = 0; sp < 16; sp++) {
      if (s >= 0) {
        if (!mention_entity_code(ws, s, sp, sbuf, NULL)) break;
      } else if (sp > 0) {
        break;
      } else if (!e->new_actor_length || !new_source(e, ws, h, sbuf)) {
        sbuf[0] = '\0';
      }
      char home[4] = "";
      if (sbuf[0] && sbuf[0] != '-' && sbuf[0] != '"' && strlen(sbuf) >= 3) {
        memcpy(home, sbuf, 3);
        home[3] = '\0';
      }
      for (int32_t t = tg; ; t = ws->ent[t].next) {
        for (int tp = 0; tp < 16 && !(mutual && t == s); tp++) {
          int fresh = 0;   /* tbuf is a new actor */
          if (t >= 0) {
            if (!mention_entity_code(ws, t, tp, tbuf, home[0] ? home : NULL))
              break;
          } else if (tp > 0) {
            break;
          } else if (h->domestic && home[0] &&
                     (h->domestic == 1 ||
                      (h->domestic == 2 && civil_code(ws, s, sbuf)) ||
                      (h->domestic == 6 && (civil_code(ws, s, sbuf) ||
                                            home_rebels(sbuf))) ||
                      (h->domestic == 3 && home_organ(sbuf, code)) ||
                      (h->domestic == 5 && political_source(sbuf)) ||
                      (h->domestic == 4 &&
                       ((home_rebels(sbuf) && !paired_truce(ws, sg, sbuf, code)) ||
                        home_organ(sbuf, code))))) {
            /* "Bangladesh authorities imposed a curfew": BGDGOV>BGD; a
             * bare country acts through its government */
            memcpy(tbuf, home, 4);
            if (strlen(sbuf) == 3)
              strcat(sbuf, h->domestic == 2 || h->domestic == 6 ? "CVL"
                                                                : "GOV");
          } else if (e->new_actor_length && new_target(e, ws, h, tbuf)) {
            fresh = 1;
          } else {
            tbuf[0] = '\0';
          }
          int coded = tbuf[0] && !fresh;
          if (coded) home_from_place(ws, t, tbuf);
          char own[CODE_MAX];
          memcpy(own, sbuf, CODE_MAX);
          if (coded) home_from_target(ws, t, own, tbuf);
          if (coded && !home_of_coerced(own, tbuf, code))
            home_of_rebels_victims(ws, own, tbuf, code);
          if (coded) home_of_repressor(own, tbuf, code);
          if (coded) home_army(ws, own, tbuf);
          if (coded) home_of_victims(ws, code, tbuf);
          if (coded) army_at_home(ws, own, tbuf);
          if (coded) counterpart_sector(ws, t, own, tbuf);
          if (home_of_attack(e, ws, own, tbuf, code, c1, h->vs, h->ve))
            victims_of_place(ws, code, c1, t, tbuf);
          else
            home_of_accused(e, ws, own, tbuf, code, c1, h->vs, h->ve);
          if (tbuf[0] && !own_place_target(e, ws, s, t, own, tbuf, code, c1))
            own_people_target(e, ws, s, t, own, tbuf, code, c1, h->vs);
          if (mutual && strcmp(own, tbuf) == 0) continue;
          if (!h->domestic && !civil_code(ws, s, own) &&
              state_self_pair(own, tbuf, code))
            continue;
          if (!h->domestic && own_country_party(own, tbuf, code) &&
              own_country_other_party(ws, h->ve, home, tbuf) < 0)
            continue;
          if (code_root(code) == 18 && sport_score(ws, h->vs))
            continue;
          if (code_root(code) >= 18 && accident_participle(ws, h->vs))
            continue;
          if (strncmp(code, "138", 3) == 0 &&
              warned_of_others(ws, h->vs, own))
            continue;
          if (t >= 0 && own_aid_origin(ws, t, own, tbuf, code)) continue;
          if (host_among_visitors(ws, sg, own, tbuf, code)) continue;
          if (flights_at_home(ws, own, tbuf, code)) continue;
          int sp114 = state_protest(ws, s, own, tbuf, code, c1, h->vs);
          int riot = !sp114 && protest_riot(ws, s, code, c1);
          int repress = !sp114 && !riot && tbuf[0] &&
                        (protest_repression(ws, t, own, code, c1) ||
                         state_riot_repression(ws, own, tbuf, code, c1,
                                               h->vs));
          const char *pd = sp114 || riot || repress
                               ? NULL
                               : protest_demand(ws, s, code, c1, h->vs);
          if (emit(e, ws, r, si, sent_first, own, tbuf,
                   sp114 ? "114" : riot ? "145" : repress ? "175" : pd ? pd : code,
                   sp114 || riot || repress ? 3 : pd ? strlen(pd) : c1, h, sg, tg, s,
                   t))
            return -1;
          if (code2 && *code2 &&
              emit(e, ws, r, si, sent_first, tbuf, own, code2, strlen(code2),
                   h, tg, sg, t, s))
            return -1;
          if (h->reciprocal && own[0] && tbuf[0] &&
              emit(e, ws, r, si, sent_first, tbuf, own, code, c1, h, tg, sg,
                   t, s))
            return -1;
        }
        if (t < 0 || ws->ent[t].next < 0) break;
      }
    }
    if (s < 0 || ws->ent[s].next < 0) break;
  }
  /* new actors: an uncoded conjunct of the subject acts too */
  if (e->new_actor_length && sg >= 0 &&
      new_conjunct_source(e, ws, h, sg, sbuf))
    for (int32_t t = tg; ; t = ws->ent[t].next) {
      if (t < 0) tbuf[0] = '\0';
      else if (!mention_entity_code(ws, t, 0, tbuf, NULL)) break;
      if (emit(e, ws, r, si, sent_first, sbuf, tbuf, code, c1, h, sg, tg,
               -1, t) ||
          (code2 && *code2 &&
           emit(e, ws, r, si, sent_first, tbuf, sbuf, code2, strlen(code2),
                h, tg, sg, t, -1)))
        return -1;
      if (t < 0 || ws->ent[t].next < 0) break;
    }
  return 0;
}

/* The group of the entity (not virtual) whose first token is k, hidden
 * from roles or not; -1 if none. */
static int32_t entity_group_at(const coder_ws *ws, size_t k) {
  for (size_t x = 0; x < ws->n_ent; x++)
    if (!ws->ent[x].virt && ws->ent[x].first == k &&
        ws->ent[ws->ent[x].group].first == k)
      return ws->ent[x].group;
  return -1;
}


/* The speaker of the speech verb whose adjunct the preposition at token
 * p opens, back over a time phrase: "X said on Wednesday after ...",
 * "said X during ...".  The speaker is the actor right before the speech
 * verb, or right after it; hidden from roles as attribution or not.
 * Returns its group, or -1. */
static int32_t adjunct_speaker(const coder_ws *ws, size_t p) {
  static const char *const clock[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "night", "morning", "evening",
      "afternoon", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = p, steps = 0;
  while (k > 0 && steps < 4 &&
         (streq(ws->toks[k - 1], "on") || T[k - 1].pos == TAG_RB ||
          word_in_list(ws->toks[k - 1], clock))) {
    k--;
    steps++;
  }
  if (k < 2) return -1;
  int before = is_speech_verb(tag_lemma(&ws->tag, k - 1));
  for (size_t x = 0; x < ws->n_ent; x++) {
    const entity *E = &ws->ent[x];
    if (E->virt) continue;
    if (before && E->last == k - 2) return E->group;
    /* "said X during": X right after the speech verb */
    if (!before && E->last == k - 1) {
      int32_t g = E->group;
      size_t f = ws->ent[g].first;
      if (f > 0 && is_speech_verb(tag_lemma(&ws->tag, f - 1))) return g;
    }
  }
  return -1;
}

/* The subject of the main clause after an opening adjunct that ends
 * at a comma at or after token from: "During a visit to Managua,
 * Putin said", "On her first visit to China, Merkel met Xi".  Past
 * appositions (", Saudi Arabia,", ", his first,": up to three commas
 * within 16 tokens), the first actor group that starts right after a
 * comma (articles and adjectives may come first) and is followed by a
 * verb group (past the rest of a title or a name: proper nouns, "for",
 * "of").  Returns the group, or -1. */
static int32_t opener_clause_subject(const coder_ws *ws, size_t from) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  int commas = 0;
  for (size_t c = from; c < n && c < from + 16 && commas < 3; c++) {
    if (!streq(ws->toks[c], ",")) continue;
    commas++;
    size_t p = c + 1;
    while (p < n && ws->ent_at[p] < 0 &&
           (T[p].pos == TAG_DT || tag_is_adj(T[p].pos)))
      p++;
    int32_t g = p < n ? entity_group_at(ws, p) : -1;
    if (g < 0) continue;
    /* the rest of a title and name: "U.N. High Commissioner for Human
     * Rights Mary Robinson urged" */
    size_t gl = group_last(ws, g), q = gl + 1;
    while (q < n && q < gl + 8 && T[q].chunk != TAG_CH_VG &&
           (T[q].pos == TAG_NNP || T[q].pos == TAG_NNPS ||
            ws->ent_at[q] >= 0 || streq(ws->toks[q], "for") ||
            streq(ws->toks[q], "of")))
      q++;
    if (q < n && T[q].chunk == TAG_CH_VG) return g;
  }
  return -1;
}

/* Does w say what kind of visit it is ("an official visit", "a
 * working visit"), a modifier even where the dictionary reads it as an
 * agent ("official": GOV)? */
static int visit_kind(const char *w) {
  return streq(w, "official") || streq(w, "working") || streq(w, "state");
}

/* The actor group named after "by": "by" at token ve, then an actor
 * after any determiners and adjectives (the agent of a passive, "captured
 * by Hezbollah guerrillas"; the visitor of "a visit to Kabul by the
 * Pakistani prime minister").  Returns the group, or -1 when "by" or an
 * actor is missing ("by meeting the Taoiseach" names a means). */
static int32_t by_agent_group(const coder_ws *ws, size_t ve) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (ve + 1 >= n || !streq(ws->toks[ve], "by")) return -1;
  size_t y = ve + 1;
  while (y < n && ws->ent_at[y] < 0 &&
         (T[y].pos == TAG_DT || tag_is_adj(T[y].pos)))
    y++;
  int32_t g = y < n ? entity_group_at(ws, y) : -1;
  return g >= 0 && ws->ent[g].actor != NULL ? g : -1;
}

/* A nominal visit: "visit"/"visits" as a noun at token i (the verb hit
 * v, whose code is 042), right before "to" and an actor Y.  The visitor
 * is the actor before ", on a visit to Y" ("Tony Blair, on a visit to
 * Islamabad, urged"), the owner of "X's visit to Y", or the sentence's
 * subject when it opens the sentence and its verb is passive ("Xi
 * Jinping was welcomed ... at the start of a state visit to Russia"),
 * the main clause's subject after an opening adjunct ("During a visit to
 * Managua, Putin said"), or the subject of the clause a during/on
 * adjunct belongs to ("recognized Abkhazia during a visit to Russia").
 * "A visit by X to Y" and "a visit to Y by X" name both.  Emits X -> Y 042 and returns 0, or
 * -1 when out of memory. */
static int nominal_visit(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                         size_t si, size_t sent_first, size_t i,
                         const dict_verb *v) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  const char *w = ws->toks[i];
  if (!(streq(w, "visit") || streq(w, "visits")) ||
      !(T[i].pos == TAG_NN || T[i].pos == TAG_NNS) || i + 2 >= n)
    return 0;
  if (streq(ws->toks[i + 1], "by")) {
    /* "during the first visit by an Israeli minister to Abu Dhabi", also
     * in a trailing attribution, whose actors are hidden from roles */
    size_t k = i + 2;
    while (k < n && (T[k].pos == TAG_DT || tag_is_adj(T[k].pos)) &&
           entity_group_at(ws, k) < 0)
      k++;
    int32_t sg = k < n ? entity_group_at(ws, k) : -1;
    if (sg < 0) return 0;
    /* the rest of the visitor's noun phrase: "an Israeli minister" */
    size_t gl = group_last(ws, sg);
    while (gl + 1 < n && entity_group_at(ws, gl + 1) < 0 &&
           (tag_is_noun(T[gl + 1].pos) || tag_is_adj(T[gl + 1].pos)))
      gl++;
    if (gl + 2 >= n || !streq(ws->toks[gl + 1], "to")) return 0;
    int32_t tg = entity_group_at(ws, gl + 2);
    if (tg < 0 || tg == sg) return 0;
    verb_hit h = {i, i + 1, v, NULL, "042", 0, 0};
    return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
  }
  if (!streq(ws->toks[i + 1], "to")) return 0;
  int32_t tg = entity_group_at(ws, i + 2);
  if (tg < 0) return 0;
  /* "A visit to Kabul by the Pakistani prime minister" */
  /* the visitor after "by" ("by meeting the Taoiseach" names a means,
   * no one) */
  int32_t bv = by_agent_group(ws, group_last(ws, tg) + 1);
  if (bv >= 0) {
    if (bv == tg) return 0;
    verb_hit h = {i, i + 1, v, NULL, "042", 0, 0};
    return emit_groups(e, ws, r, si, sent_first, &h, bv, tg);
  }
  /* the noun phrase of "visit": "a three-day state visit" */
  size_t k = i;
  while (k > 0 && (ws->ent_at[k - 1] < 0 || visit_kind(ws->toks[k - 1])) &&
         (T[k - 1].pos == TAG_DT || T[k - 1].pos == TAG_CD ||
          tag_is_adj(T[k - 1].pos) || T[k - 1].pos == TAG_NN ||
          T[k - 1].pos == TAG_PRPS))
    k--;
  int32_t sg = -1;
  if (k >= 2 && T[k - 1].type == TAG_T_POSSESSIVE &&
      ws->ent_at[k - 2] >= 0) {
    /* "Xi's visit to Russia"; "signed nine agreements during Modi's
     * visit to Moscow" dates the agreements, as news-dev codes it (n016) */
    sg = ws->ent[ws->ent_at[k - 2]].group;
    size_t f = ws->ent[sg].first;
    while (f > 0 && ws->ent_at[f - 1] < 0 &&
           (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos) ||
            T[f - 1].pos == TAG_NN || T[f - 1].pos == TAG_NNP))
      f--;
    if (f > 0 && streq(ws->toks[f - 1], "during")) sg = -1;
  } else if (k >= 3 && streq(ws->toks[k - 1], "on") &&
             streq(ws->toks[k - 2], ",") && ws->ent_at[k - 3] >= 0) {
    /* "Tony Blair, on a visit to Islamabad," */
    sg = ws->ent[ws->ent_at[k - 3]].group;
    if (group_last(ws, sg) != k - 3) sg = -1;
  } else if (k >= 1 && T[k - 1].pos == TAG_IN) {
    /* the subject opening the sentence, its verb passive */
    size_t f = 0;
    while (f < n && ws->ent_at[f] < 0 &&
           (T[f].pos == TAG_DT || tag_is_adj(T[f].pos)))
      f++;
    if (f < n && ws->ent_at[f] >= 0) {
      int32_t g = ws->ent[ws->ent_at[f]].group;
      size_t gl = group_last(ws, g);
      if (gl + 1 < k && T[gl + 1].chunk == TAG_CH_VG &&
          T[gl + 1].chunk_id < ws->tag.n_chunks &&
          (ws->tag.chunks[T[gl + 1].chunk_id].flags & TAG_VG_PASSIVE))
        sg = g;
    }
  }
  /* "During a visit to Managua, Putin said", "On her first visit to
   * China, Merkel met Xi": an adjunct opening the sentence, whose
   * visitor is the main clause's subject */
  if (sg < 0 && k == 1 && T[0].pos == TAG_IN)
    sg = opener_clause_subject(ws, group_last(ws, tg) + 1);
  /* "at the start of a visit to Havana", "on the last day of his visit
   * to Israel": a part of the visit, its phrase as the visit's own */
  int part = 0;
  if (sg < 0 && k >= 4 && streq(ws->toks[k - 1], "of")) {
    static const char *const piece[] = {"start", "end", "day", "leg",
                                        "close", "beginning", "part",
                                        "stage", "outset", NULL};
    size_t j = k - 1;
    if (word_in_list(ws->toks[j - 1], piece)) {
      j--;
      while (j > 0 && ws->ent_at[j - 1] < 0 &&
             (T[j - 1].pos == TAG_DT || tag_is_adj(T[j - 1].pos) ||
              T[j - 1].pos == TAG_CD))
        j--;
      if (j >= 2 && (streq(ws->toks[j - 1], "at") ||
                     streq(ws->toks[j - 1], "on") ||
                     streq(ws->toks[j - 1], "during"))) {
        k = j;
        part = 1;
      }
    }
  }
  /* "X said on Tuesday during a visit to Y", "said X on a visit to Y" */
  if (sg < 0 && k >= 1 &&
      (streq(ws->toks[k - 1], "during") || streq(ws->toks[k - 1], "on") ||
       (part && streq(ws->toks[k - 1], "at"))))
    sg = adjunct_speaker(ws, k - 1);
  /* "Chavez recognized Abkhazia during a visit to Russia", "arrives in
   * Rome on his first visit to Italy": the subject of the clause the
   * adjunct belongs to (role_adjunct_subject) */
  if (sg < 0 && k >= 2 &&
      (streq(ws->toks[k - 1], "during") || streq(ws->toks[k - 1], "on") ||
       (part && streq(ws->toks[k - 1], "at")))) {
    size_t head = 0;
    sg = role_adjunct_subject(ws, k - 1, &head);
  }
  if (sg < 0 || sg == tg) return 0;
  verb_hit h = {i, i + 1, v, NULL, "042", 0, 0};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* "Putin told visiting Iranian President Khatami", "King Fahd received
 * visiting U.S. Defense Secretary Dick Cheney", "met the visiting
 * foreign minister": "visiting" at token i as a participle before an
 * actor group (right after it), after a main verb (an article may come
 * between) that is no auxiliary.  It describes the verb's object, a
 * visitor, not an act of the verb's subject, its host.  Writes the
 * visitor's group into *visitor and the host's (the group right before
 * the verb's group, not inside a prepositional phrase; -1 when none)
 * into *host and returns 1, or returns 0. */
static int prenominal_visiting(const coder_ws *ws, size_t i, int32_t *visitor,
                               int32_t *host) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (!streq(ws->toks[i], "visiting") || T[i].pos != TAG_VBG || i < 1 ||
      i + 1 >= n)
    return 0;
  int32_t vg = entity_group_at(ws, i + 1);
  if (vg < 0) return 0;
  /* a visitor is someone ("visiting Iranian President X", "a visiting
   * envoy"), not a place visited ("avoid visiting Paris") */
  char code[CODE_MAX];
  if (!mention_entity_code(ws, vg, 0, code, NULL) || strlen(code) < 6)
    return 0;
  size_t p = i - 1;
  if (T[p].pos == TAG_DT && p > 0) p--;
  if (!tag_is_verb(T[p].pos) || T[p].pos == TAG_VBG) return 0;
  const char *l = tag_lemma(&ws->tag, p);
  if (streq(l, "be") || streq(l, "have") || streq(l, "get") ||
      streq(l, "keep") || streq(l, "start") || streq(l, "begin") ||
      streq(l, "stop") || streq(l, "continue"))
    return 0;
  size_t gs = p;
  while (gs > 0 && T[gs - 1].chunk == TAG_CH_VG &&
         T[gs - 1].chunk_id == T[p].chunk_id)
    gs--;
  int32_t hg = -1;
  if (gs > 0 && ws->ent_at[gs - 1] >= 0) {
    hg = ws->ent[ws->ent_at[gs - 1]].group;
    if (group_last(ws, hg) != gs - 1 || mention_in_pp(ws, ws->ent[hg].first))
      hg = -1;
  }
  *visitor = vg;
  *host = hg;
  return 1;
}

/* A call in the adjunct of a speech verb: "X said on Wednesday after a
 * (phone) call with Y" names a telephone discussion of the speaker and
 * Y (041 both ways), though the speaker is attribution and hidden from
 * roles.  "call"/"calls" as a noun at token i (verb hit v) right before
 * "with" and an actor Y, after after/following/during, with only a time
 * phrase back to the speech verb, whose subject is the actor right
 * before it.  Emits the events and returns 0, or -1 when out of memory. */
static int nominal_call(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                        size_t si, size_t sent_first, size_t i,
                        const dict_verb *v) {
  static const char *const when[] = {"after", "following", "during", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  const char *w = ws->toks[i];
  if (!(streq(w, "call") || streq(w, "calls")) ||
      !(T[i].pos == TAG_NN || T[i].pos == TAG_NNS) || i + 2 >= n ||
      !streq(ws->toks[i + 1], "with"))
    return 0;
  int32_t tg = entity_group_at(ws, i + 2);
  if (tg < 0) return 0;
  size_t k = i;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   streq(ws->toks[k - 1], "phone") ||
                   streq(ws->toks[k - 1], "telephone") ||
                   streq(ws->toks[k - 1], "video")))
    k--;
  if (k == 0) return 0;
  int ok = 0;
  for (const char *const *p = when; *p && !ok; p++)
    ok = streq(ws->toks[k - 1], *p);
  if (!ok) return 0;
  int32_t sg = adjunct_speaker(ws, k - 1);
  if (sg < 0 || sg == tg) return 0;
  verb_hit h = {i, i + 1, v, NULL, "041:041", 0, 0};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* Past the optional place after a meeting noun, from token q right after
 * the noun: "in Moscow" (an actor group) or "in Geneva" (capitalised
 * names no dictionary knows).  Returns the token after the place, or q
 * when there is none. */
static size_t past_meeting_place(const coder_ws *ws, size_t q) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (q + 2 < n && streq(ws->toks[q], "in") && ws->ent_at[q + 1] >= 0)
    return group_last(ws, ws->ent[ws->ent_at[q + 1]].group) + 1;
  if (q + 2 < n && streq(ws->toks[q], "in")) {
    size_t p = q + 1;
    while (p < n && ws->ent_at[p] < 0 && T[p].pos == TAG_NNP &&
           (T[p].flags & TAG_F_CAP))
      p++;
    if (p > q + 1) return p;
  }
  return q;
}

/* The partner of a meeting noun: from token q right after the noun, an
 * optional place ("talks in Moscow with", or a place no dictionary
 * names, capitalised: "talks in Geneva with"), then "with" and, past
 * articles, adjectives, possessive pronouns and "counterpart", an actor
 * group.  Returns its group, or -1 when the phrase is not there. */
static int32_t with_partner(const coder_ws *ws, size_t q) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  q = past_meeting_place(ws, q);
  if (q + 1 >= n || !streq(ws->toks[q], "with")) return -1;
  size_t y = q + 1;
  while (y < n && ws->ent_at[y] < 0 &&
         (T[y].pos == TAG_DT || tag_is_adj(T[y].pos) ||
          T[y].pos == TAG_PRPS || streq(ws->toks[y], "counterpart") ||
          streq(ws->toks[y], "visiting")))
    y++;
  return y < n ? entity_group_at(ws, y) : -1;
}

/* The parties of a meeting noun named after it: from token q right after
 * the noun, an optional place ("in Beijing", or a capitalised place no
 * dictionary names), then "between" and, past articles, adjectives and
 * role nouns ("party chiefs"), a compound actor group ("A and B"),
 * not the subject of a verb of its own ("talks between A and B
 * collapsed").  Returns the group, or -1. */
static int32_t between_parties(const coder_ws *ws, size_t q) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  q = past_meeting_place(ws, q);
  if (q + 1 >= n || !streq(ws->toks[q], "between")) return -1;
  size_t y = q + 1;
  int32_t g = -1;
  for (int round = 0; round < 2; round++) {
    /* "between Communist Party chiefs A and B": past a modifying
     * organisation and its role noun */
    while (y < n && y < q + 8 && ws->ent_at[y] < 0 &&
           (T[y].pos == TAG_DT || tag_is_adj(T[y].pos) ||
            T[y].pos == TAG_NN || T[y].pos == TAG_NNS))
      y++;
    g = y < n ? entity_group_at(ws, y) : -1;
    if (g < 0 || ws->ent[g].next >= 0) break;
    y = group_last(ws, g) + 1;
    if (y >= n || ws->ent_at[y] >= 0 ||
        !(T[y].pos == TAG_NN || T[y].pos == TAG_NNS))
      return -1;
  }
  if (g < 0 || ws->ent[g].next < 0) return -1;
  /* "talks between the government and UNITA collapsed": the talks'
   * own verb codes them */
  size_t e = group_last(ws, g) + 1;
  if (e < n && T[e].chunk == TAG_CH_VG) return -1;
  return g;
}

/* The preposition of the adjunct that a meeting noun at token i closes
 * ("after two days of talks", "following secret negotiations", "during
 * a meeting"): back over the noun's phrase (articles, adjectives,
 * numbers, possessive pronouns, measures of time and "of") to "after",
 * "following" or "during".  Talks still to come ("after upcoming talks")
 * open none.  Returns the preposition's token, or SIZE_MAX. */
static size_t talks_adjunct(const coder_ws *ws, size_t i) {
  static const char *const when[] = {"after", "following", "during", NULL};
  static const char *const measure[] = {"days", "weeks", "hours", "months",
                                        "rounds", "round", "of", NULL};
  static const char *const ahead[] = {"upcoming", "planned", "proposed",
                                      "possible", "future", "expected",
                                      NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = i;
  while (k > 0 && ws->ent_at[k - 1] < 0 &&
         (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
          T[k - 1].pos == TAG_CD || T[k - 1].pos == TAG_PRPS ||
          word_in_list(ws->toks[k - 1], measure)))
    k--;
  if (k == 0 || !word_in_list(ws->toks[k - 1], when)) return SIZE_MAX;
  for (size_t q = k; q < i; q++)
    if (word_in_list(ws->toks[q], ahead)) return SIZE_MAX;
  return k - 1;
}

/* The partner of talks held in an adjunct of the sentence ("after
 * talks with Y", "following two days of negotiations in Geneva with Y",
 * "during a meeting with Y": talks_adjunct, with_partner), when it is not
 * sg (nor in sg's compound).  Returns the group, or -1. */
static int32_t talks_partner(const coder_ws *ws, int32_t sg) {
  static const char *const noun[] = {"talks", "negotiations", "meeting",
                                     "meetings", NULL};
  const tag_token *T = ws->tag.tok;
  for (size_t i = 1; i < ws->tag.n; i++) {
    if (!word_in_list(ws->toks[i], noun) || !tag_is_noun(T[i].pos)) continue;
    int32_t tg = with_partner(ws, i + 1);
    if (tg < 0) continue;
    for (int32_t g = sg; g >= 0; g = ws->ent[g].next)
      if (g == tg) tg = -1;
    if (tg >= 0 && talks_adjunct(ws, i) != SIZE_MAX) return tg;
  }
  return -1;
}

static int same_side(const coder_ws *ws, int32_t g, int32_t a, int32_t b);
static int32_t mutual_hub(const coder_ws *ws, int32_t g);

/* Codes a mutual act among the members of compound group g ("A and B
 * agreed"): each member on each other member, as a
 * mutual verb does (same_side, mutual_hub).  Returns 0, or -1 when out of
 * memory. */
static int emit_mutual(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                       size_t si, size_t sent_first, const verb_hit *h,
                       int32_t g) {
  int32_t hub = mutual_hub(ws, g);
  for (int32_t a = g; a >= 0; a = ws->ent[a].next)
    for (int32_t b = g; b >= 0; b = ws->ent[b].next) {
      if (a == b || same_side(ws, g, a, b)) continue;
      if (hub >= 0 && a != hub && b != hub) continue;
      int32_t na = ws->ent[a].next, nb = ws->ent[b].next;
      ws->ent[a].next = -1;
      ws->ent[b].next = -1;
      int rc = emit_groups(e, ws, r, si, sent_first, h, a, b);
      ws->ent[a].next = na;
      ws->ent[b].next = nb;
      if (rc) return -1;
    }
  return 0;
}

/* Talks in an adjunct: "suspended its withdrawal after several days of
 * talks with U.S. officials", "released the prisoner following talks in
 * Moscow with his counterpart".  "talks" as a noun at token i (verb hit
 * v) with "with" and an actor Y after it (a place "in X" may come
 * between), under after/following/during, back over its noun phrase
 * ("two days of"; not talks to come: "upcoming talks"), and not after a
 * comma unless the adjunct is a clause ("..., after talks with Japan
 * collapsed"): the subject of the clause the adjunct belongs to
 * (role_adjunct_subject; the speaker of "X said after talks with Y") and
 * Y negotiate (046, coded both ways).  The purpose of a journey ("flew
 * to Damascus for talks with") is not coded: our per-code sets code the
 * journey alone.  Emits the events and returns 0, or -1 when out of
 * memory. */
static int nominal_talks(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                         size_t si, size_t sent_first, size_t i,
                         const dict_verb *v) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (!streq(ws->toks[i], "talks") || T[i].pos != TAG_NNS) return 0;
  int32_t tg = with_partner(ws, i + 1);  /* "talks (in Moscow) with Y" */
  if (tg < 0) {
    /* "after talks in Beijing between party chiefs Le Kha Phieu and
     * Jiang Zemin": the two named negotiate with each other */
    int32_t bg = between_parties(ws, i + 1);
    if (bg < 0 || talks_adjunct(ws, i) == SIZE_MAX) return 0;
    verb_hit hb = {i, i + 1, v, NULL, "046", 0, is_reciprocal(e, "046")};
    return emit_mutual(e, ws, r, si, sent_first, &hb, bg);
  }
  /* under after/following/during, not talks still to come */
  size_t p = talks_adjunct(ws, i);
  if (p == SIZE_MAX) return 0;
  size_t k = p + 1;
  /* after a comma the adjunct may belong to any clause before it, unless
   * it is a clause of its own ("..., after two days of talks with
   * Japanese officials collapsed") */
  if (k >= 2 && streq(ws->toks[k - 2], ",")) {
    /* "talks with Y" ends the sentence ("..., after secret talks with
     * Britain and the United States."): the main clause's */
    size_t q = group_last(ws, tg) + 1;
    /* a name the dictionary lacks after its title ("with Vietnamese
     * Foreign Minister Nguyen Manh Cam.") */
    while (q < n && ws->ent_at[q] < 0 && T[q].pos == TAG_NNP &&
           (T[q].flags & TAG_F_CAP))
      q++;
    if (q + 1 < n && streq(ws->toks[q], "in") && ws->ent_at[q + 1] >= 0)
      q = group_last(ws, ws->ent[ws->ent_at[q + 1]].group) + 1;
    int last = q >= n || (q + 1 == n && T[q].type == TAG_T_PUNCT);
    if (!last && (q >= n || T[q].chunk != TAG_CH_VG ||
                  !(T[q].pos == TAG_VBD || T[q].pos == TAG_VBZ ||
                    T[q].pos == TAG_VBP)))
      return 0;
  }
  int32_t sg = adjunct_speaker(ws, k - 1);
  if (sg < 0) {
    size_t head = 0;
    sg = role_adjunct_subject(ws, k - 1, &head);
  }
  if (sg < 0 || sg == tg || ws->ent[sg].first >= i) return 0;
  verb_hit h = {i, i + 1, v, NULL, "046", 0, is_reciprocal(e, "046")};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* A reaction drawn from someone: "a decision that drew an angry protest
 * from Beijing", "..., drawing condemnation from Washington, Tokyo and
 * Beijing", "remarks that drew a sharp rebuke from New Delhi".  The noun
 * at token i (criticism, condemnation, rebuke, denunciation, censure:
 * 111; protest(s): 114; anger, outrage: 110) with "from" and an actor Y
 * right after it, its noun phrase (articles, adjectives) right after a
 * verb of drawing (draw, prompt, spark, trigger, provoke, earn, attract,
 * bring, elicit): Y reacts on who drew it (role_reaction_target), with
 * no dictionary verb to code it.  Emits the events and returns 0 (also
 * when the construction is absent), or -1 when out of memory. */
static int nominal_reaction(const dyad_engine *e, coder_ws *ws,
                            dyad_result *r, size_t si, size_t sent_first,
                            size_t i) {
  static const char *const draw[] = {"draw", "prompt", "spark", "trigger",
                                     "provoke", "earn", "attract", "bring",
                                     "elicit", NULL};
  static const struct { const char *w, *code; } noun[] = {
      {"criticism", "111"}, {"condemnation", "111"}, {"rebuke", "111"},
      {"rebukes", "111"}, {"denunciation", "111"}, {"censure", "111"},
      {"protest", "114"}, {"protests", "114"}, {"anger", "110"},
      {"outrage", "110"}};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (i + 2 >= n || !tag_is_noun(T[i].pos) || !streq(ws->toks[i + 1], "from"))
    return 0;
  const char *code = NULL;
  for (size_t q = 0; q < sizeof noun / sizeof noun[0] && !code; q++)
    if (streq(ws->toks[i], noun[q].w)) code = noun[q].code;
  if (code == NULL) return 0;
  size_t y = i + 2;
  while (y < n && ws->ent_at[y] < 0 &&
         (T[y].pos == TAG_DT || tag_is_adj(T[y].pos)))
    y++;
  int32_t sg = y < n ? entity_group_at(ws, y) : -1;
  if (sg < 0) return 0;
  /* "an angry official protest": "official" qualifies, names no one */
  size_t k = i;
  while (k > 0 &&
         (ws->ent_at[k - 1] < 0 || streq(ws->toks[k - 1], "official")) &&
         (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
          T[k - 1].pos == TAG_RB || T[k - 1].pos == TAG_NN))
    k--;
  if (k == 0 || T[k - 1].chunk != TAG_CH_VG ||
      T[k - 1].chunk_id >= ws->tag.n_chunks ||
      !word_in_list(tag_lemma(&ws->tag, k - 1), draw))
    return 0;
  const tag_chunk *ch = &ws->tag.chunks[T[k - 1].chunk_id];
  if (ch->flags & (TAG_VG_NEG | TAG_VG_MODAL)) return 0;
  int32_t tg = role_reaction_target(ws, ch->first);
  if (tg < 0 || tg == sg) return 0;
  verb_hit h = {i, i + 1, NULL, NULL, code, 0, 0};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* The code of the act the noun at token i names (attack 190, strike
 * 195, shelling 194, invasion 192, blockade 191, recognition 054,
 * expulsion 174 ...), or NULL; *of_ok says whether an "of" phrase after
 * it names its patient ("the invasion of Kuwait"; "the attack of" does
 * not). */
static const char *noun_act_code(const coder_ws *ws, size_t i, int *of_ok) {
  static const struct { const char *w, *code; int of; } tab[] = {
      {"attack", "190", 0},      {"attacks", "190", 0},
      {"raid", "190", 0},        {"raids", "190", 0},
      {"strike", "195", 0},      {"strikes", "195", 0},
      {"airstrike", "195", 0},   {"airstrikes", "195", 0},
      {"bombing", "195", 1},     {"bombings", "195", 1},
      {"bombardment", "195", 1}, {"shelling", "194", 1},
      {"invasion", "192", 1},    {"occupation", "192", 1},
      {"annexation", "192", 1},  {"blockade", "191", 1},
      {"siege", "191", 1},       {"recognition", "054", 1},
      {"expulsion", "174", 1}};
  /* the first letters of the words of tab (a b e i o r s): a bit per
   * letter, so that most nouns skip the table */
  const uint32_t first = 1u << ('a' - 'a') | 1u << ('b' - 'a') |
                         1u << ('e' - 'a') | 1u << ('i' - 'a') |
                         1u << ('o' - 'a') | 1u << ('r' - 'a') |
                         1u << ('s' - 'a');
  const char *w = ws->toks[i];
  unsigned c0 = (unsigned char)w[0] - 'a';
  if (c0 >= 26 || !((first >> c0) & 1u)) return NULL;
  for (size_t q = 0; q < sizeof tab / sizeof tab[0]; q++)
    if (streq(w, tab[q].w)) {
      *of_ok = tab[q].of;
      return tab[q].code;
    }
  return NULL;
}

/* Is token i a noun, or a gerund after a possessive ("Israel's shelling
 * of", tagged as a verb)? */
static int act_noun_at(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  return tag_is_noun(T[i].pos) ||
         (T[i].pos == TAG_VBG && i > 0 &&
          T[i - 1].type == TAG_T_POSSESSIVE);
}

/* The agent of the act noun at token i, inside its noun phrase: an actor
 * group right before "'s" ("NATO's bombing"), or an actor alone right
 * before the noun or its noun modifiers ("Israeli air strikes",
 * "Hezbollah rocket attacks").  Writes the first token of the noun phrase
 * (past articles and adjectives) into *np_out.  Returns the group, or -1.
 */
static int32_t act_noun_agent(const coder_ws *ws, size_t i, size_t *np_out) {
  const tag_token *T = ws->tag.tok;
  size_t k = i;
  while (k > 0 && ws->ent_at[k - 1] < 0 &&
         (tag_is_adj(T[k - 1].pos) || T[k - 1].pos == TAG_NN))
    k--;
  int32_t sg = -1;
  size_t np;  /* first token of the act's noun phrase */
  if (k >= 2 && T[k - 1].type == TAG_T_POSSESSIVE && ws->ent_at[k - 2] >= 0) {
    sg = ws->ent[ws->ent_at[k - 2]].group;
    if (group_last(ws, sg) != k - 2) return -1;
    np = ws->ent[sg].first;
  } else if (k >= 1 && ws->ent_at[k - 1] >= 0) {
    /* one modifier at most between: "Hezbollah rocket attacks", not a
     * place naming an event ("the Ahvaz military parade attack") */
    if (i - k > 1) return -1;
    sg = ws->ent[ws->ent_at[k - 1]].group;
    if (group_last(ws, sg) != k - 1 || !ws->ent[ws->ent_at[k - 1]].actor)
      return -1;
    np = ws->ent[sg].first;
  } else {
    return -1;
  }
  /* "the", "recent", "earlier" */
  while (np > 0 && (T[np - 1].pos == TAG_DT || tag_is_adj(T[np - 1].pos) ||
                    T[np - 1].pos == TAG_RBR || T[np - 1].pos == TAG_RB))
    np--;
  *np_out = np;
  return sg;
}

/* Does the preposition at token g (with the noun phrase of an act after
 * it) say the act was done: "against/over/at" after a protest ("protested
 * against NATO's bombing"), "into" after an inquiry ("an inquiry (on
 * Friday) into Israel's shelling of"), "for" after a retaliation
 * ("in retaliation for", "in reprisal for"), "to" after "in response"?
 * Sets *back to 1 for a retaliation or response, whose subject was the
 * act's patient. */
static int act_governor(const coder_ws *ws, size_t g, int *back) {
  static const char *const protest[] = {"protest", "protests", "protested",
                                        "protesting", "outrage", "anger",
                                        NULL};
  static const char *const over[] = {"against", "over", "at", NULL};
  static const char *const inquiry[] = {"inquiry", "investigation",
                                        "probe", NULL};
  static const char *const retaliation[] = {"retaliation", "reprisal",
                                            "revenge", NULL};
  const char *w = ws->toks[g];
  *back = 0;
  if (g == 0) return 0;
  const char *b = ws->toks[g - 1];
  if (word_in_list(w, over)) return word_in_list(b, protest);
  if (streq(w, "into")) {
    if (word_in_list(b, inquiry)) return 1;
    /* past a day: "an inquiry on Friday into" */
    return g >= 3 && streq(ws->toks[g - 2], "on") &&
           word_in_list(ws->toks[g - 3], inquiry);
  }
  if (g < 2 || !streq(ws->toks[g - 2], "in")) return 0;
  *back = 1;
  if (streq(w, "for")) return word_in_list(b, retaliation);
  if (streq(w, "to")) return streq(b, "response");
  return 0;
}

/* An act named by a noun that is said to have been done: "students
 * protested against NATO's bombing of the Chinese embassy", "protests
 * over Israel's raid on Gaza", "an inquiry into Israel's shelling of a
 * U.N. base", "pounded villages in retaliation for Hezbollah rocket
 * attacks".  The noun at token i (an attack noun, or a noun of
 * occupation, recognition or expulsion: noun_act_code) with its agent
 * inside its noun phrase (act_noun_agent) and its patient right after it
 * ("on", "against", or for a transitive noun "of", then an actor group;
 * articles and adjectives may come between), whose noun phrase follows
 * a preposition that says it was done (act_governor): people take to the
 * streets over an act done, which "warned of", "feared" or "plans for"
 * an attack is not.  A retaliation or response with no patient named
 * answers an act on its own subject ("Israel pounded villages in
 * retaliation for Hezbollah attacks": LBNREB>ISR).  (The act under a
 * verb of condemnation, "condemned Iraq's invasion of Kuwait", is not
 * coded: five of our tuned sets' leads code the condemnation alone.)  An
 * act that opens the sentence, with its doer after "by" ("The attack on
 * an army base by Boko Haram militants killed 20 soldiers"), needs no
 * governor: the sentence reports it as done.
 * Emits agent -> patient with the noun's code and returns 0 (also when
 * the construction is absent), or -1 when out of memory. */
static int nominal_act(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                       size_t si, size_t sent_first, size_t i) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (!act_noun_at(ws, i) || i + 1 >= n) return 0;
  /* the patient's preposition first: cheaper than the noun table */
  const char *p = ws->toks[i + 1];
  int of_p = streq(p, "of");
  int pat_p = of_p || streq(p, "on") || streq(p, "against");
  /* no patient: only at the end of the noun phrase, before a
   * punctuation mark or a conjunction */
  if (!pat_p && !(T[i + 1].type == TAG_T_PUNCT || T[i + 1].pos == TAG_CC))
    return 0;
  int of_ok = 0;
  const char *code = noun_act_code(ws, i, &of_ok);
  if (code == NULL || (of_p && !of_ok)) return 0;
  int32_t tg = -1;
  if (pat_p && i + 2 < n) {
    size_t y = i + 2;
    while (y < n && ws->ent_at[y] < 0 &&
           (T[y].pos == TAG_DT || tag_is_adj(T[y].pos)))
      y++;
    tg = y < n ? entity_group_at(ws, y) : -1;
    /* an actor ("the regime" alone would take the agent's own country) */
    if (tg >= 0 && !ws->ent[tg].actor) return 0;
  }
  size_t np = 0;
  int32_t sg = act_noun_agent(ws, i, &np);
  if (sg < 0 && tg >= 0) {
    /* "The attack on an army base by Boko Haram militants killed 20
     * soldiers": an act that opens the sentence as its subject, with its
     * doer after "by", is reported as done */
    size_t k = i;
    while (k > 0 && ws->ent_at[k - 1] < 0 &&
           (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
            T[k - 1].pos == TAG_NN))
      k--;
    sg = k == 0 ? role_by_doer(ws, group_last(ws, tg) + 1) : -1;
    if (sg < 0 || sg == tg) return 0;
    verb_hit h = {i, i + 1, NULL, NULL, code, 0, 0};
    return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
  }
  if (sg < 0 || sg == tg || np == 0) return 0;
  int back = 0;
  if (!act_governor(ws, np - 1, &back)) return 0;
  if (tg < 0) {
    size_t head = 0;
    if (!back) return 0;
    tg = role_adjunct_subject(ws, np - 3, &head);
    if (tg < 0 || tg == sg || !ws->ent[tg].actor) return 0;
  }
  verb_hit h = {i, i + 1, NULL, NULL, code, 0, 0};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* An appeal or a demand the sentence names as rejected, made by a party
 * it names: "the United States refused to supply arms despite repeated
 * requests from Zagreb", "Netanyahu brushed aside U.S. appeals for
 * restraint", "Belgrade rejected on Monday a call by the Contact Group",
 * "Milosevic rejected opposition demands that he concede".  The noun at
 * token i (appeal, call, plea, request: 020; demand: 100) with its maker
 * after "from", "by" or "of" (articles and adjectives may come between)
 * or inside its noun phrase (act_noun_agent: "Croatia's appeal",
 * "Palestinian appeals"), whose noun phrase is the object of a verb of
 * rejection (reject, refuse, spurn, dismiss, ignore, rebuff, resist,
 * snub, deny, "turn down", "brush aside", "shrug off"; a time phrase may
 * come between: "rejected on Monday a call") or follows "despite": the
 * maker appealed to the rejecter, the verb's subject (after "despite",
 * the subject of the clause it belongs to).  An appeal a court rejects
 * is a party's appeal against a ruling, no appeal to the court (115
 * where a verb codes it).  Emits maker -> rejecter and returns 0 (also
 * when the construction is absent), or -1 when out of memory.
 * Called only with the option code_rejected_appeals (off by default:
 * most of our sets' writers and the PLOVER set's coders code the
 * rejection alone; docs/dictionaries.md).  (Accusations denied are not
 * coded so either: the writers of our sets code "Pakistan denied Indian
 * charges that ..." as the denial alone, in 9 of 10 such leads.) */
static int nominal_appeal(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                          size_t si, size_t sent_first, size_t i) {
  static const struct { const char *w, *code; } noun[] = {
      {"appeal", "020"},  {"appeals", "020"},  {"call", "020"},
      {"calls", "020"},   {"plea", "020"},     {"pleas", "020"},
      {"request", "020"}, {"requests", "020"}, {"demand", "100"},
      {"demands", "100"}};
  static const char *const reject[] = {"reject", "refuse", "spurn",
                                       "dismiss", "ignore", "rebuff",
                                       "resist", "snub", "brush", "turn",
                                       "shrug", "deny", NULL};
  static const char *const particle[] = {"aside", "down", "off", NULL};
  static const char *const yielding[] = {"bow", "yield", "accede",
                                         "succumb", "submit", NULL};
  static const char *const heed[] = {"heed", "accept", "grant", NULL};
  static const char *const by[] = {"from", "by", "of", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (!tag_is_noun(T[i].pos) || ws->ent_at[i] >= 0) return 0;
  const char *code = NULL;
  for (size_t q = 0; q < sizeof noun / sizeof noun[0] && !code; q++)
    if (streq(ws->toks[i], noun[q].w)) code = noun[q].code;
  if (code == NULL) return 0;
  /* the maker, and the first token of the noun's phrase */
  int32_t sg = -1;
  size_t np = 0;
  if (i + 2 < n && word_in_list(ws->toks[i + 1], by)) {
    size_t y = i + 2;
    while (y < n && ws->ent_at[y] < 0 &&
           (T[y].pos == TAG_DT || tag_is_adj(T[y].pos)))
      y++;
    sg = y < n ? entity_group_at(ws, y) : -1;
    np = i;
    while (np > 0 && ws->ent_at[np - 1] < 0 &&
           (T[np - 1].pos == TAG_DT || tag_is_adj(T[np - 1].pos) ||
            T[np - 1].pos == TAG_NN || T[np - 1].pos == TAG_VBN))
      np--;
  } else {
    sg = act_noun_agent(ws, i, &np);
  }
  if (sg < 0 || np == 0) return 0;
  size_t gv = np - 1;
  int32_t tg = -1;
  if (streq(ws->toks[gv], "despite")) {
    /* the clause "despite" belongs to: its nearest finite verb group
     * before it, back past infinitives and participles ("refused to
     * supply arms despite requests"), or the main clause after it */
    size_t j = gv;
    while (j > 0 && !streq(ws->toks[j - 1], ";") &&
           !(T[j - 1].chunk == TAG_CH_VG &&
             T[j - 1].chunk_id < ws->tag.n_chunks &&
             ws->tag.chunks[T[j - 1].chunk_id].first == j - 1 &&
             tag_is_finite(T[j - 1].pos)))
      j--;
    if (gv == 0) {
      tg = opener_clause_subject(ws, np);
    } else if (j > 0 && !streq(ws->toks[j - 1], ";")) {
      /* "Bush says Russia should not recognize them, despite pleas from
       * Russian lawmakers": not a verb of speech, whose reported clause
       * the appeal was about */
      const tag_chunk *ch = &ws->tag.chunks[T[j - 1].chunk_id];
      if (is_speech_verb(tag_lemma(&ws->tag, ch->head))) return 0;
      tg = role_reaction_target(ws, j - 1);
    }
  } else {
    /* "rejected on Monday a call by" */
    for (size_t t = gv > 4 ? gv - 4 : 1; t < gv; t++)
      if (role_time_adjunct(ws, t) == gv + 1) {
        gv = t - 1;
        break;
      }
    /* "refused to bow to the demands of Tupac Amaru guerrillas", "gave
     * in to", "heeded calls from": a demand yielded to or met was made
     * too, whether or not it is met */
    int yield = 0;
    if (streq(ws->toks[gv], "to") && gv >= 2) {
      size_t v = gv - 1;
      int in = streq(ws->toks[v], "in");
      if (in) v--;
      const char *l = tag_lemma(&ws->tag, v);
      if (in ? !(streq(l, "give") || streq(l, "cave"))
             : !word_in_list(l, yielding))
        return 0;
      gv = v;
      yield = 1;
    }
    int part = !yield && word_in_list(ws->toks[gv], particle);
    if (part) {
      if (gv == 0) return 0;
      gv--;
    }
    if (T[gv].chunk != TAG_CH_VG || T[gv].chunk_id >= ws->tag.n_chunks)
      return 0;
    const char *lemma = tag_lemma(&ws->tag, gv);
    if (!yield && !word_in_list(lemma, reject) && !word_in_list(lemma, heed))
      return 0;
    /* "turn", "brush", "shrug" only with their particle */
    if ((streq(lemma, "turn") || streq(lemma, "brush") ||
         streq(lemma, "shrug")) != part)
      return 0;
    tg = role_reaction_target(ws, ws->tag.chunks[T[gv].chunk_id].first);
  }
  if (tg < 0 || tg == sg) return 0;
  if (code[0] == '0') {
    static const char *const court[] = {"court", "courts", "tribunal",
                                        "judge", "judges", NULL};
    char c[CODE_MAX];
    if (mention_entity_code(ws, tg, 0, c, NULL) && strstr(c, "JUD") != NULL)
      return 0;
    for (size_t k = ws->ent[tg].first; k <= group_last(ws, tg); k++)
      if (word_in_list(ws->toks[k], court)) return 0;
  }
  verb_hit h = {i, i + 1, NULL, NULL, code, 0, 0};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* Does the actor at token q stand in a place phrase: "in", "at", "near"
 * or "on" right before it, past articles and adjectives, looking back no
 * further than token lo (lo >= 1)? */
static int after_place_prep(const coder_ws *ws, size_t q, size_t lo) {
  const tag_token *T = ws->tag.tok;
  size_t p = q;
  while (p > lo && (T[p - 1].pos == TAG_DT || tag_is_adj(T[p - 1].pos)))
    p--;
  const char *w = ws->toks[p - 1];
  return streq(w, "in") || streq(w, "at") || streq(w, "near") ||
         streq(w, "on");
}

/* A participle of meeting set off by commas after a compound subject
 * that opens the sentence: "Manmohan Singh and Pervez Musharraf, meeting
 * in Havana on Saturday, agreed ...".  With the phrase opening on a
 * preposition (not "meeting the press") and no one named in it but
 * places ("in", "at", "near", "on"), the
 * members meet each other (040, emit_mutual).  Returns 0 (also when the
 * construction is absent), or -1 when out of memory. */
static int appositive_meeting(const dyad_engine *e, coder_ws *ws,
                              dyad_result *r, size_t si, size_t sent_first) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  int32_t g = n > 0 ? entity_group_at(ws, 0) : -1;
  if (n > 0 && g < 0 && T[0].pos == TAG_DT) g = entity_group_at(ws, 1);
  if (g < 0 || ws->ent[g].next < 0) return 0;
  size_t k = group_last(ws, g) + 1;
  if (k + 2 >= n || !streq(ws->toks[k], ",") ||
      !streq(ws->toks[k + 1], "meeting"))
    return 0;
  /* "meeting in Havana", not "meeting the press" */
  const char *nx = ws->toks[k + 2];
  if (!(streq(nx, "in") || streq(nx, "at") || streq(nx, "on") ||
        streq(nx, "near")))
    return 0;
  size_t c = k + 2;
  while (c < n && c < k + 18 && !streq(ws->toks[c], ",")) c++;
  if (c >= n || c >= k + 18) return 0;
  for (size_t q = k + 2; q < c; q++) {
    int32_t h = entity_group_at(ws, q);
    if (h < 0) continue;
    if (!after_place_prep(ws, q, k + 2)) return 0;
    q = group_last(ws, h);
  }
  verb_hit h = {k + 1, k + 2, NULL, NULL, "040", 0, is_reciprocal(e, "040")};
  return emit_mutual(e, ws, r, si, sent_first, &h, g);
}

/* A participle of meeting opening the sentence: "Meeting Myanmar's
 * generals in Rangoon, Jiang voiced support", "Meeting in Beijing on
 * Tuesday, the Chinese and Russian presidents declared ...".  The main
 * clause's subject (opener_clause_subject) meets the actor the
 * participle names before the comma outside a place phrase ("in",
 * "at", "near", "on"), written with a capital (not "Meeting reporters
 * in Moscow,"); when it names none, the members of a compound subject
 * meet each other (emit_mutual); 040.  Returns 0 (also when the
 * construction is absent), or -1 when out of memory. */
static int opener_participle_meeting(const dyad_engine *e, coder_ws *ws,
                                     dyad_result *r, size_t si,
                                     size_t sent_first) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, c = 1;
  while (c < n && c < 14 && !streq(ws->toks[c], ",")) c++;
  if (c >= n || c >= 14) return 0;
  int32_t tg = -1;
  for (size_t k = 1; k < c && tg < 0; k++) {
    int32_t g = entity_group_at(ws, k);
    if (g < 0) continue;
    if (after_place_prep(ws, k, 1))
      k = group_last(ws, g);
    else if (!(T[k].flags & (TAG_F_CAP | TAG_F_ALLCAP)))
      return 0;
    else
      tg = g;
  }
  int32_t sg = opener_clause_subject(ws, c);
  if (sg < 0 || sg == tg) return 0;
  verb_hit h = {0, 1, NULL, NULL, "040", 0, is_reciprocal(e, "040")};
  if (tg >= 0) return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
  if (ws->ent[sg].next < 0) return 0;
  return emit_mutual(e, ws, r, si, sent_first, &h, sg);
}

/* A meeting, talks or a call in an adjunct opening the sentence:
 * "Following a meeting with Aung San Suu Kyi in Rangoon, Cameron calls
 * for ...", "In a phone call with Macron, Putin said", "After talks with
 * Putin, Erdogan announced".  after/following/during/in at token 0, an
 * article, adjectives or a possessive, the noun (meeting(s): 040; talks:
 * 046; call, phone call, telephone call: 041), "with" (talks may name
 * their place first: "talks in Moscow with") and an actor Y: the main
 * clause's subject (opener_clause_subject) met, talked or spoke with Y,
 * talks and calls coded both ways.  Emits the events and returns 0 (also
 * when the construction is absent), or -1 when out of memory. */
static int opener_meeting(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                          size_t si, size_t sent_first) {
  if (ws->tag.n >= 8 && streq(ws->toks[0], "meeting"))
    return opener_participle_meeting(e, ws, r, si, sent_first);
  if (appositive_meeting(e, ws, r, si, sent_first) < 0) return -1;
  static const char *const when[] = {"after", "following", "during", "in",
                                     NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (n < 8 || !word_in_list(ws->toks[0], when)) return 0;
  size_t i = 1;
  while (i < n && i < 6 && ws->ent_at[i] < 0 &&
         (T[i].pos == TAG_DT || tag_is_adj(T[i].pos) ||
          T[i].pos == TAG_PRPS || T[i].pos == TAG_CD ||
          streq(ws->toks[i], "phone") || streq(ws->toks[i], "telephone")))
    i++;
  if (i + 2 >= n) return 0;
  const char *w = ws->toks[i];
  const char *code = streq(w, "meeting") || streq(w, "meetings") ? "040"
                     : streq(w, "talks")                         ? "046"
                     : streq(w, "call")                          ? "041"
                                                                 : NULL;
  if (code == NULL || !tag_is_noun(T[i].pos)) return 0;
  int32_t tg = with_partner(ws, i + 1);
  if (tg < 0) return 0;
  int32_t sg = opener_clause_subject(ws, group_last(ws, tg) + 1);
  if (sg < 0 || sg == tg) return 0;
  verb_hit h = {i, i + 1, NULL, NULL, code, 0, is_reciprocal(e, code)};
  return emit_groups(e, ws, r, si, sent_first, &h, sg, tg);
}

/* Does span sp of text name a diplomat posted in the host's country
 * ("the Iranian ambassador", "Britain's envoy", "the chargé
 * d'affaires"), who receives no visit
 * when a host receives him? */
static int resident_diplomat(const char *text, dyad_span sp) {
  /* "affaires": a charge d'affaires, with or without the accent and with
   * either apostrophe */
  static const char *const v[] = {"ambassador", "envoy", "affaires", NULL};
  size_t len = text ? strlen(text) : 0;
  if (text == NULL || sp.offset > len || sp.length > len - sp.offset)
    return 0;
  for (const char *const *p = v; *p; p++) {
    size_t m = strlen(*p);
    for (size_t k = sp.offset; k + m <= (size_t)sp.offset + sp.length; k++) {
      size_t j = 0;
      while (j < m && tolower((unsigned char)text[k + j]) == (*p)[j]) j++;
      if (j == m) return 1;
    }
  }
  return 0;
}

/* "Chavez played host to Evo Morales in Caracas", "Castro welcomed the
 * Pope to Havana": a state or its leader that hosts (043) a foreign
 * government's leader is visited by him (042, visitor to host, as
 * CAMEO's usage notes pair the two).  For each event of the sentence
 * (from first) coded 043 whose source is a state's (mention_country_code)
 * and whose target is a government (sector GOV) of another country,
 * adds the visit target>source 042 unless the sentence also has the
 * host received by the guest (a greeting of each other, no visit) or the
 * guest is a diplomat posted there (resident_diplomat).  Not
 * an IGO host (a summit's organiser) nor a guest of no government ("the
 * conference hosted delegates").  Returns 0, or -1 when out of memory. */
static int hosted_visits(dyad_result *r, size_t first) {
  size_t n = r->n_events;
  for (size_t i = first; i < n; i++) {
    const dyad_event *h = &r->events[i];
    if (!streq(h->code, "043") || strlen(h->source) < 3 ||
        strlen(h->target) < 6 || !mention_country_code(h->source) ||
        !mention_country_code(h->target) ||
        strncmp(h->target + 3, "GOV", 3) != 0 ||
        strncmp(h->source, h->target, 3) == 0 ||
        resident_diplomat(h->text, h->explain.target_span))
      continue;
    int skip = 0;
    for (size_t k = first; k < r->n_events && !skip; k++) {
      const dyad_event *o = &r->events[k];
      skip = streq(o->source, h->target) && streq(o->target, h->source) &&
             (streq(o->code, "043") || streq(o->code, "042"));
    }
    if (skip) continue;
    dyad_event ev = *h;
    ev.source = h->target;
    ev.target = h->source;
    ev.code = "042";
    set_code_info(&ev);
    ev.explain.source_span = h->explain.target_span;
    ev.explain.target_span = h->explain.source_span;
    ev.explain.source_entry = h->explain.target_entry;
    ev.explain.target_entry = h->explain.source_entry;
    if (result_add_event(r, &ev) == NULL) return -1;
  }
  return 0;
}


/* The actor code the dictionary gives, on the story's date, to the first
 * keep bytes of word w as one token ("U.S." of "U.S.-drafted", "Qatar" of
 * "Qatar-mediated"), or NULL (also when keep is 40 or more). */
static const char *hyphen_head_actor(const dyad_dict *d, const coder_ws *ws,
                                     const char *w, size_t keep) {
  char name[40];
  if (keep >= sizeof name) return NULL;
  memcpy(name, w, keep);
  name[keep] = '\0';
  const char *toks[1] = {name};
  dict_match m;
  const char *code = NULL;
  if (!dict_actor_match(d, toks, 1, 0, ws->date, &m, &code)) return NULL;
  return code;
}

/* The mediator of an accord, truce or talks the sentence names, into buf
 * (CODE_MAX): a one-word name glued to "-brokered" or "-mediated"
 * ("an Egyptian-mediated truce", "U.N.-brokered talks": the
 * dictionary's actor for the name on the story's date, as find_based
 * reads "-based"), or the first actor after "brokered by" or "mediated
 * by" ("a deal brokered by Qatar"), or before "auspices" or
 * "sponsorship" after "under" ("under Turkish auspices"; not "under the
 * auspices of", as often a court's or an organisation's frame as a
 * mediator).  Returns 1 when found, else 0. */
static int mediator_code(const dyad_dict *d, const coder_ws *ws, char *buf) {
  size_t n = ws->tag.n;
  for (size_t k = 0; k < n; k++) {
    const char *w = ws->toks[k];
    /* the suffixes are looked for only in hyphenated words */
    size_t l = (ws->tag.tok[k].flags & TAG_F_HYPHEN) ? strlen(w) : 0;
    size_t sl = l > 9 && strcmp(w + l - 9, "-brokered") == 0   ? 9
                : l > 9 && strcmp(w + l - 9, "-mediated") == 0 ? 9
                                                                : 0;
    if (sl && l < 40) {
      const char *code = memchr(w, '-', l - sl) ? NULL
                         : hyphen_head_actor(d, ws, w, l - sl);
      if (code && strlen(code) >= 3 && strlen(code) < CODE_MAX) {
        strcpy(buf, code);
        return 1;
      }
      continue;
    }
    size_t q = SIZE_MAX;
    if ((streq(w, "brokered") || streq(w, "mediated")) && k + 1 < n &&
        streq(ws->toks[k + 1], "by"))
      q = k + 2;
    else if ((streq(w, "auspices") || streq(w, "sponsorship")) && k >= 2 &&
             streq(ws->toks[k - 2], "under"))
      q = k - 1;
    if (q == SIZE_MAX) continue;
    while (q < n && ws->tag.tok[q].pos == TAG_DT) q++;
    if (q >= n || ws->ent_at[q] < 0) continue;
    int32_t g = ws->ent[ws->ent_at[q]].group;
    if (mention_entity_code(ws, g, 0, buf, NULL) && strlen(buf) >= 3 &&
        strncmp(buf, "---", 3) != 0)
      return 1;
  }
  return 0;
}

/* "Israel and Hamas agreed to an Egyptian-mediated truce", "talks under
 * Turkish auspices": the mediator (mediator_code) mediates (045) between
 * each party of the sentence's accords, talks, truces and other
 * cooperation (events from first with roots 03-08), as CAMEO codes
 * mediation toward each side.  Not toward the mediator's own country or
 * organisation, nor toward civilians (prisoners freed in an exchange),
 * nor when the sentence has no such event.  Returns 0, or -1 when out of
 * memory. */
static int brokered_mediation(const dyad_engine *e, coder_ws *ws,
                              dyad_result *r, size_t first) {
  size_t n = r->n_events;
  if (n == first) return 0;
  char med[CODE_MAX];
  if (!mediator_code(e->dict, ws, med)) return 0;
  size_t ml = strncmp(med, "IGO", 3) == 0 ? 6 : 3;
  const char *ms = NULL;
  for (size_t i = first; i < n; i++) {
    for (int side = 0; side < 2; side++) {
      const dyad_event *h = &r->events[i];
      if (h->code[0] != '0' || h->code[1] < '3' || h->code[1] > '8' ||
          streq(h->code, "045"))
        break;
      const char *p = side ? h->target : h->source;
      if (strlen(p) < 3 || strncmp(p, "---", 3) == 0 ||
          strncmp(p, med, ml) == 0 || strstr(p + 3, "CVL") != NULL)
        continue;
      int dup = 0;
      for (size_t k = first; k < r->n_events && !dup; k++) {
        const dyad_event *o = &r->events[k];
        dup = streq(o->code, "045") && streq(o->source, med) &&
              streq(o->target, p);
      }
      if (dup) continue;
      if (ms == NULL && (ms = result_strdup(r, med, strlen(med))) == NULL)
        return -1;
      dyad_event ev = *h;
      ev.source = ms;
      ev.target = p;
      ev.code = "045";
      set_code_info(&ev);
      ev.explain.source_span = (dyad_span){0, 0};
      ev.explain.target_span =
          side ? h->explain.target_span : h->explain.source_span;
      ev.explain.pattern = "";
      ev.explain.pattern_file = "";
      ev.explain.pattern_line = 0;
      ev.explain.source_entry = "";
      ev.explain.target_entry =
          side ? h->explain.target_entry : h->explain.source_entry;
      if (result_add_event(r, &ev) == NULL) return -1;
    }
  }
  return 0;
}

/* "Hamas claimed responsibility for two suicide bombings that killed 25
 * people in Jerusalem": the attack is coded from its own verb, with the
 * claimant as source (the relative clause's head), but the claim finds
 * no actor to target (the bombings are none).  When "claim(s/ed)
 * responsibility" follows its subject group right after it (adverbs may
 * come between) and the sentence's events hold no claim (015), every
 * attack event (roots 18-20) of the sentence from that subject (same
 * source span) is claimed too: 015 on the attack's target.  Returns 0,
 * or -1 when out of memory. */
static int claimed_attacks(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                           size_t si, size_t first_ev) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, at = SIZE_MAX;
  for (size_t k = 1; k + 1 < n && at == SIZE_MAX; k++)
    if (streq(ws->toks[k + 1], "responsibility") &&
        streq(tag_lemma(&ws->tag, k), "claim") && tag_is_verb(T[k].pos))
      at = k;
  if (at == SIZE_MAX) return 0;
  size_t p = at;
  while (p > 0 && T[p - 1].pos == TAG_RB) p--;
  if (p == 0 || ws->ent_at[p - 1] < 0) return 0;
  int32_t g = ws->ent[ws->ent_at[p - 1]].group;
  if (group_last(ws, g) != p - 1) return 0;
  /* the claimant as claimant() found it (a member past a comma) */
  if (ws->claim_g >= 0 && !ws->claim_any) g = ws->claim_g;
  dyad_span gs = group_span(ws, g);
  size_t end = r->n_events;
  for (size_t k = first_ev; k < end; k++)
    if (streq(r->events[k].code, "015")) return 0;
  /* "A suicide bomber blew himself up in Tel Aviv, killing 12, and Hamas
   * claimed responsibility": with no "for" after it the claim is of the
   * attacks the sentence reported before it, whoever it named as their
   * source; the claimant on each attack's target */
  int earlier = !(at + 2 < n && streq(ws->toks[at + 2], "for"));
  for (size_t k = first_ev; k < end; k++) {
    const dyad_event *a = &r->events[k];
    const char *c = a->code;
    if (!((c[0] == '1' && (c[1] == '8' || c[1] == '9')) ||
          (c[0] == '2' && c[1] == '0')))
      continue;
    if (a->explain.source_span.offset != gs.offset ||
        a->explain.source_span.length != gs.length) {
      if (!earlier || a->explain.verb_span.offset >= T[at].offset ||
          a->explain.target_span.length == 0)
        continue;
      int32_t tg = -1;
      for (size_t x = 0; x < ws->n_ent && tg < 0; x++) {
        if (ws->ent[x].virt || ws->ent[x].group != (int32_t)x) continue;
        dyad_span ts = group_span(ws, (int32_t)x);
        if (ts.offset == a->explain.target_span.offset &&
            ts.length == a->explain.target_span.length)
          tg = (int32_t)x;
      }
      if (tg < 0 || tg == g) continue;
      verb_hit h = {at, at + 1, NULL, NULL, "015", 0, 0};
      if (emit_groups(e, ws, r, si, first_ev, &h, g, tg) < 0) return -1;
      continue;
    }
    int dup = 0;
    for (size_t q = end; q < r->n_events && !dup; q++)
      dup = streq(r->events[q].target, a->target);
    if (dup) continue;
    dyad_event ev = *a;
    ev.code = result_strdup(r, "015", 3);
    if (ev.code == NULL) return -1;
    set_code_info(&ev);
    ev.explain.verb_span = tok_span(ws, at, at + 1);
    if (result_add_event(r, &ev) == NULL) return -1;
  }
  return 0;
}

/* ===================================================================== */
/* The sentence                                                          */
/* ===================================================================== */
/* Fills ws->hits for the current tokens and says whether the sentence
 * could give an event at all: a verb, and an actor or agent unless
 * need_actor is 0 (new actors are made: the engine's new_actor_length). */
static int compute_hits(const dyad_dict *d, coder_ws *ws, int need_actor) {
  size_t n = ws->tag.n;
  int verb = 0, actor = 0;
  for (size_t i = 0; i < n; i++) {
    tok_hits *h = &ws->hits[i];
    const char *const *t = ws->toks;
    const dict_tokinfo *ti = &ws->ti[i];
    if (!dict_tokinfo_may_match(ti, 1u << DICT_K_ACTOR | 1u << DICT_K_AGENT |
                                        1u << DICT_K_VERB)) {
      /* what the three calls below leave for such a token */
      static const dict_match none = {DICT_NONE, 0, DICT_NONE};
      h->am = h->gm = h->vm = none;
      h->acode = "";
      h->ag = NULL;
      h->vf = NULL;
      h->vv = NULL;
      h->ha = h->hg = h->hv = 0;
      continue;
    }
    h->ha = (uint8_t)dict_actor_match_ti(d, t, n, i, ti, ws->date, &h->am,
                                         &h->acode);
    h->hg = (uint8_t)dict_agent_match_ti(d, t, n, i, ti, &h->gm, &h->ag);
    h->hv = (uint8_t)dict_verb_match_ti(d, t, n, i, ti, &h->vm, &h->vf,
                                        &h->vv);
    if (h->hv && (h->vf == NULL || h->vv == NULL)) h->hv = 0;
    verb |= h->hv;
    actor |= h->ha | h->hg;
  }
  return verb && (actor || !need_actor);
}

/* Are the hits still valid for the tokens of the sentence tagged again
 * (ws->hit_off holds the offsets of the n_before tokens they were
 * computed for)? */
static int hits_valid(const coder_ws *ws, size_t n_before) {
  if (ws->tag.n != n_before) return 0;
  for (size_t i = 0; i < ws->tag.n; i++)
    if (ws->hit_off[i] != ws->tag.tok[i].offset) return 0;
  return 1;
}

/* Verbs are coded in verb groups; a verb the chunker left outside one
 * counts only in a finite form (not "the reopening of"). */
static int is_verbish(const coder_ws *ws, size_t i) {
  const tag_token *t = &ws->tag.tok[i];
  if (i > 0) {
    const tag_token *p = &ws->tag.tok[i - 1];
    /* "the reopening of": a gerund after a determiner is a noun */
    if (t->pos == TAG_VBG && (p->pos == TAG_DT || p->pos == TAG_PRPS))
      return 0;
    /* "welcomes the capture of Saddam", "a reward for the capture of":
     * a base form the tagger read after an article is a noun; one
     * announced or claimed ("announces the capture of", "claim the
     * capture of") is still reported done, and stays a verb for its
     * patterns */
    static const char *const report[] = {"announce", "claim", "confirm",
                                         "report", NULL};
    if (t->pos == TAG_VB &&
        (streq(ws->toks[i - 1], "the") || streq(ws->toks[i - 1], "a") ||
         streq(ws->toks[i - 1], "an")) &&
        !(i >= 2 && word_in_list(tag_lemma(&ws->tag, i - 2), report)))
      return 0;
    /* "very close to": an adjective after an intensifier */
    if (p->pos == TAG_RB &&
        (streq(ws->toks[i - 1], "very") || streq(ws->toks[i - 1], "too") ||
         streq(ws->toks[i - 1], "so") || streq(ws->toks[i - 1], "as")))
      return 0;
  }
  /* "arrests alleged drug trafficker X", "alleged senior members": a
   * participle of hearsay before a noun phrase qualifies it; it reports
   * no accusation ("alleged that" is a verb) */
  if ((t->pos == TAG_VBN || t->pos == TAG_VBD || t->pos == TAG_JJ) &&
      i + 1 < ws->tag.n) {
    const tag_token *nx = &ws->tag.tok[i + 1];
    const char *w = ws->toks[i];
    int np = nx->pos != TAG_DT &&
             (tag_is_noun(nx->pos) || tag_is_adj(nx->pos) ||
              ws->ent_at[i + 1] >= 0);
    if (np && (streq(w, "alleged") || streq(w, "purported") ||
               streq(w, "reputed") ||
               (streq(w, "suspected") && !(nx->flags & TAG_F_CAP))))
      return 0;
  }
  /* "tortured detained villagers": a participle after a main verb and
   * before a noun is an adjective */
  if ((t->pos == TAG_VBN || t->pos == TAG_VBD) && i > 0 && i + 1 < ws->tag.n &&
      tag_is_verb(ws->tag.tok[i - 1].pos) &&
      tag_is_noun(ws->tag.tok[i + 1].pos)) {
    const char *l = tag_lemma(&ws->tag, i - 1);
    if (!streq(l, "be") && !streq(l, "have") && !streq(l, "get")) return 0;
  }
  /* "exchange two convicted spies", "visits for captured Israeli
   * soldiers", "the detained villagers": a participle after a
   * determiner, a number (not a year), a possessive or a preposition
   * and before a noun or adjective is an adjective */
  if ((t->pos == TAG_VBN || t->pos == TAG_VBD) && i > 0 && i + 1 < ws->tag.n &&
      (tag_is_noun(ws->tag.tok[i + 1].pos) ||
       tag_is_adj(ws->tag.tok[i + 1].pos))) {
    const tag_token *p = &ws->tag.tok[i - 1];
    const char *pw = ws->toks[i - 1];
    /* ("access to detained Palestinians": "to" before a noun is a
     * preposition) */
    if (p->pos == TAG_DT || p->pos == TAG_PRPS ||
        (p->pos == TAG_CD && strlen(pw) != 4) ||
        (p->pos == TAG_IN && !streq(pw, "that") && !streq(pw, "by")) ||
        (p->pos == TAG_TO && tag_is_noun(ws->tag.tok[i + 1].pos)))
      return 0;
  }
  /* "struck Hezbollah targets in Lebanon": a present form right after
   * the object of a verb, before a preposition or the end, is a noun */
  if ((t->pos == TAG_VBZ || t->pos == TAG_VBP) && i > 0 &&
      (i + 1 >= ws->tag.n || ws->tag.tok[i + 1].pos == TAG_IN ||
       ws->tag.tok[i + 1].type == TAG_T_PUNCT)) {
    size_t k = i;
    int ent = 0;
    while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&ws->tag.tok[k - 1]))) {
      ent |= ws->ent_at[k - 1] >= 0;
      k--;
    }
    if (ent && k < i && k > 0 && tag_is_verb(ws->tag.tok[k - 1].pos) &&
        !is_speech_verb(tag_lemma(&ws->tag, k - 1)))
      return 0;
  }
  if (t->chunk == TAG_CH_VG) return 1;
  if (t->pos == TAG_VBD || t->pos == TAG_VBZ || t->pos == TAG_VBP) return 1;
  /* "issues a statement accusing Colombia of": a present participle
   * completing a document noun says what the text does (its subject is
   * the issuer: role.c, document_participle_verb) */
  if (t->pos == TAG_VBG && i > 0) {
    /* not a resolution, often one proposed or vetoed ("vetoes a
     * resolution condemning Israel") */
    static const char *const doc[] = {"statement", "statements",
                                      "declaration", "communique",
                                      "communiqué", NULL};
    if (word_in_list(ws->toks[i - 1], doc)) return 1;
  }
  /* "has celebrated" mis-tagged as an adjective after an auxiliary */
  if (i > 0 && ws->tag.tok[i - 1].chunk == TAG_CH_VG && t->pos == TAG_JJ) {
    const char *w = ws->toks[i - 1];
    return streq(w, "has") || streq(w, "have") || streq(w, "had");
  }
  return 0;
}

/* Is w a noun whose infinitive ("decision to invite", "refusal to
 * extradite", "bid to join") is an act decided, planned, tried or
 * refused, not one done? */
static int intended_noun(const char *w) {
  static const char *const v[] = {
      "decision", "decisions", "refusal", "plan", "plans", "proposal",
      "proposals", "bid", "bids", "attempt", "attempts", "offer", "offers",
      "intention", "intentions", "readiness", "willingness", "failure",
      "threat", "threats", "pledge", "pledges", "promise", "promises",
      "effort", "efforts", "right", "determination", "reluctance",
      "unwillingness", "refusals", "ability", "inability", "plot",
      "plots", "scheme", NULL};
  return word_in_list(w, v);
}

/* Is the word at token k, one of intended_noun's, a noun rather than
 * a verb with a subject before it ("the U.S. plan to invade", "against
 * government plans to move", "in a bid to end" against "Canada and the
 * EU plan to impose", "a drone attempts to kill")?  Words that cannot be
 * verbs ("decision", "refusal") are nouns; the others are nouns after a
 * determiner, possessive, adjective, number, preposition or verb, or
 * after an actor that follows one of these. */
static int noun_reading(const coder_ws *ws, size_t k) {
  static const char *const only_noun[] = {
      "decision", "decisions", "refusal", "refusals", "proposal",
      "proposals", "intention", "intentions", "readiness", "willingness",
      "failure", "effort", "efforts", "determination", "reluctance",
      "unwillingness", "ability", "inability", "right", NULL};
  const tag_token *T = ws->tag.tok;
  if (word_in_list(ws->toks[k], only_noun)) return 1;
  if (k == 0) return 0;
  size_t j = k - 1;
  if (ws->ent_at[j] >= 0) {
    while (j > 0 && ws->ent_at[j - 1] >= 0) j--;
    if (j == 0) return 0;
    j--;
    if (T[j].pos == TAG_POS) return 1;
    /* "President Saakashvili of Georgia pledges to end" */
    if (streq(ws->toks[j], "of")) return 0;
  }
  unsigned p = T[j].pos;
  if (p == TAG_DT || p == TAG_PRPS || p == TAG_POS || tag_is_adj(p) ||
      p == TAG_CD || p == TAG_IN || p == TAG_TO)
    return 1;
  return tag_is_verb(p) && p != TAG_MD;
}

/* Is the verb at token i an act that the clause does not report as
 * done?
 *   - an infinitive under a gerund that is itself under a preposition
 *     ("for helping China to attack Ukraine", "charged with plotting to
 *     kidnap"): the gerund gives no event, nor does what it governs;
 *   - a gerund governed by a verb of avoidance or deliberation ("avoids
 *     visiting", "is considering sending warships", "would consider
 *     charging", "denies helping"): the act is weighed or shunned, not
 *     done (the governing verb is coded on its own when it is one);
 *   - a gerund governed by a verb that halts it ("stops deporting
 *     refugees", "will cease supplying gas", "halted sharing
 *     intelligence"): the act ends, it is not done (the halting verb's
 *     own patterns code the end, 16x, when one reads past the gerund);
 *   - an infinitive right after a noun of decision, plan, attempt or
 *     refusal ("NATO's decision to invite Poland", "Moscow's refusal to
 *     extradite"): intended_noun. */
static int unrealised_act(const coder_ws *ws, size_t i) {
  static const char *const weigh[] = {
      "avoid", "consider", "contemplate", "mull", "weigh", "deny",
      "resist", "postpone", "delay", "oppose", "discuss", "propose",
      "suggest", "debate", "evaluate", "study", "explore", "risk", NULL};
  static const char *const halt[] = {"stop", "halt", "cease", "suspend",
                                     "end", "quit", "discontinue", "pause",
                                     NULL};
  const tag_token *T = ws->tag.tok;
  if (i == 0) return 0;
  if (T[i].pos == TAG_VBG) {
    size_t k = i;
    while (k > 0 && T[k - 1].pos == TAG_RB) k--;
    if (k == 0 || !tag_is_verb(T[k - 1].pos)) return 0;
    const char *l = tag_lemma(&ws->tag, k - 1);
    return word_in_list(l, weigh) || word_in_list(l, halt);
  }
  /* the "to" of an infinitive, then back over the gerund's object */
  size_t to = i;
  while (to > 0 && T[to - 1].pos == TAG_RB) to--;
  if (to == 0 || T[to - 1].pos != TAG_TO) return 0;
  /* "NATO's decision to invite Poland", "Moscow's refusal to extradite":
   * an infinitive governed by a noun of decision, plan or attempt names
   * an act not reported as done (the framing verb codes the sentence) */
  if (to >= 2 && intended_noun(ws->toks[to - 2]) &&
      (T[to - 2].pos == TAG_NN || T[to - 2].pos == TAG_NNS) &&
      noun_reading(ws, to - 2))
    return 1;
  /* "a plot by Islamist militants to bomb the embassy": the noun's
   * doer after "by" may come between */
  if (to >= 5 && ws->ent_at[to - 2] >= 0) {
    size_t f = to - 2;
    while (f > 0 && f + 8 > to &&
           (ws->ent_at[f - 1] >= 0 || is_np_filler(&T[f - 1])))
      f--;
    if (f >= 2 && streq(ws->toks[f - 1], "by") &&
        intended_noun(ws->toks[f - 2]) &&
        (T[f - 2].pos == TAG_NN || T[f - 2].pos == TAG_NNS) &&
        noun_reading(ws, f - 2))
      return 1;
  }
  size_t k = to - 1;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]))) k--;
  if (k == 0 || T[k - 1].pos != TAG_VBG) return 0;
  size_t g = k - 1;
  while (g > 0 && T[g - 1].pos == TAG_RB) g--;
  return g > 0 && T[g - 1].pos == TAG_IN && !streq(ws->toks[g - 1], "that");
}

/* Is the verb at token i part of the crime a judicial act names: after
 * "guilty", "convicted", "sentenced", "jailed", "imprisoned", "indicted",
 * "charged" or "trial" and a preposition of the charge (of, for, with,
 * over; "guilty to"; "prison for", "years for" after the punishment):
 * "pleads guilty to selling NATO secrets to Russia", "is sentenced to ten
 * years in prison for altering maps to show that Vietnam was
 * encroaching"?  The crime is an allegation or an old act, no event of
 * the news.  Reads back from the verb's group within its sentence part:
 * a finite clause needs a subordinator (that, who, which, whom, whose,
 * when) before the next finite verb back, or it is another clause ("X,
 * who is indicted for war crimes, says he will seek asylum").  Not a
 * verb of a court's act itself (", sentencing him to"), nor a
 * participle or finite verb joined by "and", "or" or a comma ("is
 * convicted of fraud and sentenced to nine years"). */
/* Is w one of the judicial words crime_clause looks for ("guilty",
 * "convicted", "sentenced", "jailed", "imprisoned", "indicted", "charged",
 * "trial")?  Tested by first letter: it runs on every token before each
 * verb of the sentence. */
static inline int judicial_word(const char *w) {
  switch (w[0]) {
  case 'g': return streq(w, "guilty");
  case 'c': return streq(w, "convicted") || streq(w, "charged");
  case 's': return streq(w, "sentenced");
  case 'j': return streq(w, "jailed");
  case 'i': return streq(w, "imprisoned") || streq(w, "indicted");
  case 't': return streq(w, "trial");
  default: return 0;
  }
}

static int crime_clause(coder_ws *ws, size_t i) {
  static const char *const charge_prep[] = {"of", "for", "with", "over",
                                            NULL};
  static const char *const punishment[] = {
      "prison", "jail", "imprisonment", "years", "months", "death", NULL};
  /* a court's own acts besides role_judicial_verb's */
  static const char *const court_act[] = {"charge", "release", "free",
                                          "pardon", NULL};
  static const char *const sub[] = {"that", "who", "which", "whom", "whose",
                                    "when", NULL};
  const tag_token *T = ws->tag.tok;
  size_t gs = i;
  if (T[i].chunk == TAG_CH_VG && T[i].chunk_id < ws->tag.n_chunks)
    gs = ws->tag.chunks[T[i].chunk_id].first;
  /* every test below needs a judicial word before the group: the
   * cheapest test first (each early return gives 0) */
  if (ws->judicial_gen != ws->gen) {
    ws->judicial_gen = ws->gen;
    ws->judicial_seen = 0;
    ws->judicial_first = SIZE_MAX;
  }
  /* searched once per sentence, as far as the verbs ask */
  /* most tokens fail a test of length and first letter together (bit
   * c of judicial_first_letters[length & 15], c the letter's place in
   * the alphabet), which leaves judicial_word's branches to the rare
   * rest: a branch per token on the first letter alone mispredicts
   * often.  Other bytes alias harmlessly: judicial_word decides. */
  static const uint32_t judicial_first_letters[16] = {
      [5] = 1u << ('t' - 'a'),                        /* trial */
      [6] = 1u << ('g' - 'a') | 1u << ('j' - 'a'),    /* guilty jailed */
      [7] = 1u << ('c' - 'a'),                        /* charged */
      [8] = 1u << ('i' - 'a'),                        /* indicted */
      [9] = 1u << ('c' - 'a') | 1u << ('s' - 'a'),    /* convicted sentenced */
      [10] = 1u << ('i' - 'a'),                       /* imprisoned */
  };
  const uint32_t *len = ws->tag.norm_len;
  while (ws->judicial_first == SIZE_MAX && ws->judicial_seen < gs) {
    size_t q = ws->judicial_seen++;
    unsigned c = ((unsigned char)ws->toks[q][0] - 'a') & 31u;
    if (((judicial_first_letters[len[q] & 15u] >> c) & 1u) &&
        judicial_word(ws->toks[q]))
      ws->judicial_first = q;
  }
  if (ws->judicial_first >= gs) return 0;
  const char *lemma = tag_lemma(&ws->tag, i);
  if (role_judicial_verb(lemma) || word_in_list(lemma, court_act)) return 0;
  size_t b = gs;
  while (b > 0 && T[b - 1].pos == TAG_RB) b--;
  if (b > 0 && T[gs].pos != TAG_VB && T[gs].pos != TAG_VBG &&
      T[gs].pos != TAG_TO &&
      (streq(ws->toks[b - 1], "and") || streq(ws->toks[b - 1], "or") ||
       streq(ws->toks[b - 1], ",")))
    return 0;
  int need = tag_is_finite(T[gs].pos);
  size_t lo = gs > 40 ? gs - 40 : 0;
  for (size_t k = gs; k > lo; k--) {
    size_t j = k - 1;
    const char *w = ws->toks[j], *p = ws->toks[k];
    if (streq(w, ";") || streq(w, ":")) return 0;
    if (k < gs && ((judicial_word(w) && word_in_list(p, charge_prep)) ||
                   (streq(w, "guilty") && streq(p, "to")) ||
                   (word_in_list(w, punishment) && streq(p, "for"))))
      return !need;
    if (word_in_list(w, sub)) {
      need = 0;
    } else if (j < gs && T[j].chunk == TAG_CH_VG && tag_is_finite(T[j].pos)) {
      if (need) return 0;
      need = 1;
    }
  }
  return 0;
}

/* Is the "have" at token i the auxiliary of a participle of planning or
 * prevention ("have been planning", "has foiled", "have thwarted", "had
 * prepared"; adverbs and "been" may come between)? */
static int planned_after_have(const coder_ws *ws, size_t i) {
  static const char *const plan[] = {
      "plan", "plot", "prepare", "foil", "thwart", "prevent", "avert",
      "frustrate", "disrupt", "uncover", "schedule", "decide", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = i + 1;
  while (k < n && (T[k].pos == TAG_RB || streq(ws->toks[k], "been"))) k++;
  return k < n && (T[k].pos == TAG_VBN || T[k].pos == TAG_VBG) &&
         word_in_list(tag_lemma(&ws->tag, k), plan);
}

/* Is the verb at token i in a clause that forecasts or asks, not one
 * that reports: "whether Beijing would back the strikes", "was
 * confident that Israel and the PLO would sign the accord", "predicted
 * that the army would attack"?  Reads back from the verb over adverbs,
 * auxiliaries and modals and over the clause's subject (actors and noun
 * phrase words, joined by "and") to "whether", or to "that" after a
 * word of belief or forecast when a modal (would, will, could, might,
 * may) came before the verb. */
static int forecast_clause(const coder_ws *ws, size_t i) {
  static const char *const belief[] = {
      "confident", "optimistic", "pessimistic", "sure", "certain",
      "convinced", "likely", "unlikely", "predict", "expect", "believe",
      "think", "doubt", "doubtful", "forecast", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = i;
  int modal = 0;
  while (k > 0) {
    const char *l = tag_lemma(&ws->tag, k - 1);
    if (T[k - 1].pos == TAG_MD) {
      modal = 1;
      k--;
    } else if (T[k - 1].pos == TAG_RB || streq(l, "be") || streq(l, "have")) {
      k--;
    } else {
      break;
    }
  }
  size_t subj = k;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
                   (T[k - 1].pos == TAG_CC && k - 1 > 0 &&
                    ws->ent_at[k - 2] >= 0)))
    k--;
  if (k == subj || k == 0) return 0;
  const char *w = ws->toks[k - 1];
  if (streq(w, "whether")) return 1;
  if (!modal || !streq(w, "that") || k < 2) return 0;
  size_t b = k - 1;
  while (b > 0 && T[b - 1].pos == TAG_RB) b--;
  if (b == 0) return 0;
  const char *l = tag_lemma(&ws->tag, b - 1);
  for (const char *const *p = belief; *p; p++)
    if (streq(l, *p) || streq(ws->toks[b - 1], *p)) return 1;
  return 0;
}

/* Is the verb at token i the act that a phrase of aim names: "aimed at
 * helping Manila crush the guerrillas", "exercises designed to
 * intimidate voters", "resumed talks, aiming to agree on a ceasefire",
 * "in order to end the siege"?  The act is a purpose, not reported as
 * done.  Reads back from the verb over "to" (or a bare infinitive after
 * help/enable and its object), a gerund of helping under "at", and
 * adverbs, to aim(ed/ing) at/to, designed/intended/meant to, "in order
 * to", "so as to", or a noun of an operation before "to" ("an offensive
 * to drive them out"). */
static int aimed_act(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  /* (after "to" any tag: "to drive" may be read as a noun) */
  if (i == 0) return 0;
  size_t k = i;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  if (k > 0 && T[k - 1].pos == TAG_TO) {
    k--;
    /* "an air offensive to drive Iraqi forces out", "a campaign to
     * oust", "an operation to free the hostages": the act an operation
     * is meant to achieve */
    static const char *const op[] = {
        "offensive", "offensives", "campaign", "campaigns", "operation",
        "operations", "mission", "missions", "crackdown", "drive", NULL};
    /* a noun, or one a determiner or a modifier opens ("a massive air
     * offensive", which the lexicon also has as an adjective) */
    const tag_token *t = &T[k - 1];
    if (k > 1 && word_in_list(ws->toks[k - 1], op) &&
        (t->pos == TAG_NN || t->pos == TAG_NNS || t->pos == TAG_JJ) &&
        (noun_reading(ws, k - 1) || T[k - 2].pos == TAG_DT ||
         tag_is_adj(T[k - 2].pos) || T[k - 2].pos == TAG_NN))
      return 1;
  } else if (!(T[i].pos == TAG_VB || T[i].pos == TAG_VBG ||
               T[i].pos == TAG_VBP)) {
    return 0;
  } else if (T[i].pos != TAG_VBG) {
    /* "helping Manila crush": back over the object to help/enable */
    while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1])))
      k--;
    if (k == 0) return 0;
    const char *l = tag_lemma(&ws->tag, k - 1);
    if (!(streq(l, "help") || streq(l, "enable")) || T[k - 1].pos != TAG_VBG)
      return 0;
    k--;
  }
  /* "aimed at helping", "aimed at destroying": a gerund under "at" */
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  if (k > 0 && streq(ws->toks[k - 1], "at")) k--;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  if (k == 0) return 0;
  const char *w = ws->toks[k - 1];
  if (streq(w, "order") || streq(w, "as"))
    return k >= 2 && (streq(ws->toks[k - 2], "in") ||
                      streq(ws->toks[k - 2], "so"));
  const char *l = tag_lemma(&ws->tag, k - 1);
  return streq(l, "aim") || streq(w, "aimed") || streq(w, "aiming") ||
         streq(w, "designed") || streq(w, "intended") || streq(w, "meant");
}

/* Verbs of meeting, whose infinitive is a purpose ("met to resolve the
 * dispute", "convened on Friday to debate"): the meeting is the event
 * and the purpose is not reported as done.  Not verbs of travel: "flew
 * to Washington to hold talks with Bush", "arrives in Israel to meet
 * Sharon" report the talks as held (removing them lost 40 right events
 * of 100 on the Wikipedia current events). */
static int purpose_verb(const char *lemma) {
  static const char *const v[] = {"meet", "gather", "convene", "assemble",
                                  NULL};
  return word_in_list(lemma, v);
}

/* Is the verb at token i the infinitive of a purpose of a verb of meeting
 * before it in its clause, past that verb's objects, places and times
 * ("met on Tuesday to resolve", "met Abbas in Ramallah to discuss")?  The
 * meeting is the event; the purpose is not done. */
static int purpose_infinitive(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  size_t to = i;
  while (to > 0 && T[to - 1].pos == TAG_RB) to--;
  if (to == 0 || T[to - 1].pos != TAG_TO) return 0;
  to--;
  size_t lo = to > 12 ? to - 12 : 0;
  for (size_t k = to; k > lo; k--) {
    size_t j = k - 1;
    if (ws->ent_at[j] >= 0 || is_np_filler(&T[j]) || T[j].pos == TAG_IN ||
        T[j].chunk == TAG_CH_PP || T[j].pos == TAG_RB)
      continue;
    if (tag_is_verb(T[j].pos))
      return T[j].pos != TAG_VBG && T[j].pos != TAG_VB &&
             purpose_verb(tag_lemma(&ws->tag, j));
    return 0;
  }
  return 0;
}

/* Is the verb at token i in an "until" clause that bounds an act only
 * intended, willed or possible ("vowed to continue his hunger strike
 * until the government allowed access", "will fight until the army
 * withdraws")?  That the clause's act happens is not reported.  The verb
 * group before "until" (in the same sentence part: no ';' or ':')
 * is an infinitive or has a modal. */
static int until_unrealised(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  size_t u = SIZE_MAX;
  for (size_t k = i; k > 0 && u == SIZE_MAX; k--) {
    const char *w = ws->toks[k - 1];
    /* "will continue until the end, and accuses": a verb joined by "and"
     * or after a comma is no part of the clause */
    if (streq(w, ";") || streq(w, ":") || streq(w, ",") || streq(w, "and") ||
        streq(w, "but"))
      return 0;
    if (T[k - 1].chunk == TAG_CH_VG && k - 1 < i) return 0;
    if (streq(w, "until") || streq(w, "till")) u = k - 1;
  }
  if (u == SIZE_MAX) return 0;
  for (size_t k = u; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (streq(ws->toks[k - 1], ";") || streq(ws->toks[k - 1], ":")) return 0;
    if (t->chunk == TAG_CH_VG && t->chunk_id < ws->tag.n_chunks)
      return (ws->tag.chunks[t->chunk_id].flags &
              (TAG_VG_INF | TAG_VG_MODAL)) != 0;
  }
  return 0;
}

/* Is the verb at token i in a clause that a denial governs ("Israel
 * denied that its troops had attacked the school", "Russia denies it sent
 * troops", "rejected claims that Iran supplied the drones")?  Going back
 * from the verb over its verb group's auxiliaries and adverbs, the
 * clause's subject (entities, noun-phrase words, a pronoun), then
 * "that", possibly a noun of accusation ("claims", "reports") and a
 * determiner (and the claim's modifiers: "Indian charges"), the verb
 * before is a form of deny, refute or dismiss (or reject, of a "that"
 * clause).  What
 * is denied is not reported as done; the denial (016) is coded on its
 * own. */
static int denied_clause(const coder_ws *ws, size_t i) {
  static const char *const denial[] = {"deny", "refute", "dismiss", NULL};
  static const char *const claim[] = {
      "claim", "claims", "report", "reports", "allegation", "allegations",
      "accusation", "accusations", "charge", "charges", "suggestion",
      "suggestions", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = i;
  /* the verb group before the verb: "had", "has been", "had not" */
  while (k > 0 && (T[k - 1].chunk == TAG_CH_VG || T[k - 1].pos == TAG_MD ||
                   T[k - 1].pos == TAG_RB) &&
         ws->ent_at[k - 1] < 0 &&
         (tag_is_verb(T[k - 1].pos) || T[k - 1].pos == TAG_MD ||
          T[k - 1].pos == TAG_RB))
    k--;
  size_t vs = k;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
                   T[k - 1].pos == TAG_PRP || T[k - 1].pos == TAG_PRPS ||
                   /* "claims that drones launched by Russia exploded" */
                   (k >= 2 && T[k - 1].pos == TAG_IN &&
                    streq(ws->toks[k - 1], "by") && T[k - 2].pos == TAG_VBN) ||
                   (T[k - 1].pos == TAG_VBN && k < vs &&
                    streq(ws->toks[k], "by"))))
    k--;
  if (k == vs) return 0;  /* no subject: "denied attacking" is elsewhere */
  /* a pronoun in the subject ("its aircraft", "it"): the clause is about
   * the speaker's own act */
  int own = 0;
  static const char *const own_pron[] = {"it", "they", "its", "their",
                                         NULL};
  for (size_t q = k; q < vs && !own; q++)
    own = (T[q].pos == TAG_PRP || T[q].pos == TAG_PRPS) &&
          word_in_list(ws->toks[q], own_pron);
  int that = k > 0 && streq(ws->toks[k - 1], "that");
  if (that) k--;
  /* "admitted on Friday that" */
  static const char *const day[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", NULL};
  if (that && k >= 2 && T[k - 2].pos == TAG_IN && word_in_list(ws->toks[k - 1], day))
    k -= 2;
  if (that && k > 0 && word_in_list(ws->toks[k - 1], claim)) {
    k--;
    /* "rejected Indian charges that": the claim's own modifiers */
    while (k > 0 && (ws->ent_at[k - 1] >= 0 || tag_is_adj(T[k - 1].pos)))
      k--;
    if (k > 0 && T[k - 1].pos == TAG_DT) k--;
  }
  if (k == 0 || !tag_is_verb(T[k - 1].pos)) return 0;
  /* an admission ("admitted that its guards had fired") only of the
   * speaker's own act: what an admission reports of others stays */
  static const char *const admission[] = {"admit", "acknowledge", "concede",
                                          "confess", NULL};
  if (word_in_list(tag_lemma(&ws->tag, k - 1), admission)) return own;
  /* "rejected charges that it was arming": a rejected claim, as a
   * denied one (not "rejected a resolution calling on": a proposal) */
  if (that && streq(tag_lemma(&ws->tag, k - 1), "reject")) return 1;
  return word_in_list(tag_lemma(&ws->tag, k - 1), denial);
}

/* Is the verb at token i the verb of a subjunctive clause that a demand
 * governs ("Russia demanded that NATO halt the bombing", "insisted on
 * Friday that Pakistan should hand over the suspects")?  Going back from
 * the verb: a bare verb (VB, or VBP: after a past-tense demand a present
 * form is a subjunctive) or a verb group opening with should or must,
 * the clause's subject (entities, noun-phrase words), "that", possibly a
 * time phrase ("on Friday"), and a form of demand, insist, urge or
 * request.  What is demanded is not done; the demand (10x) is coded on
 * its own and its pattern may read the clause. */
static int demanded_direct(const coder_ws *ws, size_t i) {
  static const char *const demand[] = {"demand", "insist", "urge",
                                       "request", "ask", "propose",
                                       "recommend", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = i;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  int bare = T[i].pos == TAG_VB || T[i].pos == TAG_VBP;
  if (k > 0 && T[k - 1].pos == TAG_MD) {
    const char *m = ws->toks[k - 1];
    if (!streq(m, "should") && !streq(m, "must")) return 0;
    bare = 1;
    k--;
  }
  if (!bare) return 0;
  size_t vs = k;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1])))
    k--;
  if (k == vs || k == 0 || !streq(ws->toks[k - 1], "that")) return 0;
  k--;
  /* "demanded on Wednesday that" */
  static const char *const day[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", NULL};
  if (k >= 2 && T[k - 2].pos == TAG_IN && word_in_list(ws->toks[k - 1], day))
    k -= 2;
  if (k == 0 || !tag_is_verb(T[k - 1].pos)) return 0;
  return word_in_list(tag_lemma(&ws->tag, k - 1), demand);
}

/* demanded_direct, or a bare verb joined by "and"/"or" to one it finds
 * ("demanded that Washington take full responsibility for the collision
 * and apologise"): back over the first verb's complement (no ';', ':' nor
 * finite verb between) to a bare verb of such a clause. */
static int demanded_clause(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  if (demanded_direct(ws, i)) return 1;
  if (i < 2 || !(T[i].pos == TAG_VB || T[i].pos == TAG_VBP) ||
      !(streq(ws->toks[i - 1], "and") || streq(ws->toks[i - 1], "or")))
    return 0;
  for (size_t j = i - 1; j > 0 && j + 25 > i; j--) {
    size_t q = j - 1;
    const char *w = ws->toks[q];
    if (streq(w, ";") || streq(w, ":") || streq(w, "that")) return 0;
    if (T[q].pos == TAG_VBD || T[q].pos == TAG_VBZ || T[q].pos == TAG_MD)
      return 0;
    if (T[q].pos == TAG_VB || T[q].pos == TAG_VBP)
      return demanded_direct(ws, q);
  }
  return 0;
}

/* Is event D's verb a participle right after a comma (", demanding")?
 * Reads the sentence text at the verb span. */
static int comma_participle(const dyad_event *D) {
  const dyad_span *v = &D->explain.verb_span;
  const char *t = D->text;
  if (t == NULL || v->length < 4 || v->offset < 2) return 0;
  if (memcmp(t + v->offset + v->length - 3, "ing", 3) != 0) return 0;
  size_t k = v->offset;
  while (k > 0 && t[k - 1] == ' ') k--;
  return k > 0 && t[k - 1] == ',';
}

/* Is event D's verb (a participle after a comma, comma_participle) the
 * motive of a protest verb ("rallied", "marched", "took to the
 * streets") that is the last verb before the comma in its sentence part
 * ("Thousands rallied in Manila on Thursday, demanding ...")? */
static int protest_clause_before(const coder_ws *ws, const dyad_event *D) {
  static const char *const protest[] = {
      "rally", "march", "protest", "demonstrate", "riot", "picket",
      "gather", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = 0;
  while (k < ws->tag.n && T[k].offset != D->explain.verb_span.offset) k++;
  if (k < 2 || k >= ws->tag.n || !streq(ws->toks[k - 1], ",")) return 0;
  for (size_t j = k - 1; j-- > 0;) {
    if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) return 0;
    /* "took to the streets" */
    if (j >= 3 && streq(ws->toks[j], "streets") &&
        streq(ws->toks[j - 2], "to") && streq(tag_lemma(&ws->tag, j - 3), "take"))
      return 1;
    if (!tag_is_verb(T[j].pos) || ws->ent_at[j] >= 0) continue;
    return T[j].pos != TAG_VBG && T[j].pos != TAG_VBN &&
           word_in_list(tag_lemma(&ws->tag, j), protest);
  }
  return 0;
}

/* Removes event d of r, keeping the order of the rest. */
static void drop_event(dyad_result *r, size_t d) {
  assert(d < r->n_events);
  memmove(&r->events[d], &r->events[d + 1],
          (r->n_events - d - 1) * sizeof r->events[0]);
  r->n_events--;
}

/* Folds ", demanding ..." into the act before it, in the events
 * [first, r->n_events) of one sentence.  "Protesters marched in
 * Belgrade, demanding the resignation of Milosevic": a protest (141 to
 * 145) and a demand for change (104Y) by the same source are one event,
 * a protest for that change (14XY) on the demand's target; a demand
 * after an attack or a seizure by the same source (18x to 20x: "seized
 * the police station, demanding ...") is the attack's motive, no event
 * of its own.  Events refer to arena strings and static code tables, so
 * this only rewrites codes and targets and drops entries.  Returns 0, or
 * -1 on OOM. */
static int fold_demanding(const coder_ws *ws, dyad_result *r, size_t first) {
  size_t d = first;
  while (d < r->n_events) {
    dyad_event *D = &r->events[d];
    if (D->code[0] != '1' || D->code[1] != '0' || !comma_participle(D)) {
      d++;
      continue;
    }
    int fold = 0;
    for (size_t p = first; p < r->n_events && !fold; p++) {
      dyad_event *P = &r->events[p];
      if (p == d || !streq(P->source, D->source) ||
          P->explain.verb_span.offset >= D->explain.verb_span.offset)
        continue;
      int protest = strlen(P->code) == 3 && P->code[0] == '1' &&
                    P->code[1] == '4' && P->code[2] >= '1' &&
                    P->code[2] <= '5';
      int attack = P->code[0] == '2' ||
                   (P->code[0] == '1' && (P->code[1] == '7' || P->code[1] == '8' ||
                                          P->code[1] == '9'));
      if (protest && strlen(D->code) == 4 && D->code[2] == '4' &&
          D->code[3] >= '1' && D->code[3] <= '4') {
        char c[5] = {'1', '4', P->code[2], D->code[3], 0};
        const dyad_code_info *info = dyad_cameo_code(c);
        if (info == NULL) continue;
        const char *code = result_strdup(r, c, 4);
        if (code == NULL) return -1;
        P->code = code;
        P->target = D->target;
        P->explain.target_span = D->explain.target_span;
        P->explain.target_entry = D->explain.target_entry;
        set_code_info(P);
        fold = 1;
      } else if (protest || attack) {
        fold = 1;
      }
    }
    if (!fold && protest_clause_before(ws, D)) {
      /* "Filipinos rallied in Manila, demanding the resignation of X":
       * a protest with no target of its own, for the demand's change */
      char c[5] = {'1', '4', '1', 0, 0};
      if (strlen(D->code) == 4 && D->code[2] == '4' && D->code[3] >= '1' &&
          D->code[3] <= '4')
        c[3] = D->code[3];
      const char *code = result_strdup(r, c, strlen(c));
      if (code == NULL) return -1;
      D->code = code;
      set_code_info(D);
      d++;
      continue;
    }
    if (!fold) {
      d++;
      continue;
    }
    drop_event(r, d);
  }
  /* a folded protest may now repeat another event of the sentence */
  for (size_t a = first; a < r->n_events; a++)
    for (size_t b = a + 1; b < r->n_events;) {
      const dyad_event *A = &r->events[a], *B = &r->events[b];
      if (streq(A->source, B->source) && streq(A->target, B->target) &&
          streq(A->code, B->code)) {
        drop_event(r, b);
      } else {
        b++;
      }
    }
  return 0;
}

/* The country key of an actor code for drop_redundant_statements: its
 * first 6 letters for IGO/NGO/IMG/MNC codes (IGOUNO and IGOWSTNAT stay
 * apart), its first 3 (the country) for others; an unknown country
 * ("---...") keys on the whole code.  Writes at most 6 letters and a
 * NUL into k. */
static void actor_key(const char *c, char k[8]) {
  size_t m = 3;
  if (strncmp(c, "IGO", 3) == 0 || strncmp(c, "NGO", 3) == 0 ||
      strncmp(c, "IMG", 3) == 0 || strncmp(c, "MNC", 3) == 0)
    m = 6;
  if (strncmp(c, "---", 3) == 0) m = 7;
  size_t j = 0;
  for (; j < m && c[j]; j++) k[j] = c[j];
  k[j] = '\0';
}

/* Drops a bare statement (010) of the events [first, r->n_events) of
 * one sentence when the same source country has another event in the
 * sentence outside root 01.  "Uzbekistan said it was prepared to open
 * its airspace to U.S. aircraft", "Clinton lifted the embargo on
 * Vietnam, saying Hanoi's cooperation justified it": the act the
 * speaker reports or does is the news; the verb of saying adds an 010
 * whose target is often only a name in the reported clause.  (Our
 * coders' sets never pair an 010 with another act of the same source.)
 * Only drops entries. */
static void drop_redundant_statements(dyad_result *r, size_t first) {
  size_t d = first;
  while (d < r->n_events) {
    const dyad_event *D = &r->events[d];
    char kd[8], kp[8];
    int drop = 0;
    if (streq(D->code, "010")) {
      actor_key(D->source, kd);
      for (size_t p = first; p < r->n_events && !drop; p++) {
        const dyad_event *P = &r->events[p];
        if (p == d || (P->code[0] == '0' && P->code[1] == '1')) continue;
        actor_key(P->source, kp);
        drop = streq(kd, kp);
      }
    }
    if (!drop) {
      d++;
      continue;
    }
    drop_event(r, d);
  }
}

/* With require_dyad off: drops an event with no target (of the events
 * [first, r->n_events) of one sentence) whose verb stands in a clause of
 * time or cause ("..., almost five years after crowds burned down its
 * embassy"; no comma between the clause's opener and the verb) when a
 * verb before that opener gave an event with a target: the main clause
 * is the news, and PETRARCH codes such a clause under a verb it coded
 * into nothing of its own (petrarch-unit COMMA-06, COMMA-08, COMMA-10;
 * COMMA-11 and COMMA-12, whose verb above codes nothing, keep it).  With
 * require_dyad on (the default) no such event is made.  Only drops
 * entries. */
static void drop_background_nulls(const coder_ws *ws, dyad_result *r,
                                  size_t first) {
  static const char *const opener[] = {
      "after", "before", "since", "until", "when", "while", "because",
      "once", "whenever", "although", "though", NULL};
  const tag_token *T = ws->tag.tok;
  size_t d = first;
  while (d < r->n_events) {
    const dyad_event *D = &r->events[d];
    uint32_t vo = D->explain.verb_span.offset;
    size_t k = 0, at = SIZE_MAX;
    while (k < ws->tag.n && T[k].offset < vo) k++;
    while (D->target[0] == '\0' && k-- > 0 && !streq(ws->toks[k], ",") &&
           !streq(ws->toks[k], ";"))
      if (word_in_list(ws->toks[k], opener)) {
        at = k;
        break;
      }
    int drop = 0;
    for (size_t p = first; at != SIZE_MAX && p < r->n_events && !drop; p++)
      drop = p != d && r->events[p].target[0] &&
             r->events[p].explain.verb_span.offset < T[at].offset;
    if (!drop) {
      d++;
      continue;
    }
    drop_event(r, d);
  }
}

/* The country that drafted or sponsored the text of a resolution named
 * after token k ("a U.S.-drafted resolution", "the French-sponsored
 * draft"): the first hyphenated word at or after k, within 8 tokens,
 * ending in -drafted, -sponsored, -proposed or -authored, whose first
 * part the dictionary reads as a country, and whose noun phrase a text
 * noun ends within 3 tokens.  Returns the 3-letter code (in ws's dictionary) or
 * NULL. */
static const char *drafter_country(const dyad_dict *d, const coder_ws *ws,
                                   size_t k) {
  static const char *const suf[] = {"-drafted", "-sponsored", "-proposed",
                                    "-authored", NULL};
  static const char *const text[] = {"resolution", "resolutions", "draft",
                                     "motion", "text", "proposal", NULL};
  size_t n = ws->tag.n;
  for (size_t q = k; q < n && q < k + 8; q++) {
    if (!(ws->tag.tok[q].flags & TAG_F_HYPHEN)) continue;
    const char *w = ws->toks[q];
    size_t l = strlen(w), sl = 0;
    for (const char *const *p = suf; *p && !sl; p++) {
      size_t pl = strlen(*p);
      if (l > pl && strcmp(w + l - pl, *p) == 0) sl = pl;
    }
    if (sl == 0 || l - sl >= 40) continue;
    /* the text noun ends the noun phrase: "a U.S.-drafted Security
     * Council resolution" */
    int noun = 0;
    for (size_t t = q + 1; t < n && t <= q + 3 && !noun; t++) {
      noun = word_in_list(ws->toks[t], text);
      if (!noun && ws->ent_at[t] < 0 && !is_np_filler(&ws->tag.tok[t])) break;
    }
    if (!noun) continue;
    const char *code = hyphen_head_actor(d, ws, w, l - sl);
    if (code && strlen(code) == 3 && mention_country_code(code))
      return code;
  }
  return NULL;
}

/* "China and Russia vetoed a U.S.-drafted resolution at the Security
 * Council": a veto or a rejection (root 12) of a text that a country
 * drafted or sponsored is on that country (drafter_country), not on the
 * council that votes.  Rewrites the target of such events of the
 * sentence, [first, r->n_events), whose source is of another country.
 * Returns 0, or -1 on OOM. */
static int veto_drafter(const dyad_dict *d, const coder_ws *ws,
                        dyad_result *r, size_t first) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = first; k < r->n_events; k++) {
    dyad_event *E = &r->events[k];
    if (E->code[0] != '1' || E->code[1] != '2') continue;
    size_t v = 0;
    while (v < ws->tag.n && T[v].offset < E->explain.verb_span.offset) v++;
    const char *c = drafter_country(d, ws, v);
    if (c == NULL || strncmp(E->source, c, 3) == 0 ||
        strncmp(E->target, c, 3) == 0)
      continue;
    const char *t = result_strdup(r, c, 3);
    if (t == NULL) return -1;
    E->target = t;
    E->explain.target_entry = "";
  }
  return 0;
}

/* Verbs that halt an action named by a following gerund. */
static int is_halting_verb(const char *lemma) {
  static const char *const v[] = {"stop", "halt", "cease", "suspend"};
  for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
    if (streq(lemma, v[k])) return 1;
  return 0;
}

/* Does a subjunctive clause follow the verb group ending before ge
 * ("insisted that Hamas disarm", "that Russia should withdraw"): an
 * actor, then a verb group opening with a bare verb or should/must,
 * before any comma? */
static int subjunctive_clause(const coder_ws *ws, size_t ge) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ge;
  if (k < n && streq(ws->toks[k], "that")) k++;
  int actor = 0;
  for (; k < n; k++) {
    if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";")) return 0;
    if (ws->ent_at[k] >= 0) {
      actor = 1;
      continue;
    }
    if (T[k].pos == TAG_MD)
      return actor && (streq(ws->toks[k], "should") || streq(ws->toks[k], "must"));
    if (tag_is_verb(T[k].pos) || T[k].chunk == TAG_CH_VG)
      return actor && T[k].pos == TAG_VB;
  }
  return 0;
}

/* Does a destination ("to", "into", "near", "along" ...) follow in
 * tokens [a, b)? */
static int has_destination(const coder_ws *ws, size_t a, size_t b) {
  static const char *const dest[] = {"to",     "into",    "toward", "towards",
                                     "near",   "along",   "across", "at",
                                     "inside", "onto"};
  for (size_t k = a; k < b && k < ws->tag.n; k++)
    for (size_t j = 0; j < sizeof dest / sizeof dest[0]; j++)
      if (streq(ws->toks[k], dest[j])) return 1;
  return 0;
}

/* "Cao Gangchuan, the Defense Minister of China and Masahiko Komura of
 * Japan meet": in a mutual act of a group that spans several countries,
 * two members of one country are one side (often one person named
 * twice), not partners of each other.  Group g, members a and b. */
static int same_side(const coder_ws *ws, int32_t g, int32_t a, int32_t b) {
  const char *ca = ws->ent[a].actor, *cb = ws->ent[b].actor;
  if (ca == NULL || cb == NULL || strlen(ca) < 3 || strlen(cb) < 3 ||
      ca[0] == '-' || strncmp(ca, cb, 3) != 0)
    return 0;
  for (int32_t k = g; k >= 0; k = ws->ent[k].next) {
    const char *c = ws->ent[k].actor;
    if (c && strlen(c) >= 3 && c[0] != '-' && strncmp(c, ca, 3) != 0)
      return 1;
  }
  return 0;
}

/* The hub of a mutual act among many parties, or -1 for none.  "Russia,
 * Belarus, Kazakhstan, Armenia and Kyrgyzstan agree to ...": a coder
 * keeps the pairs of a meeting or an agreement of up to four parties,
 * but a longer list names a multilateral act, not n(n-1) bilateral ones.
 * With more than MUTUAL_PAIRS_MAX parties (countries or organisations,
 * by the first three letters of their codes) in compound group g, each
 * member is coded with the hub only (both ways): the first IGO named (the
 * framework of the act: "the EU and its members"), else the first-named
 * party (the host or convener, as lists are written).  2(n-1) events
 * instead of n(n-1). */
#define MUTUAL_PAIRS_MAX 4
static int32_t mutual_hub(const coder_ws *ws, int32_t g) {
  int32_t n = 0, igo = -1;
  for (int32_t k = g; k >= 0; k = ws->ent[k].next) {
    const char *c = ws->ent[k].actor;
    if (igo < 0 && c != NULL && strncmp(c, "IGO", 3) == 0) igo = k;
    /* parties, not names: "Hu Jintao, the Chinese defence minister and
     * the Japanese minister" are two (a code's first three letters) */
    int seen = 0;
    for (int32_t q = g; q != k && !seen; q = ws->ent[q].next) {
      const char *d = ws->ent[q].actor;
      seen = c != NULL && d != NULL && strlen(c) >= 3 && strlen(d) >= 3 &&
             c[0] != '-' && strncmp(c, d, 3) == 0;
    }
    n += !seen;
  }
  if (n <= MUTUAL_PAIRS_MAX) return -1;
  return igo >= 0 ? igo : g;
}

/* Does a verb coding `code` take the place where it happened as its
 * target when nothing else is?  Not statements (01) nor meetings and
 * talks (04) other than visits (042, 043): "speaking at a news
 * conference in Chile" is not to Chile, "talks in Cairo" are not with
 * Egypt; but "arrived in Seoul" (042), "detained protesters in Beijing"
 * (173) and "shelled towns in Donetsk" (19) are about the place. */
static int place_target_ok(const char *code) {
  if (code[0] != '0') return 1;
  if (code[1] == '1') return code[2] == '7';
  if (code[1] == '4') return code[2] == '2' || code[2] == '3';
  return 1;
}

/* The preposition governing the noun phrase that holds token f, through
 * chains of "of" and of phrases qualifying a common noun ("at the summit
 * of the Non-Aligned Movement", "amid talks with China": "at", "amid"),
 * or NULL when that noun phrase is in no prepositional phrase.  A place
 * or time phrase (at, in, during, amid, despite) ends the chain: "a
 * speech at a UN conference" is "at". */
static const char *governing_prep(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  for (int hops = 0; hops < 4; hops++) {
    size_t k = f;
    while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
                     T[k - 1].pos == TAG_RB))
      k--;
    if (k == 0 || T[k - 1].pos != TAG_IN) return NULL;
    /* "of", or a phrase after a common noun ("amid talks with China"),
     * qualifies that noun: go on to the noun's own phrase */
    const char *p = ws->toks[k - 1];
    if (k < 2 || streq(p, "at") || streq(p, "in") || streq(p, "during") ||
        streq(p, "amid") || streq(p, "despite") ||
        (!streq(p, "of") &&
         !((T[k - 2].pos == TAG_NN || T[k - 2].pos == TAG_NNS) &&
           ws->ent_at[k - 2] < 0)))
      return p;
    f = k - 2;
  }
  return NULL;
}

/* Does a gerund under from, on, for, against or over ("from entering",
 * "on importing", "for allegedly funding") stand in tokens [a, b)?  An
 * actor after it is that gerund's object.  ("by firing at targets in
 * Lebanon" names the means and "interest in buying Greenland" the
 * content: their objects may be the act's target.) */
static int gerund_clause_in(const coder_ws *ws, size_t a, size_t b) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = a; k < b && k < ws->tag.n; k++) {
    if (T[k].pos != TAG_VBG) continue;
    size_t p = role_gerund_head(ws, k, a);
    if (p != SIZE_MAX &&
        (streq(ws->toks[p], "from") || streq(ws->toks[p], "on") ||
         streq(ws->toks[p], "for") || streq(ws->toks[p], "against") ||
         streq(ws->toks[p], "over")))
      return 1;
  }
  return 0;
}

/* Actor-side checks of the roles role_assign chose for a verb coding
 * `code` with pattern choice pc:
 *   - a location ("convene at Sharm el-Sheikh, Egypt", "killed in
 *     fighting in Afghanistan") is never the source, unless a '$' slot
 *     of the pattern took it;
 *   - a venue of the act is the target only through a '+' slot or when
 *     the verb's code is about the place (place_target_ok); a place of
 *     a thing talked about ("warns of a crisis in Darfur") may be;
 *   - a country that only modifies an abstraction noun ("discusses a US
 *     draft resolution", "reiterates U.S. support") is no partner of a
 *     consultation (04), nor of an act of its own country's actor: one
 *     discusses a proposal, not its author (but force, roots 18-20, on
 *     "PKK positions" is on the PKK);
 *   - a default target in a circumstance phrase (amid, during, despite),
 *     at the venue of a statement or meeting (through "of" chains), or
 *     after a gerund under from/on/for/against/over in the complement
 *     (the gerund's object) is none.  ("raised its alert after North
 *     Korea fired": a cause after "after" may be the target.)
 * ve ends the verb.  A dropped role becomes -1. */
/* Does the noun phrase at token f stand after "in support of", "in
 * solidarity with", "in favour of" or "on behalf of"? */
static int on_behalf_of(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
    f--;
  if (f < 3) return 0;
  const char *p = ws->toks[f - 1], *h = ws->toks[f - 2], *o = ws->toks[f - 3];
  if (streq(p, "of"))
    return (streq(o, "in") && (streq(h, "support") || streq(h, "favour") ||
                               streq(h, "favor"))) ||
           (streq(o, "on") && streq(h, "behalf"));
  return streq(p, "with") && streq(h, "solidarity") && streq(o, "in");
}

/* Is group g a lone bare country naming a border near which something
 * is ("near the Afghan border", "close to the North Korean border"; not
 * "near the Iraqi border town of")? */
static int near_border(const coder_ws *ws, int32_t g) {
  const entity *E = &ws->ent[g];
  if (E->next >= 0 || E->actor == NULL || strlen(E->actor) != 3 ||
      E->pre[0] || E->post[0])
    return 0;
  size_t n = ws->tag.n, l = E->last + 1, f = E->first;
  if (l >= n || !(streq(ws->toks[l], "border") ||
                  streq(ws->toks[l], "frontier")))
    return 0;
  /* not "near the Iraqi border town of Siydah Khan": a town in Iraq */
  if (l + 1 < n && tag_is_noun(ws->tag.tok[l + 1].pos)) return 0;
  while (f > 0 && ws->tag.tok[f - 1].pos == TAG_DT) f--;
  return f > 0 && (streq(ws->toks[f - 1], "near") ||
                   (f > 1 && streq(ws->toks[f - 1], "to") &&
                    streq(ws->toks[f - 2], "close")));
}

/* Does the noun phrase at token f name the maker of an appeal, a call, a
 * plea, a request, a demand or pressure ("appeals from opposition
 * parties", "pressure from the European Union", "a
 * plea by the European Union": the noun, then "from" or "by", then
 * articles or adjectives)? */
static int appeal_maker(const coder_ws *ws, size_t f) {
  static const char *const noun[] = {"appeal", "appeals", "call", "calls",
                                     "plea", "pleas", "request", "requests",
                                     "demand", "demands", "pressure",
                                     NULL};
  const tag_token *T = ws->tag.tok;
  while (f > 0 && ws->ent_at[f - 1] < 0 &&
         (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
    f--;
  return f >= 2 &&
         (streq(ws->toks[f - 1], "from") || streq(ws->toks[f - 1], "by")) &&
         word_in_list(ws->toks[f - 2], noun);
}

static void actor_roles_filter(const coder_ws *ws, const pattern_choice *pc,
                               const char *code, size_t ve, int32_t *src,
                               int32_t *tgt) {
  /* a default target that is only a circumstance of the act: in a time
   * phrase ("amid a conflict with", "during talks with"), at a venue
   * of a statement or meeting ("at the summit of the Non-Aligned
   * Movement"), or the object of a gerund clause ("barring him from
   * entering China") */
  if (*tgt >= 0 && *tgt != pc->tgt) {
    static const char *const when[] = {"amid", "amidst", "during", "despite",
                                       NULL};
    size_t f = ws->ent[*tgt].first;
    const char *p = governing_prep(ws, f);
    int drop = 0;
    for (const char *const *w = when; p && *w && !drop; w++)
      drop = streq(p, *w);
    /* "refused to lift the ban despite a plea from the European Union":
     * the party whose appeal a refusal (root 12) defies is its target */
    if (drop && code[0] == '1' && code[1] == '2' && p[0] == 'd' &&
        appeal_maker(ws, f))
      drop = 0;
    if (p && streq(p, "at") && !place_target_ok(code)) drop = 1;
    if (f > ve && gerund_clause_in(ws, ve, f)) drop = 1;
    if (drop) *tgt = -1;
  }
  if (*src >= 0 && *src != pc->src && mention_group_place(ws, *src) &&
      !role_attack_modifier(ws, *src))
    *src = -1;
  if (*tgt >= 0 && *tgt != pc->tgt && mention_group_venue(ws, *tgt) &&
      !place_target_ok(code))
    *tgt = -1;
  /* "banned protests in support of Palestine", "plead guilty to running
   * a station on behalf of the Chinese Ministry": the one a thing is
   * done for is no target, but of aid, support, protest, accusation or
   * reduced relations (roots 03, 05, 11, 12, 14, 16) */
  int cr = code_root(code);
  if (*tgt >= 0 && *tgt != pc->tgt && cr >= 1 && cr != 3 && cr != 5 &&
      cr != 11 && cr != 12 && cr != 14 && cr != 16 &&
      on_behalf_of(ws, ws->ent[*tgt].first))
    *tgt = -1;
  /* "kills 15 insurgents near the Afghan border": a country whose border
   * is only near the place of a material act (roots 17-20) is where the
   * act did not happen (but for the source's own: "FARC rebels kill 12
   * soldiers near the Colombian border with Venezuela") */
  if (*tgt >= 0 && *tgt != pc->tgt && cr >= 17 && cr <= 20 &&
      near_border(ws, *tgt) &&
      !(*src >= 0 && ws->ent[*src].actor &&
        strncmp(ws->ent[*src].actor, ws->ent[*tgt].actor, 3) == 0))
    *tgt = -1;
  /* "endorses the report on the Gaza War": a country naming the topic
   * of a noun (mention_group_topic) is no target of words, cooperation
   * or protest (roots 01-14; a symbolic act, 017, honours the country:
   * "laid a wreath at the monument to the Warsaw Uprising") */
  if (*tgt >= 0 && *tgt != pc->tgt && code_root(code) >= 1 &&
      code_root(code) <= 14 && strncmp(code, "017", 3) != 0 &&
      mention_group_topic(ws, *tgt))
    *tgt = -1;
  /* ... but force (roots 18-20) aimed at "PKK positions" is aimed at
   * the PKK's military positions, not at a stance */
  int force = code_root(code) >= 18 && code_root(code) <= 20;
  if (*tgt >= 0 && *tgt != pc->tgt && !force &&
      mention_group_modifier(ws, *tgt)) {
    const char *sa = *src >= 0 ? ws->ent[*src].actor : NULL;
    const char *ta = ws->ent[*tgt].actor;
    if ((code[0] == '0' && code[1] == '4') ||
        (sa && strlen(sa) >= 3 && strncmp(sa, ta, 3) == 0))
      *tgt = -1;
  }
}

/* Is group g a crowd counted by the hundreds, thousands or millions
 * ("thousands of people", "tens of thousands of people": the agent
 * entries HUNDREDS_OF_PEOPLE and the like, CVL), or in figures ("50,000
 * people": mention_counted_crowd)? */
static int crowd_group(const coder_ws *ws, int32_t g) {
  static const char *const many[] = {"hundreds", "thousands", "millions",
                                     NULL};
  if (g < 0) return 0;
  size_t l = group_last(ws, g);
  /* the crowd may head a group with its place ("thousands of people in
   * Izmit") */
  for (size_t k = ws->ent[g].first; k <= l; k++)
    if (mention_counted_crowd(ws, k)) return 1;
  for (size_t k = ws->ent[g].first; k + 2 <= l; k++)
    if (word_in_list(ws->toks[k], many) && streq(ws->toks[k + 1], "of") &&
        streq(ws->toks[k + 2], "people") &&
        !(ws->tag.tok[k + 2].flags & TAG_F_CAP))
      return 1;
  return 0;
}

/* Is the event src>tgt (code, entities se, te; -1 if none) of a crowd
 * (crowd_group) one to drop: a crowd of no country as source or target,
 * or a bare state's violence (18-20) on a crowd, mostly a disaster that
 * hit the country ("floods hit Germany, forcing thousands of people from
 * their homes", "an earthquake struck Turkey, killing thousands of
 * people")? */
static int crowd_event_unfit(const coder_ws *ws, const char *src,
                             const char *tgt, const char *code, int32_t se,
                             int32_t te) {
  if (se >= 0 && strncmp(src, "---", 3) == 0 &&
      crowd_group(ws, ws->ent[se].group))
    return 1;
  if (te < 0 || !crowd_group(ws, ws->ent[te].group)) return 0;
  int violent = (code[0] == '1' && code[1] >= '8') || code[0] == '2';
  return strncmp(tgt, "---", 3) == 0 || (strlen(src) == 3 && violent);
}

/* A crowd (crowd_group) is a source only of a protest (14): "thousands
 * of people marched through London" (GBRCVL>GBR 141), not of a flight,
 * a gathering or mourning ("thousands of people fled the fighting",
 * "thousands of people attended the funeral"), which are no acts on
 * anyone.  As a target it is civilians ("delivered food to thousands of
 * people in Gaza").  emit drops an event whose crowd has no country.
 * Clears *src when it is a crowd in another act. */
static void crowd_roles_filter(const coder_ws *ws, const char *code,
                               int32_t *src) {
  int protest = code[0] == '1' && code[1] == '4';
  if (!protest && crowd_group(ws, *src)) *src = -1;
}

/* The first "and" or "but" in [a, b) that joins a second verb phrase to
 * the verb before a ("met Bashar al-Assad and signed an accord", "shelled
 * positions near Kharkiv and then attacked soldiers", "but rejected"):
 * the conjunction (adverbs may follow it) comes right before a verb
 * group that opens with a finite verb, or with a past participle the
 * tagger read for one, followed by no common noun or adjective ("and
 * wounded civilians" may be a noun phrase; "and attacked Israel" is a
 * verb).  Not two
 * verbs with nothing between ("shot and killed by X", "attack and burn
 * buses": one complement), nor a verb joined to another verb right
 * before the conjunction ("the contractors killed and mutilated"), nor
 * a seizure "and took hostages" (one act).  A present participle
 * with an actor and an infinitive after it, joined to a present
 * participle, is a second verb too ("ending the feud and prompting
 * Taiwan to sever ties").  Returns b when
 * there is none. */
static size_t coordinated_verb_at(const coder_ws *ws, size_t vs, size_t a,
                                  size_t b) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  int object = 0;  /* a word of the first verb's complement seen */
  /* "a train fire that killed 60 people and sparked riots", "a shooting
   * that killed 22 and injured 24": the first verb opens a relative
   * clause on a noun of an event, so a verb joined to it has no actor
   * subject (the one found further left, "Indian" or the main clause's
   * subject, is wrong); "the minister, who met X and signed" still
   * splits */
  size_t p = vs;
  while (p > 0 && T[p - 1].pos == TAG_RB) p--;
  if (p > 1 && (streq(ws->toks[p - 1], "which") ||
                streq(ws->toks[p - 1], "who") ||
                streq(ws->toks[p - 1], "that"))) {
    size_t h = p - 2;
    if (h > 0 && streq(ws->toks[h], ",")) h--;
    static const char *const event_noun[] = {
        "attack", "attacks", "bombing", "bombings", "blast", "blasts",
        "explosion", "explosions", "fire", "fires", "shooting", "shootings",
        "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
        "crash", "war", "clash", "clashes", "earthquake", "storm", "flood",
        "floods", "violence", "fighting", "offensive", "operation",
        "incident", "accident", "riot", "riots", "shelling", "ambush",
        "assault", "massacre", "killing", "killings", "rampage", NULL};
    for (const char *const *q = event_noun; *q; q++)
      if (streq(ws->toks[h], *q)) return b;
  }
  for (size_t k = a; k < b; k++) {
    const char *w = ws->toks[k];
    if (!(w[0] == 'a' && streq(w, "and")) && !(w[0] == 'b' && streq(w, "but"))) {
      if (T[k].pos != TAG_RB && !streq(w, ",")) object = 1;
      continue;
    }
    /* "shot and killed by", "attack and burn several buses": two verbs
     * with nothing between share their complement */
    if (!object) continue;
    size_t v = k + 1;
    while (v < n && T[v].pos == TAG_RB) v++;
    if (v >= n || T[v].chunk != TAG_CH_VG || !T[v].chunk_begin) continue;
    /* "seized a school in Beslan and took hundreds of children hostage":
     * a seizure with hostages taken is one hostage-taking (181) */
    if (streq(tag_lemma(&ws->tag, v), "take") ||
        streq(tag_lemma(&ws->tag, v), "hold")) {
      int hostage = 0;
      for (size_t q = v + 1; q < b && q < v + 8 && !hostage; q++)
        hostage = streq(ws->toks[q], "hostage") ||
                  streq(ws->toks[q], "hostages");
      if (hostage) continue;
    }
    /* "the contractors killed and mutilated": a verb right before the
     * conjunction is the one joined */
    size_t pk = k;
    if (pk > a && streq(ws->toks[pk - 1], ",")) pk--;
    if (pk > a && tag_is_verb(T[pk - 1].pos)) continue;
    /* "the illegal detention and torture of two citizens": a noun
     * joined to a noun, not a verb ("torture" read as VBP) */
    if ((T[v].pos == TAG_VBP || T[v].pos == TAG_VB) &&
        v + 1 < n && streq(ws->toks[v + 1], "of") &&
        (T[k - 1].pos == TAG_NN || T[k - 1].pos == TAG_NNS))
      continue;
    /* "shot by a guard and then attacked by bystanders": a participle
     * with its own "by" agent is passive, joined to a reduced passive */
    if ((T[v].pos == TAG_VBN || T[v].pos == TAG_VBD) && v + 1 < n &&
        streq(ws->toks[v + 1], "by"))
      continue;
    unsigned p = T[v].pos;
    if (p == TAG_VBD || p == TAG_VBZ || p == TAG_VBP || p == TAG_MD)
      return k;
    if (p == TAG_VBN && v + 1 < n && !tag_is_noun(T[v + 1].pos) &&
        !tag_is_adj(T[v + 1].pos))
      return k;
    if (p == TAG_VBN && v + 1 < n && T[v + 1].pos == TAG_NNP) return k;
    /* ", ending four decades of hostility and prompting Taiwan to sever
     * its ties": a participle joined to a participle */
    if (p == TAG_VBG && T[vs].pos == TAG_VBG && v + 1 < n &&
        ws->ent_at[v + 1] >= 0) {
      size_t gl = group_last(ws, ws->ent[ws->ent_at[v + 1]].group);
      if (gl + 1 < n && T[gl + 1].pos == TAG_TO) return k;
    }
  }
  return b;
}

/* Is the token at k in a passive verb group ("was convicted of X and
 * sentenced to", "is shot in the head and killed by": the verbs joined
 * to it are passive too, and share its "by" agent)? */
static int T_passive(const coder_ws *ws, size_t k) {
  const tag_token *t = &ws->tag.tok[k];
  return t->chunk == TAG_CH_VG && t->chunk_id < ws->tag.n_chunks &&
         (ws->tag.chunks[t->chunk_id].flags & TAG_VG_PASSIVE);
}

/* The matching window of the verb at tokens [vs, vs+len) whose verb
 * group ends at token ge: the complement ends at c->thi, and a pattern
 * reads up to a comma, a semicolon or a subordinate clause ("entered an
 * agreement after Turkey began an offensive"), but never short of the
 * complement (c->hi); words before the verb from token lo.  Fills *c
 * (other fields zero). */
static void verb_window(const dyad_dict *d, coder_ws *ws, size_t vs,
                        size_t len, size_t ge, size_t lo, mctx *c) {
  size_t n = ws->tag.n;
  memset(c, 0, sizeof *c);
  c->d = d;
  c->ws = ws;
  c->vs = vs;
  c->ve = vs + len;
  c->thi = role_complement_end(ws, ge - 1, 0);
  if (c->thi < c->ve) c->thi = c->ve;
  c->hi = c->ve;
  while (c->hi < n &&
         !(streq(ws->toks[c->hi], ",") && !role_list_comma(ws, c->hi)) &&
         !streq(ws->toks[c->hi], ";") && !role_subclause_at(ws, c->hi))
    c->hi++;
  if (c->hi < c->thi) c->hi = c->thi;
  /* "met his Syrian counterpart and signed a trade accord with Syria":
   * a second verb phrase joined by "and" is coded on its own, so no
   * pattern of the first verb reads its words (not after a passive,
   * whose "by" agent may come after the second verb) */
  size_t cv = c->hi;
  if (!(ge > 0 && T_passive(ws, ge - 1)))
    cv = coordinated_verb_at(ws, vs, c->ve, c->hi);
  if (cv < c->hi) {
    c->hi = cv;
    if (c->thi > cv) c->thi = cv;
  }
  /* "Clinton announced that Israel and Syria would resume peace talks":
   * a clause a speech verb reports after "that" ("announced on Wednesday
   * that") whose subject is a named actor is coded by its own verb, so no
   * pattern of the speech verb reads its words (with a pronoun, "the
   * country" or the speaker's own country as the clause's subject the
   * speaker's verb still codes it: "announces that the country will
   * impose sanctions on Russia") */
  size_t th = c->ve;
  while (th < n && ws->tag.tok[th].pos == TAG_RB) th++;
  if (th + 2 < n && streq(ws->toks[th], "on") &&
      mention_is_weekday(ws->toks[th + 1]))
    th += 2;
  size_t sj = th + 1;
  while (sj < n && ws->tag.tok[sj].pos == TAG_DT) sj++;
  if (th < c->hi && sj < n && streq(ws->toks[th], "that") &&
      ws->ent_at[sj] >= 0 && ws->ent[ws->ent_at[sj]].actor != NULL &&
      is_speech_verb(tag_lemma(&ws->tag, vs)) &&
      role_indicative_clause(ws, th)) {
    /* the nearest actor before the verb, the speaker: one of the
     * clause subject's own country announces its state's acts ("Prayut
     * announces that Thailand will lift its emergency decree"), which
     * the speech verb's patterns code */
    const char *sa = ws->ent[ws->ent_at[sj]].actor, *sp = NULL;
    for (size_t k = vs; k > 0 && sp == NULL; k--) {
      if (streq(ws->toks[k - 1], ";")) break;
      int32_t e = ws->ent_at[k - 1];
      if (e >= 0) sp = ws->ent[e].actor;
    }
    if (sp == NULL || strncmp(sp, sa, 3) != 0) {
      c->hi = th;
      if (c->thi > th) c->thi = th;
    }
  }
  c->lo = lo;
}

/* The code of the embedded verb of a control construction at token emb
 * ("threatened to expel the ambassador", "agreed to hold talks"), as its
 * own block's patterns read it after the verb ("* AMBASSADOR" 161 rather
 * than the form's 174): the words before it belong to the framing verb,
 * so no pattern part before '*' may match.  Returns the code (a
 * dictionary or arena string; "---" when the pattern says the act is no
 * event), NULL on OOM.  *end gets the token after the pattern's last
 * post-verb word (the verb's end when it read none). */
static const char *embedded_code(const dyad_engine *e, coder_ws *ws,
                                 dyad_result *r, size_t emb, size_t *end) {
  const dyad_dict *d = e->dict;
  const tok_hits *eh = &ws->hits[emb];
  const dict_verb_form *f = eh->vf;
  const dict_verb *v = eh->vv;
  size_t len = eh->vm.len;
  verb_group vg;
  role_verb_group(ws, emb, len, &vg);
  mctx c;
  verb_window(d, ws, emb, len, vg.ge, emb, &c);
  pattern_choice pc;
  if (pattern_choose(e, ws, r, &c, f, v, &pc)) return NULL;
  *end = pc.pat != NULL ? pc.end : c.ve;
  return pc.code;
}

/* Could token k be part of a person's name: a capitalised proper noun
 * ("Rabin", "Yassin"; the lexicon knows many names, so it is not
 * asked)? */
static int name_token(const coder_ws *ws, size_t k) {
  const tag_token *t = &ws->tag.tok[k];
  return (t->flags & TAG_F_CAP) && !(t->flags & TAG_F_DIGIT) &&
         (t->pos == TAG_NNP || t->pos == TAG_NNPS);
}

/* Is some member of target group g a person of the dictionary's people
 * files (an entry of a file under "people/") named by two name tokens or
 * more that end its noun phrase ("Yitzhak Rabin", "Osama bin Laden",
 * "Hamas founder Sheikh Ahmed Yassin"), with a country and a sector
 * (ISRGOV, PAKOPP)?  Not when a capitalised word follows: the name then
 * begins another's ("the Queen Elizabeth National Park"); not a surname
 * alone, which names firms and places as often; not a person in a
 * prepositional phrase or an owner, whose guards or kin were killed
 * ("two bodyguards of Mahmoud Abbas", "Gaddafi's son").  With `inner`,
 * a member whose actor is an organisation's may be such a person too,
 * by a people-file mention of its own that ends it ("Hamas founder
 * Sheikh Ahmed Yassin"). */
static int named_person_group(const dyad_dict *d, const coder_ws *ws,
                              int32_t g, int inner) {
  size_t n = ws->tag.n;
  for (int32_t m = g; m >= 0; m = ws->ent[m].next) {
    const entity *E = &ws->ent[m];
    if (E->virt || E->place || E->actor == NULL || strlen(E->actor) < 6 ||
        E->actor[0] == '-' || E->last <= E->first ||
        E->actor_phrase == DICT_NONE || mention_in_pp(ws, E->first))
      continue;
    const dict_phrase *ph = dict_phrase_at(d, E->actor_phrase);
    const char *file = ph ? dict_file_name(d, ph->file) : NULL;
    if (inner && file != NULL && strstr(file, "people/") == NULL) {
      /* "Hamas founder Sheikh Ahmed Yassin": the group's code is Hamas',
       * the person an actor mention of its own ending the phrase */
      file = NULL;
      for (size_t q = 0; q < ws->n_ment; q++) {
        const mention *mm = &ws->ment[q];
        if (mm->first > E->last) break;
        if (mm->is_agent || mm->first <= E->first ||
            mm->first + mm->len - 1 != E->last)
          continue;
        const dict_phrase *p2 = dict_phrase_at(d, mm->phrase);
        const char *f2 = p2 ? dict_file_name(d, p2->file) : NULL;
        if (f2 != NULL && strstr(f2, "people/") != NULL) {
          ph = p2;
          file = f2;
          break;
        }
      }
    }
    if (file == NULL || strstr(file, "people/") == NULL) continue;
    /* the entry's last word ends the noun phrase: "Marshal Fahim
     * National Defense University" is a place */
    size_t l = E->last, p = l - 1;
    const char *w = dict_str(d, ph->words), *sp = strrchr(w, ' ');
    if (!streq(sp ? sp + 1 : w, ws->toks[l])) continue;
    /* "Gaddafi's son", "two bodyguards of Mahmoud Abbas": the person
     * owns the victims */
    if (l + 1 < n && ws->tag.tok[l + 1].pos == TAG_POS) continue;
    size_t b = ws->ent[ws->ent[m].group].first;
    while (b > 0 && (ws->tag.tok[b - 1].pos == TAG_DT ||
                     tag_is_adj(ws->tag.tok[b - 1].pos) ||
                     tag_is_noun(ws->tag.tok[b - 1].pos)))
      b--;
    static const char *const owner_prep[] = {"of", "to", "for", "with",
                                             "from", NULL};
    if (b > 0 && word_in_list(ws->toks[b - 1], owner_prep)) continue;
    if (!name_token(ws, l) || (l + 1 < n && name_token(ws, l + 1))) continue;
    /* "bin", "al", "de": a lowercase particle inside the name */
    if (!name_token(ws, p) && p > E->first &&
        !(ws->tag.tok[p].flags & TAG_F_CAP) && strlen(ws->toks[p]) <= 3)
      p--;
    if (name_token(ws, p)) return 1;
  }
  return 0;
}

/* "Israeli Prime Minister Yitzhak Rabin was shot dead by a Jewish
 * extremist", "Israeli helicopters killed Sheikh Ahmed Yassin", "a
 * suicide bomber killed President Premadasa": killing a named person is
 * an assassination (186), whatever the weapon, as
 * CAMEO defines it (a specific individual killed).  The verb at token i
 * must say that the person died (kill, murder, assassinate, "shot dead",
 * "gunned down"); code is the act's code (assault, bombing or fight:
 * roots 18-19, not 185 nor sexual violence) and tgt its target group;
 * not an infinitive ("a plot to kill") nor a participle before its noun
 * ("the murdered journalist").  A person named after an organisation
 * ("Hamas founder Sheikh Ahmed Yassin": the group's code is Hamas') counts
 * only when src and tgt are of different countries (a leader killed by
 * his own state's troops fell in its fighting, 19x; src is -1 for a
 * passive whose agent names no actor).  Returns 1 when the act is an
 * assassination. */
static int killed_person(const dyad_dict *d, const coder_ws *ws,
                         const char *code, size_t i, int32_t src,
                         int32_t tgt) {
  if (tgt < 0 || code[0] != '1' || !(code[1] == '8' || code[1] == '9') ||
      strchr(code, ':') || streq(code, "185") || streq(code, "186") ||
      strncmp(code, "182", 3) == 0)
    return 0;
  const char *l = tag_lemma(&ws->tag, i);
  size_t n = ws->tag.n;
  const tag_token *T = ws->tag.tok;
  /* "a plot to kill", "Pakistan's murdered ex-Prime Minister" */
  if (T[i].pos == TAG_VB ||
      (i > 0 && (T[i - 1].pos == TAG_POS || T[i - 1].pos == TAG_DT)))
    return 0;
  const char *nx = i + 1 < n ? ws->toks[i + 1] : "";
  if (!(streq(l, "kill") || streq(l, "murder") || streq(l, "assassinate") ||
        (streq(l, "shoot") && streq(nx, "dead")) ||
        (streq(l, "gun") && streq(nx, "down"))))
    return 0;
  /* a person named after an organisation ("Hamas founder Sheikh Ahmed
   * Yassin") counts when killed by another country ("Israeli helicopters
   * killed ..."); one killed by its own state's forces ("troops killed
   * Tamil Tiger leader Velupillai Prabhakaran") fell in the fighting */
  char sc[CODE_MAX], tc[CODE_MAX];
  int inner = src >= 0 && mention_entity_code(ws, src, 0, sc, NULL) &&
              mention_entity_code(ws, tgt, 0, tc, NULL) && strlen(sc) >= 3 &&
              strlen(tc) >= 3 && sc[0] != '-' && tc[0] != '-' &&
              memcmp(sc, tc, 3) != 0;
  return named_person_group(d, ws, ws->ent[tgt].group, inner);
}

/* CAMEO's usage notes for 026-028: an appeal for talks, a settlement or
 * mediation made by a party to them is that party's own intent (036-038).
 * For code (an appeal, 026/027/028) with source group src and target
 * group tgt, the intent code when the sentence shows the source a party:
 * talks proposed with the target itself ("proposes talks with the United
 * States", "calls for dialogue with Spain": 036), a settlement called for
 * inside the source's own country ("Yeltsin called for a political
 * settlement in Chechnya": 037), a mediator asked for by name ("called for
 * U.S. mediation", "asks China to help mediate": 038).  NULL otherwise. */
static const char *party_appeal_code(const coder_ws *ws, const char *code,
                                     int32_t src, int32_t tgt) {
  if (src < 0 || tgt < 0 || code[0] != '0' || code[1] != '2' ||
      code[2] < '6' || code[2] > '8' || code[3] != '\0')
    return NULL;
  size_t n = ws->tag.n;
  size_t tf = ws->ent[ws->ent[tgt].group].first;
  size_t tl = group_last(ws, ws->ent[tgt].group);
  if (code[2] == '6')
    return tf > 0 && streq(ws->toks[tf - 1], "with") ? "036" : NULL;
  if (code[2] == '8') {
    const char *a = tl + 1 < n ? ws->toks[tl + 1] : "";
    const char *b = tl + 2 < n ? ws->toks[tl + 2] : "";
    return streq(a, "mediation") ||
                   (streq(a, "to") && (streq(b, "mediate") || streq(b, "help")))
               ? "038"
               : NULL;
  }
  char sc[CODE_MAX], tc[CODE_MAX];
  if (!mention_entity_code(ws, src, 0, sc, NULL) ||
      !mention_entity_code(ws, tgt, 0, tc, NULL) ||
      !mention_country_code(sc) || !mention_country_code(tc))
    return NULL;
  return memcmp(sc, tc, 3) == 0 ? "037" : NULL;
}

/* "Syrian rebels seized Damascus", "Al-Shabaab seizes Hudur, Somalia": is
 * the object of the verb ending at token ve (a determiner aside) the name
 * of a state or of a place coded as one (group tgt: one entity with a
 * 3-letter code, opening with a proper noun, no noun after it: not
 * "seized Iranian arms", "seized a British tanker"; of a compound, its
 * first member)?  Seizing it is taking territory (192), not property
 * (171). */
static int seized_territory(const coder_ws *ws, size_t ve, int32_t tgt) {
  char c[CODE_MAX];
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ve;
  if (tgt < 0) return 0;
  if (k < n && T[k].pos == TAG_DT) k++;
  const entity *E = &ws->ent[tgt];
  if (E->first != k || T[k].pos != TAG_NNP ||
      !mention_entity_code(ws, tgt, 0, c, NULL) || strlen(c) != 3)
    return 0;
  size_t l = E->last + 1;
  return !(l < n && (tag_is_noun(T[l].pos) || ws->ent_at[l] >= 0));
}

/* Is entity group g one country's settlers or civilians, a single actor
 * ("an Israeli settler": ISRSET, "villagers": ---CVL), people with no
 * armed organisation? */
static int civilian_group(const coder_ws *ws, int32_t g) {
  char c[CODE_MAX];
  if (ws->ent[g].next >= 0 || !mention_entity_code(ws, g, 0, c, NULL) ||
      strlen(c) != 6)
    return 0;
  return memcmp(c + 3, "SET", 3) == 0 || memcmp(c + 3, "CVL", 3) == 0;
}

/* Is entity group g one country's police ("French police": FRACOP)? */
static int police_group(const coder_ws *ws, int32_t g) {
  char c[CODE_MAX];
  if (ws->ent[g].next >= 0 || !mention_entity_code(ws, g, 0, c, NULL))
    return 0;
  return strlen(c) >= 6 && c[0] != '-' && memcmp(c + 3, "COP", 3) == 0;
}

/* The speaker of the speech verb that reports the clause whose passive
 * subject is group tg, its verb group starting at gs: "de Klerk said
 * (that) Nelson Mandela would be freed soon" (de Klerk).  The subject
 * must end right before gs and the speech verb (say, announce ... or
 * declare, confirm, pledge, promise, vow) end right before the subject,
 * "that" aside.  Returns the speaker's group, or -1 (also when it is
 * tg). */
static int32_t passive_promiser(const coder_ws *ws, int32_t tg, size_t gs) {
  static const char *const declare[] = {"declare", "confirm", "pledge",
                                        "promise", "vow", NULL};
  const tag_token *T = ws->tag.tok;
  if (group_last(ws, tg) + 1 != gs) return -1;
  size_t f = ws->ent[tg].first;
  while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
    f--;
  if (f > 0 && streq(ws->toks[f - 1], "that")) f--;
  if (f == 0 || T[f - 1].chunk != TAG_CH_VG ||
      T[f - 1].chunk_id >= ws->tag.n_chunks)
    return -1;
  const tag_chunk *ch = &ws->tag.chunks[T[f - 1].chunk_id];
  const char *l = tag_lemma(&ws->tag, ch->head);
  if (!is_speech_verb(l) && !word_in_list(l, declare)) return -1;
  int32_t sp = role_reaction_target(ws, ch->first);
  return sp == tg ? -1 : sp;
}

/* Is the verb at token i one that sets off a device ("exploded a
 * nuclear device": a test), not one that uses a weapon on someone ("use
 * nuclear weapons", "launched a nuclear strike")? */
static int nuclear_test(const coder_ws *ws, size_t i) {
  static const char *const v[] = {"detonate", "explode", "blow", "set",
                                  NULL};
  const char *l = tag_lemma(&ws->tag, i);
  for (const char *const *p = v; l && *p; p++)
    if (streq(l, *p)) return 1;
  return 0;
}

/* "Palestinian prisoners in Israeli jails": the group of the other
 * country's actor that qualifies a place of detention (jail, prison,
 * detention, custody, camp) right after source group s, or -1. */
static int32_t held_in(const coder_ws *ws, int32_t s) {
  static const char *const held[] = {"jail", "jails", "prison", "prisons",
                                     "detention", "custody", "camp",
                                     "camps", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = group_last(ws, s) + 1;
  if (k + 2 >= n || !streq(ws->toks[k], "in")) return -1;
  k++;
  while (k < n && T[k].pos == TAG_DT) k++;
  if (k + 1 >= n || ws->ent_at[k] < 0) return -1;
  int32_t g = ws->ent[ws->ent_at[k]].group;
  size_t l = group_last(ws, g) + 1;
  if (l >= n || !word_in_list(ws->toks[l], held)) return -1;
  const char *a = ws->ent[g].actor, *b = ws->ent[s].actor;
  if (a == NULL || !mention_country_code(a) ||
      (b != NULL && strncmp(a, b, 3) == 0))
    return -1;
  return g;
}

/* The target of a resignation (0831) by source group s from target group
 * t: -1 when t is the office left, named after "as" and of the source's
 * own country ("Barnier resigns as Prime Minister of France": FRAGOV
 * leaving FRA's office), or the superior it is handed to, after "to" and
 * coded exactly as the source ("submits his resignation to President
 * Peres": ISRGOV and ISRGOV), so that no target is named; t otherwise. */
static int32_t office_left(const coder_ws *ws, int32_t s, int32_t t) {
  const char *a = ws->ent[s].actor, *b = ws->ent[t].actor;
  size_t k = ws->ent[t].first;
  if (a == NULL || b == NULL || k < 2 || strncmp(a, b, 3) != 0) return t;
  if (streq(ws->toks[k - 1], "to")) return streq(a, b) ? -1 : t;
  if (streq(ws->toks[k - 1], "the")) k--;
  return k >= 2 && streq(ws->toks[k - 1], "as") ? -1 : t;
}

/* Is the verb at token i a passive participle: tagged VBN with no form
 * of "have" before it (past adverbs: "have now captured" is active)?
 * "two soldiers captured in a raid", "Ocalan, captured by commandos". */
static int passive_participle(const coder_ws *ws, size_t i) {
  static const char *const have[] = {"have", "has", "had", "having", NULL};
  if (ws->tag.tok[i].pos != TAG_VBN) return 0;
  size_t k = i;
  while (k > 0 && ws->tag.tok[k - 1].pos == TAG_RB) k--;
  return !(k > 0 && word_in_list(ws->toks[k - 1], have));
}

/* The own country as target, when a verb coded `code` (no reverse code)
 * has a source group src and names no target: the dictionary's code
 * options (src/dict/codeset.h, defaults and examples in
 * data/dict/dyad.options) say which codes, and the conditions are here:
 *   own_country_target_codes: any source ("Bangladesh authorities
 *     imposed a curfew": BGDGOV>BGD 1721); qualifier /framed: only when
 *     a control verb frames the act (framed: "promised to step down"),
 *     /undirected: only with no destination after the verb (tokens ve ..
 *     cend: "deployed ships to the South China Sea" is no mobilisation at
 *     home), /device: only when the verb at token i sets off a device
 *     (nuclear_test), /done: only when the act is reported as done: no
 *     control verb frames it and the verb at token i is no bare infinitive
 *     ("resigned", not "forced him to resign", "expected to step down"),
 *     by a political source (checked on the source's code in
 *     emit_groups: political_source, not a company's chief);
 *   own_country_target_people_codes: a people or civil sector (civil_code,
 *     in emit_groups: "Thousands of Israelis protested": ISRCVL>ISR), or
 *     the state that holds them when the source is held in another
 *     country's jails (held_in: "Palestinian prisoners in Israeli jails
 *     began a hunger strike": PSE>ISR), written into *tgt;
 *   own_country_target_rebel_codes: rebels, separatists, insurgents, or
 *     police and courts ("RUF rebels raped scores of women": SLEREB>SLE);
 *     qualifier /active: not when the verb at token i is a passive
 *     participle (passive_participle: "soldiers captured in a raid");
 *   own_country_target_police_codes: police and courts (home_organ:
 *     "Indian police killed nine people": INDCOP>IND); qualifier
 *     /not_station: not when the verb word is "station(s)", a noun read
 *     as the verb ("police station").
 * Lists are tried in that order; a code of both the people's and the
 * rebels' lists is either's ("Kurdish rebel leaders demanded full
 * autonomy": IRQREB>IRQ 1044).  Returns verb_hit.domestic: 1 any
 * source, 2 a people, 3 police and courts, 4 those or rebels, 5 a
 * political source (/done), 6 a people or rebels, or 0. */
static int own_country_target(const dyad_engine *e, const coder_ws *ws,
                              const char *code, size_t i, int framed,
                              size_t ve, size_t cend, int32_t src,
                              int32_t *tgt) {
  size_t n = strlen(code);
  const codeset_item *it =
      codeset_match(&e->codes[CODESET_OWN_TARGET], code, n);
  if (it != NULL &&
      (it->qual == 0 || (it->qual == CODESET_Q_FRAMED && framed) ||
       (it->qual == CODESET_Q_UNDIRECTED && !has_destination(ws, ve, cend)) ||
       (it->qual == CODESET_Q_DEVICE && nuclear_test(ws, i))))
    return 1;
  if (it != NULL && it->qual == CODESET_Q_DONE && !framed &&
      ws->tag.tok[i].pos != TAG_VB)
    return 5;
  int participle = bare_participle(ws, i);
  it = codeset_match(&e->codes[CODESET_OWN_TARGET_PEOPLE], code, n);
  if (it != NULL &&
      !(it->qual == CODESET_Q_NO_PARTICIPLE && participle)) {
    int32_t g = held_in(ws, src);
    if (g >= 0) {
      *tgt = g;
      return 0;
    }
    return codeset_match(&e->codes[CODESET_OWN_TARGET_REBEL], code, n) ? 6
                                                                       : 2;
  }
  it = codeset_match(&e->codes[CODESET_OWN_TARGET_REBEL], code, n);
  if (it != NULL && !(it->qual == CODESET_Q_NO_PARTICIPLE && participle) &&
      !(it->qual == CODESET_Q_REBEL_ACTIVE && passive_participle(ws, i)))
    return 4;
  it = codeset_match(&e->codes[CODESET_OWN_TARGET_POLICE], code, n);
  if (it != NULL &&
      !(it->qual == CODESET_Q_NOT_STATION &&
        (streq(ws->toks[i], "station") || streq(ws->toks[i], "stations"))))
    return 3;
  return 0;
}

/* Codes the verb at token i (form and block given): picks its pattern
 * (pattern.c), settles a control verb whose embedded verb is at emb
 * (SIZE_MAX if none, code emb_code), finds source and target (role.c) and
 * emits the events into r.  Returns 0, -1 on OOM, or 1 when a control verb
 * gives no event of its own (the caller codes the embedded verb). */
/* The group of the party across a border named in tokens [a, b) ("the
 * border with Pakistan", "the Colombian border", "its borders with
 * Turkey"), other than group not_g; -1 if none. */
static int32_t border_party(const coder_ws *ws, int32_t not_g, size_t a,
                            size_t b) {
  size_t n = ws->tag.n;
  for (size_t k = a; k < b && k < n; k++) {
    const char *w = ws->toks[k];
    if (!streq(w, "border") && !streq(w, "borders") && !streq(w, "frontier"))
      continue;
    int32_t e = -1;
    if (k + 2 < n && streq(ws->toks[k + 1], "with")) e = ws->ent_at[k + 2];
    else if (k > 0) e = ws->ent_at[k - 1];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    if (g != not_g && ws->ent[g].actor != NULL) return g;
  }
  return -1;
}

/* Is there a "by" or "under" in tokens [a, b) ("deployed to the coast
 * by the U.S. Navy", "deployed under the Trump administration")? */
static int by_before(const coder_ws *ws, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (streq(ws->toks[k], "by") || streq(ws->toks[k], "under")) return 1;
  return 0;
}

/* Capture and seizure verbs whose object may be people or land. */
static const char *const take_verbs[] = {"capture", "seize", "kidnap",
                                         "abduct", "snatch", "overrun",
                                         "recapture", NULL};


/* Is the verb at token i a bare past participle of capture or seizure
 * (take_verbs) coded as an abduction (181), an arrest (173: the taker
 * read as the one taken) or an occupation (192), with
 * "by" and an actor right after it (token ve on): "two soldiers
 * captured by Hezbollah guerrillas", "territory seized by Eritrean
 * troops"? */
static int taken_by(const coder_ws *ws, size_t i, size_t ve,
                    const char *code) {
  const tag_token *T = ws->tag.tok;
  if (strncmp(code, "181", 3) != 0 && strncmp(code, "192", 3) != 0 &&
      strncmp(code, "173", 3) != 0)
    return 0;
  if (T[i].pos != TAG_VBN || !word_in_list(tag_lemma(&ws->tag, i), take_verbs))
    return 0;
  return by_agent_group(ws, ve) >= 0;
}

/* Is the verb at token i a bare past participle of coercion, force or
 * assault (code roots 17 to 19, not a blockade or an occupation, 191
 * and 192, which go on for years: "territories occupied by Israel since
 * 1967") with "by" and an actor right after it (token ve on): "a Syrian
 * site bombed by Israel", "a Canadian engineer detained by Chinese
 * police"?  Such a reduced relative reports a past act of its own. */
static int struck_by(const coder_ws *ws, size_t i, size_t ve,
                     const char *code) {
  const tag_token *T = ws->tag.tok;
  if (!(code[0] == '1' && code[1] >= '7' && code[1] <= '9') ||
      strncmp(code, "191", 3) == 0 || strncmp(code, "192", 3) == 0)
    return 0;
  if (T[i].pos != TAG_VBN) return 0;
  int32_t g = by_agent_group(ws, ve);
  if (g < 0) return 0;
  /* the noun phrase it describes names its patient ("a Syrian site",
   * not "a village", whose actor would be guessed from afar) */
  size_t k = i;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  for (; k > 0 && (ws->ent_at[k - 1] >= 0 || tag_is_noun(T[k - 1].pos) ||
                   tag_is_adj(T[k - 1].pos) || T[k - 1].pos == TAG_DT ||
                   T[k - 1].pos == TAG_CD);
       k--)
    if (ws->ent_at[k - 1] >= 0 && ws->ent[ws->ent_at[k - 1]].actor != NULL &&
        ws->ent[ws->ent_at[k - 1]].group != g)
      return 1;
  return 0;
}

/* Is the verb at token i a past participle of criticism or accusation
 * (111, 112) in apposition after a comma, with "by" and an actor right
 * after it (token ve on), describing an actor right before the comma:
 * "Iran, accused by Israel of arming militants, denied the charge"?  The
 * accusation is reported as made: the agent accuses that actor. */
static int faulted_by(const coder_ws *ws, size_t i, size_t ve,
                      const char *code) {
  const tag_token *T = ws->tag.tok;
  if (strncmp(code, "111", 3) != 0 && strncmp(code, "112", 3) != 0)
    return 0;
  if (T[i].pos != TAG_VBN || i < 2 || !streq(ws->toks[i - 1], ",") ||
      ws->ent_at[i - 2] < 0 || ws->ent[ws->ent_at[i - 2]].actor == NULL)
    return 0;
  int32_t g = by_agent_group(ws, ve);
  return g >= 0 && ws->ent[ws->ent_at[i - 2]].group != g;
}

/* Is group g, the patient of a capture verb (take_verbs), people (its
 * last word soldier(s), hostage(s), troops, pilot(s), civilians,
 * tourists, journalists ...), whom a capture takes prisoner rather than
 * occupies? */
static int taken_people(const coder_ws *ws, int32_t g) {
  static const char *const people[] = {
      "soldier", "soldiers", "troops", "serviceman", "servicemen",
      "marines", "sailors", "pilot", "pilots", "hostage", "hostages",
      "civilians", "tourists", "journalists", "workers", "officers",
      "policemen", "diplomats", NULL};
  return word_in_list(ws->toks[group_last(ws, g)], people);
}

/* Is group g, the object of the verb group ending at ge, a person or a
 * group of people taken: right after the verb (articles, adjectives,
 * numbers, possessives between), the head of its noun phrase (not
 * "Taliban positions"), no place, and coded with a sector ("a Hamas
 * leader": PSEREBHMS) or named by a noun of people taken_people knows? */
static int taken_person(const coder_ws *ws, size_t ge, int32_t g) {
  /* places, buildings, media and vehicles an agent names ("seized state
   * television", "captured the presidential palace", "the Saddam
   * International Airport", "an Iranian Boeing 747") */
  static const char *const things[] = {
      "ministry", "palace", "headquarters", "television", "radio",
      "station", "agency", "building", "base", "hospital", "airport",
      "office", "offices", "compound", "embassy", "parliament", "vehicle",
      "vehicles", "jet", "jets", "ship", "ships", "carrier", "frigate",
      "vessel", "tanker", "aircraft", "plane", "boat", "settlement",
      "settlements", "capital", "boeing", "airbus", "falcon", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, f = ws->ent[g].first, l = group_last(ws, g);
  if (f < ge || ws->ent[g].place) return 0;
  /* "an escaped prisoner": a participle before the noun is an
   * adjective */
  for (size_t k = ge; k < f; k++)
    if (T[k].pos != TAG_DT && T[k].pos != TAG_CD && T[k].pos != TAG_PRPS &&
        !tag_is_adj(T[k].pos) && T[k].pos != TAG_VBN)
      return 0;
  for (size_t k = f; k <= l; k++)
    if (word_in_list(ws->toks[k], things)) return 0;
  /* not the owner of what follows ("Gbagbo's Presidential Palace", "the
   * Tamil Tigers' capital", "Taliban positions"); a name after a title
   * is the person ("Minister Wasfi Kabha"), unless it names a thing */
  /* "José Macías, the leader of the cartel and Ecuador's most wanted
   * criminal": an apposition after the first name ends its noun phrase;
   * an owner after it is the apposition's */
  int appos = ws->ent[g].last + 1 < n && streq(ws->toks[ws->ent[g].last + 1],
                                               ",");
  if (!appos && l + 1 < n &&
      (T[l + 1].pos == TAG_NN || T[l + 1].pos == TAG_NNS ||
       T[l + 1].type == TAG_T_POSSESSIVE))
    return 0;
  for (size_t k = l + 1; k < n && k < l + 5 && T[k].pos == TAG_NNP; k++)
    if (word_in_list(ws->toks[k], things)) return 0;
  char pb[CODE_MAX];
  if (taken_people(ws, g)) return 1;
  return mention_entity_code(ws, g, 0, pb, NULL) && strlen(pb) > 3;
}

/* Who holds the people of group g ("prisoners held by Israel", "the
 * hostages kidnapped by the FARC", "detainees in Israeli jails", "in
 * Iraqi custody"): the actor named after a participle of holding and
 * "by", or the adjective of a jail or custody noun after "in"; -1 if
 * none. */
static int32_t release_holder(const coder_ws *ws, int32_t g) {
  static const char *const held[] = {
      "hold", "detain", "jail", "imprison", "kidnap", "abduct", "capture",
      "arrest", "keep", "seize", NULL};
  static const char *const jails[] = {
      "jail", "jails", "prison", "prisons", "custody", "detention",
      "captivity", NULL};
  size_t n = ws->tag.n, k = group_last(ws, g) + 1;
  if (k + 1 < n && ws->tag.tok[k].pos == TAG_VBN &&
      word_in_list(tag_lemma(&ws->tag, k), held)) {
    int32_t d = role_by_doer(ws, k + 1);
    if (d >= 0) return d;
    k++;  /* "held in Israeli jails" */
  }
  if (k + 2 < n && streq(ws->toks[k], "in")) {
    int32_t e = ws->ent_at[k + 1];
    if (e >= 0 && ws->ent[e].first == k + 1 &&
        ws->ent[e].last + 1 < n &&
        word_in_list(ws->toks[ws->ent[e].last + 1], jails))
      return ws->ent[e].group;
  }
  return -1;
}

/* Is group g named as the holder of people right before it: after a
 * participle of holding (release_holder's verbs) and "by" ("hostages
 * held by Tupac Amaru rebels", "soldiers captured by Hezbollah")? */
static int holder_group(const coder_ws *ws, int32_t g) {
  static const char *const held[] = {
      "hold", "detain", "jail", "imprison", "kidnap", "abduct", "capture",
      "arrest", "keep", "seize", NULL};
  size_t f = ws->ent[g].first;
  while (f > 0 && ws->ent_at[f - 1] < 0 && is_np_filler(&ws->tag.tok[f - 1]))
    f--;
  return f >= 2 && streq(ws->toks[f - 1], "by") &&
         ws->tag.tok[f - 2].pos == TAG_VBN &&
         word_in_list(tag_lemma(&ws->tag, f - 2), held);
}

/* The party a threat is made on when its verb group (starting at token
 * gs, source group src) names none and is conjoined by "and" to an
 * earlier predicate of the same subject: the first actor that predicate
 * names after its verb ("The Soviet Union cut off oil supplies to
 * Lithuania and warned it would halt gas deliveries": Lithuania;
 * "suspended Nigeria over the hangings, and threatened sanctions":
 * Nigeria).  Not a place after in/at/near, nor one of the source's own
 * country.  Returns the group or -1. */
static int32_t conjoined_object(const coder_ws *ws, size_t gs, int32_t src) {
  const tag_token *T = ws->tag.tok;
  if (src < 0 || gs < 3 || !streq(ws->toks[gs - 1], "and")) return -1;
  size_t a = gs - 1;
  if (streq(ws->toks[a - 1], ",")) a--;
  size_t k = a;
  while (k > 0 && T[k - 1].chunk != TAG_CH_VG) k--;
  if (k == 0) return -1;
  size_t vs = k - 1;
  while (vs > 0 && T[vs - 1].chunk == TAG_CH_VG) vs--;
  if (group_last(ws, src) >= vs) return -1;
  char sb[CODE_MAX], cb[CODE_MAX];
  if (!mention_entity_code(ws, src, 0, sb, NULL) || sb[0] == '-') return -1;
  for (size_t q = k; q < a; q++) {
    int32_t en = ws->ent_at[q];
    if (en < 0) continue;
    int32_t g = ws->ent[en].group;
    if (g == src || ws->ent[g].first != q) return -1;
    if (q > 0 && (streq(ws->toks[q - 1], "in") || streq(ws->toks[q - 1], "at") ||
                  streq(ws->toks[q - 1], "near")))
      return -1;
    if (!mention_entity_code(ws, g, 0, cb, NULL) || cb[0] == '-' ||
        strlen(cb) < 3 || strncmp(cb, sb, 3) == 0)
      return -1;
    return g;
  }
  return -1;
}

/* Is group src police: its code's sector is COP ("the FBI": USACOP,
 * "the Royal Canadian Mounted Police": CANCOP)? */
static int police_source(const coder_ws *ws, int32_t src) {
  char sb[CODE_MAX];
  if (!mention_entity_code(ws, src, 0, sb, NULL)) return 0;
  size_t l = strlen(sb);
  return l >= 6 && strcmp(sb + l - 3, "COP") == 0;
}

/* Is target tgt the source's own armed forces (the source's country
 * with MIL: "Italy pledges to withdraw Italian troops from Iraq") and a
 * group of another country named after it in the clause (before cend)
 * right after "from" or "in" ("from Iraq", "in Afghanistan")?  Returns
 * that group, the party a withdrawal is from, else -1. */
static int32_t own_forces_place(const coder_ws *ws, int32_t src, int32_t tgt,
                                size_t cend) {
  char sb[CODE_MAX], tb[CODE_MAX], cb[CODE_MAX];
  if (!mention_entity_code(ws, tgt, 0, tb, NULL) || strlen(tb) < 6 ||
      tb[0] == '-' || strcmp(tb + strlen(tb) - 3, "MIL") != 0)
    return -1;
  if (!mention_entity_code(ws, src, 0, sb, NULL) || strlen(sb) < 3 ||
      strncmp(sb, tb, 3) != 0)
    return -1;
  size_t n = ws->tag.n < cend ? ws->tag.n : cend;
  for (size_t q = group_last(ws, tgt) + 1; q + 1 < n; q++) {
    const char *w = ws->toks[q];
    if (streq(w, ";") || streq(w, ":")) break;
    if (!streq(w, "from") && !streq(w, "in")) continue;
    size_t a = q + 1;
    while (a < n && ws->ent_at[a] < 0 && ws->tag.tok[a].pos == TAG_DT) a++;
    if (a >= n || ws->ent_at[a] < 0) continue;
    int32_t g = ws->ent[ws->ent_at[a]].group;
    if (g == src || g == tgt || ws->ent[g].first != a) continue;
    if (!mention_entity_code(ws, g, 0, cb, NULL) || cb[0] == '-' ||
        strlen(cb) < 3 || strncmp(cb, sb, 3) == 0)
      continue;
    return g;
  }
  return -1;
}

/* Is group g an actor without a country ("fighter jets": ---MIL) named
 * inside an infinitive after a noun after the verb (from token ve on: "a
 * deal to build fighter jets", "an agreement to buy warships"; not the
 * verb's own infinitive, "agreed to take 24,000 refugees", unless
 * subject s is a list whose members act on each other: "Armenia and
 * Azerbaijan agree to exchange prisoners")? */
static int purpose_object(const coder_ws *ws, size_t ve, int32_t s,
                          int32_t g) {
  char cb[CODE_MAX];
  const tag_token *T = ws->tag.tok;
  size_t f = ws->ent[g].first;
  if (f <= ve || !mention_entity_code(ws, g, 0, cb, NULL) || cb[0] != '-')
    return 0;
  int list = s >= 0 && ws->ent[s].next >= 0;
  for (size_t k = ve; k + 1 < f; k++)
    if (T[k].pos == TAG_TO && T[k + 1].pos == TAG_VB &&
        (list || (k > ve && tag_is_noun(T[k - 1].pos))))
      return 1;
  return 0;
}

/* Is actor code c a state's own: a bare country or a country with a
 * state sector (GOV MIL COP SPY JUD)? */
static int state_force(const char *c) {
  if (!mention_country_code(c)) return 0;
  if (strlen(c) == 3) return 1;
  static const char *const v[] = {"GOV", "MIL", "COP", "SPY", "JUD", NULL};
  for (const char *const *p = v; *p; p++)
    if (strncmp(c + 3, *p, 3) == 0) return 1;
  return 0;
}

/* "walked out of prison after being pardoned by President Kim", "was
 * hospitalised after being beaten by police": a passive gerund under
 * after, before, upon or following, at verb group vg, is done to the
 * subject of the clause the adjunct belongs to (role_adjunct_subject),
 * when it names no patient of its own and its doer src after "by".
 * Returns that group (not src), or -1. */
static int32_t passive_gerund_patient(const coder_ws *ws,
                                      const verb_group *vg, int32_t src) {
  static const char *const preps[] = {"after", "before", "upon",
                                      "following", NULL};
  size_t gs = vg->gs, head = 0;
  if (!(vg->flags & TAG_VG_PASSIVE) || gs < 2 ||
      !streq(ws->toks[gs], "being") || !word_in_list(ws->toks[gs - 1], preps))
    return -1;
  /* the doer is named after "by" ("after being criticised for remarks
   * about German military deployments" names none) */
  const tag_token *T = ws->tag.tok;
  if (src < 0 || ws->ent[src].first <= gs) return -1;
  /* "by" opens the doer's noun phrase ("by the country's government",
   * "by a 16-year-old boy") */
  size_t f = ws->ent[src].first, by = 0;
  for (size_t k = f; k > gs + 1 && k + 6 > f && !by; k--) {
    if (streq(ws->toks[k - 1], "by")) by = k;
    else if (T[k - 1].chunk == TAG_CH_VG || T[k - 1].type == TAG_T_PUNCT)
      break;
  }
  if (!by) return -1;
  int32_t g = role_adjunct_subject(ws, gs - 1, &head);
  return g == src ? -1 : g;
}

/* "Gazprom cut off supplies to Ukraine after Kiev refused to accept a
 * price rise", "After Baghdad ignored the warnings, the allies struck": a
 * rejection (root 12) with no target of its own, in a clause that
 * "after", "following" or "since" opens right before its subject src
 * (articles and adjectives between; only adverbs between src and its verb
 * group at gs .. ge, no pronoun after it), is directed at the subject of the clause the adjunct
 * belongs to (role_adjunct_subject), or, when the adjunct opens the
 * sentence, at the subject after its comma (opener_clause_subject).
 * Returns that group (not src), or -1. */
static int32_t rejected_in_adjunct(const coder_ws *ws, size_t gs,
                                   size_t ge, int32_t src) {
  static const char *const subs[] = {"after", "following", "since", NULL};
  const tag_token *T = ws->tag.tok;
  size_t f = ws->ent[src].first;
  if (f >= gs) return -1;
  /* "after the premier tried to dismiss him": a pronoun is an object */
  if (ge < ws->tag.n && T[ge].pos == TAG_PRP) return -1;
  for (size_t k = group_last(ws, src) + 1; k < gs; k++)
    if (T[k].pos != TAG_RB) return -1;
  size_t p = f;
  while (p > 0 && f - p < 3 && ws->ent_at[p - 1] < 0 &&
         (T[p - 1].pos == TAG_DT || tag_is_adj(T[p - 1].pos)))
    p--;
  if (p == 0 || !word_in_list(ws->toks[p - 1], subs)) return -1;
  size_t head = SIZE_MAX;
  int32_t g = p - 1 == 0 ? opener_clause_subject(ws, gs)
                         : role_adjunct_subject(ws, p - 1, &head);
  if (g < 0 || g == src) return -1;
  /* "damage to the pipeline is being investigated after officials ruled
   * out a malfunction": a passive's subject did nothing to reject */
  if (head != SIZE_MAX && T[head].chunk_id < ws->tag.n_chunks &&
      (ws->tag.chunks[T[head].chunk_id].flags & TAG_VG_PASSIVE))
    return -1;
  /* "Germany takes control of the firm after its ministry declines to
   * approve the sale": no state rejects its own country as a whole */
  char sb[CODE_MAX], gb[CODE_MAX];
  if (!mention_entity_code(ws, src, 0, sb, NULL) ||
      !mention_entity_code(ws, g, 0, gb, NULL) ||
      (strlen(gb) == 3 && strncmp(sb, gb, 3) == 0))
    return -1;
  return g;
}

/* "South Korea lodged a protest with Tokyo ..., and recalled its
 * ambassador", "expressed sympathy to Sri Lanka and promised navy ships
 * to carry relief": a verb group at gs joined by "and" to the first verb
 * of its subject src (group), with no target of its own, acts on the
 * first actor that first verb's complement names up to the "and" (not
 * the subject, a location or a news medium), for an intent, aid,
 * yielding or reduced relations (code roots 03, 07, 08, 16; not reform
 * or easing at home, 034x and 081x, whose target is the source's own
 * country), and not after a verb of saying ("said they were ready to
 * accept Norwegian help, and extended the truce").  Returns that group,
 * or -1. */
static int32_t coordinated_target(const coder_ws *ws, const verb_group *vg,
                                  int32_t src, const char *code) {
  const tag_token *T = ws->tag.tok;
  int root = code_root(code);
  size_t gs = vg->gs;
  if (src < 0 || !(root == 3 || root == 7 || root == 8 || root == 16) ||
      strncmp(code, "034", 3) == 0 || strncmp(code, "081", 3) == 0 ||
      (vg->flags & TAG_VG_PASSIVE) ||
      !(tag_is_finite(T[gs].pos) || T[gs].pos == TAG_VBG))
    return -1;
  /* the subject of the main clause: no verb before it */
  for (size_t k = 0; k < ws->ent[src].first; k++)
    if (T[k].chunk == TAG_CH_VG) return -1;
  size_t a = gs;
  while (a > 0 && T[a - 1].pos == TAG_RB) a--;
  if (a < 3 || !streq(ws->toks[a - 1], "and")) return -1;
  size_t sl = group_last(ws, src);
  if (sl + 1 >= a - 1) return -1;
  /* the subject's first verb, right after it (a time phrase between) */
  size_t pv = sl + 1;
  while (pv < a - 1 && T[pv].chunk != TAG_CH_VG) {
    if (ws->ent_at[pv] >= 0 || streq(ws->toks[pv], ",") ||
        streq(ws->toks[pv], ";"))
      return -1;
    pv++;
  }
  if (pv >= a - 1 || T[pv].chunk_id >= ws->tag.n_chunks) return -1;
  const tag_chunk *ch = &ws->tag.chunks[T[pv].chunk_id];
  if (!tag_is_finite(T[ch->first].pos) || T[ch->head].pos == TAG_VBN ||
      is_speech_verb(tag_lemma(&ws->tag, ch->head)))
    return -1;
  int32_t tg = -1;
  for (size_t k = ch->first + ch->n; k + 1 < a; k++) {
    /* not into a quotation ("saying the pact risks \"damaging peace and
     * intensifying the arms race\"") */
    if (streq(ws->toks[k], ";") || T[k].type == TAG_T_QUOTE) return -1;
    int32_t e = ws->ent_at[k];
    if (e < 0 || tg >= 0) continue;
    int32_t g = ws->ent[e].group;
    /* nor a place the first act happened in ("arrests nine people in
     * Thailand and rescues 50 children") */
    size_t f = ws->ent[g].first;
    if (g == src || ws->ent[g].actor == NULL || mention_group_place(ws, g) ||
        mention_group_media(ws, g) ||
        (f > 0 && (streq(ws->toks[f - 1], "in") ||
                   streq(ws->toks[f - 1], "at"))))
      continue;
    tg = g;
  }
  return tg;
}

/* "Jiang Zemin played host to Boris Yeltsin, and the two leaders declared
 * a strategic partnership", "..., and both sides agreed to mend ties": a
 * subject "the two" or "both" with a plural noun of parties (leaders,
 * sides, countries, nations, governments, presidents), right before the
 * verb group at gs (after "and"), stands for the first two actors of the
 * sentence that are no location.  Writes them to *a and *b and returns 1,
 * else 0. */
static int two_parties_subject(const coder_ws *ws, size_t gs, int32_t *a,
                               int32_t *b) {
  static const char *const nouns[] = {"leaders", "sides", "countries",
                                      "nations", "governments",
                                      "presidents", NULL};
  if (gs < 4 || !word_in_list(ws->toks[gs - 1], nouns)) return 0;
  size_t q = gs - 2;
  if (streq(ws->toks[q], "two") && streq(ws->toks[q - 1], "the")) q--;
  else if (!streq(ws->toks[q], "both")) return 0;
  if (q < 2 || !streq(ws->toks[q - 1], "and")) return 0;
  *a = *b = -1;
  for (size_t k = 0; k + 1 < q; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    if (ws->ent[g].actor == NULL || ws->ent[g].next >= 0 ||
        mention_group_place(ws, g) || mention_group_media(ws, g) ||
        g == *a)
      continue;
    if (*a < 0) *a = g;
    else {
      *b = g;
      return 1;
    }
  }
  return 0;
}

static int code_verb(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                     size_t si, size_t sent_first, size_t i, size_t len,
                     const dict_verb_form *f, const dict_verb *v,
                     size_t emb, const char *emb_code) {
  const dyad_dict *d = e->dict;
  size_t n = ws->tag.n;
  /* a generated inflection yields to the same words written as a form */
  const dict_verb_form *f0 = dict_verb_form_at(d, 0);
  if (f0 != NULL && f >= f0 && (size_t)(f - f0) < e->n_forms) {
    uint32_t pf = e->form_pref[f - f0];
    const dict_verb_form *pfm = dict_verb_form_at(d, pf);
    const dict_verb *pv = pfm ? dict_verb_at(d, pfm->verb) : NULL;
    if (pv != NULL) {
      f = pfm;
      v = pv;
    }
  }
  verb_group vg;
  role_verb_group(ws, i, len, &vg);
  size_t ge = vg.ge;

  mctx c;
  verb_window(d, ws, i, len, ge, i > PRE_WINDOW ? i - PRE_WINDOW : 0, &c);
  int speech = is_speech_verb(tag_lemma(&ws->tag, i));
  size_t cend = role_complement_end(ws, ge - 1, speech ? 2 : 1);

  pattern_choice pc;
  if (pattern_choose(e, ws, r, &c, f, v, &pc)) return -1;
  /* "Israel insisted that Hamas disarm": a demand (10x) whose clause is
   * a subjunctive takes the clause's subject as target */
  if (speech && pc.code[0] == '1' && pc.code[1] == '0' &&
      subjunctive_clause(ws, ge)) {
    speech = 0;
    cend = role_complement_end(ws, ge - 1, 1);
  }
  /* "told Ukraine to pay its debts": "tell" with an actor and an
   * infinitive is an order, a demand (100) on that actor (the act asked
   * for is not done: role_modality); "told Ukraine it would" stays a
   * statement */
  if (speech && streq(pc.code, "010") &&
      streq(tag_lemma(&ws->tag, i), "tell")) {
    size_t t = ge;
    while (t < n && ws->tag.tok[t].pos == TAG_RB) t++;
    int32_t e = t < n ? ws->ent_at[t] : -1;
    if (e >= 0) {
      size_t to = group_last(ws, ws->ent[e].group) + 1;
      if (to + 1 < n && ws->tag.tok[to].pos == TAG_TO &&
          ws->tag.tok[to + 1].pos == TAG_VB) {
        pc.code = "100";
        speech = 0;
        cend = role_complement_end(ws, ge - 1, 1);
      }
    }
  }
  /* "estimates that ISIL kidnapped", "asserts that troops attacked": a
   * statement (01) with a "that" clause right after it reports the
   * clause, as "said that" does: the clause's subject is no target of
   * the statement (its own verb codes it).  (A demand or an appeal with
   * a subjunctive clause keeps its target: "demanded that Israel halt".) */
  int that_clause = 0;
  if (!speech && pc.code[0] == '0' && pc.code[1] == '1') {
    size_t th = ge;
    while (th < n && ws->tag.tok[th].pos == TAG_RB) th++;
    /* "admitted on Friday that" */
    if (th + 2 < n && streq(ws->toks[th], "on") &&
        mention_is_weekday(ws->toks[th + 1]) &&
        streq(ws->toks[th + 2], "that"))
      th += 2;
    if (th < n && streq(ws->toks[th], "that")) {
      that_clause = 1;
      cend = role_complement_end(ws, ge - 1, 2);
    }
  }
  if (emb != SIZE_MAX) {
    int rc = role_control(d, ws, r, &c, f, v, emb, emb_code, &pc);
    if (rc != 0) return rc;
  }
  /* "vowed to crush the rebels", "vowing severe punishment": a vow of
   * force is a threat, no intent to cooperate (role.c) */
  if (pc.code[0] == '0' && pc.code[1] == '3') {
    static const char *const vow[] = {"vow", "pledge", "promise", "swear",
                                      NULL};
    char vc[8];
    if (word_in_list(tag_lemma(&ws->tag, i), vow) &&
        role_vowed_force(ws, i + len, n, vc)) {
      const char *cc = result_strdup(r, vc, strlen(vc));
      if (cc == NULL) return -1;
      pc.code = cc;
    }
  }
  /* "could invade", "ready to resume talks": not done (role.c) */
  int mrc = role_modality(
      ws, r, &vg, &c, &pc,
      codeset_match(&e->codes[CODESET_FUTURE_THREAT], pc.code,
                    strlen(pc.code)) != NULL,
      codeset_match(&e->codes[CODESET_FUTURE_INTENT], pc.code,
                    strlen(pc.code)) != NULL);
  if (mrc < 0) return -1;
  if (mrc > 0) pc.code = "";
  /* "If Russia invades, the US will impose sanctions", "Will China
   * invade?": neither happened; a cooperative consequence (04-08) is at
   * most an intent ("will meet" 036 if ...) */
  int cond = isdigit((unsigned char)pc.code[0]) &&
                     isdigit((unsigned char)pc.code[1])
                 ? role_conditional(ws, &vg, &c)
                 : 0;
  if (cond == 1) pc.code = "";
  if (cond == 2 || cond == 3) {
    char ic[8];
    int root = (pc.code[0] - '0') * 10 + (pc.code[1] - '0');
    /* "notifies Turkey that it will cancel the sale if Ankara buys the
     * missiles": a hostile act (14-20) the doer will do if the other
     * side acts, the condition told after it, is a threat, as with
     * "unless" (force after "would" and "could" is one already:
     * role_modality); "If Russia attacks Ukraine, France will attack
     * Russia" opens with the condition, no one's warning */
    int will = 0, if_after = 0;
    for (size_t k = vg.gs; k < i && !will; k++)
      will = streq(ws->toks[k], "will") || streq(ws->toks[k], "'ll");
    for (size_t k = i + 1; k < n && !if_after; k++)
      if_after = streq(ws->toks[k], "if");
    if ((cond == 3 || (cond == 2 && will && if_after)) &&
        role_threat_code(pc.code, ic)) {
      /* "will sever ties unless Israel apologises": a threat */
      const char *cc = result_strdup(r, ic, strlen(ic));
      if (cc == NULL) return -1;
      pc.code = cc;
    } else if (root >= 4 && root <= 8 && !strchr(pc.code, ':') &&
        role_intent_code(pc.code, ic)) {
      const char *cc = result_strdup(r, ic, strlen(ic));
      if (cc == NULL) return -1;
      pc.code = cc;
    } else if (root != 3 && root != 13) {
      /* a threat (13) is conditional by nature: "if Iran enriches
       * uranium, Israel will attack" is the threat itself */
      pc.code = "";
    }
  }
  /* "attacked Biden for accumulating wealth": criticism (role.c) */
  if (role_verbal_attack(ws, &vg, &c, pc.code)) pc.code = "111";
  /* "fought a war in 1994": an act of an earlier year is background;
   * the words its pattern read stay free for the verb of the report */
  if (*pc.code && (role_history(ws, &vg, cend) ||
                   role_background(ws, &vg, cend, pc.code)))
    return 0;
  /* "soldiers patrolling the border": a reduced relative describes the
   * noun (role.c); people protesting are the news, though ("with a
   * million people protesting against the reform") */
  int reduced = *pc.code && !(pc.code[0] == '1' && pc.code[1] == '4') &&
                role_reduced_relative(ws, i);
  /* "two soldiers captured by Hezbollah guerrillas", "territory seized
   * by Eritrean troops": a capture or seizure so described names its
   * taker; the act is news of its own */
  if (reduced && taken_by(ws, i, c.ve, pc.code)) reduced = 0;
  /* "a Syrian site bombed by Israel": so is a strike (struck_by) */
  if (reduced && struck_by(ws, i, c.ve, pc.code))
    reduced = 0;
  /* "Iran, accused by Israel of ..., denied": so is an accusation in
   * apposition (faulted_by) */
  if (reduced && faulted_by(ws, i, c.ve, pc.code)) reduced = 0;
  verb_hit h = {i, i + len, v, pc.pat, pc.code, 0, 0};
  /* words the pattern used are not coded again (nor those of a reduced
   * relative, which belong to it: "Afghans detained by troops", up to
   * the verb of its noun phrase: "Americans abducted in Baghdad are freed
   * by the Iraqi National ...", read by "* &CITIZEN", still frees) */
  size_t used = reduced && pc.end > cend ? cend : pc.end;
  for (size_t k = c.ve; k < used && k < n; k++) ws->consumed[k] = 1;
  if (reduced) return 0;
  if (vg.negated && !pc.neg_used && !e->code_negated) return 0;
  if (!*h.code || streq(h.code, "---")) return 0;
  /* "Iran says ...", "the ministry announces ...": a verb's own code with
   * no pattern of its block matched, when the dictionary skips it
   * (bare_verb_skip_codes: dyad's skips the plain statement, 010) */
  if (pc.pat == NULL &&
      codeset_match(&e->codes[CODESET_BARE_VERB_SKIP], h.code,
                    strlen(h.code)) != NULL)
    return 0;

  /* "was reported by local media", "is said to": a passive speech verb
   * reports, it is no act */
  if (speech && (vg.flags & TAG_VG_PASSIVE) && pc.tgt < 0) return 0;
  int32_t src, tgt;
  role_assign(ws, &vg, &c, &pc, cend, speech || that_clause, &src, &tgt);
  if (tgt < 0 && pc.pat != NULL)
    tgt = coordinated_target(ws, &vg, src, h.code);
  if (tgt < 0) tgt = passive_gerund_patient(ws, &vg, src);
  /* "..., and the two leaders declared a partnership": an act of words
   * or cooperation (roots 01-06) of the two parties named before */
  int32_t pa, pb;
  if (src < 0 && tgt < 0 && code_root(h.code) >= 1 &&
      code_root(h.code) <= 6 && !(vg.flags & TAG_VG_PASSIVE) &&
      two_parties_subject(ws, vg.gs, &pa, &pb)) {
    if (emit_groups(e, ws, r, si, sent_first, &h, pa, pb) < 0 ||
        emit_groups(e, ws, r, si, sent_first, &h, pb, pa) < 0)
      return -1;
    return 0;
  }
  /* "de Klerk said Nelson Mandela would be freed soon": an act promised
   * (03) in a passive future (will, would) with no agent, in a clause a
   * speech verb reports, is the speaker's intent (not "says the US is
   * committed to") */
  if (src < 0 && tgt >= 0 && (vg.flags & TAG_VG_PASSIVE) &&
      code_root(h.code) == 3 &&
      (streq(ws->toks[vg.gs], "will") || streq(ws->toks[vg.gs], "would")))
    src = passive_promiser(ws, tgt, vg.gs);
  /* "two soldiers were captured by Hezbollah": people taken, no land
   * occupied (the block's 192) nor an arrest (173, the "by" agent read
   * as the object) */
  if ((vg.flags & TAG_VG_PASSIVE) &&
      (streq(h.code, "192") || streq(h.code, "173") ||
       streq(h.code, "171")) &&
      tgt >= 0 && word_in_list(tag_lemma(&ws->tag, i), take_verbs)) {
    char pb[CODE_MAX];
    /* "The town of Goma was seized by M23 rebels": land taken */
    if (tgt == role_place_subject(ws, vg.gs))
      h.code = "192";
    else if (streq(h.code, "171"))
      ;  /* "a tanker was seized": property */
    /* "three escaped convicts were recaptured by the police": people
     * taken back into custody are arrested */
    else if (streq(tag_lemma(&ws->tag, i), "recapture") &&
             !ws->ent[tgt].place &&
             (taken_people(ws, tgt) ||
              (mention_entity_code(ws, tgt, 0, pb, NULL) && strlen(pb) > 3)))
      h.code = "173";
    else if (taken_people(ws, tgt))
      h.code = "181";
    /* "Ocalan, captured by Turkish commandos": a person or a group
     * (a code with a sector) is arrested, no land taken */
    else if (mention_entity_code(ws, tgt, 0, pb, NULL) && strlen(pb) > 3 &&
             !ws->ent[tgt].place)
      h.code = "173";
  }
  /* "Israeli troops seized a Hamas leader", "Taliban fighters captured
   * an Afghan army officer": a person or a group taken in the active
   * voice (the direct object, a code with a sector, no place) is
   * detained by a state's forces (173) and abducted by anyone else
   * (181), not property seized (171) nor land (192) */
  /* "announced the recapture of the cartel leader": the verb read as a
   * noun takes its patient after "of" */
  size_t obj = ge;
  if (obj + 1 < n && streq(ws->toks[obj], "of") && i > 0 &&
      ws->tag.tok[i - 1].pos == TAG_DT)
    obj++;
  if (!(vg.flags & TAG_VG_PASSIVE) &&
      (streq(h.code, "192") || streq(h.code, "171")) && tgt >= 0 &&
      src >= 0 && word_in_list(tag_lemma(&ws->tag, i), take_verbs) &&
      taken_person(ws, obj, tgt)) {
    char sb[CODE_MAX];
    if (mention_entity_code(ws, src, 0, sb, NULL))
      h.code = state_force(sb) ? "173" : "181";
  }
  /* "demanded the release of all prisoners held by Israel": an appeal
   * or a demand for a release (0253, 1053) is made to whoever holds
   * them */
  if (tgt >= 0 && (strncmp(h.code, "0253", 4) == 0 ||
                   strncmp(h.code, "1053", 4) == 0)) {
    int32_t hd = release_holder(ws, tgt);
    if (hd >= 0 && hd != src) tgt = hd;
  }
  /* "freeing hostages held by Tupac Amaru rebels": those released are
   * the hostages, not who held them */
  if (tgt >= 0 && strncmp(h.code, "084", 3) == 0 && holder_group(ws, tgt))
    tgt = -1;
  actor_roles_filter(ws, &pc, h.code, c.ve, &src, &tgt);
  crowd_roles_filter(ws, h.code, &src);
  /* "warned that Israel would strike Iran": Israel's own threat is on
   * Iran */
  tgt = role_threat_self_target(ws, h.code, src, tgt, cend);
  /* "condemned the killing of civilians by troops": the troops */
  tgt = role_act_doer_target(ws, src, tgt, c.ve);
  /* "China fired missiles off Taiwan's ports, in what Taipei condemned
   * as an attempt to intimidate voters": who disapproves (11) or rejects
   * (12) after ", in what" judges the main clause's act, on its subject
   * (not a statement: "in what officials say is the largest evacuation")
   */
  if (src >= 0 && (code_root(h.code) == 11 || code_root(h.code) == 12)) {
    size_t f = ws->ent[src].first, head = 0;
    if (f >= 4 && streq(ws->toks[f - 1], "what") &&
        streq(ws->toks[f - 2], "in") && streq(ws->toks[f - 3], ",")) {
      int32_t m = role_adjunct_subject(ws, f - 2, &head);
      if (m >= 0 && m != src) tgt = m;
    }
  }
  /* "Pakistan admitted that its border guards had fired on Afghan
   * troops": an admission is about the party the clause names */
  if (that_clause && streq(h.code, "015") &&
      (tgt < 0 || mention_group_weak(ws, tgt) ||
       mention_owned_by_pronoun(ws, ws->ent[tgt].first)))
    tgt = role_admitted_target(ws, ge, n, src);
  /* "told state media", "Reuters reported": news media that hear or
   * report a statement are no participants of it */
  if ((speech || (h.code[0] == '0' && h.code[1] == '1')) && tgt >= 0 &&
      mention_group_media(ws, tgt))
    tgt = -1;
  if (speech && src >= 0 && mention_group_media(ws, src)) return 0;
  /* "Police in Rawalpindi were placed on high alert": a show of force
   * (15) in the passive with no one who put them on it is the police's
   * own (PAKCOP as source, not target; not troops, often stationed
   * abroad: "U.S. troops are deployed in Poland") */
  if (src < 0 && tgt >= 0 && (vg.flags & TAG_VG_PASSIVE) &&
      h.code[0] == '1' && h.code[1] == '5' && !strchr(h.code, ':') &&
      police_group(ws, tgt)) {
    src = tgt;
    tgt = -1;
  }
  /* "Indian troops along the border with Pakistan were placed on high
   * alert": troops on alert or deployed with no one who put them there
   * act on the party across the border the sentence names */
  else if (src < 0 && tgt >= 0 && (vg.flags & TAG_VG_PASSIVE) &&
           !(vg.flags & TAG_VG_BY) && h.code[0] == '1' && h.code[1] == '5' &&
           h.code[2] >= '1' && h.code[2] <= '4' && !strchr(h.code, ':')) {
    /* the border in the troops' own noun phrase or soon after the verb
     * ("Wagner forces are stationed" says nothing of a border named
     * before them) */
    int32_t b = border_party(ws, tgt, ws->ent[tgt].first, c.ve + 10);
    if (b >= 0) {
      src = tgt;
      tgt = b;
    }
  }
  /* "The Pakistani army was put on high alert along the border with
   * India": a passive alert or mobilisation (151-154) with no "by"
   * agent (nor "under" one: by_before) is the subject's own; a party named after the verb is whom it
   * is aimed at, not who put the army on alert */
  if (src >= 0 && tgt >= 0 && (vg.flags & TAG_VG_PASSIVE) &&
      !(vg.flags & TAG_VG_BY) && h.code[0] == '1' && h.code[1] == '5' &&
      h.code[2] >= '1' && h.code[2] <= '4' && !strchr(h.code, ':') &&
      ws->ent[src].first >= c.ve && ws->ent[tgt].first < c.vs &&
      !by_before(ws, c.ve, ws->ent[src].first)) {
    int32_t t = src;
    src = tgt;
    tgt = t;
  }
  /* "launches an airstrike in Nangarhar, killing two Islamic State
   * members": force whose only target is the place it struck, when a
   * participle of killing after the place names its victims of another
   * country (coded on their own), is on those victims, not on the
   * place's country */
  if (tgt >= 0 && src >= 0 && ws->ent[tgt].place &&
      (h.code[0] == '1' && (h.code[1] == '8' || h.code[1] == '9'))) {
    size_t f = ws->ent[tgt].first;
    size_t l = group_last(ws, tgt) + 1;
    if (f > 0 && streq(ws->toks[f - 1], "in") && l + 2 < n &&
        streq(ws->toks[l], ",") && ws->tag.tok[l + 1].pos == TAG_VBG &&
        (streq(tag_lemma(&ws->tag, l + 1), "kill") ||
         streq(tag_lemma(&ws->tag, l + 1), "wound") ||
         streq(tag_lemma(&ws->tag, l + 1), "injure"))) {
      size_t k = l + 2;
      while (k < n && ws->ent_at[k] < 0 &&
             (ws->tag.tok[k].pos == TAG_CD || ws->tag.tok[k].pos == TAG_DT ||
              tag_is_adj(ws->tag.tok[k].pos) || ws->tag.tok[k].pos == TAG_RB ||
              ws->tag.tok[k].pos == TAG_IN || ws->tag.tok[k].pos == TAG_TO))
        k++;
      if (k < n && ws->ent_at[k] >= 0) {
        /* victims of the place's own country leave it be ("a market in
         * Baghdad, killing nine Iraqis") */
        int32_t v = ws->ent[ws->ent_at[k]].group;
        const char *va = ws->ent[v].actor, *pa = ws->ent[tgt].actor;
        if (v != src && !ws->ent[v].place && va != NULL && strlen(va) >= 3 &&
            va[0] != '-' &&
            !(pa != NULL && strlen(pa) >= 3 && memcmp(va, pa, 3) == 0))
          return 0;
      }
    }
  }
  /* "join a U.S.-led diplomatic boycott of the Olympic Games in Beijing":
   * the leader of a hostile act joined is a partner, no target; the
   * next actor in the complement is (a protest "against a U.S.-led war"
   * is on its leader) */
  if (tgt >= 0 && pc.tgt < 0 && h.code[0] >= '1' && h.code[0] <= '2' &&
      !(h.code[0] == '1' && h.code[1] <= '0') &&
      streq(tag_lemma(&ws->tag, i), "join")) {
    size_t l = group_last(ws, tgt) + 1;
    if (l < n && streq(ws->toks[l], "-led")) {
      int32_t nt = -1;
      size_t lim = cend < n ? cend : n;
      for (size_t k = l + 1; k < lim && nt < 0; k++) {
        if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";")) break;
        int32_t e2 = ws->ent_at[k];
        if (e2 >= 0 && ws->ent[ws->ent[e2].group].actor != NULL &&
            ws->ent[e2].group != src)
          nt = ws->ent[e2].group;
      }
      tgt = nt;
    }
  }
  /* "Vietnam claims that China assaulted Vietnamese fishermen": force or
   * coercion (15-20) that a claim reports of another side is only
   * alleged; the event is the speaker's accusation of the doer (1123 of
   * armed force, 1124 of mass killing, else 112), none when the claim
   * has no speaker or the act no doer (role.c) */
  if ((h.code[0] == '1' && h.code[1] >= '5' && h.code[1] <= '9') ||
      (h.code[0] == '2' && h.code[1] == '0')) {
    int32_t spk;
    int al = role_alleged_clause(ws, i, &spk);
    /* "Kerry says ISIL has committed genocide": what a report says of
     * another side's mass killing (20), named by a verb of committing
     * and a crime's noun, is an accusation of it; a massacre told as a
     * fact ("monitors said Serbian forces had massacred 45 ethnic
     * Albanians in Racak") is the act reported */
    static const char *const commit[] = {"commit", "perpetrate", "carry",
                                         "conduct", "engage", NULL};
    if (al == 3)
      al = h.code[0] == '2' && word_in_list(tag_lemma(&ws->tag, i), commit);
    /* "claims that North Korea fired missiles into the sea": a show of
     * force at no one is reported, not alleged; "the attack was launched
     * in retaliation for the Israeli raid": a passive's doer is named by
     * "by" */
    const char *il = tag_lemma(&ws->tag, i);
    if ((tgt < 0 && (h.code[1] == '5' || streq(il, "fire") ||
                     streq(il, "launch"))) ||
        ((vg.flags & TAG_VG_PASSIVE) && !(vg.flags & TAG_VG_BY)))
      al = 0;
    if (al && !role_alleged_keep(ws, spk, src)) {
      if (spk < 0 || src < 0) return 0;
      /* "alleges that": its own verb codes 112 (a repeat is dropped) */
      h.code = al == 2        ? "112"
               : h.code[0] == '2' ? "1124"
               : h.code[1] == '9' ? "1123"
                                  : "112";
      tgt = pc.comp >= 0 ? pc.comp : src;
      src = spk;
      pc.comp = -1;
      h.domestic = 0;
      return emit_groups(e, ws, r, si, sent_first, &h, src, tgt);
    }
  }
  /* "the Somali premier alleges that Libya and Iran are supplying the
   * Islamic Courts with weapons": any other act that an allegation
   * ("alleges that", "accused ... that", "charged that") reports of
   * another side is only alleged; the verb of alleging codes the
   * accusation itself (112) */
  else if (!(vg.flags & TAG_VG_PASSIVE)) {
    int32_t spk;
    int al = role_alleged_clause(ws, i, &spk);
    if (al == 2 && spk >= 0 && src >= 0 && !role_alleged_keep(ws, spk, src))
      return 0;
    /* "an investigation into allegations that the premier bought MPs",
     * "Colombian accusations that Venezuela is hosting rebels": what an
     * allegation noun reports is only alleged; the event is its
     * speaker's accusation of the doer (112), none when it names no
     * speaker */
    if (al == 4 && !role_alleged_keep(ws, spk, src)) {
      if (spk < 0 || src < 0) return 0;
      h.code = "112";
      tgt = src;
      src = spk;
      pc.comp = -1;
      h.domestic = 0;
      return emit_groups(e, ws, r, si, sent_first, &h, src, tgt);
    }
  }
  /* "vetoes a Security Council resolution condemning the barrier": a
   * motion not adopted condemns no one */
  if (role_unadopted_motion(ws, i)) return 0;
  /* "a study suggests Asians may view faces differently": what is
   * suggested as a fact is said (010), not proposed (02x) */
  if (h.code[0] == '0' && h.code[1] == '2' &&
      streq(tag_lemma(&ws->tag, i), "suggest") &&
      role_indicative_clause(ws, c.ve))
    h.code = "010";
  /* "Britain and Turkey sign a deal to build fighter jets": what a
   * cooperation (03-06) is for, named in an infinitive after the verb,
   * is no party to it when it has no country (---MIL) */
  if (tgt >= 0 && h.code[0] == '0' && h.code[1] >= '3' && h.code[1] <= '6' &&
      purpose_object(ws, c.ve, src, tgt))
    tgt = -1;
  /* "A and B agreed": a mutual verb without a target (role.c) */
  if (pc.comp < 0 && role_mutual(ws, &vg, &c, &pc, src, tgt)) pc.comp = src;
  /* "Russia held talks with China": CHN>RUS too (is_reciprocal); a
   * mutual group below already codes each direction */
  h.reciprocal = pc.comp < 0 && is_reciprocal(e, h.code);
  /* "cut off oil supplies to Lithuania and warned it would halt gas
   * deliveries": a threat with no target of its own is made on the
   * party of the predicate it is conjoined to */
  if (pc.comp < 0 && tgt < 0 && src >= 0 && code_root(h.code) == 13)
    tgt = conjoined_object(ws, vg.gs, src);
  /* "Gazprom cut off supplies after Kiev refused to accept a price
   * rise": a rejection with no target of its own in an after-clause is
   * directed at the main clause's subject (a failure is none: "after the
   * Senate failed to pass a budget", a rejection in some dictionaries) */
  if (pc.comp < 0 && tgt < 0 && src >= 0 && code_root(h.code) == 12 &&
      !(vg.flags & TAG_VG_PASSIVE) &&
      !streq(tag_lemma(&ws->tag, i), "fail"))
    tgt = rejected_in_adjunct(ws, vg.gs, vg.ge, src);
  /* "Barnier resigns as Prime Minister of France": the office left,
   * coded as its holder is (FRAGOV and FRAGOV), is no other party; the
   * resignation is then one with no target (own_country_target's /done:
   * FRAGOV>FRA) */
  if (h.code[0] == '0' && h.code[1] == '8' && streq(h.code, "0831") &&
      pc.comp < 0 && tgt >= 0 && src >= 0)
    tgt = office_left(ws, src, tgt);
  /* no target named: the source's own country for some codes ("imposed
   * a curfew", police firing on crowds, a protest), by the dictionary's
   * own_country_target_*codes (own_country_target) */
  if (pc.comp < 0 && tgt < 0 && src >= 0 && !strchr(h.code, ':'))
    h.domestic = own_country_target(e, ws, h.code, i, emb != SIZE_MAX, c.ve,
                                    cend, src, &tgt);
  /* "shot dead Prime Minister Rabin": an assassination; "Djindjic was
   * shot dead by a sniper": a passive whose agent ("by", after "dead"
   * or "down") names no actor too */
  if (pc.comp < 0 &&
      (src >= 0 ||
       ((vg.flags & TAG_VG_PASSIVE) &&
        ((i + 1 < n && streq(ws->toks[i + 1], "by")) ||
         (i + 2 < n && streq(ws->toks[i + 2], "by"))))) &&
      killed_person(d, ws, h.code, i, src, tgt))
    h.code = "186";
  /* "called for U.S. mediation in the Kashmir dispute": a party's own
   * intent (036-038), no appeal to others */
  else if (pc.comp < 0 && h.code[0] == '0' && h.code[1] == '2' &&
           party_appeal_code(ws, h.code, src, tgt) != NULL)
    h.code = party_appeal_code(ws, h.code, src, tgt);
  /* "rebels seized Damascus": a seizure with no pattern of what was
   * seized, of a place named as a state, takes territory (192) */
  else if (pc.pat == NULL && src >= 0 && h.code[0] == '1' &&
           streq(h.code, "171") &&
           (streq(tag_lemma(&ws->tag, i), "seize") ||
            streq(tag_lemma(&ws->tag, i), "grab")) &&
           seized_territory(ws, c.ve, tgt))
    h.code = "192";
  /* "a Jewish settler opened fire on worshippers", "villagers killed two
   * rebels": force used by settlers or civilians, who have no armed
   * organisation, is unconventional violence (180), by the dictionary's
   * civilian_violence_codes; not when the verb form names its weapon
   * ("gunned down": 193), whatever pattern matched */
  else if (src >= 0 && h.code[0] == '1' && h.code[1] == '9' &&
           codeset_match(&e->codes[CODESET_CIVILIAN_VIOLENCE], h.code,
                         strlen(h.code)) != NULL &&
           !(dict_str(d, f->code)[0] == '1' &&
             codeset_match(&e->codes[CODESET_CIVILIAN_VIOLENCE],
                           dict_str(d, f->code),
                           strlen(dict_str(d, f->code))) == NULL) &&
           civilian_group(ws, src))
    h.code = "180";
  if (pc.comp >= 0) {
    /* '%': the members act on each other */
    return emit_mutual(e, ws, r, si, sent_first, &h, pc.comp);
  }
  /* "North and South Korea held talks": one actor entry naming two
   * states (a code of parts, "PRK/KOR") is a compound subject of its
   * own; a mutual verb or a reciprocal code with no target names its
   * parts acting on each other (emit_groups pairs every part with every
   * other; a part on itself is a self event, none) */
  if (tgt < 0 && src >= 0 && ws->ent[src].next < 0 && !h.domestic &&
      ws->ent[src].actor != NULL && strchr(ws->ent[src].actor, '/') &&
      !(vg.flags & TAG_VG_PASSIVE) && !strchr(h.code, ':') &&
      (is_reciprocal(e, h.code) ||
       role_is_mutual_verb(tag_lemma(&ws->tag, i)))) {
    h.reciprocal = 0;
    return emit_groups(e, ws, r, si, sent_first, &h, src, src);
  }
  /* "the offices were raided by police", "the FBI raids the home of": a
   * raid (190 by default) by police is a law-enforcement search, as the
   * RAID block's &POLICE patterns code it (173), whatever names them */
  if (src >= 0 && h.code[0] == '1' && h.code[1] == '9' && h.code[2] == '0' &&
      h.code[3] == '\0' && streq(tag_lemma(&ws->tag, i), "raid") &&
      police_source(ws, src))
    h.code = "173";
  /* "Italy pledges to withdraw Italian troops from Iraq", "announces the
   * withdrawal of its forces in Mali": a withdrawal (087x, 0356) is from
   * the place the source's own forces leave, not of them */
  if (tgt >= 0 && src >= 0 && h.code[0] == '0' &&
      ((h.code[1] == '8' && h.code[2] == '7') ||
       (h.code[1] == '3' && h.code[2] == '5' && h.code[3] == '6'))) {
    int32_t p = own_forces_place(ws, src, tgt, cend);
    if (p >= 0) tgt = p;
  }
  return emit_groups(e, ws, r, si, sent_first, &h, src, tgt);
}

/* "2011 Yemeni protests: Police fire on ...", "2022 Russian invasion of
 * Ukraine: Russian forces ...": Wikipedia's current events open with the
 * name of the story and a colon.  Such a label is no clause ("protests"
 * is a noun, no verb whose source is "Yemeni"): when a colon stands
 * within the first HEADING_MAX tokens and no finite verb, modal or
 * quote comes before it, the tokens before it give no verb to code
 * (ws->consumed) and their actors take no role in the clauses after it
 * (ws->ent_at); the story context still sees them. */
#define HEADING_MAX 16
static void hide_heading_label(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, c = 0;
  for (size_t k = 0; k < n && k < HEADING_MAX; k++) {
    if (streq(ws->toks[k], ":")) {
      c = k;
      break;
    }
    /* "Yemeni protests:": a plural read as a verb right before the
     * colon, after a common noun or an adjective, names the story */
    int plural = (T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP) && k > 0 &&
                 k + 1 < n && streq(ws->toks[k + 1], ":") &&
                 (T[k - 1].pos == TAG_NN || tag_is_adj(T[k - 1].pos));
    if (T[k].type == TAG_T_QUOTE || T[k].pos == TAG_MD ||
        ((T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ ||
          T[k].pos == TAG_VBP) && !plural))
      return;
  }
  if (c == 0 || c + 1 >= n) return;
  for (size_t k = 0; k < c; k++) {
    ws->consumed[k] = 1;
    ws->ent_at[k] = -1;
  }
}

/* Is w a word that names a news outlet ("Taiwan News", "Houston
 * Chronicle", "Manila Bulletin")? */
static int outlet_word(const char *w) {
  static const char *const v[] = {
      "news", "newswire", "times", "post", "herald", "chronicle",
      "bulletin", "tribune", "journal", "gazette", "telegraph", "daily",
      "radio", "tv", "television", "press", "wire", "observer", "mail",
      "express", "online", "network", "broadcasting", "newspaper",
      "reuters", "xinhua", "bbc", "cnn", "afp", "ap", "alertnet", NULL};
  return word_in_list(w, v);
}

/* "Opposition alleges vote rigging (RTE) (Taiwan News) (Xinhua)": the
 * news citations that close a Wikipedia current-events line are no
 * participants.  Parentheses at the very end of the sentence (past a
 * final stop or comma) with at most CITE_MAX tokens and no finite verb
 * are citations when two or more stand there or when one names an
 * outlet (outlet_word); their actors take no role (ws->ent_at) and their
 * words give no verb (ws->consumed).  A single trailing aside
 * ("losing three states (Florida, Illinois and Arizona)") stays.  So
 * do the bare names left after the last full stop ("... agreement.
 * CBC", "... election. BBC News"): at most CITE_BARE capitalized words
 * and no verb. */
#define CITE_MAX 10
#define CITE_BARE 4
static void hide_citations(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = n;
  size_t lo[8], hi[8], m = 0;
  int outlet[8];
  if (n > 2 && (T[n - 1].flags & (TAG_F_CAP | TAG_F_ALLCAP))) {
    size_t j = n - 1;
    while (j > 0 && n - j <= CITE_BARE && !streq(ws->toks[j - 1], ".") &&
           (T[j - 1].flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
           !tag_is_verb(T[j - 1].pos))
      j--;
    if (j > 1 && streq(ws->toks[j - 1], ".") && !tag_is_verb(T[n - 1].pos))
      for (size_t t = j - 1; t < n; t++) {
        ws->consumed[t] = 1;
        ws->ent_at[t] = -1;
      }
  }
  while (k > 0 && (streq(ws->toks[k - 1], ".") || streq(ws->toks[k - 1], ",")))
    k--;
  while (m < 8 && k > 1 && streq(ws->toks[k - 1], ")")) {
    size_t j = k - 1;
    int ok = 1, named = 0;
    while (j > 0 && !streq(ws->toks[j - 1], "(")) {
      j--;
      const char *w = ws->toks[j];
      if (streq(w, ")") || k - 1 - j > CITE_MAX ||
          T[j].pos == TAG_VBD || T[j].pos == TAG_VBZ || T[j].pos == TAG_VBP ||
          T[j].pos == TAG_MD) {
        ok = 0;
        break;
      }
      if (outlet_word(w)) named = 1;
    }
    if (!ok || j == 0 || j == k - 1) break;
    lo[m] = j - 1;
    hi[m] = k;
    outlet[m++] = named;
    k = j - 1;
    while (k > 0 && streq(ws->toks[k - 1], ",")) k--;
  }
  for (size_t q = 0; q < m; q++) {
    if (m < 2 && !outlet[q]) continue;
    for (size_t t = lo[q]; t < hi[q]; t++) {
      ws->consumed[t] = 1;
      ws->ent_at[t] = -1;
    }
  }
}

/* The text the sentence is tagged from: PETRARCH reads '_' between two
 * words as a space ("Prince of Dol_Amroth" names DOL AMROTH, as
 * dictionary phrases join their words), so such underscores become
 * spaces.  Byte offsets stay those of the original text.  Returns text
 * itself when nothing changes, the copy in ws->text, or NULL on OOM. */
static const char *sentence_text(coder_ws *ws, const char *text, size_t len) {
  const char *u = memchr(text, '_', len);
  if (u == NULL) return text;
  if (len + 1 > ws->text_cap) {
    char *t = realloc(ws->text, len + 1);
    if (t == NULL) return NULL;
    ws->text = t;
    ws->text_cap = len + 1;
  }
  memcpy(ws->text, text, len + 1);
  for (size_t k = (size_t)(u - text); k < len; k++) {
    if (ws->text[k] != '_' || k == 0 || k + 1 >= len) continue;
    unsigned char a = (unsigned char)text[k - 1], b = (unsigned char)text[k + 1];
    int wa = isalnum(a) || a >= 0x80, wb = isalnum(b) || b >= 0x80;
    if (wa && wb) ws->text[k] = ' ';
  }
  return ws->text;
}

/* "restore complete, full diplomatic ties with Gondor": a comma between two
 * lowercase adjectives before a noun stands inside a noun phrase, not between
 * clauses (in PETRARCH's parse the noun phrase spans it, so the verb's target
 * lies past it; "an immediate, unilateral ceasefire" is one noun phrase to
 * the pattern "* CEASEFIRE").  Such commas become spaces in the text (in
 * ws->text, offsets kept); *text then points there, NULL on OOM.  Returns 1
 * when the sentence must be tagged again, else 0. */
static int drop_adjective_commas(coder_ws *ws, const char **text, size_t len) {
  const tag_token *T = ws->tag.tok;
  int any = 0;
  for (size_t k = 1; k + 1 < ws->tag.n; k++) {
    if (T[k].len != 1 || (*text)[T[k].offset] != ',' ||
        !tag_is_adj(T[k - 1].pos) || !tag_is_adj(T[k + 1].pos))
      continue;
    /* not a list: "Colombian, Spanish and French journalists" (names),
     * "economic, military, and political dominance" (a list goes on) */
    if ((T[k - 1].flags & (TAG_F_CAP | TAG_F_ALLCAP)) ||
        (T[k + 1].flags & (TAG_F_CAP | TAG_F_ALLCAP)) || k + 2 >= ws->tag.n ||
        !(tag_is_adj(T[k + 2].pos) || tag_is_noun(T[k + 2].pos)))
      continue;
    if (*text != ws->text) {
      if (len + 1 > ws->text_cap) {
        char *t = realloc(ws->text, len + 1);
        if (t == NULL) {
          *text = NULL;
          return 1;
        }
        ws->text = t;
        ws->text_cap = len + 1;
      }
      memcpy(ws->text, *text, len + 1);
      *text = ws->text;
    }
    ws->text[T[k].offset] = ' ';
    any = 1;
  }
  return any;
}

/* ===================================================================== */
/* Comma clauses (the engine's comma_* options)                          */
/* ===================================================================== */

/* Is token k (of the tokens in ws->tag, over text) a comma? */
static int is_comma(const coder_ws *ws, const char *text, size_t k) {
  const tag_token *t = &ws->tag.tok[k];
  return t->type == TAG_T_PUNCT && t->len == 1 && text[t->offset] == ',';
}

/* May tagged token j stand in a list of names or modifiers (a noun, an
 * adjective, a determiner, a possessive "'s")? */
static int list_word(const coder_ws *ws, size_t j) {
  unsigned p = ws->tag.tok[j].pos;
  return tag_is_noun(p) || tag_is_adj(p) || p == TAG_DT || p == TAG_POS;
}

/* Is the comma at tagged token k one of a list of names or modifiers
 * ("Mordor, Rohan, Fornost and Bree", "Colombian, Spanish and French"),
 * which stands inside a noun phrase and delimits no clause?  It is when a
 * noun or an adjective comes before it and list words (list_word) and
 * commas after it, up to "and" or "or" within twelve tokens; a comma
 * right before "and" or "or" only when another comma comes before it
 * across list words ("Mordor, the awful Fornost, and good Gondor"). */
static int list_comma(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  if (k == 0 || !(tag_is_noun(T[k - 1].pos) || tag_is_adj(T[k - 1].pos)))
    return 0;
  for (size_t j = k + 1; j < ws->tag.n && j <= k + 12; j++) {
    if (streq(ws->toks[j], "and") || streq(ws->toks[j], "or")) {
      if (j > k + 1) return 1;
      for (size_t b = k - 1; b > 0 && b + 7 > k; b--) {
        if (streq(ws->toks[b - 1], ",")) return 1;
        if (!list_word(ws, b - 1)) return 0;
      }
      return 0;
    }
    if (!list_word(ws, j) && !streq(ws->toks[j], ",")) return 0;
  }
  return 0;
}

/* The words (tokens that begin with a letter, as TABARI and PETRARCH
 * count them: no numbers, punctuation or "'s") in tokens [a, b) that
 * drop does not mark. */
static uint32_t clause_words(const coder_ws *ws, const char *text,
                             const uint8_t *drop, size_t a, size_t b) {
  uint32_t w = 0;
  for (size_t k = a; k < b; k++) {
    const tag_token *t = &ws->tag.tok[k];
    unsigned char c = (unsigned char)text[t->offset];
    if (!drop[k] && (isalpha(c) || c >= 0x80) &&
        (t->type == TAG_T_WORD || t->type == TAG_T_ABBREV ||
         t->type == TAG_T_CLITIC))
      w++;
  }
  return w;
}

/* Marks in drop[0, n) (zeroed here) the tokens of the comma clauses the
 * engine deletes, over the tagged sentence in ws (TABARI's and PETRARCH
 * 1's check_commas, on words instead of a parse): the clause before the
 * first comma (kept: that comma), the one after the last comma up to the
 * final punctuation (kept: the comma), then each clause between two
 * commas (with the comma before it), when its words are within the
 * kind's comma_min..comma_max and that max is above 0; a comma left with
 * no word before it (the first) or after it (the last) goes too.  List
 * commas (list_comma) delimit no clause.  Returns the number marked. */
static size_t mark_comma_clauses(const dyad_engine *e, const coder_ws *ws,
                                 const char *text, uint8_t *drop) {
  size_t n = ws->tag.n, end = n, first = SIZE_MAX, last = SIZE_MAX;
  memset(drop, 0, n);
  while (end > 0 && (ws->tag.tok[end - 1].type == TAG_T_PUNCT ||
                     ws->tag.tok[end - 1].type == TAG_T_QUOTE) &&
         !is_comma(ws, text, end - 1))
    end--;
  for (size_t k = 0; k < end; k++)
    if (is_comma(ws, text, k) && !list_comma(ws, k)) {
      if (first == SIZE_MAX) first = k;
      last = k;
    }
  if (first == SIZE_MAX) return 0;
  const uint32_t *lo = e->comma_min, *hi = e->comma_max;
  uint32_t w;
  if (hi[ENGINE_COMMA_BEGIN] > 0) {
    w = clause_words(ws, text, drop, 0, first);
    if (w >= lo[ENGINE_COMMA_BEGIN] && w <= hi[ENGINE_COMMA_BEGIN])
      memset(drop, 1, first);
  }
  if (hi[ENGINE_COMMA_END] > 0) {
    w = clause_words(ws, text, drop, last + 1, end);
    if (w >= lo[ENGINE_COMMA_END] && w <= hi[ENGINE_COMMA_END])
      memset(drop + last + 1, 1, end - last - 1);
  }
  if (hi[ENGINE_COMMA_MID] > 0)
    for (size_t a = first; a < last;) {
      size_t b = a + 1;
      while (!(is_comma(ws, text, b) && !list_comma(ws, b))) b++;
      w = clause_words(ws, text, drop, a + 1, b);
      if (w >= lo[ENGINE_COMMA_MID] && w <= hi[ENGINE_COMMA_MID])
        memset(drop + a, 1, b - a);
      a = b;
    }
  /* dangling commas */
  for (size_t k = 0; k < end; k++)
    if (!drop[k] && is_comma(ws, text, k) && !list_comma(ws, k)) {
      if (clause_words(ws, text, drop, 0, k) == 0) drop[k] = 1;
      break;
    }
  for (size_t k = end; k-- > 0;)
    if (!drop[k] && is_comma(ws, text, k) && !list_comma(ws, k)) {
      if (clause_words(ws, text, drop, k + 1, end) == 0) drop[k] = 1;
      break;
    }
  size_t m = 0;
  for (size_t k = 0; k < n; k++) m += drop[k];
  return m;
}

/* Deletes the comma clauses of the tokenized (untagged) sentence in ws
 * that the engine's comma_* options delete (mark_comma_clauses), for a
 * sentence with a comma: it is tagged once to tell commas between
 * adjectives (drop_adjective_commas, which may make *text ws->text) and
 * in lists from clause commas, tokenized again and the clauses' tokens
 * dropped (tag_drop_tokens: the text is not changed).  The tokens are left
 * untagged.  Returns 2 when tokens were dropped, 1 when only *text
 * changed, 0 when the tokens are as they were, -1 on OOM. */
static int drop_comma_clauses(const dyad_engine *e, coder_ws *ws,
                              const char **text, size_t len) {
  size_t k = 0;
  while (k < ws->tag.n && !is_comma(ws, *text, k)) k++;
  if (k == ws->tag.n) return 0;
  const char *before = *text;
  if (tag_sentence_tokenized(&ws->tag) != 0) return -1;
  if (drop_adjective_commas(ws, text, len) &&
      (*text == NULL || tag_sentence(&ws->tag, *text, len) != 0))
    return -1;
  if (ws_reserve_tokens(ws, ws->tag.n + 1)) return -1;
  for (size_t i = 0; i < ws->tag.n; i++) ws->toks[i] = tag_norm(&ws->tag, i);
  size_t m = mark_comma_clauses(e, ws, *text, ws->consumed);
  if (tag_tokenize(&ws->tag, *text, len) != 0) return -1;
  if (m == 0) return *text != before;
  tag_drop_tokens(&ws->tag, ws->consumed);
  return 2;
}

int coder_code_sentence(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                        size_t si) {
  assert(e && e->dict && ws && r && si < r->n_sents);
  const dyad_dict *d = e->dict;
  dyad_sentence *s = &r->sents[si];
  s->n_events = 0;
  if (ws->story_first_event == SIZE_MAX) ws->story_first_event = r->n_events;
  const char *text = s->text ? s->text : "";
  size_t len = strlen(text);
  text = sentence_text(ws, text, len);
  if (text == NULL) return DYAD_ERR_NOMEM;

  if (tag_tokenize(&ws->tag, text, len) != 0) return DYAD_ERR_NOMEM;
  if (ws_reserve_tokens(ws, ws->tag.n + 1)) return DYAD_ERR_NOMEM;
  for (size_t i = 0; i < ws->tag.n; i++) ws->toks[i] = tag_norm(&ws->tag, i);
  dict_sentence_prepare_keyed(d, ws->tc, ws->toks, ws->tag.norm_len,
                              ws->tag.norm_fnv, TAG_NORM_HASHED, ws->tag.n,
                              ws->ti);

  /* discards work on tokens alone */
  for (size_t i = 0; i < ws->tag.n; i++) {
    dict_match m;
    int story = 0;
    if (!dict_tokinfo_may_match(&ws->ti[i], 1u << DICT_K_DISCARD)) continue;
    if (dict_discard_match_ti(d, ws->toks, ws->tag.n, i, &ws->ti[i], &m,
                              &story)) {
      if (!story) return DYAD_OK;
      r->n_events = ws->story_first_event;
      for (size_t k = 0; k <= si; k++) r->sents[k].n_events = 0;
      return DYAD_END;
    }
  }
  if (!compute_hits(d, ws, !e->new_actor_length)) return DYAD_OK;
  ws->gen++;
  if (ws->gen == 0) {
    memset(ws->memo, 0, sizeof ws->memo);
    ws->judicial_gen = 0;
    ws->gen = 1;
  }
  /* a new sentence for the role_complement_end memo */
  if (++ws->cend_stamp == 0) {
    memset(ws->cend, 0, ws->tok_cap * 4 * sizeof *ws->cend);
    ws->cend_stamp = 1;
  }

  /* comma clauses the options delete (off unless set) */
  int dropped = 0;
  if (e->comma_on) {
    int rc = drop_comma_clauses(e, ws, &text, len);
    if (rc < 0) return DYAD_ERR_NOMEM;
    if (rc > 0) {
      dropped = rc == 2;
      for (size_t i = 0; i < ws->tag.n; i++)
        ws->toks[i] = tag_norm(&ws->tag, i);
      dict_sentence_prepare_keyed(d, ws->tc, ws->toks, ws->tag.norm_len,
                                  ws->tag.norm_fnv, TAG_NORM_HASHED,
                                  ws->tag.n, ws->ti);
      if (!compute_hits(d, ws, !e->new_actor_length)) return DYAD_OK;
    }
  }

  /* the tokens are those tag_tokenize left: tag them in place; only a
   * changed text is tokenized again (not once clauses were dropped:
   * drop_comma_clauses did that) */
  size_t n_before = ws->tag.n;
  int retagged = 0;
  if (tag_sentence_tokenized(&ws->tag) != 0) return DYAD_ERR_NOMEM;
  if (!dropped && drop_adjective_commas(ws, &text, len)) {
    /* the offsets of the tokens the hits were computed for, which
     * tagging left as they were: hits_valid compares them */
    for (size_t i = 0; i < n_before; i++)
      ws->hit_off[i] = ws->tag.tok[i].offset;
    if (text == NULL || tag_sentence(&ws->tag, text, len) != 0)
      return DYAD_ERR_NOMEM;
    retagged = 1;
  }
  size_t n = ws->tag.n;
  if (ws_reserve_tokens(ws, n + 1)) return DYAD_ERR_NOMEM;
  /* tagging leaves the norms where tag_tokenize wrote them: ws->toks
   * changes only with a new tokenization */
  if (retagged)
    for (size_t i = 0; i < n; i++) ws->toks[i] = tag_norm(&ws->tag, i);
  memset(ws->consumed, 0, n);
  memset(ws->patword, 0, n);
  memset(ws->syn_at, 0, n);
  if (retagged && !hits_valid(ws, n_before)) {
    dict_sentence_prepare_keyed(d, ws->tc, ws->toks, ws->tag.norm_len,
                                ws->tag.norm_fnv, TAG_NORM_HASHED, n, ws->ti);
    compute_hits(d, ws, !e->new_actor_length);
  }
  dict_wordset_build_ti(ws->ti, n, &ws->wset);
  if (mention_find(d, ws) || mention_build_entities(ws))
    return DYAD_ERR_NOMEM;
  role_hide_reporters(ws, !e->require_dyad);
  claimant(ws);
  hide_heading_label(ws);
  hide_citations(ws);

  size_t first_ev = r->n_events;
  const tag_token *T = ws->tag.tok;
  /* "Following a meeting with Suu Kyi, Cameron calls for ..." */
  if (opener_meeting(e, ws, r, si, first_ev) < 0) return DYAD_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    /* both need a noun with a token after it, "from" (nominal_reaction)
     * or "of", "on", "against", a punctuation mark or "and"/"or" ending
     * the act's noun phrase (nominal_act): tested here, so most tokens
     * cost no call */
    char nx = i + 1 < n ? ws->toks[i + 1][0] : '\0';
    if ((nx == 'f' || nx == 'o' || nx == 'a' || nx == ',' || nx == '.' ||
         nx == ';') &&
        act_noun_at(ws, i) &&
        (nominal_reaction(e, ws, r, si, first_ev, i) < 0 ||
         nominal_act(e, ws, r, si, first_ev, i) < 0))
      return DYAD_ERR_NOMEM;
    /* an appeal or demand rejected (nominal_appeal): its first letter */
    char c0 = ws->toks[i][0];
    if (e->code_rejected_appeals &&
        (c0 == 'a' || c0 == 'c' || c0 == 'd' || c0 == 'p' || c0 == 'r') &&
        tag_is_noun(T[i].pos) &&
        nominal_appeal(e, ws, r, si, first_ev, i) < 0)
      return DYAD_ERR_NOMEM;
    /* both tests below need a verb hit: most tokens have none */
    if (!ws->hits[i].hv) continue;
    /* "flew to Damascus for talks with Assad": talks in an adjunct are
     * their own event, even where the verb's pattern read past them */
    if (ws->consumed[i] && ws->hits[i].hv &&
        nominal_talks(e, ws, r, si, first_ev, i, ws->hits[i].vv) < 0)
      return DYAD_ERR_NOMEM;
    if (ws->consumed[i] || !ws->hits[i].hv) continue;
    int vb = 0;
    for (size_t k = i; k < i + ws->hits[i].vm.len && k < n && !vb; k++)
      vb = is_verbish(ws, k);
    /* "Ethiopia departs from Libya": a verb form mis-tagged as a noun
     * right after a subject actor */
    if (!vb && i > 0 && ws->ent_at[i - 1] >= 0 && ws->ent_at[i] < 0 &&
        (T[i].pos == TAG_NN || T[i].pos == TAG_NNS || T[i].pos == TAG_VBN ||
         T[i].pos == TAG_VB || T[i].pos == TAG_JJ)) {
      int32_t g = ws->ent[ws->ent_at[i - 1]].group;
      vb = group_last(ws, g) == i - 1 && !mention_in_pp(ws, ws->ent[g].first) &&
           (i + 1 >= n || !tag_is_noun(T[i + 1].pos));
      /* "Ukrainian positions came under fire": a plural before a finite
       * verb is that verb's subject noun */
      if (vb && i + 1 < n && T[i].pos == TAG_NNS &&
          (T[i + 1].pos == TAG_VBD || T[i + 1].pos == TAG_VBZ ||
           T[i + 1].pos == TAG_VBP || T[i + 1].pos == TAG_MD))
        vb = 0;
      /* not after the object of a verb: "struck Hezbollah targets",
       * "wants artillery shells" */
      size_t gf = ws->ent[g].first;
      while (gf > 0 && (T[gf - 1].pos == TAG_DT || tag_is_adj(T[gf - 1].pos) ||
                        T[gf - 1].pos == TAG_PRPS || T[gf - 1].pos == TAG_CD))
        gf--;
      if (vb && gf > 0 &&
          (tag_is_verb(T[gf - 1].pos) || T[gf - 1].chunk == TAG_CH_VG ||
           T[gf - 1].pos == TAG_TO))
        vb = 0;
    }
    /* "Putin told visiting Iranian President Khatami": the visitor's
     * visit to the host (042), no act of the host */
    int32_t visitor, host;
    if (prenominal_visiting(ws, i, &visitor, &host)) {
      if (host >= 0 && host != visitor) {
        verb_hit h = {i, i + 1, ws->hits[i].vv, NULL, "042", 0, 0};
        if (emit_groups(e, ws, r, si, first_ev, &h, visitor, host) < 0)
          return DYAD_ERR_NOMEM;
        /* "received visiting U.S. Defense Secretary Dick Cheney": the
         * reception (043), which the verb's patterns miss when the
         * participle stands between it and the visitor (an event the
         * verb gave already is not repeated) */
        size_t p = i - 1;
        if (T[p].pos == TAG_DT && p > 0) p--;
        const char *l = tag_lemma(&ws->tag, p);
        if (streq(l, "receive") || streq(l, "host") ||
            streq(l, "welcome") || streq(l, "greet")) {
          verb_hit hh = {p, p + 1, ws->hits[i].vv, NULL, "043", 0, 0};
          if (emit_groups(e, ws, r, si, first_ev, &hh, host, visitor) < 0)
            return DYAD_ERR_NOMEM;
        }
      }
      continue;
    }
    if (!vb) {
      /* "Tony Blair, on a visit to Islamabad," */
      if (nominal_visit(e, ws, r, si, first_ev, i, ws->hits[i].vv) < 0 ||
          nominal_call(e, ws, r, si, first_ev, i, ws->hits[i].vv) < 0 ||
          nominal_talks(e, ws, r, si, first_ev, i, ws->hits[i].vv) < 0)
        return DYAD_ERR_NOMEM;
      continue;
    }
    /* "after leaving Eriador", "for allegedly funding Iran's military":
     * a gerund clause under a preposition (adverbs may come between)
     * gives no event of its own */
    if (T[i].pos == TAG_VBG && role_gerund_under_prep(ws, i)) continue;
    /* "of bombing X and invading Y": so is a gerund joined to it */
    if (role_coordinated_gerund(ws, i)) continue;
    /* "for helping China to attack Ukraine", "avoids visiting", "is
     * considering sending warships": an act under such a gerund, or under
     * a verb of avoidance or deliberation, is not done */
    if (unrealised_act(ws, i)) continue;
    /* "pleads guilty to selling secrets to Russia": the crime charged */
    if (crime_clause(ws, i)) continue;
    /* "have been planning an attack on the police", "say they have
     * foiled a bomb attack": a "have" before a participle of planning
     * or prevention is an auxiliary, no verb of holding (whose patterns
     * would read the attack as held); the attack was not made */
    if (streq(tag_lemma(&ws->tag, i), "have") && planned_after_have(ws, i))
      continue;
    /* "denied that its troops had attacked": not reported as done */
    if (denied_clause(ws, i)) continue;
    /* "vowed to fast until the government allowed access": not done */
    if (until_unrealised(ws, i)) continue;
    /* "met in Minsk to sign an accord": a purpose, not done */
    if (purpose_infinitive(ws, i)) continue;
    /* "exercises aimed at helping Manila crush": a purpose, not done */
    if (aimed_act(ws, i)) continue;
    /* "confident that Israel would sign", "whether Beijing would back" */
    if (forecast_clause(ws, i)) continue;
    /* "demanded that NATO halt the bombing": demanded, not done */
    if (demanded_clause(ws, i)) continue;
    dict_match m = ws->hits[i].vm;
    const dict_verb_form *f = ws->hits[i].vf;
    const dict_verb *v = ws->hits[i].vv;
    /* only the last dictionary verb of a verb group */
    int later = 0;
    size_t later_at = SIZE_MAX;
    if (T[i].chunk == TAG_CH_VG) {
      for (size_t k = i + m.len; k < n && T[k].chunk == TAG_CH_VG &&
                                 T[k].chunk_id == T[i].chunk_id; k++) {
        int32_t pv, ph;
        if (tag_is_verb(T[k].pos) && ws->hits[k].hv && is_verbish(ws, k) &&
            !prenominal_visiting(ws, k, &pv, &ph)) {
          later = 1;
          later_at = k;
          break;
        }
      }
    }
    /* "stopped supplying Ukraine with weapons": a halting verb heading a
     * gerund is coded by its own block when one of its patterns reads
     * past the gerund (reduce/stop aid, 16x); that pattern consumes the
     * gerund, else the gerund is coded as before */
    if (later && T[later_at].pos == TAG_VBG && later_at == i + m.len &&
        is_halting_verb(tag_lemma(&ws->tag, i))) {
      if (code_verb(e, ws, r, si, first_ev, i, m.len, f, v, SIZE_MAX, NULL) <
          0)
        return DYAD_ERR_NOMEM;
      i += m.len - 1;
      continue;
    }
    size_t emb = role_control_embedded(ws, i, m.len);
    /* "Colombia and Venezuela met to end the crisis": the meeting is the
     * event, its purpose is not done */
    if (emb != SIZE_MAX && T[i].pos != TAG_VB && T[i].pos != TAG_VBG &&
        purpose_verb(tag_lemma(&ws->tag, i))) {
      if (code_verb(e, ws, r, si, first_ev, i, m.len, f, v, SIZE_MAX, NULL) <
          0)
        return DYAD_ERR_NOMEM;
      ws->consumed[emb] = 1;
      i += m.len - 1;
      continue;
    }
    if (emb != SIZE_MAX) {
      size_t eend;
      const char *ec = embedded_code(e, ws, r, emb, &eend);
      if (ec == NULL) return DYAD_ERR_NOMEM;
      int rc = code_verb(e, ws, r, si, first_ev, i, m.len, f, v, emb, ec);
      if (rc < 0) return DYAD_ERR_NOMEM;
      if (rc == 0) {
        /* the words the embedded verb's pattern read are coded */
        for (size_t k = emb; k < eend && k < n; k++) ws->consumed[k] = 1;
        i += m.len - 1;
        continue;
      }
    }
    if (later) continue;
    if (code_verb(e, ws, r, si, first_ev, i, m.len, f, v, SIZE_MAX, NULL) < 0)
      return DYAD_ERR_NOMEM;
    i += m.len - 1;
  }
  if (fold_demanding(ws, r, first_ev) < 0) return DYAD_ERR_NOMEM;
  if (claimed_attacks(e, ws, r, si, first_ev) < 0) return DYAD_ERR_NOMEM;
  if (hosted_visits(r, first_ev) < 0) return DYAD_ERR_NOMEM;
  if (brokered_mediation(e, ws, r, first_ev) < 0) return DYAD_ERR_NOMEM;
  drop_redundant_statements(r, first_ev);
  if (!e->require_dyad) drop_background_nulls(ws, r, first_ev);
  if (veto_drafter(d, ws, r, first_ev) < 0) return DYAD_ERR_NOMEM;
  s->n_events = (uint32_t)(r->n_events - first_ev);

  /* story context for later sentences */
  context_sentence_end(ws, r, first_ev);
  return DYAD_OK;
}
