/*
 * gen_lexrec.c: build-time generator of the POS lexicon records of
 * src/tag (build/gen/tag_lexrec.c), run by src/tag/module.mk.
 *
 *   gen_lexrec LEX.txt OUT.c
 *
 * LEX.txt is the sorted word list gen_lexicon.sh derives from
 * festlex-poslex, one word a line: "word TAG:lp TAG:lp ..." (lp = log
 * P(word | tag) in hundredths).  OUT.c gets the byte blob of records and
 * its hash index described in src/tag/tables.h.  Each record ends with the
 * word's WordNet lemmas, computed here by the tagger's own tag_lemmatize
 * (this program links src/tag/lemma.c and the generated WordNet tables), so
 * the tagger reads a known word's lemma from the record it already holds
 * instead of probing the WordNet tables per token; the result is the same
 * by construction.  Exits non-zero with a message on malformed input or
 * when a table limit is exceeded.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tag/tables.h"
#include "tag/tag.h"

#define MAX_WORDS 200000
#define BLOB_MAX ((size_t)1 << TAG_LEX_OFF_BITS)

static unsigned char blob[BLOB_MAX];
static size_t blob_len;
/* The tag names of each record's triples, written symbolically. */
static char *tagname[BLOB_MAX];

static void fail(const char *msg, const char *arg) {
  fprintf(stderr, "gen_lexrec: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
  exit(1);
}

static void put(unsigned x) {
  if (blob_len >= BLOB_MAX - 1) fail("blob exceeds the offset bits", NULL);
  blob[blob_len++] = (unsigned char)x;
}

/* Representative tags of the four lemma classes of tables.h. */
static const unsigned class_pos[TAG_LEX_LEMMA_CLASSES] = {TAG_VB, TAG_VBD,
                                                          TAG_NN, TAG_NNS};

typedef struct entry {
  int32_t id;
  size_t keep, sl;
  char suf[TAG_WORD_MAX];
} entry;

/* Appends the lemma section of word w[0, n) to the blob (format in
 * tables.h). */
static void lemma_section(const char *w, size_t n) {
  entry e[TAG_LEX_LEMMA_CLASSES];
  size_t ne = 0;
  unsigned map = 0;
  for (unsigned c = 0; c < TAG_LEX_LEMMA_CLASSES; c++) {
    char out[TAG_WORD_MAX];
    int id = tag_lemmatize(w, n, class_pos[c], out, sizeof out);
    if (id < -1) fail("tag_lemmatize failed", w);
    if (id < 0) continue;
    if (id >= (1 << 17)) fail("lemma id exceeds 17 bits", w);
    entry x = {.id = id};
    size_t ol = strlen(out);
    while (x.keep < n && x.keep < ol && out[x.keep] == w[x.keep]) x.keep++;
    x.sl = ol - x.keep;
    memcpy(x.suf, out + x.keep, x.sl);
    unsigned k;
    for (k = 0; k < ne; k++)
      if (e[k].id == x.id && e[k].keep == x.keep && e[k].sl == x.sl &&
          memcmp(e[k].suf, x.suf, x.sl) == 0)
        break;
    if (k == ne) e[ne++] = x;
    map |= (k + 1) << (3 * c);
  }
  put(map & 0xFF);
  put(map >> 8);
  for (size_t k = 0; k < ne; k++) {
    uint32_t v = (uint32_t)e[k].id | (uint32_t)e[k].keep << 17 |
                 (e[k].sl ? 1u << 23 : 0u);
    put(v & 0xFF);
    put((v >> 8) & 0xFF);
    put(v >> 16);
    if (e[k].sl) {
      put((unsigned)e[k].sl);
      for (size_t j = 0; j < e[k].sl; j++) put((unsigned char)e[k].suf[j]);
    }
  }
}

/* One line of LEX.txt. */
typedef struct word_line {
  char *line;        /* "word TAG:lp ..." without the newline */
  long best;         /* its largest lp + log P(tag) */
  size_t order;      /* its line number */
} word_line;

/* Rough log P(tag) in the WSJ, in hundredths (as in tag.c's log_prior,
 * plus the frequent closed classes), for ordering only. */
static long log_prior(const char *t, size_t n) {
  static const struct { const char *tag; long lp; } P[] = {
    {"NN", -204}, {"NNP", -239}, {"NNS", -280}, {"NNPS", -605},
    {"JJ", -278}, {"JJR", -580}, {"JJS", -630}, {"RB", -350},
    {"VB", -367}, {"VBD", -352}, {"VBG", -426}, {"VBN", -396},
    {"VBP", -444}, {"VBZ", -388}, {"CD", -329}, {"FW", -800},
    {"IN", -230}, {"DT", -210}, {"CC", -330}, {"TO", -360},
    {"PRP", -340}, {"MD", -460}, {"POS", -460}};
  for (size_t i = 0; i < sizeof P / sizeof P[0]; i++)
    if (strlen(P[i].tag) == n && memcmp(P[i].tag, t, n) == 0) return P[i].lp;
  return -500;
}

/* More probable words first (largest log P(word, tag) over the word's
 * tags: a proxy for its frequency in text), then file order. */
static int by_use(const void *pa, const void *pb) {
  const word_line *a = pa, *b = pb;
  if (a->best != b->best) return a->best > b->best ? -1 : 1;
  return a->order < b->order ? -1 : a->order > b->order;
}

/* Appends the record of one line "word TAG:lp ..." to the blob; returns
 * the word (allocated). */
static char *record(char *text) {
  char *save = NULL;
  char *w = strtok_r(text, " \n", &save);
  if (!w) fail("empty line", NULL);
  size_t n = strlen(w);
  if (n == 0 || n >= TAG_LEX_WORD) fail("bad word length", w);
  char *word = strdup(w);
  if (!word) fail("out of memory", NULL);
  put((unsigned)n);
  for (size_t i = 0; i < n; i++) put((unsigned char)w[i]);
  size_t at_n = blob_len;
  put(0);
  unsigned nt = 0;
  char *item;
  while ((item = strtok_r(NULL, " \n", &save)) != NULL) {
    char *colon = strchr(item, ':');
    if (!colon || nt == 8) fail("bad tag item", item);
    *colon = '\0';
    char *end;
    long lp = strtol(colon + 1, &end, 10);
    if (end == colon + 1 || *end != '\0' || lp > 0 || lp < -32768)
      fail("bad or out-of-range log probability", item);
    tagname[blob_len] = strdup(item);
    if (!tagname[blob_len]) fail("out of memory", NULL);
    put(0);                                     /* the tag, named below */
    unsigned v = (unsigned)(lp + 65536);
    put(v & 0xFF);
    put((v >> 8) & 0xFF);
    nt++;
  }
  if (nt == 0) fail("word without tags", word);
  blob[at_n] = (unsigned char)nt;
  lemma_section(word, n);
  return word;
}

int main(int argc, char **argv) {
  if (argc != 3) fail("usage: gen_lexrec LEX.txt OUT.c", NULL);
  FILE *in = fopen(argv[1], "r");
  if (!in) fail("cannot open", argv[1]);
  static char line[4096];
  static word_line lines[MAX_WORDS];
  static char *words[MAX_WORDS];
  static uint32_t offs[MAX_WORDS];
  size_t nw = 0;
  while (fgets(line, sizeof line, in)) {
    if (line[0] == '\n' || line[0] == '\0') continue;
    if (!strchr(line, '\n') && !feof(in)) fail("line too long", NULL);
    if (nw >= MAX_WORDS) fail("too many words", NULL);
    word_line *L = &lines[nw];
    L->line = strdup(line);
    if (!L->line) fail("out of memory", NULL);
    L->order = nw;
    L->best = LONG_MIN;
    for (char *c = strchr(line, ':'); c; c = strchr(c + 1, ':')) {
      const char *t = c;
      while (t > line && t[-1] != ' ') t--;
      long lp = strtol(c + 1, NULL, 10) + log_prior(t, (size_t)(c - t));
      if (lp > L->best) L->best = lp;
    }
    nw++;
  }
  fclose(in);
  if (nw == 0) fail("empty lexicon", argv[1]);
  /* Records of probable words first: the words of running text then sit
   * in a few kilobytes of the blob, which stay cached, instead of being
   * spread over all of it in alphabetical order. */
  qsort(lines, nw, sizeof *lines, by_use);
  for (size_t i = 0; i < nw; i++) {
    offs[i] = (uint32_t)blob_len;
    words[i] = record(lines[i].line);
  }

  size_t size = 2;
  while ((double)size < 1.6 * (double)nw) size *= 2;
  uint32_t *tab = calloc(size, sizeof *tab);
  if (!tab) fail("out of memory", NULL);
  size_t maxp = 0;
  const uint32_t lim = (uint32_t)1 << TAG_LEX_OFF_BITS;
  for (size_t i = 0; i < nw; i++) {
    uint32_t h = tag_hash(words[i], strlen(words[i]));
    size_t s = h & (size - 1), probes = 0;
    while (tab[s] != 0) { s = (s + 1) & (size - 1); probes++; }
    if (probes > maxp) maxp = probes;
    if (offs[i] + 1 >= lim) fail("record offset exceeds the offset bits", words[i]);
    tab[s] = (h & ~(lim - 1)) | (offs[i] + 1);
  }

  FILE *out = fopen(argv[2], "w");
  if (!out) fail("cannot write", argv[2]);
  fprintf(out,
          "/* Generated by tools/gen_lexrec.c from %s; do not edit.\n"
          " * That file is src/tag/gen_lexicon.sh's word list of festlex-poslex's\n"
          " * wsj.wp39.poslexR (TAG_POSLEX of src/tag/module.mk).\n"
          " * Source: festlex-poslex (Debian), (c) 1996,1997 Centre for Speech\n"
          " * Technology Research, University of Edinburgh, UK.  All Rights\n"
          " * Reserved.  Permission is granted to use and distribute without\n"
          " * restriction, provided the copyright notice and disclaimer are\n"
          " * retained, the authors' names are kept and modifications are\n"
          " * clearly marked (full text: /usr/share/doc/festlex-poslex/copyright).\n"
          " * MODIFIED: entries re-encoded into a C byte blob with WordNet\n"
          " * lemmas added (from Debian wordnet-base, through src/tag/lemma.c).\n"
          " * WordNet licence: WordNet Release 3.0, Copyright 2006 by Princeton\n"
          " * University.  All rights reserved.  Permission to use, copy, modify\n"
          " * and distribute this software and database and its documentation for\n"
          " * any purpose and without fee or royalty is hereby granted, provided\n"
          " * that the copyright notice and these statements appear in all copies\n"
          " * (full text: /usr/share/doc/wordnet-base/copyright).  THIS SOFTWARE\n"
          " * AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n"
          " * REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. */\n"
          "#include \"tag/tables.h\"\n\n"
          "const unsigned char tag_lex_blob[] = {\n",
          argv[1]);
  for (size_t i = 0; i < blob_len; i++) {
    if (tagname[i])
      fprintf(out, "TAG_%s,", tagname[i]);
    else
      fprintf(out, "%u,", blob[i]);
    if (i % 24 == 23) fputc('\n', out);
  }
  fprintf(out, "};\nconst size_t tag_lex_count = %zu;\n\n", nw);
  fprintf(out, "/* %zu keys in %zu slots, longest probe run %zu; blob %zu bytes */\n",
          nw, size, maxp, blob_len);
  fprintf(out, "const uint32_t tag_lex_hash[%zu] = {\n", size);
  for (size_t i = 0; i < size; i++)
    fprintf(out, "%uu,%s", tab[i], i % 8 == 7 ? "\n" : "");
  fprintf(out, "};\nconst uint32_t tag_lex_hash_mask = %zu;\n", size - 1);
  if (fclose(out) != 0) fail("cannot write", argv[2]);
  return 0;
}
