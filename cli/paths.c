/*
 * paths.c: where the dyad command finds dictionaries: the default compiled
 * dictionary next to the executable and the cache directory for compiled
 * text dictionaries.  Shared by the subcommands that load an engine
 * (`dyad code`, `dyad names`); declared in cli.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"


/* The default compiled dictionary next to the executable
 * (EXE_DIR/dict/default.dyd, as the build leaves it, or
 * EXE_DIR/../share/dyad/default.dyd once installed), written into buf.
 * Returns buf, or NULL when there is none. */
const char *cli_default_dict_path(char *buf, size_t cap) {
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return NULL;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (slash == NULL) return NULL;
  *slash = '\0';
  static const char *const rel[] = {"dict/default.dyd",
                                    "../share/dyad/default.dyd"};
  for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
    struct stat st;
    snprintf(buf, cap, "%s/%s", exe, rel[i]);
    if (stat(buf, &st) == 0 && S_ISREG(st.st_mode)) return buf;
  }
  return NULL;
}

/* The cache for compiled text dictionaries: $DYAD_CACHE_DIR, else
 * $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad, created if needed.
 * Returns buf, or NULL when no usable directory exists (then text
 * dictionaries are compiled in memory on every run). */
const char *cli_cache_dir_path(char *buf, size_t cap) {
  const char *d = getenv("DYAD_CACHE_DIR"), *x = getenv("XDG_CACHE_HOME"),
             *h = getenv("HOME");
  if (d && *d) snprintf(buf, cap, "%s", d);
  else if (x && *x) snprintf(buf, cap, "%s/dyad", x);
  else if (h && *h) snprintf(buf, cap, "%s/.cache/dyad", h);
  else return NULL;
  /* mkdir -p, one component at a time */
  for (char *p = buf + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(buf, 0755);
    *p = '/';
  }
  if (mkdir(buf, 0755) != 0 && errno != EEXIST) return NULL;
  return buf;
}

int cli_engine_open(dyad_engine **out, const char *dict, int require_dyad,
                    const char *const *options, dyad_error *err) {
  char dict_buf[4200], cache_buf[4200];
  const char *env_dict = getenv("DYAD_DICT");
  if (dict == NULL && !(env_dict && *env_dict))
    dict = cli_default_dict_path(dict_buf, sizeof dict_buf);
  dyad_engine_opts eo = {.dict_path = dict, .require_dyad = require_dyad,
                         .options = options,
                         .cache_dir = cli_cache_dir_path(cache_buf,
                                                         sizeof cache_buf)};
  int rc = dyad_engine_new(out, &eo, err);
  if (rc != DYAD_OK || dyad_engine_dict(*out) != NULL) return rc;
  /* The library found none of its own defaults either (it falls back to
   * no dictionary).  Coding with no dictionary gives no events at all:
   * say so rather than write an empty result that looks like news without
   * events. */
  dyad_engine_free(*out);
  *out = NULL;
  memset(err, 0, sizeof *err);
  err->code = DYAD_ERR_DICT;
  snprintf(err->msg, sizeof err->msg,
           "no dictionary: dyad's default (dict/default.dyd or "
           "../share/dyad/default.dyd beside the executable) is missing; "
           "give --dict PATH or set DYAD_DICT");
  return DYAD_ERR_DICT;
}
