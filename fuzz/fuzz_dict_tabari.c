/*
 * fuzz_dict_tabari.c: libFuzzer target for the TABARI dictionary parsers
 * (the checks are in fuzz_dict_common.h).
 */
#include "fuzz_dict_common.h"

static const char *const kinds[6] = {"f.actors", "f.agents", "f.verbs", "f.options", "f.actors", "f.verbs"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_dict_parse(kinds, data, size);
}
