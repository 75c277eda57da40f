/*
 * codeset.c: the code options of a dictionary (see codeset.h): their
 * table with qualifiers and defaults, parsing and checking a value, and
 * matching an event code against the parsed list.
 *
 * The defaults are the values dyad's coder used before these rules became
 * options; data/dict/dyad.options writes the same values out, and
 * docs/dictionaries.md explains each one.  A PETRARCH, Phoenix or TABARI
 * dictionary sets none of them and so codes as it always did.
 */
#include "dict/codeset.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dyad.h"
#include "util/bytes.h"

static const codeset_option options[CODESET_OPT_COUNT] = {
    [CODESET_RECIPROCAL] = {"reciprocal_codes", {NULL}, ""},
    [CODESET_OWN_TARGET] =
        {"own_country_target_codes",
         {"framed", "undirected", "device", "done", NULL},
         "1721 1723 1724 1321 1323 1324 0341/framed 0342 0343 0344 0811 "
         "0812 0813 0814 123 154/undirected 2042/device"},
    [CODESET_OWN_TARGET_PEOPLE] = {"own_country_target_people_codes",
                                   {"no_participle", NULL}, "14"},
    [CODESET_OWN_TARGET_POLICE] =
        {"own_country_target_police_codes",
         {"not_station", NULL},
         "17 18 19 20 151/not_station 152/not_station 153/not_station "
         "154/not_station"},
    [CODESET_OWN_TARGET_REBEL] = {"own_country_target_rebel_codes",
                                  {"no_participle", "active", NULL}, "1821"},
    [CODESET_PLACE_SOURCE] = {"place_source_codes",
                              {"active", "passive", "home", NULL},
                              "1831 1832 1833 185 2041 =183/active "
                              "18/passive -186"},
    [CODESET_FUTURE_THREAT] = {"future_threat_codes", {NULL}, ""},
    [CODESET_BARE_VERB_SKIP] = {"bare_verb_skip_codes", {NULL}, ""},
    [CODESET_FUTURE_INTENT] = {"future_intent_codes", {NULL}, ""},
    [CODESET_CIVILIAN_VIOLENCE] = {"civilian_violence_codes", {NULL}, ""},
};

const codeset_option *codeset_option_at(codeset_opt o) {
  return (unsigned)o < CODESET_OPT_COUNT ? &options[o] : NULL;
}

const codeset_option *codeset_option_find(const char *key) {
  for (size_t i = 0; key && i < CODESET_OPT_COUNT; i++)
    if (strcasecmp(options[i].key, key) == 0) return &options[i];
  return NULL;
}

int codeset_qual(const codeset_option *opt, const char *q) {
  for (int i = 0; i < CODESET_QUAL_MAX && opt->quals[i]; i++)
    if (strcmp(opt->quals[i], q) == 0) return i + 1;
  return 0;
}

static int is_sep(char c) {
  return c == ' ' || c == '\t' || c == ',';
}

/* Records a problem at offset pos of the value, unless one was recorded
 * before (only the first is reported). */
static void problem(int *bad, char *why, size_t cap, size_t *at, size_t pos,
                    const char *fmt, ...) {
  if (*bad) return;
  *bad = 1;
  if (at) *at = pos;
  if (why && cap) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, cap, fmt, ap);
    va_end(ap);
  }
}

int codeset_parse(codeset *cs, const codeset_option *opt, const char *v,
                  size_t n, char *why, size_t cap, size_t *at) {
  memset(cs, 0, sizeof *cs);
  int bad = 0;
  size_t i = 0, words = 0;
  if (why && cap) why[0] = '\0';
  while (i < n) {
    while (i < n && is_sep(v[i])) i++;
    if (i == n) break;
    size_t s = i;
    while (i < n && !is_sep(v[i])) i++;
    const char *w = v + s;
    int wl = (int)(i - s);
    if (++words > CODESET_MAX) {
      problem(&bad, why, cap, at, s, "more than %d codes", CODESET_MAX);
      break;
    }
    codeset_item it = {.len = 0};
    size_t k = 0;
    if (w[0] == '=') it.flags = CODESET_EXACT, k = 1;
    else if (w[0] == '-') it.flags = CODESET_EXCLUDE, k = 1;
    size_t d = k;
    while (d < (size_t)wl && w[d] >= '0' && w[d] <= '9') d++;
    size_t dl = d - k;
    if (dl >= 2 && dl <= 4) {
      memcpy(it.code, w + k, dl);
      it.code[dl] = '\0';
      it.len = (uint8_t)dl;
    }
    if (it.len == 0 || dyad_cameo_code(it.code) == NULL ||
        (d < (size_t)wl && w[d] != '/')) {
      problem(&bad, why, cap, at, s, "'%.*s' is no CAMEO event code", wl, w);
      continue;
    }
    if (d < (size_t)wl) {
      char q[32];
      size_t ql = (size_t)wl - d - 1;
      if (ql >= sizeof q) ql = sizeof q - 1;
      memcpy(q, w + d + 1, ql);
      q[ql] = '\0';
      int qi = codeset_qual(opt, q);
      if (it.flags & CODESET_EXCLUDE) {
        problem(&bad, why, cap, at, s,
                "'%.*s': an excluded code takes no qualifier", wl, w);
        continue;
      }
      if (qi == 0) {
        char allowed[96] = "";
        for (int a = 0; a < CODESET_QUAL_MAX && opt->quals[a]; a++) {
          size_t al = strlen(allowed);
          snprintf(allowed + al, sizeof allowed - al, "%s/%s", a ? ", " : "",
                   opt->quals[a]);
        }
        if (allowed[0])
          problem(&bad, why, cap, at, s,
                  "'%.*s': unknown qualifier (this option allows %s)", wl, w,
                  allowed);
        else
          problem(&bad, why, cap, at, s,
                  "'%.*s': this option takes no qualifier", wl, w);
        continue;
      }
      it.qual = (uint8_t)qi;
    }
    cs->v[cs->n++] = it;
  }
  return bad ? -1 : 0;
}

const codeset_item *codeset_match(const codeset *cs, const char *code,
                                  size_t n) {
  const codeset_item *best = NULL;
  for (size_t i = 0; i < cs->n; i++) {
    const codeset_item *it = &cs->v[i];
    /* codes are a few bytes: compared inline, not by a memcmp call */
    if (it->len > n || !bytes_eq(code, it->code, it->len)) continue;
    if ((it->flags & CODESET_EXACT) && it->len != n) continue;
    if (best == NULL || it->len > best->len) best = it;
  }
  return best && !(best->flags & CODESET_EXCLUDE) ? best : NULL;
}
