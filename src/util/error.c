/*
 * error.c: status descriptions and the dyad_error filler used by every
 * stage.  Messages are short, lower-case, without a final period, so the CLI
 * can prefix them with "dyad: error: FILE:LINE: ".
 */
#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *dyad_strerror(int status) {
  switch (status) {
  case DYAD_OK: return "ok";
  case DYAD_END: return "end of input";
  case DYAD_REJECT: return "record rejected";
  case DYAD_ERR_IO: return "input/output error";
  case DYAD_ERR_NOMEM: return "out of memory";
  case DYAD_ERR_FORMAT: return "malformed input";
  case DYAD_ERR_ARG: return "invalid argument";
  case DYAD_ERR_DB: return "database error";
  case DYAD_ERR_DICT: return "dictionary error";
  default: return "unknown status";
  }
}

int error_set(dyad_error *err, int code, const char *file, long line,
              const char *fmt, ...) {
  if (err == NULL) return code;
  err->code = code;
  err->line = line;
  err->col = 0;
  if (file) {
    snprintf(err->file, sizeof err->file, "%s", file);
  } else {
    err->file[0] = '\0';
  }
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return code;
}
