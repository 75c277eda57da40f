/*
 * cmd_names.c: `dyad names`, a survey of the capitalised names a corpus
 * mentions that the dictionary does not cover.
 *
 * Dictionary curators run it over a corpus to see which actors are missing:
 * it reads articles exactly like `dyad code` (same readers, same default
 * dictionary), counts the unknown names with a dyad_survey (src/survey)
 * and prints the most frequent ones with an example story and sentence.
 * Totals go to stderr at the end, like `dyad code`'s summary.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "cli.h"

static const char names_usage[] =
    "usage: dyad names [OPTIONS] [INPUT...]\n"
    "\n"
    "Lists the most frequent capitalised names (runs of proper nouns such as\n"
    "\"Abu Bakr al-Baghdadi\" or \"Islamic State of Iraq\") that no actor or\n"
    "agent of the dictionary covers, so curators see which actors to add.\n"
    "INPUT is read as by `dyad code`: a file (JSON Lines, dated text or plain\n"
    "text, optionally gzip-compressed), a directory or '-' for stdin.\n"
    "\n"
    "output: count, name, example story id, example sentence (TSV with a\n"
    "header, or JSON Lines), by count descending then name.\n"
    "\n"
    "options:\n"
    "      --dict PATH         dictionaries: a directory, FILE:FILE..., or a\n"
    "                          compiled .dyd file (default: dyad's own)\n"
    "  -n, --top N             print the N most frequent names (default 100,\n"
    "                          0 = all)\n"
    "  -m, --min-count K       only names seen at least K times (default 1)\n"
    "  -f, --format FMT        tsv (default) or jsonl\n"
    "      --max-names N       distinct names kept in memory (default\n"
    "                          1000000); mentions of further names are\n"
    "                          dropped and counted\n"
    "      --input-format FMT  auto (default), jsonl, dated or text\n"
    "      --date YYYY-MM-DD   date for plain-text input\n"
    "      --story-per-line    plain and dated text: each non-blank line is\n"
    "                          a story of its own (default: a whole file is\n"
    "                          one story, its lines and paragraphs one\n"
    "                          text)\n"
    "  -q, --quiet             no summary on stderr\n"
    "  -h, --help              show this help\n"
    "\n"
    "exit status: 0 ok, 1 some records rejected, 2 usage error,\n"
    "             3 input/output or dictionary error\n";

/* Parses a non-negative decimal number below `max`; -1 if it is not. */
static long long parse_count(const char *s, long long max) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (errno || end == s || *end || v < 0 || v > max) return -1;
  return v;
}

/* Writes s with tabs and newlines turned into spaces (TSV cells). */
static void put_cell(FILE *out, const char *s) {
  for (; *s; s++) fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* Prints the answer.  Returns 0, or -1 when out of memory (JSON). */
static int print_names(FILE *out, const dyad_survey_name *v, size_t n,
                       int jsonl) {
  if (!jsonl) fputs("count\tname\texample_story\texample_sentence\n", out);
  for (size_t i = 0; i < n; i++) {
    if (jsonl) {
      json_t *o = json_pack("{s:I, s:s, s:s, s:s}", "count",
                            (json_int_t)v[i].count, "name", v[i].name,
                            "example_story", v[i].story, "example_sentence",
                            v[i].sentence);
      if (o == NULL) return -1;
      char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
      json_decref(o);
      if (line == NULL) return -1;
      fputs(line, out);
      fputc('\n', out);
      free(line);
    } else {
      fprintf(out, "%llu\t", (unsigned long long)v[i].count);
      put_cell(out, v[i].name);
      fputc('\t', out);
      put_cell(out, v[i].story);
      fputc('\t', out);
      put_cell(out, v[i].sentence);
      fputc('\n', out);
    }
  }
  return 0;
}

int cmd_names(int argc, char **argv) {
  enum { OPT_DICT = 256, OPT_INFMT, OPT_DATE, OPT_MAX, OPT_PERLINE };
  static const struct option longopts[] = {
      {"dict", required_argument, NULL, OPT_DICT},
      {"top", required_argument, NULL, 'n'},
      {"min-count", required_argument, NULL, 'm'},
      {"format", required_argument, NULL, 'f'},
      {"max-names", required_argument, NULL, OPT_MAX},
      {"input-format", required_argument, NULL, OPT_INFMT},
      {"date", required_argument, NULL, OPT_DATE},
      {"story-per-line", no_argument, NULL, OPT_PERLINE},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *dict = NULL;
  dyad_reader_opts ro = {0};
  long long top = 100, min_count = 1, max_names = 0;
  int jsonl = 0, quiet = 0, opt;
  optind = 1;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":n:m:f:qh", longopts, NULL)) != -1) {
    switch (opt) {
    case OPT_DICT: dict = optarg; break;
    case 'n':
      if ((top = parse_count(optarg, 1000000000LL)) < 0)
        return cli_usage("names ", "--top wants a number, not '%s'", optarg);
      break;
    case 'm':
      if ((min_count = parse_count(optarg, 1000000000000LL)) < 0)
        return cli_usage("names ", "--min-count wants a number, not '%s'",
                         optarg);
      break;
    case OPT_MAX:
      if ((max_names = parse_count(optarg, 1000000000LL)) < 1)
        return cli_usage("names ", "--max-names wants a positive number, "
                                   "not '%s'", optarg);
      break;
    case 'f':
      if (!strcmp(optarg, "tsv")) jsonl = 0;
      else if (!strcmp(optarg, "jsonl")) jsonl = 1;
      else return cli_usage("names ", "unknown format '%s'", optarg);
      break;
    case OPT_INFMT: {
      int f = dyad_input_format_parse(optarg);
      if (f < 0)
        return cli_usage("names ", "unknown input format '%s'", optarg);
      ro.format = (dyad_input_format)f;
      break;
    }
    case OPT_DATE: ro.default_date = optarg; break;
    case OPT_PERLINE: ro.story_per_line = 1; break;
    case 'q': quiet = 1; break;
    case 'h':
      fputs(names_usage, stdout);
      return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
    case ':':
      return cli_usage("names ", "option '%s' needs a value", argv[optind - 1]);
    default:
      return cli_usage("names ", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (optind == argc && isatty(STDIN_FILENO))
    return cli_usage("names ", "no input (give a file, a directory or '-')");

  signal(SIGPIPE, SIG_IGN); /* a closed pipe becomes EPIPE, reported */

  int exit_code = DYAD_EXIT_OK;
  dyad_engine *engine = NULL;
  dyad_survey *survey = NULL;
  dyad_result *res = NULL;
  dyad_error err = {0};
  unsigned long long rejected = 0, invalid = 0;

  dyad_survey_opts so = {.max_names = (size_t)max_names};
  if (cli_engine_open(&engine, dict, -1, NULL, &err) != DYAD_OK) {
    cli_report("error", &err);
    exit_code = DYAD_EXIT_IO;
    goto done;
  }
  if (dyad_survey_new(&survey, &so, &err) != DYAD_OK ||
      (res = dyad_result_new()) == NULL) {
    cli_error("out of memory");
    exit_code = DYAD_EXIT_IO;
    goto done;
  }

  char *stdin_only[] = {"-"};
  char **inputs = optind == argc ? stdin_only : argv + optind;
  int n_inputs = optind == argc ? 1 : argc - optind;
  for (int i = 0; i < n_inputs && exit_code == DYAD_EXIT_OK; i++) {
    dyad_reader *rd = NULL;
    if (dyad_reader_open(&rd, inputs[i], &ro, &err) != DYAD_OK) {
      cli_report("error", &err);
      exit_code = DYAD_EXIT_IO;
      break;
    }
    dyad_article a;
    int rc;
    while ((rc = dyad_reader_next(rd, &a, &err)) != DYAD_END) {
      if (rc == DYAD_REJECT) {
        if (!quiet) cli_report("warning", &err);
        rejected++;
        continue;
      }
      if (rc == DYAD_OK) rc = dyad_survey_add(survey, engine, &a, res, &err);
      if (rc != DYAD_OK) {
        cli_report("error", &err);
        exit_code = DYAD_EXIT_IO;
        break;
      }
      invalid += dyad_result_invalid_bytes(res);
    }
    dyad_reader_close(rd);
  }
  if (exit_code != DYAD_EXIT_OK) goto done;

  const dyad_survey_name *v;
  size_t n;
  if (dyad_survey_top(survey, (size_t)top, (uint64_t)min_count, &v, &n,
                      &err) != DYAD_OK ||
      print_names(stdout, v, n, jsonl) != 0) {
    cli_error("out of memory");
    exit_code = DYAD_EXIT_IO;
    goto done;
  }
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("write error on output: %s", strerror(errno));
    exit_code = DYAD_EXIT_IO;
    goto done;
  }
  if (!quiet) {
    dyad_survey_stats st;
    dyad_survey_get_stats(survey, &st);
    fprintf(stderr, "dyad: %llu articles, %llu sentences scanned, "
                    "%llu unknown-name mentions, %llu distinct unknown names, "
                    "%llu rejected",
            (unsigned long long)st.articles, (unsigned long long)st.sentences,
            (unsigned long long)st.mentions, (unsigned long long)st.distinct,
            rejected);
    if (st.dropped)
      fprintf(stderr, ", %llu mentions of new names dropped (table full)",
              (unsigned long long)st.dropped);
    if (invalid)
      fprintf(stderr, ", %llu invalid UTF-8 sequences replaced", invalid);
    fputc('\n', stderr);
  }
  exit_code = rejected ? DYAD_EXIT_REJECTED : DYAD_EXIT_OK;

done:
  dyad_result_free(res);
  dyad_survey_free(survey);
  dyad_engine_free(engine);
  return exit_code;
}
