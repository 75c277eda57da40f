/*
 * dirlist.c: recursive directory listing for the reader.
 *
 * See dirlist.h.  Uses opendir/readdir and lstat (d_type is not reliable
 * on every file system).  Paths are built in one growing scratch buffer
 * and copied into an arena once they are kept.
 */
#include "read/dirlist.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Appends an entry; 0 or -1 when out of memory. */
static int dirlist_add(dirlist *dl, const char *path, size_t len, int err) {
  if (dl->n == dl->cap) {
    size_t cap = dl->cap ? dl->cap * 2 : 64;
    dirlist_entry *v = realloc(dl->v, cap * sizeof *v);
    if (v == NULL) return -1;
    dl->v = v;
    dl->cap = cap;
  }
  char *s = arena_strndup(&dl->names, path, len);
  if (s == NULL) return -1;
  dl->v[dl->n].path = s;
  dl->v[dl->n].err = err;
  dl->n++;
  return 0;
}

/* Walks the directory whose path is (*buf)[0..len).  buf/cap is a scratch
 * buffer that may be reallocated.  top says whether this is the root (an
 * error there fails the whole walk).  Returns 0 or -1 (errno set). */
static int dirlist_walk(dirlist *dl, char **buf, size_t *cap, size_t len,
                        int top) {
  DIR *d = opendir(*buf);
  if (d == NULL) {
    int e = errno;
    if (top) return -1;
    if (dirlist_add(dl, *buf, len, e ? e : EIO) != 0) return -1;
    return 0;
  }
  int rc = 0;
  struct dirent *de;
  for (;;) {
    errno = 0;
    de = readdir(d);
    if (de == NULL) break;
    const char *name = de->d_name;
    if (name[0] == '.') continue; /* hidden, "." and ".." */
    size_t nlen = strlen(name);
    size_t sep = (len > 0 && (*buf)[len - 1] == '/') ? 0 : 1;
    size_t need = len + sep + nlen + 1;
    if (need > *cap) {
      size_t ncap = *cap * 2 > need ? *cap * 2 : need;
      char *nb = realloc(*buf, ncap);
      if (nb == NULL) {
        errno = ENOMEM;
        rc = -1;
        break;
      }
      *buf = nb;
      *cap = ncap;
    }
    size_t plen = len;
    if (sep) (*buf)[plen++] = '/';
    memcpy(*buf + plen, name, nlen + 1);
    plen += nlen;

    struct stat st;
    int is_dir = 0, keep = 0;
    if (lstat(*buf, &st) != 0) {
      keep = 1; /* vanished or unreadable: reported when opened */
    } else if (S_ISDIR(st.st_mode)) {
      is_dir = 1;
    } else if (S_ISREG(st.st_mode)) {
      keep = 1;
    } else if (S_ISLNK(st.st_mode)) {
      struct stat tg;
      /* Links to files are read; dangling links are kept so that opening
       * them reports the problem; links to directories are not followed. */
      if (stat(*buf, &tg) != 0 || S_ISREG(tg.st_mode)) keep = 1;
    }
    if (is_dir) {
      if (dirlist_walk(dl, buf, cap, plen, 0) != 0) {
        rc = -1;
        break;
      }
    } else if (keep) {
      if (dirlist_add(dl, *buf, plen, 0) != 0) {
        errno = ENOMEM;
        rc = -1;
        break;
      }
    }
    (*buf)[len] = '\0';
  }
  if (rc == 0 && errno != 0 && de == NULL) {
    /* readdir failed part way: report the directory as unreadable */
    int e = errno;
    (*buf)[len] = '\0';
    if (top) rc = -1;
    else if (dirlist_add(dl, *buf, len, e) != 0) rc = -1;
  }
  int saved = errno;
  closedir(d);
  errno = saved;
  return rc;
}

static int dirlist_cmp(const void *a, const void *b) {
  const dirlist_entry *x = a, *y = b;
  return strcmp(x->path, y->path);
}

int dirlist_collect(dirlist *dl, const char *root) {
  assert(dl != NULL && root != NULL);
  size_t len = strlen(root);
  size_t cap = len + 256;
  char *buf = malloc(cap);
  if (buf == NULL) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(buf, root, len + 1);
  int rc = dirlist_walk(dl, &buf, &cap, len, 1);
  int saved = errno;
  free(buf);
  if (rc != 0) {
    dirlist_free(dl);
    errno = saved;
    return -1;
  }
  if (dl->n > 1) qsort(dl->v, dl->n, sizeof *dl->v, dirlist_cmp);
  return 0;
}

void dirlist_free(dirlist *dl) {
  free(dl->v);
  arena_free(&dl->names);
  memset(dl, 0, sizeof *dl);
}
