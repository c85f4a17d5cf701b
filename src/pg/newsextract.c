/*-------------------------------------------------------------------------
 *
 * newsextract.c
 *	  The PostgreSQL face of the core engine: memory and interrupt glue,
 *	  encodings, the newsdoc type and its I/O, news_analyze, news_version
 *	  and news_name_key.
 *
 *-------------------------------------------------------------------------
 */
#include "pg_common.h"

#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

PG_MODULE_MAGIC;

/* Allocator callbacks: huge allocations allowed, NULL on failure. */
static void *
pg_alloc_cb(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

/* Free callback: the work context is deleted wholesale, so nothing here. */
static void
pg_free_cb(void *ctx, void *ptr)
{
	(void) ctx;
	(void) ptr;
}

/* Interrupt callback: lets a long analysis be cancelled. */
static int
pg_interrupt_cb(void *ctx)
{
	(void) ctx;
	CHECK_FOR_INTERRUPTS();
	return 0;
}

/* Create the working context and arena of one core call. */
void
ne_pg_work_begin(ne_pg_work *w)
{
	ne_allocator a;

	w->old = CurrentMemoryContext;
	w->cxt = AllocSetContextCreate(CurrentMemoryContext, "newsextract work",
								   ALLOCSET_DEFAULT_SIZES);
	a.alloc = pg_alloc_cb;
	a.free = pg_free_cb;
	a.ctx = w->cxt;
	w->arena = ne_arena_create(&a);
	if (w->arena == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory")));
	MemoryContextSwitchTo(w->cxt);
}

/* Release everything the core call allocated. */
void
ne_pg_work_end(ne_pg_work *w)
{
	MemoryContextSwitchTo(w->old);
	MemoryContextDelete(w->cxt);
	w->cxt = NULL;
	w->arena = NULL;
}

/* Raise the error that matches a core status. */
void
ne_pg_report(ne_status st, const char *what)
{
	switch (st)
	{
		case NE_EUTF8:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("invalid byte sequence for encoding \"UTF8\" in %s", what)));
			break;
		case NE_ENOMEM:
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
							errmsg("out of memory in %s", what)));
			break;
		case NE_ETOOBIG:
			ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							errmsg("input of %s is too large", what)));
			break;
		case NE_EINVAL:
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							errmsg("invalid argument to %s", what)));
			break;
		case NE_EFORMAT:
			ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							errmsg("malformed value in %s", what)));
			break;
		case NE_EINTR:
			CHECK_FOR_INTERRUPTS();
			ereport(ERROR, (errcode(ERRCODE_QUERY_CANCELED),
							errmsg("canceling %s", what)));
			break;
		default:
			ereport(ERROR, (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
							errmsg("%s failed: %s", what, ne_status_message(st))));
	}
	pg_unreachable();
}

/*
 * The bytes of a text as UTF-8.  A UTF-8 database hands them over as they
 * are (the server has validated them); SQL_ASCII bytes are validated by
 * the core (22021 when invalid); any other encoding is converted.
 */
const char *
ne_pg_text_utf8(text *t, size_t *len)
{
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		*len = (size_t) n;
		return s;
	}
	{
		char	   *u = pg_server_to_any(s, n, PG_UTF8);

		*len = (u == s) ? (size_t) n : strlen(u);
		return u;
	}
}

/* UTF-8 from the core to a server-encoded C string. */
char *
ne_pg_utf8_to_cstring(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();
	char	   *r;

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return pnstrdup(s, len);
	r = pg_any_to_server(s, (int) len, PG_UTF8);
	if (r == s)
		r = pnstrdup(s, len);
	return r;
}

/* UTF-8 from the core to a server-encoded text. */
text *
ne_pg_utf8_to_text(const char *s, size_t len)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
		return cstring_to_text_with_len(s, (int) len);
	return cstring_to_text(ne_pg_utf8_to_cstring(s, len));
}

/* Run the core over a text. */
ne_doc *
ne_pg_analyze(ne_pg_work *w, text *body, const char *lang,
			  const char *default_zone, unsigned extractors)
{
	ne_options	opts;
	const char *s;
	size_t		len;
	ne_doc	   *doc;
	ne_status	st;

	memset(&opts, 0, sizeof(opts));
	if (lang)
	{
		if (!ne_lang_supported(lang))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unsupported language \"%s\"", lang),
					 errhint("Use one of en, de, fr, es, it, pt, nl, ru, uk, und.")));
		opts.lang = lang;
	}
	if (default_zone)
	{
		int			off;

		if (ne_zone_offset(default_zone, 0, &off) != NE_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" not recognized", default_zone),
					 errhint("Use an IANA name such as Europe/Moscow, or an offset such as +03:00.")));
		opts.default_zone = default_zone;
	}
	opts.interrupt = pg_interrupt_cb;
	s = ne_pg_text_utf8(body, &len);
	st = ne_analyze_some(w->arena, s, len, &opts, extractors, &doc);
	if (st != NE_OK)
		ne_pg_report(st, "news_analyze");
	return doc;
}

/* Decode a stored newsdoc (detoasted) into the work arena. */
ne_doc *
ne_pg_newsdoc_decode(ne_pg_work *w, struct varlena *v)
{
	ne_doc	   *doc;
	ne_status	st;

	st = ne_doc_deserialize(w->arena, (const uint8_t *) VARDATA_ANY(v),
							VARSIZE_ANY_EXHDR(v), &doc);
	if (st == NE_EFORMAT)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("stored newsdoc value is corrupt or of an unknown format version"),
				 errhint("Recompute it with news_analyze().")));
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc");
	return doc;
}

/* Encode a doc as a newsdoc varlena in the caller's memory context. */
struct varlena *
ne_pg_newsdoc_encode(ne_pg_work *w, const ne_doc *doc)
{
	uint8_t    *bytes;
	size_t		n;
	ne_status	st;

	st = ne_doc_serialize(w->arena, doc, &bytes, &n);
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc");
	return ne_pg_bytes_to_varlena(w, bytes, n, "newsdoc");
}

/*
 * A varlena holding bytes the core wrote, in the caller's memory context
 * (it outlives the work context); refused when it would not fit.
 */
struct varlena *
ne_pg_bytes_to_varlena(ne_pg_work *w, const uint8_t *bytes, size_t n, const char *type)
{
	struct varlena *v;

	if (n + VARHDRSZ > MaxAllocSize)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						errmsg("%s value too large", type)));
	v = MemoryContextAlloc(w->old, n + VARHDRSZ);
	SET_VARSIZE(v, n + VARHDRSZ);
	memcpy(VARDATA(v), bytes, n);
	return v;
}

PG_FUNCTION_INFO_V1(newsdoc_in);
/* newsdoc text input: the JSON form. */
Datum
newsdoc_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	ne_pg_work	w;
	ne_doc	   *doc;
	size_t		erroff;
	size_t		len;
	const char *u;
	ne_status	st;
	struct varlena *result;

	ne_pg_work_begin(&w);
	len = strlen(str);
	u = str;
	if (GetDatabaseEncoding() != PG_UTF8 && GetDatabaseEncoding() != PG_SQL_ASCII)
	{
		u = pg_server_to_any(str, (int) len, PG_UTF8);
		len = strlen(u);
	}
	st = ne_doc_from_json(w.arena, u, len, &doc, &erroff);
	if (st == NE_EFORMAT || st == NE_EUTF8)
		ereport(ERROR,
				(errcode(st == NE_EUTF8 ? ERRCODE_CHARACTER_NOT_IN_REPERTOIRE :
						 ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type newsdoc"),
				 erroff == SIZE_MAX ?
				 errdetail("The JSON is well formed, but a field has an unknown name, the wrong type or a value out of range.") :
				 errdetail("JSON syntax error at character %d.",
						   (int) ne_u8_count(u, erroff) + 1)));
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc input");
	result = ne_pg_newsdoc_encode(&w, doc);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

/* The JSON text of a stored doc, in the caller's context (UTF-8). */
static char *
newsdoc_json(struct varlena *v, size_t *len)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	char	   *json;
	char	   *result;
	ne_status	st;

	ne_pg_work_begin(&w);
	doc = ne_pg_newsdoc_decode(&w, v);
	st = ne_doc_to_json(w.arena, doc, &json, len);
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc output");
	MemoryContextSwitchTo(w.old);
	result = ne_pg_utf8_to_cstring(json, *len);
	*len = strlen(result);
	ne_pg_work_end(&w);
	return result;
}

PG_FUNCTION_INFO_V1(newsdoc_out);
/* newsdoc text output: the JSON form. */
Datum
newsdoc_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	size_t		len;

	PG_RETURN_CSTRING(newsdoc_json(v, &len));
}

PG_FUNCTION_INFO_V1(newsdoc_recv);
/*
 * newsdoc binary input: the stored form, version byte first.  Decoded with
 * every length validated and re-encoded, so only canonical values land.
 */
Datum
newsdoc_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	ne_pg_work	w;
	ne_doc	   *doc;
	ne_status	st;
	struct varlena *result;
	int			n = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, n);

	ne_pg_work_begin(&w);
	st = ne_doc_deserialize(w.arena, (const uint8_t *) bytes, (size_t) n, &doc);
	if (st == NE_EFORMAT || st == NE_EUTF8)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary data for type newsdoc")));
	if (st != NE_OK)
		ne_pg_report(st, "newsdoc_recv");
	result = ne_pg_newsdoc_encode(&w, doc);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(newsdoc_send);
/* newsdoc binary output: the stored bytes. */
Datum
newsdoc_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(newsdoc_to_jsonb);
/* Cast newsdoc to jsonb through the JSON form. */
Datum
newsdoc_to_jsonb(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	size_t		len;
	char	   *json = newsdoc_json(v, &len);

	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
}

/* Shared body of the news_analyze variants. */
static Datum
analyze_common(text *body, const char *lang)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	struct varlena *result;

	ne_pg_work_begin(&w);
	doc = ne_pg_analyze(&w, body, lang, NULL, NE_X_ALL);
	result = ne_pg_newsdoc_encode(&w, doc);
	ne_pg_work_end(&w);
	PG_RETURN_POINTER(result);
}

PG_FUNCTION_INFO_V1(news_analyze);
/* news_analyze(text): the whole analysis as a newsdoc. */
Datum
news_analyze(PG_FUNCTION_ARGS)
{
	return analyze_common(PG_GETARG_TEXT_PP(0), NULL);
}

PG_FUNCTION_INFO_V1(news_analyze_lang);
/* news_analyze(text, lang): the same with the language given. */
Datum
news_analyze_lang(PG_FUNCTION_ARGS)
{
	char	   *lang = text_to_cstring(PG_GETARG_TEXT_PP(1));

	return analyze_common(PG_GETARG_TEXT_PP(0), lang);
}

PG_FUNCTION_INFO_V1(news_version);
/* Extractor and ICU versions. */
Datum
news_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(ne_version_string()));
}

PG_FUNCTION_INFO_V1(news_name_key);
/* The normalized key used to match person names. */
Datum
news_name_key(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	ne_pg_work	w;
	const char *s;
	size_t		len,
				klen;
	char	   *key;
	ne_status	st;
	text	   *result;

	ne_pg_work_begin(&w);
	s = ne_pg_text_utf8(t, &len);
	st = ne_name_key(w.arena, s, len, &key, &klen);
	if (st != NE_OK)
		ne_pg_report(st, "news_name_key");
	MemoryContextSwitchTo(w.old);
	result = ne_pg_utf8_to_text(key, klen);
	ne_pg_work_end(&w);
	PG_RETURN_TEXT_P(result);
}

PG_FUNCTION_INFO_V1(newsdoc_lang);
/* The language the analysis used. */
Datum
newsdoc_lang(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	ne_pg_work	w;
	ne_doc	   *doc;
	text	   *result;

	ne_pg_work_begin(&w);
	doc = ne_pg_newsdoc_decode(&w, v);
	MemoryContextSwitchTo(w.old);
	result = cstring_to_text(doc->lang);
	ne_pg_work_end(&w);
	PG_RETURN_TEXT_P(result);
}
