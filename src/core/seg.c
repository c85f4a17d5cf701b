/*-------------------------------------------------------------------------
 *
 * seg.c
 *	  One pass over the text that finds tokens, paragraphs and sentences
 *	  (byte offsets), then classes paragraphs into zones, flags repeated
 *	  paragraphs and guesses the language.  Every extractor reads this.
 *
 * ASCII bytes are classified by table; ICU is asked only about non-ASCII
 * code points.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <unicode/uchar.h>
#ifdef NE_SIMD
#define NE_SIMD_WORDS 1			/* the word scan below */
#endif

/* ASCII classes */
#define A_SPACE 1
#define A_ALPHA 2
#define A_UPPER 4
#define A_DIGIT 8
#define A_NL	16
#define A_LOWER 32

static uint8_t ascii_class[128];
static bool ascii_class_ready;

#ifdef NE_SIMD_WORDS
/*
 * The flags of an ASCII word of letters in plain_tokens, by one index:
 * the sets its signature has (ne_sig, bits 0-3), its first letter in lower
 * case (bit 4), a letter in lower case (bit 5), two letters or more (bit
 * 6), eight or fewer (bit 7).  A word in capitals is TK_ALLCAP, one that
 * opens with a capital TK_UPPER; of its signature's sets (see ne_may_say,
 * ne_may_date and ne_may_tell_lang) an opener or a date counts in any
 * case, a cue verb in lower case with two letters or more, a function
 * word in lower case with eight or fewer.
 */
#define WF_LOW_FIRST 0x10
#define WF_LOW_ANY	0x20
#define WF_GE2		0x40
#define WF_LE8		0x80
static uint16_t word_flags[256];

/* WF_GE2 and WF_LE8 by the letters of a word of the window (at most 64) */
static const uint8_t letter_count_bits[65] = {
	WF_LE8, WF_LE8, WF_GE2 | WF_LE8, WF_GE2 | WF_LE8, WF_GE2 | WF_LE8, WF_GE2 | WF_LE8,
	WF_GE2 | WF_LE8, WF_GE2 | WF_LE8, WF_GE2 | WF_LE8,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2,
	WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2, WF_GE2
};
#endif

/* Fill the ASCII class table (once). */
static void
init_ascii_class(void)
{
	int			c;

	for (c = 0; c < 128; c++)
	{
		uint8_t		k = 0;

		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
			k |= A_SPACE;
		if (c == '\n')
			k |= A_SPACE | A_NL;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			k |= A_ALPHA;
		if (c >= 'A' && c <= 'Z')
			k |= A_UPPER;
		if (c >= 'a' && c <= 'z')
			k |= A_LOWER;
		if (c >= '0' && c <= '9')
			k |= A_DIGIT;
		ascii_class[c] = k;
	}
#ifdef NE_SIMD_WORDS
	for (c = 0; c < 256; c++)
	{
		unsigned	v = (unsigned) c & 15,
					f = TK_ALPHA | TK_ASCII;

		if (!(c & WF_LOW_FIRST))
			f |= TK_UPPER;
		if (!(c & WF_LOW_ANY))
			f |= TK_ALLCAP | TK_UPPER;
		if (!(c & WF_LOW_FIRST) || !(c & WF_GE2))
			v &= ~(unsigned) NE_SIG_CUE;
		if (!(c & WF_LOW_FIRST) || !(c & WF_LE8))
			v &= ~(unsigned) NE_SIG_FUNC;
		if (v & (NE_SIG_CUE | NE_SIG_OPENER))
			f |= TK_SAYS;
		if (v & NE_SIG_DATE)
			f |= TK_DATE;
		if (v & NE_SIG_FUNC)
			f |= TK_FUNC;
		word_flags[c] = (uint16_t) f;
	}
#endif
	ascii_class_ready = true;
}

/* Is c a quotation mark character (not counting the ASCII apostrophe)? */
static bool
is_quote_cp(uint32_t c)
{
	switch (c)
	{
		case '"':
		case '\'':
		case 0x00AB:
		case 0x00BB:
		case 0x2018:
		case 0x2019:
		case 0x201A:
		case 0x201B:
		case 0x201C:
		case 0x201D:
		case 0x201E:
		case 0x201F:
		case 0x2039:
		case 0x203A:
		case 0x300C:
		case 0x300D:
		case 0xFF02:
			return true;
	}
	return false;
}

/* Can c continue a word (letters, digits, combining marks)? */
static inline bool
word_cont(uint32_t c)
{
	if (c < 0x80)
		return ascii_class[c] & (A_ALPHA | A_DIGIT);
	return u_isalnum((UChar32) c) || u_charType((UChar32) c) == U_NON_SPACING_MARK ||
		u_charType((UChar32) c) == U_COMBINING_SPACING_MARK;
}

/*
 * ascii_word_run one byte at a time: for the end of the text, and for the
 * general path of the tokenizer (words with apostrophes, hyphens or letters
 * past ASCII), so that the fast path's call is the only one and inlined.
 */
static inline size_t
ascii_word_run_scalar(const char *text, size_t i, size_t len, uint32_t *letters,
					  bool *lower)
{
	while (i < len && (unsigned char) text[i] < 0x80)
	{
		uint8_t		k = ascii_class[(unsigned char) text[i]];

		if (!(k & (A_ALPHA | A_DIGIT)))
			break;
		if (k & A_LOWER)
			*lower = true;
		*letters += (k & A_ALPHA) != 0;
		i++;
	}
	return i;
}

/*
 * Scan a run of ASCII letters and digits from byte i; returns where it
 * ends, adds its letters to *letters and sets *lower if one of them is
 * lower case.  With SSE2, sixteen bytes are classed at once (a signed
 * compare leaves bytes >= 0x80 out of every range); the bytes left at the
 * end of the text go through the class table.
 */
static inline size_t
ascii_word_run(const char *text, size_t i, size_t len, uint32_t *letters,
			   bool *lower)
{
#ifdef NE_SIMD_WORDS
	while (i + 16 <= len)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (text + i));
		__m128i		folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i		alpha = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
										  _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
		__m128i		digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
										  _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
		__m128i		low = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
										_mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
		unsigned	ma = (unsigned) _mm_movemask_epi8(alpha);
		unsigned	md = (unsigned) _mm_movemask_epi8(digit);
		unsigned	stop = ~(ma | md) & 0xFFFF;
		unsigned	n = stop ? (unsigned) __builtin_ctz(stop) : 16;
		unsigned	keep = (1u << n) - 1;

		if (md & keep)
		{
			/* letters and digits mixed ("19th", "A320"): count the letters */
			unsigned	x = ma & keep;

			x = x - ((x >> 1) & 0x5555);
			x = (x & 0x3333) + ((x >> 2) & 0x3333);
			x = (x + (x >> 4)) & 0x0F0F;
			*letters += (x + (x >> 8)) & 0x1F;
		}
		else
			*letters += n;		/* a run of letters only */
		if ((unsigned) _mm_movemask_epi8(low) & keep)
			*lower = true;
		i += n;
		if (n < 16)
			return i;
	}
#endif
	return ascii_word_run_scalar(text, i, len, letters, lower);
}

/*
 * The words that may open an "according to" phrase or an "as X said"
 * clause, by length and first byte (see ne_phrase_openers): "as" 2, "wie"
 * 3, "laut" "nach" "como" "по" 4, "selon" 5, "según" "как" 6, "according"
 * 9 (Cyrillic lead byte 0xD0 | 0x20 falls on bit 16).
 */
#define OPENER_BIT(c) (1u << ((unsigned) (c) & 31))
const uint32_t ne_phrase_openers[17] = {
	[2] = OPENER_BIT('a'),
	[3] = OPENER_BIT('w'),
	[4] = OPENER_BIT('l') | OPENER_BIT('n') | OPENER_BIT('c') | OPENER_BIT(0xF0),
	[5] = OPENER_BIT('s'),
	[6] = OPENER_BIT('s') | OPENER_BIT(0xF0),
	[9] = OPENER_BIT('a'),
};

/* The ASCII ones as written (their signatures, see ne_sig) */
const char *const ne_phrase_opener_words[] = {
	"as", "wie", "laut", "nach", "como", "selon", "according", NULL
};

/* Their last bytes: "по" ends in 0xBE, "как" in 0xBA. */
const uint32_t ne_phrase_enders[17] = {
	[2] = OPENER_BIT('s'),
	[3] = OPENER_BIT('e'),
	[4] = OPENER_BIT('t') | OPENER_BIT('h') | OPENER_BIT('o') | OPENER_BIT(0xBE),
	[5] = OPENER_BIT('n'),
	[6] = OPENER_BIT('n') | OPENER_BIT(0xBA),
	[9] = OPENER_BIT('g'),
};

#ifdef NE_SIMD_WORDS

/*
 * Classes of the 64 bytes of the text from byte base, a bit a byte (bit k
 * is byte base + k), for plain_tokens.  "stop" marks what that fast path
 * leaves to the general one: white space other than the blank, the
 * apostrophe, the backtick, the hyphen, control bytes, bytes >= 0x80, and
 * the end of the text.
 */
typedef struct byte_window
{
	size_t		base;
	uint64_t	word;			/* ASCII letters and digits */
	uint64_t	alpha;			/* ASCII letters */
	uint64_t	lower;			/* lower-case ASCII letters */
	uint64_t	blank;			/* ' ' */
	uint64_t	after_blank;	/* after ' ': blank << 1 */
	uint64_t	stop;
} byte_window;

/* Class the 64 bytes from byte at, 16 at a time (signed compares leave bytes >= 0x80 out). */
static void
window_fill(byte_window *w, const char *text, size_t at, size_t len)
{
	char		pad[64];
	const char *p = text + at;
	uint64_t	past_end = 0;
	int			k;

	if (len - at < 64)
	{
		memset(pad, 0, sizeof(pad));
		memcpy(pad, p, len - at);
		p = pad;
		past_end = ~UINT64_C(0) << (len - at);
	}
	w->base = at;
	w->word = w->alpha = w->lower = w->blank = 0;
	w->stop = past_end;
	for (k = 0; k < 4; k++)
	{
		/*
		 * A range test is one add and one signed compare: adding 0x80 - lo
		 * moves [lo, hi] to the bottom of the signed bytes.
		 */
		__m128i		v = _mm_loadu_si128((const __m128i *) (p + 16 * k));
		__m128i		alpha = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
														_mm_set1_epi8((char) (0x80 - 'a'))),
										   _mm_set1_epi8((char) (0x80 + 26)));
		__m128i		word = _mm_or_si128(alpha,
										_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - '0'))),
													   _mm_set1_epi8((char) (0x80 + 10))));
		__m128i		blank = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
		/* printable ASCII past the blank: 0x21 .. 0x7E */
		__m128i		printable = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - 0x21))),
											   _mm_set1_epi8((char) (0x80 + 0x7F - 0x21)));
		__m128i		special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
													   _mm_cmpeq_epi8(v, _mm_set1_epi8('`'))),
										   _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
		__m128i		stop = _mm_or_si128(_mm_andnot_si128(_mm_or_si128(blank, printable),
														 _mm_set1_epi8(-1)),
										special);
		uint64_t	ma = (uint16_t) _mm_movemask_epi8(alpha);
		/* a letter is lower case when its bit 0x20 is set: shifted into the sign bit */
		uint64_t	m5 = (uint16_t) _mm_movemask_epi8(_mm_slli_epi16(v, 2));

		w->alpha |= ma << (16 * k);
		w->word |= (uint64_t) (uint16_t) _mm_movemask_epi8(word) << (16 * k);
		w->lower |= (ma & m5) << (16 * k);
		w->blank |= (uint64_t) (uint16_t) _mm_movemask_epi8(blank) << (16 * k);
		w->stop |= (uint64_t) (uint16_t) _mm_movemask_epi8(stop) << (16 * k);
	}
	w->after_blank = w->blank << 1;
}

/* What plain_tokens updates of the tokenizer's state. */
typedef struct plain_state
{
	uint16_t	pending;		/* flags for the next token */
	uint32_t	pwords;			/* words of the open paragraph */
	uint32_t	plower;			/* ... not capitalized */
	bool		pmarks;			/* ... a TK_QUOTE token among its tokens */
	bool		line_has_lower;
} plain_state;

/*
 * The tokenizer's fast path for plain ASCII prose: from byte *pi, where a
 * token starts, it reads the tokens of words of letters and digits, blanks
 * and punctuation other than ' ` and -, with the flags and counts the
 * general path gives them, from the bits of a window of 64 bytes.  It
 * stops before anything else (a line break, a word that a hyphen, an
 * apostrophe or a byte >= 0x80 continues, the window's end) and after room
 * tokens.  Writes the tokens from out[0], records the sentence-final marks
 * in terms (first is the index of out[0]); returns the tokens written and
 * sets *pi after the last one.
 */
static inline size_t
plain_tokens(byte_window *w, const char *text, size_t len, size_t *pi, ne_token *out,
			 size_t room, size_t first, ne_vec *terms, plain_state *ps)
{
	size_t		i = *pi,
				k = 0;
	unsigned	r0,
				lim;
	uint64_t	starts;

	/* the counts in locals: stores through the tokens may not alias them */
	uint32_t	pwords = ps->pwords,
				plower = ps->plower;
	bool		pmarks = ps->pmarks,
				line_has_lower = ps->line_has_lower;

	/* refill unless the window holds half of its bytes ahead */
	if (i - w->base > 32)		/* also when i < base: the difference wraps */
		window_fill(w, text, i, len);
	r0 = (unsigned) (i - w->base);
	/* the first byte the general path must read */
	starts = w->stop >> r0 << r0;
	lim = starts ? (unsigned) __builtin_ctzll(starts) : 64;
	/* tokens open where a run of letters and digits starts, and at each punctuation mark */
	starts = ((w->word & ~(w->word << 1)) | (~w->word & ~w->blank & ~w->stop)) >> r0 << r0;
	starts |= w->word & (UINT64_C(1) << r0);
	/* ... and before the first byte of the general path */
	if (lim < 64)
		starts &= (UINT64_C(1) << lim) - 1;
	/* at most room of them (rarely fewer than a window's 64) */
	if (room < 64)
	{
		uint64_t	rest = starts;
		size_t		j;

		for (j = 0; j < room && rest; j++)
			rest &= rest - 1;
		starts ^= rest;
	}
	while (starts)
	{
		unsigned	r = (unsigned) __builtin_ctzll(starts);
		size_t		p = w->base + r;
		unsigned char c = (unsigned char) text[p];
		ne_token   *t = out + k;
		uint16_t	f;
		unsigned	n = 1,
					nletters;

		/*
		 * only blanks stand between two tokens here: the bit before tells
		 * (the first token takes the general path's flags: see the end)
		 */
		f = (uint16_t) (((w->after_blank >> r) & 1) * TK_SPACE_B);
		if ((w->word >> r) & 1)
		{
			uint64_t	rest = ~(w->word >> r),
						bits;

			n = rest ? (unsigned) __builtin_ctzll(rest) : 64;

			/*
			 * The run must end inside the window, on a byte that ends a
			 * word: it reaches lim at most, where the general path's byte
			 * may continue it.
			 */
			if (r + n >= lim &&
				(lim == 64 || (p + n < len && (text[p + n] == '\'' || text[p + n] == '-' ||
											   (unsigned char) text[p + n] >= 0x80))))
				break;
			bits = ((UINT64_C(1) << n) - 1) << r;
			if ((w->alpha >> r) & 1)
			{
				/* flags without branches: the case of a word is not predictable */
				unsigned	low_first = (unsigned) (w->lower >> r) & 1,
							low_any = (w->lower & bits) != 0;

				plower += low_first;
				line_has_lower |= low_any;
				pwords++;
				nletters = (w->word & ~w->alpha & bits) ?
					(unsigned) __builtin_popcountll(w->alpha & bits) : n;
				t->nletters = (uint16_t) nletters;
				t->wc = n <= 16 ? NE_WC_UNSET : NE_WC_ANY;

				/*
				 * ne_may_say, ne_may_date and ne_may_tell_lang without
				 * branches, by the word's signature (see ne_sig): up to 16
				 * bytes an opener, or in lower case a cue verb of two
				 * letters or more, a month or weekday name, a function
				 * word of up to eight letters; longer, any word in lower
				 * case of two letters or more may be a cue, any a date.
				 */
				{
					const unsigned char *u = (const unsigned char *) text + p;
					uint32_t	lo = c | c << 8,
								hi = lo;	/* a word of one byte: it, four times */
					uint16_t	lo16,
								hi16;
					unsigned	ok16 = n <= 16,
								v;

					if (n >= 2)
					{
						/* two bytes a load: x86, little-endian */
						memcpy(&lo16, u, 2);
						memcpy(&hi16, u + n - 2, 2);
						lo = lo16;
						hi = hi16;
					}
					/* a long word may be a cue or a date, never an opener or a function word */
					v = ne_sig[ne_sig_key(n, lo, hi)] & 15;
					v = ok16 ? v : NE_SIG_CUE | NE_SIG_DATE;
					/* its case and letters (word_flags) */
					f |= word_flags[v | low_first * WF_LOW_FIRST | low_any * WF_LOW_ANY |
									letter_count_bits[nletters]];
				}
			}
			else
			{
				/* digits, and letters glued to them ("19th") */
				f |= TK_NUMLIKE | TK_ASCII | ((w->alpha & bits) ? 0 : TK_DIGIT);
				t->nletters = 0;
				t->wc = NE_WC_NONE; /* see the general path's end */
			}
		}
		else
		{
			f |= TK_PUNCT | TK_ASCII;
			if (c == '"')
			{
				f |= TK_QUOTE | TK_SAYS;
				pmarks = true;
			}
			else if (c == '.' || c == '!' || c == '?')
			{
				uint32_t   *tp = ne_vec_push_filled(terms);

				if (tp)
					*tp = (uint32_t) (first + k);
			}
			t->nletters = 0;
			t->wc = NE_WC_NONE;
		}
		t->start = (uint32_t) p;
		t->len = n;
		t->flags = f;
		t->cp = c;
		k++;
		starts &= starts - 1;
	}
	if (k > 0)
	{
		/* the first token takes what the general path saw before it */
		out[0].flags = (uint16_t) ((out[0].flags & ~TK_SPACE_B) | ps->pending);
		*pi = out[k - 1].start + out[k - 1].len;
		ps->pending = 0;
		ps->pwords = pwords;
		ps->plower = plower;
		ps->pmarks = pmarks;
		ps->line_has_lower = line_has_lower;
	}
	return k;
}
#endif

/*
 * The flags of the later scans for token t of the byte-at-a-time path
 * (TK_SAYS, TK_DATE, TK_FUNC; plain_tokens computes the same without a
 * branch).
 */
static inline uint16_t
scan_flags(const ne_seg *s, const ne_token *t)
{
	return (ne_may_say(s, t) ? TK_SAYS : 0) | (ne_may_date(s, t) ? TK_DATE : 0) |
		(ne_may_tell_lang(s, t) ? TK_FUNC : 0);
}

/* Peek the code point at byte i (or 0 at the end). */
static inline uint32_t
peek_cp(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	if ((unsigned char) s[i] < 0x80)
		return (unsigned char) s[i];
	return ne_u8_next(s, len, &i);
}

/* Add work and poll the caller's interrupt callback now and then. */
bool
ne_check_interrupt(ne_ctx *ctx, uint32_t work)
{
	ctx->work += work;
	if (ctx->work < (1u << 16))
		return ctx->status == NE_OK;
	ctx->work = 0;
	if (ctx->status == NE_OK && ctx->opts && ctx->opts->interrupt &&
		ctx->opts->interrupt(ctx->opts->interrupt_ctx))
		ctx->status = NE_EINTR;
	return ctx->status == NE_OK;
}

/* The line statistics detect_wrapped gathers. */
typedef struct wrap_scan
{
	size_t		i;				/* where the current line starts */
	size_t		maxline;
	size_t		lines;			/* lines with text */
	size_t		indented;		/* ... of them after the first, opened by a blank */
} wrap_scan;

/* Count the line of s that ends at byte end; false once one is too long for wire copy. */
static inline bool
wrap_line(wrap_scan *w, const char *s, size_t end)
{
	if (end - w->i > w->maxline)
	{
		w->maxline = end - w->i;
		if (w->maxline > 100)
			return false;
	}
	if (end > w->i)
	{
		w->lines++;
		if (w->lines > 1 && (s[w->i] == ' ' || s[w->i] == '\t'))
			w->indented++;
	}
	w->i = end + 1;
	return true;
}

/*
 * Decide whether the text is hard-wrapped wire copy: short lines, and
 * paragraphs opened by indentation (Reuters-21578 layout).  With SSE2 the
 * newlines are found 64 bytes at a time, without a call per line.
 */
static bool
detect_wrapped(const char *s, size_t len, size_t *width)
{
	wrap_scan	w = {0, 0, 0, 0};
	size_t		pos = 0;		/* bytes before pos are searched */

#ifdef NE_SIMD
	const __m128i newline = _mm_set1_epi8('\n');

	/* 64 bytes a turn: a line of wire copy is about that long */
	for (; pos + 64 <= len; pos += 64)
	{
		uint64_t	m = 0;
		int			k;

		for (k = 0; k < 4; k++)
			m |= (uint64_t) (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (s + pos + 16 * k)),
																			newline)) << (16 * k);
		for (; m; m &= m - 1)
			if (!wrap_line(&w, s, pos + (size_t) __builtin_ctzll(m)))
				goto done;
	}
#endif
	/* the rest (the last 63 bytes at most with SSE2) */
	while (pos < len)
	{
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - s) : len;

		if (!wrap_line(&w, s, end))
			goto done;
		pos = end + 1;
	}
	if (w.i < len)
		(void) wrap_line(&w, s, len);	/* the last line, with no newline */
done:
	*width = w.maxline;
	return w.lines >= 3 && w.maxline <= 100 && w.indented >= 1;
}

/* Does the line at byte i open with a credit ("By X", "by X")? */
static bool
line_is_credit(const char *s, size_t len, size_t i)
{
	return i + 3 < len && (s[i] == 'B' || s[i] == 'b') && (s[i + 1] == 'y' || s[i + 1] == 'Y') &&
		s[i + 2] == ' ';
}

/* Does the line starting at byte i begin with indentation or is it blank? */
static bool
line_breaks_paragraph(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return true;
	if (s[i] == ' ' || s[i] == '\t')
		return true;
	if (s[i] == '\n' || s[i] == '\r')
		return true;
	return false;
}

/*
 * Close the current paragraph [pstart, pend) with its tokens, of which
 * words are words and lower of them do not open with a capital.
 */
static void
close_para(ne_vec *paras, uint32_t pstart, uint32_t pend,
		   uint32_t tstart, uint32_t tend, uint32_t words, uint32_t lower, bool marks)
{
	ne_para    *p;

	if (tend <= tstart)
		return;
	p = ne_vec_push(paras);
	if (p == NULL)
		return;
	p->start = pstart;
	p->end = pend;
	p->tok_start = tstart;
	p->tok_end = tend;
	p->zone = ZONE_BODY;
	p->words = words;
	p->lower = lower;
	p->marks = marks;
}

/* Where the last token of toks ends (a paragraph's end when it closes). */
static inline uint32_t
last_token_end(const ne_vec *toks)
{
	const ne_token *t = (const ne_token *) toks->data + toks->n - 1;

	return t->start + t->len;
}

/* Does code point c end a sentence (. ! ? or an ellipsis)? */
static inline bool
terminal_cp(uint32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* Is token i a sentence-final punctuation mark? */
static inline bool
is_terminal(const ne_seg *s, uint32_t i)
{
	return (s->toks[i].flags & TK_PUNCT) && terminal_cp(s->toks[i].cp);
}

/*
 * Does a period at token i end a sentence?  Not after an abbreviation from
 * the lexicon, an initial (single capital letter) or inside a number.
 */
static bool
period_ends_sentence(const ne_seg *s, uint32_t i)
{
	const ne_token *prev;

	if (i == 0)
		return false;
	prev = &s->toks[i - 1];
	if (s->toks[i].flags & TK_SPACE_B)
		return true;			/* a detached period */
	if ((prev->flags & TK_ALPHA) && prev->nletters == 1 && (prev->flags & TK_UPPER))
		return false;			/* initial: "J." */
	if ((prev->flags & TK_ALPHA) && prev->nletters <= 5 &&
		ne_lex_tok(LEX_ABBREVIATIONS, s, i - 1) != NULL)
		return false;
	/* "p.m." / "U.S.": a single letter after another period */
	if ((prev->flags & TK_ALPHA) && prev->nletters == 1 && i >= 2 &&
		s->toks[i - 2].cp == '.' && !(prev->flags & TK_SPACE_B))
		return false;
	return true;
}

/*
 * Does the terminal mark at token i (of a paragraph ending before token
 * end) close a sentence of prose: a real sentence end, then the paragraph
 * end, a space or a quotation mark?
 */
static bool
ends_prose_sentence(const ne_seg *s, uint32_t i, uint32_t end)
{
	return (s->toks[i].cp != '.' || period_ends_sentence(s, i)) &&
		(i + 1 == end || (s->toks[i + 1].flags & (TK_SPACE_B | TK_QUOTE)));
}

/*
 * Find sentence boundaries inside each paragraph, visiting only its
 * terminal marks (terms: their token indices, in order), and mark the
 * paragraphs that read like prose (see assign_zones): sentences of mostly
 * lower-case words.  Headlines in title case or capitals, bylines and time
 * lines are not.
 */
static void
split_sentences(ne_ctx *ctx, ne_vec *sents, const uint32_t *terms, size_t nterms)
{
	ne_seg	   *s = &ctx->seg;
	uint32_t	p;
	size_t		tc = 0;

	for (p = 0; p < s->nparas; p++)
	{
		ne_para    *para = &s->paras[p];
		uint32_t	start = para->tok_start;
		uint32_t	next = para->tok_start;
		bool		has_end = false;

		para->sent_start = (uint32_t) sents->n;
		while (tc < nterms && terms[tc] < para->tok_start)
			tc++;
		for (; tc < nterms && terms[tc] < para->tok_end; tc++)
		{
			uint32_t	i = terms[tc];
			uint32_t	last = i;
			bool		boundary = false;

			if (!has_end)
				has_end = ends_prose_sentence(s, i, para->tok_end);
			if (i < next)
				continue;		/* absorbed by the boundary before */
			/* absorb following terminals and closing quotes / brackets */
			while (last + 1 < para->tok_end &&
				   !(s->toks[last + 1].flags & TK_SPACE_B) &&
				   (is_terminal(s, last + 1) ||
					(s->toks[last + 1].flags & TK_QUOTE) ||
					s->toks[last + 1].cp == ')'))
				last++;
			if (last + 1 < para->tok_end)	/* else the paragraph end closes it */
			{
				const ne_token *nt = &s->toks[last + 1];

				if ((nt->flags & TK_SPACE_B) &&
					((nt->flags & (TK_UPPER | TK_NUMLIKE | TK_QUOTE)) ||
					 nt->cp == '(' || nt->cp == '[' || (nt->flags & TK_DASH)) &&
					(s->toks[i].cp != '.' || period_ends_sentence(s, i)))
					boundary = true;
				/*
				 * Scraped text glues sentences where markup divided them:
				 * "…from the US.Discussing the …", "…proposals.At the same
				 * time".  A period between a word and a capitalized word
				 * in lower case ends a sentence unless it ends an
				 * abbreviation or an initial ("St.Louis", "U.S.Army").
				 */
				else if (!(nt->flags & TK_SPACE_B) && last == i && s->toks[i].cp == '.' &&
						 (nt->flags & TK_ALPHA) && (nt->flags & TK_UPPER) && !(nt->flags & TK_ALLCAP) &&
						 nt->nletters >= 2 && i > 0 && (s->toks[i - 1].flags & TK_ALPHA) &&
						 s->toks[i - 1].nletters >= 2 && period_ends_sentence(s, i))
					boundary = true;
			}
			if (boundary)
			{
				ne_sent    *st = ne_vec_push_filled(sents);

				if (st)
				{
					st->tok_start = start;
					st->tok_end = last + 1;
					st->start = s->toks[start].start;
					st->end = s->toks[last].start + s->toks[last].len;
					st->para = p;
				}
				start = last + 1;
				next = last + 1;
			}
		}
		if (start < para->tok_end)
		{
			ne_sent    *st = ne_vec_push_filled(sents);

			if (st)
			{
				st->tok_start = start;
				st->tok_end = para->tok_end;
				st->start = s->toks[start].start;
				st->end = para->end;
				st->para = p;
			}
		}
		para->sent_end = (uint32_t) sents->n;
		para->prose = ((para->words >= 10 && has_end) || para->words >= 25) &&
			para->lower * 5 >= para->words * 2;
		if (!ne_check_interrupt(ctx, para->tok_end - para->tok_start))
			return;
	}
}

/* Hash of a paragraph's bytes, eight at a time (multiply and fold). */
static uint32_t
para_hash(const char *s, uint32_t start, uint32_t end)
{
	uint64_t	h = 0x9E3779B97F4A7C15ULL ^ (uint64_t) (end - start);
	uint32_t	i = start;

	for (; i + 8 <= end; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	for (; i < end; i++)
		h = (h ^ (unsigned char) s[i]) * 0x100000001B3ULL;
	return (uint32_t) (h ^ (h >> 29));
}

/* Are two paragraphs the same bytes? */
static bool
para_equal(const char *s, const ne_para *a, const ne_para *b)
{
	return a->end - a->start == b->end - b->start &&
		memcmp(s + a->start, s + b->start, a->end - a->start) == 0;
}

/*
 * Flag paragraphs that repeat an earlier one (hash sets, linear).  Only a
 * paragraph whose byte length another one shares can repeat: lengths are
 * counted first, and only those paragraphs have their bytes hashed.
 */
static void
flag_repeats(ne_ctx *ctx)
{
	ne_seg	   *s = &ctx->seg;
	uint32_t	size = 16,
				p;
	uint32_t   *slots,
			   *lens;			/* length + 1, then its count, per slot */

	if (s->nparas < 2)
		return;
	while (size < s->nparas * 2)
		size *= 2;
	slots = ne_arena_alloc(ctx->arena, size * sizeof(uint32_t));
	lens = ne_arena_alloc(ctx->arena, 2 * size * sizeof(uint32_t));
	if (slots == NULL || lens == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	for (p = 0; p < s->nparas; p++)
	{
		uint32_t	key = s->paras[p].end - s->paras[p].start + 1;
		uint32_t	k = (key * 0x9E3779B1u) & (size - 1);

		while (lens[2 * k] && lens[2 * k] != key)
			k = (k + 1) & (size - 1);
		lens[2 * k] = key;
		lens[2 * k + 1]++;
	}
	for (p = 0; p < s->nparas; p++)
	{
		ne_para    *para = &s->paras[p];
		uint32_t	key = para->end - para->start + 1;
		uint32_t	h,
					k = (key * 0x9E3779B1u) & (size - 1);

		while (lens[2 * k] != key)
			k = (k + 1) & (size - 1);
		if (lens[2 * k + 1] < 2)
			continue;			/* a length of its own: no repeat */
		h = para_hash(s->text, para->start, para->end);
		k = h & (size - 1);
		para->hash = h;
		while (slots[k])
		{
			ne_para    *other = &s->paras[slots[k] - 1];

			if (other->hash == h && para_equal(s->text, other, para))
			{
				para->repeated = true;
				break;
			}
			k = (k + 1) & (size - 1);
		}
		if (!para->repeated)
			slots[k] = p + 1;
	}
}

/* Is the paragraph page furniture (share bars, sign-up prompts ...)? */
static bool
is_boilerplate(const ne_seg *s, const ne_para *p)
{
	uint32_t	ntok = p->tok_end - p->tok_start;
	uint32_t	i;

	if (p->end - p->start > 160)
		return false;
	/* furniture strings open the paragraph, after a word or two at most */
	for (i = p->tok_start; i < p->tok_end && i < p->tok_start + 4; i++)
	{
		const char *v;
		uint32_t	n;

		if (!(s->toks[i].flags & TK_ALPHA) || !ne_lex_tok(LEX_BOILERPLATE_FIRST, s, i))
			continue;
		n = ne_lex_match(LEX_BOILERPLATE, s, i, p->tok_end, &v);

		if (n >= 2 || (n == 1 && ntok <= 3))
			return true;
	}
	return false;
}

/*
 * Class paragraphs: boilerplate by lexicon; body from the first paragraph
 * that reads like prose; header before it; trailer after the last prose
 * paragraph.
 */
static void
assign_zones(ne_seg *s)
{
	uint32_t	p;
	int64_t		first_body = -1,
				last_body = -1;

	for (p = 0; p < s->nparas; p++)
	{
		ne_para    *para = &s->paras[p];

		if (is_boilerplate(s, para))
		{
			para->zone = ZONE_BOILERPLATE;
			continue;
		}
		if (para->prose)		/* split_sentences read its words */
		{
			if (first_body < 0)
				first_body = p;
			last_body = p;
		}
	}
	for (p = 0; p < s->nparas; p++)
	{
		ne_para    *para = &s->paras[p];

		if (para->zone == ZONE_BOILERPLATE)
			continue;
		if (first_body < 0 || (int64_t) p < first_body)
			para->zone = ZONE_HEADER;
		else if ((int64_t) p > last_body)
			para->zone = ZONE_TRAILER;
		else
			para->zone = ZONE_BODY;
	}
}

/*
 * Guess the language from function words among the first tokens, with
 * letters only Ukrainian or only Russian uses as tie-breakers.
 */
void
ne_guess_lang_seg(ne_seg *s, char lang[4])
{
	static const char *const langs[] = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk"};
	int			score[9] = {0};
	uint32_t	base,
				limit = s->ntoks < 1500 ? s->ntoks : 1500;
	int			best = -1,
				bestscore = 0,
				k;
	bool		settled = false;

	/*
	 * the words it reads (TK_FUNC: func_bits once gathered, else the
	 * flags), stepping from one to the next 64 tokens at a time
	 */
	for (base = 0; base < limit && !settled; base += 64)
	{
		uint64_t	words = s->func_bits == NULL ? ne_flag_word(s, base, limit, TK_FUNC) :
			s->func_bits[base >> 6] & (limit - base >= 64 ? ~UINT64_C(0) :
									   (UINT64_C(1) << (limit - base)) - 1);

		for (; words != 0 && !settled; words &= words - 1)
		{
			uint32_t	i = base + (uint32_t) __builtin_ctzll(words);
			const ne_token *t = &s->toks[i];
			const char *v;

			if (!(t->flags & TK_ASCII))
			{
				size_t		j = t->start;

				while (j < t->start + t->len)
				{
					uint32_t	c = ne_u8_next(s->text, s->len, &j);

					c = ne_to_lower(c);
					if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491)
						score[8] += 2;
					else if (c == 0x044B || c == 0x044D || c == 0x044A || c == 0x0451)
						score[7] += 2;
				}
			}
			if (t->len > 16 || t->nletters > 8 || ((t->flags & TK_UPPER) && (t->flags & TK_ASCII)))
				continue;
			v = ne_lex_tok(LEX_FUNCTION_WORDS, s, i);
			if (v == NULL || v[0] == '\0')
				continue;
			for (k = 0; k < 9; k++)
				if (langs[k][0] == v[0] && langs[k][1] == v[1])
				{
					score[k] += 3;
					/* a clear lead settles it: no need to read on */
					if (score[k] >= 24)
					{
						int			second = 0,
									m;

						for (m = 0; m < 9; m++)
							if (m != k && score[m] > second)
								second = score[m];
						if ((second == 0 || score[k] >= 45) && score[k] >= 2 * second + 24)
							settled = true;
					}
					break;
				}
		}
	}
	for (k = 0; k < 9; k++)
		if (score[k] > bestscore)
		{
			bestscore = score[k];
			best = k;
		}
	if (best < 0 || bestscore < 6)
		strcpy(lang, "und");
	else
		strcpy(lang, langs[best]);
}

#ifdef NE_SIMD
/* Bit j of 16: does flag word j of a (0..7), then b (8..15), have a bit of m? */
static inline unsigned
flags_any16(__m128i a, __m128i b, __m128i m)
{
	const __m128i zero = _mm_setzero_si128();
	__m128i		none = _mm_packs_epi16(_mm_cmpeq_epi16(_mm_and_si128(a, m), zero),
									   _mm_cmpeq_epi16(_mm_and_si128(b, m), zero));

	return ~(unsigned) _mm_movemask_epi8(none) & 0xFFFF;
}

/* The flags of tokens t[0..7], as eight 16-bit lanes */
static inline __m128i
flags8(const ne_token *t)
{
	__m128i		v = _mm_cvtsi32_si128(t[0].flags);

	v = _mm_insert_epi16(v, t[1].flags, 1);
	v = _mm_insert_epi16(v, t[2].flags, 2);
	v = _mm_insert_epi16(v, t[3].flags, 3);
	v = _mm_insert_epi16(v, t[4].flags, 4);
	v = _mm_insert_epi16(v, t[5].flags, 5);
	v = _mm_insert_epi16(v, t[6].flags, 6);
	return _mm_insert_epi16(v, t[7].flags, 7);
}

/* Bit j of 16: does flag word j of a, then b, have every bit of m? */
static inline unsigned
flags_all16(__m128i a, __m128i b, __m128i m)
{
	return (unsigned) _mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(_mm_and_si128(a, m), m),
														_mm_cmpeq_epi16(_mm_and_si128(b, m), m)));
}
#endif

/*
 * Gather the TK_SAYS tokens, the tokens a date may open with (numbers,
 * TK_DATE), the quotation marks, the capitalized words and the TK_FUNC
 * words into ne_seg's bitmaps, once, without a branch per token (with
 * SSE2, sixteen flags per compare).  False when out of memory.
 */
bool
ne_seg_bits(ne_ctx *ctx)
{
	ne_seg	   *s = &ctx->seg;
	size_t		words = (size_t) s->ntoks / 64 + 1;
	uint32_t	base;

	if (s->says_bits != NULL)
		return true;
	s->says_bits = ne_arena_alloc_raw(ctx->arena, 5 * words * sizeof(uint64_t));
	if (s->says_bits == NULL)
		return false;
	s->date_bits = s->says_bits + words;
	s->mark_bits = s->date_bits + words;
	s->caps_bits = s->mark_bits + words;
	s->func_bits = s->caps_bits + words;
	/* 64 tokens at a time (the last word of each bitmap may hold fewer) */
	for (base = 0; base <= s->ntoks; base += 64)
	{
		uint32_t	n = s->ntoks - base < 64 ? s->ntoks - base : 64,
					j;
		uint64_t	says = 0,
					date = 0,
					mark = 0,
					caps = 0,
					func = 0;

#ifdef NE_SIMD
		{
			/* the flags side by side, then eight of them per compare */
			uint16_t	fl[64];
			const __m128i m_says = _mm_set1_epi16((short) TK_SAYS),
						m_date = _mm_set1_epi16((short) (TK_NUMLIKE | TK_DATE)),
						m_mark = _mm_set1_epi16((short) TK_QUOTE),
						m_caps = _mm_set1_epi16((short) (TK_UPPER | TK_ALPHA)),
						m_func = _mm_set1_epi16((short) TK_FUNC);

			if (n < 64)
			{
				/* the last tokens: their flags, then zeros */
				for (j = 0; j < n; j++)
					fl[j] = s->toks[base + j].flags;
				for (; j < 64; j++)
					fl[j] = 0;
			}
			for (j = 0; j < 64; j += 16)
			{
				/* 64 tokens: straight into the registers (a copy stalls the loads) */
				__m128i		a = n == 64 ? flags8(s->toks + base + j) :
					_mm_loadu_si128((const __m128i *) (fl + j)),
							b = n == 64 ? flags8(s->toks + base + j + 8) :
					_mm_loadu_si128((const __m128i *) (fl + j + 8));

				says |= (uint64_t) flags_any16(a, b, m_says) << j;
				date |= (uint64_t) flags_any16(a, b, m_date) << j;
				mark |= (uint64_t) flags_any16(a, b, m_mark) << j;
				caps |= (uint64_t) flags_all16(a, b, m_caps) << j;
				func |= (uint64_t) flags_any16(a, b, m_func) << j;
			}
		}
#else
		for (j = 0; j < n; j++)
		{
			uint16_t	f = s->toks[base + j].flags;

			says |= (uint64_t) ((f & TK_SAYS) != 0) << j;
			date |= (uint64_t) ((f & (TK_NUMLIKE | TK_DATE)) != 0) << j;
			mark |= (uint64_t) ((f & TK_QUOTE) != 0) << j;
			caps |= (uint64_t) ((f & (TK_UPPER | TK_ALPHA)) == (TK_UPPER | TK_ALPHA)) << j;
			func |= (uint64_t) ((f & TK_FUNC) != 0) << j;
		}
#endif
		s->says_bits[base >> 6] = says;
		s->date_bits[base >> 6] = date;
		s->mark_bits[base >> 6] = mark;
		s->caps_bits[base >> 6] = caps;
		s->func_bits[base >> 6] = func;
	}
	return true;
}

/* Build the byte -> code point index (one entry per 64 bytes). */
static void
build_cp_index(ne_ctx *ctx)
{
	ne_seg	   *s = &ctx->seg;
	size_t		nblocks = s->len / 64 + 2;
	size_t		b;
	uint32_t	count = 0;

	if (s->all_ascii)
		return;
	ctx->cp_index = ne_arena_alloc(ctx->arena, nblocks * sizeof(uint32_t));
	if (ctx->cp_index == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	for (b = 0; b * 64 <= s->len; b++)
	{
		size_t		i,
					end = (b + 1) * 64 < s->len ? (b + 1) * 64 : s->len;

		ctx->cp_index[b] = count;
		for (i = b * 64; i < end; i++)
			count += ((unsigned char) s->text[i] & 0xC0) != 0x80;
	}
}

/* Code point offset of a byte offset (which must start a character). */
int32_t
ne_cp_offset(const ne_ctx *ctx, uint32_t off)
{
	uint32_t	b,
				n,
				i;

	if (ctx->seg.all_ascii || ctx->cp_index == NULL)
		return (int32_t) off;
	if (off > ctx->seg.len)
		off = (uint32_t) ctx->seg.len;
	b = off / 64;
	n = ctx->cp_index[b];
	for (i = b * 64; i < off; i++)
		n += ((unsigned char) ctx->seg.text[i] & 0xC0) != 0x80;
	return (int32_t) n;
}

/* A code point span from byte offsets. */
ne_span
ne_make_span(const ne_ctx *ctx, uint32_t bstart, uint32_t bend)
{
	ne_span		sp;

	sp.start = ne_cp_offset(ctx, bstart);
	sp.length = ne_cp_offset(ctx, bend) - sp.start;
	return sp;
}

/* A copy, in the arena, of the bytes of tokens [a, b); NULL when a >= b. */
char *
ne_range_text(ne_ctx *ctx, uint32_t a, uint32_t b)
{
	const ne_seg *s = &ctx->seg;
	uint32_t	start,
				end;

	if (a >= b)
		return NULL;
	start = s->toks[a].start;
	end = s->toks[b - 1].start + s->toks[b - 1].len;
	return ne_arena_strndup(ctx->arena, s->text + start, end - start);
}

/*
 * Segment the text: tokens, paragraphs, sentences, zones and repeats (the
 * language is guessed when first asked: ne_seg_lang).  The text must be
 * valid UTF-8 of at most NE_MAX_INPUT bytes.  With head > 0, only the head
 * of the text is read, for the dateline (ne_analyze_some): at the first
 * paragraph end at or after byte head, once two paragraphs are complete,
 * segmentation reads NE_HEAD_LOOKAHEAD tokens more and stops, setting
 * seg.truncated.  Every paragraph but the last (cut short) is then as the
 * whole text's, with the tokens after it that a parser may peek at; the
 * zones of later paragraphs and the language may differ.
 */
ne_status
ne_segment(ne_ctx *ctx, const char *text, size_t len, size_t head)
{
	ne_seg	   *s = &ctx->seg;
	ne_vec		toks,
				paras,
				sents,
				terms;			/* token indices of . ! ? and ... */
	size_t		stop_tok = 0;	/* with head: the token count to stop at */
	size_t		check_at = 0;	/* the token count of the next stop or interrupt test */
	uint32_t	pwords = 0,		/* words of the open paragraph */
				plower = 0;		/* ... not capitalized */
	bool		pmarks = false; /* ... a TK_QUOTE token among its tokens */
	size_t		i = 0;
	uint16_t	pending = 0;	/* flags for the next token */
	uint32_t	pstart = 0,
				tstart = 0;
	bool		in_para = false;
	size_t		line_start = 0;
	bool		line_has_lower = false;
	bool		all_ascii = true;
	size_t		width = 0;
#ifdef NE_SIMD_WORDS
	byte_window win;

	memset(&win, 0, sizeof(win));
	win.base = len + 64;		/* empty: the first use fills it */
#endif

	if (!ascii_class_ready)
		init_ascii_class();
	ne_lexicons_load();			/* TK_SAYS reads the cue verbs' edges */
	s->text = text;
	s->len = len;
	/* the bitmaps are gathered when first asked for (ne_seg_bits) */
	s->says_bits = s->date_bits = s->mark_bits = s->caps_bits = s->func_bits = NULL;
	s->wrapped = detect_wrapped(text, len, &width);
	/*
	 * News has about a token per five bytes: room for a quarter more, so
	 * the vector rarely grows and plain_tokens rarely runs short of room.
	 */
	ne_vec_init(&toks, ctx->arena, sizeof(ne_token), len / 4 + 64);
	ne_vec_init(&paras, ctx->arena, sizeof(ne_para), 64);
	ne_vec_init(&sents, ctx->arena, sizeof(ne_sent), 128);
	ne_vec_init(&terms, ctx->arena, sizeof(uint32_t), len / 32 + 16);
	pending = TK_SPACE_B | TK_NL_B;

	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		ne_token   *t;
		uint32_t	cp;
		size_t		start = i;

#ifdef NE_SIMD_WORDS
		/* plain prose: many tokens at a time (a paragraph is open, room is left) */
		if (in_para && c < 0x80 && !(ascii_class[c] & A_SPACE) && toks.n < check_at &&
			toks.n < toks.cap)
		{
			plain_state ps = {pending, pwords, plower, pmarks, line_has_lower};
			size_t		room = (check_at < toks.cap ? check_at : toks.cap) - toks.n;
			size_t		k = plain_tokens(&win, text, len, &i, (ne_token *) toks.data + toks.n,
										 room, toks.n, &terms, &ps);

			if (k > 0)
			{
				toks.n += k;
				pending = ps.pending;
				pwords = ps.pwords;
				plower = ps.plower;
				pmarks = ps.pmarks;
				line_has_lower = ps.line_has_lower;
				continue;
			}
		}
#endif
		if (c == ' ')
		{
			/* a run of blanks (wire copy indents with them) */
			pending |= TK_SPACE_B;
			do
				i++;
			while (i < len && text[i] == ' ');
			continue;
		}
		if (c < 0x80 && (ascii_class[c] & A_SPACE))
		{
			if (c == '\n')
			{
				bool		brk;

				if (!s->wrapped)
					brk = true;
				else
					brk = line_breaks_paragraph(text, len, i + 1) ||
						!line_has_lower || (i - line_start) * 5 < width * 3 ||
						line_is_credit(text, len, line_start);
				if (brk && in_para)
				{
					close_para(&paras, pstart, last_token_end(&toks), tstart, (uint32_t) toks.n,
							   pwords, plower, pmarks);
					in_para = false;
					/* the head is read: eight tokens more, then stop */
					if (head > 0 && stop_tok == 0 && i >= head && paras.n >= 2)
					{
						stop_tok = toks.n + NE_HEAD_LOOKAHEAD;
						if (stop_tok < check_at)
							check_at = stop_tok;
					}
				}
				pending |= TK_NL_B;
				line_start = i + 1;
				line_has_lower = false;
			}
			pending |= TK_SPACE_B;
			i++;
			continue;
		}
		if (c >= 0x80)
		{
			size_t		j = i;

			all_ascii = false;
			cp = ne_u8_next(text, len, &j);
			if (ne_is_space(cp))
			{
				pending |= TK_SPACE_B;
				i = j;
				continue;
			}
		}
		else
			cp = c;

		/* one test a token: the head's end and the interrupt checks share it */
		if (toks.n >= check_at)
		{
			if (stop_tok > 0 && toks.n >= stop_tok)
			{
				s->truncated = true;
				break;
			}
			if ((toks.n & 4095) == 0 && !ne_check_interrupt(ctx, 4096))
				return ctx->status;
			check_at = (toks.n | 4095) + 1;
			if (stop_tok > 0 && stop_tok < check_at)
				check_at = stop_tok;
		}
		if (toks.n < toks.cap)
		{
			/* fast path: room left, no call */
			t = (ne_token *) toks.data + toks.n++;
			t->nletters = 0;
			t->len = 0;
		}
		else if ((t = ne_vec_push(&toks)) == NULL)
			return NE_ENOMEM;
		if (!in_para)
		{
			in_para = true;
			pstart = (uint32_t) i;
			tstart = (uint32_t) (toks.n - 1);
			pwords = plower = 0;
			pmarks = false;
		}
		t->start = (uint32_t) i;
		t->flags = pending;
		t->cp = cp;
		pending = 0;

		/*
		 * The common case: an ASCII word that an ASCII byte other than ' and
		 * - ends.  The same flags as the general path below, in one go.
		 */
		if (cp < 0x80 && (ascii_class[cp] & A_ALPHA))
		{
			uint32_t	letters = 0;
			bool		lower = false;
			size_t		e = ascii_word_run(text, i, len, &letters, &lower);

			if (e >= len || ((unsigned char) text[e] < 0x80 && text[e] != '\'' && text[e] != '-'))
			{
				uint16_t	f = TK_ALPHA | TK_ASCII;

				if (ascii_class[cp] & A_UPPER)
					f |= TK_UPPER;
				else
					plower++;	/* a word in lower case (see the general path) */
				if (lower)
					line_has_lower = true;
				else
					f |= TK_ALLCAP | TK_UPPER;
				pwords++;
				t->flags |= f;
				t->nletters = letters > 65535 ? 65535 : (uint16_t) letters;
				t->len = (uint32_t) (e - i);
				t->wc = t->len <= 16 ? NE_WC_UNSET : NE_WC_ANY;
				t->flags |= scan_flags(s, t);
				i = e;
				/* the blank after a word, without another turn of the loop */
				if (i < len && text[i] == ' ')
				{
					pending = TK_SPACE_B;
					i++;
				}
				continue;
			}
		}

		if (cp < 0x80 && (ascii_class[cp] & A_DIGIT))
		{
			while (i < len && (unsigned char) text[i] < 0x80 &&
				   (ascii_class[(unsigned char) text[i]] & A_DIGIT))
				i++;
			t->flags |= TK_DIGIT | TK_NUMLIKE | TK_ASCII;
			/* digits glued to letters ("19th", "12h40") stay one token */
			if (i < len && (unsigned char) text[i] < 0x80 &&
				(ascii_class[(unsigned char) text[i]] & A_ALPHA))
			{
				t->flags &= ~TK_DIGIT;
				while (i < len && (unsigned char) text[i] < 0x80 &&
					   (ascii_class[(unsigned char) text[i]] & (A_ALPHA | A_DIGIT)))
					i++;
			}
		}
		else if (word_cont(cp) && !(cp < 0x80 && (ascii_class[cp] & A_DIGIT)))
		{
			uint32_t	letters = 0;
			bool		upper_all = true;
			bool		ascii = true;
			bool		first = true;

			if (cp >= 0x80 && ne_is_digit(cp))	/* ASCII digits took the branch above */
				t->flags |= TK_NUMLIKE;
			for (;;)
			{
				uint32_t	d;
				size_t		j = i;

				/* ASCII fast path: letters and digits by table, flags folded after */
				{
					size_t		a0 = i;
					bool		has_lower = false;

					i = ascii_word_run_scalar(text, i, len, &letters, &has_lower);
					if (i > a0)
					{
						if (first && (ascii_class[(unsigned char) text[a0]] & A_UPPER))
							t->flags |= TK_UPPER;
						if (has_lower)
						{
							upper_all = false;
							line_has_lower = true;
						}
						first = false;
					}
				}
				if (i >= len)
					break;
				/* an ASCII byte other than ' and - ends the word */
				if ((unsigned char) text[i] < 0x80 && text[i] != '\'' && text[i] != '-')
					break;
				j = i;
				d = peek_cp(text, len, i);
				if (d < 0x80)
					j = i + 1;
				else
					ne_u8_next(text, len, &j);
				if (d >= 0x80 && word_cont(d))
				{
					ascii = false;
					if (ne_is_alpha(d))
					{
						letters++;
						if (ne_is_lower(d))
						{
							upper_all = false;
							line_has_lower = true;
						}
						else if (first && ne_is_upper(d))
							t->flags |= TK_UPPER;
					}
					first = false;
					i = j;
					continue;
				}
				/* internal apostrophe or hyphen followed by a letter */
				if ((d == '\'' || d == 0x2019 || d == '-' || d == 0x2010) && j < len &&
					word_cont(peek_cp(text, len, j)) && !first)
				{
					if (d >= 0x80)
						ascii = false;
					i = j;
					continue;
				}
				break;
			}
			t->flags |= TK_ALPHA;
			if (letters > 0)
			{
				pwords++;
				if (!(t->flags & TK_UPPER) && !upper_all)
					plower++;
			}
			if (!ascii)
				all_ascii = false;	/* offsets then need the code point index */
			if (letters > 0 && upper_all)
				t->flags |= TK_ALLCAP | TK_UPPER;
			if (ascii)
				t->flags |= TK_ASCII;
			t->nletters = letters > 65535 ? 65535 : (uint16_t) letters;
			if (letters == 0)
				t->flags &= ~TK_ALPHA;
		}
		else
		{
			/* one punctuation or symbol character; "--" is one dash */
			if (cp < 0x80)
				i++;
			else
				ne_u8_next(text, len, &i);
			/* two apostrophes or backticks stand for a double quote (''x'', ``x'') */
			if ((cp == '\'' || cp == '`') && i < len && text[i] == (char) cp)
			{
				i++;
				cp = '"';
				t->cp = cp;
			}
			t->flags |= TK_PUNCT;
			if (cp < 0x80)
				t->flags |= TK_ASCII;
			if (cp < 0x80 ? (cp == '"' || cp == '\'') : is_quote_cp(cp))
			{
				t->flags |= TK_QUOTE;
				pmarks = true;
			}
			if (terminal_cp(cp))
			{
				uint32_t   *tp = ne_vec_push_filled(&terms);

				if (tp)
					*tp = (uint32_t) (toks.n - 1);
			}
			if (cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2015)
			{
				t->flags |= TK_DASH;
				while (cp == '-' && i < len && text[i] == '-')
					i++;
			}
		}
		t->len = (uint32_t) (i - start);

		/*
		 * Short ASCII words are looked up when first read (tok_wc).  Every
		 * lexicon entry opens with a letter, so a token that does not (a
		 * mark, a number) opens none, and no lookup hashes it.
		 */
		if (!(t->flags & TK_ALPHA))
			t->wc = NE_WC_NONE;
		else
			t->wc = ((t->flags & TK_ASCII) && t->len <= 16) ? NE_WC_UNSET : NE_WC_ANY;
		t->flags |= scan_flags(s, t);
	}
	if (in_para)
		close_para(&paras, pstart, last_token_end(&toks), tstart, (uint32_t) toks.n, pwords, plower,
				   pmarks);
	if (toks.failed || paras.failed)
		return NE_ENOMEM;

	s->toks = toks.data;
	s->ntoks = (uint32_t) toks.n;
	s->paras = paras.data;
	s->nparas = (uint32_t) paras.n;
	s->all_ascii = all_ascii;

	if (terms.failed)
		return NE_ENOMEM;
	split_sentences(ctx, &sents, terms.data, terms.n);
	if (ctx->status != NE_OK)
		return ctx->status;
	if (sents.failed)
		return NE_ENOMEM;
	s->sents = sents.data;
	s->nsents = (uint32_t) sents.n;

	flag_repeats(ctx);
	assign_zones(s);
	build_cp_index(ctx);
	if (ctx->opts && ctx->opts->lang)
	{
		size_t		k;

		for (k = 0; k < 3 && ctx->opts->lang[k]; k++)
			s->lang[k] = ctx->opts->lang[k];
		s->lang[k] = '\0';
	}
	else
		s->lang[0] = '\0';		/* guessed when first asked: ne_seg_lang */
	return ctx->status;
}
