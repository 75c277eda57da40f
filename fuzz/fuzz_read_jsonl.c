/*
 * fuzz_read_jsonl.c: libFuzzer target for the JSON Lines reader.
 *
 * Feeds the input from memory (plain, or gzip when it starts with 1f 8b)
 * to a reader forced to JSONL with a small record limit, so that over-long
 * lines, UTF-8 repair, every field form and the reject paths are all
 * reachable.  Every article string is read in full so that ASan sees any
 * pointer that outlived its buffer.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dyad.h"
#include "read/reader.h"

static size_t touch(const dyad_article *a) {
  return strlen(a->id) + strlen(a->date) + strlen(a->title) +
         strlen(a->source) + strlen(a->url) + strlen(a->file) +
         (a->text_len ? (size_t)(unsigned char)a->text[a->text_len - 1] : 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dyad_reader_opts o = {DYAD_IN_JSONL, NULL, 4096, 0};
  dyad_reader *r = NULL;
  dyad_error err;
  if (reader_open_mem(&r, "fuzz", data, size, &o, &err) != DYAD_OK) return 0;
  dyad_article a;
  size_t sink = 0;
  int rc;
  long records = 0;
  while ((rc = dyad_reader_next(r, &a, &err)) == DYAD_OK ||
         rc == DYAD_REJECT) {
    if (rc == DYAD_OK) {
      sink += touch(&a);
      if (strlen(a.date) != 10 || a.line < 1) __builtin_trap();
    } else if (err.code <= DYAD_REJ_NONE || err.code >= DYAD_REJ_COUNT) {
      __builtin_trap();
    }
    if (++records > (long)size + 2) __builtin_trap(); /* must progress */
  }
  if (rc != DYAD_END) __builtin_trap();
  if (dyad_reader_bytes(r) > size) __builtin_trap();
  dyad_reader_close(r);
  return sink == 1 ? 1 : 0;
}
