/*
 * reader.h: internal entry points of the reader, for fuzzers and tests.
 *
 * The public reader (include/dyad.h) opens paths.  The fuzz targets need to
 * feed bytes from memory without touching the file system, and the unit
 * tests check that an over-long record does not make the line buffer grow
 * past the limit; both go through here, and so do the checks that the
 * JSONL fast path and jansson read every line alike.
 */
#ifndef DYAD_READ_READER_H
#define DYAD_READ_READER_H

#include <stddef.h>

#include "dyad.h"

/* Opens a reader over data[0..len) (plain bytes, or gzip when it starts
 * with 1f 8b), named `name` in articles and errors.  data must stay valid
 * until dyad_reader_close; name is copied.  Same returns as
 * dyad_reader_open. */
int reader_open_mem(dyad_reader **out, const char *name, const void *data,
                    size_t len, const dyad_reader_opts *opts,
                    dyad_error *err);

/* Turns the JSONL fast path on (the default) or off, so that every line
 * is parsed by jansson: the differential fuzzer and the tests compare the
 * two on the same input. */
void reader_set_fast_path(dyad_reader *r, int on);

/* Current capacity of the reader's record buffer, in bytes. */
size_t reader_buffer_capacity(const dyad_reader *r);

#endif /* DYAD_READ_READER_H */
