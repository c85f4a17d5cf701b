/*-------------------------------------------------------------------------
 *
 * pg_common.h
 *	  Glue shared by the PostgreSQL layer: the palloc-backed allocator for
 *	  the core, text conversion to UTF-8, and error reporting.
 *
 *-------------------------------------------------------------------------
 */
#ifndef NE_PG_COMMON_H
#define NE_PG_COMMON_H

#include "postgres.h"
#include "fmgr.h"

#include "../core/ne.h"

/* One core call's working memory: a child context deleted afterwards. */
typedef struct ne_pg_work
{
	MemoryContext cxt;
	MemoryContext old;
	ne_arena   *arena;
} ne_pg_work;

extern void ne_pg_work_begin(ne_pg_work *w);
extern void ne_pg_work_end(ne_pg_work *w);

/*
 * The text's bytes as UTF-8 (converted from the server encoding when it is
 * not UTF-8; validated when it is SQL_ASCII).
 */
extern const char *ne_pg_text_utf8(text *t, size_t *len);

/* Convert UTF-8 from the core back to a server-encoded text datum. */
extern text *ne_pg_utf8_to_text(const char *s, size_t len);
extern char *ne_pg_utf8_to_cstring(const char *s, size_t len);

/* Report a core failure as a PostgreSQL ERROR with a fitting SQLSTATE. */
extern void ne_pg_report(ne_status st, const char *what) pg_attribute_noreturn();

/* Analyze a text with the chosen extractors; result lives in w->arena. */
extern ne_doc *ne_pg_analyze(ne_pg_work *w, text *body, const char *lang,
							 const char *default_zone, unsigned extractors);

/* Decode a stored newsdoc into w->arena. */
extern ne_doc *ne_pg_newsdoc_decode(ne_pg_work *w, struct varlena *v);

/* A varlena (in the caller's context) holding bytes the core wrote. */
extern struct varlena *ne_pg_bytes_to_varlena(ne_pg_work *w, const uint8_t *bytes,
											  size_t n, const char *type);

/* Build a newsdoc varlena (in the caller's context) from a doc. */
extern struct varlena *ne_pg_newsdoc_encode(ne_pg_work *w, const ne_doc *doc);

#endif							/* NE_PG_COMMON_H */
