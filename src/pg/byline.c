/*-------------------------------------------------------------------------
 *
 * byline.c
 *	  The byline type: I/O, comparison on the normalized form (name keys),
 *	  hashing, containment (@>, <@) and overlap (&&), casts, accessors,
 *	  news_byline(), and GIN support with hashed int4 keys.
 *
 *-------------------------------------------------------------------------
 */
#include "pg_common.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#define BYLINE_CONTAINS_STRATEGY	7	/* @> */
#define BYLINE_OVERLAP_STRATEGY		3	/* && */
#define BYLINE_CONTAINED_STRATEGY	8	/* <@ */

/* A decoded byline with its keys. */
typedef struct pg_byline
{
	ne_byline  *bl;
	char	  **ak;
	char	  **gk;
} pg_byline;

/* Decode a stored byline into the work arena. */
static pg_byline
decode(ne_pg_work *w, Datum d)
{
	struct varlena *v = PG_DETOAST_DATUM(d);
	pg_byline	r;
	ne_status	st;

	st = ne_byline_deserialize(w->arena, (const uint8_t *) VARDATA_ANY(v),
							   VARSIZE_ANY_EXHDR(v), &r.bl, &r.ak, &r.gk);
	if (st == NE_EFORMAT)
		ereport(ERROR, (errcode(ERRCODE_DATA_CORRUPTED),
						errmsg("stored byline value is corrupt or of an unknown format version")));
	if (st != NE_OK)
		ne_pg_report(st, "byline");
	return r;
}

/* Normalize and encode a byline as a varlena in the caller's context. */
static struct varlena *
encode(ne_pg_work *w, ne_byline *bl, const char *what)
{
	char	  **ak,
			  **gk;
	uint8_t    *bytes;
	size_t		n;
	ne_status	st;

	st = ne_byline_normalize(w->arena, bl, &ak, &gk);
	if (st == NE_EFORMAT)
		ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						errmsg("invalid input syntax for type byline"),
						errdetail("A name or agency has no letters or digits.")));
	if (st != NE_OK)
		ne_pg_report(st, what);
	st = ne_byline_serialize(w->arena, bl, ak, gk, &bytes, &n);
	if (st != NE_OK)
		ne_pg_report(st, what);
	return ne_pg_bytes_to_varlena(w, bytes, n, "byline");
}

/* Encode a byline found by the analysis (or NULL). */
struct varlena *ne_pg_byline_from_doc(ne_pg_work *w, const ne_doc *doc);

struct varlena *
ne_pg_byline_from_doc(ne_pg_work *w, const ne_doc *doc)
{
	if (doc->byline == NULL)
		return NULL;
	return encode(w, doc->byline, "news_byline");
}

PG_FUNCTION_INFO_V1(byline_in);
/* byline text input: "Name [role]; Name | Agency; Agency". */
Datum
byline_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ne_pg_work	w;
	ne_byline  *bl;
	size_t		erroff,
				len = strlen(str);
	const char *u = str;
	ne_status	st;
	struct varlena *result;

	ne_pg_work_begin(&w);
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		u = pg_server_to_any(str, (int) len, PG_UTF8);
		len = strlen(u);
	}
	st = ne_byline_parse(w.arena, u, len, &bl, &erroff);
	if (st == NE_EFORMAT || st == NE_EUTF8)
		ereport(ERROR,
				(errcode(st == NE_EUTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE :
						 ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type byline: \"%s\"", str),
				 errdetail("Error at character %d.", (int) ne_u8_count(u, erroff) + 1),
				 errhint("Write people as \"Name [role]; Name\", then \"| Agency; Agency\".")));
	if (st != NE_OK)
		ne_pg_report(st, "byline input");
	result = encode(&w, bl, "byline input");
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(byline_out);
/* byline text output. */
Datum
byline_out(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	pg_byline	b;
	char	   *s,
			   *result;
	size_t		n;

	ne_pg_work_begin(&w);
	b = decode(&w, PG_GETARG_DATUM(0));
	if (ne_byline_format(w.arena, b.bl, &s, &n) != NE_OK)
		ne_pg_report(NE_ENOMEM, "byline output");
	MemoryContextSwitchTo(w.old);
	result = ne_pg_utf8_to_cstring(s, n);
	ne_pg_work_end(&w);
	PG_RETURN_CSTRING(result);
}

PG_FUNCTION_INFO_V1(byline_recv);
/*
 * byline binary input: decoded with every count bounded, then rebuilt
 * through the same normalization as text input (keys are recomputed).
 */
Datum
byline_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, n);
	ne_pg_work	w;
	ne_byline  *bl;
	char	  **ak,
			  **gk;
	ne_status	st;
	struct varlena *result;

	ne_pg_work_begin(&w);
	st = ne_byline_deserialize(w.arena, (const uint8_t *) bytes, (size_t) n, &bl, &ak, &gk);
	if (st == NE_EFORMAT)
		ereport(ERROR, (errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
						errmsg("invalid binary data for type byline")));
	if (st != NE_OK)
		ne_pg_report(st, "byline_recv");
	result = encode(&w, bl, "byline_recv");
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(byline_send);
/* byline binary output: the stored bytes. */
Datum
byline_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* qsort comparator for C strings. */
static int
cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * The normalized form as bytes: sorted "key\x01role" of the people, a
 * separator, sorted agency keys.  Equality, order and hashing use it.
 */
static StringInfo
sort_key(const pg_byline *b)
{
	StringInfo	s = makeStringInfo();
	char	  **items = palloc((b->bl->n_authors + b->bl->n_agencies + 1) * sizeof(char *));
	uint32		i;

	for (i = 0; i < b->bl->n_authors; i++)
		items[i] = psprintf("%s\x01%c", b->ak[i], 'a' + b->bl->authors[i].role);
	qsort(items, b->bl->n_authors, sizeof(char *), cmp_cstr);
	for (i = 0; i < b->bl->n_authors; i++)
		appendBinaryStringInfo(s, items[i], strlen(items[i]) + 1);
	appendStringInfoChar(s, '\x02');
	for (i = 0; i < b->bl->n_agencies; i++)
		items[i] = b->gk[i];
	qsort(items, b->bl->n_agencies, sizeof(char *), cmp_cstr);
	for (i = 0; i < b->bl->n_agencies; i++)
		appendBinaryStringInfo(s, items[i], strlen(items[i]) + 1);
	return s;
}

/* Compare two bylines by their normalized forms. */
static int
byline_compare(FunctionCallInfo fcinfo)
{
	ne_pg_work	w;
	pg_byline	a,
				b;
	StringInfo	ka,
				kb;
	int			c;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	b = decode(&w, PG_GETARG_DATUM(1));
	ka = sort_key(&a);
	kb = sort_key(&b);
	c = memcmp(ka->data, kb->data, Min(ka->len, kb->len));
	if (c == 0)
		c = (ka->len > kb->len) - (ka->len < kb->len);
	ne_pg_work_end(&w);
	return c;
}

PG_FUNCTION_INFO_V1(byline_cmp);
/* btree support: order on the normalized form. */
Datum
byline_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(byline_compare(fcinfo));
}

#define BYLINE_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) { PG_RETURN_BOOL(byline_compare(fcinfo) op 0); }

/* Comparison operators on the normalized form. */
BYLINE_CMP_FN(byline_eq, ==)
BYLINE_CMP_FN(byline_ne, !=)
BYLINE_CMP_FN(byline_lt, <)
BYLINE_CMP_FN(byline_le, <=)
BYLINE_CMP_FN(byline_gt, >)
BYLINE_CMP_FN(byline_ge, >=)

PG_FUNCTION_INFO_V1(byline_equalimage);
/* btree equalimage: equal bylines may be stored differently ("José" vs "JOSE"). */
Datum
byline_equalimage(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(false);
}

/* Hash of the normalized form with a seed. */
static uint64
byline_hash_common(FunctionCallInfo fcinfo, uint64 seed)
{
	ne_pg_work	w;
	pg_byline	a;
	StringInfo	k;
	uint64		h;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	k = sort_key(&a);
	h = DatumGetUInt64(hash_any_extended((unsigned char *) k->data, k->len, seed));
	ne_pg_work_end(&w);
	return h;
}

PG_FUNCTION_INFO_V1(byline_hash);
/* hash support 1. */
Datum
byline_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) byline_hash_common(fcinfo, 0));
}

PG_FUNCTION_INFO_V1(byline_hash_extended);
/* hash support 2 (extended, seeded): needed by hash partitioning. */
Datum
byline_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) byline_hash_common(fcinfo, (uint64) PG_GETARG_INT64(1)));
}

/* Is key among keys[0..n)? */
static bool
has_key(char **keys, uint32 n, const char *key)
{
	uint32		i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return true;
	return false;
}

/* Does a credit every person and agency of b (by name key)? */
static bool
contains(const pg_byline *a, const pg_byline *b)
{
	uint32		i;

	for (i = 0; i < b->bl->n_authors; i++)
		if (!has_key(a->ak, a->bl->n_authors, b->ak[i]))
			return false;
	for (i = 0; i < b->bl->n_agencies; i++)
		if (!has_key(a->gk, a->bl->n_agencies, b->gk[i]))
			return false;
	return true;
}

/* Do a and b share a person or an agency (by name key)? */
static bool
overlaps(const pg_byline *a, const pg_byline *b)
{
	uint32		i;

	for (i = 0; i < b->bl->n_authors; i++)
		if (has_key(a->ak, a->bl->n_authors, b->ak[i]))
			return true;
	for (i = 0; i < b->bl->n_agencies; i++)
		if (has_key(a->gk, a->bl->n_agencies, b->gk[i]))
			return true;
	return false;
}

typedef enum byline_relation
{
	REL_CONTAINS,
	REL_CONTAINED,
	REL_OVERLAPS
} byline_relation;

/* Shared body of @>, <@ and &&: decode both arguments, test the relation. */
static Datum
byline_relate(FunctionCallInfo fcinfo, byline_relation rel)
{
	ne_pg_work	w;
	pg_byline	a,
				b;
	bool		r;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	b = decode(&w, PG_GETARG_DATUM(1));
	if (rel == REL_CONTAINS)
		r = contains(&a, &b);
	else if (rel == REL_CONTAINED)
		r = contains(&b, &a);
	else
		r = overlaps(&a, &b);
	ne_pg_work_end(&w);
	PG_RETURN_BOOL(r);
}

PG_FUNCTION_INFO_V1(byline_contains);
/* byline @> byline */
Datum
byline_contains(PG_FUNCTION_ARGS)
{
	return byline_relate(fcinfo, REL_CONTAINS);
}

PG_FUNCTION_INFO_V1(byline_contained);
/* byline <@ byline */
Datum
byline_contained(PG_FUNCTION_ARGS)
{
	return byline_relate(fcinfo, REL_CONTAINED);
}

PG_FUNCTION_INFO_V1(byline_overlaps);
/* byline && byline: a shared person or agency. */
Datum
byline_overlaps(PG_FUNCTION_ARGS)
{
	return byline_relate(fcinfo, REL_OVERLAPS);
}

/* A text[] of strings (UTF-8) in the caller's context. */
static ArrayType *
text_array(char **items, uint32 n, MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	Datum	   *d = palloc((n + 1) * sizeof(Datum));
	uint32		i;
	ArrayType  *arr;

	for (i = 0; i < n; i++)
		d[i] = PointerGetDatum(ne_pg_utf8_to_text(items[i], strlen(items[i])));
	arr = construct_array(d, (int) n, TEXTOID, -1, false, TYPALIGN_INT);
	MemoryContextSwitchTo(old);
	return arr;
}

PG_FUNCTION_INFO_V1(byline_names);
/* names(byline) and the cast to text[]: the people as printed. */
Datum
byline_names(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	pg_byline	a;
	char	  **names;
	uint32		i;
	ArrayType  *arr;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	names = palloc((a.bl->n_authors + 1) * sizeof(char *));
	for (i = 0; i < a.bl->n_authors; i++)
		names[i] = a.bl->authors[i].name;
	arr = text_array(names, a.bl->n_authors, w.old);
	ne_pg_work_end(&w);
	PG_RETURN_ARRAYTYPE_P(arr);
}

PG_FUNCTION_INFO_V1(byline_agencies);
/* agencies(byline) */
Datum
byline_agencies(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	pg_byline	a;
	ArrayType  *arr;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	arr = text_array(a.bl->agencies, a.bl->n_agencies, w.old);
	ne_pg_work_end(&w);
	PG_RETURN_ARRAYTYPE_P(arr);
}

PG_FUNCTION_INFO_V1(byline_to_jsonb);
/* byline::jsonb in the shape of news_analyze's "byline". */
Datum
byline_to_jsonb(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	pg_byline	a;
	ne_doc		doc;
	char	   *json,
			   *out;
	size_t		n;
	char	   *start,
			   *end;

	ne_pg_work_begin(&w);
	a = decode(&w, PG_GETARG_DATUM(0));
	memset(&doc, 0, sizeof(doc));
	strcpy(doc.lang, "und");
	doc.byline = a.bl;
	if (ne_doc_to_json(w.arena, &doc, &json, &n) != NE_OK)
		ne_pg_report(NE_ENOMEM, "byline");
	/* the "byline" member of the document's JSON */
	start = strstr(json, "\"byline\": ") + strlen("\"byline\": ");
	end = strstr(start, ", \"dateline\": ");
	MemoryContextSwitchTo(w.old);
	out = ne_pg_utf8_to_cstring(start, end - start);
	ne_pg_work_end(&w);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(out));
}

/* Shared body of news_byline(text) and byline(newsdoc). */
static Datum
byline_of(FunctionCallInfo fcinfo, bool from_doc)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	struct varlena *v;

	ne_pg_work_begin(&w);
	if (from_doc)
		doc = ne_pg_newsdoc_decode(&w, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	else
		doc = ne_pg_analyze(&w, PG_GETARG_TEXT_PP(0), NULL, NULL, NE_X_BYLINE);
	v = ne_pg_byline_from_doc(&w, doc);
	ne_pg_work_end(&w);
	if (v == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(news_byline);
/* news_byline(text): who the article credits, or NULL. */
Datum
news_byline(PG_FUNCTION_ARGS)
{
	return byline_of(fcinfo, false);
}

PG_FUNCTION_INFO_V1(newsdoc_byline);
/* byline(newsdoc) */
Datum
newsdoc_byline(PG_FUNCTION_ARGS)
{
	return byline_of(fcinfo, true);
}

/* ---------------------------------------------------------------- GIN */

/* GIN keys: hashed "p:key" for people and "a:key" for agencies. */
static Datum *
gin_keys(const pg_byline *b, int32 *nkeys)
{
	Datum	   *keys = palloc((b->bl->n_authors + b->bl->n_agencies + 1) * sizeof(Datum));
	uint32		i;
	int32		n = 0;

	for (i = 0; i < b->bl->n_authors; i++)
	{
		char	   *k = psprintf("p:%s", b->ak[i]);

		keys[n++] = Int32GetDatum((int32) hash_bytes((unsigned char *) k, strlen(k)));
	}
	for (i = 0; i < b->bl->n_agencies; i++)
	{
		char	   *k = psprintf("a:%s", b->gk[i]);

		keys[n++] = Int32GetDatum((int32) hash_bytes((unsigned char *) k, strlen(k)));
	}
	*nkeys = n;
	return keys;
}

PG_FUNCTION_INFO_V1(byline_gin_extract_value);
/* GIN extractValue: the keys of an indexed byline. */
Datum
byline_gin_extract_value(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	ne_pg_work	w;
	pg_byline	b;
	Datum	   *keys;
	MemoryContext old = CurrentMemoryContext;

	ne_pg_work_begin(&w);
	b = decode(&w, PG_GETARG_DATUM(0));
	MemoryContextSwitchTo(old);
	keys = gin_keys(&b, nkeys);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(keys);
}

PG_FUNCTION_INFO_V1(byline_gin_extract_query);
/* GIN extractQuery: the keys of the query byline; @> of nothing matches all. */
Datum
byline_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *search_mode = (int32 *) PG_GETARG_POINTER(6);
	ne_pg_work	w;
	pg_byline	b;
	Datum	   *keys;
	MemoryContext old = CurrentMemoryContext;

	ne_pg_work_begin(&w);
	b = decode(&w, PG_GETARG_DATUM(0));
	MemoryContextSwitchTo(old);
	keys = gin_keys(&b, nkeys);
	ne_pg_work_end(&w);
	if (*nkeys == 0 && strategy == BYLINE_CONTAINS_STRATEGY)
		*search_mode = GIN_SEARCH_MODE_ALL;
	PG_RETURN_POINTER(keys);
}

PG_FUNCTION_INFO_V1(byline_gin_consistent);
/* GIN consistent: @> needs every key, && any; hashed keys always recheck. */
Datum
byline_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int32		i;

	*recheck = true;
	if (strategy == BYLINE_CONTAINS_STRATEGY)
	{
		for (i = 0; i < nkeys; i++)
			if (!check[i])
				PG_RETURN_BOOL(false);
		PG_RETURN_BOOL(true);
	}
	for (i = 0; i < nkeys; i++)
		if (check[i])
			PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}
