/*
 * input.c: line reading over gzread or memory.
 *
 * See input.h.  One decoded chunk is kept at a time; lines are cut with
 * memchr and copied into the caller's linebuf, which only grows up to the
 * caller's limit.  zlib reports a truncated gzip file as a zero-byte read
 * with gzerror() == Z_BUF_ERROR ("unexpected end of file") and a corrupt
 * one as -1 with Z_DATA_ERROR: both become INPUT_TRUNC.
 */
#include "read/input.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INPUT_CHUNK ((size_t)64 * 1024)

/* ------------------------------------------------------------ linebuf */

void linebuf_free(linebuf *lb) {
  free(lb->p);
  lb->p = NULL;
  lb->len = lb->cap = 0;
}

int linebuf_reserve(linebuf *lb, size_t need, size_t max) {
  if (need + 1 <= lb->cap) return 0;
  if (need >= SIZE_MAX / 2) return -1;
  size_t cap = lb->cap ? lb->cap : 4096;
  while (cap < need + 1) cap *= 2;
  /* Doubling must not overshoot the caller's limit: a record capped at
   * 16 MiB never costs a 32 MiB buffer. */
  if (max < SIZE_MAX && cap > max + 1)
    cap = need + 1 > max + 1 ? need + 1 : max + 1;
  char *p = realloc(lb->p, cap);
  if (p == NULL) return -1;
  lb->p = p;
  lb->cap = cap;
  return 0;
}

/* -------------------------------------------------------------- open */

static int input_alloc_chunk(input *in) {
  in->chunk = malloc(INPUT_CHUNK);
  if (in->chunk == NULL) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

static int input_setup_gz(input *in, gzFile gz) {
  memset(in, 0, sizeof *in);
  in->next_line = 1;
  in->gz = gz;
  gzbuffer(gz, 128 * 1024);
  return input_alloc_chunk(in);
}

int input_open_path(input *in, const char *path) {
  errno = 0;
  gzFile gz = gzopen(path, "rb");
  if (gz == NULL) {
    if (errno == 0) errno = ENOMEM;
    memset(in, 0, sizeof *in);
    return -1;
  }
  if (input_setup_gz(in, gz) != 0) {
    input_close(in);
    return -1;
  }
  return 0;
}

int input_open_fd(input *in, int fd) {
  errno = 0;
  gzFile gz = gzdopen(fd, "rb");
  if (gz == NULL) {
    if (errno == 0) errno = ENOMEM;
    close(fd);
    memset(in, 0, sizeof *in);
    return -1;
  }
  if (input_setup_gz(in, gz) != 0) {
    input_close(in);
    return -1;
  }
  return 0;
}

int input_open_mem(input *in, const void *data, size_t len) {
  memset(in, 0, sizeof *in);
  in->next_line = 1;
  in->mem = data;
  in->mem_len = len;
  if (len >= 2 && in->mem[0] == 0x1f && in->mem[1] == 0x8b) {
    in->mem_gzip = 1;
    if (inflateInit2(&in->zs, 15 + 16) != Z_OK) {
      errno = ENOMEM;
      return -1;
    }
    in->zs_on = 1;
    in->zs.next_in = (unsigned char *)in->mem; /* zlib never writes it */
    in->zs.avail_in = 0;
    return input_alloc_chunk(in);
  }
  return 0;
}

/* -------------------------------------------------------------- fill */

static input_status input_failed(input *in, input_status st, const char *msg) {
  in->fail = st;
  if (msg) {
    strncpy(in->errmsg, msg, sizeof in->errmsg - 1);
    in->errmsg[sizeof in->errmsg - 1] = '\0';
  }
  return st;
}

/* Decodes the next piece of gzip memory into the chunk. */
static input_status input_fill_inflate(input *in) {
  for (;;) {
    if (in->zs.avail_in == 0) {
      size_t left = in->mem_len - in->mem_pos;
      if (left == 0)
        return input_failed(in, INPUT_TRUNC, "unexpected end of file");
      unsigned take = left > (1u << 30) ? (1u << 30) : (unsigned)left;
      in->zs.next_in = (unsigned char *)in->mem + in->mem_pos;
      in->zs.avail_in = take;
      in->mem_pos += take;
    }
    in->zs.next_out = in->chunk;
    in->zs.avail_out = (unsigned)INPUT_CHUNK;
    int ret = inflate(&in->zs, Z_NO_FLUSH);
    size_t got = INPUT_CHUNK - in->zs.avail_out;
    if (ret == Z_STREAM_END) {
      /* Another gzip member may follow, as gzread allows; anything else
       * after the end is ignored. */
      size_t rest = in->zs.avail_in + (in->mem_len - in->mem_pos);
      const unsigned char *nx = in->zs.next_in;
      if (rest >= 2 && in->zs.avail_in >= 2 && nx[0] == 0x1f && nx[1] == 0x8b) {
        inflateReset(&in->zs);
      } else {
        in->eof = 1;
        in->mem_pos = in->mem_len;
        in->zs.avail_in = 0;
      }
    } else if (ret == Z_MEM_ERROR) {
      return input_failed(in, INPUT_NOMEM, "out of memory");
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
      return input_failed(in, INPUT_TRUNC,
                          in->zs.msg ? in->zs.msg : "corrupt stream");
    }
    if (got > 0) {
      in->chunk_len = got;
      in->chunk_pos = 0;
      return INPUT_LINE;
    }
    if (in->eof) return INPUT_EOF;
  }
}

/* Refills the chunk.  Returns INPUT_LINE when bytes are available. */
static input_status input_fill(input *in) {
  if (in->fail) return in->fail;
  if (in->eof) return INPUT_EOF;
  if (in->gz) {
    int n = gzread(in->gz, in->chunk, (unsigned)INPUT_CHUNK);
    if (n > 0) {
      in->chunk_len = (size_t)n;
      in->chunk_pos = 0;
      return INPUT_LINE;
    }
    int errnum = Z_OK;
    int saved = errno;
    const char *msg = gzerror(in->gz, &errnum);
    if (n == 0 && errnum == Z_OK) {
      in->eof = 1;
      return INPUT_EOF;
    }
    if (errnum == Z_ERRNO) {
      in->err_no = saved ? saved : EIO;
      return input_failed(in, INPUT_IO, strerror(in->err_no));
    }
    if (errnum == Z_MEM_ERROR) return input_failed(in, INPUT_NOMEM, msg);
    return input_failed(in, INPUT_TRUNC, msg);
  }
  if (in->mem_gzip) return input_fill_inflate(in);
  /* Plain memory: the whole buffer is one chunk, read in place. */
  in->eof = 1;
  if (in->mem_pos == in->mem_len) return INPUT_EOF;
  in->chunk = (unsigned char *)in->mem; /* read only; see input_close */
  in->chunk_len = in->mem_len;
  in->chunk_pos = 0;
  in->mem_pos = in->mem_len;
  return INPUT_LINE;
}

/* -------------------------------------------------------------- lines */

input_status input_line(input *in, linebuf *lb, size_t limit, long *line) {
  assert(in != NULL && lb != NULL && line != NULL);
  int got_any = 0, too_long = 0;
  *line = in->next_line;
  if (in->fail) return in->fail;
  for (;;) {
    if (in->chunk_pos == in->chunk_len) {
      input_status st = input_fill(in);
      if (st == INPUT_EOF) {
        if (!got_any) return INPUT_EOF;
        in->next_line++;
        return too_long ? INPUT_LONG : INPUT_LINE;
      }
      if (st != INPUT_LINE) return st;
    }
    const char *p = (const char *)in->chunk + in->chunk_pos;
    size_t n = in->chunk_len - in->chunk_pos;
    const char *nl = memchr(p, '\n', n);
    size_t take = nl ? (size_t)(nl - p) + 1 : n;
    got_any = 1;
    if (!too_long) {
      size_t room = lb->len < limit ? limit - lb->len : 0;
      size_t keep = take <= room ? take : room;
      if (keep < take) too_long = 1;
      if (linebuf_reserve(lb, lb->len + keep, limit) != 0)
        return input_failed(in, INPUT_NOMEM, "out of memory");
      memcpy(lb->p + lb->len, p, keep);
      lb->len += keep;
      lb->p[lb->len] = '\0';
    }
    in->chunk_pos += take;
    if (nl) {
      in->next_line++;
      return too_long ? INPUT_LONG : INPUT_LINE;
    }
  }
}

/* -------------------------------------------------------------- misc */

uint64_t input_offset(const input *in) {
  if (in->gz) {
    z_off_t off = gzoffset(in->gz);
    return off > 0 ? (uint64_t)off : 0;
  }
  return in->mem_pos - (in->mem_gzip ? in->zs.avail_in : 0);
}

void input_close(input *in) {
  if (in->gz) gzclose(in->gz);
  if (in->zs_on) inflateEnd(&in->zs);
  if (in->chunk != NULL && in->chunk != in->mem) free(in->chunk);
  memset(in, 0, sizeof *in);
}
