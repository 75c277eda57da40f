/*
 * testutil.h: what the cmocka unit tests share: the path of ../shared and
 * a way to skip a test cleanly when it is absent.
 */
#ifndef DYAD_TESTUTIL_H
#define DYAD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

/* Directory of the reference material (DYAD_SHARED, default ../shared). */
static inline const char *test_shared_dir(void) {
  const char *d = getenv("DYAD_SHARED");
  return d && *d ? d : "../shared";
}

/* Writes "SHARED/rel" into buf; returns 1 if it exists, else prints why
 * the test is skipped and returns 0. */
static inline int test_shared_path(char *buf, size_t cap, const char *rel) {
  struct stat st;
  snprintf(buf, cap, "%s/%s", test_shared_dir(), rel);
  if (stat(buf, &st) != 0) {
    printf("skipping: %s is absent (reference material in ../shared)\n", buf);
    return 0;
  }
  return 1;
}

/* Skips the current test when SHARED/rel is absent. */
#define REQUIRE_SHARED(buf, rel)                                   \
  do {                                                             \
    if (!test_shared_path((buf), sizeof(buf), (rel))) skip();      \
  } while (0)

/* Writes text to DIR/NAME (for dictionaries written inline by a test). */
static inline void test_write_file(const char *dir, const char *name,
                                   const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *fp = fopen(path, "w");
  assert_non_null(fp);
  fputs(text, fp);
  fclose(fp);
}

#endif /* DYAD_TESTUTIL_H */
