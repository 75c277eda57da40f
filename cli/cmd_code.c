/*
 * cmd_code.c: `dyad code`, the pipeline from input files to events.
 *
 * Reads articles (src/read), codes them with one engine (src/code) and
 * writes events as TSV/JSONL/readable sentences (src/write) and/or into an
 * SQLite store (src/store).  With -j N, articles are read in batches and
 * coded by N threads, each with its own dyad_result; results are written in
 * input order, so the output is identical to -j 1.  Every record ends up
 * coded (with or without events) or rejected with a counted reason; the run
 * ends with a summary on stderr.
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char code_usage[] =
    "usage: dyad code [OPTIONS] [INPUT...]\n"
    "\n"
    "Codes news articles into events.  INPUT is a file (JSON Lines, dated\n"
    "text or plain text, optionally gzip-compressed), a directory (read\n"
    "recursively) or '-' for standard input (the default).\n"
    "\n"
    "options:\n"
    "  -f, --format FMT        tsv (default), jsonl or sentences (readable)\n"
    "  -o, --output FILE       write events to FILE instead of stdout\n"
    "      --db FILE           also store articles, sentences and events in\n"
    "                          the SQLite database FILE (with --db, events\n"
    "                          go to stdout only if --format is given)\n"
    "      --dict PATH         dictionaries: a directory, FILE:FILE..., or a\n"
    "                          compiled .dyd file (default: dyad's own)\n"
    "      --input-format FMT  auto (default), jsonl, dated or text\n"
    "      --date YYYY-MM-DD   date for plain-text input\n"
    "      --story-per-line    plain and dated text: each non-blank line is\n"
    "                          a story of its own (default: a whole file is\n"
    "                          one story, its lines and paragraphs one\n"
    "                          text)\n"
    "      --explain           add what matched (spans, pattern, entries)\n"
    "      --no-require-dyad   also emit events with one actor (no target),\n"
    "                          as PETRARCH's require_dyad = False does\n"
    "      --require-dyad      emit only events with both actors (the\n"
    "                          default, unless the dictionary says otherwise)\n"
    "      --option KEY=VALUE  override an option of the dictionary's options\n"
    "                          file (require_dyad, code_negated, the code\n"
    "                          options such as reciprocal_codes, the comma\n"
    "                          clause lengths comma_min, comma_max,\n"
    "                          comma_bmin, comma_bmax, comma_emin,\n"
    "                          comma_emax, and new_actor_length); repeatable\n"
    "  -j, --jobs N            code with N threads (output is identical)\n"
    "  -q, --quiet             no progress and no summary on stderr\n"
    "  -h, --help              show this help\n"
    "\n"
    "exit status: 0 ok, 1 some records rejected, 2 usage error,\n"
    "             3 input/output or dictionary error\n";

/* ------------------------------------------------------------------ */
/* Counters and progress                                              */
/* ------------------------------------------------------------------ */

typedef struct counts {
  unsigned long long articles, sentences, events, invalid_bytes;
  unsigned long long rejected[DYAD_REJ_COUNT];
  unsigned long long rejected_total;
} counts;

typedef struct progress {
  int on;
  struct timespec start, last;
  unsigned long long bytes_done;  /* of finished inputs */
  int shown;
} progress;

static double elapsed(const struct timespec *a, const struct timespec *b) {
  return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void progress_tick(progress *p, const counts *c, unsigned long long bytes,
                          int force) {
  if (!p->on) return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if (!force && elapsed(&p->last, &now) < 0.25) return;
  p->last = now;
  double t = elapsed(&p->start, &now);
  double mb = (double)(p->bytes_done + bytes) / 1e6;
  fprintf(stderr, "\r\033[Kdyad: %llu records, %.1f MB, %.0f records/s",
          c->articles + c->rejected_total, mb,
          t > 0 ? (double)(c->articles + c->rejected_total) / t : 0.0);
  p->shown = 1;
}

static void progress_clear(progress *p) {
  if (p->on && p->shown) fputs("\r\033[K", stderr);
  p->shown = 0;
}

/* ------------------------------------------------------------------ */
/* Batches for -j N                                                   */
/* ------------------------------------------------------------------ */

/* One article copied out of the reader, with its result. */
typedef struct slot {
  dyad_article a;
  char *buf;
  size_t cap;
  dyad_result *res;
  int rc;
  dyad_error err;
} slot;

/* Copies the article's strings into the slot's own buffer.  Returns 0, or
 * -1 when out of memory. */
static int slot_fill(slot *s, const dyad_article *a) {
  const char *src[7] = {a->id, a->date, a->title, a->source, a->url, a->file,
                        a->text};
  size_t len[7], total = 0;
  for (int i = 0; i < 7; i++) {
    len[i] = i == 6 ? a->text_len : strlen(src[i]);
    total += len[i] + 1;
  }
  if (total > s->cap) {
    char *nb = realloc(s->buf, total);
    if (nb == NULL) return -1;
    s->buf = nb;
    s->cap = total;
  }
  char *dst[7], *p = s->buf;
  for (int i = 0; i < 7; i++) {
    dst[i] = p;
    memcpy(p, src[i], len[i]);
    p[len[i]] = '\0';
    p += len[i] + 1;
  }
  s->a = *a;
  s->a.id = dst[0];
  s->a.date = dst[1];
  s->a.title = dst[2];
  s->a.source = dst[3];
  s->a.url = dst[4];
  s->a.file = dst[5];
  s->a.text = dst[6];
  return 0;
}

typedef struct pool {
  slot *slots;
  size_t n;
  atomic_size_t next;
  const dyad_engine *engine;
} pool;

typedef struct worker {
  pool *p;
  dyad_result *scratch;  /* this thread's warm workspace, lent to slots */
} worker;

static void *pool_work(void *arg) {
  worker *w = arg;
  pool *p = w->p;
  size_t i;
  while ((i = atomic_fetch_add(&p->next, 1)) < p->n) {
    slot *s = &p->slots[i];
    dyad_result_borrow_scratch(s->res, w->scratch);
    s->rc = dyad_code_article(p->engine, &s->a, s->res, &s->err);
    dyad_result_borrow_scratch(s->res, NULL);
  }
  return NULL;
}

/* Codes slots[0..n) with `jobs` threads (the caller's thread included),
 * thread t working in scratch[t]. */
static void pool_run(slot *slots, size_t n, int jobs, const dyad_engine *e,
                     dyad_result **scratch) {
  pool p = {.slots = slots, .n = n, .engine = e};
  atomic_init(&p.next, 0);
  pthread_t th[64];
  worker w[64];
  int started = 0;
  for (int t = 0; t < jobs && t < 64; t++) w[t] = (worker){&p, scratch[t]};
  for (int t = 1; t < jobs && t < 64; t++)
    if (pthread_create(&th[started], NULL, pool_work, &w[t]) == 0) started++;
  pool_work(&w[0]);
  for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
}

/* ------------------------------------------------------------------ */
/* The run                                                            */
/* ------------------------------------------------------------------ */

typedef struct run {
  const dyad_engine *engine;
  dyad_writer *writer;       /* NULL when not writing events to a stream */
  dyad_store *store;         /* NULL without --db */
  counts c;
  progress prog;
  int quiet;
  int fatal;                 /* exit code of a fatal error, 0 if none */
} run;

/* Clears *e as "= {0}" would for every reader of it (code, line and
 * column 0, empty file and message) without zeroing its two 512-byte
 * buffers: done twice per article, the zeroing alone cost about 270
 * instructions an article. */
static void err_clear(dyad_error *e) {
  e->code = 0;
  e->line = e->col = 0;
  e->file[0] = e->msg[0] = '\0';
}

/* Writes one coded article to the writer and the store; counts it. */
static void emit(run *R, const dyad_article *a, const dyad_result *res,
                 int rc, const dyad_error *cerr) {
  if (rc != DYAD_OK) {
    cli_report("error", cerr);
    R->fatal = DYAD_EXIT_IO;
    return;
  }
  R->c.articles++;
  R->c.sentences += dyad_result_sentences(res);
  R->c.events += dyad_result_events(res);
  R->c.invalid_bytes += dyad_result_invalid_bytes(res);
  dyad_error err;
  err_clear(&err);
  if (R->writer && dyad_writer_write(R->writer, a, res, &err) != DYAD_OK) {
    progress_clear(&R->prog);
    cli_error("write error on output: %s", err.msg);
    R->fatal = DYAD_EXIT_IO;
    return;
  }
  if (R->store && dyad_store_put(R->store, a, res, &err) != DYAD_OK) {
    progress_clear(&R->prog);
    cli_report("error", &err);
    R->fatal = DYAD_EXIT_IO;
  }
}

static void count_reject(run *R, const dyad_error *err) {
  progress_clear(&R->prog);
  if (!R->quiet) cli_report("warning", err);
  int reason = err->code;
  if (reason <= DYAD_REJ_NONE || reason >= DYAD_REJ_COUNT) reason = DYAD_REJ_NONE;
  R->c.rejected[reason]++;
  R->c.rejected_total++;
}

/* Reads and codes one input path.  Returns 0, or sets R->fatal. */
static void code_input(run *R, const char *path, const dyad_reader_opts *ro,
                       int jobs, slot *slots, size_t batch,
                       dyad_result **scratch) {
  dyad_reader *rd = NULL;
  dyad_error err = {0};
  if (dyad_reader_open(&rd, path, ro, &err) != DYAD_OK) {
    progress_clear(&R->prog);
    cli_report("error", &err);
    R->fatal = DYAD_EXIT_IO;
    return;
  }
  dyad_article a;
  size_t n = 0;
  int rc;
  dyad_result *res = jobs == 1 ? slots[0].res : NULL;
  for (;;) {
    rc = dyad_reader_next(rd, &a, &err);
    if (rc == DYAD_OK) {
      if (jobs == 1) {
        dyad_error cerr;
        err_clear(&cerr);
        int crc = dyad_code_article(R->engine, &a, res, &cerr);
        emit(R, &a, res, crc, &cerr);
      } else {
        if (slot_fill(&slots[n], &a) != 0) {
          cli_error("out of memory");
          R->fatal = DYAD_EXIT_IO;
          break;
        }
        if (++n == batch) {
          pool_run(slots, n, jobs, R->engine, scratch);
          for (size_t i = 0; i < n && !R->fatal; i++)
            emit(R, &slots[i].a, slots[i].res, slots[i].rc, &slots[i].err);
          n = 0;
        }
      }
      if (R->fatal) break;
      progress_tick(&R->prog, &R->c, dyad_reader_bytes(rd), 0);
    } else if (rc == DYAD_REJECT) {
      count_reject(R, &err);
    } else if (rc == DYAD_END) {
      break;
    } else {
      progress_clear(&R->prog);
      cli_report("error", &err);
      R->fatal = DYAD_EXIT_IO;
      break;
    }
  }
  if (n > 0 && !R->fatal) {
    pool_run(slots, n, jobs, R->engine, scratch);
    for (size_t i = 0; i < n && !R->fatal; i++)
      emit(R, &slots[i].a, slots[i].res, slots[i].rc, &slots[i].err);
  }
  R->prog.bytes_done += dyad_reader_bytes(rd);
  dyad_reader_close(rd);
}

static void print_summary(const run *R) {
  fprintf(stderr, "dyad: %llu articles, %llu sentences, %llu events, "
                  "%llu rejected",
          R->c.articles, R->c.sentences, R->c.events, R->c.rejected_total);
  if (R->c.rejected_total) {
    const char *sep = " (";
    for (int i = 0; i < DYAD_REJ_COUNT; i++) {
      if (!R->c.rejected[i]) continue;
      fprintf(stderr, "%s%s %llu", sep,
              dyad_reject_reason_name((dyad_reject_reason)i), R->c.rejected[i]);
      sep = ", ";
    }
    fputc(')', stderr);
  }
  if (R->c.invalid_bytes)
    fprintf(stderr, ", %llu invalid UTF-8 sequences replaced",
            R->c.invalid_bytes);
  fputc('\n', stderr);
}

int cmd_code(int argc, char **argv) {
  enum { OPT_DB = 256, OPT_DICT, OPT_INFMT, OPT_DATE, OPT_EXPLAIN, OPT_DYAD,
         OPT_NODYAD, OPT_PERLINE, OPT_OPTION };
  static const struct option longopts[] = {
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"db", required_argument, NULL, OPT_DB},
      {"dict", required_argument, NULL, OPT_DICT},
      {"input-format", required_argument, NULL, OPT_INFMT},
      {"date", required_argument, NULL, OPT_DATE},
      {"story-per-line", no_argument, NULL, OPT_PERLINE},
      {"explain", no_argument, NULL, OPT_EXPLAIN},
      {"require-dyad", no_argument, NULL, OPT_DYAD},
      {"no-require-dyad", no_argument, NULL, OPT_NODYAD},
      {"option", required_argument, NULL, OPT_OPTION},
      {"jobs", required_argument, NULL, 'j'},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *format = NULL, *output = NULL, *db = NULL, *dict = NULL;
  dyad_reader_opts ro = {0};
  unsigned wflags = 0;
  int jobs = 1, quiet = 0, require_dyad = -1, opt;
  const char *options[33] = {0}; /* --option values, NULL-ended */
  size_t n_options = 0;
  optind = 1;
  opterr = 0;
  while ((opt = getopt_long(argc, argv, ":f:o:j:qh", longopts, NULL)) != -1) {
    switch (opt) {
    case 'f': format = optarg; break;
    case 'o': output = optarg; break;
    case OPT_DB: db = optarg; break;
    case OPT_DICT: dict = optarg; break;
    case OPT_INFMT: {
      int f = dyad_input_format_parse(optarg);
      if (f < 0) return cli_usage("code ", "unknown input format '%s'", optarg);
      ro.format = (dyad_input_format)f;
      break;
    }
    case OPT_DATE: ro.default_date = optarg; break;
    case OPT_PERLINE: ro.story_per_line = 1; break;
    case OPT_EXPLAIN: wflags |= DYAD_WRITE_EXPLAIN; break;
    case OPT_DYAD: require_dyad = 1; break;
    case OPT_NODYAD: require_dyad = 0; break;
    case OPT_OPTION:
      if (n_options == 32) return cli_usage("code ", "at most 32 --option");
      if (strchr(optarg, '=') == NULL)
        return cli_usage("code ", "--option wants KEY=VALUE, not '%s'",
                         optarg);
      options[n_options++] = optarg;
      break;
    case 'j': {
      char *end;
      long v = strtol(optarg, &end, 10);
      if (*end || v < 1 || v > 64)
        return cli_usage("code ", "--jobs wants a number from 1 to 64");
      jobs = (int)v;
      break;
    }
    case 'q': quiet = 1; break;
    case 'h':
      fputs(code_usage, stdout);
      return fflush(stdout) == 0 ? DYAD_EXIT_OK : DYAD_EXIT_IO;
    case ':':
      return cli_usage("code ", "option '%s' needs a value", argv[optind - 1]);
    default:
      return cli_usage("code ", "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (ro.default_date) {
    int y, m, d;
    char extra;
    if (strlen(ro.default_date) != 10 ||
        sscanf(ro.default_date, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 ||
        m < 1 || m > 12 || d < 1 || d > 31)
      return cli_usage("code ", "--date wants YYYY-MM-DD, not '%s'",
                       ro.default_date);
  }
  int ofmt = DYAD_OUT_TSV;
  if (format) {
    ofmt = dyad_output_format_parse(format);
    if (ofmt < 0) return cli_usage("code ", "unknown format '%s'", format);
  }
  if (optind == argc && isatty(STDIN_FILENO))
    return cli_usage("code ", "no input (give a file, a directory or '-')");

  signal(SIGPIPE, SIG_IGN); /* a closed pipe becomes EPIPE, reported */

  run R = {0};
  R.quiet = quiet;
  R.prog.on = !quiet && isatty(STDERR_FILENO);
  clock_gettime(CLOCK_MONOTONIC, &R.prog.start);
  R.prog.last = R.prog.start;

  int exit_code = DYAD_EXIT_OK;
  dyad_engine *engine = NULL;
  dyad_writer *writer = NULL;
  dyad_store *store = NULL;
  FILE *out = stdout;
  slot *slots = NULL;
  dyad_result *scratch[64] = {0}; /* per-thread workspaces for -j N */
  size_t batch = jobs == 1 ? 1 : (size_t)jobs * 64;
  dyad_error err = {0};

  int erc = cli_engine_open(&engine, dict, require_dyad, options, &err);
  if (erc != DYAD_OK) {
    cli_report("error", &err);
    exit_code = erc == DYAD_ERR_ARG ? DYAD_EXIT_USAGE : DYAD_EXIT_IO;
    goto done;
  }
  if (output) {
    out = fopen(output, "w");
    if (out == NULL) {
      cli_error("%s: %s", output, strerror(errno));
      exit_code = DYAD_EXIT_IO;
      goto done;
    }
  }
  if (db == NULL || format != NULL) {
    if (dyad_writer_open(&writer, out, (dyad_output_format)ofmt, wflags,
                         &err) != DYAD_OK) {
      cli_error("cannot write output: %s", err.msg);
      exit_code = DYAD_EXIT_IO;
      goto done;
    }
  }
  if (db && dyad_store_open(&store, db, &err) != DYAD_OK) {
    cli_report("error", &err);
    exit_code = DYAD_EXIT_IO;
    goto done;
  }
  slots = calloc(batch, sizeof *slots);
  if (slots == NULL) {
    cli_error("out of memory");
    exit_code = DYAD_EXIT_IO;
    goto done;
  }
  for (size_t i = 0; i < batch; i++) {
    slots[i].res = dyad_result_new();
    if (slots[i].res == NULL) {
      cli_error("out of memory");
      exit_code = DYAD_EXIT_IO;
      goto done;
    }
  }
  for (int t = 0; jobs > 1 && t < jobs; t++) {
    scratch[t] = dyad_result_new();
    if (scratch[t] == NULL) {
      cli_error("out of memory");
      exit_code = DYAD_EXIT_IO;
      goto done;
    }
  }
  R.engine = engine;
  R.writer = writer;
  R.store = store;
  if (optind == argc) {
    code_input(&R, "-", &ro, jobs, slots, batch, scratch);
  } else {
    for (int i = optind; i < argc && !R.fatal; i++)
      code_input(&R, argv[i], &ro, jobs, slots, batch, scratch);
  }
  progress_tick(&R.prog, &R.c, 0, 1);
  progress_clear(&R.prog);
  exit_code = R.fatal ? R.fatal
                      : (R.c.rejected_total ? DYAD_EXIT_REJECTED : DYAD_EXIT_OK);

done:
  if (writer) {
    if (dyad_writer_close(writer, &err) != DYAD_OK && exit_code != DYAD_EXIT_IO) {
      cli_error("write error on output: %s", err.msg);
      exit_code = DYAD_EXIT_IO;
    }
  }
  if (store && dyad_store_close(store, &err) != DYAD_OK) {
    cli_report("error", &err);
    exit_code = DYAD_EXIT_IO;
  }
  if (out != stdout && out != NULL) {
    if (fclose(out) != 0 && exit_code != DYAD_EXIT_IO) {
      cli_error("%s: %s", output, strerror(errno));
      exit_code = DYAD_EXIT_IO;
    }
  } else if (fflush(stdout) != 0 && exit_code != DYAD_EXIT_IO) {
    cli_error("write error on output: %s", strerror(errno));
    exit_code = DYAD_EXIT_IO;
  }
  if (!quiet && engine && slots) print_summary(&R);
  if (slots) {
    for (size_t i = 0; i < batch; i++) {
      dyad_result_free(slots[i].res);
      free(slots[i].buf);
    }
    free(slots);
  }
  for (int t = 0; t < 64; t++) dyad_result_free(scratch[t]);
  dyad_engine_free(engine);
  return exit_code;
}
