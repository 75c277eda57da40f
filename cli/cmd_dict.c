/*
 * cmd_dict.c: `dyad dict`, tools for the actor/agent/verb dictionaries:
 * compile text dictionaries into a .dyd file, check them for problems,
 * count entries, look a phrase up and dump a dictionary in readable form.
 *
 * Problems in dictionary files are printed like a compiler's:
 *   FILE:LINE:COL: error: message
 * `check` prints them on stdout (they are its output) and exits 1 if any
 * is an error; `compile` prints errors on stderr and still writes the
 * file, skipping the bad lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dict/dict.h"

static const char dict_usage[] =
    "usage: dyad dict COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  compile PATH... -o FILE.dyd   compile text dictionaries (a directory,\n"
    "                                or files) into a binary dictionary\n"
    "  check PATH...                 report every problem as\n"
    "                                FILE:LINE:COL: error|warning: message;\n"
    "                                exit 1 if there are errors\n"
    "  stats PATH                    entry counts per kind\n"
    "  lookup PHRASE --dict PATH [--date YYYY-MM-DD]\n"
    "                                what the phrase resolves to, from which\n"
    "                                file and line\n"
    "  dump PATH                     readable listing of the whole dictionary\n"
    "\n"
    "PATH is a directory of text dictionaries, files separated by ':', or a\n"
    "compiled .dyd file.  Options: --cache DIR (stats, lookup, dump) keeps\n"
    "compiled text dictionaries in DIR; -q (check) prints only the summary.\n"
    "See docs/dictionaries.md for the formats.\n";

typedef struct diag_ctx {
  FILE *fp;
  int errors_only;
  int quiet;
} diag_ctx;

static void dict_print_diag(void *ctx_, int severity, const char *file,
                            long line, long col, const char *msg) {
  diag_ctx *ctx = ctx_;
  if (ctx->quiet || (ctx->errors_only && severity < 2)) return;
  fprintf(ctx->fp, "%s:%ld:%ld: %s: %s\n", file, line, col,
          severity >= 2 ? "error" : "warning", msg);
}

/* Joins argv[first..last) with ':' into a malloc'd string. */
static char *join_paths(char **argv, int n) {
  size_t len = 1;
  for (int i = 0; i < n; i++) len += strlen(argv[i]) + 1;
  char *s = malloc(len);
  if (!s) return NULL;
  s[0] = '\0';
  for (int i = 0; i < n; i++) {
    if (i) strcat(s, ":");
    strcat(s, argv[i]);
  }
  return s;
}

static int dict_help(void) {
  fputs(dict_usage, stdout);
  return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
}

/* Collects positional args and known options of a subcommand. */
typedef struct dict_args {
  char *pos[64];
  int npos;
  const char *out, *dict, *date, *cache;
  int quiet;
} dict_args;

static int parse_args(const char *sub, int argc, char **argv, dict_args *a) {
  memset(a, 0, sizeof *a);
  for (int i = 1; i < argc; i++) {
    const char *s = argv[i];
    const char **slot = NULL;
    if (!strcmp(s, "-h") || !strcmp(s, "--help")) return -1;
    if (!strcmp(s, "-o") || !strcmp(s, "--output")) slot = &a->out;
    else if (!strcmp(s, "--dict") || !strcmp(s, "-d")) slot = &a->dict;
    else if (!strcmp(s, "--date")) slot = &a->date;
    else if (!strcmp(s, "--cache")) slot = &a->cache;
    else if (!strcmp(s, "-q") || !strcmp(s, "--quiet")) {
      a->quiet = 1;
      continue;
    } else if (s[0] == '-' && s[1]) {
      return cli_usage("dict ", "dict %s: unknown option '%s'", sub, s);
    } else {
      if (a->npos == 64)
        return cli_usage("dict ", "dict %s: too many arguments", sub);
      a->pos[a->npos++] = argv[i];
      continue;
    }
    if (i + 1 >= argc)
      return cli_usage("dict ", "dict %s: option '%s' needs a value", sub, s);
    *slot = argv[++i];
  }
  return 0;
}

/* Opens PATH for stats/lookup/dump. */
static int open_dict(const char *path, const char *cache, dyad_dict **d) {
  dyad_error err;
  if (dyad_dict_open(d, path, cache, &err) != DYAD_OK) {
    cli_report("error", &err);
    return DYAD_EXIT_IO;
  }
  return DYAD_EXIT_OK;
}

static int sub_compile(dict_args *a) {
  if (a->npos == 0) return cli_usage("dict ", "dict compile: no dictionary given");
  if (!a->out) return cli_usage("dict ", "dict compile: -o FILE.dyd is required");
  char *path = join_paths(a->pos, a->npos);
  if (!path) return DYAD_EXIT_IO;
  diag_ctx ctx = {stderr, 1, 0};
  dict_build_opts opts = {dict_print_diag, &ctx};
  dyad_dict *d;
  dyad_error err;
  size_t ne = 0, nw = 0;
  int rc = dict_build(&d, path, &opts, &ne, &nw, &err);
  free(path);
  if (rc != DYAD_OK) {
    cli_report("error", &err);
    return DYAD_EXIT_IO;
  }
  rc = dict_save(d, a->out, &err);
  dict_free(d);
  if (rc != DYAD_OK) {
    cli_report("error", &err);
    return DYAD_EXIT_IO;
  }
  if (ne || nw)
    fprintf(stderr, "dyad: %zu error(s) (lines skipped), %zu warning(s); "
                    "see 'dyad dict check'\n", ne, nw);
  return DYAD_EXIT_OK;
}

static int sub_check(dict_args *a) {
  if (a->npos == 0) return cli_usage("dict ", "dict check: no dictionary given");
  char *path = join_paths(a->pos, a->npos);
  if (!path) return DYAD_EXIT_IO;
  diag_ctx ctx = {stdout, 0, a->quiet};
  dict_build_opts opts = {dict_print_diag, &ctx};
  dyad_dict *d;
  dyad_error err;
  size_t ne = 0, nw = 0;
  int rc = dict_build(&d, path, &opts, &ne, &nw, &err);
  free(path);
  if (rc != DYAD_OK) {
    cli_report("error", &err);
    return DYAD_EXIT_IO;
  }
  dict_free(d);
  printf("%zu error(s), %zu warning(s)\n", ne, nw);
  if (fflush(stdout) != 0) return DYAD_EXIT_IO;
  return ne ? DYAD_EXIT_REJECTED : DYAD_EXIT_OK;
}

static int sub_stats(dict_args *a) {
  const char *path = a->dict ? a->dict : (a->npos == 1 ? a->pos[0] : NULL);
  if (!path || (a->dict && a->npos))
    return cli_usage("dict ", "dict stats: give one dictionary PATH");
  dyad_dict *d;
  int rc = open_dict(path, a->cache, &d);
  if (rc) return rc;
  dict_counts c;
  dict_get_counts(d, &c);
  printf("files\t%u\n", c.files);
  printf("actor_entries\t%u\n", c.actors);
  printf("actor_phrases\t%u\n", c.by_kind[DICT_K_ACTOR]);
  printf("actor_synonyms\t%u\n", c.synonyms);
  printf("actor_codes\t%u\n", c.actor_codes);
  printf("agents\t%u\n", c.agents);
  printf("agent_phrases\t%u\n", c.by_kind[DICT_K_AGENT]);
  printf("verbs\t%u\n", c.verbs);
  printf("verb_forms\t%u\n", c.verb_forms);
  printf("patterns\t%u\n", c.patterns);
  printf("synsets\t%u\n", c.synsets);
  printf("synset_members\t%u\n", c.by_kind[DICT_K_SYNSET]);
  printf("transformations\t%u\n", c.transforms);
  printf("discards\t%u\n", c.by_kind[DICT_K_DISCARD]);
  printf("discards_story\t%u\n", c.discards_story);
  printf("issues\t%u\n", c.issues);
  printf("options\t%u\n", c.options);
  printf("source_hash\t%016llx\n", (unsigned long long)dict_source_hash(d));
  dict_free(d);
  return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
}

static void print_where(const dyad_dict *d, const dict_phrase *p) {
  printf("\t%s:%u\t%s%s\n", dict_file_name(d, p->file), p->line,
         dict_str(d, p->words), (p->flags & DICT_PH_EXACT) ? "_" : "");
}

static int sub_lookup(dict_args *a) {
  if (a->npos != 1)
    return cli_usage("dict ", "dict lookup: give one PHRASE (quote it)");
  if (!a->dict) return cli_usage("dict ", "dict lookup: --dict PATH is required");
  int32_t date = 0;
  if (a->date) {
    date = dict_parse_date(a->date);
    if (date < 0)
      return cli_usage("dict ", "dict lookup: bad --date '%s' (YYYY-MM-DD)",
                       a->date);
  } else {
    date = 99991231;
  }
  char buf[4096];
  const char *toks[256];
  int n = dict_tokenize(a->pos[0], buf, sizeof buf, toks, 256);
  if (n <= 0) return cli_usage("dict ", "dict lookup: empty or too long phrase");
  dyad_dict *d;
  int rc = open_dict(a->dict, a->cache, &d);
  if (rc) return rc;
  int found = 0;
  dict_match m;
  const char *code;
  if (dict_actor_match(d, toks, (size_t)n, 0, date, &m, &code)) {
    const dict_phrase *p = dict_phrase_at(d, m.phrase);
    const dict_actor *ac = dict_actor_at(d, m.payload);
    printf("actor\t%s\t%u/%d tokens", code[0] ? code : "-", m.len, n);
    print_where(d, p);
    if (p->flags & DICT_PH_SYNONYM)
      printf("  root\t%s:%u\t%s\n", dict_file_name(d, ac->file), ac->line,
             dict_str(d, dict_phrase_at(d, ac->phrase)->words));
    for (uint32_t k = 0; k < ac->code_count; k++) {
      const dict_actor_code *c = dict_actor_code_at(d, ac->code_first + k);
      printf("  code\t%s\t%d-%d\tline %u\n", dict_str(d, c->code),
             (int)c->date_from, (int)c->date_to, c->line);
    }
    found = 1;
  }
  const dict_agent *ag;
  if (dict_agent_match(d, toks, (size_t)n, 0, &m, &ag)) {
    printf("agent\t%s%s%s\t%u/%d tokens",
           ag->mode == DICT_AGENT_PREFIX ? "~" : "", dict_str(d, ag->code),
           ag->mode == DICT_AGENT_SUFFIX ? "~" : "", m.len, n);
    print_where(d, dict_phrase_at(d, m.phrase));
    found = 1;
  }
  const dict_verb_form *vf;
  const dict_verb *vb;
  if (dict_verb_match(d, toks, (size_t)n, 0, &m, &vf, &vb)) {
    printf("verb\t%s\t%u/%d tokens\tblock %s [%s] %s:%u", dict_str(d, vf->code),
           m.len, n, dict_str(d, vb->name), dict_str(d, vb->code),
           dict_file_name(d, vb->file), vb->line);
    print_where(d, dict_phrase_at(d, m.phrase));
    printf("  patterns\t%u\n", vb->pat_count);
    found = 1;
  }
  int story;
  if (dict_discard_match(d, toks, (size_t)n, 0, &m, &story)) {
    printf("discard\t%s\t%u/%d tokens", story ? "story" : "sentence", m.len, n);
    print_where(d, dict_phrase_at(d, m.phrase));
    found = 1;
  }
  if (dict_match_at(d, DICT_K_ISSUE, toks, (size_t)n, 0, &m)) {
    const dict_issue *is = dict_issue_at(d, m.payload);
    printf("issue\t%s/%s\t%u/%d tokens", dict_str(d, is->category),
           dict_str(d, is->code), m.len, n);
    print_where(d, dict_phrase_at(d, m.phrase));
    found = 1;
  }
  dict_free(d);
  if (!found) printf("no match\n");
  if (fflush(stdout) != 0) return DYAD_EXIT_IO;
  return found ? DYAD_EXIT_OK : DYAD_EXIT_REJECTED;
}

static int sub_dump(dict_args *a) {
  const char *path = a->dict ? a->dict : (a->npos == 1 ? a->pos[0] : NULL);
  if (!path || (a->dict && a->npos))
    return cli_usage("dict ", "dict dump: give one dictionary PATH");
  dyad_dict *d;
  int rc = open_dict(path, a->cache, &d);
  if (rc) return rc;
  rc = dict_dump(d, stdout);
  dict_free(d);
  if (rc != DYAD_OK || fflush(stdout) != 0) {
    cli_error("write error on output");
    return DYAD_EXIT_IO;
  }
  return DYAD_EXIT_OK;
}

int cmd_dict(int argc, char **argv) {
  if (argc < 2) return cli_usage("dict ", "dict: missing command");
  const char *sub = argv[1];
  if (!strcmp(sub, "-h") || !strcmp(sub, "--help") || !strcmp(sub, "help"))
    return dict_help();
  dict_args a;
  int rc = parse_args(sub, argc - 1, argv + 1, &a);
  if (rc < 0) return dict_help();
  if (rc > 0) return rc;
  if (!strcmp(sub, "compile")) return sub_compile(&a);
  if (!strcmp(sub, "check")) return sub_check(&a);
  if (!strcmp(sub, "stats")) return sub_stats(&a);
  if (!strcmp(sub, "lookup")) return sub_lookup(&a);
  if (!strcmp(sub, "dump")) return sub_dump(&a);
  return cli_usage("dict ", "dict: unknown command '%s'", sub);
}
