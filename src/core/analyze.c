/*-------------------------------------------------------------------------
 *
 * analyze.c
 *	  Entry points of the core: validate the input, segment it once, run
 *	  the extractors over the shared segmentation.  Also the token helpers,
 *	  the language API, name keys (ICU) and calendar arithmetic.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ucal.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/uchar.h>

static const char *const supported_langs[] = {
	"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "und", NULL
};

/* Is lang one of the languages the lexicons know (or "und")? */
bool
ne_lang_supported(const char *lang)
{
	int			i;

	for (i = 0; supported_langs[i]; i++)
		if (strcmp(lang, supported_langs[i]) == 0)
			return true;
	return false;
}

/* Analyze with every extractor. */
ne_status
ne_analyze(ne_arena *arena, const char *text, size_t len,
		   const ne_options *opts, ne_doc **out)
{
	return ne_analyze_some(arena, text, len, opts, NE_X_ALL, out);
}

/* Is byte c an ASCII digit? */
static inline bool
is_digit_byte(char c)
{
	return (unsigned char) (c - '0') < 10;
}

/* Is byte c an ASCII letter? */
static inline bool
is_alpha_byte(char c)
{
	return (unsigned char) ((c | 0x20) - 'a') < 26;
}

/* Skip blanks (and other control bytes) backwards from byte e. */
static inline size_t
skip_blanks_back(const char *text, size_t e)
{
	while (e > 0 && (unsigned char) text[e - 1] <= ' ')
		e--;
	return e;
}

/*
 * Does a day as timestamps' day_token reads it ("14", "14th", "1er",
 * "14.") end at byte e (after blanks)?  0 no, 1 yes (*start is where its
 * digits begin), 2 maybe (a byte past ASCII next to it).
 */
static int
day_before(const char *text, size_t e, size_t *start)
{
	size_t		w,
				n;

	e = skip_blanks_back(text, e);
	if (e > 0 && text[e - 1] == '.')
		e--;
	for (w = e; w > 0 && e - w < 3 && is_alpha_byte(text[w - 1]); w--)
		;
	if (w > 0 && (unsigned char) text[w - 1] >= 0x80)
		return 2;
	if (w < e && !((e - w == 2 && (strncmp(text + w, "th", 2) == 0 || strncmp(text + w, "st", 2) == 0 ||
									 strncmp(text + w, "nd", 2) == 0 || strncmp(text + w, "rd", 2) == 0 ||
									 strncmp(text + w, "er", 2) == 0)) ||
					(e - w == 1 && text[w] == 'e')))
		return 0;
	for (n = 0; w > 0 && n < 3 && is_digit_byte(text[w - 1]); w--)
		n++;
	*start = w;
	return n >= 1 && n <= 2 && !(w > 0 && is_alpha_byte(text[w - 1]));
}

/*
 * Is the word ending at byte e (after blanks and an abbreviation's ".") a
 * month name?  0 no, 1 yes (*start is where it begins), 2 maybe (a byte
 * past ASCII in or before the word: "février", "März").
 */
static int
month_before(const char *text, size_t e, size_t *start)
{
	size_t		w;
	char		word[16];
	size_t		n;

	e = skip_blanks_back(text, e);
	if (e > 0 && text[e - 1] == '.')
		e--;
	for (w = e; w > 0 && e - w < sizeof(word) - 1 && is_alpha_byte(text[w - 1]); w--)
		;
	if (w > 0 && (unsigned char) text[w - 1] >= 0x80)
		return 2;
	if (w == e || (w > 0 && is_alpha_byte(text[w - 1])))
		return 0;				/* no word, or a long one: no month */
	for (n = 0; w + n < e; n++)
		word[n] = (char) (text[w + n] | 0x20);
	*start = w;
	return ne_month_lookup(word, n) != 0;
}

/* Is the word ending at byte e (after blanks) "de" or "del"? */
static bool
de_ends_at(const char *text, size_t e)
{
	size_t		w;

	e = skip_blanks_back(text, e);
	for (w = e; w > 0 && e - w < 4 && is_alpha_byte(text[w - 1]); w--)
		;
	if (w > 0 && is_alpha_byte(text[w - 1]))
		return false;
	return (e - w == 2 && (text[w] | 0x20) == 'd' && (text[w + 1] | 0x20) == 'e') ||
		(e - w == 3 && (text[w] | 0x20) == 'd' && (text[w + 1] | 0x20) == 'e' &&
		 (text[w + 2] | 0x20) == 'l');
}

/* Does a month with a day before it end at byte e ("14 March", "14 de marzo")? */
static bool
day_month_ends_at(const char *text, size_t e)
{
	size_t		w = 0,
				d;
	int			r = month_before(text, e, &w);

	if (r != 1)
		return r == 2;
	/* "14 de marzo" */
	e = skip_blanks_back(text, w);
	if (e >= 2 && (text[e - 1] | 0x20) == 'e' && (text[e - 2] | 0x20) == 'd' &&
		(e == 2 || !is_alpha_byte(text[e - 3])))
		e -= 2;
	return day_before(text, e, &d) != 0;
}

/* Does a day with a month before it end at byte e ("March 14", "Feb. 14th")? */
static bool
month_day_ends_at(const char *text, size_t e)
{
	size_t		w = 0,
				m;
	int			r = day_before(text, e, &w);

	if (r != 1)
		return r == 2;
	return month_before(text, w, &m) != 0;
}

/*
 * Can the run of four or more digits at bytes [a, b) be the year of a date
 * the timestamps read (parse_date, parse_iso_at)?  A year is a token of
 * four ASCII digits (of up to nine in "14. 5. 2016"); the forms put before it a glued separator after a
 * number (14.02.2022, 02/14/2022), a "." after a number ("14. 5. 2016"), a
 * day after a month ("February 14 2022", "Feb 14, 2022"), a month after a
 * day ("14 March 2022", "14 Feb. 2022", "14 February, 2022"), or "de" ("14 de
 * febrero de 2022"), or after it a hyphen (2022-02-14).  Anything else
 * ("in 1987", "November 1978", "Note: 1986", "3.9989 pct") cannot be; a
 * byte past ASCII next to it is taken to be able to.  A superset: the unit
 * tests and the differential fuzz target compare the result with a whole
 * reading.
 */
static bool
dated_year_at(const char *text, size_t len, size_t a, size_t b)
{
	size_t		e;
	char		c;

	if (b < len && text[b] == '-')
		return true;
	if (a == 0 || (b < len && is_alpha_byte(text[b])))
		return false;			/* no number token */
	if (b - a != 4)
	{
		/* only "14. 5. 2016" takes a year of other lengths (up to nine digits) */
		e = skip_blanks_back(text, a);
		return b - a <= 9 && e >= 2 && text[e - 1] == '.' && is_digit_byte(text[e - 2]);
	}
	c = text[a - 1];
	if (c == '.' || c == '/' || c == '-')
	{
		/* glued: "14.02.2022", "02/14/2022" (a number, the separator, a number) */
		size_t		w = a - 1;

		if (w > 0 && is_digit_byte(text[w - 1]))
		{
			/* "Feb 14.2022": a day and its "." */
			if (c == '.' && month_day_ends_at(text, a))
				return true;
			while (w > 0 && is_digit_byte(text[w - 1]))
				w--;
			if (w > 0 && text[w - 1] == c)
				return true;
			/* "14. 5.2016" */
			w = skip_blanks_back(text, w);
			return c == '.' && w > 0 && text[w - 1] == '.';
		}
		if (c != '.')
			return false;
		/* "14 Feb.2022", "14th.2022" */
		return month_day_ends_at(text, a) || day_month_ends_at(text, a);
	}
	e = skip_blanks_back(text, a);
	if (e == 0)
		return false;
	c = text[e - 1];
	if ((unsigned char) c >= 0x80)
		return true;
	if (c == ',')
		return month_day_ends_at(text, e - 1) || de_ends_at(text, e - 1) ||
			day_month_ends_at(text, e - 1);
	if (c == '.')
	{
		/* "14. 5. 2016", "Feb 14. 2022", "Feb 14th. 2022", "14 Feb. 2022" */
		if (e >= 2 && is_digit_byte(text[e - 2]))
			return true;
		return month_day_ends_at(text, e) || day_month_ends_at(text, e);
	}
	if (is_digit_byte(c) || is_alpha_byte(c))
		return month_day_ends_at(text, e) || de_ends_at(text, e) || day_month_ends_at(text, e);
	return false;
}

/*
 * Is there a run of four or more digits ending at a byte in [i, to) that
 * dated_year_at accepts?  Reads about one byte in four: where byte i is no
 * digit, no run of four ends before i + 4.  *next is where the search
 * stopped (runs ending before it are checked).
 */
static bool
dated_year_in(const char *text, size_t len, size_t i, size_t to, size_t *next)
{
	if (i < 3)
		i = 3;
	while (i < to && i < len)
	{
		size_t		k = 0,
					a,
					b;

		while (k < 4 && is_digit_byte(text[i - k]))
			k++;
		if (k < 4)
		{
			i += 4 - k;			/* the next run of four ends after byte i - k */
			continue;
		}
		for (a = i - 3; a > 0 && is_digit_byte(text[a - 1]); a--)
			;
		for (b = i + 1; b < len && is_digit_byte(text[b]); b++)
			;
		if (dated_year_at(text, len, a, b))
			return true;
		i = b + 4;
	}
	*next = i;
	return false;
}

/*
 * Does the text print a date with a year?  Each run of four or more
 * digits is tried by dated_year_at; a superset: false means the timestamps
 * find nothing.  With SSE2, 64 bytes at a time are classed as digits and
 * only blocks where a run of four ends are read closer.
 */
bool
ne_may_print_dated_year(const char *text, size_t len)
{
	size_t		next = 0;

#ifdef NE_SIMD
	size_t		base;
	uint64_t	prev = 0;

	for (base = 0; base + 64 <= len; base += 64)
	{
		uint64_t	d = 0,
					r;
		int			k;

		for (k = 0; k < 4; k++)
		{
			__m128i		v = _mm_loadu_si128((const __m128i *) (text + base + 16 * k));
			__m128i		dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
										   _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));

			d |= (uint64_t) (unsigned) _mm_movemask_epi8(dg) << (16 * k);
		}
		/* bit j: bytes j - 3 .. j are digits (the block before lends its last three) */
		r = d & ((d << 1) | (prev >> 63)) & ((d << 2) | (prev >> 62)) & ((d << 3) | (prev >> 61));
		prev = d;
		if (r != 0 && base + 64 > next &&
			dated_year_in(text, len, next > base ? next : base, base + 64, &next))
			return true;
	}
	if (next < base)
		next = base;
#endif
	return dated_year_in(text, len, next, len, &next);
}

/*
 * Analyze with the chosen extractors.  Validates UTF-8 and size, segments
 * once, then runs timestamps first (datelines use the publication year),
 * bylines, datelines and quotes over the same segmentation.
 */
ne_status
ne_analyze_some(ne_arena *arena, const char *text, size_t len,
				const ne_options *opts, unsigned extractors, ne_doc **out)
{
	ne_ctx		ctx;
	ne_options	defaults;
	ne_status	st;

	*out = NULL;
	if (len > NE_MAX_INPUT)
		return NE_ETOOBIG;
	if (text == NULL && len > 0)
		return NE_EINVAL;
	if (ne_utf8_validate(text, len) != len)
		return NE_EUTF8;
	if (opts == NULL)
	{
		memset(&defaults, 0, sizeof(defaults));
		opts = &defaults;
	}
	if (opts->lang && !ne_lang_supported(opts->lang))
		return NE_EINVAL;
	if (ne_calendar_init() != NE_OK)
		return NE_EICU;

	memset(&ctx, 0, sizeof(ctx));
	ctx.arena = arena;
	ctx.opts = opts;
	ctx.published_utc = INT64_MIN;
	ctx.doc = ne_arena_alloc(arena, sizeof(ne_doc));
	if (ctx.doc == NULL)
		return NE_ENOMEM;

	/*
	 * A dateline alone needs the head of the story, and the publication
	 * time only for its year: a text that prints no date with a year (see
	 * ne_may_print_dated_year) has none, so its head is enough.  When the
	 * dateline search reaches the head's end, the whole text is read after
	 * all.  Same result, less work.
	 */
	if (extractors == NE_X_DATELINE && !ne_may_print_dated_year(text, len))
	{
		st = ne_segment(&ctx, len ? text : "", len, NE_DATELINE_HEAD);
		if (st != NE_OK)
			return st;
		ne_extract_dateline(&ctx);
		if (ctx.status != NE_OK)
			return ctx.status;
		if (!ctx.head_short)
		{
			*out = ctx.doc;
			return NE_OK;
		}
		ctx.doc->dateline = NULL;
		ctx.head_short = false;
		ctx.cp_index = NULL;
		memset(&ctx.seg, 0, sizeof(ctx.seg));
	}
	st = ne_segment(&ctx, len ? text : "", len, 0);
	if (st != NE_OK)
		return st;

	if (extractors & (NE_X_TIMESTAMPS | NE_X_DATELINE))
		ne_extract_timestamps(&ctx);
	if (ctx.status == NE_OK && (extractors & NE_X_BYLINE))
		ne_extract_byline(&ctx);
	if (ctx.status == NE_OK && (extractors & NE_X_DATELINE))
		ne_extract_dateline(&ctx);
	if (ctx.status == NE_OK && (extractors & NE_X_QUOTES))
		ne_extract_quotes(&ctx);
	if (ctx.status != NE_OK)
		return ctx.status;
	/* without NE_X_LANG: the language if an extractor needed it, else "" */
	memcpy(ctx.doc->lang, (extractors & NE_X_LANG) ? ne_seg_lang(&ctx.seg) : ctx.seg.lang, 4);
	if (!(extractors & NE_X_TIMESTAMPS))
	{
		ctx.doc->n_timestamps = 0;
		ctx.doc->timestamps = NULL;
	}
	*out = ctx.doc;
	return NE_OK;
}

/* ---------------------------------------------------------------- name keys */

static UTransliterator *name_trans;
static bool name_trans_failed;

/* The cached transliterator: any script to Latin, decomposed, marks removed. */
static UTransliterator *
get_name_trans(void)
{
	static const char id[] = "NFKD; Any-Latin; NFKD; [:Nonspacing Mark:] Remove; NFC";
	UChar		uid[64];
	UErrorCode	status = U_ZERO_ERROR;

	if (name_trans || name_trans_failed)
		return name_trans;
	u_uastrcpy(uid, id);
	name_trans = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
	if (U_FAILURE(status))
	{
		name_trans = NULL;
		name_trans_failed = true;
	}
	return name_trans;
}

/*
 * Append the folded form of ASCII or transliterated text: letters and
 * digits case-folded, every run of other characters (space, dots, commas)
 * one space, apostrophes and hyphens dropped; no space at either end.
 */
static void
fold_ascii_into(ne_buf *b, const char *s, size_t len)
{
	size_t		i;
	bool		space = false;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
		{
			if (space && b->len > 0)
				ne_buf_putc(b, ' ');
			space = false;
			ne_buf_putc(b, (char) c);
		}
		else if (c >= 'A' && c <= 'Z')
		{
			if (space && b->len > 0)
				ne_buf_putc(b, ' ');
			space = false;
			ne_buf_putc(b, (char) (c + 32));
		}
		else if (c == '\'')
			;
		else
			space = true;
	}
}

/*
 * Normalized key of a person's name: ICU transliteration to Latin, NFKD
 * with marks removed, case folded, punctuation to single spaces.  Pure
 * ASCII input takes a fast path with the same result.
 */
ne_status
ne_name_key(ne_arena *arena, const char *s, size_t len, char **out,
			size_t *out_len)
{
	ne_buf		b;
	size_t		i;
	bool		ascii = true;

	*out = NULL;
	if (len > NE_MAX_INPUT / 4)
		return NE_ETOOBIG;
	if (ne_utf8_validate(s, len) != len)
		return NE_EUTF8;
	for (i = 0; i < len; i++)
		if ((unsigned char) s[i] >= 0x80)
		{
			ascii = false;
			break;
		}
	ne_buf_init(&b, arena, len + 1);
	if (ascii)
		fold_ascii_into(&b, s, len);
	else
	{
		UTransliterator *tr = get_name_trans();
		UErrorCode	status = U_ZERO_ERROR;
		int32_t		ulen,
					cap,
					limit,
					flen,
					k;
		UChar	   *u,
				   *f;
		bool		space = false;

		if (tr == NULL)
			return NE_EICU;
		u_strFromUTF8(NULL, 0, &ulen, s, (int32_t) len, &status);
		if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
			return NE_EICU;
		status = U_ZERO_ERROR;
		cap = ulen * 4 + 16;
		u = ne_arena_alloc(arena, (size_t) cap * sizeof(UChar));
		f = ne_arena_alloc(arena, (size_t) cap * sizeof(UChar));
		if (u == NULL || f == NULL)
			return NE_ENOMEM;
		u_strFromUTF8(f, cap, &flen, s, (int32_t) len, &status);
		if (U_FAILURE(status))
			return NE_EICU;

		/*
		 * Fold case first (so that the micro sign becomes Greek mu and is
		 * transliterated too), then transliterate to Latin without marks,
		 * then fold again: the key of a key is the key itself.
		 */
		ulen = u_strFoldCase(u, cap, f, flen, U_FOLD_CASE_DEFAULT, &status);
		if (U_FAILURE(status))
			return NE_EICU;
		limit = ulen;
		utrans_transUChars(tr, u, &ulen, cap, 0, &limit, &status);
		if (U_FAILURE(status))
			return NE_EICU;
		flen = u_strFoldCase(f, cap, u, ulen, U_FOLD_CASE_DEFAULT, &status);
		if (U_FAILURE(status))
			return NE_EICU;
		/* letters and digits stay, apostrophes go, anything else separates */
		for (k = 0; k < flen;)
		{
			UChar32		c;

			U16_NEXT(f, k, flen, c);
			if (u_isalnum(c))
			{
				char		tmp[4];
				int32_t		o = 0;
				UBool		err = false;

				if (space && b.len > 0)
					ne_buf_putc(&b, ' ');
				space = false;
				U8_APPEND(tmp, o, 4, c, err);
				if (!err)
					ne_buf_append(&b, tmp, (size_t) o);
			}
			else if (c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018)
				;
			else
				space = true;
		}
	}
	if (b.failed)
		return NE_ENOMEM;
	*out = b.data;
	*out_len = b.len;
	return NE_OK;
}

/* ---------------------------------------------------------------- calendar */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
int64_t
ne_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	int64_t		era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t) doe - 719468;
}

/* Date of a day number since 1970-01-01 (H. Hinnant). */
void
ne_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t		era;
	unsigned	doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	*y = (int64_t) yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y += *m <= 2;
}

/* Is y-m-d a real calendar date (years 1..9999)? */
bool
ne_valid_date(int y, int m, int d)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return false;
	if (d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29)
		return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return true;
}

/* Format a timestamp as ISO 8601 with its printed offset. */
void
ne_format_timestamp(const ne_timestamp *ts, char *buf)
{
	int64_t		y;
	unsigned	m,
				d;
	int64_t		local = ts->utc_seconds + (int64_t) ts->offset_minutes * 60;
	int64_t		days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
	int64_t		secs = local - days * 86400;
	int			off = ts->offset_minutes;

	if (ts->flags & NE_TS_DATE_ONLY)
	{
		ne_civil_from_days(ts->utc_seconds >= 0 ? ts->utc_seconds / 86400 :
						   -((-ts->utc_seconds + 86399) / 86400), &y, &m, &d);
		snprintf(buf, 32, "%04d-%02u-%02u", (int) y, m, d);
		return;
	}
	ne_civil_from_days(days, &y, &m, &d);
	snprintf(buf, 32, "%04d-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
			 (int) y, m, d, (int) (secs / 3600), (int) (secs / 60 % 60),
			 (int) (secs % 60), off < 0 ? '-' : '+', abs(off) / 60, abs(off) % 60);
}

/*
 * UTC offset (minutes) of a zone at a local time.  The zone is an offset
 * ("+03:00", "-0500", "UTC") or an IANA name resolved through ICU.
 */
ne_status
ne_zone_offset(const char *zone, int64_t local_seconds, int *offset_minutes)
{
	size_t		n = strlen(zone);
	UChar		uzone[128];
	UErrorCode	status = U_ZERO_ERROR;
	UCalendar  *cal;
	int32_t		raw,
				dst;
	UDate		guess;

	if (n == 0 || n >= 100)
		return NE_EINVAL;
	if (zone[0] == '+' || zone[0] == '-')
	{
		int			h = 0,
					mi = 0;
		size_t		i = 1,
					digits = 0;

		while (i < n && zone[i] >= '0' && zone[i] <= '9' && digits < 2)
			h = h * 10 + (zone[i++] - '0'), digits++;
		if (digits == 0)
			return NE_EINVAL;
		if (i < n && zone[i] == ':')
			i++;
		digits = 0;
		while (i < n && zone[i] >= '0' && zone[i] <= '9' && digits < 2)
			mi = mi * 10 + (zone[i++] - '0'), digits++;
		if (i != n || h > 15 || mi > 59)
			return NE_EINVAL;
		*offset_minutes = (zone[0] == '-' ? -1 : 1) * (h * 60 + mi);
		return NE_OK;
	}
	if (strcmp(zone, "UTC") == 0 || strcmp(zone, "GMT") == 0 || strcmp(zone, "Z") == 0)
	{
		*offset_minutes = 0;
		return NE_OK;
	}
	u_uastrncpy(uzone, zone, 127);
	uzone[n < 127 ? n : 127] = 0;
	{
		UChar		canon[128];
		UBool		is_system = 0;

		ucal_getCanonicalTimeZoneID(uzone, -1, canon, 128, &is_system, &status);
		if (U_FAILURE(status) || !is_system)
			return NE_EINVAL;
	}
	cal = ucal_open(uzone, -1, "en", UCAL_GREGORIAN, &status);
	if (U_FAILURE(status))
		return NE_EICU;
	/* first guess with the raw offset, then correct for DST at that instant */
	guess = (UDate) local_seconds * 1000.0;
	ucal_setMillis(cal, guess, &status);
	raw = ucal_get(cal, UCAL_ZONE_OFFSET, &status);
	dst = ucal_get(cal, UCAL_DST_OFFSET, &status);
	ucal_setMillis(cal, guess - (UDate) (raw + dst), &status);
	raw = ucal_get(cal, UCAL_ZONE_OFFSET, &status);
	dst = ucal_get(cal, UCAL_DST_OFFSET, &status);
	ucal_close(cal);
	if (U_FAILURE(status))
		return NE_EICU;
	*offset_minutes = (raw + dst) / 60000;
	return NE_OK;
}
