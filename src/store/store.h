/*
 * store.h: internals of the SQLite event store (store.c).
 *
 * The public API is dyad_store_* in dyad.h.  This header only exposes the
 * constants a test or a tool may want: the schema version kept in
 * PRAGMA user_version and the number of articles per transaction.  The
 * schema itself is documented in docs/schema.md.
 */
#ifndef DYAD_STORE_STORE_H
#define DYAD_STORE_STORE_H

#include "dyad.h"

/* PRAGMA user_version of databases written by this code.  2: event spans
 * count characters (code points) of the sentence text; 1: they counted
 * bytes (dyad_store_open converts a version-1 database's spans). */
#define STORE_SCHEMA_VERSION 2

/* Articles per transaction: dyad_store_put commits when a batch is full. */
#define STORE_BATCH 500

#endif /* DYAD_STORE_STORE_H */
