/*
 * mention.c: actor and agent mentions, entities and compound groups.
 *
 * Steps 4 and 5 of the coder (see coder.c): the longest actor or agent
 * phrase at each token becomes a mention (actor codes chosen by the story
 * date), and "his country" before its verb is the country of the
 * actor named before it ("Putin said his country had sent troops":
 * RUS); mentions of one noun phrase are combined into an entity
 * ("Arnor's foreign minister" -> ARNGOVFRM), "agent of actor" likewise, and
 * entities joined by "and"/"or" form a compound group.  It also answers the
 * questions the other modules ask about entities: the code an entity gives
 * an event, whether it stands in a prepositional phrase, whether its group
 * is agents only or owned by a possessive pronoun.  Kept apart so that the
 * dictionary-facing recognition of who is named can change without
 * touching pattern matching or role assignment.
 */
#include "code/mention.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "code/context.h"
#include "code/role.h"

/* ===================================================================== */
/* Helpers                                                               */
/* ===================================================================== */


/* Grows an array of elem-sized items to hold n+1; 0 or -1 on OOM. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem) {
  if (n < *cap) return 0;
  size_t nc = *cap ? *cap * 2 : 32;
  void *p = realloc(*arr, nc * elem);
  if (p == NULL) return -1;
  *arr = p;
  *cap = nc;
  return 0;
}

/* Appends src to dst (size CODE_MAX) if it fits. */
static void code_cat(char *dst, const char *src) {
  size_t a = strlen(dst), b = strlen(src);
  if (a + b < CODE_MAX) memcpy(dst + a, src, b + 1);
}

static int is_prep(const tag_token *t) {
  return t->pos == TAG_IN || t->pos == TAG_TO;
}

static int is_nationality_word(const char *w);
static int sector_in(const char *c, const char *v);
static int country_file_phrase(const dyad_dict *d, const dict_match *m);

/* "the Lisbon treaty", "the Dakar accord", "the Minsk (peace)
 * agreements": a capitalised place right after "the" and right before a
 * named agreement or meeting noun is part of that name (at most the
 * meeting's location), never a participant.  Country names (the
 * generated countries.actors.txt: "the Iran talks") and nationality
 * adjectives stay actors.  Match m, of code acode, starts at token i. */
static int place_in_name(const dyad_dict *d, const coder_ws *ws, size_t i,
                         const dict_match *m, const char *acode) {
  static const char *const nouns[] = {
      "treaty", "treaties", "accord", "accords", "agreement", "agreements",
      "process", "summit", "summits", "talks", "pact", "protocol",
      "declaration", "conference", "ceasefire", "ceasefires", "truce",
      "truces", NULL};
  size_t n = ws->tag.n, e = i + m->len;
  const tag_token *t = &ws->tag.tok[i];
  if (i == 0 || e >= n || !(t->flags & TAG_F_CAP) || (t->flags & TAG_F_ALLCAP))
    return 0;
  if (!streq(ws->toks[i - 1], "the")) return 0;
  if (is_nationality_word(ws->toks[e - 1])) return 0;
  size_t k = e;
  /* "the Copenhagen Climate Change Conference": capitalised words of
   * the name before its head noun, after a place (a code of a country
   * alone: not "the United Nations Arms Trade Treaty") */
  const int city = strlen(acode) == 3;
  while (city && k + 1 < n && k < e + 4 &&
         ws->tag.tok[k].type == TAG_T_WORD &&
         (ws->tag.tok[k].flags & TAG_F_CAP) &&
         !(ws->tag.tok[k].flags & TAG_F_ALLCAP) && !ws->hits[k].ha &&
         !ws->hits[k].hg && !(ws->tag.tok[k + 1].flags & TAG_F_ALLCAP) &&
         (ws->tag.tok[k + 1].flags & TAG_F_CAP))
    k++;
  if (streq(ws->toks[k], "peace") && k + 1 < n) k++;
  if (!word_in_list(ws->toks[k], nouns)) return 0;
  return !country_file_phrase(d, m);
}

/* Is code a CAMEO world region (MEA, EUR, WAF, PGS...)?  A code alone
 * that mention_country_code (which holds the list of codes that are no
 * country) refuses and that names no kind of organisation. */
static int region_code(const char *a) {
  if (strlen(a) != 3) return 0;
  for (int k = 0; k < 3; k++)
    if (a[k] < 'A' || a[k] > 'Z') return 0;  /* not "---" */
  return !mention_country_code(a) &&
         !sector_in(a, "IGO" "IMG" "INT" "KUR" "MNC" "MED" "NGO" "NGM"
                       "UIS");
}

/* "the Middle East peace process", "Middle East respiratory syndrome",
 * "the Mediterranean Sea", "a Middle East envoy": a world region that
 * modifies a noun names a topic, a place or a destination, never a
 * party.  A region stays an actor alone ("a tour of the Middle East"),
 * before an agent ("Middle East leaders", "European nations": the
 * people of the region) and before a possessive.  Match m, of code
 * acode, starts at token i; returns 1 when it is no actor. */
static int region_modifier(const coder_ws *ws, size_t i, const dict_match *m,
                           const char *acode) {
  /* the people a region's name can stand for, when no agent entry */
  static const char *const people[] = {
      "countries", "country", "states", "nations", "nation", "powers",
      "neighbours", "neighbors", "peoples", "monarchies", "allies",
      "partners", "capitals", NULL};
  /* agents sent to a region, not from it */
  static const char *const sent[] = {
      "envoy", "envoys", "mediator", "negotiator", "coordinator", NULL};
  size_t e = i + m->len, n = ws->tag.n;
  if (e >= n || !region_code(acode)) return 0;
  /* "Western nations", "Gulf states", "Europeans": the entry names
   * people already */
  unsigned lp = ws->tag.tok[e - 1].pos;
  if (lp == TAG_NNS || lp == TAG_NNPS) return 0;
  for (const char *const *p = people; *p; p++)
    if (streq(ws->toks[e - 1], *p)) return 0;
  /* "European private banks", "Western donor nations": the head of the
   * noun group decides */
  while (e + 1 < n && e < i + m->len + 3 && !ws->hits[e].hg &&
         ws->tag.tok[e].type == TAG_T_WORD &&
         (tag_is_adj(ws->tag.tok[e].pos) || ws->tag.tok[e].pos == TAG_NN) &&
         ws->tag.tok[e + 1].type == TAG_T_WORD &&
         (ws->tag.tok[e + 1].pos == TAG_NN ||
          ws->tag.tok[e + 1].pos == TAG_NNS))
    e++;
  const tag_token *t = &ws->tag.tok[e];
  if (t->type != TAG_T_WORD) return 0;
  int sea = streq(ws->toks[e], "sea") || streq(ws->toks[e], "ocean");
  if (!sea && !tag_is_adj(t->pos) && t->pos != TAG_NN && t->pos != TAG_NNS)
    return 0;
  /* "a Middle East envoy" goes there; "a European envoy" comes from
   * there (the adjective) */
  const char *last = ws->toks[i + m->len - 1];
  size_t ll = strlen(last);
  int adjective = is_nationality_word(last) ||
                  (ll > 3 && streq(last + ll - 3, "ern"));
  for (const char *const *p = sent; *p && !adjective; p++)
    if (streq(ws->toks[e], *p)) return 1;
  if (ws->hits[e].hg) return 0;
  for (const char *const *p = people; *p; p++)
    if (streq(ws->toks[e], *p)) return 0;
  return 1;
}

/* ===================================================================== */
/* Mentions                                                              */
/* ===================================================================== */

/* Does a phrase matched by the stem of its last word really fit?  The
 * rest of the token must be an inflection or a nationality ending
 * ("arnor" -> "arnorian", "soldier" -> "soldiers", but not "ku" ->
 * "kuwait"), and an agent must end in a noun ("diplomat" is no agent in
 * "diplomatic ties"). */
static int stem_fits(const dyad_dict *d, const coder_ws *ws, size_t i,
                     const dict_match *m, int agent) {
  static const char *const actor_ends[] = {
      "s", "es", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese",
      "ish", "ic", "ics", "'s", NULL};
  static const char *const agent_ends[] = {"s", "es", "'s", NULL};
  /* a one-word phrase of the whole token (most matches): its word is the
   * token, answered without reading the phrase's text */
  unsigned kind = agent ? DICT_K_AGENT : DICT_K_ACTOR;
  if (m->len == 1 && ((ws->ti[i].one_whole >> kind) & 1u) &&
      m->phrase == ws->ti[i].one[kind])
    return 1;
  size_t last = i + m->len - 1;
  const dict_phrase *p = dict_phrase_at(d, m->phrase);
  if (p == NULL) return 0;
  const char *w = dict_str(d, p->words);
  const char *sp = strrchr(w, ' ');
  w = sp ? sp + 1 : w;
  const char *tok = ws->toks[last];
  size_t wl = strlen(w);
  if (streq(w, tok)) return 1;
  if (agent && ws->tag.tok[last].pos != TAG_NONE &&
      !tag_is_noun(ws->tag.tok[last].pos))
    return 0;
  if (strncmp(tok, w, wl) != 0) return 1;  /* matched some other way */
  const char *rest = tok + wl;
  for (const char *const *e = agent ? agent_ends : actor_ends; *e; e++)
    if (streq(rest, *e)) return wl >= 3 || agent;
  return 0;
}

/* Adjectives that change who a title names ("former president", "deputy
 * defense secretary") and so never stand inside an actor phrase. */
static int is_rank_adjective(const char *w) {
  static const char *const v[] = {
      "former",   "late",     "future",   "acting", "interim",  "outgoing",
      "incoming", "then",     "new",      "old",    "next",     "previous",
      "deputy",   "vice",     "assistant", "associate", "under", NULL};
  if (strncmp(w, "ex-", 3) == 0) return 1;
  return word_in_list(w, v);
}

/* "Ithilen state-run television" (ITHILEN TELEVISION): a longer actor
 * phrase whose words one or two lowercase adjectives interrupt inside a
 * noun phrase.  Given the actor match *m at token i, tries the phrase
 * over the tokens with the adjectives left out; on a longer match writes
 * the span it covers to *span (gap included), its match to *m and its
 * code to *code and returns 1, else returns 0 and changes nothing. */
static int actor_across_gap(const dyad_dict *d, const coder_ws *ws, size_t i,
                            dict_match *m, const char **code, size_t *span) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, e = i + m->len, g = e;
  while (g < n && g < e + 2 && !(T[g].flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
         tag_is_adj(T[g].pos) && !is_rank_adjective(ws->toks[g]))
    g++;
  if (g == e || g >= n || m->len > 8 || !tag_is_noun(T[g].pos)) return 0;
  const char *tmp[16];
  size_t c = 0;
  for (size_t k = i; k < e; k++) tmp[c++] = ws->toks[k];
  for (size_t k = g; k < n && c < 16; k++) tmp[c++] = ws->toks[k];
  dict_match m2;
  const char *c2 = NULL;
  /* only another entry says more ("Abu Sayyaf militant group" is Abu
   * Sayyaf either way) */
  if (!dict_actor_match(d, tmp, c, 0, ws->date, &m2, &c2) ||
      m2.len <= m->len || c2 == NULL || !*c2 || m2.payload == m->payload)
    return 0;
  /* the phrase's last word is the token itself, no stem of it */
  const dict_phrase *p = dict_phrase_at(d, m2.phrase);
  if (p == NULL) return 0;
  const char *w = dict_str(d, p->words);
  const char *sp = strrchr(w, ' ');
  if (!streq(sp ? sp + 1 : w, tmp[m2.len - 1])) return 0;
  *span = (g - e) + m2.len;   /* m2 also holds the e - i words before the gap */
  *m = m2;
  *code = c2;
  return 1;
}

/* "using military force", "a planned military operation", "increases its
 * military presence": is "military" at token i a modifier of an abstract
 * noun, a means or an act rather than the military as an actor?  Only
 * when no actor mention ends right before it ("Pakistani military
 * operation" keeps PAKMIL). */
static int military_means(const coder_ws *ws, size_t i) {
  static const char *const v[] = {
      "force", "operation", "operations", "presence", "infrastructure",
      "action", "actions", "intervention", "interventions", "option",
      "options", "aid", "assistance", "equipment", "hardware", "spending",
      "budget", "campaign", "campaigns", "capability", "capabilities",
      "buildup", "build-up", "solution", "cooperation", "might", "power",
      NULL};
  if (!streq(ws->toks[i], "military") || i + 1 >= ws->tag.n) return 0;
  /* "its military presence": owned, the owner's military */
  if (i > 0 && ws->tag.tok[i - 1].pos == TAG_PRPS) return 0;
  if (ws->n_ment > 0 &&
      ws->ment[ws->n_ment - 1].first + ws->ment[ws->n_ment - 1].len == i)
    return 0;
  return word_in_list(ws->toks[i + 1], v);
}

/* "Moscow's opposition to NATO expansion", "drops its opposition to",
 * "voice opposition to", "in opposition to": is "opposition" at token i
 * a stance (owned, after a verb or "in", and before "to") rather than
 * the political opposition ("the opposition to Lukashenko", "the
 * government and the opposition to agree")? */
static int stance_opposition(const coder_ws *ws, size_t i) {
  if (i == 0 || i + 1 >= ws->tag.n || !streq(ws->toks[i], "opposition") ||
      !streq(ws->toks[i + 1], "to"))
    return 0;
  const tag_token *p = &ws->tag.tok[i - 1];
  return p->type == TAG_T_POSSESSIVE || p->pos == TAG_PRPS ||
         tag_is_verb(p->pos) || streq(ws->toks[i - 1], "in");
}

/* Is the capitalised word token k a name of its own ("Chelsea",
 * "Foundation"), not a title abbreviation ("Mr.", "Gen."), a title word
 * that no agent entry holds ("General Lebed", "Sheikh Aweys", "Lord
 * Owen": agents hold "President", "Colonel"), a day or a month, nor a
 * token a written actor or agent phrase starts at (a derived surname
 * there counts as a name: "Jonathan Powell")? */
static int other_name(const dyad_dict *d, const coder_ws *ws, size_t k) {
  static const char *const not_names[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december",
      "general", "brigadier", "sheikh", "sheik", "lord", NULL};
  const tag_token *t = &ws->tag.tok[k];
  if (t->type != TAG_T_WORD || !(t->flags & TAG_F_CAP) ||
      (t->flags & TAG_F_ALLCAP) ||
      (t->pos != TAG_NNP && t->pos != TAG_NNPS))
    return 0;
  const char *w = ws->toks[k];
  size_t l = strlen(w);
  if (l > 0 && w[l - 1] == '.') return 0;
  if (word_in_list(w, not_names)) return 0;
  if (ws->hits[k].hg) return 0;
  if (!ws->hits[k].ha) return 1;
  const dict_phrase *p = dict_phrase_at(d, ws->hits[k].am.phrase);
  return p != NULL && (p->flags & DICT_PH_DERIVED);
}

/* "the West Bank", "the West Coast": is token k a capitalised word (not
 * a day nor a month, "the West Sunday") that continues a longer name, so
 * that a capitals-only phrase right before it is no name of its own? */
static int capital_follows(const coder_ws *ws, size_t k) {
  static const char *const dates[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december",
      NULL};
  if (k >= ws->tag.n) return 0;
  const tag_token *t = &ws->tag.tok[k];
  return t->type == TAG_T_WORD && (t->flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
         !word_in_list(ws->toks[k], dates);
}

/* A derived bare surname (DICT_PH_DERIVED: "Clinton", "Yeltsin", written
 * by tools/gen_surnames.c) is trusted less than a written phrase.  Given
 * the actor match *m at token i, is it refused: the surname is not
 * capitalised, or it is part of a longer name ("Chelsea Clinton", "Clinton
 * Global": a capitalised proper noun that starts no actor or agent right
 * before or after it; a title before it, "President Clinton", "Mr.
 * Clinton", is fine; nor a name with a small Arabic article after it,
 * "Bashir al-Dabbash"), or it names a place or an institution ("the Clinton
 * Foundation", "Powell Doctrine"), or the story named someone else by that
 * surname in full earlier (the story context answers then; a full name
 * the dictionary does not know, "Lorent Saleh", earlier in the sentence
 * or the story refuses it)? */
static int derived_refused(const dyad_dict *d, const coder_ws *ws, size_t i,
                           const dict_match *m) {
  const dict_phrase *p = dict_phrase_at(d, m->phrase);
  if (p == NULL || !(p->flags & DICT_PH_DERIVED)) return 0;
  size_t n = ws->tag.n, e = i + m->len;
  const tag_token *last = &ws->tag.tok[e - 1];
  /* "al-Assad" is written with a small article */
  if (!(last->flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
      !(last->flags & TAG_F_HYPHEN))
    return 1;
  if (i > 0 && other_name(d, ws, i - 1) &&
      !(ws->n_ment > 0 &&
        ws->ment[ws->n_ment - 1].first + ws->ment[ws->n_ment - 1].len == i))
    return 1;
  if (e < n && other_name(d, ws, e)) return 1;
  /* "Bashir al-Dabbash": a surname written with a small Arabic article
   * after it makes the surname a given name */
  if (e < n) {
    const tag_token *t = &ws->tag.tok[e];
    const char *w = ws->tag.text + t->offset;
    static const char *const art[] = {"al-", "el-", "ad-", "ar-", "as-",
                                      "ash-", "at-", "az-", "an-", NULL};
    for (const char *const *q = art; *q; q++) {
      size_t l = strlen(*q);
      if (t->len > l && memcmp(w, *q, l) == 0 && w[l] >= 'A' && w[l] <= 'Z')
        return 1;
    }
  }
  /* "First Lady Thabane", "first lady Clinton", "Second Gentleman
   * Emhoff": the spouse of the surname's holder, not the holder */
  if (i >= 2 &&
      (streq(ws->toks[i - 2], "first") || streq(ws->toks[i - 2], "second")) &&
      (streq(ws->toks[i - 1], "lady") || streq(ws->toks[i - 1], "gentleman")))
    return 1;
  /* "the Clinton Foundation", "Bush Intercontinental Airport": a
   * capitalised head that names a place or an institution after someone */
  static const char *const named_after[] = {
      "foundation", "institute", "library", "center", "centre", "school",
      "university", "college", "airport", "street", "avenue", "boulevard",
      "bridge", "museum", "hospital", "stadium", "prize", "award", "doctrine",
      "county", "city", "park", "square", "station", "memorial", NULL};
  if (e < n && (ws->tag.tok[e].flags & TAG_F_CAP))
    for (const char *const *q = named_after; *q; q++)
      if (streq(ws->toks[e], *q)) return 1;
  /* "Urfan Sharif ... Sharif's daughter": a name of this sentence, before
   * it, that the dictionary does not know ends in the surname */
  for (size_t k = 1; k < i; k++)
    if (streq(ws->toks[k], ws->toks[i]) && other_name(d, ws, k - 1))
      return 1;
  return context_pronoun(ws, i) != NULL || context_unknown_name(ws, i);
}

/* "Orban" after "Ludovic Orban": a written one-word synonym ('+' line) of
 * a person ("+ORBAN_" under Viktor Orban) yields, like a derived surname,
 * to someone of that surname whom the story named in full earlier
 * (context_pronoun), when that one's code differs from the match's acode.
 * Returns 1 when the match at token i is to be refused for that. */
static int synonym_yields(const dyad_dict *d, const coder_ws *ws, size_t i,
                          const dict_match *m, const char *acode) {
  if (m->len != 1 || ws->n_ctx_names == 0) return 0;
  const dict_phrase *p = dict_phrase_at(d, m->phrase);
  if (p == NULL || !(p->flags & DICT_PH_SYNONYM)) return 0;
  const char *c = context_pronoun(ws, i);
  return c != NULL && acode != NULL && !streq(c, acode);
}

/* Does the phrase of match m come from the dictionary file whose base
 * name is base? */
static int phrase_from_file(const dyad_dict *d, const dict_match *m,
                            const char *base) {
  const dict_phrase *ph = dict_phrase_at(d, m->phrase);
  const char *file = ph ? dict_file_name(d, ph->file) : NULL;
  if (file == NULL) return 0;
  const char *b = strrchr(file, '/');
  return streq(b ? b + 1 : file, base);
}

/* Is the phrase of match m one of the generated country names
 * (countries.actors.txt)? */
static int country_file_phrase(const dyad_dict *d, const dict_match *m) {
  return phrase_from_file(d, m, "countries.actors.txt");
}

/* "Jordan Goudreau", "Chad Johnson", "Israel Kamakawiwo'ole", "China
 * Arnold", "Finn Larsen": a country name or a people's singular
 * (countries.extra.actors.txt: "Finn", "Dane") that is also a given name
 * (match m at token i),
 * not after "of" or "the" ("the President of Israel Reuven Rivlin"), right
 * before one capitalised name that starts no actor or agent (other_name)
 * and is followed by no capitalised word ("Jordan National Bank", "Chad
 * National Army" are Jordanian and Chadian bodies), is a person's given
 * name, not the state.  Longer names the dictionary writes ("Israel
 * Defense Forces") are matched whole first. */
static int country_given_name(const dyad_dict *d, const coder_ws *ws,
                              size_t i, const dict_match *m) {
  static const char *const given[] = {"jordan", "chad",  "israel", "india",
                                      "china",  "kenya", "georgia", "finn",
                                      "dane",   NULL};
  const tag_token *t = &ws->tag.tok[i];
  size_t n = ws->tag.n;
  if (m->len != 1 || i + 1 >= n || !(t->flags & TAG_F_CAP) ||
      (t->flags & TAG_F_ALLCAP))
    return 0;
  const char *const *g = given;
  while (*g && !streq(ws->toks[i], *g)) g++;
  if (*g == NULL) return 0;
  if (i > 0 && (streq(ws->toks[i - 1], "of") || streq(ws->toks[i - 1], "the")))
    return 0;
  if (!other_name(d, ws, i + 1) ||
      (i + 2 < n && (ws->tag.tok[i + 2].flags & (TAG_F_CAP | TAG_F_ALLCAP))))
    return 0;
  return country_file_phrase(d, m) ||
         phrase_from_file(d, m, "countries.extra.actors.txt");
}

/* "Political activist Ahmed Douma", "Gilberto Higuera Guerrero": a
 * one-word place of places.actors.txt (match m at token i) right after a
 * capitalised name that starts no actor or agent (other_name) and is in
 * no mention found before, not opening the sentence, and ending its
 * noun phrase (no noun nor capitalised word after it), is a person's
 * surname, not the place; not after a word of geography or a direction
 * ("Mount Sinjar", "Lake Chad", "Northern Kordofan", "Camp Bastion"). */
static int place_surname(const dyad_dict *d, const coder_ws *ws, size_t i,
                         const dict_match *m) {
  static const char *const geo[] = {
      "mount", "mt.", "lake", "port", "fort", "camp", "cape", "greater",
      "upper", "lower", "central", "new", "old", "north", "south", "east",
      "west", "northern", "southern", "eastern", "western", "san", "santa",
      "saint", "st.", "al", "el", "la", "le", "los", "las", "gulf", "bay",
      "river", "island", "islands", "valley", "province", "state", "city",
      "county", "district", "region", "governorate", "oblast", "capital",
      "metropolitan", "highland", "highlands", "inner", "outer",
      "midtown", "downtown", "uptown",
      NULL};
  if (m->len != 1 || i < 2 || !other_name(d, ws, i - 1)) return 0;
  /* "the United States Capitol": the name before is an actor's */
  if (ws->n_ment > 0 &&
      ws->ment[ws->n_ment - 1].first + ws->ment[ws->n_ment - 1].len >= i)
    return 0;
  const tag_token *t = &ws->tag.tok[i];
  if (!(t->flags & TAG_F_CAP) || (t->flags & TAG_F_ALLCAP)) return 0;
  /* a surname ends its noun phrase: "a Tennessee lawmaker", "Mueang
   * Yala District" name the place */
  if (i + 1 < ws->tag.n && (tag_is_noun(ws->tag.tok[i + 1].pos) ||
                            (ws->tag.tok[i + 1].flags & TAG_F_CAP)))
    return 0;
  for (const char *const *g = geo; *g; g++)
    if (streq(ws->toks[i - 1], *g)) return 0;
  return phrase_from_file(d, m, "places.actors.txt");
}

/* "Trimley St. Martin", "Newtown St. Lucia": a territory named after a
 * saint (match m at token i, of code acode, starting "St."/"Saint")
 * right after a capitalised name that starts no actor or agent
 * (other_name), not the sentence's first word and in no mention found
 * before, is the end of a longer place name, a village or a parish
 * named after its church, not the territory ("Dutch St. Martin" and "the
 * island of St. Martin" stay it); a state's name (the generated
 * countries.actors.txt), not a city's ("Zenit St. Petersburg" is a club
 * of that city).  Other territories' names are left
 * alone: "the Hamas-controlled Gaza Strip", "Northeastern People's
 * Republic of China" are the territory after a name-like modifier. */
static int territory_in_name(const dyad_dict *d, const coder_ws *ws,
                             size_t i, const dict_match *m,
                             const char *acode) {
  static const char *const saint[] = {"st.", "st", "saint", "ste.",
                                      "sainte", NULL};
  if (m->len < 2 || i < 2) return 0;
  const tag_token *t = &ws->tag.tok[i];
  if (!(t->flags & TAG_F_CAP) || (t->flags & TAG_F_ALLCAP)) return 0;
  if (!word_in_list(ws->toks[i], saint)) return 0;
  if (!other_name(d, ws, i - 1)) return 0;
  if (ws->n_ment > 0 &&
      ws->ment[ws->n_ment - 1].first + ws->ment[ws->n_ment - 1].len >= i)
    return 0;
  return acode != NULL && strlen(acode) == 3 &&
         mention_country_code(acode) && country_file_phrase(d, m);
}

/* Finds actor and agent mentions: longest match at each token, actors win
 * ties.  Returns 0 or -1 on OOM. */
/* "Putin said his country would": the country of the nearest actor
 * mention before token i that is not inside a prepositional phrase ("the
 * ambassador to Israel said his country" is the ambassador's), into
 * ws->own_country; NULL when that actor names no country (an IGO) or
 * there is none, or no room is left. */
static const char *own_country(coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  for (size_t m = ws->n_ment; m > 0; m--) {
    const mention *M = &ws->ment[m - 1];
    if (M->first >= i) continue;
    if (M->is_agent) continue;
    size_t f = M->first;
    while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
      f--;
    if (f > 0 && (T[f - 1].pos == TAG_IN || T[f - 1].pos == TAG_TO)) continue;
    if (!mention_country_code(M->code) || ws->n_own >= 8) return NULL;
    char *c = ws->own_country[ws->n_own++];
    memcpy(c, M->code, 3);
    c[3] = '\0';
    return c;
  }
  return NULL;
}

/* Is token i a lowercase "his", "her", "its" or "their" before
 * "country" or "nation" and a finite verb, or "'s" and an agent? */
static int own_country_at(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  if (i + 1 >= ws->tag.n || T[i].pos != TAG_PRPS || (T[i].flags & TAG_F_CAP))
    return 0;
  const char *w = ws->toks[i], *nx = ws->toks[i + 1];
  if (!streq(w, "his") && !streq(w, "her") && !streq(w, "its") &&
      !streq(w, "their"))
    return 0;
  if (!streq(nx, "country") && !streq(nx, "nation")) return 0;
  /* only as a subject, right before its finite verb ("his country
   * would retaliate", "his country has demanded"): as an object or an
   * owner it is mostly the speaker's own state acted on by its own
   * government ("withdrawing his country from the Commonwealth",
   * "unveils his country's strategy"), no event between two parties */
  if (i + 2 >= ws->tag.n) return 0;
  unsigned p = T[i + 2].pos;
  /* "said his country's troops in Iraq had": the owner of an agent is
   * the speaker's state, as "Poland's troops" */
  if (T[i + 2].type == TAG_T_POSSESSIVE && i + 3 < ws->tag.n &&
      ws->hits[i + 3].hg &&
      /* not a title before a name ("his country's President Thaci"),
       * nor a mission abroad ("visits his country's embassy in
       * Hanoi": the host is the party) */
      !(T[i + 3].flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
      !mention_abroad_word(ws->toks[i + 3]))
    return 1;
  return tag_is_finite(p);
}

/* "Pakistan-based militants", "a London-based rights group", "a
 * Liberian-flagged tanker": records in ws->based_tok / based_country /
 * based_flag each hyphenated word of the sentence that ends in "-based",
 * "-flagged" or "-registered" (flag 1) and whose one-word name before it
 * is an actor of a country (the dictionary's code on the story's date),
 * up to 8. */
static void find_based(const dyad_dict *d, coder_ws *ws) {
  ws->n_based = 0;
  /* only hyphenated words are read: none, no pass */
  if (!(ws->tag.shape_or & TAG_F_HYPHEN)) return;
  for (size_t k = 0; k < ws->tag.n && ws->n_based < 8; k++) {
    if (!(ws->tag.tok[k].flags & TAG_F_HYPHEN)) continue;
    const char *w = ws->toks[k];
    size_t l = strlen(w);
    size_t sl = l > 8 && strcmp(w + l - 8, "-flagged") == 0      ? 8
                : l > 11 && strcmp(w + l - 11, "-registered") == 0 ? 11
                : l > 6 && strcmp(w + l - 6, "-based") == 0        ? 6
                                                                    : 0;
    if (sl == 0 || l > 40) continue;
    char name[40];
    memcpy(name, w, l - sl);
    name[l - sl] = '\0';
    if (strchr(name, '-')) continue;
    const char *toks[1] = {name};
    dict_match m;
    const char *code = NULL;
    if (!dict_actor_match(d, toks, 1, 0, ws->date, &m, &code) ||
        code == NULL || strlen(code) != 3 || !mention_country_code(code))
      continue;
    ws->based_flag[ws->n_based] = sl != 6;
    ws->based_tok[ws->n_based] = (uint32_t)k;
    memcpy(ws->based_country[ws->n_based], code, 4);
    ws->n_based++;
  }
}

/* The flag state of token i when it is a "-flagged" or "-registered"
 * word (find_based) right before a ship noun ("a Liberian-flagged
 * tanker", "a Panama-registered cargo ship"), or NULL. */
static const char *ship_flag(const coder_ws *ws, size_t i) {
  static const char *const ship[] = {
      "ship", "ships", "tanker", "tankers", "vessel", "vessels", "freighter",
      "freighters", "cargo", "oil", "merchant", "container", "boat", "boats",
      "trawler", "trawlers", "carrier", "bulk", NULL};
  for (size_t b = 0; b < ws->n_based; b++) {
    if (!ws->based_flag[b] || ws->based_tok[b] != i) continue;
    for (const char *const *p = ship; *p; p++)
      if (streq(ws->toks[i + 1], *p)) return ws->based_country[b];
  }
  return NULL;
}

/* Tokens of a parenthesised short name at token k that abbreviates or
 * renames the mention before it, 0 when there is none: "(", one to three
 * words, ")".  The words are an acronym in capitals ("Kurdistan Workers'
 * Party (PKK) militants", "Venezuelan National Guard (GNB) troops"), or,
 * after an actor whose code is code, capitalised words that the
 * dictionary reads as an actor of the same state ("Myanmar (Burma)", "the
 * Republic of China (Taiwan)"; not "the Labour Party (New Caledonia)",
 * which says whose party it is).  The mention then spans the parenthesis,
 * so that it joins the words after it as one noun phrase. */
static size_t paren_name(const dyad_dict *d, const coder_ws *ws, size_t k,
                         const char *code) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (k >= n || !streq(ws->toks[k], "(")) return 0;
  size_t e = k + 1;
  int caps = 1;
  while (e < n && e < k + 4 && (T[e].flags & (TAG_F_CAP | TAG_F_ALLCAP))) {
    caps &= (T[e].flags & TAG_F_ALLCAP) != 0;
    e++;
  }
  if (e == k + 1 || e >= n || !streq(ws->toks[e], ")")) return 0;
  if (!caps) {
    dict_match m;
    const char *c = NULL;
    if (code == NULL || strlen(code) < 3 ||
        !dict_actor_match(d, (const char *const *)ws->toks + k + 1,
                          e - k - 1, 0, ws->date, &m, &c) ||
        m.len != e - k - 1 || c == NULL || strlen(c) < 3 ||
        strncmp(c, code, 3) != 0)
      return 0;
  }
  return e + 1 - k;
}

int mention_counted_crowd(const coder_ws *ws, size_t k) {
  const tag_token *T = ws->tag.tok;
  if (k == 0 || k >= ws->tag.n || !streq(ws->toks[k], "people") ||
      (T[k].flags & (TAG_F_CAP | TAG_F_ALLCAP)) || T[k - 1].pos != TAG_CD)
    return 0;
  /* digits in groups of three after a comma: "1,500", "50,000" */
  const char *w = ws->toks[k - 1];
  size_t l = strlen(w);
  if (l < 5 || w[l - 4] != ',') return 0;
  for (size_t q = 0; q < l; q++)
    if (!(w[q] >= '0' && w[q] <= '9') && w[q] != ',') return 0;
  /* the subject of an active finite verb ("50,000 people marched"), not
   * a tally of victims, evacuees or beneficiaries ("killed 1,429 people
   * in", "20,000 people are evacuated", "pardons 175,000 people") */
  static const char *const aux[] = {"is", "are", "was", "were", "be",
                                    "been", "has", "have", "had", "get",
                                    "got", NULL};
  /* an intransitive verb of protest read as a participle ("as 100,000
   * people marched through Rangoon") has no passive to be */
  static const char *const protest[] = {"march", "rally", "protest",
                                        "demonstrate", "riot", NULL};
  if (k + 1 >= ws->tag.n) return 0;
  if (T[k + 1].pos == TAG_VBN)
    return word_in_list(tag_lemma(&ws->tag, k + 1), protest);
  return (T[k + 1].pos == TAG_VBD || T[k + 1].pos == TAG_VBP ||
          T[k + 1].pos == TAG_VBZ) &&
         !word_in_list(ws->toks[k + 1], aux);
}

int mention_find(const dyad_dict *d, coder_ws *ws) {
  size_t n = ws->tag.n;
  ws->n_ment = 0;
  ws->n_own = 0;
  find_based(d, ws);
  for (size_t i = 0; i < n;) {
    const tag_token *t = &ws->tag.tok[i];
    /* most tokens: no actor or agent starts there and no "-flagged" word
     * was found; then every test below leaves the token alone but the
     * pronoun ones, and a name (NNP) may only stand for an earlier actor
     * (the last branch below) */
    /* "50,000 people marched": a crowd counted in figures is civilians,
     * as the agent entries THOUSANDS_OF_PEOPLE and the like are */
    if (i > 0 && ws->tag.tok[i - 1].pos == TAG_CD && !ws->hits[i].ha &&
        !ws->hits[i].hg && mention_counted_crowd(ws, i)) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 1, DICT_NONE, "CVL",
                                         DICT_AGENT_PREFIX, 1};
      i++;
      continue;
    }
    if (!ws->hits[i].ha && !ws->hits[i].hg && ws->n_based == 0 &&
        t->pos != TAG_PRP && t->pos != TAG_PRPS) {
      const char *name;
      if (t->pos == TAG_NNP && t->type != TAG_T_PUNCT &&
          t->type != TAG_T_QUOTE && t->type != TAG_T_DASH &&
          t->type != TAG_T_POSSESSIVE && t->type != TAG_T_SYMBOL &&
          (name = context_pronoun(ws, i)) != NULL) {
        if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment,
                 sizeof *ws->ment))
          return -1;
        ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 1, DICT_NONE,
                                           name, 0, 0};
      }
      i++;
      continue;
    }
    /* "seized a British-flagged tanker": the ship is its flag state's */
    const char *flag = i + 1 < n ? ship_flag(ws, i) : NULL;
    if (flag != NULL) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 1, DICT_NONE, flag, 0, 0};
      i++;
      continue;
    }
    /* "Putin said his country would send troops": RUS */
    const char *own;
    if (own_country_at(ws, i) && (own = own_country(ws, i)) != NULL) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 2, DICT_NONE, own, 0, 0};
      i += 2;
      continue;
    }
    if (t->type == TAG_T_PUNCT || t->type == TAG_T_QUOTE ||
        t->type == TAG_T_DASH || t->type == TAG_T_POSSESSIVE ||
        t->type == TAG_T_SYMBOL) {
      i++;
      continue;
    }
    /* "told us", "in", "and": a lowercase pronoun, determiner,
     * preposition or conjunction starts no actor ("US" is one) */
    if (!(t->flags & TAG_F_ALLCAP) && (!(t->flags & TAG_F_CAP) || i == 0) &&
        (t->pos == TAG_PRP || t->pos == TAG_PRPS) &&
        context_pronoun(ws, i) == NULL) {
      i++;
      continue;
    }
    dict_match am, gm;
    const char *acode = NULL, *pron;
    const dict_agent *ag = NULL;
    int ha = 0, hg = 0;
    const tok_hits *th = &ws->hits[i];
    for (size_t lim = n; lim > i;) {
      if (lim == n) {
        ha = th->ha;
        am = th->am;
        acode = th->acode;
      } else {
        ha = dict_actor_match_ti(d, ws->toks, lim, i, &ws->ti[i], ws->date,
                                 &am, &acode);
      }
      if (!ha || stem_fits(d, ws, i, &am, 0)) break;
      ha = 0;
      lim = i + am.len - 1;
    }
    if (ha && derived_refused(d, ws, i, &am)) ha = 0;
    if (ha && synonym_yields(d, ws, i, &am, acode)) ha = 0;
    if (ha && country_given_name(d, ws, i, &am)) ha = 0;
    if (ha && place_surname(d, ws, i, &am)) ha = 0;
    if (ha && territory_in_name(d, ws, i, &am, acode)) ha = 0;
    /* "ETA", "IRA" (phrases after "@CAPITALS"): acronyms that are also a
     * word or a name ("eta", "Ira Glass") only where written in capitals;
     * "Poles" (after "@CAPITALISED") only with capital initials */
    if (ha) {
      const dict_phrase *cp = dict_phrase_at(d, am.phrase);
      uint32_t need = cp == NULL ? 0
                      : (cp->flags & DICT_PH_CAPITALS) ? TAG_F_ALLCAP
                      : (cp->flags & DICT_PH_CAPITALISED)
                          ? (TAG_F_CAP | TAG_F_ALLCAP)
                          : 0;
      if (need)
        for (size_t k = i; k < i + am.len && ha; k++)
          if (!(ws->tag.tok[k].flags & need) &&
              !(k == i && am.len > 1 && streq(ws->toks[k], "the")))
            ha = 0;
      if (ha && (cp->flags & DICT_PH_CAPITALISED) &&
          capital_follows(ws, i + am.len))
        ha = 0;
    }
    /* "Kim Jong Un": a two-letter acronym actor (UN, US, EU) is written
     * in capitals; "Un" in a name is none */
    if (ha && am.len == 1 && t->len == 2 && (t->flags & TAG_F_CAP) &&
        !(t->flags & TAG_F_ALLCAP))
      ha = 0;
    for (size_t lim = n; lim > i;) {
      if (lim == n) {
        hg = th->hg;
        gm = th->gm;
        ag = th->ag;
      } else {
        hg = dict_agent_match_ti(d, ws->toks, lim, i, &ws->ti[i], &gm, &ag);
      }
      if (!hg || stem_fits(d, ws, i, &gm, 1)) break;
      hg = 0;
      lim = i + gm.len - 1;
    }
    if (hg && gm.len == 1 && military_means(ws, i)) hg = 0;
    if (hg && gm.len == 1 && stance_opposition(ws, i)) hg = 0;
    if ((t->pos == TAG_DT || t->pos == TAG_IN || t->pos == TAG_CC) &&
        !(t->flags & TAG_F_ALLCAP) && (!(t->flags & TAG_F_CAP) || i == 0)) {
      if (ha && am.len == 1) ha = 0;
      if (hg && gm.len == 1) hg = 0;
    }
    if (ha && (!hg || am.len >= gm.len) && acode && *acode &&
        (place_in_name(d, ws, i, &am, acode) ||
         region_modifier(ws, i, &am, acode))) {
      i += am.len;
    } else if (ha && (!hg || am.len >= gm.len) && acode && *acode) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      size_t span = am.len;
      if (!actor_across_gap(d, ws, i, &am, &acode, &span)) span = am.len;
      span += paren_name(d, ws, i + span, acode);
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, (uint32_t)span,
                                         am.phrase, acode, 0, 0};
      i += span;
    } else if (hg && ag) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      size_t span = gm.len + paren_name(d, ws, i + gm.len, NULL);
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, (uint32_t)span,
                                         gm.phrase, dict_str(d, ag->code),
                                         ag->mode, 1};
      i += span;
    } else if ((t->pos == TAG_PRP || t->pos == TAG_NNP) &&
               (pron = context_pronoun(ws, i)) != NULL) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 1, DICT_NONE,
                                         pron, 0, 0};
      i++;
    } else {
      i++;
    }
  }
  return 0;
}

/* ===================================================================== */
/* Entities and compound groups                                          */
/* ===================================================================== */

/* Kind of the gap between two mentions. */
enum { GAP_OTHER = 0, GAP_NP, GAP_OF, GAP_LIST_AND, GAP_LIST_COMMA };

static int gap_kind(const coder_ws *ws, size_t a, size_t b) {
  if (a >= b) return GAP_NP;
  const tag_token *T = ws->tag.tok;
  const char *const *w = (const char *const *)ws->toks;
  size_t len = b - a;
  int np = len <= 5;
  for (size_t k = a; k < b && np; k++)
    /* "Hamas rejected Israel": a participle the chunker made a verb */
    if (T[k].pos == TAG_VBN && T[k].chunk == TAG_CH_VG) np = 0;
  for (size_t k = a; k < b && np; k++)
    if (!is_np_filler(&T[k]) &&
        !(T[k].pos == TAG_CC && k > a && k + 1 < b && tag_is_adj(T[k - 1].pos) &&
          tag_is_adj(T[k + 1].pos)))
      np = 0;
  if (np) return GAP_NP;
  /* determiners and adjectives after of/and/"," ("and the evil Gondor") */
  size_t e = b;
  while (e - a >= 2 && e + 4 > b &&
         (T[e - 1].pos == TAG_DT || tag_is_adj(T[e - 1].pos) ||
          T[e - 1].pos == TAG_PRPS ||
          /* "the government of Southern Sudan" */
          (e - a == 2 && T[e - 1].pos == TAG_NNP && (T[e - 1].flags & TAG_F_CAP))))
    e--;
  if (e - a == 1 && (streq(w[a], "of") || streq(w[a], "in") ||
                     streq(w[a], "from")))
    return GAP_OF;
  if (e - a == 1 && (streq(w[a], "and") || streq(w[a], "or") ||
                     streq(w[a], "nor")))
    return GAP_LIST_AND;
  if (e - a == 2 && streq(w[a], ",") &&
      (streq(w[a + 1], "and") || streq(w[a + 1], "or")))
    return GAP_LIST_AND;
  if (e - a == 1 && streq(w[a], ",")) return GAP_LIST_COMMA;
  /* "between police and supporters of the opposition": the supporters,
   * loyalists, followers or members of an actor stand for it in a list */
  if (e - a == 3 && streq(w[a], "and") && streq(w[a + 2], "of") &&
      (streq(w[a + 1], "supporters") || streq(w[a + 1], "members") ||
       streq(w[a + 1], "loyalists") || streq(w[a + 1], "followers")))
    return GAP_LIST_AND;
  /* "Ithilen's sheep and goats of Gondor": two uncoded nouns, one owned
   * by each actor, joined by "and" (PETRARCH: a compound ITH, GON) */
  if (len >= 5 && T[a].type == TAG_T_POSSESSIVE && streq(w[b - 1], "of")) {
    size_t k = a + 1, n1 = 0, n2 = 0;
    while (k < b - 1 && tag_is_noun(T[k].pos)) k++, n1++;
    if (n1 > 0 && k < b - 1 && (streq(w[k], "and") || streq(w[k], "or"))) {
      k++;
      while (k < b - 1 && (T[k].pos == TAG_DT || tag_is_adj(T[k].pos))) k++;
      while (k < b - 1 && tag_is_noun(T[k].pos)) k++, n2++;
      if (n2 > 0 && k == b - 1) return GAP_LIST_AND;
    }
  }
  return GAP_OTHER;
}

/* "a spokesman for U.S. President X", "lawyers for Hamas": an agent
 * noun that speaks or acts for someone, ending at token last, followed
 * by "for" (and determiners or adjectives) up to the actor at token b:
 * the agent is the actor's, as with "of".  "forces loyal to Muammar
 * Gaddafi", "rebels loyal to the Islamic State": any agent followed by
 * "loyal to" is the actor's too (the armed followers of a leader are
 * his side: LBY, not an unknown ---MIL). */
static int speaks_for(const coder_ws *ws, size_t last, size_t b) {
  static const char *const v[] = {
      "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson",
      "spokespeople", "lawyer", "lawyers", "attorney", "attorneys",
      "adviser", "advisers", "advisor", "advisors", "aide", "aides", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k;
  if (last + 3 <= b && streq(ws->toks[last + 1], "loyal") &&
      streq(ws->toks[last + 2], "to")) {
    k = last + 3;
  } else {
    if (last + 2 > b || !streq(ws->toks[last + 1], "for")) return 0;
    const char *const *p = v;
    while (*p && !streq(ws->toks[last], *p)) p++;
    if (!*p) return 0;
    k = last + 2;
  }
  for (; k < b; k++)
    if (!(T[k].pos == TAG_DT || tag_is_adj(T[k].pos))) return 0;
  return 1;
}

static int has_sector(const char *c);

/* "Nepalese Maoist rebels" after 2006, when "Maoist rebels" is India's
 * (INDREB), "Pakistani Taliban" (AFGREBTAL): a state named first and a
 * group of another state in one noun phrase.  The state stays the actor
 * (the first, as always) and takes the group's sector as its agent
 * would (NPLREB, PAKREB): the demonym says whose, the group what.  Only
 * a group sector (REB, SEP, OPP, ...) moves, only when E has no agent
 * yet, and only from a group written right after the state (the caller
 * checks: not "Uganda's People's Defence Force", a state's own body that
 * shares a name with Myanmar's rebels); a group of no state (IMGMOSALQ)
 * adds nothing. */
static void entity_take_group_sector(entity *E, const char *code) {
  if (E->post[0] || E->pre[0] || strlen(code) < 6 || strchr(code, '/') ||
      !mention_country_code(code) || !has_sector(code + 3))
    return;
  memcpy(E->post, code + 3, 3);
  E->post[3] = '\0';
}

/* Adds agent mention m to entity E. */
static void entity_add_agent(entity *E, const mention *m) {
  if (m->agent_mode == DICT_AGENT_SUFFIX) {
    code_cat(E->pre, m->code);
  } else {
    /* "White House security officials": USAGOV already says GOV */
    size_t al = E->actor ? strlen(E->actor) : 0, cl = strlen(m->code);
    if (E->actor && al >= cl && streq(E->actor + al - cl, m->code)) return;
    size_t pl = strlen(E->post);
    if (pl >= cl && streq(E->post + pl - cl, m->code)) return;
    /* "Secretary of State Cardinal X": one sector code, the first; the
     * codes do not stack (VATGOV, not VATGOVCHR) */
    if (pl >= 3) return;
    code_cat(E->post, m->code);
  }
  if (E->agent_phrase == DICT_NONE) E->agent_phrase = m->phrase;
}

static void entity_init(entity *E, const mention *m, int32_t self) {
  memset(E, 0, sizeof *E);
  E->first = m->first;
  E->last = m->first + m->len - 1;
  E->actor_phrase = E->agent_phrase = DICT_NONE;
  E->group = self;
  E->next = -1;
  E->inner = -1;
  if (m->is_agent) entity_add_agent(E, m);
  else {
    E->actor = m->code;
    E->actor_phrase = m->phrase;
  }
}

/* "Lawmakers and officials in Fornost and Gondor": agents joined by "and"
 * whose last one governs actors joined by "and" ("officials in Fornost"
 * is an "agent of actor" entity) apply to every actor: the group becomes
 * each agent of each actor (FORLEG FORGOV GONLEG GONGOV), PETRARCH's
 * spreading of a compound agent over a compound actor.  Only for actors
 * that are places (three-letter codes).  Group head h;
 * members past the original ones are appended as virtual entities.
 * Returns 0, or -1 on OOM (the group is then unchanged). */
#define SPREAD_MAX 8
static int spread_agents(coder_ws *ws, int32_t h) {
  int32_t mem[SPREAD_MAX * 2];
  size_t cnt = 0, k = SIZE_MAX;
  for (int32_t j = h; j >= 0; j = ws->ent[j].next) {
    if (cnt == sizeof mem / sizeof mem[0]) return 0;
    const entity *E = &ws->ent[j];
    if (k == SIZE_MAX && E->actor && E->agent_of && (E->pre[0] || E->post[0]))
      k = cnt;
    mem[cnt++] = j;
  }
  if (k == SIZE_MAX || k == 0 || k + 1 >= cnt || k > SPREAD_MAX ||
      cnt - k > SPREAD_MAX)
    return 0;
  for (size_t j = 0; j < cnt; j++) {
    const entity *E = &ws->ent[mem[j]];
    if (j < k && (E->actor || (!E->pre[0] && !E->post[0]))) return 0;
    if (j > k && (!E->actor || E->pre[0] || E->post[0] || E->agent_of))
      return 0;
    /* only places: "the army and terrorists in Waziristan and General
     * Musharraf" does not make PAKGOVMIL */
    if (j >= k && strlen(E->actor) != 3) return 0;
  }
  size_t na = k + 1, nc = cnt - k;
  char pre[SPREAD_MAX][CODE_MAX], post[SPREAD_MAX][CODE_MAX];
  uint32_t aph[SPREAD_MAX], cph[SPREAD_MAX];
  const char *act[SPREAD_MAX];
  for (size_t j = 0; j < na; j++) {
    memcpy(pre[j], ws->ent[mem[j]].pre, CODE_MAX);
    memcpy(post[j], ws->ent[mem[j]].post, CODE_MAX);
    aph[j] = ws->ent[mem[j]].agent_phrase;
  }
  for (size_t j = 0; j < nc; j++) {
    act[j] = ws->ent[mem[k + j]].actor;
    cph[j] = ws->ent[mem[k + j]].actor_phrase;
  }
  size_t extra = na * nc - cnt;
  if (ws->n_ent + extra > ws->ent_cap) {
    size_t nc2 = ws->ent_cap ? ws->ent_cap : 32;
    while (nc2 < ws->n_ent + extra) nc2 *= 2;
    entity *p = realloc(ws->ent, nc2 * sizeof *p);
    if (p == NULL) return -1;
    ws->ent = p;
    ws->ent_cap = nc2;
  }
  const entity *L = &ws->ent[mem[cnt - 1]];
  uint32_t lf = L->first, ll = L->last;
  int32_t prev = -1;
  for (size_t c = 0, q = 0; c < nc; c++)
    for (size_t a = 0; a < na; a++, q++) {
      int32_t id;
      if (q < cnt) {
        id = mem[q];
      } else {
        id = (int32_t)ws->n_ent++;
        memset(&ws->ent[id], 0, sizeof ws->ent[id]);
        ws->ent[id].first = lf;
        ws->ent[id].last = ll;
        ws->ent[id].virt = 1;
        ws->ent[id].inner = -1;
      }
      entity *E = &ws->ent[id];
      E->actor = act[c];
      E->actor_phrase = cph[c];
      memcpy(E->pre, pre[a], CODE_MAX);
      memcpy(E->post, post[a], CODE_MAX);
      E->agent_phrase = aph[a];
      E->agent_of = 0;
      E->group = h;
      E->next = -1;
      if (prev >= 0) ws->ent[prev].next = id;
      prev = id;
    }
  ws->ent[h].has_and = 1;
  return 0;
}

/* Does the token look like a nationality adjective ("Indian", "Thai",
 * "Chinese", "British", "French") rather than a country name ("Iran",
 * "Pakistan", "Japan")? */
static int is_nationality_word(const char *w) {
  static const char *const ends[] = {"an", "i", "ese", "ish", "ch", "ic",
                                     NULL};
  static const char *const names[] = {"iran", "japan", "oman", "sudan",
                                      "jordan", "taiwan", "bhutan",
                                      "vatican", "tehran", "amman", "yemen",
                                      "haiti", "mali", "malawi", "brunei",
                                      "burundi", "djibouti", "fiji", NULL};
  size_t l = strlen(w);
  if (l < 4) return 0;
  for (const char *const *p = names; *p; p++)
    if (streq(w, *p)) return 0;
  if (l > 4 && streq(w + l - 4, "stan")) return 0;
  for (const char *const *p = ends; *p; p++) {
    size_t el = strlen(*p);
    if (l > el && streq(w + l - el, *p)) return 1;
  }
  return 0;
}

/* "Indian and Pakistani troops", "Ukrainian and American officials",
 * "Indian and U.S. troops": the
 * agent noun after the last of coordinated nationality adjectives is
 * shared by all of them (INDMIL PAKMIL).  Group head h; members that are
 * a bare one-word country actor standing right before "and" or "," take
 * the agents of the group's last member when that member is a country
 * adjective followed by its agents in one noun phrase. */
/* Is token k a word that modifies a noun as a nationality adjective
 * does: such an adjective ("Indian") or a capitals abbreviation of a
 * country ("U.S.", "UK")? */
static int country_modifier(const coder_ws *ws, size_t k) {
  return is_nationality_word(ws->toks[k]) ||
         (ws->tag.tok[k].flags & TAG_F_ALLCAP) ||
         ((ws->tag.tok[k].flags & TAG_F_CAP) &&
          strchr(ws->toks[k], '.') != NULL);
}

static void share_adjective_agents(coder_ws *ws, int32_t h) {
  int32_t last = h;
  while (ws->ent[last].next >= 0) last = ws->ent[last].next;
  const entity *L = &ws->ent[last];
  if (last == h || L->virt || L->actor == NULL || strlen(L->actor) != 3 ||
      L->pre[0] || !L->post[0] || L->agent_of || L->last == L->first ||
      !country_modifier(ws, L->first))
    return;
  /* the agent comes right after the adjective: "Pakistani troops",
   * "Pakistani foreign secretaries" (lowercase adjectives of the agent
   * between, but not one that changes who the title names: "the US
   * former president" is not the US president) */
  size_t ai = L->first + 1;
  while (ai < L->last && tag_is_adj(ws->tag.tok[ai].pos) &&
         !(ws->tag.tok[ai].flags & (TAG_F_CAP | TAG_F_ALLCAP)) &&
         !is_rank_adjective(ws->toks[ai]))
    ai++;
  const tag_token *A = &ws->tag.tok[ai];
  if (!tag_is_noun(A->pos) || (A->flags & (TAG_F_CAP | TAG_F_ALLCAP)))
    return;
  for (int32_t k = h; k != last; k = ws->ent[k].next) {
    entity *E = &ws->ent[k];
    if (E->virt || E->actor == NULL || strlen(E->actor) != 3 || E->pre[0] ||
        E->post[0] || E->first != E->last ||
        !country_modifier(ws, E->first))
      return;
    const char *nx = ws->toks[E->last + 1];
    if (!streq(nx, "and") && !streq(nx, "or") && !streq(nx, ","))
      return;
  }
  for (int32_t k = h; k != last; k = ws->ent[k].next) {
    memcpy(ws->ent[k].post, L->post, CODE_MAX);
    ws->ent[k].agent_phrase = L->agent_phrase;
  }
}

/* "After two days of talks in Washington, Israel and Syria agreed",
 * "Visiting Beijing, Putin and Jiang declared": is the comma at token c
 * the end of an adjunct that opens the sentence (a preposition or a
 * participle at token 0 and no verb group after it before c)?  An actor
 * that ends such an adjunct is no first member of a list after the
 * comma. */
static int opener_comma(const coder_ws *ws, size_t c) {
  const tag_token *T = ws->tag.tok;
  if (c < 2 || c >= ws->tag.n ||
      !(T[0].pos == TAG_IN || T[0].pos == TAG_VBG || T[0].pos == TAG_VBN))
    return 0;
  /* ", the Turkish president": the comma before the determiners and
   * adjectives of the mention's noun phrase */
  while (c > 2 && !streq(ws->toks[c], ",") &&
         (T[c].pos == TAG_DT || tag_is_adj(T[c].pos)))
    c--;
  /* "Around 500 migrants from Iran, Morocco and Algeria": a number's
   * modifier, no adjunct */
  if (T[1].pos == TAG_CD &&
      (streq(ws->toks[0], "around") || streq(ws->toks[0], "about") ||
       streq(ws->toks[0], "over") || streq(ws->toks[0], "under")))
    return 0;
  for (size_t k = 1; k < c; k++) {
    if (T[k].chunk == TAG_CH_VG) return 0;
    if (!streq(ws->toks[k], ",")) continue;
    /* "Following talks in Istanbul, Turkey, the two governments": the
     * country of a place, in apposition, still ends the adjunct (not
     * when a name follows it: "In Osaka, Argentina, Brazil and Chile"
     * is a list) */
    size_t q = k + 1;
    while (q < c && (T[q].pos == TAG_NNP || T[q].pos == TAG_NNPS)) q++;
    if (q == k + 1 || q > c || !streq(ws->toks[q], ",") ||
        q + 1 >= ws->tag.n || T[q + 1].pos == TAG_NNP ||
        T[q + 1].pos == TAG_NNPS)
      return 0;
    k = q;
  }
  return 1;
}

/* "Russia attacked Ukraine and France criticized Belarus": does mention
 * m, the next conjunct of a group opening at token gf, start a new clause
 * instead?  Yes when a finite verb follows m and the group is the direct
 * object of a finite verb that is no speech verb ("said Russia and France
 * criticized" keeps the compound subject). */
static int clause_after_object(const coder_ws *ws, size_t gf,
                               const mention *m) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = m->first + m->len;
  while (k < n && T[k].pos == TAG_RB) k++;
  if (k >= n || !(T[k].pos == TAG_VBD || T[k].pos == TAG_VBZ ||
                  T[k].pos == TAG_VBP))
    return 0;
  while (gf > 0 && (T[gf - 1].pos == TAG_DT || tag_is_adj(T[gf - 1].pos) ||
                    T[gf - 1].pos == TAG_PRPS || T[gf - 1].pos == TAG_CD))
    gf--;
  if (gf == 0) return 0;
  /* verbs that take a clause ("believes Dagolath and Osgiliath can") */
  static const char *const clause_verbs[] = {
      "believe", "think", "expect", "hope", "fear", "know", "suspect",
      "feel", "claim", "insist", "warn", "argue", "assume", "doubt", NULL};
  unsigned p = T[gf - 1].pos;
  const char *l = tag_lemma(&ws->tag, gf - 1);
  for (const char *const *c = clause_verbs; *c; c++)
    if (streq(l, *c)) return 0;
  return (p == TAG_VBD || p == TAG_VBZ || p == TAG_VBP) && !is_speech_verb(l);
}

/* "the parliament of Gondor" is one entity (GONLEG) but two noun phrases:
 * each "agent of actor" entity alone in its group gets a virtual entity
 * of the actor alone (ent[i].inner), which a pattern slot may take once
 * '^' has skipped the agent's noun phrase (pattern.c).  Virtual entities
 * own no tokens and head groups of their own.  0, or -1 on OOM. */
static int add_inner_actors(coder_ws *ws) {
  size_t n0 = ws->n_ent;
  for (size_t i = 0; i < n0; i++) {
    const entity *E = &ws->ent[i];
    /* a null-coded actor ("---": a sea, a place) names no participant */
    if (!E->agent_of || E->virt || E->actor == NULL || E->next >= 0 ||
        E->group != (int32_t)i || E->actor_phrase == DICT_NONE ||
        streq(E->actor, "---"))
      continue;
    /* the actor's tokens: after the last "of" inside the entity */
    uint32_t f = E->last;
    while (f > E->first && !streq(ws->toks[f - 1], "of")) f--;
    if (f <= E->first) continue;
    if (grow((void **)&ws->ent, &ws->ent_cap, ws->n_ent, sizeof *ws->ent))
      return -1;
    E = &ws->ent[i];
    int32_t self = (int32_t)ws->n_ent++;
    entity *V = &ws->ent[self];
    memset(V, 0, sizeof *V);
    V->first = f;
    V->last = E->last;
    V->actor = E->actor;
    V->actor_phrase = E->actor_phrase;
    V->agent_phrase = DICT_NONE;
    V->group = self;
    V->next = -1;
    V->inner = -1;
    V->virt = 1;
    ws->ent[i].inner = self;
  }
  return 0;
}

/* Is the actor code a place's (a country or a city coded to its
 * country: three capitals, no organisation)? */
static int place_code(const char *a) {
  if (a == NULL || strlen(a) != 3) return 0;
  for (int i = 0; i < 3; i++)
    if (a[i] < 'A' || a[i] > 'Z') return 0;
  return strncmp(a, "IGO", 3) && strncmp(a, "NGO", 3) && strncmp(a, "IMG", 3) &&
         strncmp(a, "MNC", 3);
}

/* Nouns naming a part of a place ("the south of Afghanistan", "the
 * outskirts of Kabul", "the city of Baqouba"). */
static int is_place_part(const char *w) {
  static const char *const v[] = {
      "north", "south", "east", "west", "northeast", "northwest", "southeast",
      "southwest", "centre", "center", "outskirts", "suburbs", "suburb",
      "city", "town", "village", "province", "region", "district", "capital",
      "part", "parts", "area", "areas", "heart", "coast", "border", NULL};
  return word_in_list(w, v);
}

/* Is w a compass direction ("south", "northwest", "south-east")? */
static int is_compass(const char *w) {
  static const char *const v[] = {
      "north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east",
      "south-west", NULL};
  return word_in_list(w, v);
}

/* Is lemma that of a verb of meeting, speaking or travelling ("met in
 * Cairo", "said in Washington", "arrived in Kabul"), whose place is where
 * people come together, not where they belong? */
static int meeting_verb(const char *lemma) {
  static const char *const v[] = {
      "meet", "hold", "host", "gather", "attend", "visit", "arrive",
      "sign", "talk", "negotiate", "discuss", "speak", "address",
      "convene", "travel", "fly", "land", "return", "stop", "stay",
      "confer", "open", "close", "conclude", "end", "begin", "start",
      "resume", "sit", "join", "reach", NULL};
  return is_speech_verb(lemma) || word_in_list(lemma, v);
}

/* Does a locative preposition (in, at, near, ...) govern the noun phrase
 * starting at token f, directly or through "the south of", "the
 * outskirts of"?  0 no; 3 when the place is where the act's parties come
 * together (after a meeting noun, "talks in Cairo", or a verb of
 * meeting, speaking or travelling, "met in Cairo", meeting_verb); 2 when
 * it is otherwise the venue of the act (after another verb, an adverb, a
 * comma, or opening the sentence, "protested in Lima", "In Lima, ...");
 * 1 otherwise. */
static int locative_before(const coder_ws *ws, size_t f) {
  static const char *const v[] = {"in",     "at",     "near",    "across",
                                  "outside", "inside", "throughout", "through",
                                  "around", "within", NULL};
  const tag_token *T = ws->tag.tok;
  size_t k = f;
  int streets = 0;
  for (int hops = 0; hops < 3; hops++) {
    while (k > 0 && (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
                     T[k - 1].pos == TAG_CD))
      k--;
    /* "a train south of Colombo", "20 km north of Kabul": a compass
     * word with no determiner before it (not "the south of Afghanistan",
     * "Iraq's north of X") makes a location of what follows "of" */
    if (k >= 2 && ws->toks[k - 1][0] == 'o' && streq(ws->toks[k - 1], "of") &&
        ws->ent_at[k - 2] < 0 && is_compass(ws->toks[k - 2])) {
      size_t j = k - 2;
      while (j > 0 && (tag_is_adj(T[j - 1].pos) || T[j - 1].pos == TAG_RB))
        j--;
      if (j == 0 || (T[j - 1].pos != TAG_DT && T[j - 1].pos != TAG_PRPS &&
                     T[j - 1].type != TAG_T_POSSESSIVE))
        return 1;
    }
    if (k >= 3 && streq(ws->toks[k - 1], "of") && ws->ent_at[k - 2] < 0 &&
        is_place_part(ws->toks[k - 2])) {
      k -= 2;
      continue;
    }
    /* "took to the streets of Cairo", "poured onto the streets of
     * Tehran": the streets are where the act happens */
    if (k >= 3 && streq(ws->toks[k - 1], "of") && ws->ent_at[k - 2] < 0 &&
        (streq(ws->toks[k - 2], "streets") || streq(ws->toks[k - 2], "street"))) {
      k -= 2;
      streets = 1;
      continue;
    }
    break;
  }
  if (streets) {
    while (k > 0 && T[k - 1].pos == TAG_DT) k--;
    if (k > 0 && (streq(ws->toks[k - 1], "to") || streq(ws->toks[k - 1], "onto") ||
                  streq(ws->toks[k - 1], "into")))
      return 2;
  }
  if (k == 0) return 0;
  /* "people in Mozambique", "Iranians in Moldova": the place names a
   * population, which can be a participant */
  static const char *const folk[] = {
      "people", "residents", "civilians", "citizens", "population",
      "villagers", "inhabitants", "nationals", "communities", NULL};
  if (k >= 2 && word_in_list(ws->toks[k - 2], folk)) return 0;
  if (!word_in_list(ws->toks[k - 1], v)) return 0;
  /* "fired rockets at Israel", "missiles aimed at Japan": the target
   * of a shot, not a location (so "militants fired rockets at Israel"
   * are no Israeli militants) */
  static const char *const aim[] = {
      "aimed", "directed", "fired", "firing", "rockets", "rocket",
      "missiles", "missile", "mortars", "shells", "stones", "rocks",
      "launched", "hurled", NULL};
  if (k >= 2 && streq(ws->toks[k - 1], "at"))
    for (const char *const *p = aim; *p; p++)
      if (streq(ws->toks[k - 2], *p)) return 0;
  /* a venue: the place of the act itself ("said in Cairo", "a news
   * conference in Chile", "In Tbilisi, ..."), not of a thing talked
   * about ("the crisis in Darfur") */
  static const char *const venue[] = {
      "conference", "conferences", "summit", "summits", "meeting",
      "meetings", "talks", "rally", "speech", "address", "ceremony",
      "session", "forum", "visit", "congress", "convention", "gathering",
      "interview", "event", NULL};
  if (k < 2) return 2;
  const tag_token *b = &T[k - 2];
  if (word_in_list(ws->toks[k - 2], venue)) return 3;
  if (tag_is_verb(b->pos) || b->chunk == TAG_CH_VG)
    return meeting_verb(ws->tag.buf + b->lemma) ? 3 : 2;
  if (b->pos == TAG_RB || b->type == TAG_T_PUNCT) return 2;
  return 1;
}

/* A place entity: an actor alone with a place code. */
static int place_entity(const entity *E) {
  return !E->virt && E->actor && !E->pre[0] && !E->post[0] && !E->agent_of &&
         place_code(E->actor);
}

/* "protesters in Istanbul": an "agent in PLACE" entity, which names
 * the place of the event as a location does. */
static int agent_in_place(const coder_ws *ws, const entity *E) {
  if (!E->agent_of || E->virt || !place_code(E->actor)) return 0;
  for (uint32_t k = E->first; k < E->last; k++)
    if (streq(ws->toks[k], "in")) return 1;
  return 0;
}

/* Does the sentence open with an adjunct that the comma at token c
 * closes: a first word that is a preposition, an adverb, a participle,
 * "to" or "due" ("In response,", "Shortly after bombing ...,", "Following
 * an outbreak ...,", "Due to bird flu ...,") and no finite verb before
 * c, or a subordinating conjunction, whose clause has its own finite verb
 * ("As its warships held exercises near Taiwan,", "While talks went on in
 * Geneva,")? */
static int adjunct_opens(const coder_ws *ws, size_t c) {
  static const char *const sub[] = {"as", "while", "when", "after",
                                    "before", "since", "although",
                                    "though", "because", "once", "until",
                                    NULL};
  const tag_token *T = ws->tag.tok;
  if (c < 2 || c >= ws->tag.n) return 0;
  for (const char *const *w = sub; *w; w++)
    if (streq(ws->toks[0], *w)) return 1;
  if (!(T[0].pos == TAG_IN || T[0].pos == TAG_RB || T[0].pos == TAG_VBG ||
        T[0].pos == TAG_TO || streq(ws->toks[0], "due")))
    return 0;
  for (size_t k = 1; k < c; k++)
    if (tag_is_finite(T[k].pos)) return 0;
  return 1;
}

/* Marks the locations (entity.place): groups of places after a locative
 * preposition, and a place in apposition to one ("in Cape Town, South
 * Africa", "in Niamey, Niger's capital", "in Borno State, Nigeria" when
 * Borno State is no dictionary entry); then sets ws->place_country to
 * their one country when every other actor of the sentence is of that
 * country too. */
static void mark_places(coder_ws *ws) {
  ws->place_country[0] = '\0';
  for (size_t i = 0; i < ws->n_ent; i++) ws->ent[i].place = 0;
  for (size_t i = 0; i < ws->n_ent; i++) {
    entity *H = &ws->ent[i];
    if (H->group != (int32_t)i || H->virt) continue;
    int all = 1;
    for (int32_t k = (int32_t)i; k >= 0 && all; k = ws->ent[k].next)
      all = place_entity(&ws->ent[k]);
    if (!all) continue;
    int loc = locative_before(ws, H->first);
    /* "In response, Brazil recalls its ambassador", "Due to bird flu in
     * Oregon, South Korea suspends imports": after a comma that closes
     * an adjunct opening the sentence, a state right before a finite
     * verb is the subject, no apposition (but "A fire in Brooklyn, New
     * York kills seven": the place is inside the subject) */
    size_t hl = group_last(ws, (int32_t)i);
    int subj = hl + 1 < ws->tag.n && tag_is_finite(ws->tag.tok[hl + 1].pos) &&
               H->first >= 2 && streq(ws->toks[H->first - 1], ",") &&
               adjunct_opens(ws, H->first - 1);
    /* apposition: ", PLACE" right after a location */
    if (!loc && !subj && H->next < 0 && H->first >= 2 &&
        streq(ws->toks[H->first - 1], ",") && ws->ent_at[H->first - 2] >= 0 &&
        ws->ent[ws->ent_at[H->first - 2]].place)
      loc = ws->ent[ws->ent_at[H->first - 2]].place;
    /* ... or to a place the dictionary does not know ("in Borno State,
     * Nigeria", "in Somalia's capital city, Mogadishu") */
    if (!loc && !subj && H->next < 0 && H->first >= 3 &&
        streq(ws->toks[H->first - 1], ",") && ws->ent_at[H->first - 2] < 0 &&
        (ws->tag.tok[H->first - 2].pos == TAG_NNP ||
         ws->tag.tok[H->first - 2].pos == TAG_NN)) {
      size_t q = H->first - 2;
      /* "in Bamba, Gao, Mali", "in Loikaw, Kayah State, Myanmar": up to
       * two names the dictionary does not know, each after a comma */
      for (int hop = 0; hop < 2 && !loc; hop++) {
        while (q > 0 && (tag_is_noun(ws->tag.tok[q - 1].pos) ||
                         ws->tag.tok[q - 1].type == TAG_T_POSSESSIVE ||
                         ws->ent_at[q - 1] >= 0))
          q--;
        loc = locative_before(ws, q);
        if (loc || q < 3 || !streq(ws->toks[q - 1], ",") ||
            ws->ent_at[q - 2] >= 0 || ws->tag.tok[q - 2].pos != TAG_NNP)
          break;
        q -= 2;
      }
    }
    if (!loc) continue;
    /* "ambushed a convoy near the Iraqi border": a country that names
     * the border the act is near is as often the neighbour across it
     * (not so "the Syrian border town of Kobani") */
    {
      size_t b = group_last(ws, (int32_t)i) + 1, n = ws->tag.n;
      if (b < n && (streq(ws->toks[b], "border") ||
                    streq(ws->toks[b], "frontier")) &&
          (b + 1 >= n || !tag_is_noun(ws->tag.tok[b + 1].pos)))
        continue;
    }
    /* "killed in a U.S. drone strike in Pakistan": an actor modifying a
     * noun of attack is the attacker, not where it happens */
    if (role_attack_modifier(ws, (int32_t)i)) continue;
    for (int32_t k = (int32_t)i; k >= 0; k = ws->ent[k].next)
      ws->ent[k].place = (uint8_t)loc;
  }
  const char *c = NULL;
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (!E->place && !agent_in_place(ws, E)) continue;
    if (c && strncmp(c, E->actor, 3) != 0) return;
    c = E->actor;
  }
  if (c == NULL) return;
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (E->place || E->actor == NULL || streq(E->actor, "---") ||
        E->virt)
      continue;
    if (strlen(E->actor) < 3 || strncmp(E->actor, c, 3) != 0) return;
  }
  memcpy(ws->place_country, c, 3);
  ws->place_country[3] = '\0';
}

/* Does the actor or agent code name a military (XXXMIL..., an agent
 * MIL)? */
static int military_code(const char *a) {
  size_t l = strlen(a);
  for (size_t k = 0; k + 3 <= l; k += 3)
    if (memcmp(a + k, "MIL", 3) == 0) return 1;
  return 0;
}

/* Is state entity E, named as a whole, the maker of a military act
 * written right after it ("Russian attacks on civilians", "Turkish
 * airstrikes", "a U.S. missile strike", "United States strikes on drug
 * traffickers")?  It is then the other party of the act, whose country
 * the agents it strikes do not take (sentence_country). */
static int state_strikes(const coder_ws *ws, const entity *E) {
  static const char *const acts[] = {
      "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
      "shelling", "bombardment", "bombardments", "bombing", "bombings",
      "raid", "raids", "offensive", NULL};
  static const char *const means[] = {
      "air", "drone", "missile", "rocket", "artillery", "military", NULL};
  size_t j = E->last + 1;
  if (E->actor == NULL || strlen(E->actor) != 3 || E->pre[0] || E->post[0] ||
      j >= ws->tag.n)
    return 0;
  for (const char *const *p = means; *p && j + 1 < ws->tag.n; p++)
    if (streq(ws->toks[j], *p)) {
      j++;
      break;
    }
  /* "French RAID and BRI police units": a unit's name, no act */
  if (ws->tag.tok[j].flags & TAG_F_ALLCAP) return 0;
  return word_in_list(ws->toks[j], acts);
}

/* Is fire exchanged at token k ("Israel said it exchanged fire with
 * militants", "traded fire")?  Two armed sides fight: a military is at
 * work, whether or not the sentence names soldiers
 * (mark_sentence_country). */
static int fire_exchanged(const coder_ws *ws, size_t k) {
  return k + 1 < ws->tag.n && streq(ws->toks[k + 1], "fire") &&
         (streq(ws->toks[k], "exchanged") || streq(ws->toks[k], "exchange") ||
          streq(ws->toks[k], "exchanging") || streq(ws->toks[k], "traded") ||
          streq(ws->toks[k], "trade") || streq(ws->toks[k], "trading"));
}

/* Marks what the sentence's entities say of where it happens:
 *   - ws->loc_country: the one country that its locations name (place
 *     entities, "met in Cairo", and agents in a place, "protesters in
 *     Istanbul"), "" when they name none or several;
 *   - ws->loc_venue: one of those locations is a venue (place 2 or 3);
 *   - ws->loc_meeting: one is a venue where parties meet (place 3);
 *   - ws->sent_mil: any actor or agent of the sentence is a military
 *     (an agent MIL before or after its actor, or MIL in the actor code
 *     past its country), or fire is exchanged (fire_exchanged);
 *   - ws->loc_unknown: "in", "at" or "near" comes before a capitalised
 *     proper noun that is no entity and no month or weekday ("arrested
 *     students in Moscow" with no entry for Moscow). */
static void mark_sentence_country(coder_ws *ws) {
  const char *pc = NULL;
  int pmany = 0;
  ws->loc_country[0] = '\0';
  ws->sent_mil = ws->loc_venue = ws->loc_meeting = 0;
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (military_code(E->pre) || military_code(E->post) ||
        (E->actor && strlen(E->actor) > 3 && military_code(E->actor + 3)))
      ws->sent_mil = 1;
    if (E->actor == NULL || !mention_country_code(E->actor) ||
        !(E->place || agent_in_place(ws, E)))
      continue;
    if (strchr(E->actor, '/') || (pc && strncmp(pc, E->actor, 3) != 0))
      pmany = 1;
    pc = E->actor;
    if (E->place >= 2) ws->loc_venue = 1;
    if (E->place == 3) ws->loc_meeting = 1;
  }
  for (size_t k = 0; k < ws->tag.n && !ws->sent_mil; k++)
    ws->sent_mil = fire_exchanged(ws, k);
  if (pc != NULL && !pmany) {
    memcpy(ws->loc_country, pc, 3);
    ws->loc_country[3] = '\0';
  }
  /* "arrested students in Moscow" with no entry for Moscow: a place the
   * dictionary does not know, which may lie in another country */
  static const char *const when[] = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      NULL};
  ws->loc_unknown = 0;
  const tag_token *T = ws->tag.tok;
  for (size_t k = 1; k < ws->tag.n && !ws->loc_unknown; k++) {
    if (T[k].pos != TAG_NNP || !(T[k].flags & TAG_F_CAP) ||
        ws->ent_at[k] >= 0 ||
        !(streq(ws->toks[k - 1], "in") || streq(ws->toks[k - 1], "at") ||
          streq(ws->toks[k - 1], "near")))
      continue;
    ws->loc_unknown = !word_in_list(ws->toks[k], when);
  }
}

/* The one country that the actors of the sentence other than its
 * locations name for agent-only entity A, into out (4 bytes); 0 when they
 * name none or several, or when a location names another.  A state named
 * as a whole ("Pakistan") counts only before A or as an owner ("Russia's
 * war"): "Cuba released three dissidents" are Cuba's, "officials
 * criticized Pakistan" need not be.
 * Not counted: media named by their own actor code ("the BBC",
 * GBRMED), missions abroad ("the German ambassador"), a country that
 * only completes an abstract noun ("the territorial integrity of
 * Ukraine"), and with skip_armed the armed ("Russian forces shelled
 * Kharkiv, killing ten civilians": the victims are of the other side).
 * A country's media as an agent ("Burmese state media say
 * rebels in the northeast killed ...", IRN + MED) do count: they mostly
 * report on their own country (dropping them changed 9 events of the
 * Wikipedia current events, 4 better and 5 worse, so they stay). */
/* Is entity E armed: a military or an armed group by its agent or its
 * actor code (MIL, REB, INS, SEP, UAF; IMG groups)? */
static int armed_entity(const entity *E) {
  static const char armed[] = "REB" "INS" "SEP" "UAF";
  if (military_code(E->pre) || military_code(E->post) ||
      sector_in(E->post, armed))
    return 1;
  if (E->actor == NULL) return 0;
  if (strncmp(E->actor, "IMG", 3) == 0) return 1;
  return strlen(E->actor) >= 6 &&
         (military_code(E->actor + 3) || sector_in(E->actor + 3, armed));
}

/* Do actor codes a and b name one state by their first three letters,
 * counting Yugoslavia (YUG) and Serbia and Montenegro (SCG) as Serbia
 * (SRB), whose capital they shared ("students marched in Belgrade",
 * Belgrade coded YUG until 2003, "the government of Slobodan Milosevic",
 * SRBGOV in 1996)? */
int mention_same_state(const char *a, const char *b) {
  static const char *const serbia[] = {"SRB", "YUG", "SCG", NULL};
  if (strncmp(a, b, 3) == 0) return 1;
  int ia = 0, ib = 0;
  for (const char *const *p = serbia; *p; p++) {
    ia |= strncmp(a, *p, 3) == 0;
    ib |= strncmp(b, *p, 3) == 0;
  }
  return ia && ib;
}

#define SC_SKIP_ARMED 1   /* sentence_country: not the armed */
#define SC_ANY_PLACE 2    /* ... whatever country the places name */
static int sentence_country(const coder_ws *ws, const entity *A, char *out,
                            int flags) {
  int skip_armed = flags & SC_SKIP_ARMED;
  const tag_token *T = ws->tag.tok;
  const char *c = NULL;
  for (size_t i = 0; i < ws->n_ent; i++) {
    const entity *E = &ws->ent[i];
    if (E == A || E->actor == NULL || !mention_country_code(E->actor) ||
        E->place || agent_in_place(ws, E) || (skip_armed && armed_entity(E)))
      continue;
    /* the actor code only: a country's actor with the agent MED after it
     * ("Iranian state media") still counts (see above) */
    if (mention_code_media(E->actor)) continue;
    size_t al = strlen(E->actor);
    /* ... but "Russia's war" after it owns something, and counts */
    if (al == 3 && !E->post[0] && E->first > A->first &&
        !(E->last + 1 < ws->tag.n &&
          T[E->last + 1].type == TAG_T_POSSESSIVE))
      continue;
    if (mention_abroad_word(ws->toks[E->last])) continue;
    /* "Russian attacks on civilians", "Turkish airstrikes kill five
     * civilians": the state that strikes is the other party */
    if (state_strikes(ws, E)) continue;
    size_t f = E->first;
    while (f > 0 && (T[f - 1].pos == TAG_DT || tag_is_adj(T[f - 1].pos)))
      f--;
    if (f >= 2 && streq(ws->toks[f - 1], "of") && ws->ent_at[f - 2] < 0 &&
        (streq(ws->toks[f - 2], "integrity") ||
         streq(ws->toks[f - 2], "sovereignty") ||
         streq(ws->toks[f - 2], "independence") ||
         streq(ws->toks[f - 2], "unity")))
      continue;
    if (strchr(E->actor, '/') || (c && strncmp(c, E->actor, 3) != 0)) return 0;
    c = E->actor;
  }
  if (c == NULL) return 0;
  /* "rebels seized the Japanese ambassador's residence in Lima": the
   * place's country and the actors' disagree, trust neither */
  for (size_t i = 0; i < ws->n_ent && !(flags & SC_ANY_PLACE); i++) {
    const entity *E = &ws->ent[i];
    if (E->actor && mention_country_code(E->actor) && E->place &&
        !mention_same_state(E->actor, c))
      return 0;
  }
  memcpy(out, c, 3);
  out[3] = '\0';
  return 1;
}

/* "the prosecutor general's office of Tajikistan": an agent noun ending
 * at token last, its possessive, one or two common nouns of its own (an
 * office, a ministry) and "of" (articles or adjectives may follow) up to
 * the actor at token b: the agent is the actor's, as with "of". */
static int possessed_of(const coder_ws *ws, size_t last, size_t b) {
  const tag_token *T = ws->tag.tok;
  size_t k = last + 1;
  if (k + 3 > b || T[k].type != TAG_T_POSSESSIVE) return 0;
  k++;
  size_t h = k;
  while (k < b && k < h + 2 && (T[k].pos == TAG_NN || T[k].pos == TAG_NNS) &&
         !(T[k].flags & TAG_F_CAP))
    k++;
  if (k == h || k >= b || !streq(ws->toks[k], "of")) return 0;
  for (k++; k < b; k++)
    if (!(T[k].pos == TAG_DT || tag_is_adj(T[k].pos))) return 0;
  return 1;
}

/* "during his visit to mediate between the U.S. and Iran, Japanese PM
 * Shinzo Abe asked Iran": a list closed by "and" (group head H) takes
 * no further member after a comma; a mention m there right before a
 * finite verb (past the rest of its noun phrase) is the subject of a
 * clause of its own (lists run "A, B and C", not "A and B, C"). */
static int subject_after_list(const coder_ws *ws, const entity *H,
                              const mention *m) {
  size_t k = m->first + m->len;
  if (!H->has_and || k >= ws->tag.n) return 0;
  /* the rest of m's noun phrase ("Japanese PM Shinzo Abe") */
  while (k + 1 < ws->tag.n && k < m->first + 8 &&
         (tag_is_noun(ws->tag.tok[k].pos) || tag_is_adj(ws->tag.tok[k].pos)))
    k++;
  while (k + 1 < ws->tag.n && ws->tag.tok[k].pos == TAG_RB) k++;
  unsigned p = ws->tag.tok[k].pos;
  /* (not an attribution closing the sentence: "talks with Washington
   * and London, President George W. Bush said") */
  return (p == TAG_VBD || p == TAG_VBZ || p == TAG_VBP) &&
         !is_speech_verb(tag_lemma(&ws->tag, k));
}

/* "the leader of the rebels", "a commander of the militant group",
 * "the head of the opposition party": a bare leader's title (an agent
 * alone in entity E, one token: leader, head, chief or commander, with
 * no country of its own) before "of" and an agent mention m of a
 * group that is no state's body (REB, OPP, INS, SEP, RAD) leads that
 * group: the entity takes the group's sector, not the title's own
 * (GOV, MIL) - a rebel leader killed by troops is no government. */
static int group_leader(const coder_ws *ws, const entity *E,
                        const mention *m) {
  static const char *const heads[] = {
      "leader", "leaders", "head", "heads", "chief", "chiefs",
      "commander", "commanders", NULL};
  if (E->actor != NULL || E->pre[0] || !m->is_agent ||
      m->agent_mode == DICT_AGENT_SUFFIX || E->first != E->last ||
      strlen(m->code) != 3 || !sector_in(m->code, "REBOPPINSSEPRAD"))
    return 0;
  const char *const *p = heads;
  while (*p && !streq(ws->toks[E->last], *p)) p++;
  return *p != NULL;
}

/* Is entity E a bare country code (a place: "YEM", not "YEMGOV") with
 * no agent? */
static int bare_place(const entity *E) {
  return !E->virt && E->actor != NULL && strlen(E->actor) == 3 &&
         strcmp(E->actor, "---") != 0 && !E->pre[0] && !E->post[0] &&
         E->next < 0;
}

/* "Tahrir Square in the Yemeni capital Sana'a", "Baghdad's Tahrir
 * Square": a landmark of several capitalized words that the dictionary
 * gives one country is in the place the sentence says it is in, a
 * different country's place right after its "in" (past "the") or its
 * owner before "'s".  The landmark takes that place's country. */
static void landmark_country(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  for (size_t i = 0; i < ws->n_ent; i++) {
    entity *X = &ws->ent[i];
    if (!bare_place(X) || X->last == X->first) continue;
    int caps = 1;
    for (size_t k = X->first; k <= X->last; k++)
      if (!(T[k].flags & TAG_F_CAP)) caps = 0;
    if (!caps) continue;
    const entity *Y = NULL;
    size_t q = X->last + 1;
    /* "in the Yemeni capital", "in the Iraqi city of Mosul": a place
     * named as one ("South Korea in Pyongyang" is a country, no
     * landmark) */
    if (q + 2 < n && streq(ws->toks[q], "in") &&
        streq(ws->toks[q + 1], "the")) {
      q += 2;
      if (ws->ent_at[q] >= 0 && ws->ent[ws->ent_at[q]].first == q) {
        static const char *const pn[] = {"capital", "city", "town",
                                         "village", "province", "region",
                                         NULL};
        const entity *C = &ws->ent[ws->ent_at[q]];
        for (size_t k = C->first; k <= C->last + 1 && k < n; k++)
          for (const char *const *w = pn; *w; w++)
            if (streq(ws->toks[k], *w)) Y = C;
      }
    }
    if (Y == NULL && X->first >= 2 &&
        T[X->first - 1].type == TAG_T_POSSESSIVE &&
        ws->ent_at[X->first - 2] >= 0)
      Y = &ws->ent[ws->ent_at[X->first - 2]];
    if (Y == NULL || Y == X || !bare_place(Y) ||
        strcmp(Y->actor, X->actor) == 0)
      continue;
    /* the place ends its noun phrase ("in U.S. led sanctions" names no
     * place) */
    if (Y->first > X->last && Y->last + 1 < n &&
        (tag_is_noun(T[Y->last + 1].pos) || tag_is_adj(T[Y->last + 1].pos) ||
         tag_is_verb(T[Y->last + 1].pos) || streq(ws->toks[Y->last + 1], "-")))
      continue;
    X->actor = Y->actor;
    X->actor_phrase = Y->actor_phrase;
  }
}

/* Builds entities and compound groups from the mentions.  0 or -1. */
int mention_build_entities(coder_ws *ws) {
  ws->n_ent = 0;
  int32_t last_member = -1;  /* last entity of the current group */
  for (size_t mi = 0; mi < ws->n_ment; mi++) {
    const mention *m = &ws->ment[mi];
    if (ws->n_ent > 0) {
      entity *E = &ws->ent[ws->n_ent - 1];
      int g = gap_kind(ws, E->last + 1, m->first);
      /* "a spokesman for Hamas", "troops loyal to President Laurent
       * Kabila" (a title before the actor, as below) */
      if (g == GAP_OTHER && E->actor == NULL &&
          (!m->is_agent ||
           (mi + 1 < ws->n_ment && !ws->ment[mi + 1].is_agent &&
            gap_kind(ws, m->first + m->len, ws->ment[mi + 1].first) ==
                GAP_NP)) &&
          speaks_for(ws, E->last, m->first))
        g = GAP_OF;
      /* (not an actor that only qualifies a noun after it: "the
       * Western media's coverage of the Philippine Drug War") */
      if (g == GAP_OTHER && E->actor == NULL && !m->is_agent &&
          possessed_of(ws, E->last, m->first) &&
          (m->first + m->len >= ws->tag.n ||
           !tag_is_noun(ws->tag.tok[m->first + m->len].pos)))
        g = GAP_OF;
      if (g == GAP_NP) {
        /* one actor per noun phrase: the first ("Bree Prime Minister
         * Romendacil" is BREGOV) */
        if (m->is_agent) entity_add_agent(E, m);
        else if (E->actor == NULL ||
                 /* "Kurdish rebel leader Abdullah Ocalan": a group the
                  * dictionary gives no state (null code) yields to an
                  * actor of its noun phrase */
                 streq(E->actor, "---") ||
                 /* "Russian counterpart Sergei Lavrov": a person of the
                  * same country wins over the bare country (role.c's
                  * owner: real-news fix 12) */
                 (strlen(E->actor) == 3 && strlen(m->code) > 3 &&
                  strncmp(m->code, E->actor, 3) == 0 && !strchr(m->code, '/'))) {
          E->actor = m->code;
          E->actor_phrase = m->phrase;
        } else if (strlen(E->actor) == 3 && strncmp(m->code, E->actor, 3) &&
                   (m->first == E->last + 1 ||
                    /* "Nepal's Maoist rebels": a possessive before a
                     * description (lower-case head) of another state's
                     * group; not before a proper name ("Uganda's
                     * People's Defence Force", the owner's own body) */
                    (m->first == E->last + 2 &&
                     ws->tag.tok[E->last + 1].type == TAG_T_POSSESSIVE &&
                     !(ws->tag.tok[m->first + m->len - 1].flags &
                       TAG_F_CAP))))
          entity_take_group_sector(E, m->code);
        E->last = m->first + m->len - 1;
        continue;
      }
      if (g == GAP_OF && E->actor == NULL && !m->is_agent &&
          !mention_owned_by_pronoun(ws, E->first)) {
        E->actor = m->code;
        E->actor_phrase = m->phrase;
        E->agent_of = 1;
        E->last = m->first + m->len - 1;
        continue;
      }
      if (g == GAP_OF && group_leader(ws, E, m)) {
        memcpy(E->post, m->code, 4);
        E->agent_phrase = m->phrase;
        E->last = m->first + m->len - 1;
        continue;
      }
      /* "the government of President Hugo Chavez": a title before the
       * actor of an "agent of" is part of the actor's noun phrase */
      if (g == GAP_OF && E->actor == NULL && m->is_agent &&
          mi + 1 < ws->n_ment && !ws->ment[mi + 1].is_agent &&
          gap_kind(ws, m->first + m->len, ws->ment[mi + 1].first) == GAP_NP &&
          !mention_owned_by_pronoun(ws, E->first)) {
        const mention *a = &ws->ment[++mi];
        E->actor = a->code;
        E->actor_phrase = a->phrase;
        E->agent_of = 1;
        E->last = a->first + a->len - 1;
        continue;
      }
      if ((g == GAP_LIST_AND ||
           (g == GAP_LIST_COMMA && !opener_comma(ws, m->first - 1) &&
            !subject_after_list(ws, &ws->ent[E->group], m))) &&
          !clause_after_object(ws, ws->ent[E->group].first, m)) {
        if (grow((void **)&ws->ent, &ws->ent_cap, ws->n_ent, sizeof *ws->ent))
          return -1;
        int32_t self = (int32_t)ws->n_ent;
        entity *N = &ws->ent[ws->n_ent++];
        E = &ws->ent[self - 1];
        entity_init(N, m, E->group);
        ws->ent[last_member].next = self;
        if (g == GAP_LIST_AND) ws->ent[E->group].has_and = 1;
        last_member = self;
        continue;
      }
    }
    if (grow((void **)&ws->ent, &ws->ent_cap, ws->n_ent, sizeof *ws->ent))
      return -1;
    int32_t self = (int32_t)ws->n_ent;
    entity_init(&ws->ent[ws->n_ent++], m, self);
    last_member = self;
  }
  /* Groups joined by commas only are appositions or separate phrases:
   * split them.  Groups under "agent of" share the agent. */
  for (size_t i = 0; i < ws->n_ent; i++) {
    entity *H = &ws->ent[i];
    if (H->group != (int32_t)i || H->next < 0) continue;
    if (!H->has_and) {
      for (int32_t k = H->next; k >= 0;) {
        int32_t nx = ws->ent[k].next;
        ws->ent[k].group = k;
        ws->ent[k].next = -1;
        k = nx;
      }
      H->next = -1;
      continue;
    }
    if (spread_agents(ws, (int32_t)i)) return -1;
    H = &ws->ent[i];
    share_adjective_agents(ws, (int32_t)i);
    /* "Danish media and government": the agent takes the country */
    for (int32_t p = (int32_t)i, k = H->next; k >= 0; p = k, k = ws->ent[k].next)
      if (ws->ent[k].actor == NULL && ws->ent[p].actor) {
        ws->ent[k].actor = ws->ent[p].actor;
        ws->ent[k].actor_phrase = ws->ent[p].actor_phrase;
      }
    if (H->agent_of)
      for (int32_t k = H->next; k >= 0; k = ws->ent[k].next)
        if (!ws->ent[k].pre[0] && !ws->ent[k].post[0]) {
          memcpy(ws->ent[k].pre, H->pre, CODE_MAX);
          memcpy(ws->ent[k].post, H->post, CODE_MAX);
          ws->ent[k].agent_phrase = H->agent_phrase;
        }
  }
  for (size_t k = 0; k < ws->tag.n; k++) ws->ent_at[k] = -1;
  for (size_t i = 0; i < ws->n_ent; i++)
    for (uint32_t k = ws->ent[i].first; k <= ws->ent[i].last && !ws->ent[i].virt;
         k++)
      ws->ent_at[k] = (int32_t)i;
  landmark_country(ws);
  mark_places(ws);
  mark_sentence_country(ws);
  return add_inner_actors(ws);
}

/* ===================================================================== */
/* Entity codes                                                          */
/* ===================================================================== */

/* Does the sector code c (3 letters) start with one of the codes in v? */
static int sector_in(const char *c, const char *v) {
  /* v packs 3-letter codes back to back ("GOVCOP..."): one contiguous
   * read, no pointer per code.  Same as strncmp(c, code, 3) == 0 for
   * some code; the && order reads no byte of c past a NUL */
  for (const char *q = v; *q; q += 3)
    if (q[0] == c[0] && q[1] == c[1] && q[2] == c[2]) return 1;
  return 0;
}

/* Does the code start with a sector that makes an actor a non-state
 * group (rebels, insurgents, parties, opposition, companies, media,
 * ...)?  Such a sector is the actor's own and takes no agent's after it
 * (mention_entity_code). */
static int has_sector(const char *c) {
  static const char v[] =
      "REB" "INS" "SEP" "UAF" "PTY" "OPP" "NGO" "BUS" "CRM" "RAD" "MED";
  return sector_in(c, v);
}

static int is_domestic_agent(const char *post) {
  return strncmp(post, "GOV", 3) == 0 || strncmp(post, "COP", 3) == 0 ||
         strncmp(post, "JUD", 3) == 0 || strncmp(post, "LEG", 3) == 0;
}

int mention_is_weekday(const char *w) {
  static const char *const v[] = {"monday", "tuesday", "wednesday",
                                  "thursday", "friday", "saturday",
                                  "sunday", NULL};
  return word_in_list(w, v);
}

/* "Israel announces that its forces rescued a soldier", "Musharraf
 * says his soldiers have surrounded": an agent alone (entity index i),
 * owned by a lowercase its/his/her/their, that opens a clause after
 * "that" or a speech verb (a day may come between: "said on Thursday
 * his government was") and is followed by its verb, belongs to the
 * speaker: the nearest actor before it that is not a place.  Writes that
 * actor's country to out (CODE_MAX), or its whole code for an IGO ("NATO
 * said its troops killed": IGOWSTNAT, as "NATO troops"), and returns 1;
 * 0 when there is no such owner (or it is a group or a compound). */
static int nearest_owner(const coder_ws *ws, size_t i, char *out);

static int reported_owner(const coder_ws *ws, size_t i, char *out) {
  const entity *E = &ws->ent[i];
  const tag_token *T = ws->tag.tok;
  size_t f = E->first;
  if (f < 2 || E->last + 1 >= ws->tag.n ||
      (T[f - 1].pos != TAG_PRPS && T[f - 1].pos != TAG_DT) ||
      (T[f - 1].flags & TAG_F_CAP))
    return 0;
  const char *p = ws->toks[f - 1];
  /* "Somalia's defence ministry says that the army has retaken": a
   * state's armed organ ("the army", "the police") reported by the
   * state; not "the government", which a speaker names of any state */
  int the = streq(p, "the") && !E->pre[0] &&
            sector_in(E->post, "MIL" "COP" "SPY");
  if (!streq(p, "its") && !streq(p, "his") && !streq(p, "her") &&
      !streq(p, "their") && !the)
    return 0;
  if (the && T[f - 1].pos != TAG_DT) return 0;
  /* "said on Thursday his government was ready": past a day between
   * the speech verb and the clause */
  size_t sv = f - 2;
  if (sv >= 2 && streq(ws->toks[sv - 1], "on") && mention_is_weekday(ws->toks[sv]))
    sv -= 2;
  else if (sv >= 1 && mention_is_weekday(ws->toks[sv]))
    sv -= 1;
  if (!streq(ws->toks[sv], "that") &&
      !(tag_is_verb(T[sv].pos) &&
        is_speech_verb(tag_lemma(&ws->tag, sv))))
    return 0;
  size_t v = E->last + 1;
  if (T[v].pos == TAG_RB && v + 1 < ws->tag.n) v++;
  unsigned nx = T[v].pos;
  if (nx != TAG_VBD && nx != TAG_VBZ && nx != TAG_VBP && nx != TAG_MD)
    return 0;
  if (!nearest_owner(ws, i, out)) return 0;
  /* "the army" is a state's, never an IGO's ("the UN says the army") */
  return !the || strncmp(out, "IGO", 3) != 0;
}

/* The owner of entity i's "its"/"his"/"her"/"their": the nearest actor
 * before it that is not a place.  Writes that actor's country to out
 * (CODE_MAX), or its whole code for an IGO ("NATO said its troops":
 * IGOWSTNAT), and returns 1; 0 when that actor is a compound or has no
 * country. */
static int nearest_owner(const coder_ws *ws, size_t i, char *out) {
  for (size_t j = i; j-- > 0;) {
    const entity *A = &ws->ent[j];
    if (A->place || A->actor == NULL) continue;
    if (strchr(A->actor, '/')) return 0;
    size_t al = strlen(A->actor);
    if (strncmp(A->actor, "IGO", 3) == 0 && al < CODE_MAX) {
      memcpy(out, A->actor, al + 1);
      return 1;
    }
    if (streq(A->actor, "---") || !mention_country_code(A->actor)) return 0;
    memcpy(out, A->actor, 3);
    out[3] = '\0';
    return 1;
  }
  return 0;
}

/* "Putin ordered his troops to attack", "Obama directs his
 * administration to accept refugees", "Lebanon calls back its
 * ambassador": a state organ alone (entity index i: government,
 * military, police, intelligence, courts, parliament, their officials)
 * owned by a lowercase its/his/her/their right after a verb (a particle
 * may come between) is the organ of the verb's subject, the nearest
 * actor before it that is not a place (nearest_owner).  Organs of other
 * sectors are left alone: "urged its citizens" is handled for targets by
 * the source's country, and rivals or counterparts are no organs. */
static int object_owner(const coder_ws *ws, size_t i, char *out) {
  const entity *E = &ws->ent[i];
  const tag_token *T = ws->tag.tok;
  size_t f = E->first;
  if (f < 2 || E->pre[0] || T[f - 1].pos != TAG_PRPS ||
      (T[f - 1].flags & TAG_F_CAP) ||
      !sector_in(E->post, "GOV" "MIL" "COP" "SPY" "JUD" "LEG"))
    return 0;
  const char *p = ws->toks[f - 1];
  if (!streq(p, "its") && !streq(p, "his") && !streq(p, "her") &&
      !streq(p, "their"))
    return 0;
  size_t v = f - 2;
  if (T[v].pos == TAG_RP && v > 0) v--;
  if (!tag_is_verb(T[v].pos)) return 0;
  /* the subject is the entity right before: "Mexico will maintain its
   * ambassador in Peru despite the latter withdrawing its ambassador"
   * has a place and "the latter" between, and no owner is known */
  if (i == 0 || ws->ent[i - 1].place) return 0;
  /* a state's organ, or a state: "the Taliban's office confirms its
   * leaders" are the group's, not a government */
  const char *o = ws->ent[i - 1].actor;
  if (o == NULL ||
      (strlen(o) > 3 && strncmp(o, "IGO", 3) != 0 &&
       !sector_in(o + 3, "GOV" "MIL" "COP" "SPY" "JUD" "LEG")))
    return 0;
  /* "the latter withdrawing its ambassador": the pronoun was resolved
   * (maybe wrongly) before; a named subject only */
  /* "Gilani asked Washington for drones to help his army": his or her
   * is a person's, never a bare state's */
  if ((p[0] == 'h') && strlen(o) <= 3) return 0;
  if (ws->ent[i - 1].actor_phrase == DICT_NONE &&
      ws->ent[i - 1].agent_phrase == DICT_NONE)
    return 0;
  return nearest_owner(ws, i, out);
}

/* Is the noun phrase at token f owned by "our" or "my" ("our
 * government", "my administration")? */
static int first_person_owner(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = f; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_PRPS)
      return streq(ws->toks[k - 1], "our") || streq(ws->toks[k - 1], "my");
    if (!(tag_is_adj(t->pos) || t->pos == TAG_CD || t->pos == TAG_RB))
      return 0;
  }
  return 0;
}


/* State institutions and organised, settled parts of the population:
 * they belong to the country of the place they are named in and to the
 * one country a sentence names ("police", "the government", "opposition
 * supporters", "students", "journalists"). */
static const char civic_sectors[] =
    "GOV" "COP" "JUD" "LEG" "OPP" "EDU" "LAB" "MED" "BUS" "ELI" "HLH"
    "AGR" "REL" "SPY";
/* Armed groups, criminals, civilians and religious communities: as a
 * rule of the place they are named in ("suicide bombers attack Maiduguri,
 * Nigeria", "civilians killed in Kherson"), but not of a military that
 * the sentence names ("Israeli strikes killed 20 militants"). */
static const char folk_sectors[] =
    "REB" "INS" "SEP" "CRM" "CVL" "RAD" "UAF" "MOS" "CHR" "CTH" "DOX"
    "JEW" "BUD" "HIN" "SHI" "SUN" "CPT" "SIK";

/* Is the agent-only entity E one whose country the place of the event
 * tells (civic_sectors, folk_sectors)?  Not soldiers, refugees,
 * peacekeepers or aid groups, who are as often foreign to the place
 * ("two soldiers were killed in Kabul", "refugees in Chad"). */
static int local_agent(const entity *E) {
  if (E->pre[0] || strlen(E->post) < 3) return 0;
  return sector_in(E->post, civic_sectors) || sector_in(E->post, folk_sectors);
}

/* The country of the sentence's places for the agent-only entity E bound
 * to a place (place_bound), or NULL: ws->loc_country, also at a venue of
 * the act ("In Peru, demonstrators protest against a US trade pact":
 * protesters, police, courts and civilians are of where they act, even
 * when the sentence names other states), but not at a venue where
 * parties meet ("rebels at peace talks in Abuja", ws->loc_meeting).  At
 * a venue whose state the sentence's other actors name under another
 * code (YUG and SRB, same_state: "students marched in Belgrade against
 * the government of Slobodan Milosevic"), the actors' code, written into
 * buf (4 bytes). */
static const char *where_bound(const coder_ws *ws, const entity *E,
                               char *buf) {
  if (!ws->loc_country[0] || ws->loc_meeting) return NULL;
  if (ws->loc_venue && sentence_country(ws, E, buf, SC_ANY_PLACE) &&
      mention_same_state(buf, ws->loc_country))
    return buf;
  return ws->loc_country;
}

/* The country of the actor in apposition to agent-only entity E,
 * enclosed in commas right after it ("its country's President, Barack
 * Obama, to perform", "the foreign minister, Sergei Lavrov, said"),
 * written into buf (4 bytes), or NULL.  The actor must be one entity
 * whose code is a state's, alone between the two commas. */
static const char *apposed_country(const coder_ws *ws, const entity *E,
                                   char *buf) {
  size_t k = E->last + 1, n = ws->tag.n;
  if (k + 2 >= n || !streq(ws->toks[k], ",") || ws->ent_at[k + 1] < 0)
    return NULL;
  const entity *A = &ws->ent[ws->ent_at[k + 1]];
  if (A->first != k + 1 || A->virt || A->next >= 0 ||
      ws->ent[A->group].next >= 0 || A->actor == NULL ||
      !mention_country_code(A->actor) || strchr(A->actor, '/') ||
      A->last + 1 >= n || !streq(ws->toks[A->last + 1], ","))
    return NULL;
  memcpy(buf, A->actor, 3);
  buf[3] = '\0';
  return buf;
}

/* Is agent-only entity E one that acts only where it belongs (police,
 * courts, civilians, communities, armed groups), so that a location
 * tells its country even when the sentence names other countries? */
static int place_bound(const entity *E) {
  static const char v[] =
      "COP" "JUD" "CVL" "REB" "INS" "SEP" "CRM" "OPP" "EDU" "LAB" "HLH" "AGR";
  return sector_in(E->post, v) || sector_in(E->post, folk_sectors);
}

/* Does the agent-only entity E take the one country the sentence's other
 * actors name (sentence_country)?  A state's civil organs do; the rest of the
 * population, armed groups and communities only when no military is named,
 * which is as often a foreign one acting on them ("a US military strike
 * killed drug traffickers", "Chinese soldiers detained protesters"), and no
 * place the dictionary does not know, which may be abroad ("Russian police
 * arrested students in Moscow" without Moscow).  Not the military itself:
 * "the soldiers attacked Ukraine" are no Ukrainian soldiers; nor world
 * religions. */
static int sentence_agent(const coder_ws *ws, const entity *E) {
  static const char organ[] =
      "GOV" "COP" "JUD" "LEG" "SPY";
  if (E->pre[0] || strlen(E->post) < 3) return 0;
  if (sector_in(E->post, organ)) return 1;
  return !ws->sent_mil && !ws->loc_unknown &&
         (sector_in(E->post, civic_sectors) ||
          sector_in(E->post, folk_sectors)) &&
         strncmp(E->post, "MOS", 3) && strncmp(E->post, "CHR", 3) &&
         strncmp(E->post, "JEW", 3);
}

/* Is the head of agent-only entity E a word for the perpetrators of one
 * act or for people held or passing through ("gunmen", "attackers",
 * "a suicide bomber", "hostages", "passengers"), whose country the
 * place or the sentence does not tell ("a gunman killed 51 worshippers
 * in Christchurch")? */
static int transient_agent(const coder_ws *ws, const entity *E) {
  static const char *const v[] = {
      "gunman", "gunmen", "attacker", "attackers", "assailant",
      "assailants", "bomber", "bombers", "kidnapper", "kidnappers",
      "abductor", "abductors", "hijacker", "hijackers", "shooter",
      "shooters", "terrorist", "terrorists", "hostage", "hostages",
      "captive", "captives", "passenger", "passengers", "tourist",
      "tourists", "foreigner", "foreigners", NULL};
  const char *w = ws->toks[E->last];
  return word_in_list(w, v);
}

/* Is agent-only entity E a junta ("the junta", "the military junta")?
 * Its code stays the military's (MIL), but as the state's rulers it
 * finds its country as the government does: from the place ("monks in
 * Yangon defied the junta"), the sentence's one country ("the junta
 * arrested Aung San Suu Kyi") or the story, never from the source of an
 * act done to it (a foreign state's, "the US urged the junta"). */
static int junta_agent(const coder_ws *ws, const entity *E) {
  const char *w = ws->toks[E->last];
  return !E->pre[0] && strncmp(E->post, "MIL", 3) == 0 &&
         (streq(w, "junta") || streq(w, "juntas"));
}

/* Is the hyphenated word w (lowercase) one that names a backer, not the
 * group itself: "pro-Russian", "Iranian-backed", "US-supported",
 * "Saudi-funded", "Syrian-allied"?  Those a foreign state backs, arms or
 * is backed by are, in CAMEO practice, of the country where they act
 * ("pro-Russian separatists" in Donetsk are UKR, "Turkish-backed
 * rebels" in Idlib SYR): the backer is not the actor. */
static int backer_word(const char *w) {
  static const char *const suf[] = {
      "-backed", "-supported", "-sponsored", "-allied", "-aligned",
      "-funded", "-armed", "-trained", "-financed", "-affiliated",
      "-linked", NULL};
  if (strncmp(w, "pro-", 4) == 0) return 1;
  size_t l = strlen(w);
  for (const char *const *p = suf; *p; p++) {
    size_t sl = strlen(*p);
    if (l > sl && strcmp(w + l - sl, *p) == 0) return 1;
  }
  return 0;
}

/* First token of the words that modify entity E: up to 3 adjectives or
 * nouns right before it that belong to no other entity ("Pakistan-based
 * Islamist militants": the "-based" word).  Shared by foreign_modifier and
 * based_modifier. */
static size_t modifier_start(const coder_ws *ws, const entity *E) {
  const tag_token *T = ws->tag.tok;
  size_t f = E->first;
  while (f > 0 && E->first - f < 3 &&
         (tag_is_adj(T[f - 1].pos) || tag_is_noun(T[f - 1].pos)) &&
         ws->ent_at[f - 1] < 0)
    f--;
  return f;
}

/* Does a hyphenated word that names another party modify the agent-only
 * entity E ("Pro-Russian rebels", "Pakistan-based militants", "US-led
 * forces"; not a backer's word, backer_word)?  Its country is then neither the
 * place's, the sentence's nor the story's.  A capital inside the word
 * tells a name ("government-backed militias" stay the place's).  So does
 * a capitalised "International" ("the International Court of Arbitration
 * in The Hague"): a body of no one state. */
static int foreign_modifier(const coder_ws *ws, const entity *E) {
  const tag_token *T = ws->tag.tok;
  size_t f = modifier_start(ws, E);
  for (size_t k = f; k <= E->last; k++) {
    /* "the International Court of Arbitration": a body of no one state */
    if ((T[k].flags & TAG_F_CAP) && streq(ws->toks[k], "international"))
      return 1;
    if (!(T[k].flags & TAG_F_HYPHEN) || ws->tag.text == NULL ||
        T[k].offset + T[k].len > ws->tag.text_len)
      continue;
    /* "pro-Russian separatists", "Iranian-backed militias": the place's */
    if (backer_word(ws->toks[k])) continue;
    const char *w = ws->tag.text + T[k].offset;
    for (uint32_t q = 0; q < T[k].len; q++)
      if (w[q] >= 'A' && w[q] <= 'Z') return 1;
  }
  return 0;
}

/* Does a lowercase "international" or "foreign" modify the agent-only
 * entity E ("10 international aid agencies", "foreign aid workers")?
 * Such aid groups belong to no one state. */
static int intl_modifier(const coder_ws *ws, const entity *E) {
  for (size_t k = modifier_start(ws, E); k <= E->last; k++)
    if (!(ws->tag.tok[k].flags & TAG_F_CAP) &&
        (streq(ws->toks[k], "international") ||
         streq(ws->toks[k], "foreign")))
      return 1;
  return 0;
}

/* Is the entity E followed by "-led coalition" ("the Saudi-led
 * coalition", "a U.S.-led coalition"), not a coalition government
 * ("the Labour-led coalition government")?  A country leading a
 * coalition in news is leading an armed one: its military (SAUMIL,
 * USAMIL), as "U.S.-led forces" already is. */
static int led_coalition(const coder_ws *ws, const entity *E) {
  size_t k = E->last + 1, n = ws->tag.n;
  if (k + 1 >= n || !streq(ws->toks[k], "-led") ||
      !streq(ws->toks[k + 1], "coalition"))
    return 0;
  return !(k + 2 < n && (streq(ws->toks[k + 2], "government") ||
                         streq(ws->toks[k + 2], "governments") ||
                         streq(ws->toks[k + 2], "cabinet") ||
                         streq(ws->toks[k + 2], "partner") ||
                         streq(ws->toks[k + 2], "partners")));
}

/* The country of a "-based" word (find_based) in the words that modify
 * agent-only entity E ("Pakistan-based militants": PAK), or NULL. */
static const char *based_modifier(const coder_ws *ws, const entity *E) {
  size_t f = modifier_start(ws, E);
  for (size_t b = 0; b < ws->n_based; b++)
    if (!ws->based_flag[b] && ws->based_tok[b] >= f &&
        ws->based_tok[b] <= E->last)
      return ws->based_country[b];
  return NULL;
}

int mention_country_code(const char *a) {
  /* the codes that are no country (IGO NGO IMG MNC MED UIS INT NGM KUR
   * AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR
   * PGS SCN SAM SAS SEA SAF WAF WST), by first letter: a code is
   * compared with the few that share its first letter */
  if (a == NULL) return 0;
  /* three capitals (so at least 3 bytes: no byte past a NUL is read) */
  for (int i = 0; i < 3; i++)
    if (a[i] < 'A' || a[i] > 'Z') return 0;
  const char *no;
  switch (a[0]) {
    case 'A': no = "AFR" "ASA"; break;
    case 'B': no = "BLK"; break;
    case 'C': no = "CRB" "CAU" "CFR" "CAS" "CEU"; break;
    case 'E': no = "EIN" "EAF" "EEU" "EUR"; break;
    case 'I': no = "IGO" "IMG" "INT"; break;
    case 'K': no = "KUR"; break;
    case 'L': no = "LAM"; break;
    case 'M': no = "MNC" "MED" "MEA" "MDT"; break;
    case 'N': no = "NGO" "NGM" "NAF" "NMR"; break;
    case 'P': no = "PGS"; break;
    case 'S': no = "SCN" "SAM" "SAS" "SEA" "SAF"; break;
    case 'U': no = "UIS"; break;
    case 'W': no = "WAF" "WST"; break;
    default: return 1;
  }
  return !sector_in(a, no);
}

static int entity_code(const coder_ws *ws, int32_t i, int part, char *buf,
                       const char *home);
static int is_side_word(const coder_ws *ws, size_t k);

/* Is entity i the actor whose followers the words before it name
 * ("supporters of President Hosni Mubarak", "thousands of supporters of
 * the government": is_side_word, then "of", articles and adjectives)? */
static int followed_actor(const coder_ws *ws, int32_t i) {
  const tag_token *T = ws->tag.tok;
  int32_t g = ws->ent[i].group;
  size_t k = ws->ent[g >= 0 ? g : i].first;
  while (k > 0 && ws->ent_at[k - 1] < 0 &&
         (T[k - 1].pos == TAG_DT || tag_is_adj(T[k - 1].pos) ||
          T[k - 1].pos == TAG_NNP))
    k--;
  return k >= 2 && streq(ws->toks[k - 1], "of") && ws->ent_at[k - 2] < 0 &&
         is_side_word(ws, k - 2);
}

/* The code of entity i into buf (CODE_MAX): part `part` of an actor code
 * that lists several actors ("FRO/BIL/SAM").  Returns 0 when there is no
 * such part.  `home` (NULL if none) is the source's country, for a
 * domestic institution without a country.  The followers of a state's
 * organ ("supporters of President Hosni Mubarak": followed_actor) are
 * its country's people, not the organ: the country alone (EGY, not
 * EGYGOV). */
int mention_entity_code(const coder_ws *ws, int32_t i, int part, char *buf,
                        const char *home) {
  if (!entity_code(ws, i, part, buf, home)) return 0;
  if (strlen(buf) == 6 && mention_country_code(buf) &&
      sector_in(buf + 3, "GOV" "MIL" "COP" "JUD" "LEG" "SPY") &&
      followed_actor(ws, i))
    buf[3] = '\0';
  return 1;
}

/* mention_entity_code without the followers' rule. */
static int entity_code(const coder_ws *ws, int32_t i, int part, char *buf,
                       const char *home) {
  const entity *E = &ws->ent[i];
  buf[0] = '\0';
  code_cat(buf, E->pre);
  /* "Kurdish fighters", "Pashtun tribesmen": a group the dictionary
   * names but gives no state (null code) takes its country as an agent
   * alone does, from the places and actors of the sentence, never from
   * the story (which would make Kurds in a story about Cambodia
   * Cambodian) */
  int stateless = E->actor != NULL && streq(E->actor, "---") &&
                  (E->pre[0] || E->post[0]);
  /* "expelled 10 international aid agencies from Darfur", "warned
   * foreign aid workers": aid groups of no one state are NGO alone, not
   * of the place's or the source's country (a named group keeps its own
   * code: "the international aid group Medecins Sans Frontieres") */
  if (E->post[0] == 'N' && !E->pre[0] && streq(E->post, "NGO") &&
      (E->actor == NULL || stateless || strlen(E->actor) == 3) &&
      intl_modifier(ws, E)) {
    if (part > 0) return 0;
    code_cat(buf, "NGO");
    return 1;
  }
  if (E->actor && !stateless) {
    const char *a = E->actor;
    for (int k = 0; k < part; k++) {
      a = strchr(a, '/');
      if (a == NULL) return 0;
      a++;
    }
    const char *end = strchr(a, '/');
    size_t al = end ? (size_t)(end - a) : strlen(a);
    size_t bl = strlen(buf);
    if (bl + al < CODE_MAX) {
      memcpy(buf + bl, a, al);
      buf[bl + al] = '\0';
    }
    /* "the Saudi-led coalition": the country's military */
    if (al == 3 && !E->pre[0] && !E->post[0] && !strchr(E->actor, '/') &&
        led_coalition(ws, E)) {
      code_cat(buf, "MIL");
      return 1;
    }
    /* "Premier Silvio Berlusconi": ITAGOV already holds the agent */
    size_t pl = strlen(E->post);
    if (pl && al >= pl && memcmp(a + al - pl, E->post, pl) == 0) return 1;
    /* "Taliban government officials": AFGGOVTAL already says GOV */
    if (pl == 3 && al >= 6 && memcmp(a + 3, E->post, 3) == 0) return 1;
    /* "a senior Hamas commander", "FARC leaders" (COLREB), "Tamil Tiger
     * rebels" (LKASEP), "Democratic Party officials" in opposition
     * (USAOPP), "Gazprom officials" (RUSBUS): a group code that names
     * its sector takes no agent; its own sector is the more specific
     * (no COLREBGOV, LKASEPREB) */
    if (al >= 6 && al < CODE_MAX && has_sector(a + 3)) {
      memcpy(buf, a, al);
      buf[al] = '\0';
      return 1;
    }
    /* "ECOWAS leaders", "Amnesty International officials", "NATO
     * officials", "World Bank staff", "al-Qaeda leaders": an
     * organisation's own officials, leaders, staff and members are the
     * organisation itself (IGOWAFWAS, NGOAMN, as "UN spokesman" and "EU
     * leaders" are written), not its government (no IGOWAFWASGOV).  Its
     * armed and specialised arms keep their sector ("NATO troops"
     * IGOWSTNATMIL, "UN peacekeepers" IGOUNOPKO); a known militarized
     * group (IMG + religion + group, IMGMOSALQ) takes none, as a group
     * sector does; a generic IMGMOS ("Islamist militants") stacks */
    if (pl == 3 && al >= 6 &&
        (((memcmp(a, "IGO", 3) == 0 || memcmp(a, "NGO", 3) == 0) &&
          sector_in(E->post, "GOV" "ELI" "LAB" "NGO" "OPP" "HRI")) ||
         (al >= 9 && memcmp(a, "IMG", 3) == 0)))
      return 1;
    /* "former First Lady Hillary Clinton" while a senator (USALEG): an
     * elite's title adds nothing to a code that names a sector */
    if (pl == 3 && al >= 6 && memcmp(E->post, "ELI", 3) == 0) return 1;
    /* "opposition leader Abhisit" on a day his entry gives only the
     * fallback THAELI (elite, former official): the agent says more */
    if (al == 6 && pl >= 3 && bl + al < CODE_MAX &&
        memcmp(a + 3, "ELI", 3) == 0) {
      buf[bl + 3] = '\0';
      code_cat(buf, E->post);
      return 1;
    }
  } else {
    if (part > 0) return 0;
    /* an institution without a country ("protested against the
     * government") is the source's own, when the story names none */
    /* "police arrest protesters in Portland, Oregon": the country of the
     * sentence's places, when no other country is named in it */
    /* "our government" in a statement is the speaker's, whatever the
     * sentence names */
    int foreign = foreign_modifier(ws, E);
    int ours = first_person_owner(ws, E->first);
    int transient = transient_agent(ws, E) || ours;
    const char *story = NULL;
    int junta = junta_agent(ws, E);
    /* "attacked a military base in Nara, Mali": an army's post in a
     * place is, as a junta, of the place's country */
    int post = !E->pre[0] && strncmp(E->post, "MIL", 3) == 0 &&
               E->last + 1 < ws->tag.n &&
               mention_post_noun(ws->toks[E->last + 1]);
    /* the place's country even when other countries are named
     * ("Rebels seized the Japanese ambassador's residence in Lima"), for
     * those bound to a place (police, courts, communities, armed groups),
     * not at a venue, where people travel to meet ("Arab leaders at a
     * summit in Jeddah") */
    /* "militant camps in Afghanistan and a plant in Sudan": the place
     * named right after the post noun ("in", "near", "outside") */
    const char *post_place = NULL;
    char pp[4];
    if (!E->pre[0] && E->post[0] && E->last + 3 < ws->tag.n &&
        mention_post_noun(ws->toks[E->last + 1])) {
      const char *pw = ws->toks[E->last + 2];
      int32_t pe = ws->ent_at[E->last + 3];
      if ((streq(pw, "in") || streq(pw, "near") || streq(pw, "outside")) &&
          pe >= 0 && ws->ent[pe].place && ws->ent[pe].actor &&
          mention_country_code(ws->ent[pe].actor) &&
          !strchr(ws->ent[pe].actor, '/')) {
        memcpy(pp, ws->ent[pe].actor, 3);
        pp[3] = '\0';
        post_place = pp;
      }
    }
    /* "China urged its citizens in Algeria": people that a lowercase
     * "its" or "their" right after the verb owns are the subject's, the
     * source's (home) */
    /* ("all its citizens", "43 of its citizens": the verb before) */
    const tag_token *TT = ws->tag.tok;
    size_t ov = E->first >= 2 ? E->first - 2 : 0;
    if (ov >= 1 && streq(ws->toks[ov], "all"))
      ov--;
    else if (ov >= 2 && streq(ws->toks[ov], "of") && TT[ov - 1].pos == TAG_CD)
      ov -= 2;
    int subj_owned = home != NULL && mention_country_code(home) &&
                     E->first >= 2 && TT[E->first - 1].pos == TAG_PRPS &&
                     !(TT[E->first - 1].flags & TAG_F_CAP) &&
                     (streq(ws->toks[E->first - 1], "its") ||
                      streq(ws->toks[E->first - 1], "their")) &&
                     tag_is_verb(TT[ov].pos) && !E->pre[0] &&
                     sector_in(E->post, "CVL" "REF" "LAB" "EDU" "HLH" "AGR"
                                        "REL" "OPP");
    /* "Pakistan-based militants", "a London-based rights group": the
     * country the group is based in */
    const char *based = stateless ? NULL : based_modifier(ws, E);
    char ro[CODE_MAX], lc[4];
    const char *appos = stateless ? NULL : apposed_country(ws, E, lc);
    if (based != NULL) story = based;
    else if (!foreign && appos) story = appos;
    else if (!foreign && !stateless && subj_owned) story = home;
    else if (!foreign && !stateless && reported_owner(ws, (size_t)i, ro))
      story = ro;
    else if (!foreign && !stateless && object_owner(ws, (size_t)i, ro))
      story = ro;
    else if (!foreign && !transient && post_place) story = post_place;
    else if (!foreign && !transient && (local_agent(E) || junta || post))
      story = ws->place_country[0] ? ws->place_country
              : place_bound(E) || junta || post ? where_bound(ws, E, lc)
                                                : NULL;
    if (story == NULL && !foreign && !stateless)
      story = context_said_title(ws, E->agent_phrase);
    /* "Authorities raid the German bank Deutsche Bank": the one country
     * the sentence names, before the story's */
    char sc[4];
    if (story == NULL && !foreign && !transient &&
        (sentence_agent(ws, E) || junta) && sentence_country(ws, E, sc, 0) &&
        !(junta && home != NULL && strncmp(home, sc, 3) == 0))
      story = sc;
    /* "Russian forces shelled Kharkiv, killing ten civilians", "Thai
     * warplanes struck Cambodia, killing nine civilians": civilians and
     * refugees harmed where an armed side is named are of the one
     * country the unarmed actors name */
    if (story == NULL && !foreign && !transient && ws->sent_mil &&
        !E->pre[0] && sector_in(E->post, "CVL" "REF") &&
        sentence_country(ws, E, sc, SC_SKIP_ARMED))
      story = sc;
    if (story == NULL && !foreign && !stateless) story = context_country(ws);
    /* the source's country only when it is a state's ("a UN tribunal
     * convicts a former finance minister" is no IGO minister) */
    if (home != NULL && !mention_country_code(home)) home = NULL;
    /* "our government", "my administration" in a statement: the
     * speaker's, known only from the story */
    if (story == NULL && ours) return 0;
    if (story == NULL && home != NULL && !stateless && !foreign &&
        is_domestic_agent(E->post))
      code_cat(buf, home);
    else
      code_cat(buf, story ? story : "---");
  }
  code_cat(buf, E->post);
  return 1;
}

/* ===================================================================== */
/* Entity queries                                                        */
/* ===================================================================== */

/* Does the token at k name the followers of the actor after its "of"
 * ("supporters of Mir Hossein Mousavi", "loyalists of the ousted
 * president": that actor's side)? */
static int is_side_word(const coder_ws *ws, size_t k) {
  static const char *const v[] = {"supporters", "followers", "loyalists",
                                  "backers", NULL};
  return word_in_list(ws->toks[k], v);
}

/* Words that count the noun phrase after "of" ("thousands of
 * protesters", "a group of soldiers", "a wave of American and British
 * strikes", "a series of Israeli air raids") or name its members or
 * followers (is_side_word): the phrase is the head. */
static int is_quantity_word(const coder_ws *ws, size_t k) {
  static const char *const v[] = {
      "thousands", "hundreds", "dozens", "millions", "tens", "scores",
      "dozen", "hundred", "thousand", "million", "number", "group", "groups",
      "lot", "lots", "majority", "handful", "crowd", "crowds", "some", "many",
      "most", "all", "several", "few", "both", "each", "one", "two", "three",
      "members", "member", "band", "team", "contingent", "unit", "units",
      "squad", "batch", "wave", "waves", "series", "barrage", "spate",
      "string", "volley", "salvo", NULL};
  if (ws->tag.tok[k].pos == TAG_CD || is_side_word(ws, k)) return 1;
  return word_in_list(ws->toks[k], v);
}

/* Is the entity starting at token f inside a prepositional phrase?  Not
 * after a quantity ("thousands of Kenyan protesters") unless the quantity
 * itself is. */
int mention_in_pp(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = f; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_DT || tag_is_adj(t->pos) || t->pos == TAG_PRPS ||
        t->pos == TAG_CD || t->pos == TAG_RB)
      continue;
    /* "of Air Canada": nouns of the entity's own noun phrase */
    if (tag_is_noun(t->pos) && T[f].chunk == TAG_CH_NP &&
        t->chunk == TAG_CH_NP && t->chunk_id == T[f].chunk_id)
      continue;
    if (k >= 2 && streq(ws->toks[k - 1], "of") && ws->ent_at[k - 2] < 0 &&
        is_quantity_word(ws, k - 2)) {
      size_t q = k - 2;
      while (q > 0 && (T[q - 1].pos == TAG_DT || tag_is_adj(T[q - 1].pos) ||
                       T[q - 1].pos == TAG_CD))
        q--;
      /* "Spain, one of the staunchest supporters of the US,": followers
       * in an apposition describe the noun before it; the actor after
       * them stays in its phrase */
      if (is_side_word(ws, k - 2)) {
        size_t a = q;
        for (;;) {
          while (a > 0 && (T[a - 1].pos == TAG_DT || T[a - 1].pos == TAG_RB ||
                           tag_is_adj(T[a - 1].pos) || T[a - 1].pos == TAG_CD))
            a--;
          if (a >= 2 && streq(ws->toks[a - 1], "of") && ws->ent_at[a - 2] < 0 &&
              is_quantity_word(ws, a - 2))
            a -= 2;
          else
            break;
        }
        if (a > 0 && streq(ws->toks[a - 1], ",")) return 1;
      }
      return q < f ? mention_in_pp(ws, q) : 0;
    }
    /* "more than a million French workers", "fewer than 100 troops":
     * a count, no prepositional phrase */
    const char *w = ws->toks[k - 1];
    if (streq(w, "than") && k >= 2 &&
        (streq(ws->toks[k - 2], "more") || streq(ws->toks[k - 2], "less") ||
         streq(ws->toks[k - 2], "fewer"))) {
      k--;
      continue;
    }
    /* "because Russia attacked": a subordinator opens a clause */
    return is_prep(t) && !streq(w, "that") && !streq(w, "because") &&
           !streq(w, "although") && !streq(w, "though") &&
           !streq(w, "whereas") && !streq(w, "unless") && !streq(w, "if") &&
           !streq(w, "while") && !streq(w, "whether");
  }
  return 0;
}

/* Is group g only agents with no actor ("the troops", "artillery")? */
int mention_group_weak(const coder_ws *ws, int32_t g) {
  for (int32_t k = g; k >= 0; k = ws->ent[k].next)
    if (ws->ent[k].actor != NULL) return 0;
  return 1;
}

/* Does a possessive pronoun ("its troops", "their forces") open the noun
 * phrase of the entity starting at token f?  Such a phrase belongs to the
 * subject. */
int mention_owned_by_pronoun(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = f; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_PRPS) return 1;
    if (!(tag_is_adj(t->pos) || t->pos == TAG_CD || t->pos == TAG_RB))
      return 0;
  }
  return 0;
}

/* Is every member of group g a news medium (an actor code "MED..." or
 * "XXXMED...", or the agent MED: "state media", "Reuters", "the BBC")? */
int mention_post_noun(const char *w) {
  static const char *const v[] = {
      "position", "positions", "base", "bases", "post", "posts", "outpost",
      "outposts", "station", "stations", "checkpoint", "checkpoints",
      "barracks", "headquarters", "camp", "camps", "convoy", "convoys",
      "patrol", "patrols", "stronghold", "strongholds", "hideout",
      "hideouts", "garrison", "garrisons", "compound", "compounds",
      "installations", "targets", "vehicle", "vehicles", "trenches",
      "bunkers", "depot", "depots", "fortifications", "lines", NULL};
  return word_in_list(w, v);
}

int32_t mention_place_modifier_owner(const coder_ws *ws, int32_t g) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  if (g < 0 || ws->ent[g].next >= 0 || ws->ent[g].virt) return -1;
  const entity *E = &ws->ent[g];
  if (!place_entity(E)) return -1;
  for (size_t k = E->first; k <= E->last; k++)
    if (T[k].pos != TAG_NNP || (T[k].flags & TAG_F_ALLCAP) ||
        strchr(ws->toks[k], '.') != NULL || is_nationality_word(ws->toks[k]))
      return -1;
  size_t k = E->last + 1;
  if (k >= n || ws->ent_at[k] >= 0 ||
      (T[k].pos != TAG_NN && T[k].pos != TAG_NNS) ||
      (T[k].flags & (TAG_F_CAP | TAG_F_ALLCAP)))
    return -1;
  while (k < n && ws->ent_at[k] < 0 &&
         (T[k].pos == TAG_NN || T[k].pos == TAG_NNS)) {
    if (is_place_part(ws->toks[k])) return -1;
    k++;
  }
  if (k + 1 >= n || !streq(ws->toks[k], "of")) return -1;
  k++;
  while (k < n && ws->ent_at[k] < 0 &&
         (T[k].pos == TAG_DT || tag_is_adj(T[k].pos) || T[k].pos == TAG_CD))
    k++;
  /* "of Vladimir Gusinsky's Media-Most group": past an owner's name */
  size_t q = k;
  while (q < n && ws->ent_at[q] < 0 && T[q].pos == TAG_NNP) q++;
  if (q > k && q + 1 < n && T[q].type == TAG_T_POSSESSIVE) k = q + 1;
  if (k >= n || ws->ent_at[k] < 0) return -1;
  int32_t o = ws->ent[ws->ent_at[k]].group;
  return o != g ? o : -1;
}

int mention_abroad_word(const char *w) {
  static const char *const abroad[] = {
      "embassy", "embassies", "consulate", "consulates", "ambassador",
      "ambassadors", "diplomat", "diplomats", "envoy", "envoys", NULL};
  return word_in_list(w, abroad);
}

int mention_code_media(const char *a) {
  return a != NULL && strlen(a) >= 3 &&
         (strncmp(a, "MED", 3) == 0 ||
          (strlen(a) >= 6 && strncmp(a + 3, "MED", 3) == 0));
}

int mention_is_media(const entity *E) {
  return strncmp(E->post, "MED", 3) == 0 || mention_code_media(E->actor);
}

int mention_group_media(const coder_ws *ws, int32_t g) {
  for (int32_t k = g; k >= 0; k = ws->ent[k].next)
    if (!mention_is_media(&ws->ent[k])) return 0;
  return 1;
}

int mention_group_place(const coder_ws *ws, int32_t g) {
  if (g < 0) return 0;
  for (int32_t k = g; k >= 0; k = ws->ent[k].next)
    if (!ws->ent[k].place) return 0;
  return 1;
}

int mention_group_venue(const coder_ws *ws, int32_t g) {
  if (g < 0) return 0;
  for (int32_t k = g; k >= 0; k = ws->ent[k].next)
    if (ws->ent[k].place < 2) return 0;
  return 1;
}

int mention_group_topic(const coder_ws *ws, int32_t g) {
  static const char *const v[] = {
      "war", "wars", "conflict", "crisis", "dispute", "issue", "question",
      "flotilla", "talks", "negotiations", "uprising", "revolution", NULL};
  if (g < 0 || ws->ent[g].next >= 0 || ws->ent[g].virt) return 0;
  const entity *E = &ws->ent[g];
  if (E->actor == NULL || strlen(E->actor) != 3 || E->pre[0] ||
      E->post[0] || E->agent_of || E->first == 0)
    return 0;
  const tag_token *T = ws->tag.tok;
  /* inside a noun phrase its determiner, possessor or number opens
   * ("the Gaza War", "his Iraq War allies", "the 2006 Lebanon War"), not
   * a clause's subject ("demanded that Belgrade open negotiations") */
  const tag_token *b = &T[E->first - 1];
  if (b->pos != TAG_DT && b->pos != TAG_PRPS && b->pos != TAG_CD &&
      !tag_is_adj(b->pos) && b->type != TAG_T_POSSESSIVE)
    return 0;
  size_t n = ws->tag.n, k = E->last + 1;
  /* "the Gaza War", "the Iraq peace process", "the Israel-Hamas war":
   * nouns and adjectives of the same noun phrase */
  while (k < n && ws->ent_at[k] < 0 &&
         (tag_is_adj(T[k].pos) || tag_is_noun(T[k].pos) ||
          streq(ws->toks[k], "-") || streq(ws->toks[k], "–"))) {
    /* "British war crimes": a war's crimes have doers (as reports and
     * inquiries have authors: "the Iraqi report") */
    if (streq(ws->toks[k], "war") && k + 1 < n &&
        strncmp(ws->toks[k + 1], "crim", 4) == 0)
      return 0;
    if (word_in_list(ws->toks[k], v)) return 1;
    k++;
  }
  return 0;
}

int mention_group_modifier(const coder_ws *ws, int32_t g) {
  static const char *const v[] = {
      "support", "resolution", "resolutions", "draft", "drafts", "plan",
      "plans", "proposal", "proposals", "position", "positions", "stance",
      "policy", "policies", "initiative", "offer", "offers", "text", NULL};
  if (g < 0 || ws->ent[g].next >= 0 || ws->ent[g].virt) return 0;
  const entity *E = &ws->ent[g];
  if (E->actor == NULL || E->pre[0] || E->post[0] || E->agent_of) return 0;
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = E->last + 1;
  /* "U.S. draft resolution": nouns of the same noun phrase */
  while (k < n && ws->ent_at[k] < 0 &&
         (tag_is_adj(T[k].pos) || T[k].pos == TAG_NN || T[k].pos == TAG_NNS)) {
    if (word_in_list(ws->toks[k], v)) return 1;
    k++;
  }
  return 0;
}
