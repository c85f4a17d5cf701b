/*-------------------------------------------------------------------------
 *
 * json.c
 *	  The JSON form of an analysis: the shape documented in
 *	  shared/eval/FORMAT.md (byline, dateline, published, updated, quotes),
 *	  plus "lang" and the full "timestamps" list so that the text form of a
 *	  newsdoc round-trips.  Offsets are SQL-style: 1-based start, length in
 *	  characters.  The reader is a small strict JSON parser (depth-bounded,
 *	  no NUL, valid UTF-8) that rebuilds the doc; "published" and "updated"
 *	  are derived from "timestamps" and ignored on input.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- writer */

/* Append s as a JSON string literal (or null). */
static void
put_jstr(ne_buf *b, const char *s)
{
	const char *p;
	const char *run;

	if (s == NULL)
	{
		ne_buf_puts(b, "null");
		return;
	}
	ne_buf_putc(b, '"');
	run = s;
	for (p = s; *p; p++)
	{
		unsigned char c = (unsigned char) *p;

		if (c == '"' || c == '\\' || c < 0x20)
		{
			char		esc[8];

			ne_buf_append(b, run, (size_t) (p - run));
			if (c == '"')
				ne_buf_puts(b, "\\\"");
			else if (c == '\\')
				ne_buf_puts(b, "\\\\");
			else if (c == '\n')
				ne_buf_puts(b, "\\n");
			else if (c == '\t')
				ne_buf_puts(b, "\\t");
			else if (c == '\r')
				ne_buf_puts(b, "\\r");
			else
			{
				snprintf(esc, sizeof(esc), "\\u%04x", c);
				ne_buf_puts(b, esc);
			}
			run = p + 1;
		}
	}
	ne_buf_append(b, run, (size_t) (p - run));
	ne_buf_putc(b, '"');
}

/* Append a key and colon. */
static void
put_key(ne_buf *b, const char *key, bool first)
{
	if (!first)
		ne_buf_puts(b, ", ");
	ne_buf_putc(b, '"');
	ne_buf_puts(b, key);
	ne_buf_puts(b, "\": ");
}

/* Append an integer. */
static void
put_int(ne_buf *b, int64_t v)
{
	char		tmp[24];

	snprintf(tmp, sizeof(tmp), "%lld", (long long) v);
	ne_buf_puts(b, tmp);
}

/* Append "start": s+1, "length": l (or nulls) under the given key names. */
static void
put_span(ne_buf *b, const char *kstart, const char *klen, ne_span sp)
{
	put_key(b, kstart, false);
	if (sp.start < 0)
		ne_buf_puts(b, "null");
	else
		put_int(b, (int64_t) sp.start + 1);
	put_key(b, klen, false);
	if (sp.start < 0)
		ne_buf_puts(b, "null");
	else
		put_int(b, sp.length);
}

/* Append a timestamp value as a JSON string. */
static void
put_ts_value(ne_buf *b, const ne_timestamp *t)
{
	char		tmp[40];

	ne_format_timestamp(t, tmp);
	put_jstr(b, tmp);
}

/* Compare two timestamps by instant (for sorting updates). */
static int
cmp_ts_ptr(const void *a, const void *b)
{
	const ne_timestamp *x = *(const ne_timestamp *const *) a;
	const ne_timestamp *y = *(const ne_timestamp *const *) b;

	return (x->utc_seconds > y->utc_seconds) - (x->utc_seconds < y->utc_seconds);
}

/* The publication time of a doc: its earliest "published" timestamp. */
static const ne_timestamp *
doc_published(const ne_doc *doc)
{
	const ne_timestamp *best = NULL;
	uint32_t	i;

	for (i = 0; i < doc->n_timestamps; i++)
	{
		const ne_timestamp *t = &doc->timestamps[i];

		if (t->kind == NE_TS_PUBLISHED &&
			(best == NULL || t->utc_seconds < best->utc_seconds))
			best = t;
	}
	return best;
}

/* Serialize a doc as JSON text. */
ne_status
ne_doc_to_json(ne_arena *arena, const ne_doc *doc, char **out, size_t *out_len)
{
	ne_buf		b;
	uint32_t	i,
				k,
				nup = 0;
	const ne_timestamp *pub;
	const ne_timestamp **ups;

	ne_buf_init(&b, arena, 512);
	ne_buf_putc(&b, '{');
	put_key(&b, "lang", true);
	put_jstr(&b, doc->lang);

	put_key(&b, "byline", false);
	if (doc->byline == NULL)
		ne_buf_puts(&b, "null");
	else
	{
		ne_buf_puts(&b, "{\"authors\": [");
		for (i = 0; i < doc->byline->n_authors; i++)
		{
			if (i)
				ne_buf_puts(&b, ", ");
			ne_buf_putc(&b, '{');
			put_key(&b, "name", true);
			put_jstr(&b, doc->byline->authors[i].name);
			put_key(&b, "role", false);
			put_jstr(&b, ne_role_name(doc->byline->authors[i].role));
			ne_buf_putc(&b, '}');
		}
		ne_buf_puts(&b, "], \"agencies\": [");
		for (i = 0; i < doc->byline->n_agencies; i++)
		{
			if (i)
				ne_buf_puts(&b, ", ");
			put_jstr(&b, doc->byline->agencies[i]);
		}
		ne_buf_puts(&b, "]}");
	}

	put_key(&b, "dateline", false);
	if (doc->dateline == NULL)
		ne_buf_puts(&b, "null");
	else
	{
		const ne_dateline *d = doc->dateline;

		ne_buf_putc(&b, '{');
		put_key(&b, "place", true);
		put_jstr(&b, d->place);
		put_key(&b, "region", false);
		put_jstr(&b, d->region);
		put_key(&b, "agency", false);
		put_jstr(&b, d->agency);
		put_key(&b, "date", false);
		if (d->month == 0)
			ne_buf_puts(&b, "null");
		else
		{
			char		tmp[16];

			if (d->year)
				snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", d->year, d->month, d->day);
			else
				snprintf(tmp, sizeof(tmp), "%02d-%02d", d->month, d->day);
			put_jstr(&b, tmp);
		}
		put_key(&b, "text", false);
		put_jstr(&b, d->text);
		put_span(&b, "start", "length", d->span);
		ne_buf_putc(&b, '}');
	}

	pub = doc_published(doc);
	put_key(&b, "published", false);
	if (pub)
		put_ts_value(&b, pub);
	else
		ne_buf_puts(&b, "null");

	ups = ne_arena_alloc(arena, (doc->n_timestamps + 1) * sizeof(*ups));
	if (ups == NULL)
		return NE_ENOMEM;
	for (i = 0; i < doc->n_timestamps; i++)
		if (doc->timestamps[i].kind == NE_TS_UPDATED)
			ups[nup++] = &doc->timestamps[i];
	qsort(ups, nup, sizeof(*ups), cmp_ts_ptr);
	put_key(&b, "updated", false);
	ne_buf_putc(&b, '[');
	for (i = 0, k = 0; i < nup; i++)
	{
		if (i > 0 && ups[i]->utc_seconds == ups[i - 1]->utc_seconds)
			continue;
		if (k++)
			ne_buf_puts(&b, ", ");
		put_ts_value(&b, ups[i]);
	}
	ne_buf_putc(&b, ']');

	put_key(&b, "timestamps", false);
	ne_buf_putc(&b, '[');
	for (i = 0; i < doc->n_timestamps; i++)
	{
		const ne_timestamp *t = &doc->timestamps[i];

		if (i)
			ne_buf_puts(&b, ", ");
		ne_buf_putc(&b, '{');
		put_key(&b, "kind", true);
		put_jstr(&b, ne_ts_kind_name(t->kind));
		put_key(&b, "value", false);
		put_ts_value(&b, t);
		put_key(&b, "date_only", false);
		ne_buf_puts(&b, (t->flags & NE_TS_DATE_ONLY) ? "true" : "false");
		put_key(&b, "zone_assumed", false);
		ne_buf_puts(&b, (t->flags & NE_TS_ZONE_ASSUMED) ? "true" : "false");
		put_key(&b, "ambiguous", false);
		ne_buf_puts(&b, (t->flags & NE_TS_AMBIGUOUS) ? "true" : "false");
		put_key(&b, "text", false);
		put_jstr(&b, t->text);
		put_span(&b, "start", "length", t->span);
		ne_buf_putc(&b, '}');
	}
	ne_buf_putc(&b, ']');

	put_key(&b, "quotes", false);
	ne_buf_putc(&b, '[');
	for (i = 0; i < doc->n_quotes; i++)
	{
		const ne_quote *q = &doc->quotes[i];

		if (i)
			ne_buf_puts(&b, ", ");
		ne_buf_putc(&b, '{');
		put_key(&b, "text", true);
		put_jstr(&b, q->text);
		put_span(&b, "start", "length", q->span);
		put_key(&b, "kind", false);
		put_jstr(&b, ne_quote_kind_name(q->kind));
		put_key(&b, "speaker", false);
		put_jstr(&b, q->speaker);
		put_key(&b, "speaker_as_written", false);
		put_jstr(&b, q->speaker_as_written);
		put_span(&b, "speaker_start", "speaker_length", q->speaker_span);
		put_key(&b, "cue", false);
		put_jstr(&b, q->cue);
		put_span(&b, "cue_start", "cue_length", q->cue_span);
		put_key(&b, "paragraph", false);
		put_int(&b, q->paragraph);
		put_key(&b, "nested_in", false);
		if (q->nested_in > 0)
			put_int(&b, q->nested_in);
		else
			ne_buf_puts(&b, "null");
		if (q->n_parts > 0)
		{
			put_key(&b, "parts", false);
			ne_buf_putc(&b, '[');
			for (k = 0; k < q->n_parts; k++)
			{
				if (k)
					ne_buf_puts(&b, ", ");
				ne_buf_putc(&b, '{');
				put_key(&b, "start", true);
				put_int(&b, (int64_t) q->parts[k].start + 1);
				put_key(&b, "length", false);
				put_int(&b, q->parts[k].length);
				ne_buf_putc(&b, '}');
			}
			ne_buf_putc(&b, ']');
		}
		ne_buf_putc(&b, '}');
	}
	ne_buf_puts(&b, "]}");
	if (b.failed)
		return NE_ENOMEM;
	*out = b.data;
	*out_len = b.len;
	return NE_OK;
}

/* ---------------------------------------------------------------- parser */

typedef enum jtype
{
	J_NULL,
	J_BOOL,
	J_NUM,
	J_STR,
	J_ARR,
	J_OBJ
} jtype;

typedef struct jval
{
	jtype		type;
	bool		b;
	bool		is_int;
	int64_t		i;
	char	   *s;
	uint32_t	n;				/* items or members */
	struct jval *items;
	char	  **keys;
} jval;

typedef struct jparser
{
	const char *p;
	const char *start;
	const char *end;
	ne_arena   *arena;
	bool		bad;
	bool		oom;
	const char *err_at;
} jparser;

#define J_MAX_DEPTH 16

static void j_value(jparser *jp, jval *v, int depth);

/* Record the first error position. */
static void
j_fail(jparser *jp)
{
	if (!jp->bad)
		jp->err_at = jp->p;
	jp->bad = true;
}

/* Skip JSON white space. */
static void
j_ws(jparser *jp)
{
	while (jp->p < jp->end &&
		   (*jp->p == ' ' || *jp->p == '\t' || *jp->p == '\n' || *jp->p == '\r'))
		jp->p++;
}

/* Read 4 hex digits. */
static int32_t
j_hex4(jparser *jp)
{
	int32_t		v = 0;
	int			k;

	if (jp->end - jp->p < 4)
		return -1;
	for (k = 0; k < 4; k++)
	{
		char		c = jp->p[k];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	jp->p += 4;
	return v;
}

/* Parse a string literal into the arena (escapes decoded, no NUL). */
static char *
j_string(jparser *jp)
{
	ne_buf		b;

	if (jp->p >= jp->end || *jp->p != '"')
	{
		j_fail(jp);
		return NULL;
	}
	jp->p++;
	ne_buf_init(&b, jp->arena, 32);
	while (jp->p < jp->end && *jp->p != '"')
	{
		unsigned char c = (unsigned char) *jp->p;

		if (c < 0x20)
		{
			j_fail(jp);
			return NULL;
		}
		if (c == '\\')
		{
			char		e;

			jp->p++;
			if (jp->p >= jp->end)
				break;
			e = *jp->p++;
			switch (e)
			{
				case '"':
				case '\\':
				case '/':
					ne_buf_putc(&b, e);
					break;
				case 'b':
					ne_buf_putc(&b, '\b');
					break;
				case 'f':
					ne_buf_putc(&b, '\f');
					break;
				case 'n':
					ne_buf_putc(&b, '\n');
					break;
				case 'r':
					ne_buf_putc(&b, '\r');
					break;
				case 't':
					ne_buf_putc(&b, '\t');
					break;
				case 'u':
					{
						int32_t		u = j_hex4(jp);
						char		tmp[4];
						size_t		n;

						if (u < 0)
						{
							j_fail(jp);
							return NULL;
						}
						if (u >= 0xD800 && u <= 0xDBFF)
						{
							int32_t		lo;

							if (jp->end - jp->p < 6 || jp->p[0] != '\\' || jp->p[1] != 'u')
							{
								j_fail(jp);
								return NULL;
							}
							jp->p += 2;
							lo = j_hex4(jp);
							if (lo < 0xDC00 || lo > 0xDFFF)
							{
								j_fail(jp);
								return NULL;
							}
							u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
						}
						else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0)
						{
							j_fail(jp);
							return NULL;
						}
						n = ne_u8_encode((uint32_t) u, tmp);
						ne_buf_append(&b, tmp, n);
						break;
					}
				default:
					jp->p--;
					j_fail(jp);
					return NULL;
			}
			continue;
		}
		ne_buf_putc(&b, (char) c);
		jp->p++;
	}
	if (jp->p >= jp->end)
	{
		j_fail(jp);
		return NULL;
	}
	jp->p++;					/* closing quote */
	if (b.failed)
	{
		jp->oom = true;
		j_fail(jp);
		return NULL;
	}
	return b.data;
}

/* Parse a number; integers are kept exactly, others only flagged. */
static void
j_number(jparser *jp, jval *v)
{
	const char *s = jp->p;
	bool		neg = false;
	uint64_t	acc = 0;
	bool		overflow = false;

	v->type = J_NUM;
	v->is_int = true;
	if (jp->p < jp->end && *jp->p == '-')
	{
		neg = true;
		jp->p++;
	}
	if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9')
	{
		j_fail(jp);
		return;
	}
	if (*jp->p == '0' && jp->p + 1 < jp->end && jp->p[1] >= '0' && jp->p[1] <= '9')
	{
		j_fail(jp);
		return;
	}
	while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9')
	{
		if (acc > (UINT64_C(1) << 62) / 10)
			overflow = true;
		acc = acc * 10 + (uint64_t) (*jp->p - '0');
		jp->p++;
	}
	if (jp->p < jp->end && (*jp->p == '.' || *jp->p == 'e' || *jp->p == 'E'))
	{
		v->is_int = false;
		if (*jp->p == '.')
		{
			jp->p++;
			if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9')
			{
				j_fail(jp);
				return;
			}
			while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9')
				jp->p++;
		}
		if (jp->p < jp->end && (*jp->p == 'e' || *jp->p == 'E'))
		{
			jp->p++;
			if (jp->p < jp->end && (*jp->p == '+' || *jp->p == '-'))
				jp->p++;
			if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9')
			{
				j_fail(jp);
				return;
			}
			while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9')
				jp->p++;
		}
	}
	if (overflow)
		v->is_int = false;
	v->i = neg ? -(int64_t) acc : (int64_t) acc;
	(void) s;
}

/* Does the input continue with the literal word w? */
static bool
j_word(jparser *jp, const char *w)
{
	size_t		n = strlen(w);

	if ((size_t) (jp->end - jp->p) < n || memcmp(jp->p, w, n) != 0)
		return false;
	jp->p += n;
	return true;
}

/* Parse an array or object's members into a growable vector. */
static void
j_container(jparser *jp, jval *v, int depth, bool object)
{
	ne_vec		items,
				keys;
	char		close = object ? '}' : ']';

	v->type = object ? J_OBJ : J_ARR;
	jp->p++;
	ne_vec_init(&items, jp->arena, sizeof(jval), 8);
	ne_vec_init(&keys, jp->arena, sizeof(char *), 8);
	j_ws(jp);
	if (jp->p < jp->end && *jp->p == close)
	{
		jp->p++;
		return;
	}
	for (;;)
	{
		jval	   *item;

		j_ws(jp);
		if (object)
		{
			char	  **k = ne_vec_push(&keys);
			char	   *key = j_string(jp);

			if (jp->bad)
				return;
			if (k == NULL)
			{
				jp->oom = true;
				j_fail(jp);
				return;
			}
			*k = key;
			j_ws(jp);
			if (jp->p >= jp->end || *jp->p != ':')
			{
				j_fail(jp);
				return;
			}
			jp->p++;
		}
		item = ne_vec_push(&items);
		if (item == NULL)
		{
			jp->oom = true;
			j_fail(jp);
			return;
		}
		j_value(jp, item, depth + 1);
		if (jp->bad)
			return;
		j_ws(jp);
		if (jp->p < jp->end && *jp->p == ',')
		{
			jp->p++;
			continue;
		}
		if (jp->p < jp->end && *jp->p == close)
		{
			jp->p++;
			break;
		}
		j_fail(jp);
		return;
	}
	v->items = items.data;
	v->n = (uint32_t) items.n;
	v->keys = keys.data;
}

/* Parse any value. */
static void
j_value(jparser *jp, jval *v, int depth)
{
	j_ws(jp);
	if (depth > J_MAX_DEPTH || jp->p >= jp->end)
	{
		j_fail(jp);
		return;
	}
	switch (*jp->p)
	{
		case '{':
			j_container(jp, v, depth, true);
			break;
		case '[':
			j_container(jp, v, depth, false);
			break;
		case '"':
			v->type = J_STR;
			v->s = j_string(jp);
			break;
		case 't':
			v->type = J_BOOL;
			v->b = true;
			if (!j_word(jp, "true"))
				j_fail(jp);
			break;
		case 'f':
			v->type = J_BOOL;
			if (!j_word(jp, "false"))
				j_fail(jp);
			break;
		case 'n':
			v->type = J_NULL;
			if (!j_word(jp, "null"))
				j_fail(jp);
			break;
		default:
			j_number(jp, v);
			break;
	}
}

/* ---------------------------------------------------------------- to doc */

/* Member of an object by key, or NULL. */
static const jval *
j_get(const jval *obj, const char *key)
{
	uint32_t	i;

	for (i = 0; i < obj->n; i++)
		if (strcmp(obj->keys[i], key) == 0)
			return &obj->items[i];
	return NULL;
}

/* Are all keys of obj among the allowed ones, each once? */
static bool
j_keys_ok(const jval *obj, const char *const *allowed)
{
	uint32_t	i,
				k;

	for (i = 0; i < obj->n; i++)
	{
		bool		found = false;

		for (k = 0; allowed[k]; k++)
			if (strcmp(obj->keys[i], allowed[k]) == 0)
				found = true;
		if (!found)
			return false;
		for (k = 0; k < i; k++)
			if (strcmp(obj->keys[i], obj->keys[k]) == 0)
				return false;
	}
	return true;
}

/* Optional string member: NULL when absent or null; false on a bad type. */
static bool
j_opt_str(const jval *obj, const char *key, char **out)
{
	const jval *v = j_get(obj, key);

	*out = NULL;
	if (v == NULL || v->type == J_NULL)
		return true;
	if (v->type != J_STR)
		return false;
	*out = v->s;
	return true;
}

/* Optional integer member within [lo, hi]; absent/null gives dflt. */
static bool
j_opt_int(const jval *obj, const char *key, int64_t lo, int64_t hi,
		  int64_t dflt, int64_t *out)
{
	const jval *v = j_get(obj, key);

	*out = dflt;
	if (v == NULL || v->type == J_NULL)
		return true;
	if (v->type != J_NUM || !v->is_int || v->i < lo || v->i > hi)
		return false;
	*out = v->i;
	return true;
}

/* Span from 1-based start and length members. */
static bool
j_span(const jval *obj, const char *kstart, const char *klen, ne_span *sp)
{
	int64_t		s,
				l;

	if (!j_opt_int(obj, kstart, 1, INT32_MAX, 0, &s) ||
		!j_opt_int(obj, klen, 0, INT32_MAX, -1, &l))
		return false;
	if (s == 0)
	{
		sp->start = -1;
		sp->length = 0;
		return l <= 0;
	}
	if (l < 0 || s - 1 + l > INT32_MAX)
		return false;
	sp->start = (int32_t) (s - 1);
	sp->length = (int32_t) l;
	return true;
}

/* Parse "n" digits at p into *v. */
static bool
digits(const char *p, int n, int *v)
{
	int			k;

	*v = 0;
	for (k = 0; k < n; k++)
	{
		if (p[k] < '0' || p[k] > '9')
			return false;
		*v = *v * 10 + (p[k] - '0');
	}
	return true;
}

/* Parse an ISO timestamp as written by ne_format_timestamp. */
static bool
parse_iso(const char *s, bool date_only, ne_timestamp *t)
{
	int			y,
				m,
				d,
				hh = 0,
				mi = 0,
				ss = 0,
				oh = 0,
				om = 0,
				sign = 1;
	size_t		n = strlen(s);

	if (n < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &m) ||
		s[7] != '-' || !digits(s + 8, 2, &d) || !ne_valid_date(y, m, d))
		return false;
	if (date_only)
	{
		if (n != 10)
			return false;
		t->utc_seconds = ne_days_from_civil(y, (unsigned) m, (unsigned) d) * 86400;
		t->offset_minutes = 0;
		return true;
	}
	if (n != 25 || s[10] != 'T' || !digits(s + 11, 2, &hh) || s[13] != ':' ||
		!digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &ss) ||
		(s[19] != '+' && s[19] != '-') || !digits(s + 20, 2, &oh) ||
		s[22] != ':' || !digits(s + 23, 2, &om))
		return false;
	if (hh > 23 || mi > 59 || ss > 59 || oh > 18 || om > 59)
		return false;
	if (s[19] == '-')
		sign = -1;
	t->offset_minutes = (int16_t) (sign * (oh * 60 + om));
	t->utc_seconds = ne_days_from_civil(y, (unsigned) m, (unsigned) d) * 86400 +
		hh * 3600 + mi * 60 + ss - (int64_t) t->offset_minutes * 60;
	return true;
}

/* Convert the parsed JSON tree into a doc; false when a field is bad. */
static bool
json_to_doc(ne_arena *arena, const jval *root, ne_doc *doc)
{
	static const char *const top_keys[] = {
		"lang", "byline", "dateline", "published", "updated", "timestamps",
		"quotes", NULL
	};
	static const char *const byline_keys[] = {"authors", "agencies", NULL};
	static const char *const author_keys[] = {"name", "role", NULL};
	static const char *const dateline_keys[] = {
		"place", "region", "agency", "date", "text", "start", "length", NULL
	};
	static const char *const ts_keys[] = {
		"kind", "value", "date_only", "zone_assumed", "ambiguous", "text",
		"start", "length", NULL
	};
	static const char *const quote_keys[] = {
		"text", "start", "length", "kind", "speaker", "speaker_as_written",
		"speaker_start", "speaker_length", "cue", "cue_start", "cue_length",
		"paragraph", "nested_in", "parts", NULL
	};
	static const char *const part_keys[] = {"start", "length", NULL};
	const jval *v;
	uint32_t	i,
				k;
	char	   *lang;

	if (root->type != J_OBJ || !j_keys_ok(root, top_keys))
		return false;
	if (!j_opt_str(root, "lang", &lang))
		return false;
	if (lang == NULL)
		lang = "und";
	if (strlen(lang) > 3 || !ne_lang_supported(lang))
		return false;
	strcpy(doc->lang, lang);

	v = j_get(root, "byline");
	if (v && v->type != J_NULL)
	{
		const jval *authors,
				   *agencies;
		ne_byline  *b = ne_arena_alloc(arena, sizeof(ne_byline));

		if (b == NULL || v->type != J_OBJ || !j_keys_ok(v, byline_keys))
			return false;
		authors = j_get(v, "authors");
		agencies = j_get(v, "agencies");
		if (authors && authors->type != J_ARR)
			return false;
		if (agencies && agencies->type != J_ARR)
			return false;
		if (authors && authors->n)
		{
			b->n_authors = authors->n;
			b->authors = ne_arena_alloc(arena, authors->n * sizeof(ne_author));
			if (b->authors == NULL)
				return false;
			for (i = 0; i < authors->n; i++)
			{
				const jval *a = &authors->items[i];
				char	   *role;
				int			r = NE_ROLE_AUTHOR;

				if (a->type != J_OBJ || !j_keys_ok(a, author_keys) ||
					!j_opt_str(a, "name", &b->authors[i].name) ||
					b->authors[i].name == NULL || !j_opt_str(a, "role", &role))
					return false;
				if (role && (r = ne_role_from_name(role, strlen(role))) < 0)
					return false;
				b->authors[i].role = (uint8_t) r;
			}
		}
		if (agencies && agencies->n)
		{
			b->n_agencies = agencies->n;
			b->agencies = ne_arena_alloc(arena, agencies->n * sizeof(char *));
			if (b->agencies == NULL)
				return false;
			for (i = 0; i < agencies->n; i++)
			{
				if (agencies->items[i].type != J_STR)
					return false;
				b->agencies[i] = agencies->items[i].s;
			}
		}
		doc->byline = b;
	}

	v = j_get(root, "dateline");
	if (v && v->type != J_NULL)
	{
		ne_dateline *d = ne_arena_alloc(arena, sizeof(ne_dateline));
		char	   *date;

		if (d == NULL || v->type != J_OBJ || !j_keys_ok(v, dateline_keys) ||
			!j_opt_str(v, "place", &d->place) || !j_opt_str(v, "region", &d->region) ||
			!j_opt_str(v, "agency", &d->agency) || !j_opt_str(v, "text", &d->text) ||
			!j_opt_str(v, "date", &date) || !j_span(v, "start", "length", &d->span))
			return false;
		if (date)
		{
			size_t		n = strlen(date);
			int			y = 0,
						m,
						dd;

			if (n == 5)
			{
				if (!digits(date, 2, &m) || date[2] != '-' || !digits(date + 3, 2, &dd) ||
					!ne_valid_date(2000, m, dd))
					return false;
			}
			else if (n == 10)
			{
				if (!digits(date, 4, &y) || date[4] != '-' || !digits(date + 5, 2, &m) ||
					date[7] != '-' || !digits(date + 8, 2, &dd) || !ne_valid_date(y, m, dd))
					return false;
			}
			else
				return false;
			d->year = y;
			d->month = m;
			d->day = dd;
		}
		doc->dateline = d;
	}

	v = j_get(root, "timestamps");
	if (v && v->type != J_NULL)
	{
		if (v->type != J_ARR)
			return false;
		doc->n_timestamps = v->n;
		if (v->n)
		{
			doc->timestamps = ne_arena_alloc(arena, v->n * sizeof(ne_timestamp));
			if (doc->timestamps == NULL)
				return false;
		}
		for (i = 0; i < v->n; i++)
		{
			const jval *o = &v->items[i];
			ne_timestamp *t = &doc->timestamps[i];
			char	   *kind,
					   *value;
			const jval *f;

			if (o->type != J_OBJ || !j_keys_ok(o, ts_keys) ||
				!j_opt_str(o, "kind", &kind) || !j_opt_str(o, "value", &value) ||
				!j_opt_str(o, "text", &t->text) || !j_span(o, "start", "length", &t->span) ||
				kind == NULL || value == NULL)
				return false;
			for (k = 0; k < NE_TS_KIND_COUNT; k++)
				if (strcmp(kind, ne_ts_kind_name((int) k)) == 0)
					break;
			if (k == NE_TS_KIND_COUNT)
				return false;
			t->kind = (uint8_t) k;
			if ((f = j_get(o, "date_only")) && f->type == J_BOOL && f->b)
				t->flags |= NE_TS_DATE_ONLY;
			else if (f && f->type != J_BOOL)
				return false;
			if ((f = j_get(o, "zone_assumed")) && f->type == J_BOOL && f->b)
				t->flags |= NE_TS_ZONE_ASSUMED;
			else if (f && f->type != J_BOOL)
				return false;
			if ((f = j_get(o, "ambiguous")) && f->type == J_BOOL && f->b)
				t->flags |= NE_TS_AMBIGUOUS;
			else if (f && f->type != J_BOOL)
				return false;
			if (!parse_iso(value, (t->flags & NE_TS_DATE_ONLY) != 0, t) ||
				!ne_timestamp_valid(t))
				return false;
		}
	}

	v = j_get(root, "quotes");
	if (v && v->type != J_NULL)
	{
		if (v->type != J_ARR)
			return false;
		doc->n_quotes = v->n;
		if (v->n)
		{
			doc->quotes = ne_arena_alloc(arena, v->n * sizeof(ne_quote));
			if (doc->quotes == NULL)
				return false;
		}
		for (i = 0; i < v->n; i++)
		{
			const jval *o = &v->items[i];
			ne_quote   *q = &doc->quotes[i];
			char	   *kind;
			int64_t		para,
						nested;
			const jval *parts;

			if (o->type != J_OBJ || !j_keys_ok(o, quote_keys) ||
				!j_opt_str(o, "text", &q->text) || !j_span(o, "start", "length", &q->span) ||
				!j_opt_str(o, "kind", &kind) || !j_opt_str(o, "speaker", &q->speaker) ||
				!j_opt_str(o, "speaker_as_written", &q->speaker_as_written) ||
				!j_span(o, "speaker_start", "speaker_length", &q->speaker_span) ||
				!j_opt_str(o, "cue", &q->cue) ||
				!j_span(o, "cue_start", "cue_length", &q->cue_span) ||
				!j_opt_int(o, "paragraph", 0, INT32_MAX, 0, &para) ||
				!j_opt_int(o, "nested_in", 0, i, 0, &nested))
				return false;
			q->kind = NE_Q_DIRECT;
			if (kind)
			{
				for (k = 0; k < NE_Q_KIND_COUNT; k++)
					if (strcmp(kind, ne_quote_kind_name((int) k)) == 0)
						break;
				if (k == NE_Q_KIND_COUNT)
					return false;
				q->kind = (uint8_t) k;
			}
			q->paragraph = (int32_t) para;
			q->nested_in = (int32_t) nested;
			parts = j_get(o, "parts");
			if (parts && parts->type != J_NULL)
			{
				if (parts->type != J_ARR || parts->n > 65535)
					return false;
				q->n_parts = parts->n;
				if (parts->n)
				{
					q->parts = ne_arena_alloc(arena, parts->n * sizeof(ne_span));
					if (q->parts == NULL)
						return false;
				}
				for (k = 0; k < parts->n; k++)
				{
					const jval *po = &parts->items[k];

					if (po->type != J_OBJ || !j_keys_ok(po, part_keys) ||
						!j_span(po, "start", "length", &q->parts[k]) ||
						q->parts[k].start < 0)
						return false;
				}
			}
		}
	}
	return true;
}

/*
 * Parse the JSON text form into a doc.  On NE_EFORMAT, *error_offset is
 * the byte offset where parsing failed, or SIZE_MAX when the JSON is well
 * formed but a field has the wrong name, type or range.
 */
ne_status
ne_doc_from_json(ne_arena *arena, const char *json, size_t len, ne_doc **out,
				 size_t *error_offset)
{
	jparser		jp;
	jval		root;
	ne_doc	   *doc;

	*out = NULL;
	*error_offset = 0;
	if (len > NE_MAX_INPUT)
		return NE_ETOOBIG;
	if (ne_utf8_validate(json, len) != len)
	{
		*error_offset = ne_utf8_validate(json, len);
		return NE_EUTF8;
	}
	memset(&jp, 0, sizeof(jp));
	memset(&root, 0, sizeof(root));
	jp.p = jp.start = json;
	jp.end = json + len;
	jp.arena = arena;
	j_value(&jp, &root, 0);
	if (!jp.bad)
	{
		j_ws(&jp);
		if (jp.p != jp.end)
			j_fail(&jp);
	}
	if (jp.oom)
		return NE_ENOMEM;
	if (jp.bad)
	{
		*error_offset = (size_t) (jp.err_at - json);
		return NE_EFORMAT;
	}
	doc = ne_arena_alloc(arena, sizeof(ne_doc));
	if (doc == NULL)
		return NE_ENOMEM;
	if (!json_to_doc(arena, &root, doc))
	{
		*error_offset = SIZE_MAX;
		return NE_EFORMAT;
	}
	*out = doc;
	return NE_OK;
}
