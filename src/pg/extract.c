/*-------------------------------------------------------------------------
 *
 * extract.c
 *	  SQL functions that return one part of the analysis (datelines,
 *	  quotes, timestamps) from a text or from a stored newsdoc, as the
 *	  composite types news_dateline, news_quote and news_timestamp.
 *	  Set-returning functions use materialize mode.
 *
 *-------------------------------------------------------------------------
 */
#include "pg_common.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"
#include "catalog/pg_type.h"
#include "utils/array.h"

/* Seconds from the Unix epoch to PostgreSQL's (2000-01-01). */
#define PG_UNIX_EPOCH_DIFF INT64CONST(946684800)

/* A timestamptz from UTC seconds since 1970. */
static TimestampTz
utc_to_timestamptz(int64 secs)
{
	return (TimestampTz) ((secs - PG_UNIX_EPOCH_DIFF) * USECS_PER_SEC);
}

/* A text datum from a core string, or a NULL flag. */
static Datum
text_or_null(const char *s, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	return PointerGetDatum(ne_pg_utf8_to_text(s, strlen(s)));
}

/* 1-based start and length of a span, or NULLs. */
static void
span_datums(ne_span sp, Datum *v, bool *n)
{
	if (sp.start < 0)
	{
		n[0] = n[1] = true;
		v[0] = v[1] = (Datum) 0;
		return;
	}
	n[0] = n[1] = false;
	v[0] = Int32GetDatum(sp.start + 1);
	v[1] = Int32GetDatum(sp.length);
}

/* The analysis of argument 0, a text, with the chosen extractors. */
static ne_doc *
doc_of_text(FunctionCallInfo fcinfo, ne_pg_work *w, unsigned extractors,
			const char *zone)
{
	return ne_pg_analyze(w, PG_GETARG_TEXT_PP(0), NULL, zone, extractors);
}

/* The analysis stored in argument 0, a newsdoc. */
static ne_doc *
doc_of_newsdoc(FunctionCallInfo fcinfo, ne_pg_work *w)
{
	return ne_pg_newsdoc_decode(w, PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
}

/* Build a news_dateline row (in the caller's context). */
static Datum
dateline_datum(FunctionCallInfo fcinfo, const ne_dateline *d)
{
	TupleDesc	desc;
	Datum		v[8];
	bool		n[8];

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						errmsg("function returning a row called in a context that cannot accept one")));
	desc = BlessTupleDesc(desc);
	v[0] = text_or_null(d->place, &n[0]);
	v[1] = text_or_null(d->region, &n[1]);
	v[2] = text_or_null(d->agency, &n[2]);
	n[3] = n[4] = d->month == 0;
	v[3] = Int32GetDatum(d->month);
	v[4] = Int32GetDatum(d->day);
	v[5] = text_or_null(d->text, &n[5]);
	span_datums(d->span, &v[6], &n[6]);
	return HeapTupleGetDatum(heap_form_tuple(desc, v, n));
}

/* Shared body of news_dateline(text) and dateline(newsdoc). */
static Datum
dateline_common(FunctionCallInfo fcinfo, bool from_doc)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	Datum		result;

	ne_pg_work_begin(&w);
	doc = from_doc ? doc_of_newsdoc(fcinfo, &w) :
		doc_of_text(fcinfo, &w, NE_X_DATELINE, NULL);
	if (doc->dateline == NULL)
	{
		ne_pg_work_end(&w);
		PG_RETURN_NULL();
	}
	MemoryContextSwitchTo(w.old);
	result = dateline_datum(fcinfo, doc->dateline);
	ne_pg_work_end(&w);
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(news_dateline);
/* news_dateline(text): the dateline that opens the story, or NULL. */
Datum
news_dateline(PG_FUNCTION_ARGS)
{
	return dateline_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(newsdoc_dateline);
/* dateline(newsdoc) */
Datum
newsdoc_dateline(PG_FUNCTION_ARGS)
{
	return dateline_common(fcinfo, true);
}

/* Put every quote of a doc into the materialized result. */
static void
put_quotes(FunctionCallInfo fcinfo, const ne_doc *doc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	uint32		i;

	for (i = 0; i < doc->n_quotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];
		Datum		v[13];
		bool		n[13];

		v[0] = text_or_null(q->text, &n[0]);
		span_datums(q->span, &v[1], &n[1]);
		v[3] = text_or_null(ne_quote_kind_name(q->kind), &n[3]);
		v[4] = text_or_null(q->speaker, &n[4]);
		v[5] = text_or_null(q->speaker_as_written, &n[5]);
		span_datums(q->speaker_span, &v[6], &n[6]);
		v[8] = text_or_null(q->cue, &n[8]);
		span_datums(q->cue_span, &v[9], &n[9]);
		v[11] = Int32GetDatum(q->paragraph);
		n[11] = q->paragraph <= 0;
		v[12] = Int32GetDatum(q->nested_in);
		n[12] = q->nested_in <= 0;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
}

/* Shared body of news_quotes(text) and quotes(newsdoc). */
static Datum
quotes_common(FunctionCallInfo fcinfo, bool from_doc)
{
	ne_pg_work	w;
	ne_doc	   *doc;

	InitMaterializedSRF(fcinfo, 0);
	ne_pg_work_begin(&w);
	doc = from_doc ? doc_of_newsdoc(fcinfo, &w) :
		doc_of_text(fcinfo, &w, NE_X_QUOTES, NULL);
	MemoryContextSwitchTo(w.old);
	put_quotes(fcinfo, doc);
	ne_pg_work_end(&w);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(news_quotes);
/* news_quotes(text): direct, mixed, partial and indirect quotes. */
Datum
news_quotes(PG_FUNCTION_ARGS)
{
	return quotes_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(newsdoc_quotes);
/* quotes(newsdoc) */
Datum
newsdoc_quotes(PG_FUNCTION_ARGS)
{
	return quotes_common(fcinfo, true);
}

/* Put every timestamp of a doc into the materialized result. */
static void
put_timestamps(FunctionCallInfo fcinfo, const ne_doc *doc)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	uint32		i;

	for (i = 0; i < doc->n_timestamps; i++)
	{
		const ne_timestamp *t = &doc->timestamps[i];
		Datum		v[8];
		bool		n[8];

		v[0] = text_or_null(ne_ts_kind_name(t->kind), &n[0]);
		v[1] = TimestampTzGetDatum(utc_to_timestamptz(t->utc_seconds));
		n[1] = false;
		v[2] = BoolGetDatum((t->flags & NE_TS_DATE_ONLY) != 0);
		v[3] = BoolGetDatum((t->flags & NE_TS_ZONE_ASSUMED) != 0);
		v[4] = BoolGetDatum((t->flags & NE_TS_AMBIGUOUS) != 0);
		n[2] = n[3] = n[4] = false;
		v[5] = text_or_null(t->text, &n[5]);
		span_datums(t->span, &v[6], &n[6]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, n);
	}
}

/* The zone argument (1) as a C string, validated by the core. */
static char *
zone_arg(FunctionCallInfo fcinfo)
{
	if (PG_NARGS() < 2)
		return NULL;
	return text_to_cstring(PG_GETARG_TEXT_PP(1));
}

/* Shared body of news_timestamps(text, zone) and timestamps(newsdoc). */
static Datum
timestamps_common(FunctionCallInfo fcinfo, bool from_doc)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	char	   *zone = from_doc ? NULL : zone_arg(fcinfo);

	InitMaterializedSRF(fcinfo, 0);
	ne_pg_work_begin(&w);
	doc = from_doc ? doc_of_newsdoc(fcinfo, &w) :
		doc_of_text(fcinfo, &w, NE_X_TIMESTAMPS, zone);
	MemoryContextSwitchTo(w.old);
	put_timestamps(fcinfo, doc);
	ne_pg_work_end(&w);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(news_timestamps);
/* news_timestamps(text, default_zone): every printed publication/update time. */
Datum
news_timestamps(PG_FUNCTION_ARGS)
{
	return timestamps_common(fcinfo, false);
}

PG_FUNCTION_INFO_V1(newsdoc_timestamps);
/* timestamps(newsdoc) */
Datum
newsdoc_timestamps(PG_FUNCTION_ARGS)
{
	return timestamps_common(fcinfo, true);
}

/*
 * The publication time (earliest "published") or the latest update of a
 * doc; false when there is none.
 */
static bool
pick_time(const ne_doc *doc, bool updated, TimestampTz *out)
{
	const ne_timestamp *best = NULL;
	uint32		i;

	for (i = 0; i < doc->n_timestamps; i++)
	{
		const ne_timestamp *t = &doc->timestamps[i];

		if (t->kind != (updated ? NE_TS_UPDATED : NE_TS_PUBLISHED))
			continue;
		if (best == NULL || (updated ? t->utc_seconds > best->utc_seconds :
							 t->utc_seconds < best->utc_seconds))
			best = t;
	}
	if (best == NULL)
		return false;
	*out = utc_to_timestamptz(best->utc_seconds);
	return true;
}

/* Shared body of news_published/news_updated and published/updated(newsdoc). */
static Datum
time_common(FunctionCallInfo fcinfo, bool from_doc, bool updated)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	TimestampTz ts;
	bool		found;
	char	   *zone = from_doc ? NULL : zone_arg(fcinfo);

	ne_pg_work_begin(&w);
	doc = from_doc ? doc_of_newsdoc(fcinfo, &w) :
		doc_of_text(fcinfo, &w, NE_X_TIMESTAMPS, zone);
	found = pick_time(doc, updated, &ts);
	ne_pg_work_end(&w);
	if (!found)
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMPTZ(ts);
}

PG_FUNCTION_INFO_V1(news_published);
/* news_published(text, default_zone) */
Datum
news_published(PG_FUNCTION_ARGS)
{
	return time_common(fcinfo, false, false);
}

PG_FUNCTION_INFO_V1(news_updated);
/* news_updated(text, default_zone): the latest update. */
Datum
news_updated(PG_FUNCTION_ARGS)
{
	return time_common(fcinfo, false, true);
}

PG_FUNCTION_INFO_V1(newsdoc_published);
/* published(newsdoc) */
Datum
newsdoc_published(PG_FUNCTION_ARGS)
{
	return time_common(fcinfo, true, false);
}

PG_FUNCTION_INFO_V1(newsdoc_updated);
/* updated(newsdoc) */
Datum
newsdoc_updated(PG_FUNCTION_ARGS)
{
	return time_common(fcinfo, true, true);
}

typedef struct speaker_ref
{
	const char *name;
	uint32		index;
} speaker_ref;

/* Order by name, then by first position. */
static int
cmp_speaker_ref(const void *a, const void *b)
{
	const speaker_ref *x = a,
			   *y = b;
	int			c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	return (x->index > y->index) - (x->index < y->index);
}

/* Order by position. */
static int
cmp_speaker_index(const void *a, const void *b)
{
	const speaker_ref *x = a,
			   *y = b;

	return (x->index > y->index) - (x->index < y->index);
}

PG_FUNCTION_INFO_V1(newsdoc_speakers);
/* speakers(newsdoc): the distinct speakers, in order of first quote. */
Datum
newsdoc_speakers(PG_FUNCTION_ARGS)
{
	ne_pg_work	w;
	ne_doc	   *doc;
	Datum	   *elems;
	speaker_ref *refs;
	int			n = 0,
				m = 0,
				k;
	uint32		i;
	ArrayType  *arr;

	ne_pg_work_begin(&w);
	doc = doc_of_newsdoc(fcinfo, &w);
	refs = palloc(sizeof(speaker_ref) * (doc->n_quotes + 1));
	for (i = 0; i < doc->n_quotes; i++)
		if (doc->quotes[i].speaker)
		{
			refs[n].name = doc->quotes[i].speaker;
			refs[n].index = i;
			n++;
		}
	/* sort by name to drop repeats (n log n), then back to text order */
	qsort(refs, n, sizeof(speaker_ref), cmp_speaker_ref);
	for (k = 0; k < n; k++)
		if (k == 0 || strcmp(refs[k].name, refs[m - 1].name) != 0)
			refs[m++] = refs[k];
	qsort(refs, m, sizeof(speaker_ref), cmp_speaker_index);
	MemoryContextSwitchTo(w.old);
	elems = palloc(sizeof(Datum) * (m + 1));
	for (k = 0; k < m; k++)
		elems[k] = PointerGetDatum(ne_pg_utf8_to_text(refs[k].name, strlen(refs[k].name)));
	ne_pg_work_end(&w);
	arr = construct_array(elems, m, TEXTOID, -1, false, TYPALIGN_INT);
	PG_RETURN_ARRAYTYPE_P(arr);
}
