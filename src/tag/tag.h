/*
 * tag.h: the tagging stage of dyad: tokens, parts of speech, lemmas and
 * light chunks for one sentence.
 *
 * Input is one sentence of valid UTF-8 (repaired and whitespace-collapsed
 * by the text stage) given as (s, len).  Output lives in a reusable
 * workspace, tag_ws: an array of tokens whose offsets point into the
 * caller's text (never copied), plus a lowercase normalized form and a
 * lemma per token kept in one growing string buffer.  Arrays grow to the
 * largest sentence seen and are then reused, so the hot path allocates
 * nothing.  Invalid UTF-8 is tolerated (each bad byte becomes a SYM token).
 *
 * The pipeline inside tag_sentence():
 *   1. tokens.re   re2c scanner: words, numbers, abbreviations, URLs, ...
 *   2. tag.c       HMM tagger: festlex-poslex lexicon P(word|tag) (a
 *                  static hash table built at build time), suffix guesses
 *                  for unknown words, a smoothed WSJ tag trigram model
 *                  decoded by Viterbi, then a few Brill-style fixes and
 *                  news corrections (sentence-initial names before a past
 *                  tense, participles before "by", be + participle,
 *                  present-tense headline verbs, names guessed as JJ).
 *   3. lemma.c     WordNet lemmas for nouns and verbs (exception lists and
 *                  detachment rules checked against the index).
 *   4. chunk.c     noun phrases, verb groups and clause numbers.
 * All tables are static const data generated at build time; the module has
 * no global mutable state, and a tag_ws belongs to one thread.
 */
#ifndef DYAD_TAG_TAG_H
#define DYAD_TAG_TAG_H

#include <stddef.h>
#include <stdint.h>

/* ===================================================================== */
/* Token types and Penn Treebank tags                                     */
/* ===================================================================== */

typedef enum tag_type {
  TAG_T_WORD = 0,      /* letters (any script), maybe with digits/hyphens */
  TAG_T_NUMBER,        /* 12, 1,000.5, 3.5, 10:30, 1990-91 */
  TAG_T_ORDINAL,       /* 3rd, 21st */
  TAG_T_ABBREV,        /* U.S., Mr., Gen., Jan., e.g. */
  TAG_T_CLITIC,        /* split-off 's 're 've 'll 'd 'm n't */
  TAG_T_POSSESSIVE,    /* 's or the bare ' of a plural possessive */
  TAG_T_PUNCT,         /* . , ; : ! ? ( ) [ ] { } ... */
  TAG_T_QUOTE,         /* " ' `` '' and curly quotes */
  TAG_T_DASH,          /* -- - en/em dashes */
  TAG_T_URL,
  TAG_T_EMAIL,
  TAG_T_SYMBOL,        /* $ % & # currency, any other character or byte */
  TAG_T_COUNT
} tag_type;

/* Penn Treebank tags; TAG_NONE only before tagging. */
typedef enum tag_pos {
  TAG_NONE = 0,
  TAG_CC, TAG_CD, TAG_DT, TAG_EX, TAG_FW, TAG_IN, TAG_JJ, TAG_JJR, TAG_JJS,
  TAG_LS, TAG_MD, TAG_NN, TAG_NNS, TAG_NNP, TAG_NNPS, TAG_PDT, TAG_POS,
  TAG_PRP, TAG_PRPS /* PRP$ */, TAG_RB, TAG_RBR, TAG_RBS, TAG_RP, TAG_SYM,
  TAG_TO, TAG_UH, TAG_VB, TAG_VBD, TAG_VBG, TAG_VBN, TAG_VBP, TAG_VBZ,
  TAG_WDT, TAG_WP, TAG_WPS /* WP$ */, TAG_WRB,
  TAG_COMMA /* , */, TAG_PERIOD /* . ! ? */, TAG_COLON /* : ; -- ... */,
  TAG_LQUOTE /* `` */, TAG_RQUOTE /* '' */, TAG_LRB /* -LRB- */,
  TAG_RRB /* -RRB- */, TAG_DOLLAR /* $ */, TAG_HASH /* # */,
  TAG_POS_COUNT
} tag_pos;

/* Penn name of a tag ("NN", "PRP$", ",", "-LRB-"); "?" if out of range. */
const char *tag_pos_name(unsigned pos);
/* Inverse of tag_pos_name; TAG_NONE if unknown. */
tag_pos tag_pos_parse(const char *name);

/* Tag classes, for rules that do not care about the fine tag (inline:
 * every later stage asks them per token). */
static inline int tag_is_noun(unsigned pos) {   /* NN NNS NNP NNPS */
  return pos == TAG_NN || pos == TAG_NNS || pos == TAG_NNP || pos == TAG_NNPS;
}
static inline int tag_is_verb(unsigned pos) {   /* VB VBD VBG VBN VBP VBZ */
  return pos >= TAG_VB && pos <= TAG_VBZ;       /* (not MD) */
}
static inline int tag_is_adj(unsigned pos) {    /* JJ JJR JJS */
  return pos >= TAG_JJ && pos <= TAG_JJS;
}
static inline int tag_is_finite(unsigned pos) { /* VBD VBZ VBP MD */
  return pos == TAG_VBD || pos == TAG_VBZ || pos == TAG_VBP || pos == TAG_MD;
}

/* Token flags. */
#define TAG_F_CAP     0x0001u  /* first letter uppercase */
#define TAG_F_ALLCAP  0x0002u  /* >= 2 letters, all uppercase */
#define TAG_F_HYPHEN  0x0004u  /* word contains an inner hyphen */
#define TAG_F_KNOWN   0x0008u  /* found in the POS lexicon */
#define TAG_F_DIGIT   0x0010u  /* contains a digit */
#define TAG_F_NONASCII 0x0020u /* contains a non-ASCII byte */
#define TAG_F_NEG     0x0040u  /* not, n't, never, no */
#define TAG_F_LEMMA_WN 0x0080u /* lemma is a WordNet noun/verb lemma */

/* Chunk labels of a token (chunk spans: tag_ws.chunks). */
typedef enum tag_chunk_kind {
  TAG_CH_O = 0,        /* outside any chunk */
  TAG_CH_NP,           /* noun phrase */
  TAG_CH_VG,           /* verb group */
  TAG_CH_PP            /* the preposition heading a PP (the NP follows) */
} tag_chunk_kind;

typedef struct tag_token {
  uint32_t offset;     /* byte offset into the sentence */
  uint32_t len;        /* byte length */
  uint16_t type;       /* tag_type */
  uint16_t pos;        /* tag_pos */
  uint16_t flags;      /* TAG_F_* */
  uint8_t chunk;       /* tag_chunk_kind */
  uint8_t chunk_begin; /* 1 if the token starts its chunk */
  uint32_t norm;       /* offset of the NUL-terminated normalized form in
                          ws->buf; use tag_norm() */
  uint32_t lemma;      /* offset of the NUL-terminated lemma in ws->buf */
  int32_t lemma_id;    /* stable id of a WordNet lemma (verbs first, then
                          nouns) or -1 */
  uint16_t clause;     /* 0-based clause number in the sentence */
  uint16_t chunk_id;   /* index into ws->chunks, or UINT16_MAX */
} tag_token;

/* ===================================================================== */
/* Chunks                                                                */
/* ===================================================================== */

#define TAG_VG_PASSIVE  0x01u  /* be/get + VBN: "was attacked (by)" */
#define TAG_VG_NEG      0x02u  /* not, n't, never inside the group */
#define TAG_VG_MODAL    0x04u  /* a modal: will, could, ... */
#define TAG_VG_PERFECT  0x08u  /* have + VBN */
#define TAG_VG_PROGRESS 0x10u  /* be + VBG */
#define TAG_VG_INF      0x20u  /* to + VB ("to meet") */
#define TAG_VG_BY       0x40u  /* passive followed by "by" */

typedef struct tag_chunk {
  uint32_t first;      /* first token index */
  uint32_t n;          /* number of tokens */
  uint32_t head;       /* head token: last noun of an NP, main verb of a
                          VG, the preposition of a PP */
  uint16_t kind;       /* tag_chunk_kind */
  uint16_t flags;      /* TAG_VG_* for verb groups */
} tag_chunk;

/* ===================================================================== */
/* Workspace                                                             */
/* ===================================================================== */

typedef struct tag_ws {
  const char *text;    /* the sentence last given (not owned) */
  size_t text_len;
  tag_token *tok;      /* tokens [0, n) */
  size_t n, tok_cap;
  tag_chunk *chunks;   /* chunks [0, n_chunks) in text order */
  size_t n_chunks, chunk_cap;
  size_t n_clauses;
  char *buf;           /* norm and lemma strings, NUL-terminated */
  size_t buf_len, buf_cap;
  char *scan;          /* NUL-padded copy of the text for the scanner */
  size_t scan_cap;
  void *vit;           /* Viterbi scratch (private) */
  size_t vit_cap;
  uint32_t *norm_len;  /* [0, n): byte length of each token's norm */
  uint32_t *norm_fnv;  /* [0, n): 32-bit FNV-1a of each norm (offset basis
                          2166136261, prime 16777619) when its length is
                          below TAG_NORM_HASHED, else 0 */
  size_t key_cap;
  void *cmemo;         /* memo of known words' tag candidates (private;
                          NULL until first used) */
  uint16_t *wcls;      /* [0, n): TAG_W_* word classes of each norm
                          (tag_wclass) */
  void *wtab;          /* word class table (private; NULL until first
                          used) */
  unsigned shape_or;   /* every flag tokenize gave a token of [0, n)
                          is set here (TAG_F_HYPHEN, TAG_F_DIGIT, ...;
                          not those tagging adds): a pass that looks
                          for tokens with one of them may skip a
                          sentence where it is clear */
} tag_ws;

/* Word classes: closed-class words that the tagger, the chunker and the
 * coder test tokens against, found once per token by tokenize (a table
 * lookup of the norm) instead of string compares at every test.  A bit
 * is set exactly when the norm is one of the words listed. */
#define TAG_W_BE     0x0001u  /* be is are was were been being 's 're 'm am */
#define TAG_W_HAVE   0x0002u  /* have has had having 've 'd */
#define TAG_W_TSUB   0x0004u  /* after before as when while since because
                                 until that who which where if although
                                 though (the tagger's subordinators) */
#define TAG_W_CSUB   0x0008u  /* because although though while whereas if
                                 unless since after before until when
                                 whenever where that whether as once (the
                                 chunker's subordinators) */
#define TAG_W_CPREP  0x0010u  /* as after before since until (of CSUB, the
                                 ones that are prepositions too) */
#define TAG_W_POSS   0x0020u  /* my your his its our their */
#define TAG_W_BY     0x0040u  /* by */
#define TAG_W_AND    0x0080u  /* and */
#define TAG_W_BEEN   0x0100u  /* been */
#define TAG_W_SUBORD 0x0200u  /* because although though whereas unless if
                                 so while when (words that open a
                                 subordinate clause and are never a
                                 preposition: the coder's complement end) */
#define TAG_W_HYP    0x0400u  /* could might may likely unlikely must should
                                 ought (the coder's hypothetical modality) */
#define TAG_W_WOULD  0x0800u  /* would 'd */
#define TAG_W_WILL   0x1000u  /* will 'll shall */
#define TAG_W_DEICTIC 0x2000u /* last this next earlier later (the coder's
                                 deictic time words: "last week") */

/* The TAG_W_* classes of token i's norm (0 for other words). */
static inline unsigned tag_wclass(const tag_ws *ws, size_t i) {
  return ws->wcls[i];
}

/* Norms shorter than this many bytes have their hash in norm_fnv. */
#define TAG_NORM_HASHED 64

/* A zeroed tag_ws is valid and empty. */
#define TAG_WS_INIT {0}

/* Releases the workspace's memory; it is empty and reusable afterwards.
 * NULL is accepted. */
void tag_ws_free(tag_ws *ws);

/* Tokenizes s[0, len) only (no tags, norms, lemmas or chunks beyond the
 * normalized form).  s is not copied and must outlive the use of the
 * tokens.  Returns DYAD_OK or DYAD_ERR_NOMEM (ws then holds no tokens),
 * DYAD_ERR_ARG if len >= 2^31 or s is NULL with len > 0. */
int tag_tokenize(tag_ws *ws, const char *s, size_t len);

/* Removes the tokens i (in [0, ws->n)) with drop[i] nonzero from the
 * tokens a successful tag_tokenize just left, before they are tagged: the
 * others keep their order, offsets and norms (the text is not touched),
 * so tag_sentence_tokenized then tags the sentence as if the dropped
 * words were not in it.  Returns the number of tokens left. */
size_t tag_drop_tokens(tag_ws *ws, const unsigned char *drop);

/* Tokenizes, tags, lemmatizes and chunks s[0, len).  Same contract and
 * errors as tag_tokenize.  Never fails on text content. */
int tag_sentence(tag_ws *ws, const char *s, size_t len);

/* Tags, lemmatizes and chunks the tokens a successful tag_tokenize just
 * left in ws (its text must still be alive), with the same result as
 * tag_sentence on that text, without scanning it again.  Call it at most
 * once after each tag_tokenize.  Returns DYAD_OK or DYAD_ERR_NOMEM (ws then
 * holds no tokens). */
int tag_sentence_tokenized(tag_ws *ws);

/* The normalized form of token i: lowercase (Unicode), curly apostrophes
 * and quotes made straight.  Valid until the next call on ws. */
static inline const char *tag_norm(const tag_ws *ws, size_t i) {
  return ws->buf + ws->tok[i].norm;
}
/* The lemma of token i: WordNet base form for nouns and verbs ("met" ->
 * "meet", "troops" -> "troop"), else the normalized form. */
static inline const char *tag_lemma(const tag_ws *ws, size_t i) {
  return ws->buf + ws->tok[i].lemma;
}

/* ===================================================================== */
/* Lexicon access, lemmas and inflections (lemma.c)                      */
/* ===================================================================== */

#define TAG_WORD_MAX 64        /* longest form handled by lemma functions */

/* Writes the WordNet lemma of word[0, len) (any case; it is lowercased)
 * read as part of speech pos into out (size outsz, NUL-terminated).  For
 * non-noun, non-verb tags, or when no WordNet lemma is found, out is the
 * lowercased word.  Returns the lemma id (>= 0) when out is a WordNet
 * lemma, -1 otherwise, or DYAD_ERR_ARG (< -1) if outsz is too small. */
int tag_lemmatize(const char *word, size_t len, unsigned pos, char *out,
                  size_t outsz);

/* The forms of one verb. */
typedef struct tag_verb_forms {
  char base[TAG_WORD_MAX];   /* the lemma: visit, meet */
  char vbz[TAG_WORD_MAX];    /* visits, meets */
  char vbd[TAG_WORD_MAX];    /* visited, met */
  char vbn[TAG_WORD_MAX];    /* visited, met */
  char vbg[TAG_WORD_MAX];    /* visiting, meeting */
  /* Further irregular forms from WordNet (e.g. "dreamt"), "" if none. */
  char alt[4][TAG_WORD_MAX];
  int n_alt;
} tag_verb_forms;

/* Fills out with the inflections of the verb lemma[0, len) (lowercase
 * expected; multi-word lemmas inflect their first word: "carry out" ->
 * "carried out").  Irregular forms come from WordNet's verb.exc, sorted
 * into past/participle by the POS lexicon; others follow English spelling
 * rules.  Returns 1 if the lemma is a WordNet verb, 0 if not (forms are
 * still generated), DYAD_ERR_ARG if it is empty or too long. */
int tag_inflect_verb(const char *lemma, size_t len, tag_verb_forms *out);

/* Lemma string of a lemma id from tag_lemmatize / tag_token.lemma_id,
 * or NULL if the id is out of range. */
const char *tag_lemma_name(int32_t id);

/* 1 if word (lowercase, NUL-terminated) is a WordNet verb / noun lemma. */
int tag_is_verb_lemma(const char *word);
int tag_is_noun_lemma(const char *word);

/* ===================================================================== */
/* Internals shared by the stage's files                                 */
/* ===================================================================== */

/* Scanner (tokens.re): scans from *cursor in s[0, len), which must have
 * s[len] == '\0' (NUL bytes before len are ordinary symbols).  Returns the
 * next token's tag_type and sets [*start, *cursor) to its bytes, or
 * returns -1 at the end of input.  Splitting of clitics and possessives
 * and quote direction are left to tag.c. */
int tag_scan(const char *s, size_t len, size_t *cursor, size_t *start);

/* Chunker (chunk.c): fills chunk, chunk_begin, chunk_id and clause of the
 * tagged tokens and ws->chunks.  DYAD_OK or DYAD_ERR_NOMEM. */
int tag_chunk_sentence(tag_ws *ws);

#endif /* DYAD_TAG_TAG_H */
