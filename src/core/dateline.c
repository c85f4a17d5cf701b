/*-------------------------------------------------------------------------
 *
 * dateline.c
 *	  The dateline that opens a story: "SALVADOR, Feb 26 - ", "LONDON
 *	  (Reuters) - ", "KYIV, Ukraine (AP) — ", "(CNN) -- ", "Wien – ",
 *	  "México.- ", "NEW DELHI: ", "МОСКВА, 14 фев — РИА Новости.".
 *
 * A dateline is looked for only where a story opens: at the start of the
 * paragraphs up to the first prose paragraph (and the one after it, since
 * scraped pages put a teaser first), and at the first sentences of those
 * paragraphs, never in the middle of the text.  A place in capitals may
 * end with any separator; a place in title case needs an agency in
 * parentheses or a dash, since "Lavrov: Russia …" is a headline.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

typedef struct dl_parse
{
	uint32_t	place_start;	/* token range of the place, or equal */
	uint32_t	place_end;
	uint32_t	region_start;
	uint32_t	region_end;
	uint32_t	agency_start;
	uint32_t	agency_end;
	int			month;
	int			day;
	uint32_t	end;			/* token after the separator */
	bool		allcaps;
	uint32_t	first;			/* first token of the dateline */
} dl_parse;

/* Is token i a dash-like separator: - -- — – _ ? */
static bool
is_dash(const ne_seg *s, uint32_t i)
{
	return i < s->ntoks && ((s->toks[i].flags & TK_DASH) || tok_is_char(s, i, '_'));
}

/* Day number (1..31) of token i, or 0. */
static int
tok_day(const ne_seg *s, uint32_t i)
{
	const char *p;
	int			v = 0;
	uint32_t	k;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_DIGIT) || s->toks[i].len > 2)
		return 0;
	p = tok_ptr(s, i);
	for (k = 0; k < s->toks[i].len; k++)
		v = v * 10 + (p[k] - '0');
	return v >= 1 && v <= 31 ? v : 0;
}

/*
 * Parse a date at token *j: "Feb 26", "March 3", "14 Feb.", "14 фев",
 * "19 de febrero de 2021", "le 29 octobre 2019".  Advances *j past it.
 */
static bool
parse_date(const ne_seg *s, uint32_t *j, uint32_t limit, int *month, int *day)
{
	uint32_t	k = *j;
	int			m,
				d;

	if (k < limit && (tok_ieq(s, k, "le") || tok_ieq(s, k, "el")))
		k++;
	if ((m = ne_tok_month(s, k)) != 0)
	{
		k++;
		if (k < limit && tok_is_char(s, k, '.') && !(s->toks[k].flags & TK_SPACE_B))
			k++;
		if ((d = tok_day(s, k)) == 0)
			return false;
		k++;
	}
	else if ((d = tok_day(s, k)) != 0)
	{
		k++;
		if (k < limit && tok_is_char(s, k, '.') && !(s->toks[k].flags & TK_SPACE_B))
			k++;
		if (k < limit && tok_ieq(s, k, "de"))
			k++;
		if ((m = ne_tok_month(s, k)) == 0)
			return false;
		k++;
		if (k < limit && tok_is_char(s, k, '.') && !(s->toks[k].flags & TK_SPACE_B))
			k++;
	}
	else
		return false;
	/* an optional year: ", 2024" / "de 2021" / "2019" */
	if (k + 1 < limit && tok_is_char(s, k, ',') && (s->toks[k + 1].flags & TK_DIGIT) &&
		s->toks[k + 1].len == 4)
		k += 2;
	else if (k + 1 < limit && tok_ieq(s, k, "de") && (s->toks[k + 1].flags & TK_DIGIT) &&
			 s->toks[k + 1].len == 4)
		k += 2;
	else if (k < limit && (s->toks[k].flags & TK_DIGIT) && s->toks[k].len == 4)
		k++;
	*j = k;
	*month = m;
	*day = d;
	return true;
}

/* Skip "(...)" at *j (at most max tokens inside); returns false if none. */
static bool
skip_parens(const ne_seg *s, uint32_t *j, uint32_t limit, uint32_t max,
			uint32_t *in_start, uint32_t *in_end)
{
	uint32_t	k;

	if (*j >= limit || !tok_is_char(s, *j, '('))
		return false;
	for (k = *j + 1; k < limit && k <= *j + max + 1; k++)
		if (tok_is_char(s, k, ')'))
		{
			*in_start = *j + 1;
			*in_end = k;
			*j = k + 1;
			return true;
		}
	return false;
}

/* Is the token range an agency (lexicon, or capitals like "LPC/IFR")? */
static bool
is_agency_range(const ne_seg *s, uint32_t a, uint32_t b)
{
	const char *v;
	uint32_t	k;

	if (a == b)
		return true;			/* "WASHINGTON () - " */
	if (ne_lex_match(LEX_AGENCIES, s, a, b, &v) == b - a)
		return true;
	for (k = a; k < b; k++)
		if (!((s->toks[k].flags & TK_ALLCAP) || tok_is_char(s, k, '/') ||
			  tok_is_char(s, k, '-')))
			return false;
	return b - a <= 3;
}

/*
 * Try to read a dateline at token i (a paragraph or sentence start).
 * titlecase_ok allows places not in capitals ("Wien – ").
 */
static bool
parse_at(const ne_seg *s, uint32_t i, uint32_t limit, bool para_start, dl_parse *r)
{
	uint32_t	j = i;
	uint32_t	words = 0;
	bool		allcaps = true;
	bool		sep = false;
	bool		strong_sep = false;	/* a dash, ".-", or an agency */
	bool		lowercase = false;	/* "peoria, april 7 - " in old wire copy */
	uint32_t	a0,
				a1;

	memset(r, 0, sizeof(*r));
	r->place_start = r->place_end = i;
	r->first = i;

	/* "(CNN) -- " alone: an agency and no place */
	if (skip_parens(s, &j, limit, 3, &a0, &a1) && a1 > a0 &&
		ne_lex_match(LEX_AGENCIES, s, a0, a1, NULL) == a1 - a0)
	{
		r->agency_start = a0;
		r->agency_end = a1;
		if (is_dash(s, j))
			j++;
		r->end = j;
		return true;
	}
	j = i;

	/* the place: capitalized words, slash-joined or with inner periods */
	while (j < limit && words < 6)
	{
		const ne_token *t = &s->toks[j];

		if (j > i && (t->flags & TK_NL_B))
			break;
		if ((t->flags & TK_ALPHA) && ((t->flags & TK_UPPER) || (para_start && words < 2)))
		{
			if (!(t->flags & TK_ALLCAP))
				allcaps = false;
			if (!(t->flags & TK_UPPER))
				lowercase = true;
			words++;
			j++;
			/* "ST. LOUIS", "FT. WORTH": a period glued to a short word */
			if (j + 1 < limit && tok_is_char(s, j, '.') && !(s->toks[j].flags & TK_SPACE_B) &&
				t->nletters <= 3 && (s->toks[j + 1].flags & TK_UPPER) &&
				(s->toks[j + 1].flags & TK_SPACE_B) &&
				ne_lex_tok(LEX_ABBREVIATIONS, s, j - 1))
				j++;
			continue;
		}
		if (words > 0 && tok_is_char(s, j, '/') && j + 1 < limit &&
			(s->toks[j + 1].flags & TK_UPPER))
		{
			j++;
			continue;
		}
		/* "CIUDAD DE MÉXICO": a lower-case particle inside a capital place */
		if (words > 0 && allcaps && (t->flags & TK_ALLCAP) == 0 && (t->flags & TK_ALPHA) &&
			t->nletters <= 3 && j + 1 < limit && (s->toks[j + 1].flags & TK_ALLCAP))
			break;
		break;
	}
	if (words == 0 || words > 5)
		return false;
	r->place_end = j;
	r->allcaps = allcaps;
	/* a single capital letter is no place; labels and agencies are not places */
	if (words == 1 && s->toks[i].nletters < 2)
		return false;
	if (ne_lex_tok(LEX_STOPNAMES, s, i) ||
		(words == 1 && ne_lex_tok(LEX_FUNCTION_WORDS, s, i)) ||
		ne_lex_match(LEX_AGENCIES, s, i, r->place_end, NULL) == r->place_end - i ||
		ne_lex_tok(LEX_BOILERPLATE, s, i) || ne_lex_tok(LEX_TITLES, s, i))
		return false;
	if (!allcaps && words > 3)
		return false;

	/* ", Region" and/or ", Date" */
	while (j < limit && tok_is_char(s, j, ','))
	{
		uint32_t	k = j + 1;
		uint32_t	rw = 0;

		if (r->month == 0 && parse_date(s, &k, limit, &r->month, &r->day))
		{
			j = k;
			continue;
		}
		if (r->region_end > r->region_start)
			break;
		k = j + 1;
		while (k < limit && rw < 4)
		{
			if ((s->toks[k].flags & TK_ALPHA) && (s->toks[k].flags & TK_UPPER))
			{
				rw++;
				k++;
				if (k < limit && tok_is_char(s, k, '.') && !(s->toks[k].flags & TK_SPACE_B))
					k++;
				continue;
			}
			break;
		}
		if (rw == 0)
			break;
		r->region_start = j + 1;
		r->region_end = k;
		j = k;
		/* "COLUMBIA, Md. March 3 - ": a date after the region, no comma */
		if (r->month == 0)
		{
			k = j;
			if (parse_date(s, &k, limit, &r->month, &r->day))
				j = k;
		}
	}
	/* "Cúcuta (Norte de Santander), 19 de febrero de 2021. – ": a region in parentheses */
	if (r->region_end == r->region_start && j < limit && tok_is_char(s, j, '('))
	{
		uint32_t	k = j,
					a,
					b;

		if (skip_parens(s, &k, limit, 5, &a, &b) && b > a &&
			(s->toks[a].flags & TK_UPPER) && !is_agency_range(s, a, b) &&
			tok_is_char(s, k, ','))
		{
			uint32_t	m = k + 1;

			if (parse_date(s, &m, limit, &r->month, &r->day))
			{
				r->region_start = a;
				r->region_end = b;
				j = m;
			}
		}
	}

	/* a date without a comma: "CHEVY CHASE, Md., - March 4 - " handled by the dash */
	if (j < limit && tok_is_char(s, j, ',') && is_dash(s, j + 1))
		j++;
	if (is_dash(s, j) && r->month == 0)
	{
		uint32_t	k = j + 1;

		if (parse_date(s, &k, limit, &r->month, &r->day) && is_dash(s, k))
			j = k;
	}

	/* "(Reuters)", "(AP)", "()", "(LPC/IFR)", "(apro)" */
	{
		uint32_t	k = j;

		if (skip_parens(s, &k, limit, 4, &a0, &a1) &&
			(is_agency_range(s, a0, a1) ||
			 (a1 - a0 == 1 && (s->toks[a0].flags & TK_ALPHA))))
		{
			r->agency_start = a0;
			r->agency_end = a1;
			j = k;
			strong_sep = true;
			sep = true;
		}
	}

	/* the separator */
	if (is_dash(s, j))
	{
		j++;
		sep = strong_sep = true;
	}
	else if (tok_is_char(s, j, '.') && is_dash(s, j + 1) &&
			 (!(s->toks[j + 1].flags & TK_SPACE_B) || r->month != 0))
	{
		/* "México.- ", and after a date also "2021. – " */
		j += 2;
		sep = strong_sep = true;
	}
	else if (tok_is_char(s, j, ':') && allcaps && !strong_sep && words <= 3 &&
			 r->region_end == r->region_start && para_start)
	{
		j++;
		sep = true;
	}
	else if (tok_is_char(s, j, '/') && allcaps)
	{
		/* press wires: "NEW YORK, NY / ACCESSWIRE / May 7, 2024 / " */
		uint32_t	k = j + 1,
					stop = j + 16 < limit ? j + 16 : limit;

		while (k < stop && !tok_is_char(s, k, '/'))
			k++;
		if (k < stop && ne_lex_match(LEX_AGENCIES, s, j + 1, k, NULL) == k - j - 1)
		{
			r->agency_start = j + 1;
			r->agency_end = k;
			j = k + 1;
			if (parse_date(s, &j, limit, &r->month, &r->day) && tok_is_char(s, j, '/'))
				j++;
			sep = strong_sep = true;
		}
	}
	/* a place in lower case, or led by an article ("La Mède"), needs a printed date */
	if ((lowercase || ne_lex_tok(LEX_FUNCTION_WORDS, s, i)) && r->month == 0 && !allcaps)
		return false;
	if (lowercase && r->month == 0)
		return false;
	/* "La Mède, le 29 octobre 2019" alone on its line */
	if (!sep && r->month != 0 && j >= limit)
		sep = strong_sep = true;
	if (!sep)
		return false;
	if (!allcaps && !strong_sep)
		return false;
	/* after a title-case place the story opens with a capital: "Wien – Das" */
	if (!allcaps && j < limit && r->agency_end == r->agency_start && r->month == 0 &&
		(s->toks[j].flags & TK_ALPHA) && !(s->toks[j].flags & TK_UPPER))
		return false;
	/* after a weak separator the story must go on in the same paragraph */
	if (j >= limit && !strong_sep)
		return false;
	/* Russian style: "МОСКВА, 14 фев — РИА Новости. Text" */
	if (r->agency_end == r->agency_start)
	{
		uint32_t	n = ne_lex_match(LEX_AGENCIES, s, j, limit, NULL);

		if (n > 0 && tok_is_char(s, j + n, '.'))
		{
			r->agency_start = j;
			r->agency_end = j + n;
			j += n + 1;
		}
	}
	r->end = j;
	return true;
}

/* Year of a dateline's month: the publication year, minding Dec/Jan. */
static int
dateline_year(const ne_ctx *ctx, int month)
{
	int64_t		y;
	unsigned	m,
				d;

	if (ctx->published_utc == INT64_MIN)
		return 0;
	ne_civil_from_days(ctx->published_utc / 86400, &y, &m, &d);
	if (month == 12 && m == 1)
		y--;
	else if (month == 1 && m == 12)
		y++;
	return (int) y;
}

/* Build the dateline result from a parse. */
static void
emit(ne_ctx *ctx, const dl_parse *r, uint32_t first)
{
	const ne_seg *s = &ctx->seg;
	ne_dateline *d = ne_arena_alloc(ctx->arena, sizeof(ne_dateline));
	uint32_t	last = r->end - 1;
	const char *v;

	if (d == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	d->place = ne_range_text(ctx, r->place_start, r->place_end);
	d->region = ne_range_text(ctx, r->region_start, r->region_end);
	if (r->agency_end > r->agency_start)
	{
		if (ne_lex_match(LEX_AGENCIES, s, r->agency_start, r->agency_end, &v) ==
			r->agency_end - r->agency_start)
			d->agency = ne_arena_strndup(ctx->arena, v, strlen(v));
		else
			d->agency = ne_range_text(ctx, r->agency_start, r->agency_end);
	}
	if (r->month)
	{
		d->month = r->month;
		d->day = r->day;
		d->year = dateline_year(ctx, r->month);
		if (d->year && !ne_valid_date(d->year, d->month, d->day))
			d->year = 0;
		if (!ne_valid_date(d->year ? d->year : 2000, d->month, d->day))
			d->month = d->day = 0, d->year = 0;
	}
	d->text = ne_arena_strndup(ctx->arena, s->text + s->toks[first].start,
							   s->toks[last].start + s->toks[last].len - s->toks[first].start);
	d->span = ne_make_span(ctx, s->toks[first].start,
						   s->toks[last].start + s->toks[last].len);
	ctx->doc->dateline = d;
}

/*
 * Where a dateline opening the text at token i ends: the token after its
 * separator ("LONDON, March 3 (Reuters) - " ends at the story's first
 * word), 0 when none opens there.  The quote pass uses it so reported
 * speech does not start with the dateline.
 */
uint32_t
ne_dateline_end(const ne_seg *s, uint32_t i, uint32_t limit)
{
	dl_parse	r;

	if (!parse_at(s, i, limit, true, &r) || r.first != i || r.end <= i || r.end >= limit)
		return 0;
	return r.end;
}

/*
 * Find the story's dateline: paragraph starts from the second paragraph to
 * the one after the first prose paragraph, then the first sentences of
 * those paragraphs.
 */
void
ne_extract_dateline(ne_ctx *ctx)
{
	const ne_seg *s = &ctx->seg;
	uint32_t	p,
				seen_body = 0,
				tried = 0,
				credit_end;
	dl_parse	r;

	for (p = 0; p < s->nparas && p < 12; p++)
	{
		const ne_para *para = &s->paras[p];
		uint32_t	st;

		/* of a head (ne_segment), the last paragraph is not read: ask for all */
		if (s->truncated && p + 1 >= s->nparas)
		{
			ctx->head_short = true;
			return;
		}
		if (para->zone == ZONE_BOILERPLATE)
			continue;
		/* the headline, a credit or two, then the lead: no further */
		if (++tried > 4)
			break;
		if (para->zone == ZONE_BODY || para->zone == ZONE_TRAILER)
			seen_body++;
		if (seen_body > 2 && (seen_body > 3 ||
							  !ne_slash_credit(s, para->tok_start, para->tok_end, &credit_end)))
			break;				/* a credit line may stand between: see below */
		/* the headline opens the text; a one-paragraph text may open with the dateline */
		if (p == 0 && s->nparas > 1 && para->end - para->start < 300)
		{
			/* unless the first line is a dateline alone: "La Mède, le 29 octobre 2019" */
			if (parse_at(s, para->tok_start, para->tok_end, true, &r) && r.month != 0 &&
				r.end >= para->tok_end && r.place_end > r.place_start)
			{
				emit(ctx, &r, r.first);
				return;
			}
			continue;
		}
		if (para->repeated)
			continue;
		for (st = para->sent_start; st < para->sent_end && st < para->sent_start + 3; st++)
		{
			uint32_t	i = s->sents[st].tok_start,
						name_end,
						k;

			if (parse_at(s, i, para->tok_end, st == para->sent_start, &r))
			{
				emit(ctx, &r, r.first);
				return;
			}
			/* after a credit opening a line: "Enrique Mena/SIPSE CHETUMAL, Q. Roo.- …" */
			if ((st == para->sent_start || (s->toks[i].flags & TK_NL_B)) &&
				(k = ne_slash_credit(s, i, para->tok_end, &name_end)) != 0 &&
				parse_at(s, k, para->tok_end, true, &r))
			{
				emit(ctx, &r, r.first);
				return;
			}
		}
	}
}
