/*
 * dict_bench.c: benchmark of the dictionary stage on the full Phoenix set
 * in SHARED/dictionaries/phoenix: time to parse and compile the text
 * dictionaries, time to load (mmap + validate) the compiled file, resident
 * memory after the load, and phrase lookups per second: through the plain
 * matchers (each call looks its token up) and through the per-sentence
 * path the engine uses (dict_sentence_prepare once, then the *_ti
 * matchers for actor, agent, verb and discard), plus synset matches.  A
 * report, never a pass/fail test.
 *
 *   dict_bench [SHARED_DIR]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dict/dict.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Current resident set size in MB (from /proc/self/statm). */
static double rss_mb(void) {
  FILE *fp = fopen("/proc/self/statm", "r");
  long pages = 0, res = 0;
  if (fp) {
    if (fscanf(fp, "%ld %ld", &pages, &res) != 2) res = 0;
    fclose(fp);
  }
  return (double)res * (double)sysconf(_SC_PAGESIZE) / 1e6;
}

int main(int argc, char **argv) {
  const char *shared = argc > 1 ? argv[1] : "../shared";
  char dir[1024], out[] = "/tmp/dict_bench_XXXXXX";
  snprintf(dir, sizeof dir, "%s/dictionaries/phoenix", shared);
  if (access(dir, R_OK) != 0) {
    printf("dict_bench: %s is absent (reference material); nothing to "
           "measure\n", dir);
    return 0;
  }
  int fd = mkstemp(out);
  if (fd < 0) return 1;
  close(fd);
  dyad_error err;
  dyad_dict *d = NULL;
  size_t ne = 0, nw = 0;
  double t0 = now();
  if (dict_build(&d, dir, NULL, &ne, &nw, &err) != DYAD_OK) {
    fprintf(stderr, "dict_bench: %s: %s\n", err.file, err.msg);
    return 1;
  }
  double t1 = now();
  if (dict_save(d, out, &err) != DYAD_OK) {
    fprintf(stderr, "dict_bench: %s\n", err.msg);
    return 1;
  }
  size_t img_len;
  dict_image(d, &img_len);
  dict_counts c;
  dict_get_counts(d, &c);
  /* sample phrases: every actor/agent/verb phrase's words */
  size_t ns = c.phrases < 20000 ? c.phrases : 20000;
  char **samples = calloc(ns, sizeof *samples);
  for (size_t i = 0; i < ns; i++) {
    const dict_phrase *p = dict_phrase_at(d, (uint32_t)(i * (c.phrases / ns)));
    samples[i] = strdup(dict_str(d, p->words));
  }
  dict_free(d);

  double rss0 = rss_mb();
  double t2 = now();
  if (dict_load(&d, out, &err) != DYAD_OK) {
    fprintf(stderr, "dict_bench: %s\n", err.msg);
    return 1;
  }
  double t3 = now();
  double rss1 = rss_mb();

  /* lookups: each sample as a token array, matched at 0 as actor, agent
   * and verb (3 lookups) */
  size_t lookups = 0, hits = 0;
  double t4 = now();
  for (int round = 0; round < 5; round++) {
    for (size_t i = 0; i < ns; i++) {
      char buf[1024];
      const char *toks[64];
      int n = dict_tokenize(samples[i], buf, sizeof buf, toks, 64);
      if (n <= 0) continue;
      dict_match m;
      const char *code;
      const dict_agent *ag;
      const dict_verb_form *vf;
      const dict_verb *vb;
      hits += (size_t)dict_actor_match(d, toks, (size_t)n, 0, 20100101, &m,
                                       &code);
      hits += (size_t)dict_agent_match(d, toks, (size_t)n, 0, &m, &ag);
      hits += (size_t)dict_verb_match(d, toks, (size_t)n, 0, &m, &vf, &vb);
      lookups += 3;
    }
  }
  double t5 = now();

  /* the engine's path: the samples joined into "sentences" of up to 24
   * tokens, prepared once, then 4 kinds per token */
  size_t lookups_ti = 0, hits_ti = 0;
  static dict_tokinfo ti[256];
  double t6 = now();
  for (int round = 0; round < 5; round++) {
    size_t i = 0;
    while (i < ns) {
      static char bufs[24][1024];
      const char *toks[256];
      size_t n = 0;
      for (size_t b = 0; i < ns && b < 24; i++, b++) {
        int k = dict_tokenize(samples[i], bufs[b], sizeof bufs[b], toks + n,
                              256 - n);
        if (k > 0) n += (size_t)k;
      }
      dict_sentence_prepare(d, toks, n, ti);
      for (size_t k = 0; k < n; k++) {
        dict_match m;
        const char *code;
        const dict_agent *ag;
        const dict_verb_form *vf;
        const dict_verb *vb;
        int story;
        hits_ti += (size_t)dict_actor_match_ti(d, toks, n, k, &ti[k],
                                               20100101, &m, &code);
        hits_ti += (size_t)dict_agent_match_ti(d, toks, n, k, &ti[k], &m, &ag);
        hits_ti +=
            (size_t)dict_verb_match_ti(d, toks, n, k, &ti[k], &m, &vf, &vb);
        hits_ti += (size_t)dict_discard_match_ti(d, toks, n, k, &ti[k], &m,
                                                 &story);
        lookups_ti += 4;
      }
    }
  }
  double t7 = now();
  /* synsets: every synset at token 0 of every sample */
  size_t syn_calls = 0, syn_hits = 0;
  double t8 = now();
  for (size_t i = 0; i < ns && c.synsets; i += 7) {
    char buf[1024];
    const char *toks[64];
    int n = dict_tokenize(samples[i], buf, sizeof buf, toks, 64);
    if (n <= 0) continue;
    dict_tokinfo t0;
    dict_token_info(d, toks[0], &t0);
    for (uint32_t s = 0; s < c.synsets; s++) {
      syn_hits += dict_synset_match_ti(d, s, toks, (size_t)n, 0, &t0) != 0;
      syn_calls++;
    }
  }
  double t9 = now();
  printf("dict_bench: Phoenix set, %u files, %u phrases (%u actors, %u "
         "agents, %u verb forms, %u patterns), %zu errors, %zu warnings\n",
         c.files, c.phrases, c.by_kind[DICT_K_ACTOR], c.by_kind[DICT_K_AGENT],
         c.verb_forms, c.patterns, ne, nw);
  printf("  compile (parse + index):  %8.1f ms\n", (t1 - t0) * 1e3);
  printf("  compiled size:            %8.1f MB\n", (double)img_len / 1e6);
  printf("  load (mmap + validate):   %8.2f ms\n", (t3 - t2) * 1e3);
  printf("  RSS after load:           %8.1f MB (+%.1f MB)\n", rss1,
         rss1 - rss0);
  printf("  lookups (plain calls):    %8.2f M/s (%zu lookups, %zu hits)\n",
         (double)lookups / (t5 - t4) / 1e6, lookups, hits);
  printf("  lookups (prepare + _ti):  %8.2f M/s (%zu lookups, %zu hits)\n",
         (double)lookups_ti / (t7 - t6) / 1e6, lookups_ti, hits_ti);
  printf("  synset matches (_ti):     %8.2f M/s (%zu calls, %zu hits)\n",
         (double)syn_calls / (t9 - t8) / 1e6, syn_calls, syn_hits);
  dict_free(d);
  for (size_t i = 0; i < ns; i++) free(samples[i]);
  free(samples);
  unlink(out);
  return 0;
}
