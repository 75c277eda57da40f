/*
 * cli.h: what the dyad command's subcommands share: exit codes, message
 * helpers and the subcommand entry points.
 *
 * Manners follow jq: --help goes to stdout with exit 0; usage errors go to
 * stderr with exit 2; problems are reported as
 *   dyad: error: FILE:LINE: what happened
 *   dyad: warning: FILE:LINE: what happened
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

/* Exit codes of the dyad command (documented in README and dyad --help). */
enum {
  DYAD_EXIT_OK = 0,        /* everything read was coded */
  DYAD_EXIT_REJECTED = 1,  /* some records were rejected (or dict errors) */
  DYAD_EXIT_USAGE = 2,     /* bad command line */
  DYAD_EXIT_IO = 3         /* cannot read, write or load what was asked */
};

/* Prints "dyad: error: MSG" (or warning) to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "dyad: error: FILE:LINE: MSG" from a dyad_error. */
void cli_report(const char *level, const dyad_error *err);

/* Usage error: prints the message and a hint, returns DYAD_EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

int cmd_code(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_codes(int argc, char **argv);
int cmd_names(int argc, char **argv);

/* Where dictionaries come from (paths.c).  The default compiled
 * dictionary next to the executable (EXE_DIR/dict/default.dyd, as the
 * build leaves it, or EXE_DIR/../share/dyad/default.dyd once installed),
 * written into buf: returns buf, or NULL when there is none. */
const char *cli_default_dict_path(char *buf, size_t cap);
/* The cache for compiled text dictionaries ($DYAD_CACHE_DIR, else
 * $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad), created if needed:
 * returns buf, or NULL when no usable directory exists. */
const char *cli_cache_dir_path(char *buf, size_t cap);

/* Opens the engine the way every subcommand does: dictionary `dict`
 * (--dict), else $DYAD_DICT (read by the library), else the default
 * dictionary next to the executable; text dictionaries cached in
 * cli_cache_dir_path().  require_dyad: -1 keeps the dictionary's
 * option, 0/1 overrides it (--no-require-dyad / --require-dyad).
 * options: NULL or the NULL-ended "key=value" overrides of --option
 * (dyad_engine_opts.options).  Returns what dyad_engine_new returns
 * (DYAD_ERR_ARG for a bad override), or DYAD_ERR_DICT (message in err,
 * *out NULL) when the engine would have no dictionary: none given and none
 * of the defaults (the library's included) present. */
int cli_engine_open(dyad_engine **out, const char *dict, int require_dyad,
                    const char *const *options, dyad_error *err);

#endif /* DYAD_CLI_H */
