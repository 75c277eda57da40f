/*
 * pattern.c: verb pattern matching and scoring.
 *
 * Step 6 of the coder (see coder.c): a dictionary verb's block lists patterns
 * ("* +PEACE_TALKS", "$ * WITH +", "* {MILITARY DRILLS}"); each is matched
 * around the verb, words in order with gaps ('_' joins adjacent words), '+'
 * target, '$' source, '%' compound, '^' a skipped noun phrase, synsets by
 * their members.  The part after '*' is matched forward, the part before it
 * backward, both by backtracking with a step budget.  The highest scoring
 * pattern over the verb's block and the blocks sharing its form gives the
 * code; scores count tokens, so a multi-word synset beats one word.  A
 * pattern under an "@ FORMS" line of its block is tried only for those forms
 * (dict_pattern.only).  Kept apart from role assignment: this module says
 * which pattern fits and which groups its slots hold, role.c decides the
 * rest.
 */
#include "code/pattern.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "code/engine.h"
#include "code/mention.h"
#include "code/result.h"
#include "code/role.h"

#define MATCH_STEPS 4000     /* backtracking budget per pattern */

/* ===================================================================== */
/* Tokens                                                                */
/* ===================================================================== */


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

/* Does the token at k negate: a word the tagger marks (not, n't, never,
 * no), or "neither", which negates the subject it opens ("Neither X nor
 * Y boycotted": role.c's negated_subject)?  A pattern that reads it
 * ("NEITHER * [081]") codes the negation. */
static int neg_word(const coder_ws *ws, size_t k) {
  return (ws->tag.tok[k].flags & TAG_F_NEG) ||
         (ws->toks[k][0] == 'n' && strcmp(ws->toks[k], "neither") == 0);
}

/* Is the token at k "march" naming the month: a number right after or
 * before it ("March 29", "29 March", "March 2011"), or a word of time
 * right before it ("in March", "since March", "last March")? */
static int month_march(const coder_ws *ws, size_t k) {
  static const char *const before[] = {"in", "since", "until", "till", "by",
                                       "last", "early", "late", "this",
                                       "next", "from", "mid", NULL};
  if (!(ws->toks[k][0] == 'm' && strcmp(ws->toks[k], "march") == 0))
    return 0;
  const tag_token *T = ws->tag.tok;
  if (k + 1 < ws->tag.n && T[k + 1].pos == TAG_CD) return 1;
  if (k == 0) return 0;
  if (T[k - 1].pos == TAG_CD) return 1;
  return word_in_list(ws->toks[k - 1], before);
}

/* Tokens pattern token t covers at k (0 = no match). */
static size_t tok_match(mctx *c, const dict_pat_tok *t, size_t k) {
  if (t->kind == DICT_T_WORD) {
    /* word ids: equal iff the strings are (dict_tokinfo_word) */
    if (t->wid != DICT_NONE)
      return dict_tokinfo_word(&c->ws->ti[k]) == t->wid ? 1 : 0;
    return pat_word_matches(dict_str(c->d, t->text),
                            (t->flags & DICT_TF_EXACT) != 0,
                            c->ws->toks[k]) ? 1 : 0;
  }
  if (t->kind == DICT_T_SYNSET && t->ref != DICT_NONE) {
    /* most tokens start no member of this synset */
    if (!dict_tokinfo_may_start(&c->ws->ti[k], t->ref)) return 0;
    coder_ws *ws = (coder_ws *)c->ws;  /* memo only */
    uint32_t key = t->ref * 1024u + (uint32_t)(k & 1023u);
    syn_memo *m = &ws->memo[(key * 2654435761u) >> 20 & (SYN_MEMO - 1)];
    size_t L;
    if (m->gen == ws->gen && m->key == key && k < 1024) {
      L = m->len;
    } else {
      L = dict_synset_match_ti(c->d, t->ref, (const char *const *)ws->toks,
                               ws->tag.n, k, &ws->ti[k]);
      if (k < 1024) {
        m->key = key;
        m->gen = ws->gen;
        m->len = (uint32_t)L;
      }
    }
    /* "starting from March 29", "since March": the month, no protest
     * march (month_march) */
    if (L == 1 && month_march(ws, k)) L = 0;
    /* "a US Air Force base": a synset word inside a longer actor or
     * agent phrase is part of that name, no weapon or act of its own */
    for (size_t i = 0; L && i < ws->n_ment; i++) {
      const mention *mm = &ws->ment[i];
      if (mm->first > k) break;
      if (mm->first + mm->len >= k + L && mm->len > L) L = 0;
    }
    /* the memo holds the window-free length: the match must end inside
     * this window */
    return L + k > c->hi ? 0 : L;
  }
  return 0;
}

/* Does pattern word or synset t match at some token of the window
 * [c->lo, c->hi)?  Memoized per window in ws->win: tok_match is a pure
 * function of the sentence, the token and c->hi. */
static int in_window(mctx *c, const dict_pat_tok *t) {
  coder_ws *ws = (coder_ws *)c->ws;  /* memo only */
  uint32_t key = DICT_NONE;
  if (t->kind == DICT_T_WORD && t->wid != DICT_NONE && t->wid < 0x7fffffffu)
    key = t->wid * 2u;
  else if (t->kind == DICT_T_SYNSET && t->ref != DICT_NONE &&
           t->ref < 0x7fffffffu)
    key = t->ref * 2u + 1u;
  win_memo *m = NULL;
  if (key != DICT_NONE) {
    m = &ws->win[(key * 2654435761u) >> 22 & (WIN_MEMO - 1)];
    if (m->stamp == ws->win_stamp && m->key == key) return (int)m->present;
  }
  size_t k;
  if (t->kind == DICT_T_SYNSET && t->ref != DICT_NONE &&
      c->hi <= ws->wset.n && !((ws->wset.synsig >> (t->ref & 63)) & 1u)) {
    /* no token of the sentence can start a member (dict_wordset.synsig) */
    k = c->hi;
  } else if (t->kind == DICT_T_WORD && t->wid != DICT_NONE) {
    /* tok_match of a word with an id, inlined */
    const dict_tokinfo *ti = c->ws->ti;
    for (k = c->lo; k < c->hi; k++)
      if (dict_tokinfo_word(&ti[k]) == t->wid) break;
  } else if (t->kind == DICT_T_SYNSET &&
             c->hi <= DICT_WORDSET_SYN_TOKENS && c->hi <= ws->wset.n) {
    /* most tokens can start no synset member at all: visit, in order,
     * only those that may (the word set's syn bits) */
    k = c->hi;
    for (size_t b = c->lo >> 6; b <= (c->hi - 1) >> 6 && c->lo < c->hi; b++) {
      uint64_t m = ws->wset.syn[b];
      if (b == c->lo >> 6) m &= ~0ull << (c->lo & 63);
      for (; m; m &= m - 1) {
        size_t q = (b << 6) + (size_t)__builtin_ctzll(m);
        if (q >= c->hi) break;
        if (tok_match(c, t, q)) {
          k = q;
          goto found;
        }
      }
    }
  found:;
  } else if (t->kind == DICT_T_SYNSET) {
    /* most tokens can start no synset member at all */
    const dict_tokinfo *ti = c->ws->ti;
    for (k = c->lo; k < c->hi; k++)
      if (dict_tokinfo_may_synset(&ti[k]) && tok_match(c, t, k)) break;
  } else {
    for (k = c->lo; k < c->hi; k++)
      if (tok_match(c, t, k)) break;
  }
  if (m) {
    m->key = key;
    m->stamp = ws->win_stamp;
    m->present = k < c->hi;
  }
  return k < c->hi;
}

/* Is the token at k a preposition's spelling that is no preposition
 * here: "at least", "at most" (quantities), "in all"? */
static int not_a_preposition(const coder_ws *ws, size_t k) {
  if (k + 1 >= ws->tag.n) return 0;
  const char *w = ws->toks[k], *nx = ws->toks[k + 1];
  if (streq(w, "at"))
    return streq(nx, "least") || streq(nx, "most");
  return 0;
}

/* ===================================================================== */
/* Slots                                                                 */
/* ===================================================================== */

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
  if (mention_group_weak(c->ws, g) &&
      mention_owned_by_pronoun(c->ws, c->ws->ent[g].first))
    return 0;
  return 1;
}

/* ===================================================================== */
/* Matching                                                              */
/* ===================================================================== */

/* Does pattern word P[pi] continue a prepositional phrase "(IN
 * CLASHES)" after an earlier word of it? */
static int pp_continues(const mctx *c, size_t pi) {
  if (pi < 2 || (c->P[pi - 1].kind != DICT_T_WORD &&
                 c->P[pi - 1].kind != DICT_T_SYNSET))
    return 0;
  for (size_t q = pi - 1; q-- > 0;) {
    if (c->P[q].kind == DICT_T_PP_CLOSE) return 0;
    if (c->P[q].kind == DICT_T_PP_OPEN) return 1;
  }
  return 0;
}

/* Does token k end the noun phrase of a preposition: a subordinator
 * that heads no phrase of its own ("in Bangladesh as
 * violent clashes spread": CLASHES is not in the phrase "in ...")?
 * "after", "before", "since" and "until" also head phrases ("in clashes
 * after the vote") and do not end it. */
static int pp_ends_at(const coder_ws *ws, size_t k) {
  static const char *const sub[] = {"as", "while", "when", "because",
                                    "although", "though", "where",
                                    "whereas", NULL};
  return word_in_list(ws->toks[k], sub);
}

/* Is w a noun of cause whose own phrase follows it ("in retaliation
 * for", "in response to")? */
static int cause_noun(const char *w) {
  static const char *const v[] = {"retaliation", "response", "reprisal",
                                  "reprisals", "revenge", NULL};
  if (w[0] != 'r') return 0;
  return word_in_list(w, v);
}

/* Does the token at k open a time adjunct ("after six hours of talks",
 * "during a meeting", "following negotiations"; not "the following
 * proposals")? */
static int opens_time_adjunct(const coder_ws *ws, size_t k) {
  const char *w = ws->toks[k];
  if (streq(w, "after") || streq(w, "during")) return 1;
  return streq(w, "following") &&
         (k == 0 || ws->tag.tok[k - 1].pos != TAG_DT);
}

/* Where a "that" clause joined to the verb may open past the token j
 * right after the verb: past adverbs and one time adjunct ("warned
 * gloomily on Wednesday that", "said on Monday that").  Returns j when
 * nothing is skipped or no "that" follows. */
static size_t that_past_adjuncts(const coder_ws *ws, size_t j, size_t hi) {
  const tag_token *T = ws->tag.tok;
  size_t k = j;
  while (k < hi && T[k].pos == TAG_RB) k++;
  if (k < hi) {
    size_t e = role_time_adjunct(ws, k);
    if (e > k) k = e;
  }
  while (k < hi && T[k].pos == TAG_RB) k++;
  return k > j && k < hi && streq(ws->toks[k], "that") ? k : j;
}

/* Is the token at k a noun of a meeting held (talks, negotiations,
 * meeting, consultations, discussions)? */
static int meeting_noun(const coder_ws *ws, size_t k) {
  static const char *const v[] = {"talks", "negotiations", "meeting",
                                  "meetings", "consultations",
                                  "discussions", NULL};
  return word_in_list(ws->toks[k], v);
}

/* Is the token at k a noun of a gathering (meeting, summit, conference,
 * audience: the one-word members of the dictionary's &MEETING but
 * "talks", which wire copy often names past an adjunct of the verb)? */
static int gathering_noun(const coder_ws *ws, size_t k) {
  static const char *const v[] = {"meeting", "meetings", "summit",
                                  "summits", "conference", "conferences",
                                  "audience", NULL};
  return word_in_list(ws->toks[k], v);
}

/* Does a preposition other than "of" stand among tokens [a, b) ("that"
 * and the "to" of an infinitive are none)?  "withholds its votes from
 * the chief executive at the next meeting", "ceases broadcasts at
 * soldiers ahead of a planned meeting": a gathering named in such a
 * phrase is no object of the verb ("cancels its hosting of the summit",
 * "urged the UN to hold a meeting", "announced that the summit will take
 * place" name it; a time adjunct, "on Tuesday", is skipped). */
static int prep_between(const coder_ws *ws, size_t a, size_t b) {
  const tag_token *T = ws->tag.tok;
  int prep = 0;
  for (size_t k = a; k < b; k++) {
    /* "refused on Tuesday to resume talks": a time adjunct */
    size_t t = role_time_adjunct(ws, k);
    if (t > k) {
      k = t - 1;
      continue;
    }
    /* "agreed in Geneva to hold talks", "said in a statement that the
     * summit": an infinitive or a "that" clause opens a new complement;
     * what stands before it is the verb's own adjunct */
    if ((T[k].pos == TAG_TO && k + 1 < b && T[k + 1].pos == TAG_VB) ||
        streq(ws->toks[k], "that")) {
      prep = 0;
      continue;
    }
    if ((T[k].pos == TAG_IN && !streq(ws->toks[k], "of")) ||
        T[k].pos == TAG_TO)
      prep = 1;
  }
  return prep;
}

/* Does a noun that undoes what follows it stand among tokens [a, b),
 * with its "of", "to", "on" or "in" ("the suspension of military aid",
 * "a halt to arms sales", "an end to sanctions", "the lifting of the
 * blockade"), or a gerund that does ("a resolution lifting the
 * arms embargo")?  A pattern word read past it would take the act undone
 * for the act done.  "at the end of", "by the end of" (a time) do not
 * count, nor does one whose phrase an "and" closes before b ("an end to
 * the siege and a political solution"). */
static int undone_between(const coder_ws *ws, size_t a, size_t b) {
  static const char *const undo[] = {
      "lifting",     "easing",     "suspension", "suspensions", "removal",
      "end",         "halt",       "halting",    "cessation",   "cancellation",
      "revocation",  "repeal",     "relaxation", "scrapping",   "abolition",
      "termination", "ending",     "suspending", "pause",       "stopping",
      NULL};
  static const char *const time_prep[] = {"at", "by", "until", "till",
                                          "before", "after", "since",
                                          "toward", "towards", "near",
                                          "from", NULL};
  static const char *const prep[] = {"of", "to", "on", "in", NULL};
  static const char *const undo_verb[] = {
      "lift",   "ease",    "end",     "suspend", "revoke",   "rescind",
      "repeal", "remove",  "relax",   "loosen",  "scrap",    "cancel",
      "halt",   "stop",    "cease",   "abolish", "waive",    "unfreeze",
      "annul",  "overturn", "terminate", "discontinue", NULL};
  const tag_token *T = ws->tag.tok;
  for (size_t q = a; q + 1 < b; q++) {
    /* "adopts a resolution lifting the arms embargo": a gerund or
     * present participle undoes (an infinitive, "agreed to lift", is the
     * control verb's embedded act: role.c; "a suspended sentence" is
     * still one) */
    int verb = T[q].pos == TAG_VBG &&
               word_in_list(tag_lemma(&ws->tag, q), undo_verb);
    /* the short preposition list first: most gaps have none */
    if (!verb && (!word_in_list(ws->toks[q + 1], prep) ||
                  !word_in_list(ws->toks[q], undo)))
      continue;
    if (streq(ws->toks[q], "end") && q >= 2 && streq(ws->toks[q - 1], "the") &&
        word_in_list(ws->toks[q - 2], time_prep))
      continue;
    int closed = 0;
    for (size_t k = q + 1; k < b && !closed; k++)
      closed = streq(ws->toks[k], "and");
    if (!closed) return 1;
  }
  return 0;
}

/* Matches P[pi..] at tokens >= j (gaps allowed unless joined).  A word
 * right after '*' outside any "(PREP ...)" is the verb's object: past a
 * time adjunct it takes no meeting noun, which names talks held, not
 * what the verb acts on ("rejected a letter after six hours of talks
 * with Baker" rejects no talks: opens_time_adjunct, meeting_noun); nor
 * a gathering past a preposition (prep_between). */
static int m_post(mctx *c, size_t pi, size_t j) {
  if (++c->steps > MATCH_STEPS) return 0;
  if (pi == c->np) {
    c->end = j;
    return 1;
  }
  const dict_pat_tok *t = &c->P[pi];
  int joined = (t->flags & DICT_TF_JOINED) != 0;
  if (t->kind == DICT_T_WORD || t->kind == DICT_T_SYNSET) {
    int prep = pi > 0 && c->P[pi - 1].kind == DICT_T_PP_OPEN;
    int in_pp = pp_continues(c, pi);
    int object = c->vi != SIZE_MAX && pi == c->vi + 1 && !prep;
    int adjunct = 0;
    for (size_t k = j; k < c->hi; k++) {
      if (in_pp && k > j && pp_ends_at(c->ws, k - 1)) break;
      if (object && opens_time_adjunct(c->ws, k)) adjunct = 1;
      size_t L = tok_match(c, t, k);
      if (L && adjunct && meeting_noun(c->ws, k + L - 1)) L = 0;
      /* "announced the suspension of military aid": no aid announced (a
       * null pattern, which only keeps words from other verbs, still
       * reads past it) */
      if (L && k > j && !c->null_pat && undone_between(c->ws, j, k)) L = 0;
      if (L && object && gathering_noun(c->ws, k + L - 1) &&
          prep_between(c->ws, j, k))
        L = 0;
      /* "killed at least 25 Palestinians": "at least" is no "(AT +)" */
      if (L && prep && not_a_preposition(c->ws, k)) L = 0;
      /* "appealed on Monday to the UN": the "on" of a time adjunct is no
       * particle joined to the verb ("*_ON") */
      if (L && joined && k == c->ve && role_time_adjunct(c->ws, k) > k) L = 0;
      if (L && m_post(c, pi + 1, k + L)) {
        c->words += (int)L;
        if (c->n_pw < PAT_WORDS_MAX) {
          c->pw_at[c->n_pw] = (uint32_t)k;
          c->pw_len[c->n_pw++] = (uint32_t)L;
        }
        for (size_t q = k; q < k + L; q++)
          if (neg_word(c->ws, q)) c->neg_used = 1;
        return 1;
      }
      /* "warned gloomily on Wednesday that" matches "*_THAT" */
      if (joined && k == j && j == c->ve && k + 1 < c->hi &&
          (c->ws->tag.tok[k].pos == TAG_RB ||
           c->ws->tag.tok[k].pos == TAG_IN)) {
        size_t s = that_past_adjuncts(c->ws, k, c->hi);
        if (s > k) {
          k = s - 1;
          continue;
        }
      }
      if (joined) break;
    }
    return 0;
  }
  if (is_slot(t->kind)) {
    /* "^ +" over "the parliament of Gondor": right after a skip, the
     * slot may take the actor after "of" alone */
    int inner = pi > 0 && c->P[pi - 1].kind == DICT_T_SKIP;
    /* "(IN $_&ATTACKNOUN)": the slot right after a preposition of the
     * pattern is its object, not the object of a noun of cause heading
     * the phrase ("in retaliation for Hamas attacks" is not "in Hamas
     * attacks"; "at targets in Sudan" keeps its target) */
    int pp_obj = pi >= 2 && c->P[pi - 2].kind == DICT_T_PP_OPEN &&
                 c->P[pi - 1].kind == DICT_T_WORD;
    for (size_t k = j; k < c->thi; k++) {
      if (pp_obj && k > j && cause_noun(c->ws->toks[k - 1])) break;
      int32_t e = c->ws->ent_at[k];
      if (inner && e >= 0 && c->ws->ent[e].inner >= 0 &&
          c->ws->ent[c->ws->ent[e].inner].first == k)
        e = c->ws->ent[e].inner;
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
          mention_group_weak(c->ws, c->ws->ent[e].group) &&
          mention_owned_by_pronoun(c->ws, k))
        return 0;
      if (joined) break;
    }
    return 0;
  }
  if (t->kind == DICT_T_SKIP) {
    /* '^' skips the next noun phrase (or actor); of "the parliament of
     * Gondor" only the agent's, up to "of" */
    const coder_ws *ws = c->ws;
    for (size_t k = j; k < c->hi; k++) {
      int32_t e = ws->ent_at[k];
      size_t end = 0;
      if (e >= 0 && ws->ent[e].inner >= 0 && ws->ent[e].first == k)
        end = ws->ent[ws->ent[e].inner].first - 1;
      else if (e >= 0) end = group_last(ws, ws->ent[e].group) + 1;
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
            if (neg_word(c->ws, (size_t)q)) c->neg_used = 1;
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

/* Is lemma one of the '|'-terminated names of an "@ FORMS" scope
 * ("strike|walk out|")?  An empty lemma (TABARI) is in no scope. */
static int scope_has(const char *scope, const char *lemma) {
  size_t n = strlen(lemma);
  if (n == 0) return 0;
  for (const char *p = scope; *p;) {
    const char *bar = strchr(p, '|');
    size_t l = bar ? (size_t)(bar - p) : strlen(p);
    if (l == n && memcmp(p, lemma, n) == 0) return 1;
    if (!bar) break;
    p = bar + 1;
  }
  return 0;
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
      if (!pass && P[i].wid != DICT_NONE &&
          !dict_wordset_has_word(&c->ws->wset, P[i].wid))
        return 0;
      if (!in_window(c, &P[i])) return 0;
    }
  c->P = P;
  c->np = p->tok_count;
  c->null_pat = streq(dict_str(d, p->code), "---");
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
  c->pre_words = 0;
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
  c->pre_words = c->words;
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
/* Scoring                                                               */
/* ===================================================================== */
/* Does pattern pidx name a word the sentence lacks (e->pat_need)?  Then
 * match_pattern would say no; answered without reading the pattern. */
static inline int lacks_needed_word(const dyad_engine *e, const coder_ws *ws,
                                    uint32_t pidx) {
  if (pidx >= e->n_patterns) return 0;
  const uint16_t *need = &e->pat_need[2 * (size_t)pidx];
  const uint64_t *bits = ws->wset.bits;
  unsigned b0 = need[0], b1 = need[1];
  return (b0 != PAT_NEED_NONE && !((bits[b0 >> 6] >> (b0 & 63)) & 1u)) ||
         (b1 != PAT_NEED_NONE && !((bits[b1 >> 6] >> (b1 & 63)) & 1u));
}

/* Does pattern pidx name a synset (e->pat_syn) with no member in the
 * window of c?  Then match_pattern would say no; answered through the
 * window's presence memo, without reading the pattern. */
static inline int lacks_needed_synset(const dyad_engine *e, mctx *c,
                                      uint32_t pidx) {
  if (pidx >= e->n_patterns || e->pat_syn[pidx] == DICT_NONE) return 0;
  uint32_t syn = e->pat_syn[pidx];
  /* in_window's first answer, without its memo: no member starts in the
   * sentence (dict_wordset.synsig) */
  const coder_ws *ws = c->ws;
  if (c->hi <= ws->wset.n && !((ws->wset.synsig >> (syn & 63)) & 1u))
    return 1;
  dict_pat_tok t = {.kind = DICT_T_SYNSET, .flags = 0, .text = DICT_NONE,
                    .ref = syn, .wid = DICT_NONE};
  return !in_window(c, &t);
}

#define PAT_BATCH 32  /* candidate patterns whose records load together */

_Static_assert(sizeof ((coder_ws *)0)->pat_mark * 8 >= PAT_IX_MAX,
               "pat_mark holds a bit per pattern of an indexed block");

/* Marks in ws->pat_mark the patterns of indexed block ix (vb's) whose
 * first needed word-set bit is set in the sentence's word set, or that
 * need none: exactly those lacks_needed_word does not reject for their
 * first word.  Visits the sentence's bits (ws->wset.list, complete), not
 * the block's patterns. */
static void mark_candidates(const dyad_engine *e, coder_ws *ws,
                            const pat_ix_block *ix, const dict_verb *vb) {
  uint64_t *mark = ws->pat_mark;
  memset(mark, 0, ((vb->pat_count + 63) >> 6) * sizeof *mark);
  const uint16_t *ord = e->pat_ix_order;
  for (uint32_t i = 0; i < ix->none_count; i++) {
    unsigned pi = ord[ix->none_first + i];
    mark[pi >> 6] |= UINT64_C(1) << (pi & 63);
  }
  const pat_ix_slot *t = &e->pat_ix_slots[ix->slot_first];
  for (size_t w = 0; w < ws->wset.n_list; w++) {
    uint16_t bit = ws->wset.list[w];
    uint32_t h = bit & ix->slot_mask;
    while (t[h].count != 0 && t[h].bit != bit) h = (h + 1) & ix->slot_mask;
    for (uint32_t i = 0; i < t[h].count; i++) {
      unsigned pi = ord[t[h].first + i];
      mark[pi >> 6] |= UINT64_C(1) << (pi & 63);
    }
  }
}

/* The first marked pattern offset >= from in ws->pat_mark, or n. */
static inline uint32_t next_marked(const uint64_t *mark, uint32_t from,
                                   uint32_t n) {
  if (from >= n) return n;
  uint32_t w = from >> 6, nw = (n + 63) >> 6;
  uint64_t x = mark[w] & (~UINT64_C(0) << (from & 63));
  while (x == 0) {
    if (++w >= nw) return n;
    x = mark[w];
  }
  return (w << 6) + (uint32_t)__builtin_ctzll(x);
}

/* Scores pattern p (already past the needed-word test) for form f and,
 * if it beats *best, fills out with it (see pattern_choose).  Returns 0,
 * or -1 when r runs out of memory for an "a:b" code. */
static int score_pattern(const dyad_dict *d, coder_ws *ws, dyad_result *r,
                         mctx *c, const dict_verb_form *f,
                         const dict_pattern *p, int *best,
                         pattern_choice *out) {
  if (p->only && !scope_has(dict_str(d, p->only), dict_str(d, f->lemma)))
    return 0;
  if (!match_pattern(c, p)) return 0;
  int score = c->words * 3 + c->slots * 2;
  if (score <= *best) return 0;
  *best = score;
  out->pat = p;
  out->code = dict_str(d, p->code);
  if (p->code2 != DICT_NONE && *dict_str(d, p->code2)) {
    /* keep "a:b" together: code2 is looked up in emit_groups */
    int l = snprintf(ws->scratch, sizeof ws->scratch, "%s:%s",
                     dict_str(d, p->code), dict_str(d, p->code2));
    if (l > 0 && (size_t)l < sizeof ws->scratch) {
      const char *cc = result_strdup(r, ws->scratch, (size_t)l);
      if (cc == NULL) return -1;
      out->code = cc;
    }
  }
  out->neg_used = c->neg_used;
  out->src = c->src;
  out->tgt = c->tgt;
  out->comp = c->comp;
  /* "* WITH %": a compound target; but "FIGHTING * (BETWEEN %)" has
   * the event itself as subject and no source: the compound's
   * members act on each other */
  if (c->comp_post && out->comp >= 0 &&
      !(c->pre_words > 0 && out->src < 0)) {
    out->tgt = out->comp;
    out->comp = -1;
  }
  out->end = c->end;
  out->pre = c->pre_first;
  out->n_pw = c->n_pw;
  memcpy(out->pw_at, c->pw_at, sizeof out->pw_at);
  memcpy(out->pw_len, c->pw_len, sizeof out->pw_len);
  return 0;
}

/* Scores every pattern of v's block and of the blocks sharing form f
 * (words count 3 per token, slots 2; the first of equal scores wins) and
 * fills out with the best (see pattern.h).  Returns 0, or -1 when r runs
 * out of memory for an "a:b" code.
 *
 * Patterns are taken in order, in batches: the needed-word test picks up
 * to PAT_BATCH candidates of a block, whose records and first tokens are
 * then requested together (prefetch hints: the blocks lie far apart in
 * large tables, and these misses overlap instead of coming one after
 * another), then the candidates are scored in the same order as before. */
int pattern_choose(const dyad_engine *e, coder_ws *ws, dyad_result *r,
                   mctx *c, const dict_verb_form *f, const dict_verb *v,
                   pattern_choice *out) {
  const dyad_dict *d = e->dict;
  memset(out, 0, sizeof *out);
  out->pat = NULL;
  out->code = dict_str(d, f->code);
  if (!*out->code) out->code = dict_str(d, v->code);
  out->neg_used = 0;
  out->src = out->tgt = out->comp = -1;
  out->end = c->ve;
  out->pre = c->vs;
  out->n_pw = 0;
  int best = -1;
  /* a new window for the presence memo */
  if (++ws->win_stamp == 0) {
    memset(ws->win, 0, sizeof ws->win);
    ws->win_stamp = 1;
  }
  uint32_t vid = DICT_NONE;
  if (f->verb < e->n_verbs) vid = f->verb;
  const dict_verb *vb = v;
  const dict_pattern *cand[PAT_BATCH];
  for (uint32_t ring = 0; ring < 64; ring++) {
    int stop = 0;  /* a pattern index past the table ends the block */
    /* an indexed block: only the patterns whose first word the sentence
     * may hold, when that is fewer visits than the block's patterns */
    int indexed = vid != DICT_NONE && e->pat_ix[vid].slot_first != PAT_IX_NONE &&
                  ws->wset.n_list <= DICT_WORDSET_LIST &&
                  ws->wset.n_list < vb->pat_count;
    if (indexed) mark_candidates(e, ws, &e->pat_ix[vid], vb);
    for (uint32_t pi = 0; pi < vb->pat_count && !stop;) {
      size_t nc = 0;
      for (; pi < vb->pat_count && nc < PAT_BATCH; pi++) {
        if (indexed &&
            (pi = next_marked(ws->pat_mark, pi, vb->pat_count)) >= vb->pat_count)
          break;
        uint32_t pidx = vb->pat_first + pi;
        /* a word the sentence lacks: match_pattern would say no
         * (cheaply answered here, without reading the pattern) */
        if (lacks_needed_word(e, ws, pidx) || lacks_needed_synset(e, c, pidx))
          continue;
        const dict_pattern *p = dict_pattern_at(d, pidx);
        if (p == NULL) {
          stop = 1;
          break;
        }
        __builtin_prefetch(p);
        cand[nc++] = p;
      }
      for (size_t i = 0; i < nc; i++) {
        const dict_pat_tok *P = dict_pat_tok_at(d, cand[i]->tok_first);
        if (P) __builtin_prefetch(P);
      }
      for (size_t i = 0; i < nc; i++)
        if (score_pattern(d, ws, r, c, f, cand[i], &best, out)) return -1;
    }
    /* blocks sharing the form */
    if (vid == DICT_NONE) break;
    uint32_t nx = e->verb_ring[vid];
    if (nx == f->verb || nx >= e->n_verbs) break;
    vid = nx;
    vb = dict_verb_at(d, vid);
    if (vb == NULL) break;
  }
  return 0;
}
