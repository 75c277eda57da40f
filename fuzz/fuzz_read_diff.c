/*
 * fuzz_read_diff.c: differential libFuzzer target for the JSONL reader.
 *
 * The reader parses a JSONL line with its fast scanner and falls back to
 * jansson whenever it is in doubt.  This target reads the same input twice,
 * once as usual and once with the fast path off (every line through
 * jansson), and traps unless both readers return the same statuses, the
 * same error messages and places, and articles equal field by field and
 * byte by byte.  The first input byte picks the record limit.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dyad.h"
#include "read/reader.h"

static int same_str(const char *a, const char *b) {
  return (a == NULL) == (b == NULL) && (a == NULL || strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  dyad_reader_opts o = {DYAD_IN_JSONL, NULL, (data[0] & 1) ? 256 : 0, 0};
  data++;
  size--;
  dyad_reader *fast = NULL, *slow = NULL;
  dyad_error ef, es;
  if (reader_open_mem(&fast, "fuzz", data, size, &o, &ef) != DYAD_OK)
    return 0;
  if (reader_open_mem(&slow, "fuzz", data, size, &o, &es) != DYAD_OK) {
    dyad_reader_close(fast);
    return 0;
  }
  reader_set_fast_path(slow, 0);
  for (long n = 0;; n++) {
    dyad_article a, b;
    memset(&ef, 0, sizeof ef);
    memset(&es, 0, sizeof es);
    int rf = dyad_reader_next(fast, &a, &ef);
    int rs = dyad_reader_next(slow, &b, &es);
    if (rf != rs) __builtin_trap();
    if (rf == DYAD_OK) {
      if (!same_str(a.id, b.id) || !same_str(a.date, b.date) ||
          !same_str(a.title, b.title) || !same_str(a.source, b.source) ||
          !same_str(a.url, b.url) || !same_str(a.file, b.file) ||
          a.line != b.line || a.text_len != b.text_len ||
          memcmp(a.text, b.text, a.text_len) != 0)
        __builtin_trap();
    } else {
      if (ef.code != es.code || ef.line != es.line || ef.col != es.col ||
          strcmp(ef.file, es.file) != 0 || strcmp(ef.msg, es.msg) != 0)
        __builtin_trap();
      if (rf != DYAD_REJECT) break;
    }
    if (n > (long)size + 2) __builtin_trap();
  }
  dyad_reader_close(fast);
  dyad_reader_close(slow);
  return 0;
}
