/*-------------------------------------------------------------------------
 *
 * timestamps.c
 *	  Publication and update times an article prints about itself:
 *	  "12:40 GMT 14.02.2022 (Updated: 13:12 GMT 14.02.2022)", "PUBLISHED: .
 *	  14:11 EST, 25 October 2013", "Last updated at 3:31 PM on 19th July
 *	  2011", "February 14, 2022 at 12:40 p.m. ET", "14.02.2022, 12:40 Uhr",
 *	  "14 février 2022 à 12h40", ISO 8601, Der Standard's "(Name, 19.1.2016)".
 *
 * Only where an article dates itself is looked at: short lines of the
 * header block, the opening of the first paragraph (flattened headers),
 * and the last paragraphs; dates of events inside the story are not
 * publication times.  A label before the value decides its kind; without
 * one, the first dated line of the header is the publication.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdlib.h>

typedef struct ts_parse
{
	int			y,
				m,
				d;
	int			hh,
				mi,
				ss;
	bool		has_time;
	bool		has_zone;
	int			offset;			/* minutes, when has_zone */
	bool		ambiguous;
	uint32_t	end;			/* token after the expression */
} ts_parse;

/* Numeric value of an all-digit token (at most 9 digits), or -1. */
static int
tok_num(const ne_seg *s, uint32_t i)
{
	const char *p;
	int			v = 0;
	uint32_t	k;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_DIGIT) || s->toks[i].len > 9)
		return -1;
	p = tok_ptr(s, i);
	for (k = 0; k < s->toks[i].len; k++)
		v = v * 10 + (p[k] - '0');
	return v;
}

/* Is token i glued to the previous one (no white space between)? */
static inline bool
glued(const ne_seg *s, uint32_t i)
{
	return i < s->ntoks && !(s->toks[i].flags & TK_SPACE_B);
}

/* Is token i a weekday name? */
static bool
word_weekday(const ne_seg *s, uint32_t i)
{
	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) || !(s->toks[i].flags & TK_ASCII) ||
		s->toks[i].len >= 64 || !(tok_lexbits(s, &s->toks[i]) & NE_WC_WEEKDAY))
		return false;
	return ne_tok_calendar_word(s, i, false);
}

/* Day with an optional ordinal: "19", "19th", "1er", "14." */
static int
day_token(const ne_seg *s, uint32_t *j)
{
	uint32_t	i = *j;
	const char *p;
	int			v = 0;
	uint32_t	k;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_NUMLIKE) || !(s->toks[i].flags & TK_ASCII))
		return 0;
	p = tok_ptr(s, i);
	/* three digits are already too many ("5555555555th" must not overflow v) */
	for (k = 0; k < s->toks[i].len && k < 3 && p[k] >= '0' && p[k] <= '9'; k++)
		v = v * 10 + (p[k] - '0');
	if (k == 0 || k > 2)
		return 0;
	if (k < s->toks[i].len)
	{
		const char *suf = p + k;
		size_t		n = s->toks[i].len - k;

		if (!((n == 2 && (memcmp(suf, "th", 2) == 0 || memcmp(suf, "st", 2) == 0 ||
						  memcmp(suf, "nd", 2) == 0 || memcmp(suf, "rd", 2) == 0 ||
						  memcmp(suf, "er", 2) == 0)) || (n == 1 && suf[0] == 'e')))
			return 0;
	}
	i++;
	if (i < s->ntoks && tok_is_char(s, i, '.') && glued(s, i))
		i++;
	*j = i;
	return v >= 1 && v <= 31 ? v : 0;
}

/* A four-digit year at token *j. */
static int
year_token(const ne_seg *s, uint32_t *j)
{
	int			y = tok_num(s, *j);

	if (y < 1000 || y > 2999 || s->toks[*j].len != 4)
		return 0;
	(*j)++;
	return y;
}

/*
 * Can the number at token i open a date or a time?  Every form that opens
 * with a number (parse_date, parse_time, parse_iso_at) has a separator
 * glued to it (14.02.2022, 12:40, 2022-02-14, "14. Mai"), or "de" or a
 * month name after it ("14 de febrero", "14 March").  A word past ASCII
 * may be a month.
 */
static bool
number_may_open(const ne_seg *s, uint32_t i)
{
	const ne_token *n;

	if (i + 1 >= s->ntoks)
		return false;
	n = &s->toks[i + 1];
	if ((n->flags & TK_PUNCT) && !(n->flags & TK_SPACE_B))
		return true;
	if (!(n->flags & TK_ALPHA))
		return false;
	return tok_date_word(s, n) || tok_ieq(s, i + 1, "de");
}

/*
 * A date at token i: numeric (14.02.2022, 2022-02-14, 02/14/2022) or with a
 * month name (14 February 2022, February 14, 2022, 19th July 2011, 14 de
 * febrero de 2022, Mon 14 Feb 2022).  A year is required.
 */
static bool
parse_date(const ne_seg *s, uint32_t i, ts_parse *r)
{
	uint32_t	j = i;
	int			a,
				b,
				c,
				m;

	/* weekday prefix */
	if (word_weekday(s, j))
	{
		j++;
		if (tok_is_char(s, j, '.') && glued(s, j))
			j++;
		if (tok_is_char(s, j, ','))
			j++;
	}
	/* numeric forms */
	a = tok_num(s, j);
	if (a >= 0 && j + 4 < s->ntoks)
	{
		uint32_t	sep = s->toks[j + 1].cp;

		if ((sep == '.' || sep == '/' || sep == '-') && tok_is_char(s, j + 1, sep) &&
			glued(s, j + 1) && glued(s, j + 2) && tok_is_char(s, j + 3, sep) &&
			glued(s, j + 3) && glued(s, j + 4))
		{
			b = tok_num(s, j + 2);
			c = tok_num(s, j + 4);
			if (b < 0 || c < 0)
				return false;
			if (s->toks[j].len == 4 && sep == '-')
			{
				r->y = a;
				r->m = b;
				r->d = c;
			}
			else if (s->toks[j + 4].len == 4)
			{
				r->y = c;
				if (sep == '/' && b <= 12 && a <= 12 && strcmp(ne_seg_lang(s), "en") == 0)
				{
					r->m = a;
					r->d = b;
					r->ambiguous = a != b;
				}
				else if (sep == '/' && a <= 12 && b > 12)
				{
					r->m = a;
					r->d = b;
				}
				else
				{
					r->d = a;
					r->m = b;
					r->ambiguous = (sep == '/' && a <= 12 && b <= 12 && a != b);
				}
			}
			else
				return false;
			r->end = j + 5;
			return ne_valid_date(r->y, r->m, r->d);
		}
		/* "14. 5. 2016" (Der Standard) */
		if (tok_is_char(s, j + 1, '.') && glued(s, j + 1) && tok_num(s, j + 2) > 0 &&
			tok_is_char(s, j + 3, '.') && glued(s, j + 3) && tok_num(s, j + 4) > 999)
		{
			r->d = a;
			r->m = tok_num(s, j + 2);
			r->y = tok_num(s, j + 4);
			r->end = j + 5;
			return ne_valid_date(r->y, r->m, r->d);
		}
	}
	/* day month year */
	{
		uint32_t	k = j;
		int			d = day_token(s, &k);

		if (d)
		{
			if (tok_ieq(s, k, "de"))
				k++;
			if ((m = ne_tok_month(s, k)) != 0)
			{
				k++;
				if (tok_is_char(s, k, '.') && glued(s, k))
					k++;
				if (tok_ieq(s, k, "de"))
					k++;
				if (tok_is_char(s, k, ','))
					k++;
				if ((r->y = year_token(s, &k)) != 0)
				{
					r->m = m;
					r->d = d;
					r->end = k;
					return ne_valid_date(r->y, r->m, r->d);
				}
			}
		}
	}
	/* month day, year */
	if ((m = ne_tok_month(s, j)) != 0)
	{
		uint32_t	k = j + 1;
		int			d;

		if (tok_is_char(s, k, '.') && glued(s, k))
			k++;
		if ((d = day_token(s, &k)) != 0)
		{
			if (tok_is_char(s, k, ','))
				k++;
			if ((r->y = year_token(s, &k)) != 0)
			{
				r->m = m;
				r->d = d;
				r->end = k;
				return ne_valid_date(r->y, r->m, r->d);
			}
		}
	}
	return false;
}

/*
 * A time at token i: 12:40, 12:40:05, 3:31 PM, 12:40 p.m., 12.40 (with a
 * zone or am/pm after it), 12h40, then an optional zone.
 */
static bool
parse_time(const ne_seg *s, uint32_t i, ts_parse *r)
{
	uint32_t	j = i;
	int			h = tok_num(s, j),
				mi = -1,
				sec = 0;
	bool		dot = false;

	if (h < 0 && i < s->ntoks && (s->toks[i].flags & TK_NUMLIKE) && (s->toks[i].flags & TK_ASCII))
	{
		/* 12h40 */
		const char *p = tok_ptr(s, i);
		uint32_t	n = s->toks[i].len;

		if (n >= 4 && n <= 5)
		{
			uint32_t	k = 0;

			h = 0;
			while (k < n && p[k] >= '0' && p[k] <= '9')
				h = h * 10 + (p[k++] - '0');
			if (k >= 1 && k <= 2 && k < n && p[k] == 'h' && n - k - 1 == 2 &&
				p[k + 1] >= '0' && p[k + 1] <= '9' && p[k + 2] >= '0' && p[k + 2] <= '9')
			{
				mi = (p[k + 1] - '0') * 10 + (p[k + 2] - '0');
				j = i + 1;
			}
			else
				return false;
		}
		else
			return false;
	}
	else
	{
		if (h < 0 || s->toks[j].len > 2 || j + 2 >= s->ntoks)
			return false;
		if (!(tok_is_char(s, j + 1, ':') || tok_is_char(s, j + 1, '.')) || !glued(s, j + 1) ||
			!glued(s, j + 2) || s->toks[j + 2].len != 2)
			return false;
		dot = tok_is_char(s, j + 1, '.');
		mi = tok_num(s, j + 2);
		j += 3;
		if (j + 1 < s->ntoks && tok_is_char(s, j, ':') && glued(s, j) && glued(s, j + 1) &&
			s->toks[j + 1].len == 2)
		{
			sec = tok_num(s, j + 1);
			j += 2;
		}
	}
	if (h > 24 || mi < 0 || mi > 59 || sec > 59)
		return false;
	/* am / pm */
	if (j < s->ntoks && (tok_ieq(s, j, "am") || tok_ieq(s, j, "pm")))
	{
		bool		pm = tok_ieq(s, j, "pm");

		if (h < 1 || h > 12)
			return false;
		h = (h % 12) + (pm ? 12 : 0);
		j++;
		dot = false;
	}
	else if (j + 3 < s->ntoks && (tok_ieq(s, j, "a") || tok_ieq(s, j, "p")) &&
			 tok_is_char(s, j + 1, '.') && tok_ieq(s, j + 2, "m") && tok_is_char(s, j + 3, '.'))
	{
		bool		pm = tok_ieq(s, j, "p");

		if (h < 1 || h > 12)
			return false;
		h = (h % 12) + (pm ? 12 : 0);
		j += 4;
		dot = false;
	}
	if (h == 24)
		return false;
	r->hh = h;
	r->mi = mi;
	r->ss = sec;
	r->has_time = true;
	/* zone */
	if (j < s->ntoks)
	{
		const char *z = ne_lex_tok(LEX_ZONES, s, j);

		if (z && (s->toks[j].flags & TK_ALLCAP || !(s->toks[j].flags & TK_ASCII)))
		{
			int			sign = z[0] == '-' ? -1 : 1;
			int			off = sign * (((z[1] - '0') * 10 + (z[2] - '0')) * 60 +
									  (z[3] - '0') * 10 + (z[4] - '0'));

			r->has_zone = true;
			r->offset = off;
			/* a generic zone (ET) keeps its standard offset; see us_dst() */
			if (z[5] == '?')
				r->ambiguous = true;
			j++;
		}
		else if (tok_eq(s, j, "Uhr"))
			j++;
		else if (dot)
			return false;		/* "12.40" needs a zone or am/pm */
	}
	else if (dot)
		return false;
	r->end = j;
	return true;
}

/* Is a US daylight-saving date (second Sunday of March to first Sunday of November)? */
static bool
us_dst(int y, int m, int d)
{
	int64_t		day = ne_days_from_civil(y, (unsigned) m, (unsigned) d);
	int64_t		mar1 = ne_days_from_civil(y, 3, 1),
				nov1 = ne_days_from_civil(y, 11, 1);
	/* 1970-01-01 was a Thursday: weekday = (days + 4) % 7, Sunday = 0 */
	int64_t		mar_sun2 = mar1 + ((7 - ((mar1 + 4) % 7 + 7) % 7) % 7) + 7;
	int64_t		nov_sun1 = nov1 + ((7 - ((nov1 + 4) % 7 + 7) % 7) % 7);

	return day >= mar_sun2 && day < nov_sun1;
}

/* Label before token i in the same paragraph: published or updated kind, or -1. */
static int
label_before(const ne_seg *s, uint32_t i, uint32_t para_start)
{
	uint32_t	k;
	uint32_t	stop = i > para_start + 8 ? i - 8 : para_start;

	for (k = i; k > stop; k--)
	{
		uint32_t	t = k - 1;

		if (tok_ieq(s, t, "updated") || tok_ieq(s, t, "update") || tok_ieq(s, t, "modified") ||
			tok_ieq(s, t, "corrected") || tok_ieq(s, t, "correction") ||
			(tok_ieq(s, t, "note") && t > 0 && (tok_ieq(s, t - 1, "editor's") ||
												 tok_ieq(s, t - 1, "editors") ||
												 tok_ieq(s, t - 1, "editor’s"))) ||
			tok_ieq(s, t, "aktualisiert") || tok_ieq(s, t, "actualizado") ||
			tok_ieq(s, t, "actualizada") || tok_eq(s, t, "Обновлено") ||
			tok_eq(s, t, "обновлено") || tok_eq(s, t, "Оновлено") ||
			(tok_ieq(s, t, "jour") && t >= 2 && tok_ieq(s, t - 2, "mis")))
			return NE_TS_UPDATED;
		if (tok_ieq(s, t, "published") || tok_ieq(s, t, "posted") || tok_ieq(s, t, "publié") ||
			tok_ieq(s, t, "publiziert") || tok_ieq(s, t, "veröffentlicht") ||
			tok_ieq(s, t, "publicado") || tok_ieq(s, t, "publicada") ||
			tok_eq(s, t, "Опубликовано") || tok_eq(s, t, "опубликовано") ||
			tok_eq(s, t, "Опубліковано") || tok_ieq(s, t, "publicat") ||
			tok_ieq(s, t, "pubblicato"))
			return NE_TS_PUBLISHED;
		/* another value stands between: the label belongs to it */
		if ((s->toks[t].flags & TK_DIGIT) && s->toks[t].len == 4)
			return -1;
	}
	return -1;
}

/* Add one timestamp to the doc's list. */
static void
add_ts(ne_ctx *ctx, ne_vec *out, const ts_parse *r, int kind, uint32_t first)
{
	const ne_seg *s = &ctx->seg;
	ne_timestamp *t;
	int64_t		local;
	uint32_t	last = r->end - 1;
	int			off = 0;
	uint8_t		flags = 0;
	size_t		i;

	local = ne_days_from_civil(r->y, (unsigned) r->m, (unsigned) r->d) * 86400;
	if (r->has_time)
	{
		local += r->hh * 3600 + r->mi * 60 + r->ss;
		if (r->has_zone)
			off = r->offset;
		else
		{
			const char *zone = ctx->opts && ctx->opts->default_zone ?
				ctx->opts->default_zone : "UTC";

			if (ne_zone_offset(zone, local, &off) != NE_OK)
				off = 0;
			flags |= NE_TS_ZONE_ASSUMED;
		}
	}
	else
		flags |= NE_TS_DATE_ONLY;
	if (r->ambiguous)
		flags |= NE_TS_AMBIGUOUS;
	/* the same instant and kind printed twice (repeated headers) is one */
	for (i = 0; i < out->n; i++)
	{
		ne_timestamp *o = &((ne_timestamp *) out->data)[i];

		if (o->kind == kind && o->utc_seconds == local - (int64_t) off * 60 &&
			(o->flags & NE_TS_DATE_ONLY) == (flags & NE_TS_DATE_ONLY))
			return;
	}
	t = ne_vec_push(out);
	if (t == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	t->kind = (uint8_t) kind;
	t->flags = flags;
	t->offset_minutes = (flags & NE_TS_DATE_ONLY) ? 0 : (int16_t) off;
	t->utc_seconds = local - (int64_t) t->offset_minutes * 60;
	t->text = ne_arena_strndup(ctx->arena, s->text + s->toks[first].start,
							   s->toks[last].start + s->toks[last].len - s->toks[first].start);
	t->span = ne_make_span(ctx, s->toks[first].start, s->toks[last].start + s->toks[last].len);
	if (!ne_timestamp_valid(t))
		out->n--;
}

/*
 * A date-time expression at token i: DATE [,|at|à|um|on] TIME, or TIME
 * [,|on] DATE, or an ISO 8601 value.  Fills r; returns false if none.
 */
static bool
parse_expr(const ne_seg *s, uint32_t i, uint32_t limit, ts_parse *r)
{
	ts_parse	t;

	memset(r, 0, sizeof(*r));
	if (parse_date(s, i, r))
	{
		uint32_t	j = r->end;

		if (j < limit && (tok_is_char(s, j, ',') || tok_ieq(s, j, "at") || tok_eq(s, j, "à") ||
						  tok_ieq(s, j, "um") || tok_eq(s, j, "/") || tok_ieq(s, j, "a") ||
						  tok_eq(s, j, "в") || tok_eq(s, j, "-")))
			j++;
		if (j < limit && tok_ieq(s, j, "las"))
			j++;
		memset(&t, 0, sizeof(t));
		if (j < limit && parse_time(s, j, &t))
		{
			r->hh = t.hh;
			r->mi = t.mi;
			r->ss = t.ss;
			r->has_time = true;
			r->has_zone = t.has_zone;
			r->offset = t.offset;
			r->ambiguous |= t.ambiguous;
			r->end = t.end;
		}
		return true;
	}
	memset(r, 0, sizeof(*r));
	if (parse_time(s, i, r))
	{
		uint32_t	j = r->end;

		if (j < limit && (tok_is_char(s, j, ',') || tok_ieq(s, j, "on") || tok_eq(s, j, "|")))
			j++;
		memset(&t, 0, sizeof(t));
		if (j < limit && parse_date(s, j, &t))
		{
			r->y = t.y;
			r->m = t.m;
			r->d = t.d;
			r->ambiguous |= t.ambiguous;
			r->end = t.end;
			return true;
		}
	}
	return false;
}

/* Parse ISO 8601 at a token whose text starts "YYYY-MM-DD"; bytes based. */
static bool
parse_iso_at(const ne_seg *s, uint32_t i, ts_parse *r)
{
	const char *p = s->text + s->toks[i].start;
	size_t		left = s->len - s->toks[i].start,
				n;
	int			k;

	if (left < 10)
		return false;
	for (k = 0; k < 10; k++)
		if ((k == 4 || k == 7) ? p[k] != '-' : (p[k] < '0' || p[k] > '9'))
			return false;
	memset(r, 0, sizeof(*r));
	r->y = atoi(p);
	r->m = (p[5] - '0') * 10 + (p[6] - '0');
	r->d = (p[8] - '0') * 10 + (p[9] - '0');
	if (!ne_valid_date(r->y, r->m, r->d))
		return false;
	n = 10;
	if (left >= 16 && (p[10] == 'T' || p[10] == ' ') && p[13] == ':' &&
		p[11] >= '0' && p[11] <= '9' && p[14] >= '0' && p[14] <= '9')
	{
		r->hh = (p[11] - '0') * 10 + (p[12] - '0');
		r->mi = (p[14] - '0') * 10 + (p[15] - '0');
		n = 16;
		if (left >= 19 && p[16] == ':')
		{
			r->ss = (p[17] - '0') * 10 + (p[18] - '0');
			n = 19;
		}
		if (r->hh > 23 || r->mi > 59 || r->ss > 59)
			return false;
		r->has_time = p[10] == 'T';
		if (!r->has_time)
			n = 10;
		else if (n < left && p[n] == 'Z')
		{
			r->has_zone = true;
			n++;
		}
		else if (n + 6 <= left && (p[n] == '+' || p[n] == '-') && p[n + 3] == ':')
		{
			r->has_zone = true;
			r->offset = (p[n] == '-' ? -1 : 1) *
				(((p[n + 1] - '0') * 10 + (p[n + 2] - '0')) * 60 +
				 (p[n + 4] - '0') * 10 + (p[n + 5] - '0'));
			n += 6;
		}
	}
	/* the token after the value */
	{
		uint32_t	end_byte = s->toks[i].start + (uint32_t) n;
		uint32_t	j = i;

		while (j < s->ntoks && s->toks[j].start < end_byte)
			j++;
		r->end = j;
	}
	return true;
}

/*
 * The windows of paragraph p searched for the article's own dates (at most
 * two).  Short lines of the header block and of the end are read whole; a
 * long first paragraph (a flattened page header) at its opening, and the
 * last paragraph at its close (author trailers).
 */
static int
dated_windows(const ne_seg *s, uint32_t p, uint32_t from[2], uint32_t limit[2])
{
	const ne_para *para = &s->paras[p];
	int			n = 0;

	if (para->zone == ZONE_BOILERPLATE)
		return 0;
	if (para->zone != ZONE_BODY || para->end - para->start < 200)
	{
		if (p < 16 || p + 3 >= s->nparas)
		{
			from[0] = para->tok_start;
			limit[0] = para->tok_end;
			return 1;
		}
		return 0;
	}
	if (p < 2)
	{
		from[n] = para->tok_start;
		limit[n] = para->tok_start + 400 < para->tok_end ? para->tok_start + 400 : para->tok_end;
		n++;
	}
	if (p + 1 == s->nparas)
	{
		uint32_t	f = para->tok_end > para->tok_start + 40 ? para->tok_end - 40 : para->tok_start;

		if (n > 0 && f < limit[0])
			f = limit[0];		/* no overlap with the opening window */
		if (f < para->tok_end)
		{
			from[n] = f;
			limit[n] = para->tok_end;
			n++;
		}
	}
	return n;
}

/* Find the printed publication and update times. */
void
ne_extract_timestamps(ne_ctx *ctx)
{
	const ne_seg *s = &ctx->seg;
	ne_vec		out;
	uint32_t	p;
	int64_t		first_pub_time = -1,
				first_pub_date = -1;
	bool		labeled_pub = false;
	size_t		k;
	uint64_t   *opens;

	ne_vec_init(&out, ctx->arena, sizeof(ne_timestamp), 4);
	/* the tokens a date or a time may open with: numbers, and TK_DATE words */
	if (!ne_seg_bits(ctx))
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	opens = s->date_bits;
	for (p = 0; p < s->nparas; p++)
	{
		const ne_para *para = &s->paras[p];
		uint32_t	wfrom[2],
					wlimit[2],
					limit,
					from,
					i;
		bool		at_end = p + 3 >= s->nparas && p > 0 && p >= 16;
		bool		long_para = para->zone == ZONE_BODY && para->end - para->start >= 200;
		int			nw = dated_windows(s, p, wfrom, wlimit),
					w;

		if (para->repeated)
			continue;
		for (w = 0; w < nw; w++)
		{
			from = wfrom[w];
			limit = wlimit[w];
			for (i = ne_next_bit(opens, from, limit); i < limit; i = ne_next_bit(opens, i + 1, limit))
			{
				ts_parse	r;
				int			kind;
				const ne_token *t = &s->toks[i];

				/* a date or time opens with a number, a month or a weekday */
				if (!(t->flags & TK_NUMLIKE) &&
					!((t->flags & TK_ALPHA) && tok_date_word(s, t)))
					continue;

				/*
				 * A number of three or more than four digits (no leading
				 * zero) is no day, month, hour or year: "155,221 bags"
				 */
				if ((t->flags & TK_DIGIT) && (t->len == 3 || t->len > 4) &&
					s->text[t->start] != '0')
					continue;
				if ((t->flags & TK_DIGIT) && !number_may_open(s, i))
					continue;
				if (i > para->tok_start && glued(s, i) && (s->toks[i - 1].flags & (TK_NUMLIKE | TK_ALPHA)))
					continue;
				if (!((t->flags & TK_DIGIT) && t->len == 4 && parse_iso_at(s, i, &r)) &&
					!parse_expr(s, i, limit, &r))
					continue;
				/* generic zones (ET, CT, MT, PT): daylight by the US rules */
				if (r.has_time && r.has_zone)
				{
					const char *z = ne_lex_tok(LEX_ZONES, s, r.end - 1);

					if (z && z[5] == ',' && us_dst(r.y, r.m, r.d))
						r.offset += 60;
				}
				kind = label_before(s, i, para->tok_start);
				if (kind < 0)
				{
					/*
					 * An author trailer closing the article: "(Name, 19.1.2016)",
					 * "(1.3.2016)", "Name | 04/06/2017".
					 */
					if ((p + 3 >= s->nparas || (long_para && p + 1 == s->nparas)) &&
						i > para->tok_start &&
						((r.end < para->tok_end && tok_is_char(s, r.end, ')') &&
						  (tok_is_char(s, i - 1, ',') || tok_is_char(s, i - 1, '('))) ||
						 (r.end + 1 >= para->tok_end && p + 1 == s->nparas &&
						  (tok_is_char(s, i - 1, '|') || tok_is_char(s, i - 1, ',')))))
						kind = NE_TS_PUBLISHED;
					else if (at_end || (long_para && (p > 0 || i > para->tok_start + 60)))
						kind = NE_TS_OTHER;
					else
						kind = -2;	/* decided below */
				}
				if (kind == -2 && para->zone == ZONE_BODY && i > para->tok_start + 3 &&
					!(long_para && p < 2 && i < para->tok_start + 60))
					kind = NE_TS_OTHER;	/* a date inside a sentence is an event's */
				if (kind == -2)
				{
					/* unlabeled in the header: a publication time candidate */
					kind = NE_TS_OTHER;
					if (r.has_time && first_pub_time < 0)
					{
						first_pub_time = (int64_t) out.n;
						kind = NE_TS_PUBLISHED;
					}
					else if (!r.has_time && first_pub_date < 0 && para->end - para->start < 200)
					{
						first_pub_date = (int64_t) out.n;
						kind = NE_TS_PUBLISHED;
					}
				}
				else if (kind == NE_TS_PUBLISHED)
					labeled_pub = true;
				add_ts(ctx, &out, &r, kind, i);
				if (ctx->status != NE_OK)
					return;
				i = r.end - 1;
		}
		if (!ne_check_interrupt(ctx, limit - from))
			return;
		}
	}

	/*
	 * One publication time: a labeled one wins; otherwise a dated line with
	 * a time beats a date alone; the other candidates become "other".
	 */
	{
		ne_timestamp *ts = out.data;
		int64_t		keep = -1;

		for (k = 0; k < out.n; k++)
			if (ts[k].kind == NE_TS_PUBLISHED)
			{
				bool		labeled = (int64_t) k != first_pub_time && (int64_t) k != first_pub_date;

				if (labeled_pub ? labeled && keep < 0 : false)
					keep = (int64_t) k;
			}
		if (keep < 0)
			keep = first_pub_time >= 0 ? first_pub_time : first_pub_date;
		for (k = 0; k < out.n; k++)
			if (ts[k].kind == NE_TS_PUBLISHED && (int64_t) k != keep)
			{
				bool		labeled = (int64_t) k != first_pub_time && (int64_t) k != first_pub_date;

				if (!labeled)
					ts[k].kind = NE_TS_OTHER;
			}
		if (keep >= 0 && keep < (int64_t) out.n)
			ctx->published_utc = ts[keep].utc_seconds;
	}
	if (out.failed)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	ctx->doc->n_timestamps = (uint32_t) out.n;
	ctx->doc->timestamps = out.n ? out.data : NULL;
}
