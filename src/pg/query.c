/*-------------------------------------------------------------------------
 *
 * query.c
 *	  The newsquery type, newsdoc @@ newsquery, and the GIN operator class
 *	  on newsdoc (hashed int4 keys, always rechecked, with triConsistent).
 *
 *-------------------------------------------------------------------------
 */
#include "pg_common.h"

#include "access/gin.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

/* Encode a query as a varlena in the caller's context. */
static struct varlena *
query_encode(ne_pg_work *w, const ne_query *q)
{
	uint8_t    *bytes;
	size_t		n;

	if (ne_query_serialize(w->arena, q, &bytes, &n) != NE_OK)
		ne_pg_report(NE_ENOMEM, "newsquery");
	return ne_pg_bytes_to_varlena(w, bytes, n, "newsquery");
}

/* Parse query text (UTF-8) or raise 22P02 naming the position. */
static ne_query *
query_parse_or_error(ne_pg_work *w, const char *u, size_t len, const char *shown)
{
	ne_query   *q;
	size_t		erroff;
	const char *msg;
	ne_status	st = ne_query_parse(w->arena, u, len, &q, &erroff, &msg);

	if (st == NE_EFORMAT || st == NE_EUTF8)
		ereport(ERROR,
				(errcode(st == NE_EUTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE :
						 ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("syntax error in newsquery \"%s\" at character %d: %s", shown,
						(int) ne_u8_count(u, erroff) + 1, msg ? msg : "invalid byte sequence")));
	if (st != NE_OK)
		ne_pg_report(st, "newsquery");
	return q;
}

/* Decode a stored newsquery. */
static ne_query *
query_decode(ne_arena *arena, struct varlena *v)
{
	ne_query   *q;

	if (ne_query_deserialize(arena, (const uint8_t *) VARDATA_ANY(v),
							 VARSIZE_ANY_EXHDR(v), &q) != NE_OK)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("stored newsquery value is corrupt or of an unknown format version")));
	return q;
}

PG_FUNCTION_INFO_V1(newsquery_in);
/* newsquery text input. */
Datum
newsquery_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ne_pg_work	w;
	ne_query   *q;
	const char *u = str;
	size_t		len = strlen(str);
	struct varlena *result;

	ne_pg_work_begin(&w);
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		u = pg_server_to_any(str, (int) len, PG_UTF8);
		len = strlen(u);
	}
	q = query_parse_or_error(&w, u, len, str);
	result = query_encode(&w, q);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(newsquery_out);
/* newsquery text output (canonical form). */
Datum
newsquery_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	ne_pg_work	w;
	ne_query   *q;
	char	   *s,
			   *result;
	size_t		n;

	ne_pg_work_begin(&w);
	q = query_decode(w.arena, v);
	if (ne_query_format(w.arena, q, &s, &n) != NE_OK)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("stored newsquery value is corrupt")));
	MemoryContextSwitchTo(w.old);
	result = ne_pg_utf8_to_cstring(s, n);
	ne_pg_work_end(&w);
	PG_RETURN_CSTRING(result);
}

PG_FUNCTION_INFO_V1(newsquery_recv);
/* newsquery binary input: validated, then rebuilt through the text path. */
Datum
newsquery_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, n);
	ne_pg_work	w;
	ne_query   *q;
	char	   *s;
	size_t		slen;
	struct varlena *result;

	ne_pg_work_begin(&w);
	if (ne_query_deserialize(w.arena, (const uint8_t *) bytes, (size_t) n, &q) != NE_OK ||
		ne_query_format(w.arena, q, &s, &slen) != NE_OK)
		ereport(ERROR, (errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						errmsg("invalid binary data for type newsquery")));
	q = query_parse_or_error(&w, s, slen, "(binary input)");
	result = query_encode(&w, q);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(newsquery_send);
/* newsquery binary output. */
Datum
newsquery_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(newsdoc_match);
/* newsdoc @@ newsquery */
Datum
newsdoc_match(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	ne_query   *q;
	bool		r;
	ne_status	st;

	ne_pg_work_begin(&w);
	doc = ne_pg_newsdoc_decode(&w, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	q = query_decode(w.arena, PG_DETOAST_DATUM(PG_GETARG_DATUM(1)));
	st = ne_query_match(w.arena, doc, q, &r);
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc @@ newsquery");
	ne_pg_work_end(&w);
	PG_RETURN_BOOL(r);
}

/* ---------------------------------------------------------------- GIN */

PG_FUNCTION_INFO_V1(newsdoc_gin_extract_value);
/* GIN extractValue: hashed keys of authors, speakers, places, agencies, cues. */
Datum
newsdoc_gin_extract_value(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	ne_pg_work	w;
	ne_doc	   *doc;
	uint32	   *keys;
	uint32		n,
				i;
	Datum	   *result;

	ne_pg_work_begin(&w);
	doc = ne_pg_newsdoc_decode(&w, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	if (ne_doc_index_keys(w.arena, doc, &keys, &n) != NE_OK)
		ne_pg_report(NE_ENOMEM, "newsdoc index keys");
	result = MemoryContextAlloc(w.old, (n + 1) * sizeof(Datum));
	for (i = 0; i < n; i++)
		result[i] = Int32GetDatum((int32) keys[i]);
	ne_pg_work_end(&w);
	*nkeys = (int32) n;
	PG_RETURN_POINTER(result);
}

/* Cached decoded query for the consistent functions (per scan key). */
typedef struct query_cache
{
	ne_arena   *arena;
	ne_query   *q;
	int		   *node_of_key;	/* query key index -> node index */
	int			nkeys;
	int		   *values;			/* scratch, one per node */
	struct varlena *raw;
} query_cache;

/* Allocator of the cache: the function's long-lived context. */
static void *
cache_alloc(void *ctx, size_t n)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, n, MCXT_ALLOC_NO_OOM);
}

/* Nothing to free one by one. */
static void
cache_free(void *ctx, void *p)
{
}

/* The decoded query of the scan, cached in fn_extra. */
static query_cache *
get_cache(FunctionCallInfo fcinfo, Datum qd)
{
	struct varlena *v = PG_DETOAST_DATUM(qd);
	query_cache *c = fcinfo->flinfo->fn_extra;
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

	if (c && VARSIZE_ANY(c->raw) == VARSIZE_ANY(v) &&
		memcmp(c->raw, v, VARSIZE_ANY(v)) == 0)
		return c;
	{
		ne_allocator a = {cache_alloc, cache_free, mcxt};
		uint32	   *term_key;
		bool	   *has_key;
		uint32		i;
		int			k = 0;

		c = MemoryContextAllocZero(mcxt, sizeof(query_cache));
		c->raw = MemoryContextAlloc(mcxt, VARSIZE_ANY(v));
		memcpy(c->raw, v, VARSIZE_ANY(v));
		c->arena = ne_arena_create(&a);
		if (c->arena == NULL)
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		c->q = query_decode(c->arena, c->raw);
		term_key = MemoryContextAlloc(mcxt, c->q->n * sizeof(uint32));
		has_key = MemoryContextAlloc(mcxt, c->q->n * sizeof(bool));
		c->node_of_key = MemoryContextAlloc(mcxt, c->q->n * sizeof(int));
		c->values = MemoryContextAlloc(mcxt, c->q->n * sizeof(int));
		ne_query_term_keys(c->q, term_key, has_key);
		for (i = 0; i < c->q->n; i++)
			if (has_key[i])
				c->node_of_key[k++] = (int) i;
		c->nkeys = k;
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

PG_FUNCTION_INFO_V1(newsdoc_gin_extract_query);
/*
 * GIN extractQuery: one key per term that the index can answer.  When the
 * query could hold with none of them present (a NOT, or a prefix term in
 * an OR), every row is a candidate.
 */
Datum
newsdoc_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	int32	   *search_mode = (int32 *) PG_GETARG_POINTER(6);
	ne_pg_work	w;
	ne_query   *q;
	uint32	   *term_key;
	bool	   *has_key;
	int		   *values;
	uint32		i;
	int32		n = 0;
	Datum	   *keys;

	ne_pg_work_begin(&w);
	q = query_decode(w.arena, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	term_key = palloc(q->n * sizeof(uint32));
	has_key = palloc(q->n * sizeof(bool));
	values = palloc(q->n * sizeof(int));
	ne_query_term_keys(q, term_key, has_key);
	keys = MemoryContextAlloc(w.old, (q->n + 1) * sizeof(Datum));
	for (i = 0; i < q->n; i++)
	{
		values[i] = has_key[i] ? 0 : 2;
		if (has_key[i])
			keys[n++] = Int32GetDatum((int32) term_key[i]);
	}
	if (n == 0 || ne_query_eval_ternary(q, values) != 0)
		*search_mode = GIN_SEARCH_MODE_ALL;
	ne_pg_work_end(&w);
	*nkeys = n;
	PG_RETURN_POINTER(keys);
}

/* Evaluate with the index's answers: present keys are "maybe" (hashes). */
static int
evaluate(query_cache *c, const GinTernaryValue *tern, const bool *check)
{
	uint32		i;
	int			k;

	for (i = 0; i < c->q->n; i++)
		c->values[i] = 2;		/* prefix terms and operators: unknown */
	for (k = 0; k < c->nkeys; k++)
	{
		int			v;

		if (tern)
			v = tern[k] == GIN_FALSE ? 0 : 2;
		else
			v = check[k] ? 2 : 0;
		c->values[c->node_of_key[k]] = v;
	}
	return ne_query_eval_ternary(c->q, c->values);
}

PG_FUNCTION_INFO_V1(newsdoc_gin_consistent);
/* GIN consistent: the query on the present keys; always rechecked. */
Datum
newsdoc_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	query_cache *c = get_cache(fcinfo, PG_GETARG_DATUM(2));

	*recheck = true;
	PG_RETURN_BOOL(evaluate(c, NULL, check) != 0);
}

PG_FUNCTION_INFO_V1(newsdoc_gin_tri_consistent);
/* GIN triConsistent: false only when the query cannot hold. */
Datum
newsdoc_gin_tri_consistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	query_cache *c = get_cache(fcinfo, PG_GETARG_DATUM(2));

	PG_RETURN_GIN_TERNARY_VALUE(evaluate(c, check, NULL) == 0 ? GIN_FALSE : GIN_MAYBE);
}
