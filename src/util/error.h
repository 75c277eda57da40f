/*
 * error.h: filling a dyad_error in one call.
 */
#ifndef DYAD_UTIL_ERROR_H
#define DYAD_UTIL_ERROR_H

#include "dyad.h"

/* Fills err (when not NULL) with code, location and a printf-style
 * message, and returns code, so callers can `return error_set(...)`. */
int error_set(dyad_error *err, int code, const char *file, long line,
              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

#endif /* DYAD_UTIL_ERROR_H */
