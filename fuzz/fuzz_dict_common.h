/*
 * fuzz_dict_common.h: the body shared by the dictionary parser fuzz
 * targets (fuzz_dict_petrarch.c, fuzz_dict_tabari.c), which differ only in
 * the file names that select the parser.
 *
 * The first byte picks the kind of file (actors, agents, verbs, ...), the
 * rest is its text.  Parsing must never fail on content (only report), the
 * image it builds must pass the loader's own validation when copied, and
 * matching the input's first words against every table must stay in
 * bounds.
 */
#ifndef DYAD_FUZZ_DICT_COMMON_H
#define DYAD_FUZZ_DICT_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict/dict.h"

/* Parses data[1..] as a file of kind kinds[data[0] % 6], then checks the
 * image and every matcher; aborts on any broken invariant. */
static int fuzz_dict_parse(const char *const kinds[6], const uint8_t *data,
                           size_t size) {
  if (size < 1) return 0;
  const char *name = kinds[data[0] % 6];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  dyad_dict *d = NULL;
  dyad_error err;
  size_t ne, nw;
  if (dict_build_mem(&d, 1, &name, &text, &len, NULL, &ne, &nw, &err) !=
      DYAD_OK)
    abort();
  size_t img_len;
  const void *img = dict_image(d, &img_len);
  dyad_dict *l = NULL;
  if (dict_load_mem(&l, img, img_len, &err) != DYAD_OK) abort();
  dict_free(l);
  /* match the input's first words (as text) against every kind */
  char line[256], buf[512];
  size_t n = len < sizeof line - 1 ? len : sizeof line - 1;
  memcpy(line, text, n);
  line[n] = '\0';
  const char *toks[32];
  int nt = dict_tokenize(line, buf, sizeof buf, toks, 32);
  for (int i = 0; i < nt; i++) {
    dict_match m;
    for (int k = 0; k < DICT_K_SYNSET; k++)
      if (dict_match_at(d, (dict_kind)k, toks, (size_t)nt, (size_t)i, &m) &&
          (m.len == 0 || m.len > (uint32_t)(nt - i)))
        abort();
    const char *code;
    if (dict_actor_match(d, toks, (size_t)nt, (size_t)i, 20000101, &m, &code)
        && !code)
      abort();
    dict_counts c;
    dict_get_counts(d, &c);
    for (uint32_t s = 0; s < c.synsets; s++)
      if (dict_synset_match(d, s, toks, (size_t)nt, (size_t)i) >
          (size_t)(nt - i))
        abort();
  }
  FILE *null = fopen("/dev/null", "w");
  if (null) {
    dict_dump(d, null);
    fclose(null);
  }
  dict_free(d);
  return 0;
}

#endif /* DYAD_FUZZ_DICT_COMMON_H */
