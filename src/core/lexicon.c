/*-------------------------------------------------------------------------
 *
 * lexicon.c
 *	  Lookup tables: the lexicons compiled from src/core/lexicon/NAME.txt and
 *	  the month and weekday names taken from ICU's locale data.
 *
 * Both live in one static open-addressing hash table, built once per
 * process on first use and never freed (like ICU's own caches).  Keys are
 * lower-cased UTF-8.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <unicode/udat.h>
#include <unicode/ustring.h>

#define LEX_MONTHS		LEX_COUNT
#define LEX_WEEKDAYS	(LEX_COUNT + 1)
#define LEX_ALL		(LEX_COUNT + 2)	/* lexicons, months and weekdays */

#define TABLE_SIZE 16384		/* power of two, > 2x the entries */
#define POOL_SIZE 32768

typedef struct lex_entry
{
	const char *key;
	const char *value;
	uint16_t	keylen;
	uint8_t		lex;
	bool		used;
	uint32_t	hash;			/* full hash, compared before the key */
} lex_entry;

/*
 * The word classes: one dense id per distinct first word of a lexicon entry
 * (ASCII words of at most 16 bytes, packed lower-cased into two 64-bit
 * words).  An open-addressing table of WC_SIZE slots maps a word to its id;
 * a one-byte tag per slot (8 kB, it stays in L1) rejects most absent words
 * without touching the keys.  Each token keeps its id (ne_token.wc), so a
 * lexicon lookup of a whole ASCII word is an array read: ne_wc_value[id][lex]
 * is the value of the entry whose key is exactly that word.  Ids are dense,
 * so the tables indexed by them stay small (about 200 kB, mostly untouched).
 */
typedef struct wc_key
{
	uint64_t	k0;
	uint64_t	k1;
	uint8_t		len;
} wc_key;

#define WC_SIZE 8192			/* power of two, > 4x the distinct first words */
_Static_assert(WC_SIZE >= 4 * NE_WC_IDS, "the word-class table must stay sparse");
static uint8_t wc_tag[WC_SIZE];
static uint16_t wc_id[WC_SIZE];
static wc_key wc_keys[NE_WC_IDS];
static uint16_t wc_nids;
static bool wc_full;			/* a first word got no id: filter nothing */
uint8_t		ne_date_prefix[NE_DATE_PREFIXES / 8];
uint16_t	ne_wc_bits[NE_WC_ANY + 1] = {[NE_WC_NONE] = 0, [NE_WC_ANY] = 0xFFFF};
const char *ne_wc_value[NE_WC_IDS][NE_LEX_SLOTS];
uint32_t	ne_lex_edges[NE_LEX_SLOTS][17][32];
uint8_t		ne_sig[1u << NE_SIG_LOG];

/* Bit g of wc_gaps[W][L]: an entry of lexicon L opens with word W and has g spaces. */
static uint8_t wc_gaps[NE_WC_IDS][NE_LEX_SLOTS];
static uint32_t wc_edges[17][32];	/* ne_lex_edges of every lexicon together */

static lex_entry table[TABLE_SIZE];
static char pool[POOL_SIZE];
static size_t pool_used;
static bool lexicons_loaded;
static bool calendar_loaded;
static ne_status calendar_status = NE_OK;

static const lex_entry *lex_find_h(int lex, const char *key, size_t len, uint32_t hash);
static const lex_entry *lex_find(int lex, const char *key, size_t len);

/* FNV-1a over the key, mixed with the lexicon number. */
static uint32_t
lex_hash(int lex, const char *key, size_t len)
{
	uint32_t	h = 2166136261u ^ (uint32_t) lex;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) key[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * Pack an ASCII word of at most 16 bytes, lower-cased, into two words
 * (zero padded).  OR-ing 0x20 lower-cases letters and keeps the other bytes
 * an ASCII word token holds (digits, apostrophe, hyphen).  avail is how many
 * bytes may be read from p; reading whole words when 16 are there avoids a
 * byte loop.
 */
static inline void
wc_pack(const char *p, size_t len, size_t avail, uint64_t *k0, uint64_t *k1)
{
	uint64_t	a = 0,
				b = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 16)
	{
		/* the bytes of the word in each half (the rest is padding) */
		uint64_t	ma = len >= 8 ? ~UINT64_C(0) : (UINT64_C(1) << (8 * len)) - 1;
		uint64_t	mb = len >= 16 ? ~UINT64_C(0) :
			len <= 8 ? 0 : (UINT64_C(1) << (8 * (len - 8))) - 1;

		memcpy(&a, p, 8);
		memcpy(&b, p + 8, 8);
		*k0 = (a | UINT64_C(0x2020202020202020)) & ma;
		*k1 = (b | UINT64_C(0x2020202020202020)) & mb;
		return;
	}
#endif
	{
		unsigned char t[16] = {0};
		size_t		k;

		(void) avail;
		for (k = 0; k < len; k++)
			t[k] = (unsigned char) p[k] | 0x20;
		memcpy(&a, t, 8);
		memcpy(&b, t + 8, 8);
	}
	*k0 = a;
	*k1 = b;
}

/* Hash of a packed word: one multiply, the table is sparse enough for it. */
static inline uint64_t
wc_hash(uint64_t k0, uint64_t k1, size_t len)
{
	uint64_t	h = (k0 ^ (k1 * UINT64_C(0xC2B2AE3D27D4EB4F)) ^ len) * UINT64_C(0x9E3779B97F4A7C15);

	return h ^ (h >> 32);
}

/*
 * The slot of a packed word in the word-class table: where it is, or the
 * empty slot where it would go (the table is at most a quarter full, so
 * there always is one).  The one-byte tags rule out most other words
 * without reading their keys.
 */
static inline uint32_t
wc_probe(uint64_t k0, uint64_t k1, size_t len, uint8_t *tag)
{
	uint64_t	h = wc_hash(k0, k1, len);
	uint32_t	slot = (uint32_t) h & (WC_SIZE - 1);

	*tag = (uint8_t) ((h >> 56) | 1);
	for (;;)
	{
		uint8_t		t = wc_tag[slot];

		if (t == 0)
			return slot;
		if (t == *tag)
		{
			const wc_key *e = &wc_keys[wc_id[slot]];

			if (e->k0 == k0 && e->k1 == k1 && e->len == len)
				return slot;
		}
		slot = (slot + 1) & (WC_SIZE - 1);
	}
}

/*
 * The word-class id of an ASCII word, added when absent; NE_WC_ANY when it
 * cannot be filtered (not ASCII, longer than 16 bytes, or no id left).
 */
static uint16_t
wc_insert(const char *p, size_t len)
{
	uint64_t	k0,
				k1;
	uint32_t	slot;
	uint8_t		tag;
	size_t		k;

	if (len == 0 || len > 16)
		return NE_WC_ANY;
	for (k = 0; k < len; k++)
		if ((unsigned char) p[k] >= 0x80)
			return NE_WC_ANY;
	wc_pack(p, len, len, &k0, &k1);
	slot = wc_probe(k0, k1, len, &tag);
	if (wc_tag[slot] != 0)
		return wc_id[slot];
	if (wc_nids == NE_WC_IDS)
	{
		/* out of ids: absent words can no longer be ruled out */
		wc_full = true;
		return NE_WC_ANY;
	}
	wc_tag[slot] = tag;
	wc_id[slot] = wc_nids;
	wc_keys[wc_nids].k0 = k0;
	wc_keys[wc_nids].k1 = k1;
	wc_keys[wc_nids].len = (uint8_t) len;
	return wc_nids++;
}

/*
 * Insert an entry; the first value for a key wins, except that a function
 * word listed for two languages is marked ambiguous (empty value).
 */
static void lex_insert_raw(int lex, const char *key, size_t len, const char *value);

/*
 * Insert an entry, and mark its first word in the word-class table, so that
 * a token that starts no entry of a lexicon is rejected with one probe.
 */
static void
lex_insert(int lex, const char *key, size_t len, const char *value)
{
	const char *sp = memchr(key, ' ', len);
	size_t		wl = sp ? (size_t) (sp - key) : len;
	const lex_entry *e;
	uint16_t	id;

	lex_insert_raw(lex, key, len, value);
	if ((lex == LEX_MONTHS || lex == LEX_WEEKDAYS) && wl >= 3)
	{
		int			k = ne_date_prefix_key(key);

		if (k >= 0)
			ne_date_prefix[k >> 3] |= (uint8_t) (1u << (k & 7));
	}
	if (wl >= 1 && wl <= 16)
	{
		size_t		k;

		for (k = 0; k < wl && (unsigned char) key[k] < 0x80; k++)
			;
		if (k == wl)
		{
			/* the bit ne_edges_pass tests */
			uint32_t	first = (((unsigned char) key[0]) | 0x20) & 31,
						bit = 1u << ((((unsigned char) key[wl - 1]) | 0x20) & 31);

			ne_lex_edges[lex][wl][first] |= bit;
			wc_edges[wl][first] |= bit;
			/* and the signature of the sets that have one */
			ne_sig[ne_sig_hash((const unsigned char *) key, (uint32_t) wl)] |=
				lex == LEX_CUE_VERBS ? NE_SIG_CUE :
				lex == LEX_MONTHS || lex == LEX_WEEKDAYS ? NE_SIG_DATE :
				lex == LEX_FUNCTION_WORDS ? NE_SIG_FUNC :
				sp == NULL && (lex == LEX_AGENCIES || lex == LEX_PRONOUNS ||
							   lex == LEX_STOPNAMES || lex == LEX_TITLES) ? NE_SIG_NONAME : 0;
		}
	}
	id = wc_insert(key, wl);
	if (id == NE_WC_ANY)
		return;					/* not a short ASCII word: never filtered */
	ne_wc_bits[id] |= (uint16_t) (1u << lex);
	{
		size_t		k,
					gaps = 0;

		for (k = 0; k < len; k++)
			gaps += key[k] == ' ';
		if (gaps < 8)
			wc_gaps[id][lex] |= (uint8_t) (1u << gaps);
	}
	if (sp == NULL && (e = lex_find(lex, key, len)) != NULL)
		ne_wc_value[id][lex] = e->value;
}

/* Insert into one lexicon's part of the table. */
static void
lex_insert_raw(int lex, const char *key, size_t len, const char *value)
{
	uint32_t	h = lex_hash(lex, key, len) & (TABLE_SIZE - 1);
	uint32_t	probes = 0;

	while (table[h].used)
	{
		if (table[h].lex == lex && table[h].keylen == len &&
			memcmp(table[h].key, key, len) == 0)
		{
			if (lex == LEX_FUNCTION_WORDS && strcmp(table[h].value, value) != 0)
				table[h].value = "";
			else if (lex == LEX_MONTHS && strcmp(table[h].value, value) != 0)
				table[h].value = "";
			return;
		}
		h = (h + 1) & (TABLE_SIZE - 1);
		if (++probes >= TABLE_SIZE)
			return;				/* full: cannot happen with the sizes above */
	}
	table[h].used = true;
	table[h].lex = (uint8_t) lex;
	table[h].key = key;
	table[h].keylen = (uint16_t) len;
	table[h].value = value;
	table[h].hash = lex_hash(lex, key, len);
}

/* Find an entry, or NULL. */
static const lex_entry *
lex_find(int lex, const char *key, size_t len)
{
	return lex_find_h(lex, key, len, lex_hash(lex, key, len));
}

/* Find an entry whose key hashes to h, or NULL. */
static const lex_entry *
lex_find_h(int lex, const char *key, size_t len, uint32_t hash)
{
	uint32_t	h = hash & (TABLE_SIZE - 1);
	uint32_t	probes = 0;

	while (table[h].used)
	{
		if (table[h].hash == hash && table[h].lex == lex && table[h].keylen == len &&
			memcmp(table[h].key, key, len) == 0)
			return &table[h];
		h = (h + 1) & (TABLE_SIZE - 1);
		if (++probes >= TABLE_SIZE)
			break;
	}
	return NULL;
}

/* Load the compiled lexicons into the table (once). */
static void
load_lexicons(void)
{
	static const char *const *const data[LEX_BOILERPLATE_FIRST] = {
		ne_lexdata_agencies, ne_lexdata_abbreviations, ne_lexdata_boilerplate,
		ne_lexdata_cue_verbs, ne_lexdata_titles, ne_lexdata_pronouns,
		ne_lexdata_zones, ne_lexdata_stopnames, ne_lexdata_function_words,
		ne_lexdata_describe_verbs
	};
	int			lex;

	if (lexicons_loaded)
		return;
	for (lex = 0; ne_phrase_opener_words[lex] != NULL; lex++)
		ne_sig[ne_sig_hash((const unsigned char *) ne_phrase_opener_words[lex],
						   (uint32_t) strlen(ne_phrase_opener_words[lex]))] |= NE_SIG_OPENER;
	for (lex = 0; lex < LEX_BOILERPLATE_FIRST; lex++)
	{
		const char *const *d = data[lex];
		size_t		i;

		for (i = 0; d[i] != NULL; i += 2)
		{
			lex_insert(lex, d[i], strlen(d[i]), d[i + 1]);
			/* the first word of a furniture string, for a cheap pre-check */
			if (lex == LEX_BOILERPLATE)
			{
				const char *sp = strchr(d[i], ' ');

				lex_insert(LEX_BOILERPLATE_FIRST, d[i],
						   sp ? (size_t) (sp - d[i]) : strlen(d[i]), "");
			}
		}
	}
	lexicons_loaded = true;
}

/* Load the lexicons (once), for callers that read their tables directly. */
void
ne_lexicons_load(void)
{
	if (!lexicons_loaded)
		load_lexicons();
}

/*
 * The word-class id of token text (see wc_insert): ASCII words only;
 * avail is how many bytes may be read from p.  The lexicons must be
 * loaded (ne_calendar_init).
 */
uint16_t
ne_word_class(const char *p, size_t len, size_t avail, bool ascii)
{
	uint64_t	k0,
				k1;
	uint32_t	slot;
	uint8_t		tag;

	if (!ascii || len == 0 || len > 16)
		return NE_WC_ANY;
	wc_pack(p, len, avail, &k0, &k1);
	slot = wc_probe(k0, k1, len, &tag);
	if (wc_tag[slot] != 0)
		return wc_id[slot];
	return wc_full ? NE_WC_ANY : NE_WC_NONE;
}

/*
 * Store and return the word-class id of token t of s (tok_wc calls this
 * for a token segmentation left NE_WC_UNSET).
 */
uint16_t
ne_tok_wc_fill(const ne_seg *s, ne_token *t)
{
	/* most words start no entry, and their first and last bytes tell */
	if (t->len >= 1 && t->len <= 16 &&
		!ne_edges_pass(wc_edges, (const unsigned char *) s->text + t->start, t->len))
		t->wc = NE_WC_NONE;
	else
		t->wc = ne_word_class(s->text + t->start, t->len, s->len - t->start, true);
	return t->wc;
}

/* Look a lower-cased key up; returns its value or NULL. */
const char *
ne_lex_lookup(ne_lexicon lex, const char *key, size_t len)
{
	const lex_entry *e;

	if (!lexicons_loaded)
		load_lexicons();
	e = lex_find(lex, key, len);
	return e ? e->value : NULL;
}

/* Lower-case up to cap-1 bytes of s into buf; returns the length or -1. */
int
ne_lower_into(const char *s, size_t len, char *buf, size_t cap)
{
	size_t		i = 0,
				o = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			if (o + 1 >= cap)
				return -1;
			buf[o++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
			i++;
		}
		else
		{
			uint32_t	cp = ne_to_lower(ne_u8_next(s, len, &i));

			if (o + 4 >= cap)
				return -1;
			o += ne_u8_encode(cp, buf + o);
		}
	}
	return (int) o;
}

/*
 * Look up the lower-cased text of token i: the path of ne_lex_tok for
 * words that have no word-class id (not ASCII, or long).
 */
const char *
ne_lex_tok_slow(ne_lexicon lex, const ne_seg *s, uint32_t i)
{
	char		buf[96];
	int			n;

	/* ne_lex_tok answered words with an id and words its bits rule out */
	if (i >= s->ntoks || s->toks[i].len >= sizeof(buf) / 2)
		return NULL;
	if (!lexicons_loaded)
		load_lexicons();
	if (s->toks[i].flags & TK_ASCII)
	{
		/* ASCII fast path: lower-case and hash in one pass */
		const unsigned char *p = (const unsigned char *) tok_ptr(s, i);
		uint32_t	len = s->toks[i].len,
					k,
					h = 2166136261u ^ (uint32_t) lex;
		const lex_entry *e;

		for (k = 0; k < len; k++)
		{
			unsigned char c = p[k];

			c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
			buf[k] = (char) c;
			h ^= c;
			h *= 16777619u;
		}
		e = lex_find_h(lex, buf, len, h);
		return e ? e->value : NULL;
	}
	n = ne_lower_into(tok_ptr(s, i), s->toks[i].len, buf, sizeof(buf));
	if (n < 0)
		return NULL;
	return ne_lex_lookup(lex, buf, (size_t) n);
}

/*
 * Longest match of up to four tokens from token i (and before limit),
 * joining tokens with one space where the text has white space between
 * them.  Returns the number of tokens matched (0 if none).
 */
uint32_t
ne_lex_match(ne_lexicon lex, const ne_seg *s, uint32_t i, uint32_t limit,
			 const char **value)
{
	char		buf[160];
	size_t		o = 0;
	uint32_t	k,
				best = 0,
				gaps = 0;
	uint8_t		may = 0xFF;		/* the space counts an entry may have (wc_gaps) */

	if (limit > s->ntoks)
		limit = s->ntoks;
	if (i < limit)
	{
		const ne_token *t = &s->toks[i];
		uint16_t	wc;

		/* no entry opens with the word (told by its edges before it is hashed) */
		if (!tok_may_open(lex, s, t))
			return 0;
		wc = t->wc;				/* looked up by now */
		if (wc < NE_WC_IDS)
			may = wc_gaps[wc][lex];
	}
	for (k = 0; k < 4 && i + k < limit; k++)
	{
		const ne_token *t = &s->toks[i + k];
		const char *v;
		int			n;

		if (k > 0 && (t->flags & TK_NL_B))
			break;
		if (k > 0 && (t->flags & TK_SPACE_B))
		{
			if (o + 1 >= sizeof(buf))
				break;
			buf[o++] = ' ';
			gaps++;
		}
		else if (k == 1)
			may = 0xFF;			/* the first word runs on ("u.s."): it has no class */
		n = ne_lower_into(tok_ptr(s, i + k), t->len, buf + o, sizeof(buf) - o);
		if (n < 0)
			break;
		o += (size_t) n;
		if (gaps >= 8 || !((may >> gaps) & 1))
			continue;			/* no entry that opens so has as many words */
		v = ne_lex_lookup(lex, buf, o);
		if (v)
		{
			best = k + 1;
			if (value)
				*value = v;
		}
	}
	return best;
}

/* Copy a key into the static pool; NULL when the pool is full. */
static const char *
pool_add(const char *s, size_t len)
{
	char	   *p;

	if (pool_used + len + 1 > POOL_SIZE)
		return NULL;
	p = pool + pool_used;
	memcpy(p, s, len);
	p[len] = '\0';
	pool_used += len + 1;
	return p;
}

static const char *const month_values[13] = {
	"", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
};

/* Add one ICU symbol (UTF-16) to the month or weekday table. */
static void
add_symbol(int lex, const UChar *sym, int32_t slen, const char *locale,
		   const char *value)
{
	UChar		lower[64];
	char		utf8[160];
	int32_t		llen,
				ulen;
	UErrorCode	status = U_ZERO_ERROR;
	const char *key;

	if (slen <= 0 || slen >= 64)
		return;
	llen = u_strToLower(lower, 64, sym, slen, locale, &status);
	if (U_FAILURE(status) || llen <= 0 || llen >= 64)
		return;
	u_strToUTF8(utf8, sizeof(utf8), &ulen, lower, llen, &status);
	if (U_FAILURE(status) || ulen <= 0 || ulen >= (int32_t) sizeof(utf8))
		return;
	while (ulen > 0 && utf8[ulen - 1] == '.')
		ulen--;
	if (ulen == 0)
		return;
	key = pool_add(utf8, (size_t) ulen);
	if (key)
		lex_insert(lex, key, (size_t) ulen, value);

	/*
	 * Three-letter prefixes of full month names serve as abbreviations that
	 * ICU does not list (Russian "фев").  A prefix shared by two months is
	 * marked ambiguous by lex_insert.  Longer prefixes would turn names into
	 * months ("Jane" from Portuguese "janeiro").
	 */
	if (lex == LEX_MONTHS)
	{
		size_t		i = 0;
		int			letters = 0;

		while (i < (size_t) ulen && letters < 3)
		{
			unsigned char c = (unsigned char) utf8[i];

			i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			letters++;
		}
		if (letters == 3 && i < (size_t) ulen)
		{
			key = pool_add(utf8, i);
			if (key)
				lex_insert(lex, key, i, value);
		}
	}
}

/*
 * Build the month and weekday tables from ICU's date symbols of every
 * supported locale (format and stand-alone, wide and abbreviated forms).
 */
ne_status
ne_calendar_init(void)
{
	static const char *const locales[] = {
		"en", "en_GB", "de", "de_AT", "fr", "es", "it", "pt", "nl", "ru", "uk"
	};
	static const UDateFormatSymbolType month_types[] = {
		UDAT_MONTHS, UDAT_SHORT_MONTHS, UDAT_STANDALONE_MONTHS,
		UDAT_STANDALONE_SHORT_MONTHS
	};
	static const UDateFormatSymbolType day_types[] = {
		UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_STANDALONE_WEEKDAYS,
		UDAT_STANDALONE_SHORT_WEEKDAYS
	};
	size_t		l,
				t;

	if (calendar_loaded)
		return calendar_status;
	if (!lexicons_loaded)
		load_lexicons();
	for (l = 0; l < sizeof(locales) / sizeof(locales[0]); l++)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UDateFormat *fmt = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locales[l],
									 NULL, 0, NULL, 0, &status);

		if (U_FAILURE(status) || fmt == NULL)
		{
			calendar_status = NE_EICU;
			continue;
		}
		for (t = 0; t < 4; t++)
		{
			int32_t		i;

			for (i = 0; i < 12; i++)
			{
				UChar		sym[64];
				int32_t		n;

				status = U_ZERO_ERROR;
				n = udat_getSymbols(fmt, month_types[t], i, sym, 64, &status);
				if (U_SUCCESS(status))
					add_symbol(LEX_MONTHS, sym, n, locales[l], month_values[i + 1]);
			}
			for (i = 1; i <= 7; i++)
			{
				UChar		sym[64];
				int32_t		n;

				status = U_ZERO_ERROR;
				n = udat_getSymbols(fmt, day_types[t], i, sym, 64, &status);
				if (U_SUCCESS(status))
					add_symbol(LEX_WEEKDAYS, sym, n, locales[l], "");
			}
		}
		udat_close(fmt);
	}
	calendar_loaded = true;
	return calendar_status;
}

/* Month number of a lower-cased name or abbreviation, or 0. */
int
ne_month_lookup(const char *s, size_t len)
{
	const lex_entry *e;

	if (!calendar_loaded)
		ne_calendar_init();
	while (len > 0 && s[len - 1] == '.')
		len--;
	e = lex_find(LEX_MONTHS, s, len);
	if (e == NULL || e->value[0] == '\0')
		return 0;
	{
		int			m = 0;
		const char *p;

		for (p = e->value; *p; p++)
			m = m * 10 + (*p - '0');
		return m;
	}
}

/*
 * Month number (1..12) of token i in any supported locale, or 0.  Words
 * that start no month name are rejected by their word-class bits.
 */
int
ne_tok_month(const ne_seg *s, uint32_t i)
{
	char		buf[64];
	int			n;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) || s->toks[i].len > 40 ||
		!(tok_lexbits(s, &s->toks[i]) & NE_WC_MONTH))
		return 0;
	if (s->toks[i].wc < NE_WC_IDS)
	{
		/* a short ASCII word: the month entry of exactly it, by its id */
		const char *v = ne_wc_value[s->toks[i].wc][LEX_MONTHS];
		int			m = 0;

		for (; v && *v; v++)
			m = m * 10 + (*v - '0');
		return m;
	}
	n = ne_lower_into(tok_ptr(s, i), s->toks[i].len, buf, sizeof(buf));
	return n > 0 ? ne_month_lookup(buf, (size_t) n) : 0;
}

/*
 * Is token i (an ASCII word whose word class allows it, see tok_lexbits) a
 * weekday name, or with months also a month name?  A short word reads its
 * entries by its word-class id; a longer one is lower-cased and looked up.
 */
bool
ne_tok_calendar_word(const ne_seg *s, uint32_t i, bool months)
{
	const ne_token *t = &s->toks[i];
	char		buf[64];
	int			n;

	if (t->wc < NE_WC_IDS)
		return ne_wc_value[t->wc][LEX_WEEKDAYS] != NULL ||
			(months && ne_wc_value[t->wc][LEX_MONTHS] != NULL &&
			 ne_wc_value[t->wc][LEX_MONTHS][0] != '\0');
	n = ne_lower_into(tok_ptr(s, i), t->len, buf, sizeof(buf));
	if (n <= 0)
		return false;			/* longer than any name (callers pass < 64 bytes) */
	return ne_weekday_lookup(buf, (size_t) n) || (months && ne_month_lookup(buf, (size_t) n) != 0);
}

/* Is the lower-cased word a weekday name or abbreviation? */
bool
ne_weekday_lookup(const char *s, size_t len)
{
	if (!calendar_loaded)
		ne_calendar_init();
	while (len > 0 && s[len - 1] == '.')
		len--;
	return lex_find(LEX_WEEKDAYS, s, len) != NULL;
}
