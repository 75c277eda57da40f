/*
 * input.h: a byte stream read line by line, from a file, stdin or memory.
 *
 * A stream that starts with the gzip magic (1f 8b) is inflated with zlib
 * (concatenated members are read as one stream, as gzip does); anything
 * else is read as is.  Files, stdin and memory (used by the fuzzers) share
 * one code path, with read() below it rather than gzread(), so that the
 * count of consumed bytes is exact even on a pipe, where gzoffset() cannot
 * tell.  A gzip stream that ends early or is corrupt is INPUT_TRUNC.
 * Lines are appended to a caller-owned growable buffer with a hard limit,
 * so a 50 MB line costs at most `limit` bytes of memory, never more.
 */
#ifndef DYAD_READ_INPUT_H
#define DYAD_READ_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

/* A growable byte buffer; zero-initialised is empty.  p is always
 * NUL-terminated at p[len] once anything was appended. */
typedef struct linebuf {
  char *p;
  size_t len;
  size_t cap;
} linebuf;

void linebuf_free(linebuf *lb);

/* Makes room for need bytes plus a NUL, growing by doubling but never past
 * max(need, max) + 1 bytes.  Returns 0, or -1 when out of memory (lb is
 * unchanged). */
int linebuf_reserve(linebuf *lb, size_t need, size_t max);

typedef enum input_status {
  INPUT_LINE = 0,  /* a line (with its '\n' if it had one) was appended */
  INPUT_EOF,       /* clean end of the stream, nothing appended */
  INPUT_LONG,      /* line consumed but only partly stored: over the limit */
  INPUT_TRUNC,     /* compressed stream ended early or is corrupt */
  INPUT_IO,        /* read error; errno in input.err_no */
  INPUT_NOMEM
} input_status;

typedef struct input {
  int fd;                      /* file or stdin; -1 for memory */
  const unsigned char *mem;    /* memory input (not owned) */
  size_t mem_len;
  unsigned char *raw;          /* fd input: buffer for read() */
  const unsigned char *rp;     /* raw bytes not yet decoded */
  size_t rlen;
  uint64_t fetched;            /* raw bytes taken from fd or memory */
  int raw_eof;
  int detected, gzip;          /* gzip magic seen at the start */
  z_stream zs;
  int zs_on;
  unsigned char *out;          /* inflate output */
  const unsigned char *chunk;  /* decoded bytes being cut into lines */
  size_t chunk_len, chunk_pos;
  int eof;
  int fail;                    /* sticky INPUT_TRUNC / INPUT_IO / NOMEM */
  int err_no;
  char errmsg[160];            /* what zlib said on failure */
  long next_line;              /* 1-based number of the next line */
} input;

/* Opens a file (plain or gzip).  Returns 0, or -1 with errno set. */
int input_open_path(input *in, const char *path);
/* Takes ownership of fd (closed by input_close).  Returns 0 or -1. */
int input_open_fd(input *in, int fd);
/* Reads data[0..len), which must outlive the input.  Returns 0 or -1. */
int input_open_mem(input *in, const void *data, size_t len);

/* Appends the next line to lb, storing at most up to lb->len == limit
 * bytes (the rest of an over-long line is read and dropped).  *line gets
 * the line's 1-based number.  A partial line before INPUT_TRUNC/INPUT_IO
 * may have been appended; the caller discards it.  Once the stream failed
 * every later call returns the same status. */
input_status input_line(input *in, linebuf *lb, size_t limit, long *line);

/* Bytes consumed from the underlying stream (compressed bytes for gzip). */
uint64_t input_offset(const input *in);

/* Releases everything; safe on a zeroed or already closed input. */
void input_close(input *in);

#endif /* DYAD_READ_INPUT_H */
