/*
 * role.c: who acts on whom, source and target of a coded verb.
 *
 * Step 7 of the coder (see coder.c): the source is the subject, the
 * nearest entity group before the verb that is not inside a prepositional
 * phrase, or the subject of the previous verb group when another verb
 * group comes first ("X is about to restore", "X condemned ... and
 * promised"); the target is the pattern's '+' slot or the first group in
 * the verb's complement (which ends at the next finite verb group).
 * Passive groups swap: the subject is the target, the source the "by"
 * agent or the first complement group.  Speech verbs ("said") do not take
 * the subject of an inner clause as target.  Two real-news rules live here
 * too: attribution is no participant (", X said", "according to X" hide X
 * and the reporting verb), and control verbs ("threatened to attack") are
 * coded by the framing verb or the embedded one.  Real-news rules: a place
 * after in/at/near is no default target of talks, agreements or
 * cooperation ("held talks in Jeddah"); "A and B agreed" is mutual
 * (role_mutual); intent is not done ("could invade" none, "ready to
 * resume talks" 036: role_modality); the "by" agent a pattern read is
 * the source; a purpose infinitive after an object belongs to the subject
 * ("summoned the ambassador to protest"); currency prefixes ("US$") and
 * null-coded actors ("---") take no role.  What did not happen or is
 * background is no event: an infinitive under a verb of appeal ("asked
 * Kyiv to investigate"), a non-material act only planned or expected, a
 * cooperative act announced for the future (an intent), a subject
 * opening with "no", a clause dated to an earlier year (role_history), a
 * reduced relative ("soldiers patrolling the border", "submarines
 * supplied by Germany"), a gerund joined to one under a preposition, an
 * infinitive after "be" ("is to deploy": an arranged future).  A
 * participle joined by "and" to a passive is passive ("were detained and
 * interrogated"); a finite verb after "and" shares the subject of the
 * finite verb before it; "attacked X for doing Y" is criticism.  A
 * passive subject is acted on, never the source; the agent is the noun
 * phrase after the first "by".  A bare participle after a noun phrase is
 * passive even when the tagger reads it as a past tense ("a journalist
 * kidnapped by militants", "pilgrims abducted in Syria": bare_participle),
 * and such a noun phrase is the subject of the verb after it ("Americans
 * abducted in Baghdad are freed"); a quantifier ("at least three
 * soldiers", "about 20") opens no prepositional phrase (np_in_pp); a
 * participle after a comma (", killing 30"), or with no comma right after
 * a place or a building ("stormed the embassy in Kabul taking hostages"),
 * shares the subject of the finite verb before it; the object of a gerund ("accused of abducting
 * children") is no agent of a passive; nor is the object of a
 * participle clause between commas a subject ("Carter, after visiting
 * North Korea, accused").  A time phrase between a verb and its
 * complement belongs to neither ("appealed on Monday to the UN to send":
 * role_time_adjunct), and force made possible on a condition is a threat
 * ("could cut supplies unless Kyiv pays": 13x).  An actor inside an
 * infinitive after a mutual act's object is its purpose, no party ("A
 * and B sign a pact to curb fishing by C": A<>B), and a protest's
 * participle after people is theirs ("fire tear gas at demonstrators
 * protesting": protest_participle_doer).  Kept apart from pattern
 * matching so the syntax of roles can change on its own.
 */
#include "code/role.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "code/context.h"
#include "code/mention.h"
#include "code/result.h"

/* ===================================================================== */
/* Subjects and complements                                              */
/* ===================================================================== */

static int bare_participle(const coder_ws *ws, size_t i, size_t len);
static int plural_as_verb(const coder_ws *ws, size_t k, size_t i);
static int is_appeal_verb(const char *lemma);
static const char *group_country(const coder_ws *ws, int32_t g);


static int is_time_noun(const char *w) {
  /* year(s), month(s), week(s), day(s), today, yesterday, tonight, the
   * days of the week, night, morning, evening, afternoon, time, hour(s):
   * by first letter, so a word is compared with the few that share it */
  static const char *const y[] = {"year", "years", "yesterday", NULL};
  static const char *const m[] = {"month", "months", "monday", "morning",
                                  NULL};
  static const char *const wk[] = {"week", "weeks", "wednesday", NULL};
  static const char *const d[] = {"day", "days", NULL};
  static const char *const t[] = {"today", "tonight", "tuesday", "thursday",
                                  "time", NULL};
  static const char *const f[] = {"friday", NULL};
  static const char *const s[] = {"saturday", "sunday", NULL};
  static const char *const n[] = {"night", NULL};
  static const char *const e[] = {"evening", NULL};
  static const char *const a[] = {"afternoon", NULL};
  static const char *const h[] = {"hour", "hours", NULL};
  const char *const *v;
  switch (w[0]) {
    case 'y': v = y; break;
    case 'm': v = m; break;
    case 'w': v = wk; break;
    case 'd': v = d; break;
    case 't': v = t; break;
    case 'f': v = f; break;
    case 's': v = s; break;
    case 'n': v = n; break;
    case 'e': v = e; break;
    case 'a': v = a; break;
    case 'h': v = h; break;
    default: return 0;
  }
  return word_in_list(w, v);
}

/* Words that open a clause: "that" and the subordinators.  "that"
 * stays first: clause_opener + 1 is the subordinators alone
 * (role_subclause_at).  Every word here is a TAG_W_CSUB word (tag.h):
 * role_subclause_at tests that class first. */
static const char *const clause_opener[] = {
    "that", "when", "before", "after", "as", "because", "while", "since",
    "once", "until", "whereas", "although", "though", "if", "unless", NULL};

/* Only adverbs between token j and the verb group at vs? */
static int adjacent_before(const coder_ws *ws, size_t j, size_t vs) {
  for (size_t k = j + 1; k < vs; k++)
    if (ws->tag.tok[k].pos != TAG_RB) return 0;
  return 1;
}

/* Does a passive verb group with its agent open at token k ("was
 * detained by", "had been kidnapped on Monday by"): forms of "be" or
 * "have", a past participle, then "by" within four tokens? */
static int passive_by_after(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, q = k;
  int be = 0;
  while (q < n && (streq(tag_lemma(&ws->tag, q), "be") ||
                   streq(tag_lemma(&ws->tag, q), "have") ||
                   T[q].pos == TAG_RB)) {
    be |= streq(tag_lemma(&ws->tag, q), "be");
    q++;
  }
  if (!be || q >= n || T[q].pos != TAG_VBN) return 0;
  for (size_t b = q + 1; b < n && b <= q + 4; b++) {
    if (streq(ws->toks[b], "by")) return 1;
    if (streq(ws->toks[b], ",") || T[b].chunk == TAG_CH_VG) return 0;
  }
  return 0;
}

/* The group heading the noun phrase that ends right before the relative
 * pronoun at token w ("the Iraqi army, which": the army), or -1 when that
 * noun phrase holds no actor ("an attack which"; "Hezbollah's attack
 * which" is Hezbollah's). */
static int32_t relative_head(const coder_ws *ws, size_t w) {
  const tag_token *T = ws->tag.tok;
  size_t j = w;
  if (j > 0 && streq(ws->toks[j - 1], ",")) j--;
  for (size_t k = j; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    int32_t e = ws->ent_at[k - 1];
    if (e >= 0) {
      int32_t g = ws->ent[e].group;
      /* "the capital of Iraq, which": the noun before the phrase; but
       * "who" is said of people: "the release of Aung San Suu Kyi, who
       * was detained by the junta" names her as the one the agent after
       * "by" acted on */
      if (mention_in_pp(ws, ws->ent[g].first) && k == j &&
          !(streq(ws->toks[w], "who") && !ws->ent[g].place &&
            passive_by_after(ws, w + 1)))
        return -1;
      return g;
    }
    if (!is_np_filler(t)) return -1;
  }
  return -1;
}

/* Is the group starting at token gf the object of the verb of a relative
 * clause ("soldiers who visited Ukraine": Ukraine)?  Returns the head of
 * that relative clause (relative_head: the soldiers, or -1), or -2 when
 * the group is no such object. */
static int32_t relative_object_head(const coder_ws *ws, size_t gf) {
  const tag_token *T = ws->tag.tok;
  size_t k = gf;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   T[k - 1].pos == TAG_CD || T[k - 1].pos == TAG_PRPS))
    k--;
  if (k == 0 || T[k - 1].chunk != TAG_CH_VG ||
      T[k - 1].chunk_id >= ws->tag.n_chunks)
    return -2;
  size_t vf = ws->tag.chunks[T[k - 1].chunk_id].first;
  if (vf == 0 || ws->ent_at[vf - 1] >= 0 ||
      !(T[vf - 1].pos == TAG_WP || T[vf - 1].pos == TAG_WDT))
    return -2;
  return relative_head(ws, vf - 1);
}

/* Does token w open a relative clause on "who" set off by a comma before
 * it, with its own finite verb right after ("Alberto Fujimori, who shut
 * down Congress and the courts last week, rejected": the subject of the
 * verb after the closing comma is the noun phrase before the opening one,
 * not an actor inside the clause), or on "whom" ("the president, whom
 * Kenyan police arrested in May, accused")? */
static int comma_who_clause(const coder_ws *ws, size_t w) {
  const tag_token *T = ws->tag.tok;
  if (w < 1 || w + 1 >= ws->tag.n || !streq(ws->toks[w - 1], ","))
    return 0;
  if (streq(ws->toks[w], "whom")) return 1;
  if (!streq(ws->toks[w], "who")) return 0;
  size_t v = w + 1;
  while (v < ws->tag.n && T[v].pos == TAG_RB) v++;
  return v < ws->tag.n && (tag_is_finite(T[v].pos) || T[v].pos == TAG_MD);
}

/* Token k opens a noun phrase; when "QUANTITY of" stands right before it
 * ("thousands of", "hundreds of", "dozens of", "a group of"), the first
 * token of that quantity phrase (its determiners and numbers too), else
 * k. */
static size_t quantity_of_start(const coder_ws *ws, size_t k) {
  static const char *const q[] = {"thousands", "hundreds", "dozens",
                                  "millions", "tens", "scores", "group",
                                  "crowd", "crowds", "number", NULL};
  const tag_token *T = ws->tag.tok;
  if (k < 2 || !streq(ws->toks[k - 1], "of") || !word_in_list(ws->toks[k - 2], q))
    return k;
  k -= 2;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   T[k - 1].pos == TAG_CD))
    k--;
  return k;
}

/* "after Warsaw agreed", "as Israeli jets struck Beirut": words that are
 * prepositions or subordinators (after, before, as, since, until, once) open
 * a clause when the group after them stands right before the verb group at vs
 * (adverbs or the rest of its noun phrase between): the group is that
 * clause's subject, not the object of a preposition. */
static int clause_after_prep(const coder_ws *ws, int32_t g, size_t vs) {
  static const char *const v[] = {"after", "before", "as", "since", "until",
                                  "once", NULL};
  const tag_token *T = ws->tag.tok;
  size_t last = group_last(ws, g);
  if (last >= vs) return 0;
  /* adverbs, or the rest of the group's noun phrase ("Israeli jets") */
  for (size_t q = last + 1; q < vs; q++)
    if (T[q].pos != TAG_RB &&
        !(tag_is_noun(T[q].pos) && T[q].chunk == TAG_CH_NP &&
          T[last].chunk == TAG_CH_NP && T[q].chunk_id == T[last].chunk_id))
      return 0;
  size_t k = ws->ent[g].first;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   T[k - 1].pos == TAG_CD || T[k - 1].pos == TAG_PRPS))
    k--;
  /* "after thousands of Chinese demonstrators hurled stones" */
  k = quantity_of_start(ws, k);
  if (k == 0) return 0;
  return word_in_list(ws->toks[k - 1], v);
}

/* Is the group starting at token f in a prepositional phrase
 * (mention_in_pp)?  A quantifier before a number is no preposition: "At
 * least three soldiers are killed", "about 20 people", "up to 30 workers",
 * "more than 40 civilians", "as many as 50 troops": the phrase before the
 * quantifier decides ("the deaths of at least three soldiers" is in
 * one). */
static int np_in_pp(const coder_ws *ws, size_t f) {
  static const char *const one[] = {"about", "around", "over", "nearly",
                                    "approximately", "almost", "roughly",
                                    "some", "under", NULL};
  static const char *const than[] = {"more", "less", "fewer", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = f;
  while (k > 0 && T[k - 1].pos != TAG_CD &&
         (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
          T[k - 1].pos == TAG_RB))
    k--;
  if (k >= 2 && T[k - 1].pos == TAG_CD) {
    size_t c = k - 1, q = c;
    const char *a = ws->toks[c - 1], *b = c >= 2 ? ws->toks[c - 2] : "";
    if (c >= 2 && ((streq(b, "at") && (streq(a, "least") || streq(a, "most"))) ||
                   (streq(b, "up") && streq(a, "to")) ||
                   (word_in_list(b, than) && streq(a, "than"))))
      q = c - 2;
    else if (c >= 3 && streq(a, "as") && streq(ws->toks[c - 3], "as") &&
             (streq(b, "many") || streq(b, "few") || streq(b, "much")))
      q = c - 3;
    else if (word_in_list(a, one))
      q = c - 1;
    if (q < c) return mention_in_pp(ws, q);
  }
  return mention_in_pp(ws, f);
}

/* Does token k open a non-finite verb group: "to", a present or a bare
 * past participle?  (A bare VB may be a present tense the tagger
 * misread: "Egypt and Bahrain meet".) */
static int nonfinite_at(const tag_token *T, size_t k) {
  return T[k].pos == TAG_TO || T[k].pos == TAG_VBG || T[k].pos == TAG_VBN;
}

/* Is the noun phrase starting at token gf the object of a present
 * participle that opens a clause after a preposition, a subordinator or
 * a comma ("after visiting North Korea", "while meeting Japan's prime
 * minister", ", visiting Kabul")? */
static int participle_object(const coder_ws *ws, size_t gf) {
  const tag_token *T = ws->tag.tok;
  size_t p = gf;
  while (p > 0 && (T[p - 1].pos == TAG_DT || tag_is_adj(T[p - 1].pos) ||
                   T[p - 1].pos == TAG_PRPS || T[p - 1].pos == TAG_CD ||
                   T[p - 1].type == TAG_T_POSSESSIVE || ws->ent_at[p - 1] >= 0))
    p--;
  if (p == 0 || T[p - 1].pos != TAG_VBG) return 0;
  /* "Several nations, including Turkey, expel": a preposition */
  static const char *const prep[] = {"including", "excluding", "regarding",
                                     "concerning", "following", "according",
                                     "involving", "notwithstanding", NULL};
  if (word_in_list(ws->toks[p - 1], prep)) return 0;
  size_t q = p - 1;
  while (q > 0 && T[q - 1].pos == TAG_RB) q--;
  return q > 0 && (T[q - 1].pos == TAG_IN || streq(ws->toks[q - 1], ","));
}

/* Is the one-word verb group ch ("closed" in "ordered his embassy in
 * Bogota closed") the complement of the object of a verb of ordering,
 * declaring or keeping before it, with only noun and prepositional
 * phrases between?  Returns that verb's first token, or SIZE_MAX. */
static size_t object_complement_of(const coder_ws *ws, const tag_chunk *ch) {
  static const char *const v[] = {"order", "declare", "keep", "leave", "want",
                                  "find", "consider", "get", "have", "make",
                                  "see", NULL};
  const tag_token *T = ws->tag.tok;
  if (ch->n != 1 || (T[ch->first].pos != TAG_VBD && T[ch->first].pos != TAG_VBN))
    return SIZE_MAX;
  size_t k = ch->first;
  int np = 0;
  /* not across "that" or a subordinator: "found that the law had" is a
   * clause of its own */
  while (k > 0 && (T[k - 1].chunk == TAG_CH_NP || T[k - 1].chunk == TAG_CH_PP ||
                   ws->ent_at[k - 1] >= 0) &&
         !word_in_list(ws->toks[k - 1], clause_opener)) {
    np |= T[k - 1].chunk == TAG_CH_NP || ws->ent_at[k - 1] >= 0;
    k--;
  }
  if (!np || k == 0 || T[k - 1].chunk != TAG_CH_VG ||
      T[k - 1].chunk_id >= ws->tag.n_chunks)
    return SIZE_MAX;
  const tag_chunk *pv = &ws->tag.chunks[T[k - 1].chunk_id];
  if (!word_in_list(tag_lemma(&ws->tag, pv->head), v)) return SIZE_MAX;
  return pv->first;
}

/* Is the present participle at token vs the complement of a document
 * noun ("a resolution demanding", "a statement calling on", "a bill
 * imposing") that is the object of a verb of passing or issuing ("The
 * Security Council passed a resolution demanding that Iraq ...")?
 * Only participles of demanding, appealing, condemning, supporting or
 * sanctioning count.  Returns the first token of that verb's group, whose
 * subject is the participle's (the body that adopts the text says what it
 * says), or SIZE_MAX. */
static size_t document_participle_verb(const coder_ws *ws, size_t vs) {
  static const char *const doc[] = {
      "resolution", "resolutions", "statement", "statements", "declaration",
      "declarations", "motion", "motions", "bill", "bills", "communique",
      "communiqué", NULL};
  static const char *const pass[] = {
      "pass", "adopt", "approve", "issue", "release", "sign", "endorse",
      "unveil", "introduce", "submit", "table", "publish", "draft", NULL};
  /* what such a text does to those it names: demands, appeals,
   * condemnation, support, sanctions ("a resolution recognizing X", "a
   * bill making Y illegal", "a statement saying" are no act on X) */
  static const char *const act[] = {
      "demand", "call", "urge", "ask", "request", "appeal", "condemn",
      "denounce", "criticize", "criticise", "accuse", "blame", "reject",
      "welcome", "support", "praise", "apologise", "apologize", "impose",
      "ban", "threaten", "warn", "declare", NULL};
  const tag_token *T = ws->tag.tok;
  if (T[vs].pos != TAG_VBG || !word_in_list(tag_lemma(&ws->tag, vs), act))
    return SIZE_MAX;
  /* "a resolution calling for a ceasefire in Gaza" names no addressee:
   * its only target would be a place (the dev gold codes none) */
  if (vs + 1 < ws->tag.n && streq(ws->toks[vs + 1], "for") &&
      streq(tag_lemma(&ws->tag, vs), "call"))
    return SIZE_MAX;
  size_t k = vs;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  if (k == 0 || !word_in_list(ws->toks[k - 1], doc) || ws->ent_at[k - 1] >= 0)
    return SIZE_MAX;
  /* back over the rest of its noun phrase ("a non-binding UN
   * resolution"); no actor of its own ("Russia's statement") */
  k--;
  while (k > 0 && is_np_filler(&T[k - 1]) && ws->ent_at[k - 1] < 0 &&
         T[k - 1].type != TAG_T_POSSESSIVE && T[k - 1].pos != TAG_POS)
    k--;
  if (k == 0 || ws->ent_at[k - 1] >= 0 || T[k - 1].chunk != TAG_CH_VG ||
      T[k - 1].chunk_id >= ws->tag.n_chunks)
    return SIZE_MAX;
  const tag_chunk *pv = &ws->tag.chunks[T[k - 1].chunk_id];
  if (!word_in_list(tag_lemma(&ws->tag, pv->head), pass)) return SIZE_MAX;
  return pv->first;
}

/* Is there a comma in tokens (a, b)? */
static int comma_between(const coder_ws *ws, size_t a, size_t b) {
  for (size_t k = a + 1; k < b; k++)
    if (streq(ws->toks[k], ",")) return 1;
  return 0;
}

/* Is group b an apposition of group a ending before the verb group at
 * gs: a's last token, a comma, then only determiners, adjectives and
 * nouns up to b, and b's last token followed by a comma right before
 * gs ("Burhan, the military junta leader of Sudan, survives")? */
static int apposed(const coder_ws *ws, int32_t a, int32_t b, size_t gs) {
  size_t al = group_last(ws, a), bf = ws->ent[b].first,
         bl = group_last(ws, b);
  if (al + 2 > bf || bl + 2 != gs || !streq(ws->toks[al + 1], ",") ||
      !streq(ws->toks[bl + 1], ","))
    return 0;
  for (size_t k = al + 2; k < bf; k++)
    if (!(ws->tag.tok[k].pos == TAG_DT || tag_is_adj(ws->tag.tok[k].pos) ||
          tag_is_noun(ws->tag.tok[k].pos)))
      return 0;
  return 1;
}

/* "57 Palestinians, including 10 children and three women, are killed":
 * group g inside an "including" aside between commas that ends right
 * before the verb group at gs names part of the noun phrase before the
 * aside; returns that phrase's group, or g when there is none. */
static int32_t including_aside_head(const coder_ws *ws, int32_t g,
                                    size_t gs) {
  size_t f = ws->ent[g].first;
  if (gs < 1 || !streq(ws->toks[gs - 1], ",") ||
      group_last(ws, g) + 1 >= gs)
    return g;
  size_t c = f;
  while (c > 0 && !streq(ws->toks[c - 1], ",") && !streq(ws->toks[c - 1], ";"))
    c--;
  if (c < 2 || !streq(ws->toks[c - 1], ",") || !streq(ws->toks[c], "including"))
    return g;
  for (size_t k = group_last(ws, g) + 1; k + 1 < gs; k++)
    if (streq(ws->toks[k], ",")) return g;
  int32_t e = ws->ent_at[c - 2];
  return e >= 0 ? ws->ent[e].group : g;
}

/* The place named in the subject of the passive verb group starting at
 * token vs, when that subject is a place noun with the place after "of"
 * or "in" ("The town of Goma was seized by M23 rebels", "Two airports
 * in Crimea were seized", "the capital of Chechnya was bombed"): the
 * place's group, or -1.  The noun phrase must open the sentence or a
 * clause and stand right before the verb group (adverbs aside). */
int32_t role_place_subject(const coder_ws *ws, size_t vs) {
  static const char *const place_nouns[] = {
      "town", "city", "village", "capital", "province", "region",
      "district", "airport", "airfield", "airbase", "base", "port",
      "harbour", "harbor", "island", "enclave", "stronghold", "outpost", "garrison",
      "territory", "area", "suburb", "oilfield", "refinery", "border",
      "crossing", "camp", "settlement", "neighbourhood", "neighborhood",
      NULL};
  const tag_token *T = ws->tag.tok;
  size_t a = vs;
  while (a > 0 && T[a - 1].pos == TAG_RB) a--;
  if (a < 3) return -1;
  int32_t e = ws->ent_at[a - 1];
  if (e < 0) return -1;
  int32_t g = ws->ent[e].group;
  size_t gf = ws->ent[g].first;
  if (group_last(ws, g) != a - 1 || gf < 2) return -1;
  /* "the city of Kunduz", "the southern town of Bunia" */
  size_t f = gf;
  if (!streq(ws->toks[f - 1], "of") && !streq(ws->toks[f - 1], "in"))
    return -1;
  size_t h = f - 2;
  if (!tag_is_noun(T[h].pos) || !word_in_list(tag_lemma(&ws->tag, h), place_nouns))
    return -1;
  size_t p = h;
  while (p > 0 && (T[p - 1].pos == TAG_DT || T[p - 1].pos == TAG_CD ||
                   tag_is_adj(T[p - 1].pos) || T[p - 1].pos == TAG_NN))
    p--;
  if (p > 0 && !streq(ws->toks[p - 1], ",") &&
      !word_in_list(ws->toks[p - 1], clause_opener))
    return -1;
  return g;
}

/* The subject group of the verb group starting at token vs, or -1.  A
 * verb group met first hands over its own subject (unless `no_inherit`);
 * a noun that is no actor and stands right before the verb (only adverbs
 * in between, not in a prepositional phrase) is a subject without a code
 * ("crowds trashed"). */
/* Is group g a place in apposition to a name inside a prepositional
 * phrase ("on Sloviansk, Donetsk Oblast,", "in Yekaterinburg, Russia,",
 * "near Bint Jbeil, Lebanon")?  g is one bare actor (no agent) or a
 * place right after a comma, and the token before the comma is a proper
 * noun whose noun phrase is in a prepositional phrase (mention_in_pp)
 * that qualifies a noun before it, and a comma closes g. */
static int pp_apposed_place(const coder_ws *ws, int32_t g) {
  const tag_token *T = ws->tag.tok;
  const entity *E = &ws->ent[g];
  size_t gf = E->first;
  if (E->next >= 0 || gf < 3 || !streq(ws->toks[gf - 1], ",")) return 0;
  if (E->place || E->actor == NULL || strlen(E->actor) != 3 || E->pre[0] ||
      E->post[0])
    return 0;
  size_t p = gf - 2;
  if (T[p].pos != TAG_NNP && T[p].pos != TAG_NNPS) return 0;
  /* back over the proper names before the comma, and over a chain of
   * them ("on a restaurant in Kramatorsk, Donetsk Oblast, Ukraine,") */
  size_t f = p + 1;
  for (int hops = 0; hops < 3; hops++) {
    while (f > 0 && (T[f - 1].pos == TAG_NNP || T[f - 1].pos == TAG_NNPS)) {
      f--;
      /* to its group's start, when that is a name too (not "a court" of
       * "a court in Yekaterinburg, Russia,") */
      if (ws->ent_at[f] >= 0) {
        size_t gs = ws->ent[ws->ent[ws->ent_at[f]].group].first;
        if (T[gs].pos == TAG_NNP || T[gs].pos == TAG_NNPS) f = gs;
      }
    }
    if (f < 3 || !streq(ws->toks[f - 1], ",") ||
        (T[f - 2].pos != TAG_NNP && T[f - 2].pos != TAG_NNPS) ||
        mention_in_pp(ws, f))
      break;
    f--;
  }
  if (!mention_in_pp(ws, f)) return 0;
  /* the apposition is closed by a comma ("Donetsk Oblast,"): not "At
   * the IAEA, the United States accuses", "During a visit by Valls,
   * Egypt signs" */
  size_t l = group_last(ws, g) + 1;
  while (l < ws->tag.n && ws->ent_at[l] < 0 &&
         (T[l].pos == TAG_NNP || T[l].pos == TAG_NNPS))
    l++;
  if (l >= ws->tag.n || !streq(ws->toks[l], ",")) return 0;
  /* the phrase qualifies a noun ("a strike on", "a court in"); one that
   * opens the sentence or follows a comma is an adjunct of the clause
   * ("During a session of the Security Council, the United States,") */
  size_t q = f;
  while (q > 0 && (T[q - 1].pos == TAG_DT || tag_is_adj(T[q - 1].pos) ||
                   tag_is_noun(T[q - 1].pos) || T[q - 1].pos == TAG_CD ||
                   T[q - 1].pos == TAG_POS ||
                   /* not the "in" of a court's place ("a court in
                    * Yekaterinburg, Russia,": one mention) */
                   (ws->ent_at[q - 1] >= 0 && T[q - 1].pos != TAG_IN) ||
                   streq(ws->toks[q - 1], "of")))
    q--;
  return q >= 2 && T[q - 1].pos == TAG_IN && !streq(ws->toks[q - 2], ",") &&
         (tag_is_noun(T[q - 2].pos) || ws->ent_at[q - 2] >= 0);
}

/* See role.h.  ("told Britain on Monday it would": a time phrase may
 * come between the listener and "it"; "informs the State Department that
 * it will launch", "told Britain on Monday that it would": "that" may
 * follow either.) */
int32_t role_told_listener(const coder_ws *ws, size_t vs, size_t *tv) {
  const tag_token *T = ws->tag.tok;
  static const char *const tell[] = {"tell", "inform", "assure", "notify",
                                     NULL};
  if (vs < 3 || T[vs].pos != TAG_MD ||
      !(streq(ws->toks[vs], "would") || streq(ws->toks[vs], "will")) ||
      T[vs - 1].pos != TAG_PRP ||
      !(streq(ws->toks[vs - 1], "it") || streq(ws->toks[vs - 1], "they")))
    return -1;
  size_t lq = vs - 1;
  if (lq >= 3 && streq(ws->toks[lq - 1], "that")) lq--;
  for (size_t t = lq > 4 ? lq - 4 : 1; t < lq; t++)
    if (role_time_adjunct(ws, t) == lq) {
      lq = t;
      break;
    }
  if (lq < 2 || ws->ent_at[lq - 1] < 0) return -1;
  int32_t g = ws->ent[ws->ent_at[lq - 1]].group;
  size_t f = ws->ent[g].first;
  while (f > 0 && T[f - 1].pos == TAG_DT) f--;
  if (group_last(ws, g) != lq - 1 || f == 0 ||
      T[f - 1].chunk != TAG_CH_VG || T[f - 1].chunk_id >= ws->tag.n_chunks ||
      !word_in_list(tag_lemma(&ws->tag, f - 1), tell))
    return -1;
  *tv = f - 1;
  return g;
}

static int32_t find_subject(const coder_ws *ws, size_t vs, int depth,
                            int no_inherit) {
  const tag_token *T = ws->tag.tok;
  int comma = 0;
  /* "A Russian missile strike destroys a barracks, killing at least 50
   * soldiers": a participle after a comma shares the subject of the
   * finite verb before it, not that verb's object */
  if (depth < 4 && T[vs].pos == TAG_VBG && vs > 0 &&
      streq(ws->toks[vs - 1], ",")) {
    for (size_t k = vs - 1; k > 0; k--) {
      size_t j = k - 1;
      if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) break;
      if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks &&
          tag_is_finite(T[ws->tag.chunks[T[j].chunk_id].first].pos))
        return find_subject(ws, ws->tag.chunks[T[j].chunk_id].first,
                            depth + 1, 0);
    }
  }
  /* "Gunmen stormed the embassy in Kabul taking hostages": a present
   * participle with no comma right after a place ("in Kabul") or a
   * building or settlement noun (an actor named by one too: "the
   * embassy in Kabul") shares the subject of the finite verb
   * before it too; a place or a building does no act (a person or a
   * group before it may: "attacked a bus carrying pilgrims"; so may an
   * office or a parliament, left out: "raided an office investigating") */
  if (depth < 4 && T[vs].pos == TAG_VBG && vs > 1 &&
      T[vs - 1].type == TAG_T_WORD && !(T[vs - 1].pos == TAG_VBG)) {
    static const char *const sites[] = {
        "embassy", "consulate", "building", "buildings", "compound",
        "village", "villages", "town", "towns", "hotel", "school", "mosque",
        "church", "palace", "station", "airport", "hospital", "camp",
        "base", "prison", "convoy", "outpost", "checkpoint",
        NULL};
    int32_t pe = ws->ent_at[vs - 1];
    int32_t pg = pe >= 0 ? ws->ent[pe].group : -1;
    if ((pg >= 0 && group_last(ws, pg) == vs - 1 &&
         (ws->ent[pg].place ||
          word_in_list(ws->toks[ws->ent[pg].first], sites))) ||
        (pe < 0 && tag_is_noun(T[vs - 1].pos) &&
         word_in_list(ws->toks[vs - 1], sites))) {
      for (size_t k = vs - 1; k > 0; k--) {
        size_t j = k - 1;
        if (streq(ws->toks[j], ",") || streq(ws->toks[j], ";") ||
            streq(ws->toks[j], ":") || T[j].pos == TAG_WDT ||
            T[j].pos == TAG_WP)
          break;
        if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks) {
          size_t f = ws->tag.chunks[T[j].chunk_id].first;
          if (tag_is_finite(T[f].pos))
            return find_subject(ws, f, depth + 1, 0);
          break;
        }
      }
    }
  }
  /* "Arriving in Pyongyang for a summit, South Korea's president said",
   * "After meeting Castro in Havana, the Pope flew": a participle that
   * opens the sentence (alone or after one preposition) has the subject
   * of the first finite verb after its comma */
  static const char *const prep_like[] = {
      "following", "according", "including", "regarding", "concerning",
      "considering", "excluding", "during", "pending", "barring",
      "fighting", "killing", "bombing", "shelling", "meeting", "funding",
      "spending", "training", "building", "uprising", "rioting",
      "looting", "voting", "polling", "trading", "seeking", "hoping",
      "trying", "aiming", "wanting", "looking", NULL};
  if (depth < 4 && T[vs].pos == TAG_VBG &&
      (vs == 0 || (vs == 1 && T[0].pos == TAG_IN)) &&
      !word_in_list(ws->toks[vs], prep_like)) {
    size_t n = ws->tag.n, k = vs + 1;
    /* the clause runs to its comma; a finite verb in it outside a
     * relative or subordinate clause makes the -ing word a noun or an
     * adjective of the subject ("Fighting resumes in ...", "Retreating
     * soldiers raped ...") */
    static const char *const subs[] = {"since", "after", "when", "because",
                                       "while", "before", "until", "as",
                                       "if", "that", NULL};
    int sub = 0;
    while (k < n && !streq(ws->toks[k], ",")) {
      if (T[k].pos == TAG_WDT || T[k].pos == TAG_WP ||
          word_in_list(ws->toks[k], subs))
        sub = 1;
      else if (tag_is_finite(T[k].pos) && !sub)
        break;
      k++;
    }
    if (k < n && !streq(ws->toks[k], ",")) k = n;
    for (size_t j = k + 1; j < n; j++) {
      if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) break;
      if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks &&
          tag_is_finite(T[ws->tag.chunks[T[j].chunk_id].first].pos)) {
        int32_t g = find_subject(ws, ws->tag.chunks[T[j].chunk_id].first,
                                 depth + 1, 0);
        if (g >= 0 && ws->ent[g].first > k) return g;
        break;
      }
    }
  }
  /* "The Security Council passed a resolution demanding": the body that
   * passes or issues the text is the participle's subject */
  if (depth < 4) {
    size_t dv = document_participle_verb(ws, vs);
    if (dv != SIZE_MAX) return find_subject(ws, dv, depth + 1, 0);
  }
  /* "Hu Jintao met Barack Obama and then visited Canada": a verb right
   * after "and" (adverbs between) shares the previous verb group's
   * subject; the object of that verb is no subject */
  size_t a = vs;
  while (a > 0 && T[a - 1].pos == TAG_RB) a--;
  if (!no_inherit && depth < 4 && a > 0 && streq(ws->toks[a - 1], "and")) {
    for (size_t k = a - 1; k > 0; k--) {
      size_t j = k - 1;
      if (streq(ws->toks[j], ";")) break;
      if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks) {
        const tag_chunk *ch = &ws->tag.chunks[T[j].chunk_id];
        /* "criticized Brazil for allowing warships to dock and urged":
         * a finite verb is joined to the finite verb before it, not to
         * an infinitive or participle of that verb's complement */
        if (!nonfinite_at(T, vs) && nonfinite_at(T, ch->first) &&
            ch->first > 0) {
          k = ch->first + 1;
          continue;
        }
        /* "ordered his embassy in Bogota closed and sent troops": a
         * participle completing the object of a verb of ordering or
         * declaring is no verb the next one is joined to */
        size_t oc = object_complement_of(ws, ch);
        if (oc != SIZE_MAX) {
          k = oc + 2;  /* the loop's next j is oc, the verb of ordering */
          continue;
        }
        return find_subject(ws, ch->first, depth + 1, 0);
      }
    }
  }
  /* "Libya told Britain it would withdraw": "it" with would/will after
   * the listener of tell, inform, assure or notify is the teller (with
   * must or should it is the listener: "told Britain it must withdraw") */
  if (depth < 4) {
    size_t tv;
    if (role_told_listener(ws, vs, &tv) >= 0)
      return find_subject(ws, ws->tag.chunks[T[tv].chunk_id].first,
                          depth + 1, 0);
  }
  size_t vsp = vs;
  for (size_t k = vs; k > 0; k--) {
    size_t j = k - 1;
    if (streq(ws->toks[j], ";")) return -1;
    if (streq(ws->toks[j], ",") && !comma) {
      comma = 1;
      /* "Kyrgyz opposition leaders, whose supporters have seized
       * government buildings, demanded": past a relative clause on
       * "whose" between commas, the subject is the noun phrase it
       * describes, not the relative clause's own or its object */
      for (size_t q = j; q > 1; q--) {
        if (streq(ws->toks[q - 1], ",") || streq(ws->toks[q - 1], ";"))
          break;
        if (T[q - 1].pos == TAG_WPS && streq(ws->toks[q - 2], ","))
          return relative_head(ws, q - 1);
        if (comma_who_clause(ws, q - 1)) return relative_head(ws, q - 1);
      }
    }
    /* "Hezbollah's attack which killed": the subject of a relative
     * clause is the noun phrase before the pronoun, coded or not */
    if ((T[j].pos == TAG_WDT || T[j].pos == TAG_WP) && ws->ent_at[j] < 0)
      return relative_head(ws, j);
    int32_t e = ws->ent_at[j];
    if (e >= 0) {
      int32_t g = ws->ent[e].group;
      uint32_t gf = ws->ent[g].first;
      /* "soldiers who visited Ukraine in 2015 attacked": the object of a
       * relative clause is no subject of the verb after it */
      int32_t rh = relative_object_head(ws, gf);
      if (rh != -2) return rh;
      /* "Jimmy Carter, after visiting North Korea, accused": the object
       * of a participle clause closed by a comma is no subject of the
       * finite verb after it (it is of an infinitive: ", prompting China
       * to investigate") */
      if (tag_is_finite(T[vs].pos) && participle_object(ws, gf) &&
          comma_between(ws, group_last(ws, g), vs)) {
        k = gf + 1;
        continue;
      }
      /* "A Russian missile strike on Sloviansk, Donetsk Oblast, kills":
       * a place in apposition to a name inside a prepositional phrase is
       * in that phrase too (a passive's subject keeps it: "a base in
       * Bayelsa State, Nigeria, is captured" falls on Nigeria) */
      if (!no_inherit && pp_apposed_place(ws, g)) {
        k = gf;
        continue;
      }
      if (!np_in_pp(ws, gf)) return g;
      if (clause_after_prep(ws, g, vs)) return g;
      /* "Rockets fired by Hamas hit Tel Aviv": the agent of a reduced
       * passive on an uncoded subject noun, right before an active
       * finite verb, is who acts through that thing */
      {
        size_t p = gf;
        while (p > 0 && (T[p - 1].pos == TAG_DT || tag_is_adj(T[p - 1].pos)))
          p--;
        /* not of having or handing over ("a plant owned by", "a video
         * obtained by", "vaccines donated by"): the owner does not act
         * through the thing */
        static const char *const having[] = {
            "own", "obtain", "post", "donate", "propose", "operate", "use",
            "run", "hold", "acquire", "buy", "sell", "supply", NULL};
        if (!no_inherit && p >= 3 && streq(ws->toks[p - 1], "by") &&
            T[p - 2].pos == TAG_VBN && tag_is_noun(T[p - 3].pos) &&
            !word_in_list(tag_lemma(&ws->tag, p - 2), having) &&
            ws->ent_at[p - 3] < 0 && tag_is_finite(T[vs].pos) &&
            adjacent_before(ws, group_last(ws, g), vs))
          return g;
      }
      /* "after coordinated attacks in Paris killed": a locative phrase
       * right before a finite verb leaves the noun before it next to the
       * verb (vsp); not before a participle ("filed a case at the ICJ
       * accusing Israel": South Africa accuses), nor an "of" or "for"
       * phrase that completes a name ("Justice for Iran accuse") */
      size_t p = gf;
      while (p > 0 && (T[p - 1].pos == TAG_DT || tag_is_adj(T[p - 1].pos)))
        p--;
      static const char *const locative[] = {"in", "at", "near", "across",
                                             "outside", "inside", NULL};
      if (p > 0 && word_in_list(ws->toks[p - 1], locative) &&
          tag_is_finite(T[vs].pos) &&
          adjacent_before(ws, group_last(ws, g), vsp))
        vsp = p - 1;
      k = gf + 1;
      continue;
    }
    if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks) {
      const tag_chunk *ch = &ws->tag.chunks[T[j].chunk_id];
      /* "Americans abducted in Baghdad are freed": a reduced passive
       * describes the noun phrase right before it, which is the subject,
       * also of a passive */
      if (depth < 4 && bare_participle(ws, ch->head, 1)) {
        size_t p = ch->head;
        while (p > 0 && T[p - 1].pos == TAG_RB) p--;
        int32_t e2 = p > 0 ? ws->ent_at[p - 1] : -1;
        if (e2 >= 0 && !np_in_pp(ws, ws->ent[ws->ent[e2].group].first))
          return ws->ent[e2].group;
      }
      /* "Israel's decision to build a housing project at Har Homa was
       * condemned": a passive's subject is the noun phrase an
       * infinitive completes; go back past the infinitive to it */
      if (no_inherit) {
        size_t t = ch->first;
        if (T[t].pos != TAG_TO && t > 0 && T[t - 1].pos == TAG_TO) t--;
        if (T[t].pos == TAG_TO && t > 0 &&
            (T[t - 1].pos == TAG_NN || T[t - 1].pos == TAG_NNS) &&
            ws->ent_at[t - 1] < 0) {
          /* not past a comma or a subordinate clause ("in an attempt to
           * attack the fleet, before it was recaptured") */
          int open = 0;
          for (size_t q = t; q < vs && !open; q++)
            open = streq(ws->toks[q], ",") || streq(ws->toks[q], ";") ||
                   word_in_list(ws->toks[q], clause_opener);
          if (!open) {
            k = t + 1;
            continue;
          }
        }
      }
      if (depth >= 4 || no_inherit) return -1;
      return find_subject(ws, ch->first, depth + 1, 0);
    }
    if (!comma && tag_is_noun(T[j].pos) && adjacent_before(ws, j, vsp) &&
        !is_time_noun(ws->toks[j])) {
      size_t f = j;
      if (T[j].chunk == TAG_CH_NP && T[j].chunk_id < ws->tag.n_chunks)
        f = ws->tag.chunks[T[j].chunk_id].first;
      /* "Fornost President Umbardacil appealed": the name ends a noun
       * phrase that holds an actor, which is the subject */
      int holds = 0;
      for (size_t q = f; q < j && !holds; q++) holds = ws->ent_at[q] >= 0;
      if (holds) continue;
      /* "after an airstrike killed", "since the war began": the subject
       * of a clause a subordinator opens */
      if ((!mention_in_pp(ws, f) || (f > 0 && word_in_list(ws->toks[f - 1],
                                                      clause_opener))) &&
          !(f > 0 && T[f - 1].type == TAG_T_POSSESSIVE))
        return -1;
      k = f + 1;
    }
  }
  return -1;
}

/* See role.h: the subject of the clause an adjunct at p belongs to. */
int32_t role_adjunct_subject(const coder_ws *ws, size_t p, size_t *head) {
  const tag_token *T = ws->tag.tok;
  if (p > 0 && streq(ws->toks[p - 1], ",")) {
    /* ", after talks in Moscow with": the main clause's, its first finite
     * verb group */
    for (size_t j = 0; j + 1 < p; j++) {
      if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) break;
      if (T[j].chunk != TAG_CH_VG || T[j].chunk_id >= ws->tag.n_chunks)
        continue;
      const tag_chunk *ch = &ws->tag.chunks[T[j].chunk_id];
      if (ch->first != j || !tag_is_finite(T[j].pos)) continue;
      if (ch->flags & (TAG_VG_NEG | TAG_VG_MODAL | TAG_VG_INF)) return -1;
      *head = ch->head;
      return find_subject(ws, j, 0, 0);
    }
    return -1;
  }
  for (size_t k = p; k > 0; k--) {
    size_t j = k - 1;
    if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) return -1;
    if (T[j].chunk != TAG_CH_VG || T[j].chunk_id >= ws->tag.n_chunks)
      continue;
    const tag_chunk *ch = &ws->tag.chunks[T[j].chunk_id];
    /* "praised Cuba's record in defending socialism on Monday during a
     * visit": a gerund under a preposition is a noun of the complement,
     * no clause the adjunct could belong to */
    if (T[ch->first].pos == TAG_VBG && ch->n == 1 &&
        role_gerund_under_prep(ws, ch->first))
      continue;
    /* "march to hand him a letter calling on Hamas to insist ... during
     * their talks with Israel": past a participle or an infinitive the
     * adjunct may be theirs */
    if (!tag_is_finite(T[ch->first].pos)) return -1;
    if (ch->flags & (TAG_VG_NEG | TAG_VG_MODAL | TAG_VG_INF)) return -1;
    *head = ch->head;
    return find_subject(ws, ch->first, 0, 0);
  }
  return -1;
}

/* The subject of the sentence's first finite verb group before token
 * lim, or -1. */
static int32_t first_clause_subject(const coder_ws *ws, size_t lim) {
  const tag_token *T = ws->tag.tok;
  for (size_t j = 0; j < lim; j++) {
    if (T[j].chunk != TAG_CH_VG || T[j].chunk_id >= ws->tag.n_chunks)
      continue;
    const tag_chunk *ch = &ws->tag.chunks[T[j].chunk_id];
    if (ch->first != j || !tag_is_finite(T[j].pos)) continue;
    return find_subject(ws, j, 0, 0);
  }
  return -1;
}

/* See role.h: who drew a reaction, from the drawing verb group at vs. */
int32_t role_reaction_target(const coder_ws *ws, size_t vs) {
  const tag_token *T = ws->tag.tok;
  int32_t g = find_subject(ws, vs, 0, 0);
  if (g >= 0) return g;
  /* "..., a decision that drew an angry protest from Beijing": a noun
   * in apposition to the clause before the comma sums that clause up;
   * its subject drew the reaction */
  if (vs < 2 || !(T[vs - 1].pos == TAG_WDT || streq(ws->toks[vs - 1], "that")))
    return -1;
  size_t k = vs - 1;
  while (k > 0 && ws->ent_at[k - 1] < 0 && is_np_filler(&T[k - 1])) k--;
  if (k == vs - 1 || k == 0 || !streq(ws->toks[k - 1], ",")) return -1;
  return first_clause_subject(ws, k - 1);
}

/* Is the token w an opening or closing quotation mark (straight,
 * curly, or the tokenizer's `` and '')? */
static int is_quote_mark(const char *w) {
  return streq(w, "\"") || streq(w, "``") || streq(w, "''") ||
         streq(w, "\xe2\x80\x9c") || streq(w, "\xe2\x80\x9d");
}

/* Does token k (after the verb group) end the complement whatever the
 * clause value of role_complement_end: a ';' or ',', or a verb group
 * that opens a new clause? */
/* See role.h: a comma inside a list of common nouns. */
int role_list_comma(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (k == 0 || k + 3 >= n || !streq(ws->toks[k], ",") ||
      !(T[k - 1].pos == TAG_NN || T[k - 1].pos == TAG_NNS))
    return 0;
  for (size_t j = k + 1; j + 1 < n && j < k + 12; j++) {
    unsigned p = T[j].pos;
    if (streq(ws->toks[j], ",")) {
      if (!(T[j - 1].pos == TAG_NN || T[j - 1].pos == TAG_NNS)) return 0;
      continue;
    }
    if (streq(ws->toks[j], "and") || streq(ws->toks[j], "or")) {
      /* "fuel, food and spare parts": a noun phrase closes the list */
      if (j == k + 1 || !(T[j - 1].pos == TAG_NN || T[j - 1].pos == TAG_NNS))
        return 0;
      for (size_t q = j + 1; q < n && q < j + 5; q++) {
        if (T[q].pos == TAG_NN || T[q].pos == TAG_NNS) {
          /* the list is an object a preposition follows ("to Yugoslavia",
           * "at the soldiers", "from Japan"), not of a noun ("of fees") */
          while (q + 1 < n && (T[q + 1].pos == TAG_NN || T[q + 1].pos == TAG_NNS))
            q++;
          return q + 1 < n &&
                 (T[q + 1].pos == TAG_IN || T[q + 1].pos == TAG_TO) &&
                 !streq(ws->toks[q + 1], "of");
        }
        if (!(T[q].pos == TAG_DT || tag_is_adj(T[q].pos) ||
              T[q].pos == TAG_CD))
          return 0;
      }
      return 0;
    }
    if (!(p == TAG_DT || tag_is_adj(p) || p == TAG_CD || p == TAG_NN ||
          p == TAG_NNS) ||
        T[j].chunk == TAG_CH_VG)
      return 0;
  }
  return 0;
}

static int cend_stop_all(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  const char *w = ws->toks[k];
  if ((w[0] == ';' || w[0] == ',') && w[1] == '\0') return 1;
  if (T[k].chunk != TAG_CH_VG || !T[k].chunk_begin) return 0;
  if (T[k].chunk_id < ws->tag.n_chunks &&
      (ws->tag.chunks[T[k].chunk_id].flags & TAG_VG_INF))
    return 0;
  if (k > 0 && (T[k - 1].pos == TAG_TO || T[k - 1].chunk == TAG_CH_VG))
    return 0;
  /* "threatened to \"burn half of Israel\"": an infinitive quoted */
  if (k > 1 && T[k - 2].pos == TAG_TO && is_quote_mark(ws->toks[k - 1]))
    return 0;
  /* a plural noun read as a verb before a participle: "all
   * communication links leading into Mordor" */
  if ((T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP) && k + 1 < n &&
      T[k + 1].pos == TAG_VBG && T[k + 1].chunk == TAG_CH_VG &&
      T[k + 1].chunk_id == T[k].chunk_id && k > 0 &&
      (tag_is_noun(T[k - 1].pos) || tag_is_adj(T[k - 1].pos) ||
       T[k - 1].pos == TAG_DT) &&
      !streq(tag_lemma(&ws->tag, k), "be") &&
      !streq(tag_lemma(&ws->tag, k), "keep"))
    return 0;
  /* a bare participle is a reduced relative: "memos sent by Bree",
   * "roads leading into Mordor" */
  if ((T[k].pos == TAG_VBN || T[k].pos == TAG_VBG) &&
      T[k].chunk_id < ws->tag.n_chunks &&
      ws->tag.chunks[T[k].chunk_id].n == 1)
    return 0;
  return 1;
}

/* Where else token k ends the complement: bit 1 for clause >= 1 (a
 * subordinator, a relative or "whether"), bit 2 for clause 2 ("that"). */
static unsigned cend_stop_clause(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  const char *w = ws->toks[k];
  unsigned s = 0;
  /* "declared a state of emergency so he could ...", "because": a
   * subordinate clause has its own verb and roles (the words that open
   * one and are never a preposition: TAG_W_SUBORD, tag.h) */
  if ((tag_wclass(&ws->tag, k) & TAG_W_SUBORD) ||
      T[k].pos == TAG_WDT || T[k].pos == TAG_WP || T[k].pos == TAG_WRB ||
      (w[0] == 'w' && streq(w, "whether")))
    s |= 2;
  if (w[0] == 't' && streq(w, "that")) s |= 4;
  return s;
}

/* End (exclusive) of the complement of a verb whose group ends at ve.
 * `clause` 1: also end where a relative or "whether" clause begins
 * ("the man who"), for the default target; 2: at "that" as well, for
 * speech verbs ("says that China ...": the inner verb codes that).
 * Patterns may reach past both ("* HOPES THAT +").  A verb's patterns,
 * window and roles ask this several times for the same ve: one scan
 * (cend_stop_all, cend_stop_clause) finds the ends for all three clause
 * values, which the sentence's memo ws->cend keeps (an answer depends on
 * the tagged sentence alone, which coding does not change; the memo is
 * written through a const pointer, as pattern.c's are). */
size_t role_complement_end(const coder_ws *ws, size_t ve, int clause) {
  size_t n = ws->tag.n;
  size_t c = clause == 0 ? 0 : clause > 1 ? 2 : 1;
  uint32_t *m = ws->cend != NULL && ws->cend_stamp != 0 && ve < n
                    ? &ws->cend[4 * ve]
                    : NULL;
  if (m != NULL && m[3] == ws->cend_stamp) return m[c];
  /* the scan for clause c stops at the first token that ends every
   * clause, or when c >= 1 at one with bit 1 of cend_stop_clause, or
   * when c == 2 at one with bit 2: the ends come in the order 2, 1, 0 */
  size_t end[3] = {n, n, n};
  unsigned found = 0;   /* bit c: end[c] found */
  for (size_t k = ve + 1; k < n; k++) {
    if (cend_stop_all(ws, k)) {
      end[0] = k;
      if (!(found & 2)) end[1] = k;
      if (!(found & 4)) end[2] = k;
      break;
    }
    if (found == 6) continue;
    unsigned s = cend_stop_clause(ws, k);
    if (!(found & 4) && (s & 6)) end[2] = k, found |= 4;
    if (!(found & 2) && (s & 2)) end[1] = k, found |= 2;
  }
  if (m != NULL) {
    m[0] = (uint32_t)end[0];
    m[1] = (uint32_t)end[1];
    m[2] = (uint32_t)end[2];
    m[3] = ws->cend_stamp;
  }
  return end[c];
}

/* Is the entity starting at token f the object of a locative preposition
 * ("in Jeddah", "at the White House", "near Kyiv") that stands at or after
 * token from (so "arrived in", a verb form that holds the "in", does not
 * count)?  Determiners, adjectives, numbers and nouns of the entity's own
 * noun phrase may come between. */
static int in_locative(const coder_ws *ws, size_t f, size_t from) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = f; k > from; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_DT || tag_is_adj(t->pos) || t->pos == TAG_CD ||
        t->pos == TAG_RB || t->pos == TAG_PRPS)
      continue;
    if (tag_is_noun(t->pos) && T[f].chunk == TAG_CH_NP &&
        t->chunk == TAG_CH_NP && t->chunk_id == T[f].chunk_id)
      continue;
    const char *w = ws->toks[k - 1];
    /* "outside of the Stock Exchange" */
    if (streq(w, "of") && k >= 2 &&
        (streq(ws->toks[k - 2], "outside") || streq(ws->toks[k - 2], "inside")))
      return 1;
    /* "marched through Seoul", "rallied across the country" */
    return streq(w, "in") || streq(w, "at") || streq(w, "near") ||
           streq(w, "inside") || streq(w, "outside") ||
           streq(w, "through") || streq(w, "across") || streq(w, "along");
  }
  return 0;
}

/* `loc_from` of first_group when only offshore places are skipped. */
#define LOC_OFFSHORE (SIZE_MAX - 1)

/* Is the entity starting at token f a coast the act happens off, not a
 * party to it: "off the coast of Libya", "off the southern coast of
 * Crete", "off the Libyan coast", "off Libya's coast", "off Libya" (but
 * not a verb's particle: "sealed off the West Bank", "wrote off Haiti's
 * debts")?  Determiners, adjectives, numbers and adverbs may come
 * between. */
static int offshore_place(const coder_ws *ws, size_t f) {
  static const char *const shore[] = {"coast", "coasts", "coastline",
                                      "shore", "shores", "waters", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = f;
  int of = 0;
  while (k > 0) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_DT || tag_is_adj(t->pos) || t->pos == TAG_CD ||
        t->pos == TAG_RB) {
      k--;
      continue;
    }
    const char *w = ws->toks[k - 1];
    if (!of && streq(w, "of") && k >= 2 && word_in_list(ws->toks[k - 2], shore)) {
      of = 1;
      k -= 2;
      continue;
    }
    if (!streq(w, "off")) return 0;
    return of || k < 2 || !tag_is_verb(T[k - 2].pos);
  }
  return 0;
}

/* Is group g an agent alone that only modifies the head noun after it
 * ("military targets", "police station", "government buildings"): one
 * member, no actor, followed by a common noun that is no mention?  The
 * head decides: such a group is no target.  Nouns of people ("opposition
 * supporters") keep the agent. */
static int modifier_agent(const coder_ws *ws, int32_t g) {
  static const char *const people[] = {
      "supporters", "members", "member", "families", "loyalists", "ranks",
      "personnel", "staff", "employees", "workers", "activists", "lawyers",
      NULL};
  if (g < 0 || ws->ent[g].next >= 0 || ws->ent[g].actor != NULL) return 0;
  size_t l = ws->ent[g].last + 1;
  if (l >= ws->tag.n || ws->ent_at[l] >= 0) return 0;
  const tag_token *t = &ws->tag.tok[l];
  if (t->pos != TAG_NN && t->pos != TAG_NNS) return 0;
  if (t->flags & (TAG_F_CAP | TAG_F_ALLCAP)) return 0;
  for (const char *const *p = people; *p; p++)
    if (streq(ws->toks[l], *p)) return 0;
  return 1;
}

/* Is group g an agent alone that modifies a noun naming its own post or
 * equipment ("rebel positions", "a police station", "an army
 * checkpoint", "military convoys": mention_post_noun)?  An attack on the
 * post is an attack on the agent. */
static int facility_agent(const coder_ws *ws, int32_t g) {
  return modifier_agent(ws, g) &&
         mention_post_noun(ws->toks[ws->ent[g].last + 1]);
}

/* Is group g only agents alone of a population sector ("protesters",
 * "civilians", "students": CVL OPP EDU LAB REL AGR HLH REF), no actor? */
static int population_group(const coder_ws *ws, int32_t g) {
  static const char *const v[] = {"CVL", "OPP", "EDU", "LAB", "REL", "AGR",
                                  "HLH", "REF", NULL};
  for (int32_t k = g; k >= 0; k = ws->ent[k].next) {
    const entity *E = &ws->ent[k];
    if (E->actor != NULL || E->pre[0] || !word_in3(E->post, v)) return 0;
  }
  return 1;
}

/* "Police fire teargas to disperse demonstrators demanding the
 * resignation of President X", "troops shoot protesters marching on the
 * palace of the governor": coercion or force falls on the people named
 * right after its verb, not on an actor of the participle clause that
 * only says what those people want or do.  The first group starting in
 * [a, b) (b: the first token of the target first chosen), when it is
 * people (population_group) other than not_g, is followed at once by a
 * present participle and ends before b; returns it, or -1. */
static int32_t people_before_participle(const coder_ws *ws, size_t a,
                                        size_t b, int32_t not_g) {
  /* a cause, not the object ("declares an emergency amid an increase
   * in the number of migrants crossing from Belarus") */
  static const char *const cause[] = {"amid", "due", "because", "after",
                                      "following", "despite", "over", NULL};
  /* members, not what they do ("passengers including South Koreans") */
  static const char *const part[] = {"including", "includes", "excluding",
                                     NULL};
  char sc[CODE_MAX];
  /* people of no known country would lose the country the old target
   * gave ("Riot police clash with protesters ... of Copenhagen") */
  if (not_g < 0 || !mention_entity_code(ws, not_g, 0, sc, NULL) ||
      strncmp(sc, "---", 3) == 0)
    return -1;
  for (size_t k = a; k < b; k++) {
    if (word_in_list(ws->toks[k], cause)) return -1;
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    size_t l = group_last(ws, g);
    if (g == not_g || !population_group(ws, g) || l + 1 >= b ||
        ws->tag.tok[l + 1].pos != TAG_VBG || word_in_list(ws->toks[l + 1], part))
      return -1;
    return g;
  }
  return -1;
}

/* First group starting in [a, b) other than `not`; speech verbs skip a
 * group that is the subject of a following verb group.  Groups with an
 * actor come first: an agent alone ("troops", "artillery") is taken only
 * when no actor follows, and only as a direct object (not inside a
 * prepositional phrase, not "its troops").  `loc_from` < SIZE_MAX: a group
 * in a locative phrase after that token ("held talks in Jeddah") is a
 * place, not a target. */
static int32_t first_group(const coder_ws *ws, size_t a, size_t b,
                           int32_t not_g, int speech, size_t loc_from) {
  int32_t weak = -1;
  for (size_t k = a; k < b; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    uint32_t gl = group_last(ws, g);
    if (loc_from == LOC_OFFSHORE ? offshore_place(ws, ws->ent[g].first)
        : loc_from != SIZE_MAX && in_locative(ws, ws->ent[g].first, loc_from)) {
      k = gl;
      continue;
    }
    /* an agent alone that only spells words of the pattern
     * ("military" in "* {MILITARY DRILLS}") */
    int pw = mention_group_weak(ws, g);
    for (uint32_t q = ws->ent[g].first; q <= gl && pw; q++)
      pw = ws->patword[q];
    if (g != not_g && !pw) {
      size_t nx = gl + 1;
      if (!speech || !(nx < ws->tag.n && (ws->tag.tok[nx].chunk == TAG_CH_VG ||
                                          ws->tag.tok[nx].pos == TAG_MD))) {
        if (!mention_group_weak(ws, g)) return g;
        uint32_t gf = ws->ent[g].first;
        if (weak < 0 && !np_in_pp(ws, gf) && !modifier_agent(ws, g) &&
            !mention_owned_by_pronoun(ws, gf))
          weak = g;
      }
    }
    k = gl;
  }
  return weak;
}

/* The actor a descriptive apposition after an unknown name names: from
 * token a (after ", a"), "member of the Hamas military wing", "Hamas
 * commander", "senior ISIS leader": up to six nouns, adjectives, "of" and
 * "the" before the first actor group, which must close the apposition
 * (a comma, a period, "who", the end, or nouns only up to one). -1 when
 * there is none or the group is weak. */
static int32_t apposed_descriptor(const coder_ws *ws, size_t a, size_t n) {
  for (size_t k = a; k < n && k < a + 7; k++) {
    if (ws->ent_at[k] >= 0) {
      int32_t g = ws->ent[ws->ent_at[k]].group;
      if (ws->ent[g].first != k || mention_group_weak(ws, g)) return -1;
      size_t e = group_last(ws, g) + 1;
      while (e < n && e < k + 8 && tag_is_noun(ws->tag.tok[e].pos) &&
             ws->ent_at[e] < 0)
        e++;
      if (e >= n || streq(ws->toks[e], ",") || streq(ws->toks[e], ".") ||
          streq(ws->toks[e], "who"))
        return g;
      return -1;
    }
    const char *w = ws->toks[k];
    if (!(tag_is_noun(ws->tag.tok[k].pos) || tag_is_adj(ws->tag.tok[k].pos) ||
          streq(w, "of") || streq(w, "the")) ||
        ws->tag.tok[k].pos == TAG_NNP)
      return -1;
  }
  return -1;
}

/* The agent that owns the object noun of a non-violent act ("protested
 * against the government's decision to resume imports of American beef",
 * "welcomed the army's pledge to hold elections"): an agent alone (weak
 * group, no actor of its own) in [a, b) followed by a possessive, when
 * the agent is a state's own (government, police, courts, legislature),
 * the possessed noun phrase's head names a decision or a way of acting
 * (act_nouns: not "the army's positions", "the union's history") and no
 * "on"/"against"/"," stands between it and `strong`
 * (the first actor after it, or -1), which then only qualifies the
 * possessed noun.  Returns the group, or -1.  The coder gives the agent
 * its country later (the sentence's, else the source's). */
static int32_t possessor_target(const coder_ws *ws, size_t a, size_t b,
                                int32_t not_g, int32_t strong) {
  /* nouns of a decision, a policy or a way of acting */
  static const char *const act_nouns[] = {
      "decision", "decisions", "handling", "response", "policy", "policies",
      "plan", "plans", "move", "proposal", "proposals", "refusal", "failure",
      "crackdown", "decree", "ban", "stance", "treatment", "conduct",
      "reforms", "reform", "measures", "actions", "announcement", "order",
      "orders", "demand", "demands", "bid", "attempt", "approach", "choice",
      "insistence", "rejection", "suspension", "withdrawal", "ruling",
      NULL};
  const tag_token *T = ws->tag.tok;
  size_t lim = strong >= 0 ? ws->ent[strong].first : b;
  for (size_t k = a; k < lim; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    size_t gl = group_last(ws, g);
    /* past the places of the act ("marched through central Seoul") */
    if (in_locative(ws, ws->ent[g].first, a)) {
      k = gl;
      continue;
    }
    if (g == not_g || !mention_group_weak(ws, g) || ws->patword[k] ||
        mention_owned_by_pronoun(ws, ws->ent[g].first) ||
        gl + 2 >= ws->tag.n || T[gl + 1].type != TAG_T_POSSESSIVE ||
        T[gl + 1].len < 2)  /* "'s", not the plural's "'" */
      return -1;
    size_t h = gl + 2;  /* the possessed noun phrase's head */
    while (h + 1 < lim && ws->ent_at[h + 1] < 0 &&
           (tag_is_adj(T[h].pos) || tag_is_noun(T[h].pos)) &&
           tag_is_noun(T[h + 1].pos))
      h++;
    if (!word_in_list(ws->toks[h], act_nouns)) return -1;
    /* a state's own agents only (the coder gives them the country of
     * the sentence or the source): not "the company's policies" */
    static const char *const state[] = {"GOV", "COP", "JUD", "LEG", NULL};
    for (int32_t m = g; m >= 0; m = ws->ent[m].next)
      if (!word_in3(ws->ent[m].post, state)) return -1;
    for (size_t q = h + 1; q < lim; q++)
      if (streq(ws->toks[q], "on") || streq(ws->toks[q], "against") ||
          streq(ws->toks[q], ",") || streq(ws->toks[q], ";"))
        return -1;
    return g;
  }
  return -1;
}

/* The doer of a protest's present participle at gs that describes the
 * noun phrase right before it ("demonstrators in Nairobi protesting",
 * "hundreds of people demonstrating against the regime"): the group
 * ending there, past a place after in/at ("protesters in Peru"), when it
 * is no place itself; -1 when a comma or anything else comes between. */
static int32_t protest_participle_doer(const coder_ws *ws, size_t gs) {
  const tag_token *T = ws->tag.tok;
  if (T[gs].pos != TAG_VBG || gs == 0 || ws->ent_at[gs - 1] < 0) return -1;
  int32_t g = ws->ent[ws->ent_at[gs - 1]].group;
  if (group_last(ws, g) != gs - 1) return -1;
  if (mention_group_place(ws, g)) {
    size_t f = ws->ent[g].first;
    while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
      f--;
    if (f < 2 || !(streq(ws->toks[f - 1], "in") ||
                   streq(ws->toks[f - 1], "at")) ||
        ws->ent_at[f - 2] < 0)
      return -1;
    g = ws->ent[ws->ent_at[f - 2]].group;
    if (group_last(ws, g) != f - 2 || mention_group_place(ws, g)) return -1;
  }
  /* people, not an organ of state ("sends a letter to the National
   * People's Congress calling the suppression of the protests") */
  static const char *const state[] = {"GOV", "LEG", "JUD", "MIL", "COP",
                                      NULL};
  const entity *E = &ws->ent[g];
  const char *sec = E->actor && strlen(E->actor) >= 6 ? E->actor + 3
                                                       : E->post;
  return word_in3(sec, state) ? -1 : g;
}

/* ===================================================================== */
/* Verb groups and roles                                                 */
/* ===================================================================== */

/* Does the noun phrase right before the verb group at gs open with "no",
 * "none of" or "neither" ("No coalition troops were injured", "none of
 * the soldiers was hurt", "Neither Russia nor the West recognizes")?
 * Then nothing of the kind happened. */
static int negated_subject(const coder_ws *ws, size_t gs) {
  const tag_token *T = ws->tag.tok;
  size_t k = gs;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  size_t end = k;
  /* "neither Russia nor the West", "neither side" */
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || tag_is_noun(T[k - 1].pos) ||
                   tag_is_adj(T[k - 1].pos) || T[k - 1].pos == TAG_CD ||
                   (T[k - 1].pos == TAG_DT && !streq(ws->toks[k - 1], "no")) ||
                   streq(ws->toks[k - 1], "of") || streq(ws->toks[k - 1], "nor"))) {
    if (k < end && streq(ws->toks[k - 1], "neither")) return 1;
    k--;
  }
  if (k == end || k == 0) return 0;
  const char *w = ws->toks[k - 1];
  if (streq(w, "no") && T[k - 1].pos == TAG_DT) return 1;
  if (streq(w, "neither")) return 1;
  /* "none of the soldiers" */
  return k < end && streq(ws->toks[k], "of") && streq(w, "none");
}

/* Is the verb at i (after "to" at i - 1, i >= 3) the infinitive of "has
 * yet to", "have yet to", "is yet to" ("Hungary has yet to approve the
 * bid", "the rebels are yet to withdraw")?  Then it has not happened: a
 * negation.  "the largest protest yet to have taken place" (a perfect
 * infinitive) is no such case. */
static int yet_to(const coder_ws *ws, size_t i) {
  if (!streq(ws->toks[i - 2], "yet")) return 0;
  static const char *const aux[] = {"has", "have", "had", "is", "are", "was",
                                    "were", "remains", "remain", "remained", NULL};
  return word_in_list(ws->toks[i - 3], aux);
}

/* Fills vg for the verb at [i, i+len): its verb group (the chunk around
 * it, without an actor the chunker put into it), the group's flags with
 * the passive corrected (reduced relatives, "was seen to break") and
 * whether the verb is negated. */
void role_verb_group(const coder_ws *ws, size_t i, size_t len,
                     verb_group *vg) {
  const tag_token *T = ws->tag.tok;
  /* the verb group around the verb */
  size_t gs = i, ge = i + len;
  uint16_t vflags = 0;
  if (T[i].chunk == TAG_CH_VG && T[i].chunk_id < ws->tag.n_chunks) {
    const tag_chunk *ch = &ws->tag.chunks[T[i].chunk_id];
    gs = ch->first;
    if (ch->first + ch->n > ge) ge = ch->first + ch->n;
    vflags = ch->flags;
  }
  /* "a general strike called in protest", "damage inflicted during the
   * war": a bare participle after a noun is a reduced relative, passive
   * (not after a pronoun: "they targeted", "the gang who kidnapped") */
  if (T[i].pos == TAG_VBN && gs == i && ge == i + len && i > 0 &&
      (tag_is_noun(T[i - 1].pos) || T[i - 1].chunk == TAG_CH_NP) &&
      T[i - 1].pos != TAG_PRP && T[i - 1].pos != TAG_WP &&
      T[i - 1].pos != TAG_WDT && ws->ent_at[i - 1] < 0)
    vflags |= TAG_VG_PASSIVE;
  /* "were detained and interrogated by police": a bare participle
   * joined by "and"/"or" to a passive group shares its voice */
  if (T[i].pos == TAG_VBN && gs == i && !(vflags & TAG_VG_PASSIVE)) {
    size_t k = i;
    while (k > 0 && T[k - 1].pos == TAG_RB) k--;
    /* "are killed and 42 more injured", "and three others wounded": a
     * quantity between is the participle's own subject */
    size_t q = k;
    while (q > 0 && (T[q - 1].pos == TAG_CD || T[q - 1].pos == TAG_RBR ||
                     T[q - 1].pos == TAG_JJR || streq(ws->toks[q - 1], "others") ||
                     streq(ws->toks[q - 1], "another")))
      q--;
    if (q < k && q >= 2 && streq(ws->toks[q - 1], "and")) k = q;
    /* "are found guilty on both counts and sentenced": an adjective
     * completing the passive, then a short phrase, before "and" */
    size_t p = k >= 2 ? k - 2 : 0;
    for (size_t q2 = p, hops = 0; q2 > 0 && hops < 5; q2--, hops++) {
      unsigned ps = T[q2].pos;
      if (T[q2].chunk == TAG_CH_VG) break;
      if (!(ps == TAG_IN || ps == TAG_DT || ps == TAG_CD || tag_is_noun(ps) ||
            tag_is_adj(ps)))
        break;
      if (streq(ws->toks[q2], "guilty") && T[q2 - 1].chunk == TAG_CH_VG) {
        p = q2 - 1;
        break;
      }
    }
    if (k >= 2 && (streq(ws->toks[k - 1], "and") || streq(ws->toks[k - 1], "or")) &&
        T[p].chunk == TAG_CH_VG && T[p].chunk_id < ws->tag.n_chunks &&
        (ws->tag.chunks[T[p].chunk_id].flags & TAG_VG_PASSIVE))
      vflags |= TAG_VG_PASSIVE;
  }
  /* "Ethiopia broken down": an actor the chunker put into the group */
  while (gs < i && ws->ent_at[gs] >= 0) gs++;
  /* "a journalist kidnapped by militants", "pilgrims abducted in Syria":
   * a bare participle after a noun phrase, read as a past tense by the
   * tagger or after an actor, is passive too (bare_participle) */
  if (!(vflags & TAG_VG_PASSIVE) && (gs == i || gs + 1 == i) &&
      bare_participle(ws, i, len)) {
    vflags |= TAG_VG_PASSIVE;
    gs = i;
  }
  /* "was seen to break": the passive belongs to the verb before "to" */
  if ((vflags & TAG_VG_PASSIVE) && T[gs].pos != TAG_TO) {
    int inf = 0;
    for (size_t k = gs; k < i; k++)
      if (T[k].pos == TAG_TO) inf = 1;
      else if (inf && (streq(ws->toks[k], "be") || streq(ws->toks[k], "been") ||
                       streq(ws->toks[k], "being")))
        inf = 0;
    if (inf) vflags &= (uint16_t)~TAG_VG_PASSIVE;
  }
  int negated = (vflags & TAG_VG_NEG) != 0 || negated_subject(ws, gs);
  for (size_t k = gs; k < i; k++)
    if (T[k].flags & TAG_F_NEG) negated = 1;
  if (i > 0 && (T[i - 1].flags & TAG_F_NEG)) negated = 1;
  if (!negated && i >= 3 && T[i - 1].pos == TAG_TO && yet_to(ws, i)) negated = 1;
  vg->gs = gs;
  vg->ge = ge;
  vg->flags = vflags;
  vg->negated = negated;
}

/* Verbs whose object is the subject of a following infinitive ("urged
 * Russia to withdraw"): object control, unlike a purpose infinitive. */
static int is_object_control(const char *lemma) {
  static const char *const v[] = {
      "ask", "urge", "call", "tell", "order", "force", "press", "pressure",
      "persuade", "invite", "allow", "permit", "encourage", "warn", "request",
      "want", "help", "require", "compel", "push", "expect", "enable",
      "convince", "instruct", "advise", "authorize", "authorise", "oblige",
      "lead", "prompt", "cause", "get", "appeal", "challenge", "dare",
      "implore", "beg", "entreat", "exhort", "forbid", "prohibit", "train",
      "empower", "mandate", "direct", "command", "need", "like", "prefer",
      "recruit", "hire", "pay", "inspire", "motivate", "pave", NULL};
  return word_in_list(lemma, v);
}

/* "summoned the Japanese ambassador to protest": when the subject found
 * for the infinitive verb group starting at gs is the object of an earlier
 * verb that is no object-control verb, the purpose infinitive belongs to
 * that verb's subject.  Returns the subject to use. */
static int32_t purpose_subject(const coder_ws *ws, size_t gs, int32_t subj) {
  const tag_token *T = ws->tag.tok;
  size_t to;
  if (T[gs].pos == TAG_TO) to = gs;
  else if (gs > 0 && T[gs - 1].pos == TAG_TO) to = gs - 1;
  else return subj;
  /* "marched through central Seoul on Tuesday to protest", "rallied in
   * New Delhi to demand": an infinitive after the adjuncts of an
   * intransitive verb (prepositional phrases only, at least one, no
   * object) is that verb's purpose, done by its subject */
  size_t k = to;
  int pps = 0;
  for (;;) {
    size_t j = k;
    while (j > 0 && (ws->ent_at[j - 1] >= 0 || is_np_filler(&T[j - 1])))
      j--;
    if (j < k && j > 0 && (T[j - 1].pos == TAG_IN || T[j - 1].pos == TAG_TO) &&
        !streq(ws->toks[j - 1], "that")) {
      k = j - 1;
      pps++;
      continue;
    }
    if (j == k && j > 0 && T[j - 1].pos == TAG_RB) {
      k = j - 1;
      continue;
    }
    break;
  }
  if (pps > 0 && k > 0 && tag_is_verb(T[k - 1].pos) &&
      T[k - 1].pos != TAG_VBN && T[k - 1].chunk == TAG_CH_VG &&
      T[k - 1].chunk_id < ws->tag.n_chunks &&
      !is_object_control(tag_lemma(&ws->tag, k - 1)) &&
      !is_speech_verb(tag_lemma(&ws->tag, k - 1))) {
    int32_t s2 = find_subject(ws, ws->tag.chunks[T[k - 1].chunk_id].first, 0, 0);
    if (s2 >= 0) return s2;
    /* "Angry crowds gathered outside the U.S. embassy to protest": a
     * subject that is no actor does it; the place's actor does not */
    if (subj >= 0 && ws->ent[subj].first >= k) return -1;
  }
  if (subj < 0) return subj;
  /* "telephoned Bush on Tuesday to express": a day between the object
   * and the infinitive */
  size_t e = group_last(ws, subj) + 1;
  if (e + 1 < to && streq(ws->toks[e], "on") && is_time_noun(ws->toks[e + 1]))
    e += 2;
  else if (e < to && is_time_noun(ws->toks[e]))
    e++;
  /* "stoned the U.S. embassy in Belgrade to protest", "recalled its
   * ambassador to Iran to protest": places and postings after the object
   * ("in", "at", "near", "to", "from" and their noun phrase) */
  while (e + 1 < to && (streq(ws->toks[e], "in") || streq(ws->toks[e], "at") ||
                        streq(ws->toks[e], "near") || streq(ws->toks[e], "to") ||
                        streq(ws->toks[e], "from"))) {
    size_t q = e + 1;
    while (q < to && (ws->ent_at[q] >= 0 || is_np_filler(&T[q]))) q++;
    if (q == e + 1) break;
    e = q;
  }
  if (e != to) return subj;
  k = ws->ent[subj].first;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                   T[k - 1].pos == TAG_CD || T[k - 1].pos == TAG_PRPS))
    k--;
  if (k == 0) return subj;
  size_t v = k - 1;
  if (!tag_is_verb(T[v].pos) || T[v].chunk != TAG_CH_VG ||
      T[v].chunk_id >= ws->tag.n_chunks)
    return subj;
  if (is_object_control(tag_lemma(&ws->tag, v)) ||
      is_speech_verb(tag_lemma(&ws->tag, v)))
    return subj;
  return find_subject(ws, ws->tag.chunks[T[v].chunk_id].first, 0, 0);
}

/* The "by" agent of a passive verb group ending before ge, searched in
 * [ge, be): the group right after "by" (determiners and adjectives
 * between), not `not_g` and not an agent alone ("by a gunman"), or -1. */
static int32_t passive_by_agent(const coder_ws *ws, size_t ge, size_t be,
                                int32_t not_g) {
  size_t n = ws->tag.n;
  for (size_t k = ge; k < be && k < n; k++) {
    if (!streq(ws->toks[k], "by")) continue;
    int32_t e = k + 1 < n ? ws->ent_at[k + 1] : -1;
    size_t q = k + 1;
    while (e < 0 && q + 1 < be &&
           (ws->tag.tok[q].pos == TAG_DT || tag_is_adj(ws->tag.tok[q].pos)))
      e = ws->ent_at[++q];
    if (e >= 0 && ws->ent[ws->ent[e].group].first >= k + 1 &&
        ws->ent[e].group != not_g && !mention_group_weak(ws, ws->ent[e].group))
      return ws->ent[e].group;
  }
  return -1;
}

/* For a participle group [gs, ge) after a comma whose object is a
 * pronoun ("..., accusing them of", "..., calling on him to"), the first
 * group after the finite verb before the comma, in the same sentence part
 * (not src, an actor before the comma); -1 if none. */
static int32_t finite_verb_object(const coder_ws *ws, size_t c,
                                  int32_t src);

static int32_t participle_pronoun_object(const coder_ws *ws, size_t gs,
                                         size_t ge, int32_t src) {
  static const char *const pron[] = {"them", "him", "her", "it", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ge;
  /* "arrested two Chadian diplomats and ordered them to leave": a
   * finite verb joined by "and" takes the same way back to the object
   * of the verb before it */
  int joined = gs > 0 && streq(ws->toks[gs - 1], "and") &&
               (T[gs].pos == TAG_VBD || T[gs].pos == TAG_VBZ ||
                T[gs].pos == TAG_VBP);
  if (gs == 0 || (!joined && (T[gs].pos != TAG_VBG ||
                              !streq(ws->toks[gs - 1], ","))))
    return -1;
  if (k < n && (streq(ws->toks[k], "on") || streq(ws->toks[k], "for"))) k++;
  if (k >= n || !word_in_list(ws->toks[k], pron)) return -1;
  /* "delivers her speech": a possessive, no object */
  if (joined && T[k].pos != TAG_PRP) return -1;
  /* "saying it is", "declaring it will": the pronoun is the subject of
   * a reported clause, no object */
  static const char *const report[] = {"say", "state", "declare", "claim",
                                       "add", "note", "announce", NULL};
  if (word_in_list(tag_lemma(&ws->tag, gs), report)) return -1;
  if (k + 1 < n && (T[k + 1].chunk == TAG_CH_VG || T[k + 1].pos == TAG_MD ||
                    tag_is_verb(T[k + 1].pos)) &&
      !(joined && T[k + 1].pos == TAG_TO))
    return -1;
  return finite_verb_object(ws, gs - 1, src);
}

/* The direct object of the finite verb before token c in its clause (no
 * comma, colon or semicolon between): the first group after the verb
 * group, an actor right after it or past determiners, numbers and
 * adjectives ("expelled two Russian diplomats"), not src and not a group
 * in a phrase.  -1 if none. */
static int32_t finite_verb_object(const coder_ws *ws, size_t c, int32_t src) {
  const tag_token *T = ws->tag.tok;
  size_t v = SIZE_MAX;
  for (size_t j = c; j > 0; j--) {
    const char *w = ws->toks[j - 1];
    if (streq(w, ";") || streq(w, ":") || streq(w, ",")) break;
    if (T[j - 1].chunk == TAG_CH_VG && tag_is_finite(T[j - 1].pos)) {
      v = j - 1;
      break;
    }
  }
  if (v == SIZE_MAX) return -1;
  size_t ve = v;
  while (ve < c && T[ve].chunk == TAG_CH_VG) ve++;
  int32_t g = first_group(ws, ve, c, src, 0, SIZE_MAX);
  if (g < 0 || !ws->ent[g].actor || (size_t)ws->ent[g].first != ve) {
    /* the direct object only: "expelled two Russian diplomats" (past
     * determiners, numbers and adjectives), not a group in a phrase */
    size_t q = ve;
    while (q < c && ws->ent_at[q] < 0 &&
           (T[q].pos == TAG_DT || T[q].pos == TAG_CD || tag_is_adj(T[q].pos)))
      q++;
    if (g < 0 || (size_t)ws->ent[g].first != q) return -1;
  }
  return g;
}

int role_attack_modifier(const coder_ws *ws, int32_t g) {
  static const char *const v[] = {
      "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
      "raid", "raids", "shelling", "fire", "bombing", "bombings",
      "offensive", "bombardment", "bombardments", "assault", "operation",
      NULL};
  if (g < 0 || ws->ent[g].next >= 0 || ws->ent[g].virt) return 0;
  const entity *E = &ws->ent[g];
  if (E->actor == NULL || E->pre[0] || E->post[0]) return 0;
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = E->last + 1;
  while (k < n && ws->ent_at[k] < 0 &&
         (tag_is_adj(T[k].pos) || T[k].pos == TAG_NN || T[k].pos == TAG_NNS ||
          T[k].pos == TAG_VBG)) {
    if (word_in_list(ws->toks[k], v)) return 1;
    k++;
  }
  return 0;
}

/* The first group in [a, b) other than not_g that is an attack's
 * modifier (role_attack_modifier: "in a Russian missile strike"), or -1. */
static int32_t attack_modifier_in(const coder_ws *ws, size_t a, size_t b,
                                  int32_t not_g) {
  for (size_t k = a; k < b && k < ws->tag.n; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    if (g != not_g && role_attack_modifier(ws, g)) return g;
    k = group_last(ws, g);
  }
  return -1;
}

/* The first actor group in [a, b) that a locative preposition governs
 * (in_locative), other than not_g: a country or a place with a country
 * ("in southern Gaza"); -1 if none. */
static int32_t place_after(const coder_ws *ws, size_t a, size_t b,
                           int32_t not_g) {
  for (size_t k = a; k < b && k < ws->tag.n; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    if (g != not_g && ws->ent[g].first == k && !mention_group_weak(ws, g) &&
        !role_attack_modifier(ws, g) && in_locative(ws, k, a))
      return g;
    k = group_last(ws, g);
  }
  return -1;
}

/* The group of an agent alone that heads a "by" phrase starting at token
 * a (past determiners and adjectives: "by the military", "by riot
 * police"), ending before b, other than not_g; not a modifier of a noun
 * that is no mention ("by police gunfire"); -1 if none. */
static int32_t by_weak_agent(const coder_ws *ws, size_t a, size_t b,
                             int32_t not_g) {
  const tag_token *T = ws->tag.tok;
  size_t q = a;
  while (q < b && ws->ent_at[q] < 0 &&
         (T[q].pos == TAG_DT || tag_is_adj(T[q].pos) || T[q].pos == TAG_CD))
    q++;
  if (q >= b || ws->ent_at[q] < 0) return -1;
  int32_t g = ws->ent[ws->ent_at[q]].group;
  if (g == not_g || ws->ent[g].first != q || !mention_group_weak(ws, g) ||
      modifier_agent(ws, g))
    return -1;
  return g;
}

/* "At least 19 people are killed during protests triggered by the arrest
 * of X", "killed in an explosion near a complex used by Hezbollah": is
 * the "by" at token k, past the verb group ending at ge, the agent of a
 * participle right before it that names no act on the passive's subject
 * (one that sets off, hosts, owns or uses something: triggered, inspired,
 * used, owned, affected ...)?  Its agent is no agent of the passive.  Not
 * a weapon "planted by", "fired by" or "launched by" someone (the
 * attacker), nor forces "led by" or "backed by" a side, nor an amnesty
 * "offered by" or money "funded by" a government, which are often the
 * passive's agent too. */
static int by_of_other_participle(const coder_ws *ws, size_t k, size_t ge) {
  static const char *const parts[] = {
      "triggered", "sparked", "prompted", "inspired", "chaired",
      "organized", "organised", "used", "owned", "run", "operated",
      "overshadowed", "affected", "addressed", "raised", "played",
      "brokered", "mediated", "proposed", "hosted", NULL};
  return k > ge && ws->tag.tok[k - 1].pos == TAG_VBN &&
         word_in_list(ws->toks[k - 1], parts);
}

/* "Three civilians are killed and two police officers are injured in a
 * mass shooting": is group g (found in the complement of a passive) the
 * subject of a passive of its own, a past participle right after it
 * (past "was", "were", "are", "is", "been", "have", "has", "had" and
 * adverbs), or a bare participle with no object after a group that "and"
 * opens ("and six policemen killed in")?  Such a group is acted on, no agent.  Not in a
 * fight both sides wage (a shootout, gunfight, firefight, clash, battle,
 * "exchange fire"): "militants are killed and soldiers are wounded in a
 * shootout" names the soldiers as a party. */
static int passive_subject_group(const coder_ws *ws, int32_t g) {
  static const char *const aux[] = {"was", "were", "are", "is", "been",
                                    "have", "has", "had", "being", NULL};
  static const char *const fight[] = {
      "shootout", "shootouts", "shoot-out", "gunfight", "gunfights",
      "firefight", "firefights", "clash", "clashes", "battle", "battles",
      "exchange", "exchanged", "exchanging", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  size_t k = group_last(ws, g) + 1;
  int had_aux = 0;
  while (k < n && (word_in_list(ws->toks[k], aux) || T[k].pos == TAG_RB)) {
    if (T[k].pos != TAG_RB) had_aux = 1;
    k++;
  }
  if (k >= n) return 0;
  if (!(T[k].pos == TAG_VBN || (!had_aux && T[k].pos == TAG_VBD)))
    return 0;
  if (!had_aux) {
    /* a bare participle: only after a group that "and" opens */
    size_t f = ws->ent[g].first;
    while (f > 0 && (T[f - 1].pos == TAG_DT || T[f - 1].pos == TAG_CD ||
                     tag_is_adj(T[f - 1].pos) || T[f - 1].pos == TAG_RB))
      f--;
    if (f == 0 || !streq(ws->toks[f - 1], "and")) return 0;
    /* and no object after it ("and the gunman allowed the students",
     * "and authorities confirmed that": an active clause) */
    if (k + 1 < n && !streq(ws->toks[k + 1], ",") &&
        !streq(ws->toks[k + 1], ".") &&
        !(T[k + 1].pos == TAG_IN && !streq(ws->toks[k + 1], "that")))
      return 0;
  }
  for (size_t q = 0; q < n; q++)
    if (word_in_list(ws->toks[q], fight)) return 0;
  return 1;
}

/* Does group g open a "by" phrase ("by France", "by the French
 * government": "by" before it, past determiners and adjectives)? */
static int by_group(const coder_ws *ws, int32_t g) {
  const tag_token *T = ws->tag.tok;
  size_t k = ws->ent[g].first;
  while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos)))
    k--;
  return k > 0 && streq(ws->toks[k - 1], "by");
}

/* End (exclusive, at most cend) of the noun phrase of a "by" agent that
 * starts at token a: it stops at a verb group, a comma or a preposition
 * other than "of" ("killed by debris after Russia shot down a drone":
 * the agent is the debris, not Russia). */
static size_t by_phrase_end(const coder_ws *ws, size_t a, size_t cend) {
  const tag_token *T = ws->tag.tok;
  size_t k = a;
  for (; k < cend; k++) {
    if (ws->ent_at[k] >= 0) continue;
    if (T[k].chunk == TAG_CH_VG || streq(ws->toks[k], ",") ||
        (T[k].pos == TAG_IN && !streq(ws->toks[k], "of")))
      break;
  }
  return k;
}

/* Is w a noun naming an armed attack ("ambush", "raids")? */
static int attack_noun(const char *w) {
  static const char *const v[] = {
      "attack", "attacks", "ambush", "ambushes", "raid", "raids",
      "assault", "assaults", "bombing", "bombings", "strike", "strikes",
      "airstrike", "airstrikes", "bombardment", "shelling", NULL};
  return word_in_list(w, v);
}

/* Where the part of a passive complement that may name an agent without
 * "by" ends, within [ge, cend): at an infinitive ("are urged to leave"),
 * at "of" after a noun ("over the deaths of rebels": the actor
 * qualifies that noun) or at a subordinate clause ("after Russia shot
 * down a drone"). */
static size_t passive_plain_end(const coder_ws *ws, size_t ge, size_t cend) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = ge; k < cend; k++) {
    if (T[k].pos == TAG_TO && k + 1 < cend &&
        (T[k + 1].pos == TAG_VB || T[k + 1].chunk == TAG_CH_VG))
      return k;
    if (k > ge && streq(ws->toks[k], "of") && tag_is_noun(T[k - 1].pos) &&
        ws->ent_at[k - 1] < 0)
      return k;
    if (role_subclause_at(ws, k)) return k;
    /* "is accused of abducting over 300 children", "jailed for selling
     * secrets to Russia": a gerund's object ("barred from entering
     * Japan" names who bars) */
    if (T[k].pos == TAG_VBG && k > ge && T[k - 1].pos == TAG_IN &&
        !streq(ws->toks[k - 1], "from"))
      return k;
    /* "are killed in Ukraine with the foreign ministry urging Moscow":
     * an absolute phrase, whose noun phrase acts in its own gerund */
    if (streq(ws->toks[k], "with")) {
      size_t q = k + 1;
      while (q < cend && (ws->ent_at[q] >= 0 || is_np_filler(&T[q]))) q++;
      if (q > k + 1 && q < cend && T[q].pos == TAG_VBG) return k;
    }
  }
  return cend;
}

/* Which side of an armed fight group g's first member is on: 1 for a
 * state's forces (MIL, COP, SPY in its code), 2 for armed groups outside
 * the state (REB, INS, SEP, UAF, CRM, or an IMG code), 0 for anyone
 * else. */
static int armed_side(const coder_ws *ws, int32_t g) {
  if (g < 0) return 0;
  const entity *E = &ws->ent[g];
  char code[3 * CODE_MAX];
  snprintf(code, sizeof code, "%s%s%s", E->pre, E->actor ? E->actor : "",
           E->post);
  if (strncmp(code, "IMG", 3) == 0) return 2;
  static const char *const st[] = {"MIL", "COP", "SPY", NULL};
  static const char *const ns[] = {"REB", "INS", "SEP", "UAF", "CRM", NULL};
  int side = 0;
  for (size_t i = 0; i + 3 <= strlen(code); i += 3) {
    for (const char *const *p = ns; *p; p++)
      if (memcmp(code + i, *p, 3) == 0) return 2;
    for (const char *const *p = st; *p; p++)
      if (memcmp(code + i, *p, 3) == 0) side = 1;
  }
  return side;
}

/* Where the object of an attack starts in the complement [ge, lim) of a
 * passive with no "by" agent, or lim: "are killed in a car bomb
 * targeting a police vehicle", "in an ambush on an army patrol", "in an
 * attack against a church".  That object is acted on, no agent, unless
 * it fights back: armed and on the other side from the victims, the
 * passive's subject tgt ("soldiers are killed in a raid on militants":
 * the militants shot them).  Prepositions written as gerunds
 * ("following", "including") open no object. */
static size_t attack_object_end(const coder_ws *ws, size_t ge, size_t lim,
                                int32_t tgt) {
  static const char *const prep[] = {"following", "including", "regarding",
                                     "according", "concerning", NULL};
  const tag_token *T = ws->tag.tok;
  for (size_t k = ge + 1; k < lim; k++) {
    if (!tag_is_noun(T[k - 1].pos) || ws->ent_at[k - 1] >= 0) continue;
    if (!((T[k].pos == TAG_VBG && !word_in_list(ws->toks[k], prep)) ||
          streq(ws->toks[k], "against") ||
          (streq(ws->toks[k], "on") && attack_noun(ws->toks[k - 1]))))
      continue;
    size_t q = k + 1;
    while (q < lim && ws->ent_at[q] < 0 &&
           (T[q].pos == TAG_DT || tag_is_adj(T[q].pos) ||
            T[q].pos == TAG_CD || T[q].pos == TAG_PRPS))
      q++;
    int32_t g = q < lim && ws->ent_at[q] >= 0
                    ? ws->ent[ws->ent_at[q]].group : -1;
    int a = armed_side(ws, tgt), b = armed_side(ws, g);
    if (a && b && a != b) continue;
    return k;
  }
  return lim;
}

/* "The White Helmets report that Syrian and Russian warplanes, using
 * rockets, strike the town", "the rebels claim that shelling by the
 * army has killed ten refugees": when the subject found for the verb
 * group at gs, subj, stands before a "that" that a speech verb governs
 * (is_speech_verb, or allege, accuse) and the verb is in that clause,
 * the clause's own subject acts: the actor group right after "that"
 * (past determiners), or the "by" agent of an attack noun there.
 * Returns that group, else subj. */
static int32_t reported_clause_subject(const coder_ws *ws, size_t gs,
                                       int32_t subj) {
  const tag_token *T = ws->tag.tok;
  if (subj < 0) return subj;
  size_t t = group_last(ws, subj) + 1;
  for (; t < gs; t++)
    if (streq(ws->toks[t], "that") && t > 0 &&
        T[t - 1].chunk == TAG_CH_VG)
      break;
  if (t >= gs) return subj;
  const char *lem = tag_lemma(&ws->tag, t - 1);
  if (!is_speech_verb(lem) && !streq(lem, "allege")) return subj;
  size_t q = t + 1;
  while (q < gs && ws->ent_at[q] < 0 &&
         (T[q].pos == TAG_DT || tag_is_adj(T[q].pos)))
    q++;
  if (q + 2 < gs && ws->ent_at[q] < 0 && attack_noun(ws->toks[q]) &&
      streq(ws->toks[q + 1], "by")) {
    q += 2;
    while (q < gs && ws->ent_at[q] < 0 && T[q].pos == TAG_DT) q++;
  }
  if (q >= gs || ws->ent_at[q] < 0) return subj;
  int32_t g = ws->ent[ws->ent_at[q]].group;
  if (g == subj || ws->ent[g].first != q || ws->ent[g].actor == NULL ||
      group_last(ws, g) >= gs)
    return subj;
  /* no finite verb of another clause between it and the verb */
  for (size_t k = group_last(ws, g) + 1; k < gs; k++)
    if (T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP ||
        T[k].pos == TAG_MD)
      return subj;
  return g;
}

/* Where the part of an active verb's complement [ge, cend) that may
 * name its target ends: at a participle of accusation after the object
 * ("convicts five men accused of killing Boris Nemtsov", "arrest a man
 * suspected of attacking a Japanese couple": the victims of what the
 * object is accused of, objects of a verb there, are no target), or
 * cend.  Not before membership
 * ("suspected of being members of al-Qaeda", "of belonging to Boko
 * Haram", "of spying for Israel"), which names the object's side. */
static size_t accused_end(const coder_ws *ws, size_t ge, size_t cend) {
  static const char *const acc[] = {"accused", "suspected", "charged",
                                    "convicted", NULL};
  static const char *const side[] = {"being", "belonging", "membership",
                                     "spying", NULL};
  const tag_token *T = ws->tag.tok;
  for (size_t k = ge + 1; k + 2 < cend; k++) {
    if (!word_in_list(ws->toks[k], acc) || ws->ent_at[k - 1] >= 0 ||
        !tag_is_noun(T[k - 1].pos))
      continue;
    const char *p = ws->toks[k + 1];
    if (!streq(p, "of") && !streq(p, "in") && !streq(p, "with")) continue;
    if (word_in_list(ws->toks[k + 2], side)) return cend;
    /* only the object of a verb there is a victim: "of plotting to kill
     * a journalist"; a place or a beneficiary ("of war crimes in the
     * former Yugoslavia", "of smuggling fuel to the Tamil Tigers")
     * names the side of the accused */
    size_t q = k + 2;
    while (q < cend && ws->ent_at[q] < 0) q++;
    if (q >= cend) return cend;
    size_t b = q;
    while (b > k + 2 && (T[b - 1].pos == TAG_DT || tag_is_adj(T[b - 1].pos) ||
                         T[b - 1].pos == TAG_PRPS || T[b - 1].pos == TAG_CD))
      b--;
    return tag_is_verb(T[b - 1].pos) ? k : cend;
  }
  return cend;
}

/* Source and target groups (-1 if none) of the verb in c whose verb
 * group is vg, given the chosen pattern pc and the end of the verb's
 * complement cend (see role.h). */
/* Is w a noun that sums up an act ("the move", "a decision")? */
static int act_summary_noun(const char *w) {
  static const char *const v[] = {"move", "decision", "step", NULL};
  return word_in_list(w, v);
}


/* Who did the act that a reaction is on, when a noun sums that act up:
 * "Iraq said it would allow inspectors back, a move the White House
 * dismissed as a tactical step" (the noun in apposition after a comma,
 * the reacting clause a relative one on it: *rel set to 1), "Kosovo
 * declared independence, and Serbia denounced the move as" (the noun the
 * verb's object, right at ge, the act the sentence's first clause).
 * subj is the reacting verb's subject (its group starting the relative
 * clause), gs and ge its verb group.  Returns the first clause's subject,
 * or -1. */
static int32_t summed_act_target(const coder_ws *ws, int32_t subj,
                                 size_t gs, size_t ge, int *rel) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  *rel = 0;
  if (subj < 0) return -1;
  size_t f = ws->ent[subj].first;
  if (group_last(ws, subj) < gs && f >= 3) {
    size_t k = f;
    if (T[k - 1].pos == TAG_WDT || streq(ws->toks[k - 1], "that")) k--;
    if (k >= 3 && act_summary_noun(ws->toks[k - 1])) {
      size_t m = k - 1;
      while (m > 0 && ws->ent_at[m - 1] < 0 && is_np_filler(&T[m - 1])) m--;
      if (m < k - 1 && m > 0 && streq(ws->toks[m - 1], ",")) {
        int32_t g = first_clause_subject(ws, m - 1);
        if (g >= 0 && g != subj) {
          *rel = 1;
          return g;
        }
        return -1;
      }
    }
  }
  if (ge + 1 < n && T[ge].pos == TAG_DT && act_summary_noun(ws->toks[ge + 1]) &&
      (ge + 2 >= n || T[ge + 2].pos != TAG_IN || streq(ws->toks[ge + 2], "as"))) {
    /* a clause before this one: past a comma or "and" */
    size_t a = f;
    if (a == 0 || !(streq(ws->toks[a - 1], "and") || streq(ws->toks[a - 1], ",")))
      return -1;
    int32_t g = first_clause_subject(ws, a - 1);
    if (g >= 0 && g != subj) return g;
  }
  return -1;
}

/* Is token k a dash joining two names ("United States–Mexico")? */
static int name_dash(const coder_ws *ws, size_t k) {
  const char *w = ws->toks[k];
  return streq(w, "\u2013") || streq(w, "\u2014") || streq(w, "-");
}

/* A target of the source's own country named in a compound of names
 * joined by dashes ("to discuss the new United States–Mexico–Canada
 * Agreement", "suspends the termination of the Philippines–United States
 * Visiting Forces Agreement"): the compound names a pact or a border
 * between the countries, and the source's partner in it, the other
 * member next to the target, is the target.  Only a country named
 * alone (a code of three letters, no agent) is taken so.  Else tgt. */
static int32_t dash_partner(const coder_ws *ws, int32_t src, int32_t tgt) {
  size_t n = ws->tag.n, f = ws->ent[tgt].first, l = group_last(ws, tgt);
  const char *cs = group_country(ws, src), *ct = group_country(ws, tgt);
  const entity *T = &ws->ent[tgt];
  /* a country named alone (not "Pfizer–BioNTech", a company's name) */
  if (cs == NULL || ct == NULL || memcmp(cs, ct, 3) != 0 || T->next >= 0 ||
      strlen(ct) != 3 || T->pre[0] || T->post[0])
    return tgt;
  int32_t g = -1;
  if (l + 2 < n && name_dash(ws, l + 1) && ws->ent_at[l + 2] >= 0)
    g = ws->ent[ws->ent_at[l + 2]].group;
  else if (f >= 2 && name_dash(ws, f - 1) && ws->ent_at[f - 2] >= 0)
    g = ws->ent[ws->ent_at[f - 2]].group;
  const char *cg = g >= 0 ? group_country(ws, g) : NULL;
  if (g < 0 || g == src || cg == NULL || memcmp(cg, cs, 3) == 0) return tgt;
  return g;
}

/* See role.h: a verb of a court's act on the accused. */
int role_judicial_verb(const char *lemma) {
  static const char *const v[] = {"sentence", "convict", "jail", "imprison",
                                  "acquit", "fine", "indict", "try", NULL};
  return lemma != NULL && word_in_list(lemma, v);
}

/* Is group g a court (a code with JUD, the ICJ or the ICC)? */
static int court_group(const coder_ws *ws, int32_t g) {
  char code[CODE_MAX];
  if (g < 0 || !mention_entity_code(ws, g, 0, code, NULL)) return 0;
  return strstr(code, "JUD") != NULL || strstr(code, "ICJ") != NULL ||
         strstr(code, "ICC") != NULL;
}

/* The party sued when a lawsuit (115) found a court as its target: the
 * court is where the suit is brought ("files suit with the International
 * Court of Justice over Brazil's continued harbouring", "sue Shell at a
 * court in The Hague", "filed a lawsuit in the International Criminal
 * Court, accusing Myanmar"): the first actor after the verb (from ge to
 * the sentence's end) that is no court, no source and no place in a
 * locative phrase is the target.  Else tgt. */
static int32_t sued_party(const coder_ws *ws, size_t ge, int32_t src,
                          int32_t tgt) {
  if (!court_group(ws, tgt)) return tgt;
  size_t n = ws->tag.n;
  for (size_t k = ge; k < n; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    size_t gl = group_last(ws, g);
    if (g != src && g != tgt && !court_group(ws, g) &&
        !mention_group_weak(ws, g) && !in_locative(ws, ws->ent[g].first, ge))
      return g;
    k = gl;
  }
  return tgt;
}

/* The destination of an act that sets out from the source's own country
 * ("begins shipping crude oil from Murmansk to Madre de Deus, Brazil",
 * "suspends all flights from Spain to the United Kingdom", "to move
 * jobs from North Rhine-Westphalia to Hungary"): when the target tgt
 * found after the verb follows "from" and has the country of the source
 * src, and "to" and an actor of another country follow it (past an
 * apposed place: ", Chile"), that actor is the target.  Else tgt.
 * (Movements and exchanges: the caller leaves out protests and force,
 * 14-20.) */
static int32_t from_to_target(const coder_ws *ws, int32_t src, int32_t tgt) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, f = ws->ent[tgt].first;
  const char *cs = group_country(ws, src), *ct = group_country(ws, tgt);
  if (cs == NULL || ct == NULL || memcmp(cs, ct, 3) != 0) return tgt;
  while (f > 0 && T[f - 1].pos == TAG_DT) f--;
  if (f == 0 || !streq(ws->toks[f - 1], "from")) return tgt;
  size_t k = group_last(ws, tgt) + 1;
  /* "from Valparaiso, Chile to" */
  if (k + 1 < n && streq(ws->toks[k], ",") && ws->ent_at[k + 1] >= 0 &&
      !mention_group_weak(ws, ws->ent[ws->ent_at[k + 1]].group))
    k = group_last(ws, ws->ent[ws->ent_at[k + 1]].group) + 1;
  if (k >= n || !streq(ws->toks[k], "to")) return tgt;
  k++;
  while (k < n && (T[k].pos == TAG_DT || tag_is_adj(T[k].pos))) k++;
  /* "to Madre de Deus, Brazil": a town no dictionary names, then its
   * country */
  static const char *const particle[] = {"de", "da", "do", "dos", "das",
                                         "del", "la", "el", "di", "du",
                                         "des", NULL};
  size_t m = k;
  while (m < n && m < k + 5 && ws->ent_at[m] < 0 &&
         (T[m].pos == TAG_NNP || (T[m].flags & TAG_F_CAP) ||
          (m > k && word_in_list(ws->toks[m], particle))))
    m++;
  if (m > k && m + 1 < n && streq(ws->toks[m], ",") &&
      ws->ent_at[m + 1] >= 0)
    k = m + 1;
  if (k >= n || ws->ent_at[k] < 0) return tgt;
  int32_t g = ws->ent[ws->ent_at[k]].group;
  const char *cg = group_country(ws, g);
  if (g == src || mention_group_weak(ws, g) || cg == NULL ||
      memcmp(cg, cs, 3) == 0)
    return tgt;
  return g;
}

/* The target of an appeal whose object is asked to act ("asks the bloc
 * to contemplate a ban on beef from Brazil", "urged the army to free
 * Aung San Suu Kyi", "called on the world to"): the one asked, named in
 * the object noun phrase between the verb group's end ge and the "to" of
 * the infinitive, never an actor inside the infinitive, which only says
 * what is asked for.  vs is the verb's token, src and tgt the source and
 * the target found so far (tgt >= 0).  Returns the object's group (an
 * agent alone too: the coder gives it a country), -1 when the object
 * names no one, else tgt (no appeal, no such infinitive, or tgt stands
 * before it). */
static int32_t appeal_object_target(const coder_ws *ws, size_t vs,
                                    size_t ge, size_t cend, int32_t src,
                                    int32_t tgt) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ge;
  /* verbs whose object is the one asked: not "request", "want",
   * "expect" or "demand" (what is wanted: "requested the weapons to use
   * against"), nor "call" but for "call on" ("called an emergency
   * meeting to respond to") */
  static const char *const what[] = {"request", "want", "expect", "demand",
                                     NULL};
  const char *lemma = tag_lemma(&ws->tag, vs);
  if (!is_appeal_verb(lemma) || word_in_list(lemma, what) ||
      !tag_is_verb(T[vs].pos) || (ge > 0 && streq(ws->toks[ge - 1], "for")))
    return tgt;
  /* "called on", "appealed to" the one asked; "calls for X to" asks
   * for X ("for a truce to be restored", "for international action to
   * halt piracy in Somalia") */
  int on = ge > vs + 1 && (streq(ws->toks[ge - 1], "on") ||
                           streq(ws->toks[ge - 1], "upon"));
  if (!on && k < n &&
      (streq(ws->toks[k], "on") || streq(ws->toks[k], "upon") ||
       (T[k].pos == TAG_TO && T[k].chunk == TAG_CH_PP)))
    k++;
  else if ((!on && streq(lemma, "call")) ||
           (k < n && (streq(ws->toks[k], "for") || streq(ws->toks[k], "of"))))
    return tgt;
  size_t ob = k;
  int noun = 0;
  while (k < n && k < cend &&
         (ws->ent_at[k] >= 0 || is_np_filler(&T[k]) ||
          streq(ws->toks[k], "of"))) {
    if (ws->ent_at[k] >= 0 || tag_is_noun(T[k].pos)) noun = 1;
    k++;
  }
  if (!noun || k + 1 >= n || T[k].pos != TAG_TO ||
      T[k + 1].pos != TAG_VB || ws->ent[tgt].first < k ||
      streq(ws->toks[k + 1], "be"))
    return tgt;
  for (size_t q = ob; q < k; q++) {
    int32_t e = ws->ent_at[q];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    if (g == src) {
      q = group_last(ws, g);
      continue;
    }
    /* "calls on civilians to evacuate Khan Yunis": people of no one's
     * told to leave or to stay away keep the country they are told
     * about, as before (the subject's own people, "urged its citizens
     * to leave Ukraine", are the target: own_people_object) */
    const entity *T2 = &ws->ent[tgt];
    if (population_group(ws, g) && T2->next < 0 && T2->actor != NULL &&
        strlen(T2->actor) == 3 && !T2->pre[0] && !T2->post[0])
      return tgt;
    return g;
  }
  return -1;
}

/* "Putin suspends Russia's participation in the New START treaty ...
 * with the United States", "Davutoglu says Turkey's doors were open to
 * all Syrians": a government (source group src, code XXXGOV) acts on
 * no thing of its own; its own country named as the
 * possessor of a noun (target group tgt, a bare country code followed
 * by "'s") only says whose thing it is.  The target is the next group
 * after it up to cend of another country, or none; returns it, or tgt
 * when the rule does not apply. */
static int32_t own_possessor(const coder_ws *ws, int32_t src, int32_t tgt,
                             size_t cend) {
  const entity *T = &ws->ent[tgt];
  char sc[CODE_MAX], gc[CODE_MAX];
  size_t tl = group_last(ws, tgt);
  if (T->next >= 0 || T->actor == NULL || strlen(T->actor) != 3 ||
      T->pre[0] || T->post[0] || tl + 1 >= ws->tag.n ||
      ws->tag.tok[tl + 1].type != TAG_T_POSSESSIVE ||
      !mention_entity_code(ws, src, 0, sc, NULL) ||
      strlen(sc) != 6 || !streq(sc + 3, "GOV") ||
      strncmp(sc, T->actor, 3) != 0)
    return tgt;
  for (size_t k = tl + 1; k < cend && k < ws->tag.n; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    k = group_last(ws, g);
    if (g == src || g == tgt || mention_group_weak(ws, g) ||
        !mention_entity_code(ws, g, 0, gc, NULL) ||
        strncmp(gc, sc, 3) == 0 || strncmp(gc, "---", 3) == 0)
      continue;
    return g;
  }
  return -1;
}

/* The people owned by the subject that a verb acts on: the group of
 * people (population_group) that opens the verb's direct object after a
 * possessive pronoun ("its citizens", "their 300 nationals", "all its
 * citizens", "43 of its citizens"), the verb's complement starting at ge
 * ("on"/"upon" after "call" skipped), other than src.  Returns the group,
 * or -1. */
static int32_t own_people_object(const coder_ws *ws, size_t ge, int32_t src) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ge;
  if (k < n && (streq(ws->toks[k], "on") || streq(ws->toks[k], "upon"))) k++;
  /* "all its citizens", "43 of its citizens" */
  if (k < n && streq(ws->toks[k], "all"))
    k++;
  else if (k + 1 < n && T[k].pos == TAG_CD && streq(ws->toks[k + 1], "of"))
    k += 2;
  if (k >= n || T[k].pos != TAG_PRPS) return -1;
  k++;
  while (k < n && ws->ent_at[k] < 0 &&
         (tag_is_adj(T[k].pos) || T[k].pos == TAG_CD))
    k++;
  if (k >= n || ws->ent_at[k] < 0) return -1;
  int32_t g = ws->ent[ws->ent_at[k]].group;
  if (g == src || ws->ent[g].first != k || !population_group(ws, g))
    return -1;
  return g;
}

void role_assign(coder_ws *ws, const verb_group *vg, const mctx *c,
                 const pattern_choice *pc, size_t cend, int speech,
                 int32_t *src_out, int32_t *tgt_out) {
  size_t n = ws->tag.n;
  size_t gs = vg->gs, ge = vg->ge;
  uint16_t vflags = vg->flags;
  int32_t bsrc = pc->src, btgt = pc->tgt;
  size_t bpre = pc->pre;
  /* a pattern that used words after the verb ("* HOPES", "*
   * REALLY_PLEASANT") governs the clause: its target may stand in a
   * "that" clause; a bare verb takes none from there */
  if (pc->pat != NULL && pc->end > c->ve) {
    cend = c->thi;
    /* "announced it would supply tanks to Ukraine" read by "* &MILAID":
     * the target may follow the words the pattern read */
    if (pc->end > cend && pc->end <= n) {
      size_t e2 = role_complement_end(ws, pc->end - 1, 1);
      if (e2 > cend) cend = e2;
    }
  }
  if (cend < c->ve) cend = c->ve;
  /* "held talks in Jeddah", "signed at the White House": the place of a
   * meeting, talks, an agreement or cooperation (roots 04-06, not travel
   * 042, whose place is its target) is no default target */
  int root = code_root(pc->code);
  /* nor is the place of a protest ("protested in Tel Aviv"), nor of a
   * meeting turned down when its partner is named (125: "refused to
   * attend a meeting in Cairo with Fatah"; with no partner, "refused to
   * attend talks in Cairo" turns down the host) */
  size_t loc = (((root >= 4 && root <= 6) || root == 14) &&
                strncmp(pc->code, "042", 3) != 0) ||
                       strncmp(pc->code, "125", 3) == 0
                   ? c->ve
                   : SIZE_MAX;
  /* nor the place an intent was stated in, right after the verb
   * ("agreed in Washington on Sunday to pull back forces"); a place
   * after the object is the intent's target ("would invest $600 billion
   * in the United States") */
  if (root == 3 && ge < n &&
      (streq(ws->toks[ge], "in") || streq(ws->toks[ge], "at"))) {
    /* the intent is an infinitive to come ("arrived in Gondor", a
     * visit in older code sets, keeps its place) */
    for (size_t k = ge; k + 1 < n && k < cend + 1; k++)
      if (ws->tag.tok[k].pos == TAG_TO && ws->tag.tok[k + 1].pos == TAG_VB) {
        loc = c->ve;
        break;
      }
  }
  /* the coast off which people are rescued (07) or freed (08), a ship is
   * hijacked (181) or blows up (183) is only where it happens: "rescued
   * 300 migrants off the coast of Libya", "pirates seized a tanker off
   * Oman" (a missile fired or a fleet sent off a coast is aimed at its
   * country) */
  if (loc == SIZE_MAX &&
      (root == 7 || root == 8 || strncmp(pc->code, "181", 3) == 0 ||
       strncmp(pc->code, "183", 3) == 0))
    loc = LOC_OFFSHORE;
  int pas = (vflags & TAG_VG_PASSIVE) != 0;
  int32_t subj = find_subject(ws, gs, 0, pas);
  /* "The town of Goma was seized by M23 rebels": with its agent only
   * ("Whole neighbourhoods in Osh are destroyed and the army is accused"
   * names no one who destroyed them) */
  if (subj < 0 && pas && ge < n && streq(ws->toks[ge], "by"))
    subj = role_place_subject(ws, gs);
  /* "Palestinians were detained and interrogated": a passive joined by
   * "and" to the group before shares its subject */
  if (subj < 0 && pas) {
    size_t a = gs;
    while (a > 0 && ws->tag.tok[a - 1].pos == TAG_RB) a--;
    if (a > 0 && (streq(ws->toks[a - 1], "and") || streq(ws->toks[a - 1], "or")))
      subj = find_subject(ws, gs, 0, 0);
  }
  /* else the subject stands before what the pattern used ("DEATH TOLL *"
   * in "Eriador's death toll has risen", "NOTED + *") */
  if (subj < 0 && bpre < gs) {
    /* not past a subordinator ("after an airstrike killed" read by
     * "&AIRCRAFT * +": the airstrike is the subject; "when Russian
     * drones hit" read by "&DRONE *": Russian) */
    size_t f = bpre;
    while (f > 0 && (ws->ent_at[f - 1] >= 0 ||
                     is_np_filler(&ws->tag.tok[f - 1])))
      f--;
    subj = find_subject(ws, bpre, 0, pas);
    if (subj >= 0 && ws->ent[subj].first < f && f > 0 &&
        word_in_list(ws->toks[f - 1], clause_opener))
      subj = -1;
  }
  /* "Gunmen attack a police headquarters north of Baghdad and suicide
   * bombers strike across Iraq" read by "&SUICIDE *": after "and", the
   * doers the pattern read before the verb open a clause of their own;
   * the object of the verb before them is no subject of theirs */
  if (subj >= 0 && bpre < gs && bpre > 0 && ws->ent[subj].first < bpre &&
      (streq(ws->toks[bpre - 1], "and") || streq(ws->toks[bpre - 1], "but"))) {
    size_t a = ws->ent[subj].first;
    while (a > 0 && (ws->tag.tok[a - 1].pos == TAG_DT ||
                     tag_is_adj(ws->tag.tok[a - 1].pos) ||
                     ws->tag.tok[a - 1].pos == TAG_CD))
      a--;
    if (a > 0 && tag_is_verb(ws->tag.tok[a - 1].pos)) subj = -1;
  }
  if (subj >= 0 && subj == btgt && bpre < gs) {
    subj = find_subject(ws, ws->ent[btgt].first, 0, pas);
    /* "Abdel Fattah al-Burhan, the military junta leader of Sudan,
     * survives an assassination attempt" read by "+ * {ASSASSINATION
     * ATTEMPT}": the name before an apposition the '+' slot took is the
     * same person, the one acted on, not the actor */
    if (subj >= 0 && apposed(ws, subj, btgt, gs)) subj = -1;
  }
  if (!pas) subj = purpose_subject(ws, gs, subj);
  /* "police fire tear gas at demonstrators in Nairobi protesting
   * against ...": the people a protest's participle follows do it, even
   * as the object of another verb */
  if (!pas && root == 14 && bsrc < 0) {
    int32_t pg = protest_participle_doer(ws, gs);
    if (pg >= 0) subj = pg;
  }
  /* (material acts only: PETRARCH's "Gondor's minister noted that
   * Mordor regretted ..." codes the noter's 115 on Mordor) */
  if (!pas && root >= 14) subj = reported_clause_subject(ws, gs, subj);
  if (pas && btgt >= 0 && ws->ent[btgt].first < gs)
    btgt = including_aside_head(ws, btgt, gs);
  int32_t src = bsrc, tgt = btgt;
  if ((vflags & TAG_VG_PASSIVE) && btgt >= 0) {
    /* the pattern placed the target: the subject acts, or the "by" agent
     * when the pattern read it ("+ * (BY &AIRCRAFT)": "killed by Israeli
     * warplanes") */
    if (src < 0 || src == btgt) {
      size_t be = pc->end > cend ? pc->end : cend;
      int32_t by = passive_by_agent(ws, ge, be, btgt);
      if (by >= 0) {
        src = by;
        /* "civilians were shot dead by US soldiers at a checkpoint"
         * read by "* (AT +)": the subject of a passive is the one acted
         * on, not the place the pattern read */
        if (ws->ent[btgt].first >= ge && subj >= 0 && subj != by)
          tgt = subj;
      } else if (by_group(ws, btgt) && subj >= 0 && subj != btgt) {
        /* "Russia was urged by France to withdraw" read by "* + (TO
         * WITHDRAW)": the '+' that the pattern filled with the "by"
         * agent is the active voice's object; the agent acts on the
         * subject */
        src = btgt;
        tgt = subj;
      } else {
        /* no agent: a subject is the one acted on ("is killed at a
         * house in Java"), the source only when the pattern read the
         * target before the verb as someone else; a group the pattern
         * read inside the subject's noun phrase ("three Israeli soldiers
         * from the Givati Brigade are killed by an IED", "the
         * ambassadors from X to Y are injured by mortar fire") leaves
         * the subject the one acted on, and no source */
        if (subj >= 0 && subj != btgt && ws->ent[btgt].first < gs &&
            ws->ent[subj].first < ws->ent[btgt].first) {
          src = -1;
          tgt = subj;
        } else {
          src = subj != btgt && ws->ent[btgt].first < gs ? subj : -1;
        }
      }
    }
  } else if (vflags & TAG_VG_PASSIVE) {
    if (tgt < 0) tgt = subj;
    /* the agent is sure: the pattern, a "by" phrase or an attack's
     * modifier names it (not the first group of the complement) */
    int sure = src >= 0;
    if (src < 0) {
      /* the "by" agent, else the first group of the complement */
      int by = 0;
      for (size_t k = ge; k < cend && !by; k++)
        if (streq(ws->toks[k], "by")) {
          /* the first "by" only: "allegations by Kenyan police" later
           * qualifies a noun */
          by = 1;
          if (by_of_other_participle(ws, k, ge)) break;
          size_t bend = by_phrase_end(ws, k + 1, cend);
          src = first_group(ws, k + 1, bend, tgt, 0, SIZE_MAX);
          /* "is freed by military authorities", "were shot by police":
           * an agent alone heading the "by" phrase acts (first_group
           * takes agents only as direct objects) */
          if (src < 0) src = by_weak_agent(ws, k + 1, bend, tgt);
          sure = src >= 0;
        }
      /* "soldiers were killed in Afghanistan": the place of a hostile
       * act is no agent (a host may be: "was welcomed in Beijing"); nor
       * is an actor that only qualifies a noun of the complement ("are
       * arrested over the deaths of rebels") or belongs to an
       * infinitive ("are urged to leave the country") */
      if (src < 0 && !by) {
        size_t lim = passive_plain_end(ws, ge, cend);
        lim = attack_object_end(ws, ge, lim, tgt);
        /* "are killed in a Russian missile strike on Zaporizhzhia,
         * Ukraine": the state whose attack it was acts */
        if (root >= 18 && root <= 20) src = attack_modifier_in(ws, ge, lim, tgt);
        sure = src >= 0;
        if (src < 0)
          src = first_group(ws, ge, lim, tgt, 0, root >= 10 ? ge : loc);
        if (src >= 0 && !sure && passive_subject_group(ws, src)) src = -1;
        /* "is sentenced to 25 years for smuggling weapons to the FARC",
         * "is convicted of fraud against Japan": a judicial act's agent
         * without "by" is a court, never an actor of the crime it names */
        if (src >= 0 && role_judicial_verb(tag_lemma(&ws->tag, c->vs)) &&
            !court_group(ws, src))
          src = -1;
      }
    }
    /* "At least four people are killed by Israeli artillery fire in
     * southern Gaza": with no one named as acted on and a sure agent,
     * the place of an attack (18-20) is its target, as in the active
     * voice */
    if (tgt < 0 && sure && root >= 18 && root <= 20)
      tgt = place_after(ws, ge, cend, src);
  } else {
    if (src < 0) src = subj;
    /* "a move the White House dismissed as a tactical step" (whatever
     * the pattern read after it), "and Serbia denounced the move": the
     * act summed up is the first clause's, done by its subject
     * (reactions and words, 01-13) */
    if (root >= 1 && root <= 13 && src == subj) {
      int rel = 0;
      int32_t sg2 = summed_act_target(ws, subj, gs, ge, &rel);
      if (sg2 >= 0 && (rel || tgt < 0)) tgt = sg2;
    }
    if (tgt < 0) {
      /* "announced live-fire military drills": words of the pattern
       * are no target */
      for (uint32_t q = 0; q < pc->n_pw; q++)
        for (uint32_t k = pc->pw_at[q];
             k < pc->pw_at[q] + pc->pw_len[q] && k < n; k++)
          ws->patword[k] = 1;
      cend = accused_end(ws, ge, cend);
      tgt = first_group(ws, ge, cend, src, speech, loc);
      if (tgt < 0 && loc != SIZE_MAX && strncmp(pc->code, "125", 3) == 0)
        tgt = first_group(ws, ge, cend, src, speech, SIZE_MAX);
      if (root < 18 || root > 20) {
        int32_t pg = possessor_target(ws, ge, cend, src, tgt);
        if (pg >= 0) tgt = pg;
      }
      /* "banned the main pro-Kurdish party, HADEP,", "arrested the
       * opposition leader, Morgan Tsvangirai,": an actor in apposition
       * to the direct object names it (not to a place: "met in
       * Annapolis, Maryland") */
      size_t ob = ge;  /* the object noun phrase: [ge, cend) */
      while (ob < cend && (ws->tag.tok[ob].pos == TAG_DT ||
                           tag_is_adj(ws->tag.tok[ob].pos) ||
                           tag_is_noun(ws->tag.tok[ob].pos) ||
                           ws->tag.tok[ob].pos == TAG_CD))
        ob++;
      if ((tgt < 0 || mention_group_weak(ws, tgt)) && cend + 1 < n &&
          cend > ge && ob == cend && streq(ws->toks[cend], ",") &&
          tag_is_noun(ws->tag.tok[cend - 1].pos) && ws->ent_at[cend + 1] >= 0) {
        int32_t g2 = ws->ent[ws->ent_at[cend + 1]].group;
        size_t l2 = group_last(ws, g2);
        if (ws->ent[g2].first == cend + 1 && g2 != src &&
            !mention_group_weak(ws, g2) &&
            (l2 + 1 >= n || streq(ws->toks[l2 + 1], ",") ||
             streq(ws->toks[l2 + 1], ".")))
          tgt = g2;
      } else if (tgt < 0 && root >= 18 && root <= 20 && cend + 2 < n &&
                 cend > ge && ob == cend && streq(ws->toks[cend], ",") &&
                 ws->tag.tok[cend - 1].pos == TAG_NNP &&
                 (streq(ws->toks[cend + 1], "a") ||
                  streq(ws->toks[cend + 1], "an") ||
                  streq(ws->toks[cend + 1], "the"))) {
        int32_t g2 = apposed_descriptor(ws, cend + 2, n);
        if (g2 >= 0 && g2 != src) tgt = g2;
      }
      for (uint32_t q = 0; q < pc->n_pw; q++)
        for (uint32_t k = pc->pw_at[q];
             k < pc->pw_at[q] + pc->pw_len[q] && k < n; k++)
          ws->patword[k] = 0;
      /* "Indian police arrested protesters" read by "* &PROTESTER",
       * "troops massacred civilians": the people that coercion or
       * violence (17-20) falls on are its target even when the pattern
       * spells them (the coder then gives them the state's country) */
      /* "urged its citizens in Algeria", "calls on its citizens to leave
       * Iraq", "evacuates its citizens from Syria", "urges its citizens
       * not to travel to Lebanon": people owned by the subject (a
       * possessive pronoun opening the verb's direct object) are the ones
       * acted on; a country named after them is only where they are, go
       * or come from (own_people_object) */
      if (tgt >= 0 && tgt != btgt) {
        int32_t g2 = own_people_object(ws, ge, src);
        const entity *T2 = &ws->ent[tgt];
        if (g2 >= 0 && g2 != tgt && T2->first > group_last(ws, g2) &&
            T2->next < 0 && T2->actor != NULL && strlen(T2->actor) == 3 &&
            !T2->pre[0] && !T2->post[0])
          tgt = g2;
      }
      /* "attacked rebel positions in Grozny", "stormed a police station
       * in Kabul": an attack (18-20) whose object is the post of an
       * agent targets the agent, not the place after it */
      if (root >= 18 && root <= 20 &&
          (tgt < 0 || mention_group_place(ws, tgt))) {
        size_t lim = tgt >= 0 ? ws->ent[tgt].first : cend;
        for (size_t k = ge; k < lim; k++) {
          int32_t e = ws->ent_at[k];
          if (e < 0) continue;
          int32_t g = ws->ent[e].group;
          if (g != src && facility_agent(ws, g) &&
              !mention_owned_by_pronoun(ws, ws->ent[g].first) &&
              !np_in_pp(ws, ws->ent[g].first))
            tgt = g;
          break;
        }
      }
      if (root >= 17 && root <= 20 && tgt >= 0 && tgt != src &&
          !population_group(ws, tgt)) {
        int32_t p = people_before_participle(ws, ge, ws->ent[tgt].first, src);
        if (p >= 0) tgt = p;
      }
      /* ... and so are the people a yield (08) is made to or falls on
       * ("the king yielded to protesters" read by "* (TO &PROTESTER)",
       * "Burma frees 200 political prisoners"), but for an exchange,
       * made between the parties (role_mutual) */
      static const char *const swap[] = {"exchange", "swap", "trade", NULL};
      if (tgt < 0 &&
          ((root >= 17 && root <= 20) ||
           (root == 8 && ge > gs &&
            !word_in_list(tag_lemma(&ws->tag, ge - 1), swap)))) {
        int32_t t2 = first_group(ws, ge, cend, src, speech, loc);
        if (t2 >= 0 && population_group(ws, t2)) tgt = t2;
        /* "yielded to protesters": first_group takes an agent alone
         * only as a direct object; a yield names them after "to" */
        size_t k = ge;
        if (tgt < 0 && root == 8 && k + 1 < cend && streq(ws->toks[k], "to")) {
          k++;
          while (k + 1 < cend && (ws->tag.tok[k].pos == TAG_DT ||
                                  tag_is_adj(ws->tag.tok[k].pos)))
            k++;
          /* the pattern read them ("* (TO &PROTESTER)"): not "students
           * return to school" */
          int read = 0;
          for (uint32_t q = 0; q < pc->n_pw && !read; q++)
            read = k >= pc->pw_at[q] && k < pc->pw_at[q] + pc->pw_len[q];
          int32_t e = ws->ent_at[k];
          if (read && e >= 0 && ws->ent[e].group != src &&
              population_group(ws, ws->ent[e].group))
            tgt = ws->ent[e].group;
        }
      }
      /* "labels Switzerland and Vietnam as currency manipulators,
       * accusing them of": an object pronoun of a participle after a
       * comma is the object of the finite verb before it */
      if (tgt < 0) tgt = participle_pronoun_object(ws, gs, ge, src);
      /* "launches missile strikes on depots in Yavoriv Raion, Lviv
       * Oblast": an attack (18-20) on a place the dictionary does not
       * know, whose clause the comma ends, falls on the place in
       * apposition after it (one more unknown name may come between:
       * "in Novoshakhtinsk, Rostov Oblast, Russia"); an attacker of no
       * known country ("a gunman") gets no target from it */
      if (tgt < 0 && root >= 18 && root <= 20 && src >= 0 &&
          ws->ent[src].next < 0 && cend > ge &&
          cend + 1 < n && streq(ws->toks[cend], ",") &&
          ws->tag.tok[cend - 1].pos == TAG_NNP) {
        size_t q = cend + 1;
        if (ws->ent_at[q] < 0) {
          while (q < n && q < cend + 4 && ws->tag.tok[q].pos == TAG_NNP &&
                 ws->ent_at[q] < 0)
            q++;
          q = (q + 1 < n && q > cend + 1 && streq(ws->toks[q], ",")) ? q + 1
                                                                      : n;
        }
        if (q < n && ws->ent_at[q] >= 0) {
          int32_t g2 = ws->ent[ws->ent_at[q]].group;
          char sc[CODE_MAX];
          if (g2 != src && ws->ent[g2].first == q &&
              mention_group_place(ws, g2) &&
              mention_entity_code(ws, src, 0, sc, NULL) &&
              strncmp(sc, "---", 3) != 0)
            tgt = g2;
        }
      }
      /* "accused Kuwait of stealing oil and demanded compensation": a
       * finite verb of words or dealings (01-16) joined by "and" to the
       * one before it, naming no one acted on, acts on that verb's
       * direct object when it names an actor (not an institution alone
       * nor a legislature: "dissolved parliament / the House of
       * Representatives and called a snap election") and its own object
       * is no one's that a pronoun names ("and urged his party to": no
       * second event) */
      /* an object of someone's named by a pronoun: "urged his party" */
      int bare = ge < n && ws->tag.tok[ge].pos != TAG_PRPS;
      if (tgt < 0 && bare && root >= 1 && root <= 16 && gs > 0 &&
          streq(ws->toks[gs - 1], "and") &&
          (ws->tag.tok[gs].pos == TAG_VBD || ws->tag.tok[gs].pos == TAG_VBZ ||
           ws->tag.tok[gs].pos == TAG_VBP)) {
        int32_t og = finite_verb_object(ws, gs - 1, src);
        char oc[CODE_MAX];
        if (og >= 0 && !mention_group_weak(ws, og) &&
            mention_entity_code(ws, og, 0, oc, NULL) &&
            !(strlen(oc) >= 6 && memcmp(oc + 3, "LEG", 3) == 0))
          tgt = og;
      }
      /* "Egypt received a deposit from Qatar" read by "* DEPOSIT (FROM
       * $)": a pattern that names the source after the verb leaves the
       * subject as the one acted on, the target, when the complement
       * names no other ("Colombian forces kill 32 FARC rebels in a
       * government offensive" keeps the rebels) */
      if (tgt < 0 && bsrc >= 0 && subj >= 0 && subj != bsrc &&
          ws->ent[bsrc].first >= ge)
        tgt = subj;
    }
  }
  /* "struck military sites in Syria" read by "&AIRCRAFT * +": the head
   * noun is the target, not the agent modifying it; an attack (18-20) on
   * a place in a country targets that country */
  /* (not when the pattern reads that noun itself, its target slot right
   * before it: "rebuffed a government demand" read by "* {+ DEMAND}" is
   * the government's) */
  int read_head = 0;
  if (tgt >= 0 && tgt == btgt && !pas)
    for (uint32_t q = 0; q < pc->n_pw && !read_head; q++)
      read_head = pc->pw_at[q] == (size_t)ws->ent[tgt].last + 1;
  if (tgt >= 0 && tgt == btgt && !pas && !read_head &&
      modifier_agent(ws, tgt)) {
    size_t after = ws->ent[tgt].last + 1;
    tgt = root >= 18 && root <= 20
              ? first_group(ws, after, cend > pc->end ? cend : pc->end, src,
                            0, SIZE_MAX)
              : -1;
    if (tgt >= 0 && mention_group_weak(ws, tgt)) tgt = -1;
  }
  /* "tightening the U.S. embargo on Cuba", "Israel's blockade of Gaza":
   * a country that owns the noun the pattern read is no target; the
   * actor after on/against/of that noun is */
  if (tgt >= 0 && tgt != btgt && !pas) {
    size_t gl = group_last(ws, tgt), after = SIZE_MAX;
    const tag_token *T = ws->tag.tok;
    for (uint32_t q = 0; q < pc->n_pw; q++) {
      size_t w = pc->pw_at[q];
      /* a modifier in one noun phrase: an adjective ("the Israeli
       * blockade") or an abbreviation ("the U.S. embargo", "the UN
       * embargo"), not the double object "gave the United States
       * information"; or a possessive ("Israel's blockade") */
      if ((w == gl + 1 && T[gl].chunk == TAG_CH_NP &&
           T[w].chunk == TAG_CH_NP && T[w].chunk_id == T[gl].chunk_id &&
           (tag_is_adj(T[gl].pos) || (T[gl].flags & TAG_F_ALLCAP) ||
            strchr(ws->toks[gl], '.') != NULL)) ||
          (w == gl + 2 && T[gl + 1].type == TAG_T_POSSESSIVE))
        after = w + pc->pw_len[q];
    }
    if (after != SIZE_MAX && after + 1 < n &&
        (streq(ws->toks[after], "on") ||
         streq(ws->toks[after], "against") ||
         streq(ws->toks[after], "of"))) {
      int32_t t2 = first_group(ws, after + 1, n, src, 0, SIZE_MAX);
      if (t2 >= 0 && ws->ent[t2].first <= after + 3) tgt = t2;
    }
  }
  /* "stormed the Baghdad offices of an aid group": the owner after
   * "of", not the place modifying the noun */
  if (tgt >= 0 && tgt != btgt && !pas) {
    int32_t o = mention_place_modifier_owner(ws, tgt);
    if (o >= 0 && o != src) tgt = o;
  }
  /* "criticised the United States over its support for Israel" read by
   * "* (OVER +)": a target the pattern found in a prepositional phrase
   * (after over, for, about, against, on) yields to an actor that is the
   * verb's direct object and heads its noun phrase (not "lifted the
   * U.S. embargo against Vietnam"), for disapproval and rejection (11,
   * 12: not "urged EU partners to stand with London against Moscow") */
  if (!pas && tgt >= 0 && tgt == btgt && (root == 11 || root == 12)) {
    const tag_token *T = ws->tag.tok;
    static const char *const preps[] = {"over", "for", "about", "against",
                                        "on", "of", NULL};
    size_t o = ge;
    while (o < n && (T[o].pos == TAG_DT || tag_is_adj(T[o].pos))) o++;
    int32_t e = o < n ? ws->ent_at[o] : -1;
    size_t tf = ws->ent[tgt].first;
    while (tf > 0 && (T[tf - 1].pos == TAG_DT || tag_is_adj(T[tf - 1].pos) ||
                      T[tf - 1].pos == TAG_PRPS))
      tf--;
    if (e >= 0 && tf > 0 && word_in_list(ws->toks[tf - 1], preps)) {
      int32_t g = ws->ent[e].group;
      size_t gl = group_last(ws, g);
      if (g != tgt && g != src && ws->ent[g].first >= ge &&
          ws->ent[g].first <= o && !mention_group_weak(ws, g) &&
          gl + 1 < tf - 1 && !tag_is_noun(T[gl + 1].pos) &&
          T[gl + 1].type != TAG_T_POSSESSIVE)
        tgt = g;
    }
  }
  if (tgt >= 0 && src >= 0) tgt = dash_partner(ws, src, tgt);
  if (!pas && tgt >= 0 && strncmp(pc->code, "115", 3) == 0)
    tgt = sued_party(ws, ge, src, tgt);
  /* (not a protest or force, 14-20, done where the source is: "march
   * from Madrid to Brussels to protest at cuts in Spain") */
  if (!pas && tgt >= 0 && tgt != btgt && src >= 0 &&
      (root < 14 || root > 20))
    tgt = from_to_target(ws, src, tgt);
  /* not when a pattern read words before the verb: "warning" in
   * "fired warning shots to disperse" ("FIRED_*_SHOTS") is no verb */
  if (!pas && tgt >= 0 && tgt != btgt && bpre >= c->vs)
    tgt = appeal_object_target(ws, c->vs, ge, cend, src, tgt);
  if (!pas && src >= 0 && tgt >= 0 && root < 18)
    tgt = own_possessor(ws, src, tgt, cend);
  if (src >= 0 && src == tgt) tgt = -1;
  *src_out = src;
  *tgt_out = tgt;
}

/* ===================================================================== */
/* Attribution                                                           */
/* ===================================================================== */

/* Is token k the first of a verb group whose main verb is a speech verb?
 * Sets *end to the token after the group. */
static int speech_group_at(const coder_ws *ws, size_t k, size_t *end) {
  const tag_token *T = ws->tag.tok;
  if (T[k].chunk != TAG_CH_VG || T[k].chunk_id >= ws->tag.n_chunks) {
    if (!(T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP))
      return 0;
    *end = k + 1;
    return is_speech_verb(tag_lemma(&ws->tag, k));
  }
  const tag_chunk *ch = &ws->tag.chunks[T[k].chunk_id];
  if (ch->first != k) return 0;
  *end = ch->first + ch->n;
  size_t h = ch->head;
  /* "Chirac told visiting Brazilian Foreign Minister Amorim": the
   * participle describes the hearer; the speech verb before it heads */
  if (h > ch->first && streq(ws->toks[h], "visiting")) h--;
  return is_speech_verb(tag_lemma(&ws->tag, h));
}

/* Removes entities of [a, b) from role taking (the ent_at map). */
static void hide_entities(coder_ws *ws, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) ws->ent_at[k] = -1;
}

/* Takes entity i out of its compound group (the group's other members
 * stay linked, under a new head when i headed it). */
static void unlink_entity(coder_ws *ws, int32_t i) {
  entity *E = &ws->ent[i];
  int32_t g = E->group;
  if (g == i) {
    int32_t h = E->next;
    for (int32_t k = h; k >= 0; k = ws->ent[k].next) ws->ent[k].group = h;
    if (h >= 0) {
      ws->ent[h].has_and = E->has_and;
      ws->ent[h].agent_of = ws->ent[h].agent_of || E->agent_of;
    }
  } else {
    int32_t p = g;
    while (p >= 0 && ws->ent[p].next != i) p = ws->ent[p].next;
    if (p >= 0) ws->ent[p].next = E->next;
  }
  E->group = i;
  E->next = -1;
}

/* Entities that name no participant: a null-coded actor ("---": seas,
 * places) alone, and a currency prefix ("US$0.30", "US $5": the token
 * right after the actor is "$" with no space between).  They are hidden
 * from roles (ws->ent_at) and from their compound groups. */
static void hide_non_actors(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  for (size_t i = 0; i < ws->n_ent; i++) {
    entity *E = &ws->ent[i];
    int hide = E->actor != NULL && streq(E->actor, "---") && !E->pre[0] &&
               !E->post[0];
    size_t l = E->last;
    if (!hide && l + 1 < n && ws->toks[l + 1][0] == '$' &&
        T[l + 1].offset == T[l].offset + T[l].len)
      hide = 1;
    if (!hide) continue;
    unlink_entity(ws, (int32_t)i);
    for (size_t k = E->first; k <= E->last && k < n; k++)
      if (ws->ent_at[k] == (int32_t)i) ws->ent_at[k] = -1;
  }
}

/* Is entity E a news medium (an actor code "MED..." or "XXXMED...", or
 * the agent MED)? */
static int is_media_entity(const entity *E) {
  if (E->actor != NULL) {
    size_t l = strlen(E->actor);
    if (strncmp(E->actor, "MED", 3) == 0 ||
        (l >= 6 && strncmp(E->actor + 3, "MED", 3) == 0))
      return 1;
  }
  return strncmp(E->post, "MED", 3) == 0;
}

/* "Israeli airstrikes kill 30 people in Gaza. (BBC)", "(Reuters) (AP)":
 * a parenthesised group of news media cites a source; it is neither
 * source nor target of anything (a future reporter field).  Hides the
 * entities of every short parenthesis holding media only and no verb. */
static void hide_media_citations(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  /* a "(" or "[" token is that byte of the text (no other character
   * folds to it): a sentence without either byte has no parenthesis */
  if (ws->tag.text != NULL &&
      memchr(ws->tag.text, '(', ws->tag.text_len) == NULL &&
      memchr(ws->tag.text, '[', ws->tag.text_len) == NULL)
    return;
  for (size_t k = 0; k < n; k++) {
    if (!streq(ws->toks[k], "(") && !streq(ws->toks[k], "[")) continue;
    size_t e = k + 1;
    int media = 0, other = 0;
    while (e < n && e < k + 12 && !streq(ws->toks[e], ")") &&
           !streq(ws->toks[e], "]")) {
      int32_t x = ws->ent_at[e];
      if (x >= 0) {
        if (is_media_entity(&ws->ent[x])) media = 1;
        else other = 1;
      } else if (tag_is_verb(T[e].pos) || T[e].chunk == TAG_CH_VG) {
        other = 1;
      }
      e++;
    }
    if (e >= n || e >= k + 12 || !media || other) continue;
    for (size_t q = k + 1; q < e; q++) {
      int32_t x = ws->ent_at[q];
      if (x >= 0) unlink_entity(ws, x);
    }
    hide_entities(ws, k + 1, e);
    k = e;
  }
}

/* Notes the first entity of tokens [a, b) as the story's speaker
 * (context.c), unless it is news media. */
static void note_speaker_in(coder_ws *ws, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    int32_t x = ws->ent_at[k];
    if (x < 0) continue;
    int32_t g = ws->ent[x].group;
    if (!mention_group_media(ws, g)) context_note_speaker(ws, g);
    return;
  }
}

/* Attribution is no participant: a trailing reporting clause ("..., the
 * Ukrainian military said.", "..., said U.S. officials on Monday.") and
 * "according to X" name who reports, not who acts.  Their actors are
 * hidden from the roles of other verbs and the reporting verb is not
 * coded (ws->consumed).  Parenthesised media citations are hidden too
 * (hide_media_citations).  Null-coded actors and currency prefixes are
 * hidden too (hide_non_actors).  The speaker so named, or the subject of
 * "X said (that)", is noted in the story context for a later "we"/"I".
 * keep_tail: the trailing reporting clause is left to be coded (role.h). */
void role_hide_reporters(coder_ws *ws, int keep_tail) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  hide_non_actors(ws);
  hide_media_citations(ws);
  /* "X said (that) ...": X is the speaker of the story so far */
  for (size_t k = 1; k < n; k++) {
    size_t ve;
    int32_t x = ws->ent_at[k - 1];
    if (x < 0 || !speech_group_at(ws, k, &ve)) continue;
    int32_t g = ws->ent[x].group;
    if (group_last(ws, g) == k - 1 && !mention_in_pp(ws, ws->ent[g].first) &&
        !mention_group_media(ws, g))
      context_note_speaker(ws, g);
  }
  for (size_t k = 0; k + 1 < n; k++)
    if (streq(ws->toks[k], "according") && streq(ws->toks[k + 1], "to")) {
      size_t e = k + 2;
      while (e < n && (is_np_filler(&T[e]) || ws->ent_at[e] >= 0) &&
             !streq(ws->toks[e], ","))
        e++;
      note_speaker_in(ws, k + 2, e);
      hide_entities(ws, k + 2, e);
      ws->consumed[k] = 1;
    }
  /* the end of the clause: final punctuation and quotes stripped */
  size_t end = n;
  while (end > 0 && (T[end - 1].type == TAG_T_PUNCT ||
                     T[end - 1].type == TAG_T_QUOTE) &&
         !streq(ws->toks[end - 1], ","))
    end--;
  size_t c = end;
  while (c > 0 && !streq(ws->toks[c - 1], ",")) c--;
  if (c == 0 || c >= end) return;
  /* the rest after the reporting verb: no verb group, no actor except in a
   * prepositional phrase ("in a statement", "on Monday") */
  size_t k = c;
  while (k < end && T[k].pos == TAG_RB) k++;
  size_t ve;
  if (k < end && speech_group_at(ws, k, &ve)) {
    /* ", said the Ukrainian military" */
    size_t e = ve;
    while (e < end && (is_np_filler(&T[e]) || ws->ent_at[e] >= 0)) e++;
    if (e == ve || keep_tail) return;
    for (size_t q = e; q < end; q++)
      if (T[q].chunk == TAG_CH_VG || tag_is_verb(T[q].pos)) return;
    note_speaker_in(ws, ve, e);
    hide_entities(ws, ve, e);
    for (size_t q = k; q < ve; q++) ws->consumed[q] = 1;
    return;
  }
  /* ", the Ukrainian military said"; an adverb and the adjective or
   * participle it modifies before a noun stay in the noun phrase (", a
   * clearly inebriated official said") */
  size_t s = k;
  for (;;) {
    if (k + 2 < end && k > s && T[k].pos == TAG_RB &&
        (tag_is_adj(T[k + 1].pos) || T[k + 1].pos == TAG_VBN) &&
        (tag_is_noun(T[k + 2].pos) || tag_is_adj(T[k + 2].pos))) {
      k += 2;
      continue;
    }
    if (k >= end || !(is_np_filler(&T[k]) || ws->ent_at[k] >= 0) ||
        T[k].chunk == TAG_CH_VG)
      break;
    k++;
  }
  if (k == s || k >= end || !speech_group_at(ws, k, &ve)) return;
  for (size_t q = ve; q < end; q++)
    if (T[q].chunk == TAG_CH_VG || tag_is_verb(T[q].pos)) return;
  /* keep_tail: the statement is coded, with no target, when something
   * follows the verb ("said on Saturday"); "..., an official said today"
   * gives none, as in PETRARCH, whose parse finds no object there (today
   * a temporal noun phrase: petrarch-unit COMMA-06, COMMA-12) */
  static const char *const bare[] = {"today", "yesterday", "tonight", NULL};
  if (keep_tail && ve < end &&
      !(ve + 1 == end && word_in_list(ws->toks[ve], bare)))
    return;
  note_speaker_in(ws, s, k);
  hide_entities(ws, s, k);
  hide_entities(ws, ve, end);
  for (size_t q = k; q < ve; q++) ws->consumed[q] = 1;
}

/* ===================================================================== */
/* Control verbs                                                         */
/* ===================================================================== */

/* The code of a framing verb for the action it governs: "threaten to
 * attack" is a threat of attack (1384), "promise to meet" an intent to
 * meet (036), "refuse to release" a refusal to yield (1243).  ctl is the
 * framing verb's code, act the embedded verb's (either may be "a:b").
 * Writes the code into out (size >= 8) and returns 1, or returns 0 when
 * ctl is no framing verb (intent 03, reject 12, threaten 13). */
static int frame_code(const char *ctl, const char *act, char out[8]) {
  char a[5] = {0};
  size_t al = 0;
  while (act && act[al] >= '0' && act[al] <= '9' && al < 4) {
    a[al] = act[al];
    al++;
  }
  if (strlen(ctl) < 2 || !(ctl[0] >= '0' && ctl[0] <= '9')) return 0;
  int cr = (ctl[0] - '0') * 10 + (ctl[1] - '0');
  if (cr != 3 && cr != 12 && cr != 13) return 0;
  size_t cl = 0;
  while (ctl[cl] >= '0' && ctl[cl] <= '9' && cl < 4) cl++;
  memcpy(out, ctl, cl);
  out[cl] = '\0';
  if (al < 2) return 1;
  int ar = (a[0] - '0') * 10 + (a[1] - '0');
  int a3 = al >= 3 ? ar * 10 + (a[2] - '0') : ar * 10;
  const char *m = NULL;
  if (cr == 13 || (cr == 3 && ar >= 14)) {
    /* threats, and intents to act against someone */
    if (a3 == 191) m = "1381";
    else if (a3 == 192) m = "1382";
    else if (ar == 18) m = "1383";
    else if (a3 == 204) m = "1385";
    else if (ar == 19 || ar == 20) m = "1384";
    else if (ar == 15) m = "138";
    else if (a3 == 172) m = "132";
    else if (ar == 17) m = "137";
    else if (a3 == 161) m = "1313";
    else if (a3 == 162) m = "1311";
    else if (a3 == 163) m = "1312";
    else if (a3 == 164) m = "134";
    else if (a3 == 165) m = "135";
    else if (a3 == 166) m = "136";
    else if (ar == 16) m = "131";
    else if (ar == 14) m = "133";
  } else if (cr == 3) {
    /* "promised to step down" (0831): an intent to reform (0341), the
     * four reforms of 083x and 034x in the same order; "agreed to lift
     * restrictions" (081) an intent to yield (0351) */
    static const char *const reform[] = {"034", "0341", "0342", "0343",
                                         "0344"};
    if (a3 == 45 || a3 == 46) m = "037";
    else if (ar == 4) m = "036";
    else if (ar == 5) m = "032";
    else if (ar == 6) m = "031";
    else if (ar == 7) m = "033";
    else if (a3 == 83) m = reform[al >= 4 && a[3] >= '1' && a[3] <= '4'
                                      ? a[3] - '0' : 0];
    else if (a3 == 81) m = "0351";
    else if (a3 == 82) m = "0352";
    else if (a3 == 84) m = "0353";
    else if (a3 == 85) m = "0354";
    else if (a3 == 86) m = "0355";
    else if (a3 == 87) m = "0356";
    else if (ar == 8) m = "035";
  } else {
    /* "refused to step down" (0831): a rejected change of leadership
     * (1231), the four reforms of 083x and 123x in the same order */
    static const char *const reform[] = {"123", "1231", "1232", "1233",
                                         "1234"};
    /* "declined on Friday to comment", "refused to say": no comment */
    if (ar == 1) m = "011";
    else if (a3 == 45 || a3 == 46) m = "126";
    else if (ar == 4) m = "125";
    else if (a3 == 57) m = "127";
    else if (ar == 6) m = "121";
    else if (ar == 7) m = "122";
    else if (a3 == 83) m = reform[al >= 4 && a[3] >= '1' && a[3] <= '4'
                                      ? a[3] - '0' : 0];
    else if (a3 == 81) m = "1241";
    else if (a3 == 82) m = "1242";
    else if (a3 == 84) m = "1243";
    else if (a3 == 85) m = "1244";
    else if (a3 == 86) m = "1245";
    else if (a3 == 87) m = "1246";
    else if (ar == 8) m = "124";
  }
  if (m != NULL) strcpy(out, m);
  return 1;
}

/* The embedded verb of a control construction at the verb [i, i+len):
 * "threatened to attack", "vowed not to retreat", "refused to ever meet",
 * "agreed on Thursday to lend":
 * the token of a dictionary verb after "to", or SIZE_MAX. */
static int is_month(const char *w) {
  static const char *const v[] = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", NULL};
  return word_in_list(w, v);
}

size_t role_time_adjunct(const coder_ws *ws, size_t k) {
  /* deictic: last this next earlier later (word class TAG_W_DEICTIC) */
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, q = k;
  if (q >= n) return k;
  /* every word an adjunct may open with below starts with one of these
   * letters: most tokens are rejected by it */
  switch (ws->toks[q][0]) {
    case 'e': case 'l': case 't': case 'n': case 'y': case 'o': case 'i':
      break;
    default:
      return k;
  }
  /* "earlier this week", "late on Sunday" */
  if ((streq(ws->toks[q], "earlier") || streq(ws->toks[q], "early") ||
       streq(ws->toks[q], "late")) && q + 1 < n &&
      ((tag_wclass(&ws->tag, q + 1) & TAG_W_DEICTIC) ||
       streq(ws->toks[q + 1], "on")))
    q++;
  const char *w = ws->toks[q];
  if ((tag_wclass(&ws->tag, q) & TAG_W_DEICTIC) && q + 1 < n &&
      is_time_noun(ws->toks[q + 1]))
    return q + 2;
  if (streq(w, "yesterday") || streq(w, "today") || streq(w, "tonight"))
    return q + 1;
  if (streq(w, "on") || streq(w, "in")) {
    size_t e = q + 1;
    /* "on 5 March", "on March 5, 2004": numbers and a month */
    int date = 0;
    while (e < n && (T[e].pos == TAG_CD || is_month(ws->toks[e]))) {
      date |= is_month(ws->toks[e]) ? 1 : 0;
      e++;
    }
    if (date) return e;
    if (streq(w, "on") && e < n && is_time_noun(ws->toks[e]) &&
        !streq(ws->toks[e], "time")) {
      e++;
      /* "on Monday night", "on Friday morning" */
      if (e < n && is_time_noun(ws->toks[e]) && !streq(ws->toks[e], "time"))
        e++;
      return e;
    }
  }
  return k;
}

size_t role_control_embedded(const coder_ws *ws, size_t i, size_t len) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = i + len;
  while (k < n && (T[k].pos == TAG_RB || (T[k].flags & TAG_F_NEG))) k++;
  /* "threatened on Saturday to stop", "agreed last week to lend": a time
   * adverbial between the framing verb and "to" */
  if (role_time_adjunct(ws, k) > k)
    k = role_time_adjunct(ws, k);
  else if (k < n && is_time_noun(ws->toks[k]))
    k++;
  if (k >= n || T[k].pos != TAG_TO) return SIZE_MAX;
  k++;
  /* "threatened to \"burn half of Israel\"": a quotation that opens with
   * the embedded verb */
  if (k + 1 < n && is_quote_mark(ws->toks[k])) k++;
  while (k < n && (T[k].pos == TAG_RB || (T[k].flags & TAG_F_NEG))) k++;
  if (k >= n || !ws->hits[k].hv || ws->consumed[k]) return SIZE_MAX;
  if (!(T[k].pos == TAG_VB || T[k].chunk == TAG_CH_VG)) return SIZE_MAX;
  return k;
}

/* Settles a control verb at [c->vs, c->ve) whose embedded verb is at
 * token emb with code emb_code (see role.h).  Returns 0 when pc now holds
 * the code of the framing verb, 1 when the framing verb gives no event of
 * its own (the caller codes the embedded verb instead), -1 on OOM. */
int role_control(const dyad_dict *d, coder_ws *ws, dyad_result *r,
                 const mctx *c, const dict_verb_form *f, const dict_verb *v,
                 size_t emb, const char *emb_code, pattern_choice *pc) {
  /* a control verb ("threatened to attack"): a pattern that reads past
   * the verb codes it, else a framing family codes the embedded action
   * in its own terms; otherwise the embedded verb is coded instead */
  const char *base = dict_str(d, f->code);
  if (!*base) base = dict_str(d, v->code);
  /* a pattern that read the embedded verb as a noun of another family
   * ("* ATTACK" under PROMISE for "vowed to attack") does not count; a
   * threat (13) read by an intent verb (03) does, as frame_code maps an
   * intent against someone to a threat ("vowed to unleash suicide
   * attacks" 1383, "vowed to take revenge" 138) */
  if (pc->pat != NULL && pc->end > emb && strncmp(pc->code, base, 2) != 0 &&
      !(strncmp(base, "03", 2) == 0 && strncmp(pc->code, "13", 2) == 0) &&
      /* a block with no code of its own whose pattern reads an attempt
       * or a plot of assault ("---  ATTEMPT   [---]": "plotted to kill"
       * read by "* (TO KILL)" 185, "plotted to attack" by "* ATTACK"
       * 138) means what its pattern says, not the embedded act done (a
       * bare "began to withdraw", "were forced to retreat" still codes
       * the embedded verb) */
      !(streq(base, "---") && (strncmp(pc->code, "18", 2) == 0 ||
                               strncmp(pc->code, "13", 2) == 0)))
    pc->pat = NULL;
  if (pc->pat == NULL || pc->end <= c->ve) {
    char fc[8];
    if (!frame_code(base, emb_code, fc)) return 1;
    /* "declined on Friday to comment", "refused to say": no comment
     * (011), as the dictionary's DECLINE_TO_COMMENT says when nothing
     * comes between (not "refused to issue visas", ISSUE being 010) */
    static const char *const comment[] = {"comment", "say", "elaborate",
                                          "confirm", "speak", "answer",
                                          "respond", "discuss", NULL};
    if (base[0] == '1' && base[1] == '2' && strncmp(emb_code, "01", 2) == 0 &&
        word_in_list(tag_lemma(&ws->tag, emb), comment))
      strcpy(fc, "011");
    /* "agreed to hold military drills": a show of force (15) agreed
     * with a partner threatens nobody; it stays an intent */
    if (base[0] == '0' && base[1] == '3' && emb_code[0] == '1' &&
        emb_code[1] == '5' && streq(tag_lemma(&ws->tag, c->vs), "agree")) {
      size_t bl = 0;
      while (bl < 4 && base[bl] >= '0' && base[bl] <= '9') bl++;
      memcpy(fc, base, bl);
      fc[bl] = '\0';
    }
    const char *cc = result_strdup(r, fc, strlen(fc));
    if (cc == NULL) return -1;
    pc->code = cc;
    pc->pat = NULL;
  }
  ws->consumed[emb] = 1;
  return 0;
}

/* ===================================================================== */
/* Modality and mutual verbs                                             */
/* ===================================================================== */

/* How sure the clause around a verb is that the action happened. */
enum {
  MOD_NONE = 0,   /* done: "sent", "has sent" */
  MOD_WILL,       /* future: "will send" */
  MOD_INTENT,     /* "would send", "ready to send", "plans to send" */
  MOD_FORECAST,   /* "is expected to send", "is set to send" */
  MOD_DECIDED,    /* "decided to send": a plain future, but a decision to
                   * recognise or to cooperate diplomatically (05) is the
                   * act itself */
  MOD_HYP,        /* "could send", "might send", "would have sent" */
  MOD_FAILED      /* "failed to send", "unable to send": as MOD_HYP, and
                   * no intent either */
};


/* Verbs of appeal: what follows them is asked for, not done. */
static int is_appeal_verb(const char *lemma) {
  static const char *const appeal[] = {
      "ask", "urge", "call", "invite", "request", "appeal", "press",
      "pressure", "encourage", "want", "expect", "advise", "implore", "beg",
      "exhort", "entreat", "tell", "warn", "challenge", "dare", "persuade",
      "push", "demand", NULL};
  return word_in_list(lemma, appeal);
}

/* Is token j a noun of asking ("ultimatum", "demands", "request",
 * "pleas", and "call(s)" followed by "for" or "on")?  The caller checks
 * that token j is tagged a noun. */
static int asked_noun_at(const coder_ws *ws, size_t j) {
  static const char *const asks[] = {
      "ultimatum", "ultimatums", "demand", "demands", "request", "requests",
      "appeal", "appeals", "plea", "pleas", NULL};
  const char *w = ws->toks[j];
  if (w[0] != 'u' && w[0] != 'd' && w[0] != 'r' && w[0] != 'a' &&
      w[0] != 'p' && w[0] != 'c')
    return 0;
  if (streq(w, "call") || streq(w, "calls"))
    return j + 1 < ws->tag.n &&
           (streq(ws->toks[j + 1], "for") || streq(ws->toks[j + 1], "on"));
  return word_in_list(w, asks);
}

/* Is the infinitive whose "to" is at token `to` asked for by an appeal
 * ("urged Russia to withdraw", "calls for Iraq and the US to crack
 * down", "asked Congress for money to fund the war", "were urged to
 * leave", "invite Poland, Hungary and the Czech Republic to join")?
 * The nearest verb before "to" in the same clause (no ';' or ':' and
 * no finite verb between) is a verb of appeal, or a bare infinitive
 * that is itself asked for.  Such an action is
 * requested, not done: the appeal is the event.  Verbs that make the
 * action happen ("forced", "allowed", "helped") are no appeals. */
static int requested_infinitive(const coder_ws *ws, size_t to) {
  const tag_token *T = ws->tag.tok;
  size_t lo = to > 16 ? to - 16 : 0;
  /* "urged Pakistan and India to resume their dialogue on Kashmir and to
   * sign the treaty": an infinitive joined to an asked-for one is asked
   * for too (the nearer "to" of the same clause) */
  if (to >= 2 && (streq(ws->toks[to - 1], "and") ||
                  streq(ws->toks[to - 1], "or"))) {
    for (size_t k = to - 1; k > lo; k--) {
      size_t j = k - 1;
      const char *w = ws->toks[j];
      if (streq(w, ";") || streq(w, ":") || streq(w, ".")) break;
      if (T[j].pos == TAG_VBD || T[j].pos == TAG_VBZ) break;
      if (T[j].pos == TAG_TO && T[j].chunk != TAG_CH_PP)
        return requested_infinitive(ws, j);
    }
  }
  for (size_t k = to; k > lo; k--) {
    size_t j = k - 1;
    const char *w = ws->toks[j];
    if (streq(w, ";") || streq(w, ":") || streq(w, ".")) return 0;
    /* "appealed to the UN to send troops": "to" heading a noun phrase
     * is a preposition */
    if (T[j].pos == TAG_TO && T[j].chunk != TAG_CH_PP) return 0;
    if (ws->ent_at[j] >= 0) continue;
    /* "rejects the Russian ultimatum to surrender", "renewed calls for
     * Israel to withdraw": a noun of asking before the infinitive asks
     * for it too ("a phone call to discuss" is no asking: "call" only
     * before "for" or "on") */
    if (tag_is_noun(T[j].pos) && asked_noun_at(ws, j)) return 1;
    if (T[j].chunk == TAG_CH_VG || tag_is_verb(T[j].pos) || ws->hits[j].hv) {
      if (is_appeal_verb(tag_lemma(&ws->tag, j))) return 1;
      /* "invited the presidents to meet in Berlin to discuss peace": an
       * infinitive of purpose after an asked-for one is asked for too */
      if (T[j].pos == TAG_VB) {
        size_t t = j;
        while (t > lo && T[t - 1].pos == TAG_RB) t--;
        if (t > lo && T[t - 1].pos == TAG_TO && T[t - 1].chunk != TAG_CH_PP)
          return requested_infinitive(ws, t - 1);
      }
      if (T[j].chunk == TAG_CH_VG || tag_is_verb(T[j].pos)) return 0;
    }
  }
  return 0;
}

/* Is an actor (not an agent alone: "the government") named in tokens
 * [a, b), hidden from roles or not? */
static int actor_named_in(const coder_ws *ws, size_t a, size_t b) {
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (!E->virt && E->actor != NULL && E->first >= a && E->last < b)
      return 1;
  }
  return 0;
}

/* Is the clause ending before a comma after token `from` reported by a
 * trailing attribution that names its speaker ("Syria will pull out, Amr
 * Moussa said on Monday", "..., said Vladimir Putin")?  The last comma
 * after `from` (none of ';' or ':' after it) is followed by a speech verb
 * group, or by a noun phrase of fillers and entities and then a speech
 * verb group, and an actor is named after the comma.  An unnamed
 * speaker ("Germany will send tanks, the government said") is the
 * subject announcing its own decision, coded as done (news-dev n024). */
static int trailing_attribution(const coder_ws *ws, size_t from) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  size_t c = SIZE_MAX;
  for (size_t k = from; k < n; k++) {
    const char *w = ws->toks[k];
    if (streq(w, ";") || streq(w, ":")) c = SIZE_MAX;
    else if (streq(w, ",")) c = k;
  }
  if (c == SIZE_MAX) return 0;
  size_t k = c + 1;
  while (k < n && T[k].pos == TAG_RB) k++;
  size_t ve;
  if (!actor_named_in(ws, c + 1, n)) return 0;
  if (k < n && speech_group_at(ws, k, &ve)) return 1;
  size_t s = k;
  while (k < n && (is_np_filler(&T[k]) || ws->ent_at[k] >= 0) &&
         T[k].chunk != TAG_CH_VG)
    k++;
  return k > s && k < n && speech_group_at(ws, k, &ve);
}

/* Does the verb group vg stand in a clause reported by a speech verb
 * ("announced that it will ...", "says the US will ...", "Russia will
 * stand by Serbia, Putin said")?  The nearest verb group before vg's
 * subject, in the same sentence part (no ';' or ':'), is a speech verb
 * or a verb of declaring; or a trailing attribution follows vg. */
static int reported_clause_by(const coder_ws *ws, const verb_group *vg,
                              int plain);
static int reported_clause(const coder_ws *ws, const verb_group *vg) {
  return reported_clause_by(ws, vg, 0);
}

/* reported_clause, or with plain set only by a plain speech verb (say,
 * announce, tell: no verb of declaring, pledging or warning) or a
 * trailing attribution. */
static int reported_clause_by(const coder_ws *ws, const verb_group *vg,
                              int plain) {
  static const char *const declare[] = {"declare", "confirm", "pledge",
                                        "promise", "vow", "warn", NULL};
  const tag_token *T = ws->tag.tok;
  if (trailing_attribution(ws, vg->ge)) return 1;
  for (size_t k = vg->gs; k > 0; k--) {
    size_t j = k - 1;
    const char *w = ws->toks[j];
    if (streq(w, ";") || streq(w, ":")) return 0;
    if (T[j].chunk == TAG_CH_VG || T[j].pos == TAG_VBD ||
        T[j].pos == TAG_VBZ || T[j].pos == TAG_VBP) {
      size_t h = j;
      if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks)
        h = ws->tag.chunks[T[j].chunk_id].head;
      const char *l = tag_lemma(&ws->tag, h);
      return is_speech_verb(l) || (!plain && word_in_list(l, declare));
    }
  }
  return 0;
}

/* Does the clause whose verb group starts at token gs (its modal
 * included) stand under a verb of hoping or wishing ("Ukraine says that it
 * hopes China can urge Russia to withdraw", "hoped the talks would bring
 * peace")?  The nearest verb before gs, in the same clause part (no
 * comma, ';' or ':'), is "hope" or "wish".  What is hoped for is not
 * done. */
static int hoped_clause(const coder_ws *ws, size_t gs) {
  static const char *const hope[] = {"hope", "wish", NULL};
  /* the forms, for a tagger that read "hopes" as a noun */
  static const char *const forms[] = {"hope", "hopes", "hoped", "hoping",
                                      "wish", "wishes", "wished",
                                      "wishing", NULL};
  const tag_token *T = ws->tag.tok;
  for (size_t k = gs; k > 0; k--) {
    size_t j = k - 1;
    const char *w = ws->toks[j];
    if (streq(w, ";") || streq(w, ":") || streq(w, ",")) return 0;
    if (word_in_list(w, forms)) return 1;
    if (T[j].chunk == TAG_CH_VG || tag_is_verb(T[j].pos)) {
      size_t h = j;
      if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks)
        h = ws->tag.chunks[T[j].chunk_id].head;
      return word_in_list(tag_lemma(&ws->tag, h), hope);
    }
  }
  return 0;
}

/* Is "allegedly" (or "purportedly") among the adverbs right before token
 * gs or in the verb group before its verb at vs, in a clause that only
 * tells the background of the news: a relative or adverbial clause
 * ("children's home where they were allegedly mistreated", "after it
 * allegedly violated Iranian airspace") or a participle after a noun or
 * a preposition ("the scientist allegedly abducted by the CIA", "for
 * allegedly making remarks")?  The sentence's own news told with
 * "allegedly" ("Russian war planes allegedly bomb a refugee camp") and a
 * participle after a comma (", allegedly killing civilians") are coded
 * as reported. */
static int alleged_adverb(const coder_ws *ws, size_t gs, size_t vs) {
  static const char *const alleged[] = {"allegedly", "purportedly", NULL};
  static const char *const sub[] = {
      "who", "which", "that", "where", "when", "after", "before", "because",
      "since", "until", "whom", "whose", "for", NULL};
  const tag_token *T = ws->tag.tok;
  size_t a = gs;
  while (a > 0 && T[a - 1].pos == TAG_RB) a--;
  int found = 0;
  for (size_t k = a; k < vs && !found; k++)
    found = word_in_list(ws->toks[k], alleged) &&
            (k < gs || T[k].pos == TAG_RB);
  if (!found || a == 0) return 0;
  size_t p = a - 1;
  if (T[gs].pos == TAG_VBN || T[gs].pos == TAG_VBG)
    if (tag_is_noun(T[p].pos) || T[p].pos == TAG_IN || ws->ent_at[p] >= 0)
      return 1;
  /* back over the clause's subject to what opens the clause */
  size_t k = a;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
                   T[k - 1].pos == TAG_PRP))
    k--;
  if (k == 0) return 0;
  return word_in_list(ws->toks[k - 1], sub) &&
         (k < a || T[k - 1].pos == TAG_WDT || T[k - 1].pos == TAG_WP ||
          T[k - 1].pos == TAG_WRB || T[k - 1].pos == TAG_IN);
}

/* The modality of the verb at c->vs in verb group vg: a modal inside the
 * group (or right before it), else the word that governs an infinitive
 * ("ready to", "plans to", "is expected to"; *via_inf set to 1). */
static int modality(const coder_ws *ws, const verb_group *vg, const mctx *c,
                    int *via_inf) {
  /* hypothetical (could might may likely unlikely must should ought),
   * "would" ('d) and "will" ('ll shall): word classes TAG_W_HYP,
   * TAG_W_WOULD and TAG_W_WILL of the tokens (tag.h) */
  static const char *const intent[] = {
      "ready", "prepared", "willing", "plan", "plans", "planned", "planning",
      "intend", "intends", "intended", "intending", "aim", "aims", "aimed",
      "aiming", "pledged", "pledge", "pledges", "vowed", "vow", "vows",
      "promised", "promise", "promises", "determined", "open", "eager",
      "keen", NULL};
  /* "decided to withdraw": a decision taken, the act still to come,
   * read as a plain future (a cooperative act an intent under
   * future_intent_codes, a sanction decided coded as announced), a
   * recognition decided done (MOD_DECIDED); not
   * "voted to": a vote is itself the act it passes ("voted to lift
   * sanctions", "voted to ratify the treaty") */
  static const char *const decide[] = {"decided", "decide", "decides",
                                       NULL};
  static const char *const unrealised[] = {"whether", "close", "closer",
                                           "threat", "threats", "alleged",
                                           "suspected", NULL};
  static const char *const failed[] = {"fail", "fails", "failed", "failing",
                                       "unable", NULL};

  /* "prepare(s) to", "hope(s) to": force being readied or hoped for is
   * not yet used (no threat either: nothing is said to anyone), a
   * cooperative act an intent */
  static const char *const forecast[] = {
      "expected", "set", "poised", "going", "due", "scheduled", "prepare",
      "prepares", "preparing", "hope", "hopes", "hoped", "hoping", "wish",
      "wishes", "wished", "wishing", NULL};
  static const char *const term[] = {"days", "hours", "weeks", "months",
                                     "deadline", NULL};
  static const char *const grant[] = {"give", "set", "grant", "allow",
                                      NULL};
  const tag_token *T = ws->tag.tok;
  size_t gs = vg->gs;
  if (gs > 0 && T[gs - 1].pos == TAG_MD) gs--;
  int m = MOD_NONE;
  /* what is hoped for is not done, whatever its modal; nor is what is
   * only alleged ("where they were allegedly mistreated") */
  if (hoped_clause(ws, gs) || alleged_adverb(ws, gs, c->vs)) {
    *via_inf = 1;
    return MOD_HYP;
  }
  for (size_t k = gs; k < c->vs; k++) {
    unsigned wc = tag_wclass(&ws->tag, k);
    if (wc & TAG_W_HYP) return MOD_HYP;
    if (m != MOD_NONE && streq(ws->toks[k], "have"))
      return MOD_HYP; /* would have */
    if (wc & TAG_W_WOULD) m = MOD_INTENT;
    else if (wc & TAG_W_WILL) m = MOD_WILL;
  }
  if (m != MOD_NONE) return m;
  /* "pledged to share intelligence and open its airspace": a bare verb
   * right after "and"/"or" is an infinitive joined to the one before it,
   * governed by the same word (back in its clause, no finite verb or
   * modal between) */
  size_t to = SIZE_MAX;
  /* "said Moscow would share intelligence with Washington and open its
   * airspace": a bare verb right after "and"/"or" shares the modal of
   * the verb it is joined to (back in its clause, no finite verb between) */
  if (gs >= 2 && T[gs].pos == TAG_VB &&
      (streq(ws->toks[gs - 1], "and") || streq(ws->toks[gs - 1], "or"))) {
    for (size_t k = gs - 1; k > 0 && k + 25 > gs; k--) {
      const char *w = ws->toks[k - 1];
      if (streq(w, ";") || streq(w, ":")) break;
      if (T[k - 1].pos == TAG_VBD || T[k - 1].pos == TAG_VBZ ||
          T[k - 1].pos == TAG_VBP)
        break;
      if (T[k - 1].pos == TAG_TO && k < gs && T[k].pos == TAG_VB) {
        to = k - 1;
        break;
      }
      if (T[k - 1].pos != TAG_MD) continue;
      unsigned wc = tag_wclass(&ws->tag, k - 1);
      if (wc & TAG_W_HYP) return MOD_HYP;
      if (wc & TAG_W_WOULD) return MOD_INTENT;
      if (wc & TAG_W_WILL) return MOD_WILL;
      break;
    }
  }
  *via_inf = 1;
  /* the word governing "to" */
  if (to == SIZE_MAX)
    for (size_t k = vg->gs; k < c->vs; k++)
      if (T[k].pos == TAG_TO) to = k;
  /* "is expected to directly deploy": back over adverbs to the "to" */
  if (to == SIZE_MAX) {
    size_t k = vg->gs;
    while (k > 0 && T[k - 1].pos == TAG_RB) k--;
    if (k > 0 && T[k - 1].pos == TAG_TO) to = k - 1;
  }
  if (to == SIZE_MAX) return MOD_NONE;
  size_t k = to;
  while (k > 0 && (T[k - 1].pos == TAG_RB || (T[k - 1].flags & TAG_F_NEG)))
    k--;
  /* "decided on Sunday to free": back over the day */
  if (k >= 3 && mention_is_weekday(ws->toks[k - 1]) && streq(ws->toks[k - 2], "on"))
    k -= 2;
  if (k == 0) return MOD_NONE;
  const char *w = ws->toks[k - 1];
  if (tag_wclass(&ws->tag, k - 1) & TAG_W_HYP) return MOD_HYP;
  /* "debates whether to endorse the report": an act still being weighed
   * is not done; "failed to ratify the convention", "fails to reach
   * agreement", "unable to deliver aid": nor is one that did not come
   * about, nor one only
   * neared ("is close to reaching a deal"), nor one only threatened
   * ("warnings of an al-Qaeda threat to attack ships"), nor one only
   * alleged or suspected ("are alleged to have attacked the embassy";
   * not "are believed to have", "is reported to have") */
  if (word_in_list(w, unrealised)) return MOD_HYP;
  if (word_in_list(w, failed)) return MOD_FAILED;
  if (word_in_list(w, intent)) return MOD_INTENT;
  if (w[0] == 'd' && word_in_list(w, decide)) {
    *via_inf = 0;
    return MOD_DECIDED;
  }
  if (requested_infinitive(ws, to)) return MOD_HYP;
  /* "gave the Bosnian Serbs ten days to withdraw", "set a deadline to":
   * a term granted for an act is an ultimatum; the act is not done */
  if (word_in_list(w, term) && k >= 2)
    for (size_t j = k - 1; j > 0 && j + 8 > k; j--) {
      /* the term is the verb's object: "gave Turkey 48 hours", not "gave
       * up a strike after 86 days" */
      /* "gives Congress 24 to 36 hours to reach": a range of numbers
       * is the term's */
      if (T[j - 1].pos == TAG_TO && j >= 2 && T[j].pos == TAG_CD &&
          T[j - 2].pos == TAG_CD)
        continue;
      if (T[j - 1].pos == TAG_IN || T[j - 1].pos == TAG_RP ||
          streq(ws->toks[j - 1], ",") || T[j - 1].pos == TAG_TO)
        break;
      const char *l = tag_lemma(&ws->tag, j - 1);
      if (tag_is_verb(T[j - 1].pos) && word_in_list(l, grant)) return MOD_HYP;
    }
  /* "the United States is to deploy more troops": "be to" right before
   * the infinitive is an arranged future ("is about to restore" is
   * imminent, coded as done) */
  if (k == to && (T[k - 1].pos == TAG_VBZ || T[k - 1].pos == TAG_VBP ||
                  T[k - 1].pos == TAG_VBD) &&
      streq(tag_lemma(&ws->tag, k - 1), "be"))
    return MOD_FORECAST;
  if (word_in_list(w, forecast)) {
    /* "set to" and "going to" only after a form of "be" */
    if ((streq(w, "set") || streq(w, "going")) &&
        !(k >= 2 && streq(tag_lemma(&ws->tag, k - 2), "be")))
      return MOD_NONE;
    return MOD_FORECAST;
  }
  /* "will meet in Beijing on April 23 to discuss the programme": an
   * infinitive of purpose shares the modal of its clause's verb (back
   * over the clause to it, no finite verb, other infinitive or ';' ':'
   * between; "from April 23 to April 24" is no infinitive) */
  for (size_t j = k; j > 0 && j + 20 > k; j--) {
    enum tag_pos p = T[j - 1].pos;
    if (p == TAG_VBD || p == TAG_VBZ || p == TAG_VBP ||
        (p == TAG_TO && T[j].pos == TAG_VB) || p == TAG_WDT || p == TAG_WP ||
        streq(ws->toks[j - 1], ";") ||
        streq(ws->toks[j - 1], ":"))
      break;
    if (p != TAG_MD) continue;
    if (T[j].pos != TAG_VB) break;
    unsigned wc = tag_wclass(&ws->tag, j - 1);
    if (wc & TAG_W_HYP) return MOD_HYP;
    if (wc & TAG_W_WOULD) return MOD_INTENT;
    if (wc & TAG_W_WILL) return MOD_WILL;
    break;
  }
  return MOD_NONE;
}

/* The intent (03) code for a cooperative action code of roots 04-08
 * ("would meet" 036, "ready to send aid" 033, "plans to release" 0353),
 * into out (size >= 8); 0 when code is no such action. */
static int intent_code(const char *code, char out[8]) {
  static const char *const map[][2] = {
      {"045", "039"}, {"04", "036"},
      {"05", "032"},
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
      {"06", "031"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
      {"07", "033"},
      {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"},
      {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"08", "035"}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strncmp(code, map[i][0], strlen(map[i][0])) == 0) {
      strcpy(out, map[i][1]);
      return 1;
    }
  return 0;
}

int role_intent_code(const char *code, char out[8]) {
  return intent_code(code, out);
}

int role_threat_code(const char *code, char out[8]) {
  int root = code_root(code);
  if (root < 14 || strchr(code, ':') != NULL) return 0;
  return frame_code("130", code, out);
}

static int conditional_at(const coder_ws *ws, size_t k);

/* Is the verb group vg (its window c) the consequence of a condition, with
 * the modal of possibility "could", "may" or "might" right in its group:
 * an "if" or "unless" later in the sentence ("could cut supplies unless
 * Kyiv pays"), or one before it past a comma ("If Seoul goes ahead,
 * Pyongyang may strike"), the verb itself in no "if" clause? */
static int conditional_threat(const coder_ws *ws, const verb_group *vg,
                              const mctx *c) {
  static const char *const may[] = {"could", "may", "might", NULL};
  const tag_token *T = ws->tag.tok;
  size_t gs = vg->gs;
  if (gs > 0 && T[gs - 1].pos == TAG_MD) gs--;
  int modal = 0;
  for (size_t k = gs; k < c->vs && !modal; k++) modal = word_in_list(ws->toks[k], may);
  if (!modal) return 0;
  /* "if Israel could strike": the verb's own clause opens with "if" */
  for (size_t k = c->vs; k > 0; k--) {
    const char *w = ws->toks[k - 1];
    if (streq(w, ",") || streq(w, ";") || streq(w, ":")) break;
    if (conditional_at(ws, k - 1)) return 0;
  }
  for (size_t k = 0; k < ws->tag.n; k++)
    if (conditional_at(ws, k)) return 1;
  return 0;
}

/* Modality: an action that is only intended or possible is not done (see
 * role.h). */
int role_modality(coder_ws *ws, dyad_result *r, const verb_group *vg,
                  const mctx *c, pattern_choice *pc, int future_threat,
                  int future_intent) {
  int root = code_root(pc->code);
  int material = (root >= 4 && root <= 8) || root >= 14;
  if (root < 0 || strchr(pc->code, ':') != NULL) return 0;
  int via_inf = 0;
  /* an intent (03) is coded as it stands ("would agree", "plans to
   * promise"), but none is expressed by failing to reach it ("failed to
   * agree on a ceasefire", "unable to accept") */
  if (root == 3) return modality(ws, vg, c, &via_inf) == MOD_FAILED;
  int m = modality(ws, vg, c, &via_inf);
  if (m == MOD_FAILED) m = MOD_HYP;
  if (m == MOD_DECIDED) m = root == 5 ? MOD_NONE : MOD_WILL;
  if (m == MOD_NONE) return 0;
  /* a statement, appeal, investigation or threat only asked for,
   * planned or expected ("asked Kyiv to investigate", "plans to
   * investigate") is none of them yet, and CAMEO has no intent code for
   * it; a modal on such a verb ("would act", "should have acted") is
   * coded as PETRARCH does (petrarch-unit VERB-08, VERB-10) */
  if (!material) return via_inf ? 1 : 0;
  /* "announced that it will apologize": a cooperative act announced for
   * the future is an intent (an announced sanction or attack stays as
   * it is, like a plain future) */
  if (m == MOD_WILL && root <= 8 && reported_clause(ws, vg)) m = MOD_INTENT;
  /* "Japan said it would freeze aid to China": "would" in a clause
   * reported by a plain speech verb is the future of the time of
   * speaking, an announced sanction as "says it will freeze aid" is (a
   * warning that it would is a threat, and so is "said they would walk
   * out of the talks if ...") */
  if (m == MOD_INTENT && root == 16 && !via_inf &&
      reported_clause_by(ws, vg, 1)) {
    int cond = 0;
    for (size_t k = 0; k < ws->tag.n && !cond; k++) cond = conditional_at(ws, k);
    if (!cond) m = MOD_WILL;
  }
  char out[8];
  /* "could cut gas supplies to Ukraine unless Kyiv pays", "If Seoul
   * goes ahead, Pyongyang may strike": force made possible on a
   * condition is a threat (13x), as "would ... if" is */
  if (m == MOD_HYP && root >= 14 && !via_inf && conditional_threat(ws, vg, c)) {
    if (!frame_code("130", pc->code, out)) return 1;
    const char *cc = result_strdup(r, out, strlen(out));
    if (cc == NULL) return -1;
    pc->code = cc;
    return 0;
  }
  if (m == MOD_HYP) return 1;
  if (root >= 14) {
    /* "would retaliate", "ready to strike": a threat; a forecast of
     * violence by others is no event of its own; a plain future stays
     * as it is, except for the dictionary's future_threat_codes ("will
     * launch a ground invasion of Lebanon": not done yet, a threat) */
    if (m == MOD_WILL && future_threat) m = MOD_INTENT;
    if (m != MOD_INTENT) return m == MOD_WILL ? 0 : 1;
    if (!frame_code("130", pc->code, out)) return 1;
  } else {
    /* a plain future ("will contribute", "will visit") stays as it is:
     * PETRARCH codes it as done (petrarch-unit SYNSET-07a, 11a, 11b),
     * except for the dictionary's future_intent_codes ("will send aid to
     * Nepal": promised, not delivered yet, an intent 033) */
    if (m == MOD_WILL && !future_intent) return 0;
    if (!intent_code(pc->code, out)) return 0;
  }
  const char *cc = result_strdup(r, out, strlen(out));
  if (cc == NULL) return -1;
  pc->code = cc;
  return 0;
}

/* Is token k a conditional "if"/"unless" (not "as if", "even if", "what
 * if")? */
static int conditional_at(const coder_ws *ws, size_t k) {
  const char *w = ws->toks[k];
  if (!streq(w, "if") && !streq(w, "unless")) return 0;
  if (k > 0 && w[0] == 'i') {
    const char *p = ws->toks[k - 1];
    if (streq(p, "as") || streq(p, "even") || streq(p, "what") ||
        streq(p, "only"))
      return streq(p, "only");
  }
  return 1;
}

int role_conditional(const coder_ws *ws, const verb_group *vg,
                     const mctx *c) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  /* "Will China invade Taiwan?": the sentence ends in a question mark
   * (closing quotes and brackets aside) */
  size_t e = n;
  while (e > 0 && (T[e - 1].type == TAG_T_QUOTE || streq(ws->toks[e - 1], ")")))
    e--;
  if (e > 0 && streq(ws->toks[e - 1], "?")) return 1;
  /* "If Russia invades Ukraine, ...": the verb stands in the clause an
   * "if" or "unless" opens (up to a comma or semicolon) */
  for (size_t k = c->vs; k > 0; k--) {
    const char *w = ws->toks[k - 1];
    if (streq(w, ",") || streq(w, ";") || streq(w, ":")) break;
    if (conditional_at(ws, k - 1)) return 1;
  }
  /* "rejected demands from the Quartet that it recognise Israel": the
   * verb of a "that" clause completing a noun of asking or proposing
   * is what was asked for, not done */
  {
    static const char *const asks[] = {
        "demand", "demands", "call", "calls", "appeal", "appeals",
        "request", "requests", "insistence", "proposal", "proposals",
        "suggestion", "suggestions", "ultimatum", "condition",
        "conditions", "pressure", "plea", "pleas", NULL};
    size_t k = vg->gs;
    while (k > 0 && (T[k - 1].pos == TAG_MD || T[k - 1].pos == TAG_RB ||
                     ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
                     T[k - 1].pos == TAG_PRP))
      k--;
    if (k >= 2 && k < vg->gs && streq(ws->toks[k - 1], "that")) {
      /* the noun, or the noun and its "from/by X" phrase */
      size_t q = k - 1;
      for (size_t j = q; j > 0 && j + 6 > q; j--)
        if (word_in_list(ws->toks[j - 1], asks) && tag_is_noun(T[j - 1].pos)) {
          int direct = j == q;
          for (size_t m = j; m < q && !direct; m++)
            direct = streq(ws->toks[m], "from") || streq(ws->toks[m], "by");
          if (direct) return 1;
          break;
        }
    }
  }
  /* "..., the US will impose sanctions", "NATO would respond if ...": a
   * modal consequence of a condition anywhere in the sentence */
  size_t gs = vg->gs;
  if (gs > 0 && T[gs - 1].pos == TAG_MD) gs--;
  int modal = 0;
  for (size_t k = gs; k < c->vs && !modal; k++)
    modal = T[k].pos == TAG_MD && !streq(ws->toks[k], "can");
  if (!modal) return 0;
  for (size_t k = 0; k < n; k++)
    if (conditional_at(ws, k)) return streq(ws->toks[k], "unless") ? 3 : 2;
  return 0;
}

/* Is token k a year of the story's past: four digits 1900-2099 below
 * the story's year (none when the story has no date)? */
static int past_year_at(const coder_ws *ws, size_t k) {
  const char *w = ws->toks[k];
  if (ws->date <= 0 || strlen(w) != 4) return 0;
  int y = 0;
  for (int i = 0; i < 4; i++) {
    if (w[i] < '0' || w[i] > '9') return 0;
    y = y * 10 + (w[i] - '0');
  }
  return y >= 1900 && y < 2100 && y < ws->date / 10000;
}

int role_background(const coder_ws *ws, const verb_group *vg, size_t cend,
                    const char *code) {
  static const char *const before[] = {"previously", "formerly", NULL};
  static const char *const span_prep[] = {"over", "in", "during", NULL};
  static const char *const span_adj[] = {"past", "last", NULL};
  static const char *const span[] = {"year", "years", "months", "decade",
                                     "decades", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  size_t a = vg->gs;
  while (a > 0 && T[a - 1].pos == TAG_RB) a--;
  for (size_t k = a; k < vg->ge && k < n; k++)
    if (word_in_list(ws->toks[k], before)) return 1;
  /* a tally of force or aid; an accusation, an investigation, a charge
   * or a measure with a span ("accuses the LRA of abducting 697 people
   * during the last year") is news, the span its topic's */
  int root = code_root(code);
  if (!(root >= 18 || root == 6 || root == 7)) return 0;
  size_t b = cend < n ? cend : n;
  for (size_t k = vg->ge; k + 2 < b; k++) {
    if (!word_in_list(ws->toks[k], span_prep) ||
        !streq(ws->toks[k + 1], "the") || !word_in_list(ws->toks[k + 2], span_adj))
      continue;
    /* "over the past year", "in the past two years" */
    size_t y = k + 3;
    if (y < b && T[y].pos == TAG_CD) y++;
    if (y < n && word_in_list(ws->toks[y], span)) return 1;
  }
  return 0;
}

int role_history(const coder_ws *ws, const verb_group *vg, size_t cend) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  /* every year past_year_at takes is four ASCII digits, which the
   * token's own text holds (norms fold no other character to a digit):
   * a sentence with no digit has none, and the answer is no */
  if (!(ws->tag.shape_or & TAG_F_DIGIT) || ws->date <= 0) return 0;
  /* the clause: back from the verb group to a comma, a semicolon or
   * another verb group; forward to the end of the complement */
  size_t a = vg->gs;
  while (a > 0) {
    const char *w = ws->toks[a - 1];
    if (streq(w, ",") || streq(w, ";") || streq(w, ":")) break;
    /* "rebels who fought in 2011 launch": a year after another verb
     * dates that verb */
    if (T[a - 1].chunk == TAG_CH_VG) {
      a = vg->gs;
      break;
    }
    a--;
  }
  /* "In 1994, Armenia and Azerbaijan fought": a year opening the
   * sentence dates all of it */
  if (n > 3 && streq(ws->toks[0], "in") &&
      (past_year_at(ws, 1) ||
       (past_year_at(ws, 2) && streq(ws->toks[3], ","))))
    return 1;
  size_t b = cend < n ? cend : n;
  for (size_t k = a; k + 1 < b; k++) {
    if (k >= vg->gs && k < vg->ge) continue;
    /* "measures unused since the end of military rule in 1975": a year
     * after since/until dates the span, not the act */
    if (k >= vg->ge && (streq(ws->toks[k], "since") ||
                        streq(ws->toks[k], "until") ||
                        streq(ws->toks[k], "than")))
      return 0;
    /* "sentenced for atrocities in 2011", "over a mutiny in 2009", "for
     * his role in the massacre in 1997": a year in the reason or topic
     * of the act dates that, not the act */
    if (k >= vg->ge && (streq(ws->toks[k], "for") ||
                        streq(ws->toks[k], "over") ||
                        streq(ws->toks[k], "of") ||
                        streq(ws->toks[k], "about") ||
                        streq(ws->toks[k], "against")))
      return 0;
    if (!streq(ws->toks[k], "in")) continue;
    /* "in 2011", "in March 2011", "in early 2011" */
    size_t y = k + 1;
    if (y + 1 < b && !past_year_at(ws, y) &&
        (T[y].pos == TAG_NNP || T[y].pos == TAG_JJ))
      y++;
    if (past_year_at(ws, y)) return 1;
  }
  return 0;
}

/* Is there a finite verb (VBD, VBZ, VBP or a modal) other than token i
 * in the part of the sentence around i that ';' and ':' delimit?  Words
 * of an actor's name ("Human Rights Watch") and clitics ("Libya's", often
 * read as "is") are no verbs; a VB right after a noun is a present tense
 * ("aircraft carry out"). */
static int finite_verb_besides(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  size_t a = i, b = i + 1, n = ws->tag.n;
  while (a > 0 && !streq(ws->toks[a - 1], ";") && !streq(ws->toks[a - 1], ":"))
    a--;
  while (b < n && !streq(ws->toks[b], ";") && !streq(ws->toks[b], ":")) b++;
  for (size_t k = a; k < b; k++)
    if (k != i && ws->ent_at[k] < 0 && T[k].type == TAG_T_WORD &&
        (T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ ||
         T[k].pos == TAG_VBP || T[k].pos == TAG_MD ||
         /* "Israeli aircraft carry out": a present tense read as VB
          * right after its subject noun */
         (T[k].pos == TAG_VB && k > 0 && tag_is_noun(T[k - 1].pos) &&
          T[k - 1].chunk == TAG_CH_NP)))
      return 1;
  return 0;
}

/* Does the noun phrase ending at token j open its sentence part (only
 * noun-phrase words between it and the start, a ';' or a ':')?  Then it
 * is the subject of the part's finite verb, not the object of one.  With
 * clause set, a clause opened by "that" or a subordinator ("claim that
 * Israel bombed", "when militants bombed") counts too. */

static int np_opens_part(const coder_ws *ws, size_t j, int clause) {
  size_t k = j + 1;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&ws->tag.tok[k - 1])))
    k--;
  return k == 0 || streq(ws->toks[k - 1], ";") || streq(ws->toks[k - 1], ":") ||
         (clause && word_in_list(ws->toks[k - 1], clause_opener));
}

/* Is there a finite verb after token i in its clause: before the next
 * comma, ';', ':' or clause opener ("after crowds trashed"), words of an
 * actor's name and clitics aside? */
static int finite_verb_after(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = i + 1; k < ws->tag.n; k++) {
    if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";") ||
        streq(ws->toks[k], ":") || word_in_list(ws->toks[k], clause_opener))
      return 0;
    if (ws->ent_at[k] < 0 && T[k].type == TAG_T_WORD &&
        (T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP ||
         T[k].pos == TAG_MD))
      return 1;
  }
  return 0;
}

/* ===================================================================== */
/* Bare participles                                                      */
/* ===================================================================== */

/* End of a time expression that starts at token k and names no object
 * ("three months ago", "last month", "yesterday"), or k when none does. */
static size_t skip_time_expr(const coder_ws *ws, size_t k) {
  static const char *const deictic[] = {"last", "this", "next", "earlier",
                                        NULL};
  static const char *const rel[] = {"ago", "earlier", "later", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, q = k;
  if (q + 1 < n && word_in_list(ws->toks[q], deictic) &&
      is_time_noun(ws->toks[q + 1]))
    return q + 2;
  /* "more than a year ago", "nearly two weeks ago" */
  if (q + 1 < n && streq(ws->toks[q + 1], "than")) q += 2;
  else if (q < n && T[q].pos == TAG_RB) q++;
  while (q < n && (T[q].pos == TAG_CD || T[q].pos == TAG_DT ||
                   tag_is_adj(T[q].pos)))
    q++;
  if (q < n && is_time_noun(ws->toks[q])) {
    if (q + 1 < n && word_in_list(ws->toks[q + 1], rel)) return q + 2;
    if (q == k) return q + 1;  /* "yesterday" ("on Monday": a PP) */
  }
  return k;
}

/* Does a direct object start at token k: an actor or agent, a noun, a
 * determiner, a number, an adjective, a pronoun or a quote? */
static int object_at(const coder_ws *ws, size_t k) {
  if (k >= ws->tag.n) return 0;
  const tag_token *t = &ws->tag.tok[k];
  return ws->ent_at[k] >= 0 || tag_is_noun(t->pos) || tag_is_adj(t->pos) ||
         t->pos == TAG_DT || t->pos == TAG_CD || t->pos == TAG_PRP ||
         t->pos == TAG_PRPS || t->type == TAG_T_QUOTE;
}


/* Can the past form at token i (a regular "-ed" form or the lemma's
 * participle) be a past participle?  ("took" cannot; "held" can.) */
static int participle_form(const coder_ws *ws, size_t i) {
  const char *w = ws->toks[i];
  size_t l = strlen(w);
  if (l > 2 && streq(w + l - 2, "ed")) return 1;
  const char *lem = tag_lemma(&ws->tag, i);
  tag_verb_forms f;
  if (tag_inflect_verb(lem, strlen(lem), &f) < 0) return 0;
  if (streq(w, f.vbn)) return 1;
  for (int a = 0; a < f.n_alt && a < 4; a++)
    if (streq(w, f.alt[a]) && !streq(w, f.vbd)) return 1;
  return 0;
}

/* Does the finite verb whose subject is the noun phrase before a
 * participle still come, from token k on ("Two Belgians kidnapped in Iran
 * have been released"; "X, an aid worker kidnapped in Iraq, is
 * believed")?  Scanning stops at ';', ':', a clause opener, a relative
 * pronoun and a verb joined by a conjunction ("and killed"); after a
 * comma the verb must follow at once (the comma closes an apposition);
 * an infinitive ("threatened on Saturday to stop") makes the verb before
 * it a past tense with its complement, so does a pronoun or "that"
 * opening a clause of its own ("said on Wednesday he was"), and a plural
 * noun read as a verb ("U.N. weapons inspectors") is none. */
static int subject_verb_later(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  for (; k < n; k++) {
    const char *w = ws->toks[k];
    if (streq(w, ";") || streq(w, ":") || word_in_list(w, clause_opener) ||
        T[k].pos == TAG_WDT || T[k].pos == TAG_WP || T[k].pos == TAG_TO)
      return 0;
    /* "said on Wednesday he was pessimistic": a pronoun or "that" opens a
     * clause of its own, whose verb is not the noun phrase's */
    if (T[k].pos == TAG_PRP || streq(w, "that")) return 0;
    /* "weapons inspectors": a plural noun read as a verb */
    if (k > 0 && plural_as_verb(ws, k, k + 1) &&
        !(k + 1 < n && tag_is_verb(T[k + 1].pos)) &&
        tag_is_noun(T[k - 1].pos))
      continue;
    if (streq(w, ",") || T[k].pos == TAG_CC) {
      size_t q = k + 1;
      while (q < n && T[q].pos == TAG_RB) q++;
      int verb = q < n && ws->ent_at[q] < 0 && tag_is_finite(T[q].pos);
      if (streq(w, ",")) {
        /* "Two journalists kidnapped in Somalia, an Australian and a
         * Canadian, are released": an apposition between */
        size_t a = q;
        while (!verb && a < n && (ws->ent_at[a] >= 0 || is_np_filler(&T[a]) ||
                                  T[a].pos == TAG_CC))
          a++;
        if (!verb && a > q && a + 1 < n && streq(ws->toks[a], ",")) {
          a++;
          while (a < n && T[a].pos == TAG_RB) a++;
          verb = a < n && ws->ent_at[a] < 0 && tag_is_finite(T[a].pos);
        }
        return verb;
      }
      /* "kidnapped and held hostage": coordinated participles */
      if (q < n && (T[q].pos == TAG_VBN ||
                    (T[q].pos == TAG_VBD && participle_form(ws, q)))) {
        k = q;
        continue;
      }
      if (verb || (q < n && tag_is_verb(T[q].pos))) return 0;
      continue;
    }
    if (ws->ent_at[k] < 0 && T[k].type == TAG_T_WORD && tag_is_finite(T[k].pos))
      return 1;
  }
  return 0;
}

/* Is token k, right before the participle at token i in one verb
 * group, a plural noun the tagger read as a verb ("Lebanese pilgrims
 * abducted": VBZ after a noun-phrase word, ending in "s", no auxiliary)? */
static int plural_as_verb(const coder_ws *ws, size_t k, size_t i) {
  const tag_token *T = ws->tag.tok;
  if (k + 1 != i || k == 0 || (T[k].pos != TAG_VBZ && T[k].pos != TAG_VBP))
    return 0;
  const char *w = ws->toks[k], *l = tag_lemma(&ws->tag, k);
  size_t wl = strlen(w);
  static const char *const link[] = {"be", "have", "get", "keep", "stand",
                                     "remain", "seem", "appear", "become",
                                     "look", "lie", "sit", "go", "feel",
                                     NULL};
  if (wl < 3 || w[wl - 1] != 's' || word_in_list(l, link)) return 0;
  const tag_token *p = &T[k - 1];
  return ws->ent_at[k - 1] >= 0 || tag_is_noun(p->pos) ||
         tag_is_adj(p->pos) || p->pos == TAG_DT || p->pos == TAG_CD;
}

/* Is the verb at [i, i+len) a bare past participle heading a reduced
 * passive after a noun phrase: a VBN or VBD form alone in its verb group
 * (no auxiliary; an actor the chunker put in the group aside, as in
 * "pilgrims abducted"), right after a noun or an actor (adverbs between)?
 * The tagger often reads such a participle as a past tense, so the form
 * must show it:
 *   - a VBN after a common noun ("a general strike called in protest");
 *   - a "by" agent right after it ("a journalist kidnapped by militants",
 *     "rebels backed by Turkey");
 *   - a VBN after an actor with no object after it ("pilgrims abducted
 *     three months ago in Syria"), unless a clause opener stands before
 *     the noun phrase ("after Belarusian troops crossed into Poland":
 *     a past tense) or the noun phrase opens a part that holds another
 *     finite verb;
 *   - no object and the finite verb of its noun phrase still to come
 *     ("Two Belgians kidnapped in Iran have been released");
 *   - a participle in apposition after a comma ("Bishop X, abducted by
 *     the ELN, tells") with an agent, or a VBN with no object.
 * Verbs with no passive ("protesters rioted", "troops retreated") are
 * none.  Such a noun phrase is acted on: the participle is passive. */
static int bare_participle(const coder_ws *ws, size_t i, size_t len) {
  /* verbs of news with no passive */
  static const char *const intransitive[] = {
      "riot", "rally", "march", "demonstrate", "protest", "clash", "gather",
      "die", "arrive", "flee", "escape", "surrender", "rebel", "mutiny",
      "resign", "defect", "erupt", "retaliate", "respond", "react", "reply",
      "retreat", "advance", "travel", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (i == 0 || (T[i].pos != TAG_VBN && T[i].pos != TAG_VBD)) return 0;
  if (T[i].chunk == TAG_CH_VG && T[i].chunk_id < ws->tag.n_chunks) {
    const tag_chunk *ch = &ws->tag.chunks[T[i].chunk_id];
    for (size_t k = ch->first; k < i; k++)
      if (ws->ent_at[k] < 0 && !plural_as_verb(ws, k, i)) return 0;
    if (ch->first + ch->n > i + len) return 0;
  }
  size_t j = i - 1;
  while (j > 0 && T[j].pos == TAG_RB) j--;
  /* "Bishop X, abducted by the ELN, tells": a participle in apposition
   * after a comma (also after a noun phrase of one word opening the
   * sentence: "Iran, accused by Israel of ..., denied") */
  int comma = j > 0 && streq(ws->toks[j], ",") &&
              (ws->ent_at[j - 1] >= 0 || tag_is_noun(T[j - 1].pos));
  if (comma) j--;
  /* an actor, or a plural read as a verb ("pilgrims abducted") */
  int ent = ws->ent_at[j] >= 0 || plural_as_verb(ws, j, i);
  if (T[j].type == TAG_T_POSSESSIVE || T[j].pos == TAG_PRP ||
      (!ent && !tag_is_noun(T[j].pos)))
    return 0;
  if (T[i].pos == TAG_VBN && !ent && !comma && j == i - 1) return 1;
  if ((T[i].pos == TAG_VBD && !participle_form(ws, i)) ||
      word_in_list(tag_lemma(&ws->tag, i), intransitive))
    return 0;
  size_t k = i + len;
  while (k < n && T[k].pos == TAG_RB) k++;
  /* "kidnapped by the Taliban", "kidnapped in Mauritania by
   * al-Qaeda": an agent (after place and time phrases), not a means
   * ("by telephone", "by launching missiles") of a verb that takes none
   * ("retaliated by artillery fire", "rose by 5%") */
  static const char *const by_means[] = {
      "retaliate", "respond", "react", "reply", "win", "rise", "fall",
      "increase", "decrease", "grow", "drop", "decline", "lead", "gain",
      "travel", "speak", "communicate", NULL};
  if (!word_in_list(tag_lemma(&ws->tag, i), by_means)) {
    size_t b = k;
    while (b < n && !streq(ws->toks[b], "by") &&
           (ws->ent_at[b] >= 0 ||
            (T[b].pos == TAG_IN && !streq(ws->toks[b], "that")) ||
            T[b].pos == TAG_DT || tag_is_adj(T[b].pos) || T[b].pos == TAG_CD ||
            tag_is_noun(T[b].pos) || T[b].pos == TAG_RB))
      b++;
    size_t q = b + 1;
    while (q < n && q < b + 4 && ws->ent_at[q] < 0 &&
           (T[q].pos == TAG_DT || tag_is_adj(T[q].pos) || T[q].pos == TAG_CD))
      q++;
    /* the object may follow a time phrase: "rejected on Thursday an
     * offer by Mexico" is active, its "by" belongs to the object */
    size_t kt = skip_time_expr(ws, k);
    if (kt == k && k + 1 < n && T[k].pos == TAG_IN &&
        is_time_noun(ws->toks[k + 1]))
      kt = k + 2;  /* "on Thursday" */
    if (q < n && streq(ws->toks[b], "by") && ws->ent_at[q] >= 0 &&
        (b == k || b == kt || (!object_at(ws, k) && !object_at(ws, kt))))
      return 1;
  }
  /* "after Belarusian troops crossed into Poland", "as protesters
   * rioted": a past tense */
  size_t s = j + 1;
  while (s > 0 && (ws->ent_at[s - 1] >= 0 || is_np_filler(&T[s - 1]))) s--;
  if (s > 0 && word_in_list(ws->toks[s - 1], clause_opener)) return 0;
  /* an object, a particle ("shut down"), an infinitive ("called to
   * boycott") or a "that" clause ("Russia's foreign minister, Igor
   * Ivanov, demanded that NATO halt") follows a past tense, also after
   * a time phrase ("Unions, in a statement, demanded on Monday that") */
  k = skip_time_expr(ws, k);
  if (role_time_adjunct(ws, k) > k && role_time_adjunct(ws, k) < n &&
      streq(ws->toks[role_time_adjunct(ws, k)], "that"))
    return 0;
  if (k < n && (T[k].pos == TAG_RP || object_at(ws, k) ||
                streq(ws->toks[k], "that") ||
                (T[k].pos == TAG_TO && k + 1 < n &&
                 (T[k + 1].pos == TAG_VB || ws->hits[k + 1].hv))))
    return 0;
  /* "Three Hezbollah members assassinated in Israeli airstrikes": a
   * headline's past form of a verb that needs an object, after an actor,
   * with no object and no other finite verb in its part, is passive */
  static const char *const needs_object[] = {
      "kill", "assassinate", "murder", "arrest", "detain", "wound",
      "injure", "execute", "abduct", "kidnap", "capture", "behead",
      "imprison", "jail", "deport", "expel", "convict", "sentence",
      "slay", "massacre", "torture", "hang", NULL};
  if (!comma && word_in_list(tag_lemma(&ws->tag, i), needs_object) &&
      (k == n || T[k].type == TAG_T_PUNCT ||
       (T[k].pos == TAG_IN && !(k + 1 < n && (streq(ws->toks[k + 1], "least") ||
                                              streq(ws->toks[k + 1], "most"))))) &&
      !finite_verb_besides(ws, i))
    return 1;
  /* a VBN after an actor with no object: passive unless its noun phrase
   * opens a part that holds another finite verb ("Terrorists again
   * fired on children while they were ...": a past tense) */
  if (T[i].pos == TAG_VBN && (ent || comma) &&
      (comma || !np_opens_part(ws, j, 0) || !finite_verb_besides(ws, i)))
    return 1;
  return subject_verb_later(ws, k);
}

int role_reduced_relative(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  if (i == 0) return 0;
  /* a past tense the tagger gave a participle ("Two Belgians kidnapped
   * in Iran have been released") is one */
  int part = T[i].pos == TAG_VBN ||
             (T[i].pos == TAG_VBD &&
              bare_participle(ws, i, ws->hits[i].hv ? ws->hits[i].vm.len : 1));
  if (T[i].pos != TAG_VBG && !part) return 0;
  /* the verb opens its group ("pilgrims abducted": an actor the chunker
   * put in the group aside) */
  if (T[i].chunk == TAG_CH_VG && T[i].chunk_id < ws->tag.n_chunks) {
    size_t f = ws->tag.chunks[T[i].chunk_id].first;
    if (f != i &&
        !bare_participle(ws, i, ws->hits[i].hv ? ws->hits[i].vm.len : 1))
      return 0;
  }
  /* "missiles allegedly intended for": adverbs may come between */
  size_t j = i - 1;
  while (j > 0 && T[j].pos == TAG_RB && part) j--;
  /* "Bishop X, abducted by the ELN, tells": an apposition describes the
   * noun phrase before the comma, in a sentence with another finite verb */
  if (part && j > 0 && streq(ws->toks[j], ",") &&
      bare_participle(ws, i, ws->hits[i].hv ? ws->hits[i].vm.len : 1))
    return finite_verb_besides(ws, i);
  const tag_token *p = &T[j];
  if (part) {
    /* "submarines supplied by Germany", "territories occupied by Israel
     * since 1967": a bare past participle after a noun, in a sentence
     * whose finite verb is another one */
    if (!(tag_is_noun(p->pos) ||
          (ws->ent_at[j] >= 0 && p->type != TAG_T_POSSESSIVE &&
           p->pos != TAG_PRP)) ||
        !finite_verb_besides(ws, i))
      return 0;
    /* a noun phrase opening a clause is its subject ("claim that Israel
     * bombed a car", a past tense the tagger read as a participle),
     * unless a finite verb follows ("A civilian imprisoned by the US
     * goes on trial") */
    return !np_opens_part(ws, j, 1) || finite_verb_after(ws, i);
  }
  if (p->pos == TAG_NNS || p->pos == TAG_NNPS) return 1;
  /* "A US citizen fighting alongside the YPG is killed": after a
   * singular noun only when that noun phrase is the subject of a later
   * finite verb ("struck a house killing 30" is no relative) */
  return tag_is_noun(p->pos) && np_opens_part(ws, j, 0) &&
         finite_verb_after(ws, i);
}

/* role_subclause_at (role.h) past its test of the word class. */
int role_subclause_rest(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  size_t q = k + 1;
  /* noun phrases joined by "and" or "or" ("as Russian tanks and troops
   * poured into"): the clause's subject is the whole list (up to four
   * members) */
  for (int member = 0; member < 4; member++) {
    while (q < n && (T[q].pos == TAG_DT || tag_is_adj(T[q].pos) ||
                     T[q].pos == TAG_CD || T[q].pos == TAG_PRPS))
      q++;
    size_t np = q;
    while (q < n && (ws->ent_at[q] >= 0 || tag_is_noun(T[q].pos) ||
                     T[q].pos == TAG_PRP || T[q].type == TAG_T_POSSESSIVE))
      q++;
    if (q == np) return 0;
    /* "when a roadside bomb targeting an army convoy explodes": a gerund
     * and its object inside the subject's noun phrase */
    if (q + 1 < n && T[q].pos == TAG_VBG && tag_is_noun(T[q - 1].pos)) {
      size_t r = q + 1;
      while (r < n && (T[r].pos == TAG_DT || tag_is_adj(T[r].pos) ||
                       T[r].pos == TAG_CD || T[r].pos == TAG_PRPS))
        r++;
      size_t np2 = r;
      while (r < n && (ws->ent_at[r] >= 0 || tag_is_noun(T[r].pos) ||
                       T[r].type == TAG_T_POSSESSIVE))
        r++;
      if (r > np2) q = r;
    }
    if (q + 1 < n && (streq(ws->toks[q], "and") || streq(ws->toks[q], "or")))
      q++;
    else
      break;
  }
  while (q < n && T[q].pos == TAG_RB) q++;
  if (q >= n || T[q].chunk != TAG_CH_VG) return 0;
  return (T[q].pos == TAG_VBD || T[q].pos == TAG_VBZ || T[q].pos == TAG_VBP ||
          T[q].pos == TAG_MD) &&
         word_in_list(ws->toks[k], clause_opener + 1);
}

size_t role_gerund_head(const coder_ws *ws, size_t k, size_t lo) {
  const tag_token *T = ws->tag.tok;
  size_t p = k;
  /* adverbs and an opening quote: 'accused Washington of "smearing
   * China"' */
  while (p > lo && (T[p - 1].pos == TAG_RB || T[p - 1].type == TAG_T_QUOTE))
    p--;
  return p > lo ? p - 1 : SIZE_MAX;
}

int role_gerund_under_prep(const coder_ws *ws, size_t k) {
  size_t p = role_gerund_head(ws, k, 0);
  return p != SIZE_MAX && ws->tag.tok[p].pos == TAG_IN &&
         !streq(ws->toks[p], "that");
}

int role_coordinated_gerund(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  if (T[i].pos != TAG_VBG || i < 2) return 0;
  size_t k = i - 1;
  if (!streq(ws->toks[k], "and") && !streq(ws->toks[k], "or")) return 0;
  /* back to the gerund it is joined to: no finite verb between */
  size_t lo = i > 20 ? i - 20 : 0;
  for (; k > lo; k--) {
    size_t j = k - 1;
    if (streq(ws->toks[j], ";") || streq(ws->toks[j], ":")) return 0;
    if (T[j].pos == TAG_VBG) return role_gerund_under_prep(ws, j);
    if (T[j].pos == TAG_VBD || T[j].pos == TAG_VBZ || T[j].pos == TAG_VBP ||
        T[j].pos == TAG_MD)
      return 0;
  }
  return 0;
}

int role_verbal_attack(const coder_ws *ws, const verb_group *vg,
                       const mctx *c, const char *code) {
  const tag_token *T = ws->tag.tok;
  if (!streq(code, "190") || !streq(tag_lemma(&ws->tag, c->vs), "attack") ||
      (vg->flags & TAG_VG_PASSIVE))
    return 0;
  size_t end = role_complement_end(ws, vg->ge - 1, 1);
  for (size_t k = vg->ge; k < end && k + 1 < ws->tag.n; k++) {
    if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";")) return 0;
    if (!streq(ws->toks[k], "for")) continue;
    size_t q = k + 1;
    while (q < ws->tag.n && T[q].pos == TAG_RB) q++;
    return q < ws->tag.n && (T[q].pos == TAG_VBG || T[q].pos == TAG_PRPS);
  }
  return 0;
}

/* Verbs whose compound subject acts on itself ("A and B agreed"). */
static int is_mutual_verb(const char *lemma) {
  /* "Indian and Pakistani troops exchanged fire", "clashed" */
  static const char *const v[] = {"agree", "meet", "talk", "sign",
                                  "negotiate", "cooperate", "reconcile",
                                  "confer", "consult", "exchange", "trade",
                                  "clash", "fight", "skirmish", "battle",
                                  NULL};
  return word_in_list(lemma, v);
}

int role_is_mutual_verb(const char *lemma) { return is_mutual_verb(lemma); }

/* Is group g the object of a circumstantial preposition (place, time,
 * occasion, topic: "in Kashmir", "along the border", "during Modi's
 * visit", "talks on Kashmir", "an agreement for Northern Ireland"), or
 * the "by" agent of a participle ("a summit hosted by France")?  With
 * doers (a mutual act of words or cooperation, roots 01-13), also the
 * doer of a noun of action inside such a phrase ("after an increase in
 * kidnappings by the Abu Sayyaf militants").  Such a group is no
 * participant of a mutual act. */
static int in_circumstance(const coder_ws *ws, int32_t g, int doers) {
  static const char *const preps[] = {"in", "at", "near", "along", "during",
                                      "across", "inside", "amid", "after",
                                      "before", "since", "on", "over",
                                      "about", "for", NULL};
  const tag_token *T = ws->tag.tok;
  size_t f = ws->ent[g].first;
  for (size_t k = f; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_DT || tag_is_adj(t->pos) || t->pos == TAG_CD ||
        t->pos == TAG_RB || t->pos == TAG_PRPS)
      continue;
    if (tag_is_noun(t->pos) && t->chunk == TAG_CH_NP &&
        T[f].chunk == TAG_CH_NP && t->chunk_id == T[f].chunk_id)
      continue;
    /* "in the mountains of Ladakh": through "of" to the noun's own
     * phrase */
    if (streq(ws->toks[k - 1], "of") && k >= 2 &&
        tag_is_noun(T[k - 2].pos) && ws->ent_at[k - 2] < 0) {
      size_t q = k - 2;
      while (q > 0 && (tag_is_noun(T[q - 1].pos) || tag_is_adj(T[q - 1].pos) ||
                       T[q - 1].pos == TAG_DT) &&
             ws->ent_at[q - 1] < 0)
        q--;
      return q > 0 && word_in_list(ws->toks[q - 1], preps);
    }
    /* "agree on joint patrols after an increase in kidnappings by the
     * Abu Sayyaf militants": the doer of a noun of action ("kidnappings
     * by") inside a circumstantial phrase, through that noun's phrase */
    if (doers && streq(ws->toks[k - 1], "by") && k >= 2 &&
        (T[k - 2].pos == TAG_NNS || T[k - 2].pos == TAG_NN) &&
        ws->ent_at[k - 2] < 0) {
      size_t q = k - 2;
      while (q > 0 && (tag_is_noun(T[q - 1].pos) || tag_is_adj(T[q - 1].pos) ||
                       T[q - 1].pos == TAG_DT) &&
             ws->ent_at[q - 1] < 0)
        q--;
      if (q > 0 && word_in_list(ws->toks[q - 1], preps)) return 1;
    }
    /* "met for a summit overshadowed by Moscow's opposition": the agent
     * of a participle that modifies something after the verb */
    if (streq(ws->toks[k - 1], "by") && k >= 2 && T[k - 2].pos == TAG_VBN)
      return 1;
    return word_in_list(ws->toks[k - 1], preps);
  }
  return 0;
}

/* Does an infinitive ("to" and a base verb) open in [from, to), past
 * the words the pattern pc read, with no comma or semicolon after it
 * before `to`?  Then a group at `to` belongs to that infinitive. */
static int purpose_infinitive_before(const coder_ws *ws,
                                     const pattern_choice *pc, size_t from,
                                     size_t to) {
  const tag_token *T = ws->tag.tok;
  if (pc->end > from) from = pc->end;
  int inf = 0;
  for (size_t q = from; q + 1 < to; q++) {
    if (T[q].pos == TAG_TO && T[q + 1].pos == TAG_VB) inf = 1;
    else if (inf && (T[q].pos == TAG_COMMA || streq(ws->toks[q], ";")))
      inf = 0;
  }
  return inf;
}

/* "A and B agreed", "A and B held talks": a mutual act (see role.h). */
int role_mutual(const coder_ws *ws, const verb_group *vg, const mctx *c,
                const pattern_choice *pc, int32_t src, int32_t tgt) {
  /* "exchanged fire along the Line of Control in Kashmir": a place or
   * occasion the pattern did not name is no target */
  if (tgt >= 0 && tgt != pc->tgt &&
      in_circumstance(ws, tgt, code_root(pc->code) < 14))
    tgt = -1;
  /* "Australia and Malaysia sign a pact to exchange asylum seekers",
   * "A and B started talks to counter the threat of C": with a compound
   * subject, an actor inside an infinitive after the object the pattern
   * read is the purpose's, no party (codes of words and cooperation);
   * not one "to" names as what is handed over goes to ("agree to send
   * tanks to Ukraine": the aid's recipient) */
  if (tgt >= 0 && tgt != pc->tgt && src >= 0 && ws->ent[src].has_and &&
      code_root(pc->code) >= 1 && code_root(pc->code) < 10) {
    size_t tf = ws->ent[tgt].first;
    while (tf > 0 && ws->tag.tok[tf - 1].pos == TAG_DT) tf--;
    if (!(tf > 0 && streq(ws->toks[tf - 1], "to")) &&
        purpose_infinitive_before(ws, pc, c->ve, ws->ent[tgt].first))
      tgt = -1;
  }
  if (src < 0 || tgt >= 0 || ws->ent[src].group != src ||
      ws->ent[src].next < 0 || !ws->ent[src].has_and ||
      (vg->flags & TAG_VG_PASSIVE))
    return 0;
  /* "Government forces and the Taliban clashed", "police and
   * protesters fought": an agent alone may be a side of a fight;
   * otherwise every member is an actor */
  const char *lem = tag_lemma(&ws->tag, c->vs);
  int fight = streq(lem, "clash") || streq(lem, "fight") ||
              streq(lem, "skirmish") || streq(lem, "battle");
  int agents = 0, state = 1;
  for (int32_t k = src; k >= 0; k = ws->ent[k].next) {
    const entity *E = &ws->ent[k];
    if (E->actor == NULL && !(fight && E->post[0])) return 0;
    agents += E->actor == NULL;
    const char *sec = E->actor && strlen(E->actor) >= 6 ? E->actor + 3
                                                         : E->post;
    if (strncmp(sec, "COP", 3) && strncmp(sec, "MIL", 3) &&
        strncmp(sec, "GOV", 3) && strncmp(sec, "SPY", 3))
      state = 0;
  }
  /* not the forces of one state together ("police and soldiers
   * clashed"), nor a side of a fight "with" someone the pattern read
   * ("police and troops clashed with protesters") */
  if (agents && (state || (c->ve < ws->tag.n &&
                           streq(ws->toks[c->ve], "with"))))
    return 0;
  const char *code = pc->code;
  int mutual = is_mutual_verb(lem);
  /* "A and B recognized each other": a reciprocal object, any verb */
  size_t k = c->ve;
  while (k < ws->tag.n && ws->tag.tok[k].pos == TAG_RB) k++;
  if (k + 1 < ws->tag.n &&
      ((streq(ws->toks[k], "each") && streq(ws->toks[k + 1], "other")) ||
       (streq(ws->toks[k], "one") && streq(ws->toks[k + 1], "another"))))
    mutual = 1;
  /* "Eritrea and Ethiopia mobilized troops along their disputed border":
   * a border the two share, in the clause after the verb, sets each
   * against the other */
  for (size_t q = c->ve; q + 1 < ws->tag.n && q < c->ve + 8 && !mutual;
       q++) {
    const tag_token *t = &ws->tag.tok[q];
    if (t->pos == TAG_PERIOD || t->pos == TAG_COMMA || t->pos == TAG_COLON ||
        t->pos == TAG_CC || (tag_is_verb(t->pos) && q > c->ve))
      break;
    if (!streq(ws->toks[q], "their")) continue;
    size_t b = q + 1;
    while (b < ws->tag.n && tag_is_adj(ws->tag.tok[b].pos)) b++;
    /* one border, shared: not "their borders to migrants" (each its
     * own), nor "their border with Ecuador" (a third party's) */
    if (b < ws->tag.n &&
        (streq(ws->toks[b], "border") || streq(ws->toks[b], "frontier")) &&
        !(b + 1 < ws->tag.n && (streq(ws->toks[b + 1], "with") ||
                                streq(ws->toks[b + 1], "to"))))
      mutual = 1;
  }
  /* by code: consult (040, 041, 043, 044, 046), diplomatic relations
   * ("A and B established relations", 054), sign (057), material
   * cooperation (06), settle (037), intent to meet (036) */
  if (!mutual && code_root(code) >= 0) {
    static const char *const codes[] = {"040", "041", "043", "044", "046",
                                        "054", "057", "036", "037", "06",
                                        NULL};
    for (const char *const *p = codes; *p && !mutual; p++)
      mutual = strncmp(code, *p, strlen(*p)) == 0;
  }
  /* "Israel and Hamas extended their truce", "India and Pakistan
   * declared a ceasefire": a truce made (0871, not one observed) between
   * two different actors, countries or sectors ("Hamas and Islamic
   * Jihad declared a suspension of attacks on Israelis" is one side's) */
  if (!mutual && strncmp(code, "0871", 4) == 0) {
    static const char *const make[] = {"declare", "announce", "extend",
                                       "agree", "reach", "sign", "renew",
                                       "conclude", NULL};
    int rival = 0;
    const entity *B = &ws->ent[src];
    for (int32_t k = src; k >= 0 && !rival; k = ws->ent[k].next) {
      const entity *A = &ws->ent[k];
      if (!A->actor || !B->actor || strlen(A->actor) < 3 ||
          strlen(B->actor) < 3)
        continue;
      /* the sector: the actor's own, or its agent's ("the Syrian
       * government": SYR with GOV) */
      const char *sa = strlen(A->actor) >= 6 ? A->actor + 3 : A->post;
      const char *sb = strlen(B->actor) >= 6 ? B->actor + 3 : B->post;
      rival = memcmp(A->actor, B->actor, 3) != 0 ||
              (sa[0] && sb[0] && strncmp(sa, sb, 3) != 0);
    }
    /* the truce is the verb's own object: not "announced plans to
     * negotiate a ceasefire", "said they were attempting to establish" */
    size_t w0 = pc->n_pw ? pc->pw_at[0] : c->ve;
    for (size_t q = c->ve; q < w0 && q < ws->tag.n && rival; q++)
      if (tag_is_verb(ws->tag.tok[q].pos) || ws->tag.tok[q].pos == TAG_TO)
        rival = 0;
    mutual = rival && word_in_list(lem, make);
  }
  return mutual;
}

/* The country part (first 3 letters) of group g's actor, or NULL. */
static const char *group_country(const coder_ws *ws, int32_t g) {
  const char *a = ws->ent[g].actor;
  return a != NULL && strlen(a) >= 3 ? a : NULL;
}

int32_t role_threat_self_target(const coder_ws *ws, const char *code,
                                int32_t src, int32_t tgt, size_t cend) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (code[0] != '1' || code[1] != '3' || src < 0 || tgt < 0) return tgt;
  const char *cs = group_country(ws, src), *ct = group_country(ws, tgt);
  if (cs == NULL || ct == NULL || memcmp(cs, ct, 3) != 0) return tgt;
  /* the clause's subject: "that [the] Israel would" */
  size_t f = ws->ent[tgt].first;
  while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
    f--;
  if (f == 0 || !streq(ws->toks[f - 1], "that")) return tgt;
  size_t k = group_last(ws, tgt) + 1;
  if (k >= n || T[k].pos != TAG_MD) return tgt;
  /* past the clause's verb group to its object */
  while (k < n && (T[k].pos == TAG_MD || T[k].pos == TAG_RB ||
                   (T[k].chunk == TAG_CH_VG && ws->ent_at[k] < 0)))
    k++;
  if (cend < k) cend = role_complement_end(ws, k - 1, 1);
  int32_t o = first_group(ws, k, cend, src, 0, SIZE_MAX);
  if (o < 0 || o == tgt) return tgt;
  const char *co = group_country(ws, o);
  if (co != NULL && memcmp(co, cs, 3) == 0) return tgt;
  return o;
}

int32_t role_by_doer(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  /* past the patient's head nouns: "an army base by" */
  while (k < n && ws->ent_at[k] < 0 &&
         (T[k].pos == TAG_NN || T[k].pos == TAG_NNS))
    k++;
  if (k + 1 >= n || !streq(ws->toks[k], "by")) return -1;
  k++;
  while (k < n && ws->ent_at[k] < 0 &&
         (T[k].pos == TAG_DT || tag_is_adj(T[k].pos)))
    k++;
  if (k >= n || ws->ent_at[k] < 0) return -1;
  int32_t d = ws->ent[ws->ent_at[k]].group;
  return ws->ent[d].first == k && ws->ent[d].actor ? d : -1;
}

int32_t role_act_doer_target(const coder_ws *ws, int32_t src, int32_t tgt,
                             size_t ve) {
  const tag_token *T = ws->tag.tok;
  if (tgt < 0 || ws->ent[tgt].first <= ve) return tgt;
  /* back over the patient's articles and adjectives to its preposition */
  size_t f = ws->ent[tgt].first;
  while (f > ve + 1 && ws->ent_at[f - 1] < 0 &&
         (T[f - 1].pos == TAG_DT || T[f - 1].pos == TAG_CD ||
          tag_is_adj(T[f - 1].pos)))
    f--;
  if (f < ve + 3) return tgt;
  const char *p = ws->toks[f - 1];
  if (!streq(p, "of") && !streq(p, "on") && !streq(p, "against"))
    return tgt;
  /* the act noun: a common noun or a gerund that is no actor */
  size_t a = f - 2;
  if (ws->ent_at[a] >= 0 ||
      !(T[a].pos == TAG_NN || T[a].pos == TAG_NNS || T[a].pos == TAG_VBG))
    return tgt;
  int32_t d = role_by_doer(ws, group_last(ws, tgt) + 1);
  if (d < 0 || d == src || d == tgt) return tgt;
  /* "to sign the annexation of Ukraine's territories by Russia", said by
   * the Kremlin: the source's own side does it, the patient stays */
  const char *cs = src >= 0 ? group_country(ws, src) : NULL;
  const char *cd = group_country(ws, d);
  if (cs != NULL && cd != NULL && memcmp(cs, cd, 3) == 0) return tgt;
  return d;
}

int32_t role_admitted_target(const coder_ws *ws, size_t th, size_t cend,
                             int32_t src) {
  const char *cs = src >= 0 ? group_country(ws, src) : NULL;
  const tag_token *T = ws->tag.tok;
  if (cend > ws->tag.n) cend = ws->tag.n;
  /* only an admission of one's own act: the clause's subject is "it",
   * "they" or owned by a pronoun ("its aircraft") */
  size_t s0 = th;
  while (s0 < cend && !streq(ws->toks[s0], "that")) s0++;
  if (s0 + 1 >= cend) return -1;
  s0++;
  if (!(T[s0].pos == TAG_PRP && (streq(ws->toks[s0], "it") ||
                                 streq(ws->toks[s0], "they"))) &&
      !(T[s0].pos == TAG_PRPS && (streq(ws->toks[s0], "its") ||
                                  streq(ws->toks[s0], "their"))))
    return -1;
  for (size_t k = th; k < cend; k++) {
    if (streq(ws->toks[k], ",") || streq(ws->toks[k], ";")) break;
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    k = group_last(ws, g);
    if (g == src || ws->ent[g].place ||
        mention_owned_by_pronoun(ws, ws->ent[g].first))
      continue;
    const char *cg = group_country(ws, g);
    if (cg == NULL || (cs != NULL && memcmp(cg, cs, 3) == 0)) continue;
    return g;
  }
  return -1;
}

/* ===================================================================== */
/* Allegations                                                           */
/* ===================================================================== */

/* The speaker of a noun of allegation at token k ("Iranian claims that",
 * "Israel's allegations that", "claims by the newspaper that", th the
 * "that"): the actor group right before the noun (past an article), or
 * the one after "by" between the noun and "that"; -1 when none. */
static int32_t allegation_noun_speaker(const coder_ws *ws, size_t k,
                                       size_t th) {
  const tag_token *T = ws->tag.tok;
  size_t b = k;
  while (b > 0 && ws->ent_at[b - 1] < 0 &&
         (tag_is_adj(T[b - 1].pos) || T[b - 1].type == TAG_T_POSSESSIVE ||
          T[b - 1].pos == TAG_POS))
    b--;
  if (b > 0 && ws->ent_at[b - 1] >= 0) {
    int32_t g = ws->ent[ws->ent_at[b - 1]].group;
    if (ws->ent[g].actor != NULL && !ws->ent[g].place) return g;
  }
  /* "Arsen Avakov, Ukraine's interior minister, claims that": the verb
   * read as a noun after an apposition; its speaker is named before */
  if (b == k && b > 0 && streq(ws->toks[b - 1], ","))
    for (size_t q = b - 1; q > 0; q--) {
      const char *w = ws->toks[q - 1];
      if (streq(w, ";") || streq(w, ":")) break;
      int32_t e = ws->ent_at[q - 1];
      if (e < 0) continue;
      int32_t d = ws->ent[e].group;
      if (ws->ent[d].actor != NULL && !ws->ent[d].place) return d;
      break;
    }
  if (k + 2 < th && streq(ws->toks[k + 1], "by")) {
    int32_t d = role_by_doer(ws, k + 1);
    if (d >= 0 && group_last(ws, d) + 1 == th) return d;
  }
  return -1;
}

int role_alleged_clause(const coder_ws *ws, size_t i, int32_t *speaker) {
  static const char *const claim_verb[] = {
      "claim", "allege", "contend", "assert", "accuse", "charge", "insist",
      NULL};
  static const char *const claim_form[] = {"claims", "alleges", "asserts",
                                          "contends", NULL};
  static const char *const claim_noun[] = {
      "claim", "claims", "allegation", "allegations", "accusation",
      "accusations", NULL};
  const tag_token *T = ws->tag.tok;
  *speaker = -1;
  size_t k = i;
  /* the verb group before the verb: "has", "have been", "had" */
  while (k > 0 && ws->ent_at[k - 1] < 0 &&
         (T[k - 1].pos == TAG_MD || T[k - 1].pos == TAG_RB ||
          (T[k - 1].chunk == TAG_CH_VG && tag_is_verb(T[k - 1].pos))))
    k--;
  /* "claims to have killed": an infinitive is the claimant's own act;
   * "29 citizens abducted while working": a bare participle is no
   * clause's verb */
  if (k > 0 && T[k - 1].pos == TAG_TO) return 0;
  if (!tag_is_finite(T[k].pos)) return 0;
  size_t vs = k;
  /* the clause's subject: "the People's Republic of China", "500
   * disguised members of the Rwandan special forces"; "Afghanistan
   * claims Pakistani based Taliban have killed": a verb of claiming read
   * as a plural noun right after its speaker ends it */
  while (k > 0 &&
         (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]) ||
          (streq(ws->toks[k - 1], "of") && k < vs) ||
          /* "that Libya, Egypt, and Iran are supplying": a list */
          ((streq(ws->toks[k - 1], ",") || streq(ws->toks[k - 1], "and")) &&
           k >= 2 && k < vs &&
           (ws->ent_at[k - 2] >= 0 || streq(ws->toks[k - 2], ","))))) {
    if (k < vs && k >= 2 && ws->ent_at[k - 1] < 0 &&
        word_in_list(ws->toks[k - 1], claim_form) && ws->ent_at[k - 2] >= 0) {
      int32_t s = ws->ent[ws->ent_at[k - 2]].group;
      if (group_last(ws, s) != k - 2 || ws->ent[s].actor == NULL) return 0;
      *speaker = s;
      return 1;
    }
    k--;
  }
  if (k == vs || k == 0) return 0;
  /* "claims that its forces have taken": a subject owned by a pronoun is
   * the claimant's own side */
  for (size_t q = k; q < vs; q++)
    if (T[q].pos == TAG_PRPS) return 0;
  int that = streq(ws->toks[k - 1], "that");
  if (that) k--;
  /* "claimed on Monday that" */
  if (that && k >= 2 && streq(ws->toks[k - 2], "on") &&
      mention_is_weekday(ws->toks[k - 1]))
    k -= 2;
  while (k > 0 && T[k - 1].pos == TAG_RB) k--;
  if (k == 0) return 0;
  size_t g = k - 1;
  if (that) {
    /* "claims by the newspaper that": the claim's "by" phrase */
    size_t q = g;
    if (ws->ent_at[q] >= 0) {
      int32_t d = ws->ent[ws->ent_at[q]].group;
      size_t f = ws->ent[d].first;
      while (f > 0 && ws->ent_at[f - 1] < 0 &&
             (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
        f--;
      if (f >= 2 && streq(ws->toks[f - 1], "by")) q = f - 2;
    }
    if (ws->ent_at[q] < 0 && tag_is_noun(T[q].pos) &&
        word_in_list(ws->toks[q], claim_noun)) {
      *speaker = allegation_noun_speaker(ws, q, k);
      /* "allegations that", "accusations that": a clause only alleged,
       * whatever it reports (4); "claims that" may be a verb read as a
       * noun (1) */
      return ws->toks[q][0] == 'a' ? 4 : 1;
    }
  }
  if (!tag_is_verb(T[g].pos) || T[g].chunk != TAG_CH_VG ||
      T[g].chunk_id >= ws->tag.n_chunks)
    return 0;
  const char *l = tag_lemma(&ws->tag, g);
  int said = streq(l, "say") || streq(l, "state");
  if (!word_in_list(l, claim_verb) && !said) return 0;
  /* "charged with", "accused X of": only a clause after "that" is one
   * these verbs report */
  if (!that && (streq(l, "accuse") || streq(l, "charge") ||
                streq(l, "insist")))
    return 0;
  const tag_chunk *ch = &ws->tag.chunks[T[g].chunk_id];
  if (ch->flags & TAG_VG_NEG) return 0;
  *speaker = find_subject(ws, ch->first, 0, 0);
  /* "Arsen Avakov, Ukraine's Minister of the Interior, claims": else the
   * nearest actor before the verb in its sentence part */
  if (*speaker < 0 || ws->ent[*speaker].actor == NULL)
    for (size_t q = ch->first; q > 0; q--) {
      const char *w = ws->toks[q - 1];
      if (streq(w, ";") || streq(w, ":")) break;
      int32_t e = ws->ent_at[q - 1];
      if (e < 0) continue;
      int32_t d = ws->ent[e].group;
      if (ws->ent[d].actor != NULL && !ws->ent[d].place) *speaker = d;
      break;
    }
  /* "Reports from the town of Zinjibar claim": a place names no speaker */
  if (*speaker >= 0 && ws->ent[*speaker].place) *speaker = -1;
  /* "alleges that", "charged that": the verb codes the accusation */
  if (said) return 3;
  return streq(l, "claim") || streq(l, "contend") || streq(l, "assert") ||
                 streq(l, "insist")
             ? 1
             : 2;
}

int role_indicative_clause(const coder_ws *ws, size_t ve) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = ve;
  if (k < n && streq(ws->toks[k], "that")) k++;
  size_t s = k;
  /* ("that Israel and Syria would": a compound subject) */
  while (k < n && (ws->ent_at[k] >= 0 || is_np_filler(&T[k]) ||
                   T[k].pos == TAG_PRP || streq(ws->toks[k], "of") ||
                   (k > s && streq(ws->toks[k], "and"))))
    k++;
  if (k == s || k >= n) return 0;
  while (k < n && T[k].pos == TAG_RB) k++;
  if (k >= n) return 0;
  /* "suggested that Turkey could have a partnership": "could" and
   * "might" may propose as well as tell */
  if (T[k].pos == TAG_MD)
    return !streq(ws->toks[k], "should") && !streq(ws->toks[k], "could") &&
           !streq(ws->toks[k], "might");
  return T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ ||
         (T[k].pos == TAG_VBP && streq(tag_lemma(&ws->tag, k), "be"));
}

int role_unadopted_motion(const coder_ws *ws, size_t i) {
  static const char *const motion[] = {
      "resolution", "resolutions", "motion", "motions", "bill", "bills",
      "draft", NULL};
  /* not "reject" nor "oppose": "Iran rejects an IAEA resolution calling
   * on Iran to freeze enrichment" rejects a resolution adopted */
  static const char *const refuse[] = {
      "veto", "block", "defeat", "propose", "circulate", "table",
      "introduce", "submit", "draft", NULL};
  const tag_token *T = ws->tag.tok;
  if (i < 2 || T[i].pos != TAG_VBG || !word_in_list(ws->toks[i - 1], motion))
    return 0;
  size_t k = i - 1;
  while (k > 0 && (ws->ent_at[k - 1] >= 0 || is_np_filler(&T[k - 1]))) {
    if (streq(ws->toks[k - 1], "draft")) return 1;
    k--;
  }
  if (streq(ws->toks[i - 1], "draft")) return 1;
  return k > 0 && tag_is_verb(T[k - 1].pos) &&
         word_in_list(tag_lemma(&ws->tag, k - 1), refuse);
}

/* Is the code c (a country and maybe sectors) a state's: the bare
 * country or its government, military, police, intelligence, courts or
 * legislature? */
static int state_side(const char *c) {
  static const char *const organ[] = {"GOV", "MIL", "COP", "SPY", "JUD",
                                      "LEG", NULL};
  return strlen(c) == 3 || (strlen(c) >= 6 && word_in3(c + 3, organ));
}

int role_alleged_keep(const coder_ws *ws, int32_t speaker, int32_t src) {
  if (speaker < 0 || src < 0) return 0;
  if (speaker == src) return 1;
  char a[CODE_MAX], b[CODE_MAX], home[4];
  if (!mention_entity_code(ws, speaker, 0, a, NULL) || strlen(a) < 3 ||
      a[0] == '-')
    return 0;
  memcpy(home, a, 3);
  home[3] = '\0';
  /* "the police" after "The Lebanese government claims": the speaker's */
  if (!mention_entity_code(ws, src, 0, b, home) || strlen(b) < 3 ||
      memcmp(a, b, 3) != 0)
    return 0;
  /* "Afghanistan claims Taliban fighters killed", "rebels claim the
   * government bombed", "activists claim that security forces shot":
   * the state and those outside it are no one side */
  return (state_side(a) && state_side(b)) ||
         (strlen(a) >= 6 && strlen(b) >= 6 && memcmp(a + 3, b + 3, 3) == 0);
}

/* ===================================================================== */
/* Vows of force                                                         */
/* ===================================================================== */

int role_vowed_force(const coder_ws *ws, size_t ve, size_t cend,
                     char out[8]) {
  static const char *const force_verb[] = {
      "crush", "defeat", "destroy", "eliminate", "eradicate", "annihilate",
      "wipe", "smash", "vanquish", "exterminate", "obliterate", "retaliate",
      "avenge", "hunt", NULL};
  static const char *const repress_verb[] = {"punish", NULL};
  static const char *const renew_verb[] = {
      "continue", "resume", "intensify", "step", "renew", "re-orient",
      "reorient", "launch", "wage", "expand", "escalate", "press", "seek",
      NULL};
  static const char *const force_noun[] = {
      "offensive", "offensives", "attack", "attacks", "war", "strikes",
      "airstrikes", "bombing", "bombings", "operation", "operations",
      "assault", "revenge", "retaliation", "vengeance", NULL};
  static const char *const repress_noun[] = {"punishment", "punishments",
                                             "crackdown", NULL};
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (cend > n) cend = n;
  size_t k = ve;
  while (k < cend && T[k].pos == TAG_RB) k++;
  if (k >= cend) return 0;
  if (T[k].pos == TAG_TO) {
    /* "vowed to crush the rebels", "vowed to re-orient anew the
     * offensive against the NPA" */
    k++;
    while (k < cend && T[k].pos == TAG_RB) k++;
    if (k >= cend) return 0;
    const char *l = tag_lemma(&ws->tag, k);
    /* "re-orient" may be read as a noun */
    if (!tag_is_verb(T[k].pos) && !word_in_list(ws->toks[k], renew_verb))
      return 0;
    if (word_in_list(l, force_verb) || word_in_list(ws->toks[k], force_verb)) {
      strcpy(out, "138");
      return 1;
    }
    if (word_in_list(l, repress_verb)) {
      strcpy(out, "137");
      return 1;
    }
    if (!word_in_list(l, renew_verb) && !word_in_list(ws->toks[k], renew_verb))
      return 0;
    k++;
    if (k < cend && streq(ws->toks[k], "up")) k++;
  }
  /* the object noun: "vowing severe punishment", "its offensive against
   * Hamas" (articles, possessives, adjectives and adverbs before it) */
  for (;;) {
    while (k < cend && ws->ent_at[k] < 0 &&
           (T[k].pos == TAG_DT || T[k].pos == TAG_PRPS ||
            T[k].pos == TAG_RB || tag_is_adj(T[k].pos) ||
            T[k].type == TAG_T_QUOTE))
      k++;
    /* "Kyiv's anti-terrorist operation": past an owner */
    if (k < cend && ws->ent_at[k] >= 0) {
      size_t l = group_last(ws, ws->ent[ws->ent_at[k]].group) + 1;
      if (l < cend && l > k && (T[l].pos == TAG_POS ||
                                T[l].type == TAG_T_POSSESSIVE)) {
        k = l + 1;
        continue;
      }
    }
    break;
  }
  if (k >= cend || ws->ent_at[k] >= 0 || !tag_is_noun(T[k].pos)) return 0;
  if (word_in_list(ws->toks[k], force_noun)) {
    strcpy(out, "138");
    return 1;
  }
  if (word_in_list(ws->toks[k], repress_noun)) {
    strcpy(out, "137");
    return 1;
  }
  return 0;
}
