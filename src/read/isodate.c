/*
 * isodate.c: parsing and validating the dates of articles.
 *
 * See isodate.h.  Hand-written rather than strptime(): strptime depends on
 * the locale, accepts out-of-range days and cannot say where it stopped in
 * a way that lets us reject trailing junk.
 */
#include "read/isodate.h"

#include <assert.h>
#include <string.h>

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

/* Reads exactly k digits at *p (p < end) as a number; -1 if not digits. */
static int take_digits(const char **p, const char *end, int k) {
  int v = 0;
  if (end - *p < k) return -1;
  for (int i = 0; i < k; i++) {
    char c = (*p)[i];
    if (!is_digit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  *p += k;
  return v;
}

int isodate_valid_ymd(int y, int m, int d) {
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return 0;
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = mdays[m - 1] + (m == 2 && leap);
  return d <= max;
}

/* Checks a time of day [p, end): HH[:MM[:SS[.f+]]] then an optional zone
 * (Z, +HH[:MM], -HH[:MM], optionally after one space).  Separators ':' may
 * be left out (compact form).  Returns 1 if the whole range is a time. */
static int valid_time(const char *p, const char *end) {
  int hh = take_digits(&p, end, 2);
  if (hh < 0 || hh > 24) return 0;
  if (p < end && (*p == ':' || is_digit(*p))) {
    if (*p == ':') p++;
    int mm = take_digits(&p, end, 2);
    if (mm < 0 || mm > 59) return 0;
    if (p < end && (*p == ':' || is_digit(*p))) {
      if (*p == ':') p++;
      int ss = take_digits(&p, end, 2);
      if (ss < 0 || ss > 60) return 0;
      if (p < end && (*p == '.' || *p == ',')) {
        p++;
        if (p == end || !is_digit(*p)) return 0;
        while (p < end && is_digit(*p)) p++;
      }
    }
  }
  if (p < end && *p == ' ') p++;
  if (p == end) return 1;
  if (*p == 'Z' || *p == 'z') return p + 1 == end;
  if (end - p == 3 && p[0] == 'U' && p[1] == 'T' && p[2] == 'C') return 1;
  if (end - p == 3 && p[0] == 'G' && p[1] == 'M' && p[2] == 'T') return 1;
  if (*p == '+' || *p == '-') {
    p++;
    int zh = take_digits(&p, end, 2);
    if (zh < 0 || zh > 23) return 0;
    if (p == end) return 1;
    if (*p == ':') p++;
    int zm = take_digits(&p, end, 2);
    if (zm < 0 || zm > 59) return 0;
    return p == end;
  }
  return 0;
}

int isodate_parse(const char *s, size_t n, char out[11]) {
  assert(s != NULL || n == 0);
  if (n == 0) return 0;
  /* the usual form, exactly YYYY-MM-DD: the output is the input */
  if (n == 10 && s[4] == '-' && s[7] == '-') {
    const char *p = s;
    int y = take_digits(&p, s + 4, 4), m, d;
    p = s + 5;
    m = take_digits(&p, s + 7, 2);
    p = s + 8;
    d = take_digits(&p, s + 10, 2);
    if (y >= 0 && m >= 0 && d >= 0) {
      if (!isodate_valid_ymd(y, m, d)) return 0;
      memcpy(out, s, 10);
      out[10] = '\0';
      return 1;
    }
  }
  const char *p = s, *end = s + n;
  while (p < end && is_space(*p)) p++;
  while (end > p && is_space(end[-1])) end--;
  int y, m, d, compact = 0;
  if ((y = take_digits(&p, end, 4)) < 0) return 0;
  if (p < end && *p == '-') {
    p++;
    if ((m = take_digits(&p, end, 2)) < 0) return 0;
    if (p == end || *p != '-') return 0;
    p++;
    if ((d = take_digits(&p, end, 2)) < 0) return 0;
  } else {
    compact = 1;
    if ((m = take_digits(&p, end, 2)) < 0) return 0;
    if ((d = take_digits(&p, end, 2)) < 0) return 0;
  }
  if (!isodate_valid_ymd(y, m, d)) return 0;
  if (p < end) {
    char sep = *p++;
    if (!(sep == 'T' || sep == 't' || (sep == ' ' && !compact))) return 0;
    if (!valid_time(p, end)) return 0;
  }
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = '\0';
  return 1;
}

int isodate_looks_like(const char *s, size_t n) {
  if (n < 7) return 0;
  for (int i = 0; i < 4; i++)
    if (!is_digit(s[i])) return 0;
  if (s[4] == '-') return is_digit(s[5]) && is_digit(s[6]);
  if (n < 8) return 0;
  for (int i = 4; i < 8; i++)
    if (!is_digit(s[i])) return 0;
  return 1;
}
