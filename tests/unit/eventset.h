/*
 * eventset.h: what the accuracy tests share (test_conformance.c,
 * test_roots.c): events as (source, target, code) triples compared as sets,
 * ratchet files and expectation lists.
 *
 * A ratchet file holds the best pass count reached so far; a test fails
 * when it drops below.  An expect file lists, one per line, the records
 * allowed to fail, each followed by the written reason.
 */
#ifndef DYAD_TEST_EVENTSET_H
#define DYAD_TEST_EVENTSET_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct triple {
  char s[64], t[64], c[32];
} triple;

static inline int triple_cmp(const void *a, const void *b) {
  const triple *x = a, *y = b;
  int c = strcmp(x->s, y->s);
  if (c == 0) c = strcmp(x->t, y->t);
  if (c == 0) c = strcmp(x->c, y->c);
  return c;
}

/* Sorts and removes duplicates; returns the new count. */
static inline size_t triple_set(triple *v, size_t n) {
  qsort(v, n, sizeof *v, triple_cmp);
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (m == 0 || triple_cmp(&v[m - 1], &v[i]) != 0) v[m++] = v[i];
  return m;
}

/* Reads the first integer of a file, or -1. */
static inline long read_ratchet(const char *path) {
  FILE *fp = fopen(path, "r");
  if (fp == NULL) return -1;
  long v = -1;
  if (fscanf(fp, "%ld", &v) != 1) v = -1;
  fclose(fp);
  return v;
}

/* Whole file as a NUL-terminated string (caller frees), or NULL. */
static inline char *slurp(const char *path) {
  FILE *fp = fopen(path, "rb");
  if (fp == NULL) return NULL;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  char *b = malloc((size_t)(n < 0 ? 0 : n) + 1);
  if (b && n > 0 && fread(b, 1, (size_t)n, fp) != (size_t)n) n = 0;
  if (b) b[n < 0 ? 0 : n] = '\0';
  fclose(fp);
  return b;
}

/* Is id the first word of a non-comment line of the expect file? */
static inline int expect_listed(const char *buf, const char *id) {
  size_t il = strlen(id);
  for (const char *p = buf; p && *p;) {
    const char *e = strchr(p, '\n');
    size_t ll = e ? (size_t)(e - p) : strlen(p);
    if (*p != '#' && ll >= il && strncmp(p, id, il) == 0 &&
        (ll == il || p[il] == ' ' || p[il] == '\t'))
      return 1;
    p = e ? e + 1 : NULL;
  }
  return 0;
}

#endif /* DYAD_TEST_EVENTSET_H */
