/*
 * coder.c: the event coder (see coder.h for the model).
 *
 * One sentence goes through these steps:
 *   1. prefilter  tokenize only, and give up unless the sentence holds a
 *                 dictionary verb and an actor or agent (most news sentences
 *                 are dropped here without tagging);
 *   2. tag        parts of speech, verb groups, noun phrases (src/tag);
 *   3. discards   a sentence-level discard drops the sentence, a story-level
 *                 one the whole story;
 *   4. mentions   longest actor or agent phrase at each token, actor codes
 *                 chosen by the story date;
 *   5. entities   mentions in one noun phrase are combined (country + agent:
 *                 "Arnor's foreign minister" -> ARNGOVFRM, agents written
 *                 "~X" go after the actor code, "X~" before), "agent of
 *                 actor" likewise, and entities joined by "and"/"or" (with
 *                 commas in a list) form a compound group;
 *   6. verbs      each dictionary verb in a verb group (the group's last
 *                 such verb) is coded: the block's patterns are matched
 *                 around it (words in order with gaps, '_' joins adjacent
 *                 words, '+' target, '$' source, '%' compound, synsets),
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
 *   - group codes naming a non-state sector (PSEREBHMS) take no agents;
 *   - targets: a group with an actor wins over an agent alone; an agent
 *     alone is a target only as direct object, never "its troops", never
 *     only words of the pattern; a domestic institution without a country
 *     ("against the government") takes the source's country;
 *   - nouns are not verbs after the object of a verb ("struck Hezbollah
 *     targets"), nor participles between a verb and a noun ("tortured
 *     detained villagers");
 *   - pattern scores count tokens, so a multi-word synset beats one word.
 * Story context: agents alone ("the minister") take the country of the
 * story (the first actor of an earlier sentence) and "he"/"she" as a
 * subject takes the last source of an earlier sentence.
 */
#include "code/coder.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "code/engine.h"
#include "code/result.h"
#include "dict/dict.h"
#include "tag/tag.h"

/* ===================================================================== */
/* Workspace                                                             */
/* ===================================================================== */

#define CODE_MAX 48          /* composed actor codes are cut to this */
#define MATCH_STEPS 4000     /* backtracking budget per pattern */
#define PRE_WINDOW 10        /* tokens before the verb a pattern may use */
#define PAT_WORDS_MAX 8      /* post-verb pattern words remembered */

typedef struct mention {
  uint32_t first, len;
  uint32_t phrase;           /* dict phrase id */
  const char *code;          /* actor code on the date, or agent code */
  uint32_t agent_mode;       /* DICT_AGENT_* for agents */
  uint8_t is_agent;
} mention;

typedef struct entity {
  uint32_t first, last;      /* token range, inclusive */
  const char *actor;         /* actor code, NULL for an agent alone */
  uint32_t actor_phrase;     /* DICT_NONE if none */
  uint32_t agent_phrase;
  char pre[CODE_MAX];        /* agents written "X~": before the actor */
  char post[CODE_MAX];       /* agents written "~X": after it */
  int32_t group;             /* index of the group's first entity */
  int32_t next;              /* next member of the group, -1 at the end */
  uint8_t agent_of;          /* "agent of ACTOR, ACTOR and ACTOR" */
  uint8_t has_and;           /* group head: joined by and/or somewhere */
} entity;

/* Dictionary matches at one token, computed once per sentence. */
typedef struct tok_hits {
  dict_match am, gm, vm;
  const char *acode;
  const dict_agent *ag;
  const dict_verb_form *vf;
  const dict_verb *vv;
  uint8_t ha, hg, hv;
} tok_hits;

/* Direct-mapped memo of synset matches (synset, token) -> length, valid
 * for one sentence (entries carry the sentence's generation). */
#define SYN_MEMO 4096
typedef struct syn_memo {
  uint32_t key, gen;
  uint32_t len;
} syn_memo;

struct coder_ws {
  tag_ws tag;
  syn_memo memo[SYN_MEMO];
  uint32_t gen;              /* sentence generation for memo */
  tok_hits *hits;            /* per token, valid while hits_ok */
  uint32_t *hit_off;         /* token offsets the hits were computed for */
  size_t hits_cap;
  const char **toks;         /* token norms, [0, tag.n) */
  int32_t *ent_at;           /* entity covering each token, -1 if none */
  uint8_t *consumed;         /* token used by an earlier verb's pattern */
  uint8_t *patword;          /* token matched by a word of the pattern
                                being coded (no role for its entity) */
  uint8_t *syn_at;           /* 0 unknown, 1 no synset phrase starts at the
                                token, 2 some does */
  size_t tok_cap;
  dict_tokinfo *ti;          /* dict lookups of toks[i], [0, tag.n) */
  dict_wordset wset;         /* the tagged sentence's words */
  mention *ment;
  size_t n_ment, ment_cap;
  entity *ent;
  size_t n_ent, ent_cap;
  int32_t date;              /* story date YYYYMMDD */
  const dyad_article *article;
  const char *story_id;      /* copies in the result arena, lazily */
  const char *story_date;
  size_t story_first_event;  /* first event of the current story */
  char ctx_country[CODE_MAX];  /* country of the story so far */
  char ctx_person[CODE_MAX];   /* last source of an earlier sentence */
  char next_person[CODE_MAX];  /* candidate set during this sentence */
  char next_country[CODE_MAX];
  char scratch[1024];
};

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
  free(ws->ti);
  free(ws->ment);
  free(ws->ent);
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
  ws->ctx_country[0] = ws->ctx_person[0] = '\0';
}

/* Makes room for n tokens in the per-token arrays; 0 or -1 on OOM. */
static int ws_reserve_tokens(coder_ws *ws, size_t n) {
  if (n <= ws->tok_cap) return 0;
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

/* ===================================================================== */
/* Token classes                                                         */
/* ===================================================================== */

static int is_prep(const tag_token *t) {
  return t->pos == TAG_IN || t->pos == TAG_TO;
}

/* Words that may sit inside a noun phrase between an actor and an agent
 * ("Gondor's main opposition group", "MSF Arnor diplomat"). */
static int is_np_filler(const tag_token *t) {
  switch (t->pos) {
    case TAG_DT: case TAG_JJ: case TAG_JJR: case TAG_JJS: case TAG_NN:
    case TAG_NNS: case TAG_NNP: case TAG_NNPS: case TAG_POS: case TAG_PRPS:
    case TAG_CD: case TAG_VBN: case TAG_FW:
      return 1;
    default:
      return t->type == TAG_T_POSSESSIVE;
  }
}

static int streq(const char *a, const char *b) { return strcmp(a, b) == 0; }

/* Verbs whose clause complement is coded by its own verb. */
static int is_speech_verb(const char *lemma) {
  static const char *const v[] = {"say", "report", "add", "claim", "state",
                                  "announce", "tell", "note", "insist"};
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    if (streq(lemma, v[i])) return 1;
  return 0;
}

/* ===================================================================== */
/* Mentions and entities                                                 */
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

/* Finds actor and agent mentions: longest match at each token, actors win
 * ties.  Returns 0 or -1 on OOM. */
static int find_mentions(const dyad_dict *d, coder_ws *ws) {
  size_t n = ws->tag.n;
  ws->n_ment = 0;
  for (size_t i = 0; i < n;) {
    const tag_token *t = &ws->tag.tok[i];
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
        !(ws->ctx_person[0] &&
          (streq(ws->toks[i], "he") || streq(ws->toks[i], "she")))) {
      i++;
      continue;
    }
    dict_match am, gm;
    const char *acode = NULL;
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
    if ((t->pos == TAG_DT || t->pos == TAG_IN || t->pos == TAG_CC) &&
        !(t->flags & TAG_F_ALLCAP) && (!(t->flags & TAG_F_CAP) || i == 0)) {
      if (ha && am.len == 1) ha = 0;
      if (hg && gm.len == 1) hg = 0;
    }
    if (ha && (!hg || am.len >= gm.len) && acode && *acode) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, am.len, am.phrase, acode,
                                         0, 0};
      i += am.len;
    } else if (hg && ag) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, gm.len, gm.phrase,
                                         dict_str(d, ag->code), ag->mode, 1};
      i += gm.len;
    } else if (ws->ctx_person[0] && t->pos == TAG_PRP &&
               (streq(ws->toks[i], "he") || streq(ws->toks[i], "she"))) {
      if (grow((void **)&ws->ment, &ws->ment_cap, ws->n_ment, sizeof *ws->ment))
        return -1;
      ws->ment[ws->n_ment++] = (mention){(uint32_t)i, 1, DICT_NONE,
                                         ws->ctx_person, 0, 0};
      i++;
    } else {
      i++;
    }
  }
  return 0;
}

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
  return GAP_OTHER;
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
  if (m->is_agent) entity_add_agent(E, m);
  else {
    E->actor = m->code;
    E->actor_phrase = m->phrase;
  }
}

static int owned_by_pronoun(const coder_ws *ws, size_t f);

/* Builds entities and compound groups from the mentions.  0 or -1. */
static int build_entities(coder_ws *ws) {
  ws->n_ent = 0;
  int32_t last_member = -1;  /* last entity of the current group */
  for (size_t mi = 0; mi < ws->n_ment; mi++) {
    const mention *m = &ws->ment[mi];
    if (ws->n_ent > 0) {
      entity *E = &ws->ent[ws->n_ent - 1];
      int g = gap_kind(ws, E->last + 1, m->first);
      if (g == GAP_NP) {
        /* one actor per noun phrase: the first ("Bree Prime Minister
         * Romendacil" is BREGOV) */
        if (m->is_agent) entity_add_agent(E, m);
        else if (E->actor == NULL) {
          E->actor = m->code;
          E->actor_phrase = m->phrase;
        }
        E->last = m->first + m->len - 1;
        continue;
      }
      if (g == GAP_OF && E->actor == NULL && !m->is_agent &&
          !owned_by_pronoun(ws, E->first)) {
        E->actor = m->code;
        E->actor_phrase = m->phrase;
        E->agent_of = 1;
        E->last = m->first + m->len - 1;
        continue;
      }
      if (g == GAP_LIST_AND || g == GAP_LIST_COMMA) {
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
    for (uint32_t k = ws->ent[i].first; k <= ws->ent[i].last; k++)
      ws->ent_at[k] = (int32_t)i;
  return 0;
}

/* Last token of group g. */
static uint32_t group_last(const coder_ws *ws, int32_t g) {
  int32_t k = g;
  while (ws->ent[k].next >= 0) k = ws->ent[k].next;
  return ws->ent[k].last;
}

/* The code of entity i into buf (CODE_MAX): part `part` of an actor code
 * that lists several actors ("FRO/BIL/SAM").  Returns 0 when there is no
 * such part. */
/* Does the code start with a sector that makes an actor a non-state
 * group (rebels, insurgents, parties, ...)? */
static int has_sector(const char *c) {
  static const char *const v[] = {"REB", "INS", "SEP", "UAF", "PTY", "OPP",
                                  "NGO", "BUS", "CRM", "RAD", NULL};
  for (const char *const *p = v; *p; p++)
    if (strncmp(c, *p, 3) == 0) return 1;
  return 0;
}

static int is_domestic_agent(const char *post) {
  return strncmp(post, "GOV", 3) == 0 || strncmp(post, "COP", 3) == 0 ||
         strncmp(post, "JUD", 3) == 0 || strncmp(post, "LEG", 3) == 0;
}

static int entity_code(const coder_ws *ws, int32_t i, int part, char *buf,
                       const char *home) {
  const entity *E = &ws->ent[i];
  buf[0] = '\0';
  code_cat(buf, E->pre);
  if (E->actor) {
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
    /* "Premier Silvio Berlusconi": ITAGOV already holds the agent */
    size_t pl = strlen(E->post);
    if (pl && al >= pl && memcmp(a + al - pl, E->post, pl) == 0) return 1;
    /* "a senior Hamas commander", "a delegation from Hamas": a group
     * code that names its sector (PSEREBHMS) takes no agent */
    if (al >= 9 && has_sector(a + 3)) {
      buf[0] = '\0';
      if (al < CODE_MAX) {
        memcpy(buf, a, al);
        buf[al] = '\0';
      }
      return 1;
    }
  } else {
    if (part > 0) return 0;
    /* an institution without a country ("protested against the
     * government") is the source's own, when the story names none */
    if (!ws->ctx_country[0] && home != NULL && is_domestic_agent(E->post))
      code_cat(buf, home);
    else
      code_cat(buf, ws->ctx_country[0] ? ws->ctx_country : "---");
  }
  code_cat(buf, E->post);
  return 1;
}

/* Words that count the noun phrase after "of" ("thousands of
 * protesters", "a group of soldiers"): the phrase is the head. */
static int is_quantity_word(const coder_ws *ws, size_t k) {
  static const char *const v[] = {
      "thousands", "hundreds", "dozens", "millions", "tens", "scores",
      "dozen", "hundred", "thousand", "million", "number", "group", "groups",
      "lot", "lots", "majority", "handful", "crowd", "crowds", "some", "many",
      "most", "all", "several", "few", "both", "each", "one", "two", "three",
      "members", "member", "band", "team", "contingent", "unit", "units",
      "squad", "batch", NULL};
  if (ws->tag.tok[k].pos == TAG_CD) return 1;
  for (const char *const *p = v; *p; p++)
    if (streq(ws->toks[k], *p)) return 1;
  return 0;
}

/* Is the entity starting at token f inside a prepositional phrase?  Not
 * after a quantity ("thousands of Kenyan protesters") unless the quantity
 * itself is. */
static int in_pp(const coder_ws *ws, size_t f) {
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
      return q < f ? in_pp(ws, q) : 0;
    }
    return is_prep(t) && !streq(ws->toks[k - 1], "that");
  }
  return 0;
}

/* ===================================================================== */
/* Roles                                                                 */
/* ===================================================================== */

static int is_time_noun(const char *w) {
  static const char *const v[] = {
      "year", "years", "month", "months", "week", "weeks", "day", "days",
      "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "night", "morning",
      "evening", "afternoon", "time", "hour", "hours", NULL};
  for (const char *const *p = v; *p; p++)
    if (streq(w, *p)) return 1;
  return 0;
}

/* Only adverbs between token j and the verb group at vs? */
static int adjacent_before(const coder_ws *ws, size_t j, size_t vs) {
  for (size_t k = j + 1; k < vs; k++)
    if (ws->tag.tok[k].pos != TAG_RB) return 0;
  return 1;
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
      return in_pp(ws, ws->ent[g].first) && k == j ? -1 : g;
    }
    if (!is_np_filler(t)) return -1;
  }
  return -1;
}

/* The subject group of the verb group starting at token vs, or -1.  A
 * verb group met first hands over its own subject (unless `no_inherit`);
 * a noun that is no actor and stands right before the verb (only adverbs
 * in between, not in a prepositional phrase) is a subject without a code
 * ("crowds trashed"). */
static int32_t find_subject(const coder_ws *ws, size_t vs, int depth,
                            int no_inherit) {
  const tag_token *T = ws->tag.tok;
  int comma = 0;
  for (size_t k = vs; k > 0; k--) {
    size_t j = k - 1;
    if (streq(ws->toks[j], ";")) return -1;
    if (streq(ws->toks[j], ",")) comma = 1;
    /* "Hezbollah's attack which killed": the subject of a relative
     * clause is the noun phrase before the pronoun, coded or not */
    if ((T[j].pos == TAG_WDT || T[j].pos == TAG_WP) && ws->ent_at[j] < 0)
      return relative_head(ws, j);
    int32_t e = ws->ent_at[j];
    if (e >= 0) {
      int32_t g = ws->ent[e].group;
      uint32_t gf = ws->ent[g].first;
      if (!in_pp(ws, gf)) return g;
      k = gf + 1;
      continue;
    }
    if (T[j].chunk == TAG_CH_VG && T[j].chunk_id < ws->tag.n_chunks) {
      if (depth >= 4 || no_inherit) return -1;
      return find_subject(ws, ws->tag.chunks[T[j].chunk_id].first, depth + 1,
                          0);
    }
    if (!comma && tag_is_noun(T[j].pos) && adjacent_before(ws, j, vs) &&
        !is_time_noun(ws->toks[j])) {
      size_t f = j;
      if (T[j].chunk == TAG_CH_NP && T[j].chunk_id < ws->tag.n_chunks)
        f = ws->tag.chunks[T[j].chunk_id].first;
      /* "Fornost President Umbardacil appealed": the name ends a noun
       * phrase that holds an actor, which is the subject */
      int holds = 0;
      for (size_t q = f; q < j && !holds; q++) holds = ws->ent_at[q] >= 0;
      if (holds) continue;
      if (!in_pp(ws, f) && !(f > 0 && T[f - 1].type == TAG_T_POSSESSIVE))
        return -1;
      k = f + 1;
    }
  }
  return -1;
}

/* End (exclusive) of the complement of a verb whose group ends at ve.
 * `clause` 1: also end where a relative or "whether" clause begins
 * ("the man who"), for the default target; 2: at "that" as well, for
 * speech verbs ("says that China ...": the inner verb codes that).
 * Patterns may reach past both ("* HOPES THAT +"). */
static size_t complement_end(const coder_ws *ws, size_t ve, int clause) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  for (size_t k = ve + 1; k < n; k++) {
    const char *w = ws->toks[k];
    if ((w[0] == ';' || w[0] == ',') && w[1] == '\0') return k;
    if (clause &&
        (T[k].pos == TAG_WDT || T[k].pos == TAG_WP || T[k].pos == TAG_WRB ||
         (clause > 1 && w[0] == 't' && streq(w, "that")) ||
         (w[0] == 'w' && streq(w, "whether"))))
      return k;
    if (T[k].chunk != TAG_CH_VG || !T[k].chunk_begin) continue;
    if (T[k].chunk_id < ws->tag.n_chunks &&
        (ws->tag.chunks[T[k].chunk_id].flags & TAG_VG_INF))
      continue;
    if (k > 0 && (T[k - 1].pos == TAG_TO || T[k - 1].chunk == TAG_CH_VG))
      continue;
    /* a plural noun read as a verb before a participle: "all
     * communication links leading into Mordor" */
    if ((T[k].pos == TAG_VBZ || T[k].pos == TAG_VBP) && k + 1 < n &&
        T[k + 1].pos == TAG_VBG && T[k + 1].chunk == TAG_CH_VG &&
        T[k + 1].chunk_id == T[k].chunk_id && k > 0 &&
        (tag_is_noun(T[k - 1].pos) || tag_is_adj(T[k - 1].pos) ||
         T[k - 1].pos == TAG_DT) &&
        !streq(tag_lemma(&ws->tag, k), "be") &&
        !streq(tag_lemma(&ws->tag, k), "keep"))
      continue;
    /* a bare participle is a reduced relative: "memos sent by Bree",
     * "roads leading into Mordor" */
    if ((T[k].pos == TAG_VBN || T[k].pos == TAG_VBG) &&
        T[k].chunk_id < ws->tag.n_chunks &&
        ws->tag.chunks[T[k].chunk_id].n == 1)
      continue;
    return k;
  }
  return n;
}

static int is_domestic_agent(const char *post);

/* Is group g only agents with no actor ("the troops", "artillery")? */
static int group_weak(const coder_ws *ws, int32_t g) {
  for (int32_t k = g; k >= 0; k = ws->ent[k].next)
    if (ws->ent[k].actor != NULL) return 0;
  return 1;
}

/* Does a possessive pronoun ("its troops", "their forces") open the noun
 * phrase of the entity starting at token f?  Such a phrase belongs to the
 * subject. */
static int owned_by_pronoun(const coder_ws *ws, size_t f) {
  const tag_token *T = ws->tag.tok;
  for (size_t k = f; k > 0; k--) {
    const tag_token *t = &T[k - 1];
    if (t->pos == TAG_PRPS) return 1;
    if (!(tag_is_adj(t->pos) || t->pos == TAG_CD || t->pos == TAG_RB))
      return 0;
  }
  return 0;
}

/* First group starting in [a, b) other than `not`; speech verbs skip a
 * group that is the subject of a following verb group.  Groups with an
 * actor come first: an agent alone ("troops", "artillery") is taken only
 * when no actor follows, and only as a direct object (not inside a
 * prepositional phrase, not "its troops"). */
static int32_t first_group(const coder_ws *ws, size_t a, size_t b,
                           int32_t not_g, int speech) {
  int32_t weak = -1;
  for (size_t k = a; k < b; k++) {
    int32_t e = ws->ent_at[k];
    if (e < 0) continue;
    int32_t g = ws->ent[e].group;
    uint32_t gl = group_last(ws, g);
    /* an agent alone that only spells words of the pattern
     * ("military" in "* {MILITARY DRILLS}") */
    int pw = group_weak(ws, g);
    for (uint32_t q = ws->ent[g].first; q <= gl && pw; q++)
      pw = ws->patword[q];
    if (g != not_g && !pw) {
      size_t nx = gl + 1;
      if (!speech || !(nx < ws->tag.n && (ws->tag.tok[nx].chunk == TAG_CH_VG ||
                                          ws->tag.tok[nx].pos == TAG_MD))) {
        if (!group_weak(ws, g)) return g;
        uint32_t gf = ws->ent[g].first;
        if (weak < 0 && !in_pp(ws, gf) && !owned_by_pronoun(ws, gf))
          weak = g;
      }
    }
    k = gl;
  }
  return weak;
}

/* ===================================================================== */
/* Pattern matching                                                      */
/* ===================================================================== */

typedef struct mctx {
  const dyad_dict *d;
  const coder_ws *ws;
  const dict_pat_tok *P;     /* the pattern's tokens */
  size_t np, vi;             /* token count, index of '*' */
  size_t lo, hi;             /* token window [lo, hi) for patterns */
  size_t thi;                /* end of the complement, for '+' and '%' */
  size_t vs, ve;             /* verb tokens [vs, ve) */
  int steps;
  int words, slots;          /* tokens matched by words, slots filled */
  uint32_t pw_at[PAT_WORDS_MAX], pw_len[PAT_WORDS_MAX];  /* post-verb words */
  uint32_t n_pw;
  int neg_used;
  int32_t src, tgt, comp;    /* groups from slots */
  int comp_post;             /* the '%' slot came after the verb */
  size_t pre_first;          /* first token the part before '*' used */
  size_t end;                /* token after the last post-verb match */
} mctx;

/* Does pattern word pw match token tok?  PETRARCH semantics: a pattern
 * word matches the token it spells and nothing longer ("* EFFORT" does not
 * take "efforts", "(FOR)" not "forthcoming"); the trailing '_' of exact
 * words changes nothing then.  Inflected verb forms are dictionary forms
 * of their own, and synsets list their members. */
static inline int pat_word_matches(const char *pw, int exact,
                                   const char *tok) {
  (void)exact;
  return pw[0] == tok[0] && strcmp(pw, tok) == 0;
}

/* Tokens pattern token t covers at k (0 = no match). */
static size_t tok_match(mctx *c, const dict_pat_tok *t, size_t k) {
  if (t->kind == DICT_T_WORD) {
    return pat_word_matches(dict_str(c->d, t->text),
                            (t->flags & DICT_TF_EXACT) != 0,
                            c->ws->toks[k]) ? 1 : 0;
  }
  if (t->kind == DICT_T_SYNSET && t->ref != DICT_NONE) {
    coder_ws *ws = (coder_ws *)c->ws;  /* memo only */
    uint32_t key = t->ref * 1024u + (uint32_t)(k & 1023u);
    syn_memo *m = &ws->memo[(key * 2654435761u) >> 20 & (SYN_MEMO - 1)];
    if (m->gen == ws->gen && m->key == key && k < 1024) return m->len;
    size_t L = dict_synset_match_ti(c->d, t->ref,
                                    (const char *const *)ws->toks, ws->tag.n,
                                    k, &ws->ti[k]);
    if (L + k > c->hi) L = 0;  /* must end inside the window */
    else if (k < 1024) {
      m->key = key;
      m->gen = ws->gen;
      m->len = (uint32_t)L;
    }
    return L;
  }
  return 0;
}

static int is_slot(uint32_t kind) {
  return kind == DICT_T_SOURCE || kind == DICT_T_TARGET ||
         kind == DICT_T_COMPOUND;
}

static void set_slot(mctx *c, uint32_t kind, int32_t g) {
  if (kind == DICT_T_SOURCE) c->src = g;
  else if (kind == DICT_T_TARGET) c->tgt = g;
  else c->comp = g;
  c->slots++;
}

static int slot_ok(const mctx *c, uint32_t kind, int32_t g) {
  if (kind == DICT_T_COMPOUND) return c->ws->ent[g].next >= 0;
  /* "its military drills" belongs to someone named before */
  if (group_weak(c->ws, g) && owned_by_pronoun(c->ws, c->ws->ent[g].first))
    return 0;
  return 1;
}

/* Matches P[pi..] at tokens >= j (gaps allowed unless joined). */
static int m_post(mctx *c, size_t pi, size_t j) {
  if (++c->steps > MATCH_STEPS) return 0;
  if (pi == c->np) {
    c->end = j;
    return 1;
  }
  const dict_pat_tok *t = &c->P[pi];
  int joined = (t->flags & DICT_TF_JOINED) != 0;
  if (t->kind == DICT_T_WORD || t->kind == DICT_T_SYNSET) {
    for (size_t k = j; k < c->hi; k++) {
      size_t L = tok_match(c, t, k);
      if (L && m_post(c, pi + 1, k + L)) {
        c->words += (int)L;
        if (c->n_pw < PAT_WORDS_MAX) {
          c->pw_at[c->n_pw] = (uint32_t)k;
          c->pw_len[c->n_pw++] = (uint32_t)L;
        }
        for (size_t q = k; q < k + L; q++)
          if (c->ws->tag.tok[q].flags & TAG_F_NEG) c->neg_used = 1;
        return 1;
      }
      if (joined) break;
    }
    return 0;
  }
  if (is_slot(t->kind)) {
    for (size_t k = j; k < c->thi; k++) {
      int32_t e = c->ws->ent_at[k];
      if (e >= 0 && c->ws->ent[e].group == e && c->ws->ent[e].first == k &&
          slot_ok(c, t->kind, e)) {
        uint32_t gl = group_last(c->ws, e);
        int ok = m_post(c, pi + 1, gl + 1);
        /* "took Israeli civilians hostage": the word after the slot may
         * be the last word of the slot's own noun phrase */
        if (!ok && c->ws->ent[e].next < 0 && gl > k && pi + 1 < c->np &&
            (c->P[pi + 1].kind == DICT_T_WORD ||
             c->P[pi + 1].kind == DICT_T_SYNSET))
          ok = m_post(c, pi + 1, gl);
        if (ok) {
          set_slot(c, t->kind, e);
          if (t->kind == DICT_T_COMPOUND) c->comp_post = 1;
          return 1;
        }
      }
      /* "over its military drills": the pronoun's owner is the target;
       * no later group stands in for it */
      if (e >= 0 && c->ws->ent[e].first == k && t->kind == DICT_T_TARGET &&
          group_weak(c->ws, c->ws->ent[e].group) &&
          owned_by_pronoun(c->ws, k))
        return 0;
      if (joined) break;
    }
    return 0;
  }
  if (t->kind == DICT_T_SKIP) {
    /* '^' skips the next noun phrase (or actor) */
    const coder_ws *ws = c->ws;
    for (size_t k = j; k < c->hi; k++) {
      int32_t e = ws->ent_at[k];
      size_t end = 0;
      if (e >= 0) end = group_last(ws, ws->ent[e].group) + 1;
      else if (ws->tag.tok[k].chunk == TAG_CH_NP &&
               ws->tag.tok[k].chunk_id < ws->tag.n_chunks) {
        const tag_chunk *ch = &ws->tag.chunks[ws->tag.tok[k].chunk_id];
        end = ch->first + ch->n;
      }
      if (end > k) return m_post(c, pi + 1, end);
    }
    return 0;
  }
  return m_post(c, pi + 1, j);  /* brackets: structure only */
}

/* Matches P[pi] and before, ending at or before token j (backward).
 * `adj` demands P[pi] end exactly at j. */
static int m_pre(mctx *c, ptrdiff_t pi, ptrdiff_t j, int adj) {
  if (++c->steps > MATCH_STEPS) return 0;
  if (pi < 0) return 1;
  const dict_pat_tok *t = &c->P[pi];
  int nadj = (t->flags & DICT_TF_JOINED) != 0;  /* P[pi-1] adjacent to it */
  if (t->kind == DICT_T_WORD || t->kind == DICT_T_SYNSET) {
    for (ptrdiff_t k = j; k >= (ptrdiff_t)c->lo; k--) {
      for (ptrdiff_t s = k; s >= (ptrdiff_t)c->lo && k - s < 4; s--) {
        size_t L = tok_match(c, t, (size_t)s);
        if (L == (size_t)(k - s + 1) && m_pre(c, pi - 1, s - 1, nadj)) {
          c->words += (int)L;
          if ((size_t)s < c->pre_first) c->pre_first = (size_t)s;
          for (ptrdiff_t q = s; q <= k; q++)
            if (c->ws->tag.tok[q].flags & TAG_F_NEG) c->neg_used = 1;
          return 1;
        }
        if (t->kind == DICT_T_WORD) break;
      }
      if (adj) break;
    }
    return 0;
  }
  if (is_slot(t->kind)) {
    for (ptrdiff_t k = j; k >= 0; k--) {
      int32_t e = c->ws->ent_at[k];
      if (e >= 0) {
        int32_t g = c->ws->ent[e].group;
        if (group_last(c->ws, g) == (uint32_t)k && slot_ok(c, t->kind, g) &&
            m_pre(c, pi - 1, (ptrdiff_t)c->ws->ent[g].first - 1, nadj)) {
          set_slot(c, t->kind, g);
          if (c->ws->ent[g].first < c->pre_first)
            c->pre_first = c->ws->ent[g].first;
          return 1;
        }
      }
      if (adj) break;
    }
    return 0;
  }
  return m_pre(c, pi - 1, j, adj && nadj);
}

/* Tries pattern p for the verb at [vs, ve); fills c and returns 1 on a
 * match. */
static int match_pattern(mctx *c, const dict_pattern *p) {
  const dyad_dict *d = c->d;
  if (p->tok_count == 0) return 0;
  const dict_pat_tok *P = dict_pat_tok_at(d, p->tok_first);
  if (P == NULL || dict_pat_tok_at(d, p->tok_first + p->tok_count - 1) == NULL)
    return 0;
  /* cheap test first: every word and synset of the pattern must occur
   * somewhere in the window */
  for (int pass = 0; pass < 2; pass++)  /* words (cheap), then synsets */
    for (uint32_t i = 0; i < p->tok_count; i++) {
      if (P[i].kind != (pass ? DICT_T_SYNSET : DICT_T_WORD)) continue;
      if (!dict_wordset_may_match(d, &c->ws->wset, &P[i])) return 0;
      size_t k;
      for (k = c->lo; k < c->hi; k++)
        if (tok_match(c, &P[i], k)) break;
      if (k == c->hi) return 0;
    }
  c->P = P;
  c->np = p->tok_count;
  c->vi = SIZE_MAX;
  for (size_t i = 0; i < c->np; i++)
    if (P[i].kind == DICT_T_VERB) {
      c->vi = i;
      break;
    }
  c->steps = 0;
  c->words = c->slots = c->neg_used = 0;
  c->n_pw = 0;
  c->src = c->tgt = c->comp = -1;
  c->comp_post = 0;
  c->end = c->ve;
  c->pre_first = c->vs;
  if (c->vi == SIZE_MAX) return m_post(c, 0, c->ve);
  int adj = (P[c->vi].flags & DICT_TF_JOINED) != 0;
  if (!m_post(c, c->vi + 1, c->ve)) return 0;
  int w = c->words, s = c->slots, nu = c->neg_used;
  int32_t tg = c->tgt, sr = c->src, cp = c->comp;
  int cpost = c->comp_post;
  size_t end = c->end;
  c->words = c->slots = 0;
  if (!m_pre(c, (ptrdiff_t)c->vi - 1, (ptrdiff_t)c->vs - 1, adj)) return 0;
  c->words += w;
  c->slots += s;
  c->neg_used |= nu;
  if (tg >= 0) c->tgt = tg;
  if (sr >= 0) c->src = sr;
  if (cp >= 0) c->comp = cp;
  c->comp_post = cpost;
  c->end = end;
  return 1;
}

/* ===================================================================== */
/* Events                                                                */
/* ===================================================================== */

/* "FILE:LINE phrase" for a dictionary phrase, in r's arena. */
static const char *entry_text(coder_ws *ws, const dyad_dict *d,
                              dyad_result *r, uint32_t phrase) {
  const dict_phrase *p = phrase == DICT_NONE ? NULL : dict_phrase_at(d, phrase);
  if (p == NULL) return "";
  int len = snprintf(ws->scratch, sizeof ws->scratch, "%s:%u %s",
                     dict_file_name(d, p->file), (unsigned)p->line,
                     dict_str(d, p->words));
  if (len < 0) return "";
  if ((size_t)len >= sizeof ws->scratch) len = (int)sizeof ws->scratch - 1;
  const char *s = result_strdup(r, ws->scratch, (size_t)len);
  return s ? s : "";
}

typedef struct verb_hit {
  size_t vs, ve;             /* verb tokens */
  const dict_verb *verb;
  const dict_pattern *pat;   /* NULL = base code */
  const char *code;          /* code string, maybe "a:b" */
} verb_hit;

static dyad_span tok_span(const coder_ws *ws, size_t a, size_t b_incl) {
  const tag_token *T = ws->tag.tok;
  dyad_span sp = {T[a].offset, T[b_incl].offset + T[b_incl].len - T[a].offset};
  return sp;
}

static dyad_span group_span(const coder_ws *ws, int32_t g) {
  if (g < 0) return (dyad_span){0, 0};
  return tok_span(ws, ws->ent[g].first, group_last(ws, g));
}

/* Emits one event unless it duplicates one of this sentence or is a self
 * event.  Returns 0 or -1 on OOM. */
static int emit(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                size_t si, size_t sent_first, const char *src,
                const char *tgt, const char *code, size_t code_len,
                const verb_hit *h, int32_t sg, int32_t tg, int32_t se,
                int32_t te) {
  if (code_len == 0 || (code_len == 3 && memcmp(code, "---", 3) == 0))
    return 0;
  if (e->require_dyad && (!*src || !*tgt)) return 0;
  if (*src && streq(src, tgt)) return 0;
  for (size_t i = sent_first; i < r->n_events; i++) {
    const dyad_event *o = &r->events[i];
    if (streq(o->source, src) && streq(o->target, tgt) &&
        strlen(o->code) == code_len && memcmp(o->code, code, code_len) == 0)
      return 0;
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
  const dyad_code_info *info = dyad_cameo_code(ev.code);
  ev.root = info ? info->root : "";
  ev.quad_class = info ? info->quad_class : 0;
  ev.goldstein = info ? info->goldstein : 0.0;
  ev.plover = info && info->plover ? info->plover : "";
  ev.text = r->sents[si].text;
  ev.explain.source_span = group_span(ws, sg);
  ev.explain.target_span = group_span(ws, tg);
  ev.explain.verb_span = tok_span(ws, h->vs, h->ve - 1);
  if (h->pat) {
    ev.explain.pattern = dict_str(d, h->pat->text);
    ev.explain.pattern_file = dict_file_name(d, h->pat->file);
    ev.explain.pattern_line = h->pat->line;
  } else {
    ev.explain.pattern = "";
    ev.explain.pattern_file = dict_file_name(d, h->verb->file);
    ev.explain.pattern_line = h->verb->line;
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
  if (result_add_event(r, &ev) == NULL) return -1;
  return 0;
}

/* Emits the events of one coded verb for source group sg and target group
 * tg (either may be -1). */
static int emit_groups(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                       size_t si, size_t sent_first, const verb_hit *h,
                       int32_t sg, int32_t tg) {
  const char *code = h->code;
  const char *colon = strchr(code, ':');
  size_t c1 = colon ? (size_t)(colon - code) : strlen(code);
  const char *code2 = colon ? colon + 1 : NULL;
  char sbuf[CODE_MAX], tbuf[CODE_MAX];
  for (int32_t s = sg; ; s = ws->ent[s].next) {
    for (int sp = 0; sp < 16; sp++) {
      if (s >= 0) {
        if (!entity_code(ws, s, sp, sbuf, NULL)) break;
      } else if (sp > 0) {
        break;
      } else {
        sbuf[0] = '\0';
      }
      char home[4] = "";
      if (sbuf[0] && sbuf[0] != '-' && strlen(sbuf) >= 3) {
        memcpy(home, sbuf, 3);
        home[3] = '\0';
      }
      for (int32_t t = tg; ; t = ws->ent[t].next) {
        for (int tp = 0; tp < 16; tp++) {
          if (t >= 0) {
            if (!entity_code(ws, t, tp, tbuf, home[0] ? home : NULL)) break;
          } else if (tp > 0) {
            break;
          } else {
            tbuf[0] = '\0';
          }
          if (emit(e, ws, r, si, sent_first, sbuf, tbuf, code, c1, h, sg, tg,
                   s, t))
            return -1;
          if (code2 && *code2 &&
              emit(e, ws, r, si, sent_first, tbuf, sbuf, code2, strlen(code2),
                   h, tg, sg, t, s))
            return -1;
        }
        if (t < 0 || ws->ent[t].next < 0) break;
      }
    }
    if (s < 0 || ws->ent[s].next < 0) break;
  }
  return 0;
}

/* ===================================================================== */
/* The sentence                                                          */
/* ===================================================================== */

/* Fills ws->hits for the current tokens and says whether the sentence
 * could give an event at all (a verb and an actor or agent). */
static int compute_hits(const dyad_dict *d, coder_ws *ws) {
  size_t n = ws->tag.n;
  int verb = 0, actor = 0;
  for (size_t i = 0; i < n; i++) {
    tok_hits *h = &ws->hits[i];
    const char *const *t = ws->toks;
    ws->hit_off[i] = ws->tag.tok[i].offset;
    const dict_tokinfo *ti = &ws->ti[i];
    h->ha = (uint8_t)dict_actor_match_ti(d, t, n, i, ti, ws->date, &h->am,
                                         &h->acode);
    h->hg = (uint8_t)dict_agent_match_ti(d, t, n, i, ti, &h->gm, &h->ag);
    h->hv = (uint8_t)dict_verb_match_ti(d, t, n, i, ti, &h->vm, &h->vf,
                                        &h->vv);
    if (h->hv && (h->vf == NULL || h->vv == NULL)) h->hv = 0;
    verb |= h->hv;
    actor |= h->ha | h->hg;
  }
  return verb && actor;
}

/* Are the hits still valid for the tokens of the tagged sentence? */
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
    /* "very close to": an adjective after an intensifier */
    if (p->pos == TAG_RB &&
        (streq(ws->toks[i - 1], "very") || streq(ws->toks[i - 1], "too") ||
         streq(ws->toks[i - 1], "so") || streq(ws->toks[i - 1], "as")))
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
  /* "has celebrated" mis-tagged as an adjective after an auxiliary */
  if (i > 0 && ws->tag.tok[i - 1].chunk == TAG_CH_VG && t->pos == TAG_JJ) {
    const char *w = ws->toks[i - 1];
    return streq(w, "has") || streq(w, "have") || streq(w, "had");
  }
  return 0;
}

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
  return is_speech_verb(tag_lemma(&ws->tag, ch->head));
}

/* Removes entities of [a, b) from role taking (the ent_at map). */
static void hide_entities(coder_ws *ws, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) ws->ent_at[k] = -1;
}

/* Attribution is no participant: a trailing reporting clause ("..., the
 * Ukrainian military said.", "..., said U.S. officials on Monday.") and
 * "according to X" name who reports, not who acts.  Their actors are
 * hidden from the roles of other verbs and the reporting verb is not
 * coded (ws->consumed). */
static void hide_reporters(coder_ws *ws) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n;
  for (size_t k = 0; k + 1 < n; k++)
    if (streq(ws->toks[k], "according") && streq(ws->toks[k + 1], "to")) {
      size_t e = k + 2;
      while (e < n && (is_np_filler(&T[e]) || ws->ent_at[e] >= 0) &&
             !streq(ws->toks[e], ","))
        e++;
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
    if (e == ve) return;
    for (size_t q = e; q < end; q++)
      if (T[q].chunk == TAG_CH_VG || tag_is_verb(T[q].pos)) return;
    hide_entities(ws, ve, e);
    for (size_t q = k; q < ve; q++) ws->consumed[q] = 1;
    return;
  }
  /* ", the Ukrainian military said" */
  size_t s = k;
  while (k < end && (is_np_filler(&T[k]) || ws->ent_at[k] >= 0) &&
         T[k].chunk != TAG_CH_VG)
    k++;
  if (k == s || k >= end || !speech_group_at(ws, k, &ve)) return;
  for (size_t q = ve; q < end; q++)
    if (T[q].chunk == TAG_CH_VG || tag_is_verb(T[q].pos)) return;
  hide_entities(ws, s, k);
  hide_entities(ws, ve, end);
  for (size_t q = k; q < ve; q++) ws->consumed[q] = 1;
}

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
    if (a3 == 45 || a3 == 46) m = "037";
    else if (ar == 4) m = "036";
    else if (ar == 5) m = "032";
    else if (ar == 6) m = "031";
    else if (ar == 7) m = "033";
    else if (ar == 8) m = "035";
  } else {
    if (a3 == 45 || a3 == 46) m = "126";
    else if (ar == 4) m = "125";
    else if (a3 == 57) m = "127";
    else if (ar == 6) m = "121";
    else if (ar == 7) m = "122";
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
 * "threatened to attack", "vowed not to retreat", "refused to ever meet":
 * the token of a dictionary verb after "to", or SIZE_MAX. */
static size_t control_embedded(const coder_ws *ws, size_t i, size_t len) {
  const tag_token *T = ws->tag.tok;
  size_t n = ws->tag.n, k = i + len;
  while (k < n && (T[k].pos == TAG_RB || (T[k].flags & TAG_F_NEG))) k++;
  if (k >= n || T[k].pos != TAG_TO) return SIZE_MAX;
  k++;
  while (k < n && (T[k].pos == TAG_RB || (T[k].flags & TAG_F_NEG))) k++;
  if (k >= n || !ws->hits[k].hv || ws->consumed[k]) return SIZE_MAX;
  if (!(T[k].pos == TAG_VB || T[k].chunk == TAG_CH_VG)) return SIZE_MAX;
  return k;
}

/* Codes the verb at token i (form and block given). */
static int code_verb(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                     size_t si, size_t sent_first, size_t i, size_t len,
                     const dict_verb_form *f, const dict_verb *v,
                     size_t emb, const char *emb_code) {
  const dyad_dict *d = e->dict;
  const tag_token *T = ws->tag.tok;
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
   * war": a bare participle after a noun is a reduced relative, passive */
  if (T[i].pos == TAG_VBN && gs == i && ge == i + len && i > 0 &&
      (tag_is_noun(T[i - 1].pos) || T[i - 1].chunk == TAG_CH_NP) &&
      ws->ent_at[i - 1] < 0)
    vflags |= TAG_VG_PASSIVE;
  /* "Ethiopia broken down": an actor the chunker put into the group */
  while (gs < i && ws->ent_at[gs] >= 0) gs++;
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
  int negated = (vflags & TAG_VG_NEG) != 0;
  for (size_t k = gs; k < i; k++)
    if (T[k].flags & TAG_F_NEG) negated = 1;
  if (i > 0 && (T[i - 1].flags & TAG_F_NEG)) negated = 1;

  mctx c;
  memset(&c, 0, sizeof c);
  c.d = d;
  c.ws = ws;
  c.vs = i;
  c.ve = i + len;
  c.thi = complement_end(ws, ge - 1, 0);
  if (c.thi < c.ve) c.thi = c.ve;
  int speech = is_speech_verb(tag_lemma(&ws->tag, i));
  size_t cend = complement_end(ws, ge - 1, speech ? 2 : 1);
  c.hi = c.ve;
  while (c.hi < n && !streq(ws->toks[c.hi], ",") && !streq(ws->toks[c.hi], ";"))
    c.hi++;
  if (c.hi < c.thi) c.hi = c.thi;
  c.lo = i > PRE_WINDOW ? i - PRE_WINDOW : 0;

  verb_hit h = {i, i + len, v, NULL, dict_str(d, f->code)};
  if (!*h.code) h.code = dict_str(d, v->code);
  int best = -1, neg_used = 0;
  int32_t bsrc = -1, btgt = -1, bcomp = -1;
  size_t bend = c.ve, bpre = c.vs;
  uint32_t bn_pw = 0, bpw_at[PAT_WORDS_MAX], bpw_len[PAT_WORDS_MAX];
  uint32_t vid = DICT_NONE;
  if (f->verb < e->n_verbs) vid = f->verb;
  const dict_verb *vb = v;
  for (uint32_t ring = 0; ring < 64; ring++) {
  for (uint32_t pi = 0; pi < vb->pat_count; pi++) {
    const dict_pattern *p = dict_pattern_at(d, vb->pat_first + pi);
    if (p == NULL) break;
    if (!match_pattern(&c, p)) continue;
    int score = c.words * 3 + c.slots * 2;
    if (score > best) {
      best = score;
      h.pat = p;
      h.code = dict_str(d, p->code);
      if (p->code2 != DICT_NONE && *dict_str(d, p->code2)) {
        /* keep "a:b" together: code2 is looked up in emit_groups */
        int l = snprintf(ws->scratch, sizeof ws->scratch, "%s:%s",
                         dict_str(d, p->code), dict_str(d, p->code2));
        if (l > 0 && (size_t)l < sizeof ws->scratch) {
          const char *cc = result_strdup(r, ws->scratch, (size_t)l);
          if (cc == NULL) return -1;
          h.code = cc;
        }
      }
      neg_used = c.neg_used;
      bsrc = c.src;
      btgt = c.tgt;
      bcomp = c.comp;
      if (c.comp_post && bcomp >= 0) {  /* "* WITH %": a compound target */
        btgt = bcomp;
        bcomp = -1;
      }
      bend = c.end;
      bpre = c.pre_first;
      bn_pw = c.n_pw;
      memcpy(bpw_at, c.pw_at, sizeof bpw_at);
      memcpy(bpw_len, c.pw_len, sizeof bpw_len);
    }
  }
    /* blocks sharing the form */
    if (vid == DICT_NONE) break;
    uint32_t nx = e->verb_ring[vid];
    if (nx == f->verb || nx >= e->n_verbs) break;
    vid = nx;
    vb = dict_verb_at(d, vid);
    if (vb == NULL) break;
  }
  if (emb != SIZE_MAX) {
    /* a control verb ("threatened to attack"): a pattern that reads past
     * the verb codes it, else a framing family codes the embedded action
     * in its own terms; otherwise the embedded verb is coded instead */
    const char *base = dict_str(d, f->code);
    if (!*base) base = dict_str(d, v->code);
    /* a pattern that read the embedded verb as a noun of another family
     * ("* ATTACK" under PROMISE for "vowed to attack") does not count */
    if (h.pat != NULL && bend > emb && strncmp(h.code, base, 2) != 0)
      h.pat = NULL;
    if (h.pat == NULL || bend <= c.ve) {
      char fc[8];
      if (!frame_code(base, emb_code, fc)) return 1;
      const char *cc = result_strdup(r, fc, strlen(fc));
      if (cc == NULL) return -1;
      h.code = cc;
      h.pat = NULL;
    }
    ws->consumed[emb] = 1;
  }
  /* words the pattern used are not coded again */
  for (size_t k = c.ve; k < bend && k < n; k++) ws->consumed[k] = 1;
  if (negated && !neg_used && !e->code_negated) return 0;
  if (!*h.code || streq(h.code, "---")) return 0;

  if (bcomp >= 0) {
    /* '%': the members act on each other */
    for (int32_t a = bcomp; a >= 0; a = ws->ent[a].next)
      for (int32_t b = bcomp; b >= 0; b = ws->ent[b].next) {
        if (a == b) continue;
        int32_t na = ws->ent[a].next, nb = ws->ent[b].next;
        ws->ent[a].next = -1;
        ws->ent[b].next = -1;
        int rc = emit_groups(e, ws, r, si, sent_first, &h, a, b);
        ws->ent[a].next = na;
        ws->ent[b].next = nb;
        if (rc) return -1;
      }
    return 0;
  }

  /* a pattern that used words after the verb ("* HOPES", "*
   * REALLY_PLEASANT") governs the clause: its target may stand in a
   * "that" clause; a bare verb takes none from there */
  if (h.pat != NULL && bend > c.ve) cend = c.thi;
  if (cend < c.ve) cend = c.ve;
  int pas = (vflags & TAG_VG_PASSIVE) != 0;
  int32_t subj = find_subject(ws, gs, 0, pas);
  /* else the subject stands before what the pattern used ("DEATH TOLL *"
   * in "Eriador's death toll has risen", "NOTED + *") */
  if (subj < 0 && bpre < gs) subj = find_subject(ws, bpre, 0, pas);
  if (subj >= 0 && subj == btgt && bpre < gs)
    subj = find_subject(ws, ws->ent[btgt].first, 0, pas);
  int32_t src = bsrc, tgt = btgt;
  if ((vflags & TAG_VG_PASSIVE) && btgt >= 0) {
    /* the pattern placed the target: the subject acts */
    if (src < 0) src = subj;
  } else if (vflags & TAG_VG_PASSIVE) {
    if (tgt < 0) tgt = subj;
    if (src < 0) {
      /* the "by" agent, else the first group of the complement */
      for (size_t k = ge; k < cend && src < 0; k++)
        if (streq(ws->toks[k], "by"))
          src = first_group(ws, k + 1, cend, tgt, 0);
      if (src < 0) src = first_group(ws, ge, cend, tgt, 0);
    }
  } else {
    if (src < 0) src = subj;
    if (tgt < 0) {
      /* "announced live-fire military drills": words of the pattern
       * are no target */
      for (uint32_t q = 0; q < bn_pw; q++)
        for (uint32_t k = bpw_at[q]; k < bpw_at[q] + bpw_len[q] && k < n; k++)
          ws->patword[k] = 1;
      tgt = first_group(ws, ge, cend, src, speech);
      for (uint32_t q = 0; q < bn_pw; q++)
        for (uint32_t k = bpw_at[q]; k < bpw_at[q] + bpw_len[q] && k < n; k++)
          ws->patword[k] = 0;
    }
  }
  if (src >= 0 && src == tgt) tgt = -1;
  return emit_groups(e, ws, r, si, sent_first, &h, src, tgt);
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

  if (tag_tokenize(&ws->tag, text, len) != 0) return DYAD_ERR_NOMEM;
  if (ws_reserve_tokens(ws, ws->tag.n + 1)) return DYAD_ERR_NOMEM;
  for (size_t i = 0; i < ws->tag.n; i++) ws->toks[i] = tag_norm(&ws->tag, i);
  dict_sentence_prepare(d, ws->toks, ws->tag.n, ws->ti);

  /* discards work on tokens alone */
  for (size_t i = 0; i < ws->tag.n; i++) {
    dict_match m;
    int story = 0;
    if (dict_discard_match_ti(d, ws->toks, ws->tag.n, i, &ws->ti[i], &m,
                              &story)) {
      if (!story) return DYAD_OK;
      r->n_events = ws->story_first_event;
      for (size_t k = 0; k <= si; k++) r->sents[k].n_events = 0;
      return DYAD_END;
    }
  }
  if (!compute_hits(d, ws)) return DYAD_OK;
  ws->gen++;
  if (ws->gen == 0) {
    memset(ws->memo, 0, sizeof ws->memo);
    ws->gen = 1;
  }

  size_t n_before = ws->tag.n;
  if (tag_sentence(&ws->tag, text, len) != 0) return DYAD_ERR_NOMEM;
  size_t n = ws->tag.n;
  if (ws_reserve_tokens(ws, n + 1)) return DYAD_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    ws->toks[i] = tag_norm(&ws->tag, i);
    ws->consumed[i] = 0;
    ws->patword[i] = 0;
    ws->syn_at[i] = 0;
  }
  if (!hits_valid(ws, n_before)) {
    dict_sentence_prepare(d, ws->toks, n, ws->ti);
    compute_hits(d, ws);
  }
  dict_wordset_build(ws->toks, n, &ws->wset);
  if (find_mentions(d, ws) || build_entities(ws)) return DYAD_ERR_NOMEM;
  hide_reporters(ws);

  size_t first_ev = r->n_events;
  const tag_token *T = ws->tag.tok;
  for (size_t i = 0; i < n; i++) {
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
      vb = group_last(ws, g) == i - 1 && !in_pp(ws, ws->ent[g].first) &&
           (i + 1 >= n || !tag_is_noun(T[i + 1].pos));
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
    if (!vb) continue;
    /* "after leaving Eriador": a gerund clause under a preposition gives
     * no event of its own */
    if (T[i].pos == TAG_VBG && i > 0 && T[i - 1].pos == TAG_IN &&
        !streq(ws->toks[i - 1], "that"))
      continue;
    dict_match m = ws->hits[i].vm;
    const dict_verb_form *f = ws->hits[i].vf;
    const dict_verb *v = ws->hits[i].vv;
    /* only the last dictionary verb of a verb group */
    int later = 0;
    if (T[i].chunk == TAG_CH_VG) {
      for (size_t k = i + m.len; k < n && T[k].chunk == TAG_CH_VG &&
                                 T[k].chunk_id == T[i].chunk_id; k++) {
        if (tag_is_verb(T[k].pos) && ws->hits[k].hv && is_verbish(ws, k)) {
          later = 1;
          break;
        }
      }
    }
    size_t emb = control_embedded(ws, i, m.len);
    if (emb != SIZE_MAX) {
      const tok_hits *eh = &ws->hits[emb];
      const char *ec = dict_str(d, eh->vf->code);
      if (!*ec) ec = dict_str(d, eh->vv->code);
      int rc = code_verb(e, ws, r, si, first_ev, i, m.len, f, v, emb, ec);
      if (rc < 0) return DYAD_ERR_NOMEM;
      if (rc == 0) {
        i += m.len - 1;
        continue;
      }
    }
    if (later) continue;
    if (code_verb(e, ws, r, si, first_ev, i, m.len, f, v, SIZE_MAX, NULL) < 0)
      return DYAD_ERR_NOMEM;
    i += m.len - 1;
  }
  s->n_events = (uint32_t)(r->n_events - first_ev);

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
  return DYAD_OK;
}
