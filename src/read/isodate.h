/*
 * isodate.h: calendar dates as articles carry them.
 *
 * News records write their date in many shapes ("2023-09-11",
 * "2023-09-11 14:02:00", "2023-09-11T14:02:00Z", "20230911").  dyad keeps
 * only the calendar day, always as YYYY-MM-DD, and refuses dates that do
 * not exist (2023-02-30).  The time part, when present, is checked for
 * shape but otherwise dropped; no time-zone shift is applied.
 */
#ifndef DYAD_READ_ISODATE_H
#define DYAD_READ_ISODATE_H

#include <stddef.h>

/* Returns 1 if (y, m, d) is a day of the proleptic Gregorian calendar with
 * 1 <= y <= 9999, else 0. */
int isodate_valid_ymd(int y, int m, int d);

/* Parses s[0..n) (which need not be NUL-terminated; surrounding ASCII
 * whitespace is ignored) and on success writes "YYYY-MM-DD" and a NUL into
 * out and returns 1.  Accepted:
 *   YYYY-MM-DD                      date only
 *   YYYY-MM-DD(T|t| )TIME           TIME = HH[:MM[:SS[.fff]]][Z|+HH[:MM]|-HH[:MM]]
 *   YYYYMMDD[T TIME]                compact, TIME may be HHMMSS
 * Returns 0 (out unspecified) for anything else, including a NUL byte. */
int isodate_parse(const char *s, size_t n, char out[11]);

/* Returns 1 if s[0..n) begins like a date ("DDDD-DD" or "DDDDDDDD", D a
 * digit): used to tell a "date LINE" header from prose. */
int isodate_looks_like(const char *s, size_t n);

#endif /* DYAD_READ_ISODATE_H */
