/*-------------------------------------------------------------------------
 *
 * ne_internal.h
 *	  Shared internals of the core engine: arena, buffers, UTF-8 helpers,
 *	  the segmentation every extractor reads, and lexicon lookups.
 *
 *-------------------------------------------------------------------------
 */
#ifndef NE_INTERNAL_H
#define NE_INTERNAL_H

#include "ne.h"

#include <string.h>

/* SSE2 where the compiler has it (x86-64 always); -DNE_NO_SIMD for the portable code */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(NE_NO_SIMD)
#include <emmintrin.h>
#define NE_SIMD 1
#endif

/* ---------------------------------------------------------------- arena */

extern void *ne_arena_alloc_raw(ne_arena *arena, size_t size);
extern char *ne_arena_strndup(ne_arena *arena, const char *s, size_t len);

/* Growable byte buffer in an arena (old blocks stay in the arena). */
typedef struct ne_buf
{
	ne_arena   *arena;
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		failed;
} ne_buf;

extern void ne_buf_init(ne_buf *b, ne_arena *arena, size_t cap);
extern void ne_buf_append(ne_buf *b, const char *s, size_t n);
extern void ne_buf_putc(ne_buf *b, char c);
extern void ne_buf_puts(ne_buf *b, const char *s);

/* Growable array of fixed-size elements in an arena. */
typedef struct ne_vec
{
	ne_arena   *arena;
	void	   *data;
	size_t		n;
	size_t		cap;
	size_t		elem;
	bool		failed;
} ne_vec;

extern void ne_vec_init(ne_vec *v, ne_arena *arena, size_t elem, size_t cap);
extern void *ne_vec_push(ne_vec *v);	/* zeroed slot, or NULL */

/*
 * Push an element the caller fills in whole: no call and no zeroing while
 * there is room, ne_vec_push otherwise.
 */
static inline void *
ne_vec_push_filled(ne_vec *v)
{
	if (v->n < v->cap && !v->failed)
		return (char *) v->data + (v->n++) * v->elem;
	return ne_vec_push(v);
}

/* ---------------------------------------------------------------- UTF-8 */

/* Decode one code point at s[*i] (valid UTF-8 assumed), advance *i. */
static inline uint32_t
ne_u8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *) s + *i;
	uint32_t	c = p[0];

	if (c < 0x80)
	{
		(*i)++;
		return c;
	}
	if (c < 0xE0 && *i + 1 < len)
	{
		*i += 2;
		return ((c & 0x1F) << 6) | (p[1] & 0x3F);
	}
	if (c < 0xF0 && *i + 2 < len)
	{
		*i += 3;
		return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
	}
	if (*i + 3 < len)
	{
		*i += 4;
		return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
			((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
	}
	(*i)++;
	return 0xFFFD;
}

/* Decode the code point that ends just before s[*i], move *i back. */
static inline uint32_t
ne_u8_prev(const char *s, size_t *i)
{
	size_t		j = *i;
	size_t		k;

	if (j == 0)
		return 0;
	j--;
	while (j > 0 && ((unsigned char) s[j] & 0xC0) == 0x80 && *i - j < 4)
		j--;
	*i = j;
	k = j;
	return ne_u8_next(s, j + 4, &k);
}

/* Character classes through ICU for non-ASCII, inline table for ASCII. */
extern bool ne_is_alpha(uint32_t c);
extern bool ne_is_upper(uint32_t c);
extern bool ne_is_lower(uint32_t c);
extern bool ne_is_space(uint32_t c);
extern bool ne_is_digit(uint32_t c);
extern uint32_t ne_to_lower(uint32_t c);

/* Encode one code point as UTF-8; returns its length (1..4). */
extern size_t ne_u8_encode(uint32_t c, char out[4]);

/* Lower-case UTF-8 into buf (cap bytes); returns the length, or -1 if it does not fit. */
extern int	ne_lower_into(const char *s, size_t len, char *buf, size_t cap);

/* Lower-case UTF-8 (simple case mapping) into the arena. */
extern char *ne_lower_dup(ne_arena *arena, const char *s, size_t len,
						  size_t *out_len);

/* Title-case an all-caps name ("TIM KORSO" -> "Tim Korso"). */
extern char *ne_titlecase_dup(ne_arena *arena, const char *s, size_t len);


/* ---------------------------------------------------------------- segmentation */

/* Token flags */
#define TK_ALPHA	0x0001		/* starts with a letter */
#define TK_UPPER	0x0002		/* first letter upper case */
#define TK_ALLCAP	0x0004		/* every letter upper case, >= 1 letter */
#define TK_DIGIT	0x0008		/* all digits */
#define TK_PUNCT	0x0010		/* a punctuation or symbol character */
#define TK_QUOTE	0x0020		/* a quotation mark character */
#define TK_NUMLIKE	0x0040		/* starts with a digit */
#define TK_SPACE_B	0x0080		/* whitespace precedes the token */
#define TK_NL_B		0x0100		/* a newline precedes the token */
#define TK_ASCII	0x0200		/* all bytes ASCII */
#define TK_DASH		0x0400		/* a dash: - -- — – */
#define TK_SAYS		0x0800		/* may report speech: see ne_may_say */
#define TK_DATE		0x1000		/* a word that may open a date: see ne_may_date */
#define TK_FUNC		0x2000		/* a word the language guess reads: see ne_may_tell_lang */

typedef struct ne_token
{
	uint32_t	start;			/* byte offset */
	uint32_t	len;			/* bytes */
	uint16_t	flags;
	uint16_t	nletters;		/* letters, capped at 65535 */
	uint32_t	cp;				/* first code point */
	uint16_t	wc;				/* word-class slot (see ne_word_class) */
} ne_token;

typedef enum ne_zone
{
	ZONE_HEADER = 0,
	ZONE_BODY,
	ZONE_TRAILER,
	ZONE_BOILERPLATE
} ne_zone;

typedef struct ne_para
{
	uint32_t	start;			/* byte offset of first non-blank byte */
	uint32_t	end;			/* byte offset just after the last non-blank */
	uint32_t	tok_start;		/* first token index */
	uint32_t	tok_end;		/* one past the last token */
	uint32_t	sent_start;		/* first sentence index */
	uint32_t	sent_end;
	uint8_t		zone;
	bool		repeated;		/* same text as an earlier paragraph */
	bool		prose;			/* reads like prose (set by segmentation) */
	bool		marks;			/* holds a quotation mark or apostrophe (TK_QUOTE) */
	uint32_t	words;			/* word tokens */
	uint32_t	lower;			/* ... not capitalized */
	uint32_t	hash;
} ne_para;

typedef struct ne_sent
{
	uint32_t	start;			/* byte offsets */
	uint32_t	end;
	uint32_t	tok_start;
	uint32_t	tok_end;
	uint32_t	para;
} ne_sent;

typedef struct ne_seg
{
	const char *text;
	size_t		len;
	ne_token   *toks;
	uint32_t	ntoks;
	ne_para    *paras;
	uint32_t	nparas;
	ne_sent    *sents;
	uint32_t	nsents;
	bool		wrapped;		/* hard-wrapped wire layout */
	char		lang[4];		/* empty until ne_seg_lang guesses it */
	bool		all_ascii;
	bool		truncated;		/* only a head was read (ne_segment's head) */
	/*
	 * bit k: token k has TK_SAYS / TK_NUMLIKE or TK_DATE / TK_QUOTE / both
	 * TK_UPPER and TK_ALPHA (ne_seg_bits)
	 */
	uint64_t   *says_bits;
	uint64_t   *date_bits;
	uint64_t   *mark_bits;
	uint64_t   *caps_bits;
	uint64_t   *func_bits;		/* TK_FUNC */
} ne_seg;

/* Context shared by one analysis run. */
typedef struct ne_ctx
{
	ne_arena   *arena;
	const ne_options *opts;
	ne_seg		seg;
	ne_doc	   *doc;
	ne_status	status;			/* first failure, sticky */
	uint32_t	work;			/* work units since the last interrupt check */
	/* byte offset -> code point offset table, one entry per 64 bytes */
	uint32_t   *cp_index;
	/* name mentions collected by quotes and bylines */
	int64_t		published_utc;	/* for dateline years; INT64_MIN if unknown */
	bool		head_short;		/* the dateline needed more than the head read */
} ne_ctx;

/* Returns false (and sets ctx->status) when the caller asked to stop. */
extern bool ne_check_interrupt(ne_ctx *ctx, uint32_t work);

extern ne_status ne_segment(ne_ctx *ctx, const char *text, size_t len, size_t head);

/*
 * Bytes of a story's head read for its dateline alone (ne_segment stops at
 * the first paragraph end after them once two paragraphs are complete, and
 * NE_HEAD_LOOKAHEAD tokens later).
 */
#define NE_DATELINE_HEAD 256
#define NE_HEAD_LOOKAHEAD 8		/* tokens read past the head's last paragraph */
extern void ne_guess_lang_seg(ne_seg *seg, char lang[4]);

/*
 * The language of the segmented text: the caller's, or guessed from its
 * function words when first asked (a dateline or a byline seldom asks).
 */
static inline const char *
ne_seg_lang(const ne_seg *s)
{
	if (s->lang[0] == '\0')
		ne_guess_lang_seg((ne_seg *) s, ((ne_seg *) s)->lang);
	return s->lang;
}

/* Byte offset -> code point offset in the analyzed text. */
extern int32_t ne_cp_offset(const ne_ctx *ctx, uint32_t byte_off);
extern ne_span ne_make_span(const ne_ctx *ctx, uint32_t bstart, uint32_t bend);
extern char *ne_range_text(ne_ctx *ctx, uint32_t a, uint32_t b);

/* Token text helpers */
static inline const char *
tok_ptr(const ne_seg *s, uint32_t i)
{
	return s->text + s->toks[i].start;
}

/*
 * Does token i equal lit exactly?  Inline, so that strlen of a literal is
 * folded at compile time.
 */
static inline bool
tok_eq(const ne_seg *s, uint32_t i, const char *lit)
{
	size_t		n = strlen(lit);

	return i < s->ntoks && s->toks[i].len == n && memcmp(tok_ptr(s, i), lit, n) == 0;
}

/* Does token i equal lit, ignoring ASCII case? */
static inline bool
tok_ieq(const ne_seg *s, uint32_t i, const char *lit)
{
	size_t		n = strlen(lit),
				k;
	const char *p;

	if (i >= s->ntoks || s->toks[i].len != n)
		return false;
	p = tok_ptr(s, i);
	for (k = 0; k < n; k++)
	{
		char		a = p[k],
					b = lit[k];

		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b)
			return false;
	}
	return true;
}

/*
 * Is token i one of the words of a NULL-terminated list (lower case, each
 * opening with a letter)?  Exact, or ignoring ASCII case with icase.  A
 * mark or a number is none of them; otherwise the first two bytes are
 * compared before the whole word, so most words cost one comparison per
 * entry.
 */
static inline bool
tok_in_words(const ne_seg *s, uint32_t i, const char *const *words, bool icase)
{
	char		c,
				c1;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA))
		return false;
	c = tok_ptr(s, i)[0];
	/* the second byte too ('\0' for a word of one byte, as the list's) */
	c1 = s->toks[i].len >= 2 ? tok_ptr(s, i)[1] : '\0';
	if (icase && c >= 'A' && c <= 'Z')
		c += 32;
	if (icase && c1 >= 'A' && c1 <= 'Z')
		c1 += 32;
	for (; *words; words++)
		if ((*words)[0] == c && (*words)[1] == c1 &&
			(icase ? tok_ieq(s, i, *words) : tok_eq(s, i, *words)))
			return true;
	return false;
}

/* Is token i the single punctuation character cp? */
static inline bool
tok_is_char(const ne_seg *s, uint32_t i, uint32_t cp)
{
	return i < s->ntoks && s->toks[i].cp == cp && (s->toks[i].flags & TK_PUNCT);
}

/* ---------------------------------------------------------------- lexicons */

/* The lexicons' entries (lexicon_data.c): key, value, ..., NULL, in ne_lexicon order. */
extern const char *const ne_lexdata_agencies[];
extern const char *const ne_lexdata_abbreviations[];
extern const char *const ne_lexdata_boilerplate[];
extern const char *const ne_lexdata_cue_verbs[];
extern const char *const ne_lexdata_titles[];
extern const char *const ne_lexdata_pronouns[];
extern const char *const ne_lexdata_zones[];
extern const char *const ne_lexdata_stopnames[];
extern const char *const ne_lexdata_function_words[];
extern const char *const ne_lexdata_describe_verbs[];

/* Lexicon identifiers: one source file under src/core/lexicon/ each. */
typedef enum ne_lexicon
{
	LEX_AGENCIES = 0,
	LEX_ABBREVIATIONS,
	LEX_BOILERPLATE,
	LEX_CUE_VERBS,
	LEX_TITLES,
	LEX_PRONOUNS,
	LEX_ZONES,
	LEX_STOPNAMES,
	LEX_FUNCTION_WORDS,
	LEX_DESCRIBE_VERBS,			/* naming and describing: "called it 'X'" */
	LEX_BOILERPLATE_FIRST,		/* first words of LEX_BOILERPLATE entries */
	LEX_COUNT
} ne_lexicon;

/*
 * Look a lower-cased key up in a lexicon.  Returns the entry's value field
 * (the text after a tab on its line, or "" when none), or NULL.
 */
extern const char *ne_lex_lookup(ne_lexicon lex, const char *key, size_t len);

/* Word-class bits of a word (bit L: starts an entry of lexicon L). */
extern uint16_t ne_word_class(const char *p, size_t len, size_t avail, bool ascii);

#define NE_WC_IDS	2048		/* dense ids of the words that start entries */
#define NE_WC_NONE	NE_WC_IDS	/* ne_token.wc: the word starts no entry */
#define NE_WC_ANY	(NE_WC_IDS + 1) /* ne_token.wc: not filtered (every bit) */
#define NE_WC_UNSET (NE_WC_IDS + 2) /* ne_token.wc: not looked up yet */
#define NE_LEX_SLOTS (LEX_COUNT + 2)	/* the lexicons, months, weekdays */
extern uint16_t ne_wc_bits[NE_WC_ANY + 1];

/*
 * Bit (last byte | 0x20) & 31 of ne_lex_edges[L][n][(first byte | 0x20) & 31]
 * is set when some entry of lexicon L starts with an ASCII word of n bytes
 * (1..16) that opens and ends so: ne_lex_tok rules most words out with it
 * before their word class is looked up.
 */
extern uint32_t ne_lex_edges[NE_LEX_SLOTS][17][32];

/*
 * Does the ASCII word w of len bytes (1..16) pass the edge table e (one of
 * ne_lex_edges, or a union of them)?
 */
static inline bool
ne_edges_pass(const uint32_t e[17][32], const unsigned char *w, uint32_t len)
{
	return ((e[len][(w[0] | 0x20) & 31] >> ((w[len - 1] | 0x20) & 31)) & 1) != 0;
}

/*
 * Signatures: a word's signature is its length and its first, second,
 * next-to-last and last bytes (each & 31), hashed to NE_SIG_LOG bits.
 * Byte ne_sig[h] holds a bit per set of words that has a word of signature
 * h: the first words (ASCII, 1..16 bytes) of the cue verbs, of the month
 * and weekday names, of the function words, the ASCII openers of
 * attributions (ne_phrase_opener_words), and the one-word agencies,
 * pronouns, stop names and titles (name_token).  One load tells most
 * words from all of them, and better than their edges do ("and" is no
 * "add", "billion" no "betonen", "the" no "tue").
 */
#define NE_SIG_LOG 14
#define NE_SIG_CUE		0x01
#define NE_SIG_DATE		0x02
#define NE_SIG_FUNC		0x04
#define NE_SIG_OPENER	0x08	/* these four: plain_tokens indexes a table with them */
#define NE_SIG_NONAME	0x10	/* a one-word agency, pronoun, stop name or title */
extern uint8_t ne_sig[1u << NE_SIG_LOG];

/* The ASCII words that open an attribution ("as", "according", ...), NULL-ended. */
extern const char *const ne_phrase_opener_words[];

/*
 * The signature of a word of len bytes (1..16) whose first two bytes are
 * the low and high bytes of lo, and last two those of hi (a word of one
 * byte repeats it): bytes & 31, so case does not count.
 */
static inline uint32_t
ne_sig_key(uint32_t len, uint32_t lo, uint32_t hi)
{
	uint32_t	key = len | (lo & 0x1F1Fu) << 5 | (hi & 0x1F1Fu) << 18;

	return (key * 0x85EBCA6Bu) >> (32 - NE_SIG_LOG);
}

/* The signature of the ASCII word w of len bytes (1..16). */
static inline uint32_t
ne_sig_hash(const unsigned char *w, uint32_t len)
{
	uint32_t	two = len >= 2;

	return ne_sig_key(len, w[0] | (uint32_t) w[two] << 8,
					  w[len - 1 - two] | (uint32_t) w[len - 1] << 8);
}

/* Does the ASCII word w of len bytes (1..16) have a signature of set bit? */
static inline bool
ne_sig_pass(unsigned bit, const unsigned char *w, uint32_t len)
{
	return (ne_sig[ne_sig_hash(w, len)] & bit) != 0;
}

/* Value of lexicon L's entry that is exactly word id W, or NULL. */
extern const char *ne_wc_value[NE_WC_IDS][NE_LEX_SLOTS];

/* Look up and store the word class of token t of s (see tok_wc). */
extern uint16_t ne_tok_wc_fill(const ne_seg *s, ne_token *t);

/*
 * The word-class id of token t of s.  Segmentation leaves ASCII words
 * NE_WC_UNSET and the first reader looks the word up, so a pass that reads
 * a few tokens (a dateline, a byline) hashes only those.
 */
static inline uint16_t
tok_wc(const ne_seg *s, const ne_token *t)
{
	if (t->wc == NE_WC_UNSET)
		return ne_tok_wc_fill(s, (ne_token *) t);
	return t->wc;
}

/* Lexicons (bit L for lexicon L) that token t's word may start an entry of. */
static inline uint16_t
tok_lexbits(const ne_seg *s, const ne_token *t)
{
	return ne_wc_bits[tok_wc(s, t)];
}

#define NE_WC_MONTH		(1u << LEX_COUNT)
#define NE_WC_WEEKDAY	(1u << (LEX_COUNT + 1))

/*
 * Three-letter prefixes (a..z, any case) of the month and weekday names and
 * abbreviations: bit ne_date_prefix_key(word) is set when some name starts
 * so.  Rules out most words without hashing them.
 */
#define NE_DATE_PREFIXES (26 * 26 * 26 + 8)
extern uint8_t ne_date_prefix[NE_DATE_PREFIXES / 8];

/* The prefix bit of a word of at least 3 bytes, or -1 if they aren't letters. */
static inline int
ne_date_prefix_key(const char *w)
{
	unsigned	a = (((unsigned char) w[0]) | 0x20) - 'a',
				b = (((unsigned char) w[1]) | 0x20) - 'a',
				c = (((unsigned char) w[2]) | 0x20) - 'a';

	if (a >= 26 || b >= 26 || c >= 26)
		return -1;
	return (int) ((a * 26 + b) * 26 + c);
}

/* Can token t of s be a month or weekday name (its first word)? */
static inline bool
tok_date_word(const ne_seg *s, const ne_token *t)
{
	if (t->wc == NE_WC_UNSET)
	{
		/* one test most words fail, then the three-letter prefix */
		if (!ne_sig_pass(NE_SIG_DATE, (const unsigned char *) s->text + t->start, t->len))
			return false;
		if (t->len >= 3)
		{
			int			k = ne_date_prefix_key(s->text + t->start);

			if (k >= 0 && !(ne_date_prefix[k >> 3] & (1u << (k & 7))))
				return false;
		}
	}
	return (tok_lexbits(s, t) & (NE_WC_MONTH | NE_WC_WEEKDAY)) != 0;
}

/* The token among [lo, hi) that starts at byte off, or hi if none does. */
static inline uint32_t
ne_tok_at_offset(const ne_seg *s, uint32_t off, uint32_t lo, uint32_t hi)
{
	uint32_t	n = hi;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (s->toks[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && s->toks[lo].start == off ? lo : n;
}

extern const char *ne_lex_tok_slow(ne_lexicon lex, const ne_seg *s, uint32_t i);

/*
 * May token t be an entry of lexicon lex?  False means ne_lex_tok finds
 * nothing for it, told without hashing the word: a short ASCII word not
 * looked up yet by its first and last bytes (ne_lex_edges), one looked up
 * by its class.
 */
static inline bool
tok_may_be_in(ne_lexicon lex, const ne_seg *s, const ne_token *t)
{
	if (t->wc == NE_WC_UNSET)
		return ne_edges_pass(ne_lex_edges[lex], (const unsigned char *) s->text + t->start, t->len);
	if (t->wc < NE_WC_IDS)
		return ne_wc_value[t->wc][lex] != NULL;
	return (ne_wc_bits[t->wc] & (1u << lex)) != 0;
}

/*
 * May token t open an entry of lexicon lex, one of several words too (the
 * lexicon's bit of tok_lexbits)?  A word not looked up yet is first told
 * by its edges, so most words are never hashed.
 */
static inline bool
tok_may_open(ne_lexicon lex, const ne_seg *s, const ne_token *t)
{
	if (t->wc == NE_WC_UNSET &&
		!ne_edges_pass(ne_lex_edges[lex], (const unsigned char *) s->text + t->start, t->len))
		return false;
	return (tok_lexbits(s, t) & (1u << lex)) != 0;
}

/*
 * Bit (first byte | 0x20) & 31 of ne_phrase_openers[n] (n < 17) is set
 * when a word of n bytes so opening may start an "according to" phrase or
 * an "as X said" clause (see quotes.c); 0 for n >= 10.  Short ASCII words
 * are told by their signatures (NE_SIG_OPENER); these tables serve the
 * others ("según", "как") and the quote pass.
 */
extern const uint32_t ne_phrase_openers[17];

/*
 * Bit (last byte | 0x20) & 31 of ne_phrase_enders[n] is set when a word of
 * n bytes so ending may be one of those openers.
 */
extern const uint32_t ne_phrase_enders[17];

/*
 * May token t, as segmentation leaves it, take part in reported speech: a
 * quotation mark, a word that may open "according to" or "as X said", or a
 * word in lower case that may be a cue verb (by its signature, as is_cue
 * tests it first)?  Segmentation sets TK_SAYS so, and the quote pass visits only
 * the tokens so flagged.
 */
static inline bool
ne_may_say(const ne_seg *s, const ne_token *t)
{
	unsigned	c0 = (unsigned char) s->text[t->start] | 0x20,
				cl = (unsigned char) s->text[t->start + t->len - 1] | 0x20;

	if (!(t->flags & TK_ALPHA))
		return (t->flags & TK_QUOTE) != 0;
	if (t->wc == NE_WC_UNSET)
	{
		/* a short ASCII word: its signature */
		unsigned	v = ne_sig[ne_sig_hash((const unsigned char *) s->text + t->start, t->len)];

		if (v & NE_SIG_OPENER)
			return true;
		return !(t->flags & TK_UPPER) && t->nletters >= 2 && (v & NE_SIG_CUE);
	}
	/* past ASCII ("según", "Как"), or long: by length, first and last bytes */
	if (t->len < 10 && ((ne_phrase_openers[t->len] >> (c0 & 31)) & 1) &&
		((ne_phrase_enders[t->len] >> (cl & 31)) & 1))
		return true;
	return !(t->flags & TK_UPPER) && t->nletters >= 2;
}

/*
 * May token t, as segmentation leaves it, be a month or weekday name (the
 * first word of one): a word whose signature a name has (as tok_date_word
 * tests it first), or one signatures cannot rule out (past ASCII, or
 * long)?  Segmentation sets TK_DATE so; the timestamp pass visits only
 * numbers and the words so flagged.  The names are the calendar's
 * (ne_calendar_init, which ne_analyze runs first).
 */
static inline bool
ne_may_date(const ne_seg *s, const ne_token *t)
{
	return (t->flags & TK_ALPHA) &&
		(t->wc != NE_WC_UNSET ||
		 ne_sig_pass(NE_SIG_DATE, (const unsigned char *) s->text + t->start, t->len));
}

/*
 * Does the language guess (ne_guess_lang_seg) read token t: a word past
 * ASCII (its letters may be Russian's or Ukrainian's), or a short one in
 * lower case whose signature a function word has?  Segmentation
 * sets TK_FUNC so.
 */
static inline bool
ne_may_tell_lang(const ne_seg *s, const ne_token *t)
{
	if (!(t->flags & TK_ALPHA))
		return false;
	if (!(t->flags & TK_ASCII))
		return true;
	return t->len <= 16 && t->nletters <= 8 && !(t->flags & TK_UPPER) &&
		(t->wc != NE_WC_UNSET ||
		 ne_sig_pass(NE_SIG_FUNC, (const unsigned char *) s->text + t->start, t->len));
}

/*
 * Bits of the tokens from base (at most 64, before end) that have one of
 * flags: bit j is token base + j.  Without a branch per token.
 */
static inline uint64_t
ne_flag_word(const ne_seg *s, uint32_t base, uint32_t end, uint16_t flags)
{
	uint64_t	m = 0;
	uint32_t	j,
				n = end - base < 64 ? end - base : 64;

	for (j = 0; j < n; j++)
		m |= (uint64_t) ((s->toks[base + j].flags & flags) != 0) << j;
	return m;
}

/* Load the lexicons (once): segmentation reads their signatures. */
extern void ne_lexicons_load(void);

/*
 * Fill ne_seg's bitmaps, says_bits to func_bits (once, in one pass), so
 * that the passes looking for those rarer tokens step from one to the next
 * (ne_next_bit).  False when out of memory.
 */
extern bool ne_seg_bits(ne_ctx *ctx);

/* The first token from k on (before end) whose bit is set, or end. */
static inline uint32_t
ne_next_bit(const uint64_t *bits, uint32_t k, uint32_t end)
{
	while (k < end)
	{
		uint64_t	w = bits[k >> 6] >> (k & 63);

		if (w)
		{
			k += (uint32_t) __builtin_ctzll(w);
			return k < end ? k : end;
		}
		k = (k | 63) + 1;
	}
	return end;
}

/*
 * Look up the lower-cased text of token i.  Inline: a short ASCII word is
 * ruled out by its first and last bytes or is one array read by its
 * word-class id, and a word that starts no entry of the lexicon is rejected
 * by its bits; the rest hash the text.
 */
static inline const char *
ne_lex_tok(ne_lexicon lex, const ne_seg *s, uint32_t i)
{
	if (i < s->ntoks)
	{
		const ne_token *t = &s->toks[i];
		uint16_t	wc;

		if (!tok_may_be_in(lex, s, t))
			return NULL;
		wc = tok_wc(s, t);

		if (wc < NE_WC_IDS)
			return ne_wc_value[wc][lex];
		if (!(ne_wc_bits[wc] & (1u << lex)))
			return NULL;
	}
	return ne_lex_tok_slow(lex, s, i);
}

/* Longest multi-token match starting at token i; returns tokens used. */
extern uint32_t ne_lex_match(ne_lexicon lex, const ne_seg *s, uint32_t i,
							 uint32_t limit, const char **value);

/* ---------------------------------------------------------------- dates */

/* Month number (1..12) of a lower-cased month name in any supported locale. */
extern int	ne_month_lookup(const char *s, size_t len);
/* Can the text print a date with a year (a superset of the timestamps')? */
extern bool ne_may_print_dated_year(const char *text, size_t len);
extern bool ne_weekday_lookup(const char *s, size_t len);
extern int	ne_tok_month(const ne_seg *s, uint32_t i);
extern bool ne_tok_calendar_word(const ne_seg *s, uint32_t i, bool months);
extern ne_status ne_calendar_init(void);

extern int64_t ne_days_from_civil(int64_t y, unsigned m, unsigned d);
extern void ne_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);
extern bool ne_valid_date(int y, int m, int d);
extern bool ne_timestamp_valid(const ne_timestamp *t);

/* ---------------------------------------------------------------- names */

/* Is token i a plausible part of a person's name? */
extern bool ne_name_token(const ne_seg *s, uint32_t i);

/* The most tokens a person's name spans ("Jan de la Cruz", "J. R. R. Tolkien"). */
#define NE_NAME_MAX_TOKENS 24

/* Scan a person name starting at token i; returns tokens used (0 if none). */
extern uint32_t ne_scan_name(const ne_seg *s, uint32_t i, uint32_t limit);
extern bool ne_may_open_full_name(const ne_seg *s, uint32_t i);
extern bool ne_title_compound(const ne_seg *s, uint32_t i);
extern uint32_t ne_scan_name_ex(const ne_seg *s, uint32_t i, uint32_t limit,
								bool strict);

/*
 * A credit "Name/OUTLET" at token i ("Enrique Mena/SIPSE", Latin American
 * papers): returns the token after it (0 if none); *name_end is where the
 * name ends (the slash).
 */
extern uint32_t ne_slash_credit(const ne_seg *s, uint32_t i, uint32_t limit,
								uint32_t *name_end);

/* ---------------------------------------------------------------- extractors */

extern void ne_extract_timestamps(ne_ctx *ctx);
extern uint32_t ne_dateline_end(const ne_seg *s, uint32_t i, uint32_t limit);
extern void ne_extract_byline(ne_ctx *ctx);
extern void ne_extract_dateline(ne_ctx *ctx);
extern void ne_extract_quotes(ne_ctx *ctx);

#endif							/* NE_INTERNAL_H */
