/*
 * arena.c: bump allocation in blocks that double in size.
 *
 * See arena.h.  A block holds its capacity and the payload after a header
 * aligned to max_align_t.
 */
#include "util/arena.h"

#include <assert.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
  arena_block *next;
  size_t cap;
  alignas(max_align_t) unsigned char data[];
};

#define ARENA_MIN_BLOCK ((size_t)64 * 1024)
#define ARENA_ALIGN (alignof(max_align_t))

void *arena_alloc(arena *a, size_t size) {
  assert(a != NULL);
  size_t need = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
  if (need < size) return NULL; /* overflow */
  if (a->head == NULL || a->head->cap - a->used < need) {
    size_t cap = a->head ? a->head->cap * 2 : ARENA_MIN_BLOCK;
    while (cap < need) {
      if (cap > SIZE_MAX / 2) return NULL;
      cap *= 2;
    }
    arena_block *b = malloc(sizeof *b + cap);
    if (b == NULL) return NULL;
    b->cap = cap;
    b->next = a->head;
    a->head = b;
    a->used = 0;
  }
  void *p = a->head->data + a->used;
  a->used += need;
  return p;
}

char *arena_strndup(arena *a, const char *s, size_t len) {
  if (len == SIZE_MAX) return NULL;
  char *p = arena_alloc(a, len + 1);
  if (p == NULL) return NULL;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

void arena_reset(arena *a) {
  assert(a != NULL);
  if (a->head == NULL) return;
  /* Keep the newest block: it is the largest. */
  arena_block *b = a->head->next;
  while (b) {
    arena_block *n = b->next;
    free(b);
    b = n;
  }
  a->head->next = NULL;
  a->used = 0;
}

void arena_free(arena *a) {
  arena_block *b = a->head;
  while (b) {
    arena_block *n = b->next;
    free(b);
    b = n;
  }
  a->head = NULL;
  a->used = 0;
}
