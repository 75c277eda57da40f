/*
 * main.c: the dyad command: dispatch to subcommands, global --help and
 * --version, and the message helpers every subcommand uses.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "usage: dyad COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Political event coding: dated news in, CAMEO/PLOVER events out.\n"
    "\n"
    "commands:\n"
    "  code    code articles into events (dyad code --help)\n"
    "  dict    compile, check, inspect dictionaries (dyad dict --help)\n"
    "  codes   list the CAMEO event codes with quad class, Goldstein, PLOVER\n"
    "  names   names the dictionary misses, most frequent first (dyad names --help)\n"
    "\n"
    "options:\n"
    "  -h, --help     show this help\n"
    "  --version      show the version\n"
    "\n"
    "exit status: 0 ok, 1 some records rejected, 2 usage error,\n"
    "             3 input/output or dictionary error\n";

void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("dyad: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void cli_warning(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("dyad: warning: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

void cli_report(const char *level, const dyad_error *err) {
  if (err->file[0] && err->line > 0)
    fprintf(stderr, "dyad: %s: %s:%ld: %s\n", level, err->file, err->line,
            err->msg);
  else if (err->file[0])
    fprintf(stderr, "dyad: %s: %s: %s\n", level, err->file, err->msg);
  else
    fprintf(stderr, "dyad: %s: %s\n", level, err->msg);
}

int cli_usage(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("dyad: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  fprintf(stderr, "Try 'dyad %s--help' for more information.\n",
          cmd ? cmd : "");
  return DYAD_EXIT_USAGE;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage_text, stderr);
    return DYAD_EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(usage_text, stdout);
    return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
  }
  if (!strcmp(cmd, "--version")) {
    printf("dyad %s\n", DYAD_VERSION);
    return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
  }
  if (!strcmp(cmd, "code")) return cmd_code(argc - 1, argv + 1);
  if (!strcmp(cmd, "dict")) return cmd_dict(argc - 1, argv + 1);
  if (!strcmp(cmd, "codes")) return cmd_codes(argc - 1, argv + 1);
  if (!strcmp(cmd, "names")) return cmd_names(argc - 1, argv + 1);
  return cli_usage(NULL, "unknown command '%s'", cmd);
}
