/*
 * cameo.c: lookups in the CAMEO event code table.
 *
 * The table itself is generated from data/cameo_codes.tsv at build time
 * (see cameo_table.h and module.mk); this file only searches it.  Codes
 * that are not CAMEO (e.g. the WEIS-style "903" of some test dictionaries)
 * are simply not found: callers get NULL and fall back to an empty root,
 * quad class 0 and no Goldstein score.
 */
#include "ontology/cameo_table.h"

#include <string.h>

/* Binary search by strcmp; code may be any NUL-terminated string (NULL
 * gives NULL).  Returns a pointer into the static table. */
const dyad_code_info *dyad_cameo_code(const char *code) {
  if (code == NULL) return NULL;
  size_t lo = 0, hi = cameo_table_len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(code, cameo_table[mid].code);
    if (c == 0) return &cameo_table[mid];
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

size_t dyad_cameo_count(void) { return cameo_table_len; }

/* The i-th code in byte order of codes; NULL when i is out of range. */
const dyad_code_info *dyad_cameo_at(size_t i) {
  return i < cameo_table_len ? &cameo_table[i] : NULL;
}
