/*
 * dirlist.h: the files under a directory, in a deterministic order.
 *
 * A directory given to the reader is walked recursively once, at open, and
 * its files are sorted by the bytes of their paths (strcmp), so a run over
 * the same tree always sees articles in the same order whatever the file
 * system returns.  Hidden entries (names starting with '.') are skipped;
 * symbolic links to files are kept, symbolic links to directories are not
 * followed (no cycles).  A subdirectory that cannot be read is kept as an
 * entry with its errno so the reader can report it instead of dropping it.
 */
#ifndef DYAD_READ_DIRLIST_H
#define DYAD_READ_DIRLIST_H

#include <stddef.h>

#include "util/arena.h"

typedef struct dirlist_entry {
  const char *path;   /* root joined with the relative path */
  int err;            /* 0 for a file; errno of an unreadable directory */
} dirlist_entry;

typedef struct dirlist {
  dirlist_entry *v;
  size_t n, cap;
  arena names;        /* path strings */
} dirlist;

/* Fills dl (zero-initialised by the caller) with the files under root.
 * Returns 0, or -1 with errno set when root itself cannot be read or
 * memory runs out (dl is then freed). */
int dirlist_collect(dirlist *dl, const char *root);

void dirlist_free(dirlist *dl);

#endif /* DYAD_READ_DIRLIST_H */
