/*
 * fuzz_read_dated.c: libFuzzer target for format detection and the
 * whole-file formats (dated text and plain text) and for date parsing.
 *
 * The first input byte chooses the options (auto or dated format, with or
 * without a default date, a small or default record limit, a story a
 * line or a whole file); the rest is
 * the file, read from memory.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dyad.h"
#include "read/isodate.h"
#include "read/reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  uint8_t mode = data[0];
  data++;
  size--;
  dyad_reader_opts o = {(mode & 1) ? DYAD_IN_DATED : DYAD_IN_AUTO,
                        (mode & 2) ? "2023-09-11" : NULL,
                        (mode & 4) ? 64 : 0, (mode & 8) != 0};
  dyad_reader *r = NULL;
  dyad_error err;
  if (reader_open_mem(&r, "fuzz", data, size, &o, &err) != DYAD_OK) return 0;
  dyad_article a;
  int rc;
  long n = 0;
  while ((rc = dyad_reader_next(r, &a, &err)) == DYAD_OK ||
         rc == DYAD_REJECT) {
    if (rc == DYAD_OK) {
      char out[11];
      if (!isodate_parse(a.date, strlen(a.date), out)) __builtin_trap();
      if (strcmp(out, a.date) != 0) __builtin_trap();
      if (a.text_len == 0 || strlen(a.id) != 16) __builtin_trap();
      if (a.text_len > size) __builtin_trap();
    }
    if (++n > (long)size + 2) __builtin_trap();
  }
  if (rc != DYAD_END) __builtin_trap();
  dyad_reader_close(r);
  /* the date parser on its own, on the raw bytes */
  char out[11];
  if (isodate_parse((const char *)data, size, out) &&
      (strlen(out) != 10 || out[4] != '-' || out[7] != '-'))
    __builtin_trap();
  return 0;
}
