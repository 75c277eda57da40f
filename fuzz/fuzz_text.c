/*
 * fuzz_text.c: libFuzzer target for the text stage.
 *
 * Feeds arbitrary bytes to text_prepare and checks its invariants: the
 * clean text and every sentence are valid UTF-8 without NUL, sentences are
 * non-empty, trimmed and free of double spaces, indexes are consecutive,
 * paragraphs never go back, spans lie inside the input and follow each
 * other without overlap.  Each sentence is also folded with text_fold
 * (cap = 3 * len + 1 must suffice; the map must stay inside the input and
 * never decrease).
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "code/result.h"
#include "dyad.h"
#include "text/fold.h"
#include "text/text.h"

static void check_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0 || cp == 0) abort();
    i += (size_t)k;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dyad_article a;
  memset(&a, 0, sizeof a);
  a.text = (const char *)data;
  a.text_len = size;
  dyad_result *r = dyad_result_new();
  if (r == NULL) return 0;
  result_reset(r, &a);
  if (text_prepare(r, &a) != DYAD_OK) abort();
  if (r->clean == NULL || strlen(r->clean) != r->clean_len) abort();
  check_utf8(r->clean, r->clean_len);
  if (r->clean_len < size) abort();
  uint32_t end = 0, para = 1;
  for (size_t i = 0; i < dyad_result_sentences(r); i++) {
    const dyad_sentence *s = dyad_result_sentence(r, i);
    size_t n = strlen(s->text);
    if (s->index != i + 1) abort();
    if (s->paragraph < para) abort();
    para = s->paragraph;
    if (s->span.offset < end || s->span.length == 0) abort();
    if ((uint64_t)s->span.offset + s->span.length > size) abort();
    end = s->span.offset + s->span.length;
    if (n == 0 || s->text[0] == ' ' || s->text[n - 1] == ' ') abort();
    if (strstr(s->text, "  ") != NULL) abort();
    if (s->kind != DYAD_SENT_BODY && s->kind != DYAD_SENT_HEADLINE &&
        s->kind != DYAD_SENT_CAPTION)
      abort();
    check_utf8(s->text, n);
    size_t cap = 3 * n + 1;
    char *out = malloc(cap);
    uint32_t *map = malloc((cap + 1) * sizeof *map);
    if (out && map) {
      size_t m = text_fold(s->text, n, out, cap, map);
      if (m >= cap) abort();
      check_utf8(out, m);
      for (size_t k = 0; k <= m; k++)
        if (map[k] > n || (k && map[k] < map[k - 1])) abort();
      if (map[m] != n) abort();
    }
    free(out);
    free(map);
  }
  dyad_result_free(r);
  return 0;
}
