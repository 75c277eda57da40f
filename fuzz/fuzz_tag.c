/*
 * fuzz_tag.c: libFuzzer target for the tagging stage.  Arbitrary bytes go
 * through tag_sentence (the scanner accepts any bytes: invalid UTF-8
 * becomes one-byte symbols), then the tokens are checked to lie in
 * bounds, in order, with a valid tag, a NUL-terminated norm and lemma in
 * the workspace buffer; chunks must cover valid token ranges.  The first
 * few bytes also drive tag_lemmatize and tag_inflect_verb.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"
#include "tag/tag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tag_ws ws = TAG_WS_INIT;
  if (tag_sentence(&ws, (const char *)data, size) != DYAD_OK) abort();
  size_t prev = 0;
  for (size_t i = 0; i < ws.n; i++) {
    const tag_token *t = &ws.tok[i];
    if (t->offset < prev || t->len == 0 || t->offset + t->len > size) abort();
    prev = t->offset + t->len;
    if (t->pos == TAG_NONE || t->pos >= TAG_POS_COUNT) abort();
    if (t->norm >= ws.buf_len || t->lemma >= ws.buf_len) abort();
    if (strlen(tag_lemma(&ws, i)) + t->lemma >= ws.buf_len) abort();
  }
  for (size_t c = 0; c < ws.n_chunks; c++) {
    const tag_chunk *ch = &ws.chunks[c];
    if (ch->n == 0 || ch->first + ch->n > ws.n || ch->head >= ws.n) abort();
  }
  tag_ws_free(&ws);
  size_t n = size < 40 ? size : 40;
  char out[TAG_WORD_MAX];
  tag_lemmatize((const char *)data, n, TAG_VBD, out, sizeof out);
  tag_lemmatize((const char *)data, n, TAG_NNS, out, sizeof out);
  tag_verb_forms f;
  if (n > 0 && !memchr(data, 0, n)) tag_inflect_verb((const char *)data, n, &f);
  return 0;
}
