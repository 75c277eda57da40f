/*
 * cameo_table.h: the CAMEO event code table generated at build time.
 *
 * The rows come from data/cameo_codes.tsv (dyad's own table; see its header
 * for the sources of the facts) and are turned into $(B)/gen/cameo_table.c
 * by src/ontology/cameo_table.awk.  The array is sorted by code in byte
 * order (strcmp), which the generator checks, so cameo.c can binary-search
 * it.  Nothing here is mutable.
 */
#ifndef DYAD_ONTOLOGY_CAMEO_TABLE_H
#define DYAD_ONTOLOGY_CAMEO_TABLE_H

#include "dyad.h"

extern const dyad_code_info cameo_table[];
extern const size_t cameo_table_len;

#endif /* DYAD_ONTOLOGY_CAMEO_TABLE_H */
