/*
 * fuzz_engine.c: arbitrary bytes as article text through the whole engine
 * (text preparation, tagging, actor/agent/verb matching, patterns, event
 * emission) with a small dictionary written to a temporary directory on
 * the first call.  The engine and result are created once and reused, as
 * in a long coding run, so stale state between articles is exercised too.
 * A second engine over the same dictionary codes each input again with
 * the count options on (every kind of comma clause deleted, new actors,
 * require_dyad off), which drop tokens and make codes from the text.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"

static const char ACTORS[] =
    "RUSSIA [RUS]\n+RUSSIAN\nCHINA [CHN]\nFRANCE_ [FRA]\nUKRAINE [UKR]\n"
    "THE_SHIRE [FRO/BIL/SAM]\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV >950601]\n";
static const char AGENTS[] =
    "MINISTER [~GOV]\nSOLDIER [~MIL]\nMSF {} [NGO~]\nPOLICE {} [~COP]\n";
static const char VERBS[] =
    "&NEG\n+DID N'T\n+WILL NOT\n\n"
    "--- ATTACK [190] ---\nATTACK\n- * WITH ARTILLERY [195]\n"
    "- &NEG * + [---]\n- $ * + AGAIN [196]\n\n"
    "--- MEET [036:036] ---\nMEET\nMET\n- % * [030:030]\n- * WITH % [031]\n\n"
    "--- SAY [010] ---\nSAID\n- * { + } ( ON ^ ) [011]\n";
static const char DISCARDS[] = "FOOTBALL\n+TYPHOON\n";

static dyad_engine *engines[2];
static dyad_result *result;

static void put(const char *dir, const char *name, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *fp = fopen(path, "w");
  if (fp == NULL) abort();
  fputs(text, fp);
  fclose(fp);
}

static void init(void) {
  char dir[] = "/tmp/dyad_fuzz_engine_XXXXXX";
  if (mkdtemp(dir) == NULL) abort();
  put(dir, "f.actors.txt", ACTORS);
  put(dir, "f.agents.txt", AGENTS);
  put(dir, "f.verbs.txt", VERBS);
  put(dir, "f.discards.txt", DISCARDS);
  static const char *const counts[] = {
      "comma_min=1",  "comma_max=8",  "comma_bmin=1", "comma_bmax=6",
      "comma_emin=1", "comma_emax=8", "new_actor_length=4",
      "require_dyad=false", NULL};
  dyad_engine_opts o = {.dict_path = dir, .require_dyad = -1};
  dyad_error err;
  if (dyad_engine_new(&engines[0], &o, &err) != DYAD_OK) abort();
  o.options = counts;
  if (dyad_engine_new(&engines[1], &o, &err) != DYAD_OK) abort();
  /* the dictionary is compiled in memory: the files can go */
  const char *names[] = {"f.actors.txt", "f.agents.txt", "f.verbs.txt",
                         "f.discards.txt"};
  for (size_t i = 0; i < 4; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  rmdir(dir);
  result = dyad_result_new();
  if (result == NULL) abort();
}

/* Codes a with engine e into the shared result; aborts unless coding
 * succeeds and every event is well formed. */
static void check(const dyad_engine *e, const dyad_article *a) {
  dyad_error err;
  if (dyad_code_article(e, a, result, &err) != DYAD_OK) abort();
  size_t n = dyad_result_events(result);
  for (size_t i = 0; i < n; i++) {
    const dyad_event *ev = dyad_result_event(result, i);
    /* every string is readable and every span lies in its sentence */
    size_t tl = strlen(ev->text);
    if (strlen(ev->source) + strlen(ev->target) + strlen(ev->code) == 0)
      abort();
    const dyad_span *sp[3] = {&ev->explain.source_span, &ev->explain.verb_span,
                              &ev->explain.target_span};
    for (int k = 0; k < 3; k++)
      if ((size_t)sp[k]->offset + sp[k]->length > tl) abort();
    if (ev->sentence == 0 || ev->sentence > dyad_result_sentences(result))
      abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (engines[0] == NULL) init();
  dyad_article a = {"fz", "1995-06-01", "", "", "", (const char *)data, size,
                    "fuzz", 0};
  for (int k = 0; k < 2; k++) check(engines[k], &a);
  return 0;
}
