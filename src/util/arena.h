/*
 * arena.h: a bump allocator for per-article and per-load memory.
 *
 * Memory comes from a list of blocks; arena_reset() keeps the largest block
 * and frees the rest, so steady-state coding allocates nothing.  Not thread
 * safe: each thread owns its arenas.
 */
#ifndef DYAD_UTIL_ARENA_H
#define DYAD_UTIL_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
  arena_block *head;         /* current block; older blocks follow */
  size_t used;               /* bytes used in head */
} arena;

/* Zero-initialised arena is valid and empty. */
#define ARENA_INIT {0, 0}

/* Returns size bytes aligned for any type, or NULL when out of memory.
 * The memory lives until arena_reset or arena_free. */
void *arena_alloc(arena *a, size_t size);

/* Copies len bytes and adds a NUL; NULL when out of memory. */
char *arena_strndup(arena *a, const char *s, size_t len);

/* Forgets all allocations, keeping one block for reuse. */
void arena_reset(arena *a);

/* Frees every block; the arena is empty and reusable afterwards. */
void arena_free(arena *a);

#endif /* DYAD_UTIL_ARENA_H */
