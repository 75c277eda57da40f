/*
 * fuzz_dict_load.c: libFuzzer target for the compiled dictionary loader.
 * Arbitrary bytes are offered as a .dyd image: the loader must reject them
 * with DYAD_ERR_DICT or accept an image whose every reference is sound,
 * which the queries and the dump then exercise.  To get past the checksum,
 * inputs starting with "DYADDICT" get their checksum field recomputed.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict/dict.h"
#include "dict/dict_image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint8_t *copy = malloc(size ? size : 1);
  if (!copy) return 0;
  memcpy(copy, data, size);
  if (size >= sizeof(dict_header) && memcmp(copy, DICT_MAGIC, 8) == 0) {
    uint64_t sum = dict_checksum(copy + DICT_CHECKSUM_FROM,
                                 size - DICT_CHECKSUM_FROM);
    memcpy(copy + offsetof(dict_header, checksum), &sum, sizeof sum);
  }
  dyad_dict *d = NULL;
  dyad_error err;
  int rc = dict_load_mem(&d, copy, size, &err);
  free(copy);
  if (rc != DYAD_OK) {
    if (rc != DYAD_ERR_DICT || d) abort();
    return 0;
  }
  static const char *const words[] = {"united", "states", "army", "visit",
                                      "the", "a"};
  for (size_t i = 0; i < 6; i++) {
    dict_match m;
    for (int k = 0; k < DICT_K_SYNSET; k++)
      dict_match_at(d, (dict_kind)k, words, 6, i, &m);
  }
  dict_counts c;
  dict_get_counts(d, &c);
  for (uint32_t s = 0; s < c.synsets; s++) dict_synset_match(d, s, words, 6, 0);
  for (uint32_t a = 0; a < c.actors; a++) dict_actor_code_on(d, a, 20000101);
  FILE *null = fopen("/dev/null", "w");
  if (null) {
    dict_dump(d, null);
    fclose(null);
  }
  dict_free(d);
  return 0;
}
