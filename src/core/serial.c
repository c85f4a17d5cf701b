/*-------------------------------------------------------------------------
 *
 * serial.c
 *	  The compact binary form of an analysis (the on-disk newsdoc and its
 *	  send/recv form).
 *
 * Layout, version 1: a version byte, then the language, a presence byte,
 * the byline, the dateline, the timestamps and the quotes.  Integers are
 * LEB128 varints (signed ones zig-zagged); strings are a varint of
 * length+1 (0 for NULL) and their bytes; spans a varint start+1 (0 for
 * none) and a varint length.  The decoder checks every count against a
 * constant maximum and against the bytes left, every string for valid
 * UTF-8 without NUL, and every enum for its range, so hostile bytes give
 * NE_EFORMAT and never a crash.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#define MAX_ITEMS	(1u << 22)	/* authors, agencies, timestamps, quotes */
#define MAX_PARTS	(1u << 16)

/*
 * Is a timestamp storable: a known kind and flags, years 2..9998 (so that
 * any offset still prints a 4-digit year), an offset within 18 hours, a
 * date alone at midnight UTC?  Both the binary and the JSON readers apply
 * this, so every accepted value prints and reads back.
 */
bool
ne_timestamp_valid(const ne_timestamp *t)
{
	if (t->kind >= NE_TS_KIND_COUNT || (t->flags & ~7))
		return false;
	if (t->offset_minutes < -1080 || t->offset_minutes > 1080)
		return false;
	if (t->utc_seconds < -62104060800LL || t->utc_seconds > 253370764800LL)
		return false;
	if ((t->flags & NE_TS_DATE_ONLY) &&
		(t->offset_minutes != 0 || t->utc_seconds % 86400 != 0))
		return false;
	return true;
}

/* ---------------------------------------------------------------- writer */

/* Append an unsigned varint. */
static void
put_uv(ne_buf *b, uint64_t v)
{
	char		tmp[10];
	size_t		n = 0;

	do
	{
		uint8_t		byte = v & 0x7F;

		v >>= 7;
		if (v)
			byte |= 0x80;
		tmp[n++] = (char) byte;
	} while (v);
	ne_buf_append(b, tmp, n);
}

/* Append a signed varint (zig-zag). */
static void
put_sv(ne_buf *b, int64_t v)
{
	put_uv(b, ((uint64_t) v << 1) ^ (v < 0 ? UINT64_MAX : 0));
}

/* Append a string or NULL. */
static void
put_str(ne_buf *b, const char *s)
{
	if (s == NULL)
	{
		put_uv(b, 0);
		return;
	}
	put_uv(b, (uint64_t) strlen(s) + 1);
	ne_buf_puts(b, s);
}

/* Append a span. */
static void
put_span(ne_buf *b, ne_span sp)
{
	put_uv(b, sp.start < 0 ? 0 : (uint64_t) sp.start + 1);
	put_uv(b, sp.start < 0 || sp.length < 0 ? 0 : (uint64_t) sp.length);
}

/* Serialize a doc into a fresh arena buffer. */
ne_status
ne_doc_serialize(ne_arena *arena, const ne_doc *doc, uint8_t **out,
				 size_t *out_len)
{
	ne_buf		b;
	uint32_t	i,
				k;

	ne_buf_init(&b, arena, 256);
	ne_buf_putc(&b, NE_FORMAT_VERSION);
	put_str(&b, doc->lang);
	ne_buf_putc(&b, (char) ((doc->byline ? 1 : 0) | (doc->dateline ? 2 : 0)));
	if (doc->byline)
	{
		put_uv(&b, doc->byline->n_authors);
		for (i = 0; i < doc->byline->n_authors; i++)
		{
			put_str(&b, doc->byline->authors[i].name);
			ne_buf_putc(&b, (char) doc->byline->authors[i].role);
		}
		put_uv(&b, doc->byline->n_agencies);
		for (i = 0; i < doc->byline->n_agencies; i++)
			put_str(&b, doc->byline->agencies[i]);
	}
	if (doc->dateline)
	{
		const ne_dateline *d = doc->dateline;

		put_str(&b, d->place);
		put_str(&b, d->region);
		put_str(&b, d->agency);
		put_uv(&b, (uint64_t) d->year);
		ne_buf_putc(&b, (char) d->month);
		ne_buf_putc(&b, (char) d->day);
		put_str(&b, d->text);
		put_span(&b, d->span);
	}
	put_uv(&b, doc->n_timestamps);
	for (i = 0; i < doc->n_timestamps; i++)
	{
		const ne_timestamp *t = &doc->timestamps[i];

		ne_buf_putc(&b, (char) t->kind);
		ne_buf_putc(&b, (char) t->flags);
		put_sv(&b, t->offset_minutes);
		put_sv(&b, t->utc_seconds);
		put_str(&b, t->text);
		put_span(&b, t->span);
	}
	put_uv(&b, doc->n_quotes);
	for (i = 0; i < doc->n_quotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];

		put_str(&b, q->text);
		put_span(&b, q->span);
		ne_buf_putc(&b, (char) q->kind);
		put_str(&b, q->speaker);
		put_str(&b, q->speaker_as_written);
		put_span(&b, q->speaker_span);
		put_str(&b, q->cue);
		put_span(&b, q->cue_span);
		put_uv(&b, (uint64_t) (q->paragraph < 0 ? 0 : q->paragraph));
		put_uv(&b, (uint64_t) (q->nested_in < 0 ? 0 : q->nested_in));
		put_uv(&b, q->n_parts);
		for (k = 0; k < q->n_parts; k++)
			put_span(&b, q->parts[k]);
	}
	if (b.failed)
		return NE_ENOMEM;
	*out = (uint8_t *) b.data;
	*out_len = b.len;
	return NE_OK;
}

/* ---------------------------------------------------------------- reader */

typedef struct reader
{
	const uint8_t *p;
	size_t		left;
	bool		bad;
	ne_arena   *arena;
	bool		oom;
} reader;

/* Read an unsigned varint of at most 64 bits. */
static uint64_t
get_uv(reader *r)
{
	uint64_t	v = 0;
	int			shift = 0;

	for (;;)
	{
		uint8_t		byte;

		if (r->left == 0 || shift > 63)
		{
			r->bad = true;
			return 0;
		}
		byte = *r->p++;
		r->left--;
		if (shift == 63 && (byte & 0x7E))
		{
			r->bad = true;
			return 0;
		}
		v |= (uint64_t) (byte & 0x7F) << shift;
		if (!(byte & 0x80))
			return v;
		shift += 7;
	}
}

/* Read a signed varint. */
static int64_t
get_sv(reader *r)
{
	uint64_t	u = get_uv(r);

	return (int64_t) (u >> 1) ^ -(int64_t) (u & 1);
}

/* Read one byte. */
static uint8_t
get_byte(reader *r)
{
	if (r->left == 0)
	{
		r->bad = true;
		return 0;
	}
	r->left--;
	return *r->p++;
}

/* Read a string (NULL allowed), checking length and UTF-8. */
static char *
get_str(reader *r)
{
	uint64_t	n = get_uv(r);
	char	   *s;

	if (r->bad || n == 0)
		return NULL;
	n--;
	if (n > r->left || n > NE_MAX_INPUT)
	{
		r->bad = true;
		return NULL;
	}
	if (ne_utf8_validate((const char *) r->p, (size_t) n) != n)
	{
		r->bad = true;
		return NULL;
	}
	s = ne_arena_strndup(r->arena, (const char *) r->p, (size_t) n);
	if (s == NULL)
		r->oom = r->bad = true;
	r->p += n;
	r->left -= n;
	return s;
}

/* Read a span, checking it fits in 32 bits. */
static ne_span
get_span(reader *r)
{
	ne_span		sp;
	uint64_t	s = get_uv(r);
	uint64_t	l = get_uv(r);

	sp.start = -1;
	sp.length = 0;
	if (r->bad)
		return sp;
	if (s > (uint64_t) INT32_MAX || l > (uint64_t) INT32_MAX ||
		(s == 0 && l != 0) || (s > 0 && (s - 1) + l > (uint64_t) INT32_MAX))
	{
		r->bad = true;
		return sp;
	}
	if (s > 0)
	{
		sp.start = (int32_t) (s - 1);
		sp.length = (int32_t) l;
	}
	return sp;
}

/* Read a count, bounded by max and by the bytes left (min bytes each). */
static uint32_t
get_count(reader *r, uint32_t max, size_t min_bytes)
{
	uint64_t	n = get_uv(r);

	if (r->bad)
		return 0;
	if (n > max || n * min_bytes > r->left)
	{
		r->bad = true;
		return 0;
	}
	return (uint32_t) n;
}

/* Allocate n elements, or mark the reader failed. */
static void *
get_array(reader *r, uint32_t n, size_t elem)
{
	void	   *p;

	if (n == 0 || r->bad)
		return NULL;
	p = ne_arena_alloc(r->arena, (size_t) n * elem);
	if (p == NULL)
		r->oom = r->bad = true;
	return p;
}

/* Decode the binary form; every field is validated. */
ne_status
ne_doc_deserialize(ne_arena *arena, const uint8_t *data, size_t len,
				   ne_doc **out)
{
	reader		r;
	ne_doc	   *doc;
	uint8_t		present;
	char	   *lang;
	uint32_t	i,
				k;

	*out = NULL;
	r.p = data;
	r.left = len;
	r.bad = false;
	r.oom = false;
	r.arena = arena;
	if (len == 0 || data[0] != NE_FORMAT_VERSION)
		return NE_EFORMAT;
	r.p++;
	r.left--;
	doc = ne_arena_alloc(arena, sizeof(ne_doc));
	if (doc == NULL)
		return NE_ENOMEM;
	lang = get_str(&r);
	if (r.bad || lang == NULL || strlen(lang) > 3 || !ne_lang_supported(lang))
		return r.oom ? NE_ENOMEM : NE_EFORMAT;
	strcpy(doc->lang, lang);
	present = get_byte(&r);
	if (present & ~3)
		return NE_EFORMAT;
	if (present & 1)
	{
		ne_byline  *b = ne_arena_alloc(arena, sizeof(ne_byline));

		if (b == NULL)
			return NE_ENOMEM;
		b->n_authors = get_count(&r, MAX_ITEMS, 2);
		b->authors = get_array(&r, b->n_authors, sizeof(ne_author));
		for (i = 0; i < b->n_authors && !r.bad; i++)
		{
			b->authors[i].name = get_str(&r);
			b->authors[i].role = get_byte(&r);
			if (b->authors[i].name == NULL || b->authors[i].role >= NE_ROLE_COUNT)
				r.bad = true;
		}
		b->n_agencies = get_count(&r, MAX_ITEMS, 1);
		b->agencies = get_array(&r, b->n_agencies, sizeof(char *));
		for (i = 0; i < b->n_agencies && !r.bad; i++)
		{
			b->agencies[i] = get_str(&r);
			if (b->agencies[i] == NULL)
				r.bad = true;
		}
		doc->byline = b;
	}
	if ((present & 2) && !r.bad)
	{
		ne_dateline *d = ne_arena_alloc(arena, sizeof(ne_dateline));
		uint64_t	year;

		if (d == NULL)
			return NE_ENOMEM;
		d->place = get_str(&r);
		d->region = get_str(&r);
		d->agency = get_str(&r);
		year = get_uv(&r);
		d->month = get_byte(&r);
		d->day = get_byte(&r);
		d->text = get_str(&r);
		d->span = get_span(&r);
		if (year > 9999 || (d->month == 0) != (d->day == 0) ||
			(year != 0 && d->month == 0) ||
			(d->month != 0 && !ne_valid_date(year ? (int) year : 2000, d->month, d->day)))
			r.bad = true;
		d->year = (int32_t) year;
		doc->dateline = d;
	}
	doc->n_timestamps = get_count(&r, MAX_ITEMS, 6);
	doc->timestamps = get_array(&r, doc->n_timestamps, sizeof(ne_timestamp));
	for (i = 0; i < doc->n_timestamps && !r.bad; i++)
	{
		ne_timestamp *t = &doc->timestamps[i];
		int64_t		off;

		t->kind = get_byte(&r);
		t->flags = get_byte(&r);
		off = get_sv(&r);
		t->utc_seconds = get_sv(&r);
		t->text = get_str(&r);
		t->span = get_span(&r);
		t->offset_minutes = (int16_t) (off < -1080 || off > 1080 ? 0 : off);
		if (off < -1080 || off > 1080 || !ne_timestamp_valid(t))
			r.bad = true;
	}
	doc->n_quotes = get_count(&r, MAX_ITEMS, 14);	/* the smallest quote is 14 bytes */
	doc->quotes = get_array(&r, doc->n_quotes, sizeof(ne_quote));
	for (i = 0; i < doc->n_quotes && !r.bad; i++)
	{
		ne_quote   *q = &doc->quotes[i];
		uint64_t	para,
					nested;

		q->text = get_str(&r);
		q->span = get_span(&r);
		q->kind = get_byte(&r);
		q->speaker = get_str(&r);
		q->speaker_as_written = get_str(&r);
		q->speaker_span = get_span(&r);
		q->cue = get_str(&r);
		q->cue_span = get_span(&r);
		para = get_uv(&r);
		nested = get_uv(&r);
		if (q->kind >= NE_Q_KIND_COUNT || para > INT32_MAX || nested > i)
			r.bad = true;
		q->paragraph = (int32_t) para;
		q->nested_in = (int32_t) nested;
		q->n_parts = get_count(&r, MAX_PARTS, 2);
		q->parts = get_array(&r, q->n_parts, sizeof(ne_span));
		for (k = 0; k < q->n_parts && !r.bad; k++)
		{
			q->parts[k] = get_span(&r);
			if (q->parts[k].start < 0)
				r.bad = true;
		}
	}
	if (r.oom)
		return NE_ENOMEM;
	if (r.bad || r.left != 0)
		return NE_EFORMAT;
	*out = doc;
	return NE_OK;
}
