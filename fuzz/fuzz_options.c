/*
 * fuzz_options.c: arbitrary bytes as option overrides
 * (dyad_engine_opts.options, `dyad code --option KEY=VALUE`).  The input is
 * split at newlines into at most 15 "key=value" strings; an engine is
 * created with them over a one-line dictionary written once to a
 * temporary directory.  Creation either succeeds, and the engine then
 * codes a sentence (with commas and an uncoded noun phrase, for the
 * comma_* options and new_actor_length), or fails with DYAD_ERR_ARG and a
 * message; nothing else is allowed.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dyad.h"

static char dict_dir[64];

static void init(void) {
  snprintf(dict_dir, sizeof dict_dir, "/tmp/dyad_fuzz_options_XXXXXX");
  if (mkdtemp(dict_dir) == NULL) abort();
  char path[128];
  snprintf(path, sizeof path, "%s/f.actors.txt", dict_dir);
  FILE *fp = fopen(path, "w");
  if (fp == NULL) abort();
  fputs("RUSSIA [RUS]\nCHINA [CHN]\n", fp);
  fclose(fp);
  snprintf(path, sizeof path, "%s/f.verbs.txt", dict_dir);
  fp = fopen(path, "w");
  if (fp == NULL) abort();
  fputs("--- MEET [040] ---\nMET\n", fp);
  fclose(fp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (dict_dir[0] == '\0') init();
  if (size > 4096) return 0;
  char buf[4097];
  memcpy(buf, data, size);
  buf[size] = '\0';
  const char *opts[16];
  size_t n = 0;
  for (char *p = buf; n < 15;) {
    opts[n++] = p;
    char *nl = strchr(p, '\n');
    if (nl == NULL) break;
    *nl = '\0';
    p = nl + 1;
  }
  opts[n] = NULL;
  dyad_engine_opts o = {.dict_path = dict_dir, .require_dyad = -1,
                        .options = opts};
  dyad_engine *e = NULL;
  dyad_error err;
  memset(&err, 0, sizeof err);
  int rc = dyad_engine_new(&e, &o, &err);
  if (rc != DYAD_OK) {
    if (rc != DYAD_ERR_ARG || e != NULL || err.msg[0] == '\0') abort();
    return 0;
  }
  dyad_result *r = dyad_result_new();
  if (r == NULL) abort();
  static const char text[] =
      "Russia, after long talks, met China, and the old guard met "
      "China on Monday, officials said.";
  dyad_article a = {"fz", "2000-01-01", "", "", "", text, sizeof text - 1,
                    "fuzz", 0};
  if (dyad_code_article(e, &a, r, &err) != DYAD_OK) abort();
  dyad_result_free(r);
  dyad_engine_free(e);
  return 0;
}
