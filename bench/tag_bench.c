/*
 * tag_bench.c: throughput of the tagging stage on built-in news-like
 * sentences (tokenize + tag + lemmatize + chunk).  Prints sentences/s and
 * tokens/s; never pass/fail.  Usage: tag_bench [seconds]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "tag/tag.h"

static const char *const sentences[] = {
  "Russian forces attacked the Ukrainian city of Kharkiv on Tuesday, officials said.",
  "The U.S. Secretary of State met Mr. Erdogan in Ankara on Jan. 5 to discuss the cease-fire.",
  "Police didn't say whether the soldiers' families were evacuated by the army's 3rd brigade.",
  "\xE2\x80\x9CWe will never accept this,\xE2\x80\x9D he said, according to https://example.com/news.",
  "Thousands of protesters gathered outside parliament to demand the resignation of the prime minister.",
  "Israel and Hamas agreed to a four-day truce brokered by Qatar and Egypt, which would free 50 hostages.",
  "The United Nations Security Council condemned the missile launch and called for restraint.",
  "China's foreign ministry accused Washington of interfering in its internal affairs.",
};

int main(int argc, char **argv) {
  double secs = argc > 1 ? atof(argv[1]) : 2.0;
  size_t ns = sizeof sentences / sizeof *sentences;
  size_t lens[sizeof sentences / sizeof *sentences];
  for (size_t i = 0; i < ns; i++) lens[i] = strlen(sentences[i]);
  tag_ws ws = TAG_WS_INIT;
  unsigned long long sent = 0, toks = 0, bytes = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  double el = 0;
  do {
    for (int rep = 0; rep < 1000; rep++)
      for (size_t i = 0; i < ns; i++) {
        if (tag_sentence(&ws, sentences[i], lens[i]) != DYAD_OK) return 1;
        sent++;
        toks += ws.n;
        bytes += lens[i];
      }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    el = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  } while (el < secs);
  printf("tag_bench: %llu sentences, %llu tokens in %.2f s\n", sent, toks, el);
  printf("tag_bench: %.0f sentences/s, %.0f tokens/s, %.1f MB/s, %.2f us/sentence\n",
         sent / el, toks / el, bytes / el / 1e6, el * 1e6 / (double)sent);
  tag_ws_free(&ws);
  return 0;
}
