/*
 * context.c: story context, the coder's memory across the sentences of one
 * story (see context.h).
 *
 * Six facts are kept: the country of the story (the first actor code of
 * an earlier sentence, cut to its country part); the last source of an
 * earlier sentence, for "he"/"she"; the state or organisation the
 * sentence before was about, for "it" as a subject; the last speaker a statement was
 * attributed to (", X said", "according to X"), for "we"/"I" in a later
 * quoted or reported statement; the surnames of people named in full
 * ("Shoigu" after "Sergei Shoigu", "Kim" after "Kim Jong Un"), with their
 * actor codes, and of people the dictionary does not know ("Lorent
 * Saleh"), with none; and the titles said of a country ("the president" after
 * "Ukrainian President Volodymyr Zelensky" is Ukraine's).  They are set
 * only after a sentence is coded, so a sentence never refers to itself,
 * and forgotten at the start of each story (the article id delimits it).
 */
#include "code/context.h"

#include <assert.h>
#include <string.h>

#include "code/mention.h"
#include "code/result.h"

void context_begin(coder_ws *ws) {
  assert(ws != NULL);
  ws->ctx_country[0] = ws->ctx_person[0] = ws->ctx_it[0] = '\0';
  ws->ctx_speaker[0] = ws->next_speaker[0] = '\0';
  ws->n_ctx_names = 0;
}

/* Could token i be a surname: a capitalized proper noun that is no word
 * of the part-of-speech lexicon ("Shoigu", not "Union" or "States")? */
static int name_like(const coder_ws *ws, size_t i) {
  const tag_token *t = &ws->tag.tok[i];
  return (t->flags & TAG_F_CAP) && !(t->flags & TAG_F_KNOWN) &&
         !(t->flags & TAG_F_DIGIT) && (t->pos == TAG_NNP || t->pos == TAG_NNPS) &&
         ws->tag.norm_len[i] >= 3 && ws->tag.norm_len[i] < 32;
}

/* The remembered entry of the most recent name equal to token norm w, or
 * NULL. */
static const ctx_name *find_name(const coder_ws *ws, const char *w) {
  size_t n = ws->n_ctx_names < CTX_NAMES ? ws->n_ctx_names : CTX_NAMES;
  for (size_t k = 0; k < n; k++) {
    const ctx_name *c = &ws->ctx_names[(ws->n_ctx_names - 1 - k) % CTX_NAMES];
    if (c->word[0] && streq(c->word, w)) return c;
  }
  return NULL;
}

/* Is "we"/"I" at token i the subject of a quoted or reported statement:
 * a verb group (or modal) follows that does not open with "be", and a quotation mark or a speech verb
 * ("said", "told") comes before it in the sentence? */
static int statement_subject(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  size_t k = i + 1;
  while (k < ws->tag.n && T[k].pos == TAG_RB) k++;
  if (k >= ws->tag.n ||
      !(T[k].chunk == TAG_CH_VG || T[k].pos == TAG_MD || tag_is_verb(T[k].pos)))
    return 0;
  /* "I am shocked", "we are ready": a state, no act of the speaker */
  if (streq(tag_lemma(&ws->tag, k), "be")) return 0;
  for (size_t q = 0; q < i; q++)
    if (T[q].type == TAG_T_QUOTE ||
        (tag_is_verb(T[q].pos) && is_speech_verb(tag_lemma(&ws->tag, q))))
      return 1;
  return 0;
}

/* Is token i ("it") the subject that opens its sentence (only adverbs,
 * conjunctions and punctuation before it: "It also threatened",
 * "However, it said"; not "Ukraine says that it", whose "it" is the
 * sentence's own subject), with a verb group (or a modal) after it, past
 * adverbs?  Not "it is" or "it was": "it" is then mostly no actor ("it
 * is the first visit"). */
static int verb_follows(const coder_ws *ws, size_t i) {
  const tag_token *T = ws->tag.tok;
  for (size_t q = 0; q < i; q++)
    if (!(T[q].pos == TAG_RB || T[q].pos == TAG_CC ||
          T[q].type == TAG_T_PUNCT))
      return 0;
  size_t k = i + 1;
  while (k < ws->tag.n && T[k].pos == TAG_RB) k++;
  if (k >= ws->tag.n ||
      !(T[k].chunk == TAG_CH_VG || T[k].pos == TAG_MD || tag_is_verb(T[k].pos)))
    return 0;
  return !streq(tag_lemma(&ws->tag, k), "be");
}

const char *context_pronoun(const coder_ws *ws, size_t i) {
  const char *w = ws->toks[i];
  if (ws->tag.tok[i].pos == TAG_PRP) {
    if (ws->ctx_person[0] && (streq(w, "he") || streq(w, "she")))
      return ws->ctx_person;
    /* "North Korea fired a missile. It also threatened to attack": the
     * state or organisation the sentence before was about, as the
     * subject of a verb */
    if (ws->ctx_it[0] && streq(w, "it") && verb_follows(ws, i))
      return ws->ctx_it;
    /* "France accused Russia, the minister said. 'We will respond'":
     * the speaker of an earlier attributed statement */
    if (ws->ctx_speaker[0] && (streq(w, "we") || streq(w, "i")) &&
        statement_subject(ws, i))
      return ws->ctx_speaker;
    return NULL;
  }
  /* "Shoigu" after "Sergei Shoigu": a surname standing alone */
  if (ws->n_ctx_names == 0 || !name_like(ws, i)) return NULL;
  /* not part of a longer name ("Shoigu" in "Sergei Shoigu" is matched as
   * an actor; "Kim Yo Jong" is another person) */
  if (i + 1 < ws->tag.n && name_like(ws, i + 1)) return NULL;
  if (i > 0 && name_like(ws, i - 1)) return NULL;
  const ctx_name *c = find_name(ws, w);
  return c ? c->code : NULL;
}

int context_unknown_name(const coder_ws *ws, size_t i) {
  const ctx_name *c = find_name(ws, ws->toks[i]);
  return c != NULL && c->code == NULL;
}

const char *context_country(const coder_ws *ws) {
  return ws->ctx_country[0] ? ws->ctx_country : NULL;
}

const char *context_said_title(const coder_ws *ws, uint32_t agent_phrase) {
  if (agent_phrase != DICT_NONE) {
    size_t n = ws->n_ctx_names < CTX_NAMES ? ws->n_ctx_names : CTX_NAMES;
    for (size_t k = 0; k < n; k++) {
      const ctx_name *c =
          &ws->ctx_names[(ws->n_ctx_names - 1 - k) % CTX_NAMES];
      if (!c->word[0] && c->phrase == agent_phrase) return c->country;
    }
  }
  return NULL;
}

const char *context_title_country(const coder_ws *ws, uint32_t agent_phrase) {
  const char *c = context_said_title(ws, agent_phrase);
  return c ? c : context_country(ws);
}

/* Appends an entry to the ring of names and titles (code NULL: a
 * surname of someone the dictionary does not know). */
static void remember(coder_ws *ws, const char *word, uint32_t phrase,
                     const char *code) {
  ctx_name *c = &ws->ctx_names[ws->n_ctx_names % CTX_NAMES];
  memset(c, 0, sizeof *c);
  if (word != NULL) {
    size_t l = strlen(word);
    if (l >= sizeof c->word) return;
    memcpy(c->word, word, l + 1);
  }
  c->phrase = phrase;
  c->code = code;
  if (code != NULL) memcpy(c->country, code, 3);
  c->country[3] = '\0';
  ws->n_ctx_names++;
}

/* Is token k inside an actor or agent mention of the current sentence? */
static int covered(const coder_ws *ws, size_t k) {
  for (size_t q = 0; q < ws->n_ment; q++)
    if (k >= ws->ment[q].first && k < ws->ment[q].first + ws->ment[q].len)
      return 1;
  return 0;
}

/* Remembers the people named in full in this sentence (an actor mention
 * of two or more name-like tokens gives its last and first token, "Sergei
 * Shoigu" -> "shoigu", "Kim Jong Un" -> "kim"), the surnames of people
 * it named that the dictionary does not know, and the titles said of a
 * country ("Ukrainian President ..." -> "president": UKR). */
static void remember_names(coder_ws *ws) {
  for (size_t k = 0; k < ws->n_ment; k++) {
    const mention *m = &ws->ment[k];
    if (m->is_agent || m->len < 2 || m->phrase == DICT_NONE || m->code == NULL ||
        strlen(m->code) < 3 || m->code[0] == '-')
      continue;
    int names = 1;
    for (uint32_t q = m->first; q < m->first + m->len && names; q++)
      names = (ws->tag.tok[q].flags & TAG_F_CAP) != 0;
    if (!names) continue;
    size_t last = m->first + m->len - 1;
    if (name_like(ws, last)) remember(ws, ws->toks[last], DICT_NONE, m->code);
    if (name_like(ws, m->first) && m->len >= 3)
      remember(ws, ws->toks[m->first], DICT_NONE, m->code);
  }
  /* "Lorent Saleh", "Urfan Sharif": the last word of a name no actor or
   * agent covers, after a capitalised proper noun no mention covers
   * either (no title: "President", "Gen."), is the surname of someone the
   * dictionary does not know */
  for (size_t k = 1; k < ws->tag.n; k++) {
    const tag_token *p = &ws->tag.tok[k - 1];
    size_t pl = ws->tag.norm_len[k - 1];
    if (!name_like(ws, k) || covered(ws, k) || covered(ws, k - 1) ||
        (k + 1 < ws->tag.n && name_like(ws, k + 1)) ||
        !(p->flags & TAG_F_CAP) || (p->flags & TAG_F_ALLCAP) ||
        (p->pos != TAG_NNP && p->pos != TAG_NNPS) || pl == 0 ||
        ws->toks[k - 1][pl - 1] == '.')
      continue;
    remember(ws, ws->toks[k], DICT_NONE, NULL);
  }
  for (size_t k = 0; k < ws->n_ent; k++) {
    const entity *E = &ws->ent[k];
    if (E->actor == NULL || E->agent_phrase == DICT_NONE ||
        strlen(E->actor) < 3 || E->actor[0] == '-')
      continue;
    remember(ws, NULL, E->agent_phrase, E->actor);
  }
}

void context_note_speaker(coder_ws *ws, int32_t g) {
  assert(ws != NULL);
  if (g < 0 || (size_t)g >= ws->n_ent) return;
  char buf[CODE_MAX];
  if (!mention_entity_code(ws, g, 0, buf, NULL)) return;
  if (strlen(buf) < 3 || buf[0] == '-') return;
  memcpy(ws->next_speaker, buf, strlen(buf) + 1);
}

void context_sentence_end(coder_ws *ws, const dyad_result *r,
                          size_t first_ev) {
  if (ws->next_speaker[0]) {
    memcpy(ws->ctx_speaker, ws->next_speaker, sizeof ws->ctx_speaker);
    ws->next_speaker[0] = '\0';
  }
  /* story context for later sentences */
  /* the first actor of a state: not an organisation, a medium ("Reuters",
   * "Al Jazeera", "the Associated Press": XXXMED) or a region */
  if (!ws->ctx_country[0])
    for (size_t k = 0; k < ws->n_ent; k++)
      if (ws->ent[k].actor && mention_country_code(ws->ent[k].actor) &&
          !mention_is_media(&ws->ent[k])) {
        memcpy(ws->ctx_country, ws->ent[k].actor, 3);
        ws->ctx_country[3] = '\0';
        break;
      }
  if (r->n_events > first_ev) {
    const char *src = r->events[r->n_events - 1].source;
    if (strlen(src) < CODE_MAX) strcpy(ws->ctx_person, src);
  }
  /* for "it": the first entity of the sentence outside a prepositional
   * phrase, when it is a state or an organisation named alone (a bare
   * country or IGO/NGO code, no agent: not "the minister", not a
   * person); else nothing, as the subject has changed */
  for (size_t k = 0; k < ws->n_ent; k++) {
    const entity *E = &ws->ent[k];
    if (E->virt || mention_in_pp(ws, E->first)) continue;
    ws->ctx_it[0] = '\0';
    const char *a = E->actor;
    size_t al = a ? strlen(a) : 0;
    if (a && !E->pre[0] && !E->post[0] && !E->place && !strchr(a, '/') &&
        !mention_is_media(E) && al < CODE_MAX &&
        ((al == 3 && mention_country_code(a)) || strncmp(a, "IGO", 3) == 0 ||
         strncmp(a, "NGO", 3) == 0))
      memcpy(ws->ctx_it, a, al + 1);
    break;
  }
  remember_names(ws);
}
