/*
 * bytes.h: small inline byte-range helpers shared by the hot paths of the
 * tag and dict stages (the tagger's candidate memo and the dictionary
 * token memo), where a call to memcmp per token costs more than the
 * compare itself.
 */
#ifndef DYAD_UTIL_BYTES_H
#define DYAD_UTIL_BYTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Are a[0, n) and b[0, n) equal?  Overlapping loads of 8, 4 or 2 bytes
 * that stay inside both ranges (never past a + n or b + n), in place of a
 * memcmp call; meant for the short words of the memos. */
static inline int bytes_eq(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  if (n >= 8) {
    uint64_t x, y;
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&x, p + i, 8);
      memcpy(&y, q + i, 8);
      if (x != y) return 0;
    }
    memcpy(&x, p + n - 8, 8);
    memcpy(&y, q + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x0, y0, x1, y1;
    memcpy(&x0, p, 4);
    memcpy(&y0, q, 4);
    memcpy(&x1, p + n - 4, 4);
    memcpy(&y1, q + n - 4, 4);
    return x0 == y0 && x1 == y1;
  }
  if (n >= 2) {
    uint16_t x0, y0, x1, y1;
    memcpy(&x0, p, 2);
    memcpy(&y0, q, 2);
    memcpy(&x1, p + n - 2, 2);
    memcpy(&y1, q + n - 2, 2);
    return x0 == y0 && x1 == y1;
  }
  return n == 0 || p[0] == q[0];
}

#endif
