/*
 * input.c: line reading over read() or memory, with gzip inflated.
 *
 * See input.h.  Raw bytes come from read() into one buffer (or from the
 * caller's memory in place); plain data is cut into lines straight from
 * there, gzip data is inflated into a second buffer first.  Lines are cut
 * with memchr and copied into the caller's linebuf, which only grows up to
 * the caller's limit.
 */
#include "read/input.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INPUT_RAW ((size_t)128 * 1024)
#define INPUT_OUT ((size_t)128 * 1024)

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

int input_open_fd(input *in, int fd) {
  memset(in, 0, sizeof *in);
  in->fd = fd;
  in->next_line = 1;
  in->raw = malloc(INPUT_RAW);
  if (in->raw == NULL) {
    close(fd);
    memset(in, 0, sizeof *in);
    in->fd = -1;
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

int input_open_path(input *in, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    memset(in, 0, sizeof *in);
    in->fd = -1;
    return -1;
  }
  return input_open_fd(in, fd);
}

int input_open_mem(input *in, const void *data, size_t len) {
  memset(in, 0, sizeof *in);
  in->fd = -1;
  in->next_line = 1;
  in->mem = data;
  in->mem_len = len;
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

/* Gets more raw bytes, keeping the unread ones in front.  Returns
 * INPUT_LINE if rlen grew, INPUT_EOF at the end, or INPUT_IO. */
static input_status input_raw_more(input *in) {
  if (in->raw_eof) return INPUT_EOF;
  if (in->fd < 0) {
    in->raw_eof = 1;
    if (in->mem_len == 0) return INPUT_EOF;
    in->rp = in->mem;
    in->rlen = in->mem_len;
    in->fetched = in->mem_len;
    return INPUT_LINE;
  }
  if (in->rlen > 0 && in->rp != in->raw) memmove(in->raw, in->rp, in->rlen);
  in->rp = in->raw;
  for (;;) {
    ssize_t n = read(in->fd, in->raw + in->rlen, INPUT_RAW - in->rlen);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      in->err_no = errno;
      return input_failed(in, INPUT_IO, strerror(in->err_no));
    }
    if (n == 0) {
      in->raw_eof = 1;
      return INPUT_EOF;
    }
    in->rlen += (size_t)n;
    in->fetched += (uint64_t)n;
    return INPUT_LINE;
  }
}

/* Decodes the next piece of a gzip stream into in->out. */
static input_status input_inflate(input *in) {
  for (;;) {
    if (in->zs.avail_in == 0) {
      if (in->rlen == 0) {
        input_status st = input_raw_more(in);
        if (st == INPUT_EOF)
          return input_failed(in, INPUT_TRUNC, "unexpected end of file");
        if (st != INPUT_LINE) return st;
      }
      size_t take = in->rlen > (1u << 30) ? (1u << 30) : in->rlen;
      in->zs.next_in = (unsigned char *)in->rp; /* zlib never writes it */
      in->zs.avail_in = (unsigned)take;
      in->rp += take;
      in->rlen -= take;
    }
    in->zs.next_out = in->out;
    in->zs.avail_out = (unsigned)INPUT_OUT;
    int ret = inflate(&in->zs, Z_NO_FLUSH);
    size_t got = INPUT_OUT - in->zs.avail_out;
    if (ret == Z_STREAM_END) {
      /* Another member may follow (as gzip allows); anything else after
       * the end is ignored. */
      if (in->zs.avail_in < 2 && in->rlen == 0) {
        /* give back what zlib holds so the magic check sees it */
        in->rp = in->zs.next_in;
        in->rlen = in->zs.avail_in;
        in->zs.avail_in = 0;
        if (in->fd >= 0 && input_raw_more(in) == INPUT_IO) return in->fail;
        if (in->rlen > 0) {
          in->zs.next_in = (unsigned char *)in->rp;
          in->zs.avail_in = (unsigned)in->rlen;
          in->rp += in->rlen;
          in->rlen = 0;
        }
      }
      const unsigned char *nx = in->zs.next_in;
      if (in->zs.avail_in >= 2 && nx[0] == 0x1f && nx[1] == 0x8b) {
        inflateReset(&in->zs);
      } else {
        in->eof = 1;
      }
    } else if (ret == Z_MEM_ERROR) {
      return input_failed(in, INPUT_NOMEM, "out of memory");
    } else if (ret != Z_OK) {
      /* Z_DATA_ERROR, Z_NEED_DICT, or Z_BUF_ERROR (no progress although
       * input and output space were given): the stream is unusable. */
      return input_failed(in, INPUT_TRUNC,
                          in->zs.msg ? in->zs.msg : "corrupt stream");
    }
    if (got > 0) {
      in->chunk = in->out;
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
  if (!in->detected) {
    while (in->rlen < 2) {
      input_status st = input_raw_more(in);
      if (st == INPUT_EOF) break;
      if (st != INPUT_LINE) return st;
    }
    in->detected = 1;
    if (in->rlen >= 2 && in->rp[0] == 0x1f && in->rp[1] == 0x8b) {
      in->gzip = 1;
      in->out = malloc(INPUT_OUT);
      if (in->out == NULL)
        return input_failed(in, INPUT_NOMEM, "out of memory");
      if (inflateInit2(&in->zs, 15 + 16) != Z_OK)
        return input_failed(in, INPUT_NOMEM, "out of memory");
      in->zs_on = 1;
    }
  }
  if (in->gzip) return input_inflate(in);
  if (in->rlen == 0) {
    input_status st = input_raw_more(in);
    if (st == INPUT_EOF) {
      in->eof = 1;
      return INPUT_EOF;
    }
    if (st != INPUT_LINE) return st;
  }
  /* Plain data is cut into lines where it lies. */
  in->chunk = in->rp;
  in->chunk_len = in->rlen;
  in->chunk_pos = 0;
  in->rp += in->rlen;
  in->rlen = 0;
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
  /* Plain bytes count as consumed once handed to the line cutter; gzip
   * bytes once zlib has taken them. */
  uint64_t pending = in->rlen + (in->zs_on ? in->zs.avail_in : 0);
  return in->fetched >= pending ? in->fetched - pending : 0;
}

void input_close(input *in) {
  if (in->raw != NULL) close(in->fd); /* only fd inputs have raw */
  if (in->zs_on) inflateEnd(&in->zs);
  free(in->raw);
  free(in->out);
  memset(in, 0, sizeof *in);
  in->fd = -1;
}
