/*
 * fuzz_dict_petrarch.c: libFuzzer target for the PETRARCH 2 / Phoenix dictionary parsers
 * (the checks are in fuzz_dict_common.h).
 */
#include "fuzz_dict_common.h"

static const char *const kinds[6] = {"f.actors.txt", "f.agents.txt", "CAMEO.verbs.txt", "f.discards.txt", "f.Issues.txt", "PETR_config.ini"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_dict_parse(kinds, data, size);
}
