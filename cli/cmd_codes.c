/*
 * cmd_codes.c: `dyad codes`, the CAMEO code table as TSV (code, root, quad
 * class, Goldstein, PLOVER type, name), optionally for one root or code.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char codes_usage[] =
    "usage: dyad codes [PREFIX]\n"
    "\n"
    "Prints the CAMEO event codes dyad knows, as TSV with a header: code,\n"
    "root, quad_class, goldstein, plover, name.  With PREFIX, only the codes\n"
    "that start with it (e.g. 'dyad codes 19').\n";

int cmd_codes(int argc, char **argv) {
  const char *prefix = "";
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(codes_usage, stdout);
      return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
    }
    if (argv[i][0] == '-') return cli_usage("codes ", "unknown option '%s'", argv[i]);
    if (prefix[0]) return cli_usage("codes ", "too many arguments");
    prefix = argv[i];
  }
  size_t plen = strlen(prefix);
  printf("code\troot\tquad_class\tgoldstein\tplover\tname\n");
  for (size_t i = 0; i < dyad_cameo_count(); i++) {
    const dyad_code_info *c = dyad_cameo_at(i);
    if (strncmp(c->code, prefix, plen) != 0) continue;
    printf("%s\t%s\t%d\t%.1f\t%s\t%s\n", c->code, c->root, c->quad_class,
           c->goldstein, c->plover, c->name);
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("write error on output");
    return DYAD_EXIT_IO;
  }
  return DYAD_EXIT_OK;
}
