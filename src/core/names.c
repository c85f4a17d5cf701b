/*-------------------------------------------------------------------------
 *
 * names.c
 *	  Person names in running text, shared by bylines and quote
 *	  attribution: capitalized token runs with initials and particles,
 *	  never section labels, months, pronouns or agencies.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

static bool name_token(const ne_seg *s, uint32_t i, bool strict);

/* Lower-case name particles that may stand inside a name ("de la", "van"). */
static bool
is_particle(const ne_seg *s, uint32_t i)
{
	static const char *const particles[] = {
		"van", "von", "de", "del", "della", "der", "den", "la", "le", "du",
		"da", "di", "dos", "das", "bin", "ibn", "al", "el", "ten", "ter", "zu",
		"y", NULL
	};

	/* the letters the particles open with: a b d e i l t v y z */
	const uint32_t first = (1u << ('a' - 'a')) | (1u << ('b' - 'a')) | (1u << ('d' - 'a')) |
		(1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('l' - 'a')) | (1u << ('t' - 'a')) |
		(1u << ('v' - 'a')) | (1u << ('y' - 'a')) | (1u << ('z' - 'a'));
	unsigned char c;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) || (s->toks[i].flags & TK_UPPER) ||
		s->toks[i].len > 5)
		return false;
	c = (unsigned char) tok_ptr(s, i)[0];
	if (c < 'a' || c > 'z' || !(first & (1u << (c - 'a'))))
		return false;
	return tok_in_words(s, i, particles, false);
}

/* A bit (0..255) for the last four bytes of a word. */
static inline uint32_t
tail_bit(uint32_t tail)
{
	return (tail * UINT32_C(0x9E3779B1)) >> 24;
}

/*
 * Is token i a German compound title ("Innenminister", "Regierungssprecher",
 * "Verbandschef", "Bundesdatenschutzbeauftragter")?  German joins a field to
 * the role in one word, so the lexicon cannot list them; a capitalized word
 * of three letters or more before one of these roles is one.  Roles that
 * are also surnames on their own ("Richter", "Leiter") are left out.
 */
bool
ne_title_compound(const ne_seg *s, uint32_t i)
{
	static const struct
	{
		const char *role;
		uint8_t		len;		/* bytes */
	}			roles[] = {
		{"minister", 8}, {"ministerin", 10}, {"sprecher", 8}, {"sprecherin", 10},
		{"präsident", 10}, {"präsidentin", 12}, {"kanzler", 7}, {"kanzlerin", 9},
		{"chef", 4}, {"chefin", 6}, {"direktor", 8}, {"direktorin", 10},
		{"vorsitzender", 12}, {"vorsitzende", 11}, {"beauftragter", 12}, {"beauftragte", 11},
		{"anwalt", 6}, {"anwältin", 9}, {"sekretär", 9}, {"sekretärin", 11},
		{"kommissar", 9}, {"kommissarin", 11}, {"botschafter", 11}, {"botschafterin", 13},
		{"bürgermeister", 14}, {"bürgermeisterin", 16}, {"experte", 7}, {"expertin", 8},
		{"funktionär", 11}, {"funktionärin", 13},
	};
	static uint8_t tails[32];	/* bit tail_bit(x) set for each role's last four bytes */
	static bool tails_ready = false;
	const ne_token *t;
	const char *end;
	uint32_t	tail;
	size_t		k;

	if (!tails_ready)
	{
		for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		{
			memcpy(&tail, roles[k].role + roles[k].len - 4, 4);
			tails[tail_bit(tail) >> 3] |= (uint8_t) (1u << (tail_bit(tail) & 7));
		}
		tails_ready = true;
	}
	if (i >= s->ntoks)
		return false;
	t = &s->toks[i];
	if (!(t->flags & TK_UPPER) || (t->flags & TK_ALLCAP) || t->len < 7)
		return false;
	end = tok_ptr(s, i) + t->len;
	/* the last four bytes rule out nearly every word with one probe */
	memcpy(&tail, end - 4, 4);
	if (!(tails[tail_bit(tail) >> 3] & (1u << (tail_bit(tail) & 7))))
		return false;
	for (k = 0; k < sizeof(roles) / sizeof(roles[0]); k++)
		if (t->len >= (uint32_t) roles[k].len + 3 &&
			memcmp(end - roles[k].len, roles[k].role, roles[k].len) == 0)
			return true;
	return false;
}

/*
 * Is token i a plausible word of a person's name: capitalized letters (no
 * digits), not a stop word, month, weekday, title or agency?
 */
bool
ne_name_token(const ne_seg *s, uint32_t i)
{
	return name_token(s, i, true);
}

/*
 * The same test; lenient, it lets months, weekdays and titles through
 * ("Roger May", "Ajoy Sen"), for slots that a credit already marks as a
 * name ("By ...").
 */
static bool
name_token(const ne_seg *s, uint32_t i, bool strict)
{
	const ne_token *t;
	bool		calendar = false,
				plain;

	if (i >= s->ntoks)
		return false;
	t = &s->toks[i];
	if (!(t->flags & TK_ALPHA) || !(t->flags & TK_UPPER) || (t->flags & TK_NUMLIKE))
		return false;
	if (t->nletters < 2 || t->len > 40)
		return false;

	/*
	 * A word not looked up yet whose signature no one-word agency,
	 * pronoun, stop name or title has is none of them: most names are told
	 * so without hashing them.
	 */
	plain = t->wc == NE_WC_UNSET &&
		!ne_sig_pass(NE_SIG_NONAME, (const unsigned char *) tok_ptr(s, i), t->len);
	if (!plain && (ne_lex_tok(LEX_AGENCIES, s, i) || ne_lex_tok(LEX_PRONOUNS, s, i)))
		return false;
	if ((t->flags & TK_ASCII) && tok_date_word(s, t))
		calendar = ne_tok_calendar_word(s, i, true);
	if (!strict)
		return calendar || plain || ne_lex_tok(LEX_STOPNAMES, s, i) == NULL;
	if (calendar || (!plain && (ne_lex_tok(LEX_STOPNAMES, s, i) || ne_lex_tok(LEX_TITLES, s, i))))
		return false;
	return !(t->len >= 7 && ne_title_compound(s, i));
}

/* Is token i an initial: one capital letter followed by a period token? */
static bool
is_initial(const ne_seg *s, uint32_t i, uint32_t limit)
{
	return i + 1 < limit && (s->toks[i].flags & TK_ALPHA) &&
		(s->toks[i].flags & TK_UPPER) && s->toks[i].nletters == 1 &&
		tok_is_char(s, i + 1, '.') && !(s->toks[i + 1].flags & TK_SPACE_B);
}

/* Do tokens from i spell "U.S.", "U.K.", "U.N." or "E.U." (letters and periods glued)? */
static bool
us_like(const ne_seg *s, uint32_t i, uint32_t limit)
{
	const char *a,
			   *b;

	if (i + 3 >= limit || s->toks[i].len != 1 || s->toks[i + 2].len != 1 ||
		!tok_is_char(s, i + 1, '.') || !tok_is_char(s, i + 3, '.') ||
		(s->toks[i + 1].flags & TK_SPACE_B) || (s->toks[i + 2].flags & TK_SPACE_B))
		return false;
	a = tok_ptr(s, i);
	b = tok_ptr(s, i + 2);
	return (a[0] == 'U' && (b[0] == 'S' || b[0] == 'K' || b[0] == 'N')) ||
		(a[0] == 'E' && b[0] == 'U');
}

/*
 * Scan a person's name from token i (before limit): initials, capitalized
 * words and inner particles, on one line, with one to four words.  Returns
 * the number of tokens used, ending on a capitalized word; 0 if none.
 */
uint32_t
ne_scan_name(const ne_seg *s, uint32_t i, uint32_t limit)
{
	return ne_scan_name_ex(s, i, limit, true);
}

/*
 * Can ne_scan_name find two words or more from token i?  Only if the next
 * token may continue a name: a capitalized word ("Sergei Lavrov", "Edwin X
 * Berry"), the period of an initial ("J. R. R. Tolkien") or a particle
 * ("Charles de Gaulle").  A cheap test that callers wanting full names use
 * to skip the capitalized word before a lower-case one.
 */
bool
ne_may_open_full_name(const ne_seg *s, uint32_t i)
{
	const ne_token *t;

	if (i + 1 >= s->ntoks)
		return false;
	t = &s->toks[i + 1];
	return (t->flags & TK_UPPER) || t->cp == '.' || is_particle(s, i + 1);
}

/* ne_scan_name, lenient after the first word when strict is false. */
uint32_t
ne_scan_name_ex(const ne_seg *s, uint32_t i, uint32_t limit, bool strict)
{
	uint32_t	j = i,
				end = i,
				words = 0,
				initials = 0;

	if (limit > s->ntoks)
		limit = s->ntoks;
	/* a name opens with a word (an initial is one) */
	if (i >= limit || !(s->toks[i].flags & TK_ALPHA))
		return 0;
	/* "U.S.", "U.K.", "U.N.", "E.U." are places and bodies, not a person's initials */
	if (s->toks[i].len == 1 && (us_like(s, i, limit) || (i >= 2 && us_like(s, i - 2, limit))))
		return 0;
	/* a name is at most NE_NAME_MAX_TOKENS tokens, particles and initials included */
	if (limit > i + NE_NAME_MAX_TOKENS)
		limit = i + NE_NAME_MAX_TOKENS;
	while (j < limit)
	{
		/* a name stays on its line, except in hard-wrapped wire copy */
		if (j > i && (s->toks[j].flags & TK_NL_B) && !s->wrapped)
			break;
		if (j > i && !(s->toks[j].flags & TK_SPACE_B) && !tok_is_char(s, j - 1, '.'))
			break;
		/* a middle initial without its period: "Edwin X Berry" */
		if (j > i && words > 0 && j + 1 < limit && (s->toks[j].flags & TK_ALPHA) &&
			(s->toks[j].flags & TK_UPPER) && s->toks[j].nletters == 1 &&
			(s->toks[j + 1].flags & TK_SPACE_B) && !(s->toks[j + 1].flags & TK_NL_B) &&
			name_token(s, j + 1, strict))
		{
			if (++initials > 4)
				break;
			j++;
			continue;
		}
		if (is_initial(s, j, limit))
		{
			/* "J. R. R." — but a run of initials is no name (and stays O(1)) */
			if (++initials > 4)
				break;
			j += 2;
			continue;
		}
		/* a name ends where an agency begins: "TIM KORSO Associated Press" */
		if (j > i && tok_may_open(LEX_AGENCIES, s, &s->toks[j]) &&
			ne_lex_match(LEX_AGENCIES, s, j, limit, NULL) > 0)
			break;
		if (name_token(s, j, strict || j == i))
		{
			words++;
			j++;
			end = j;
			if (words == 4)
				break;
			continue;
		}
		if (j > i && words > 0 && is_particle(s, j) && j + 1 < limit &&
			(name_token(s, j + 1, strict) || is_particle(s, j + 1)))
		{
			j++;
			continue;
		}
		break;
	}
	if (words == 0)
		return 0;
	return end - i;
}

/*
 * A credit "Name/OUTLET" at token i: a name of two words or more, a slash
 * glued to it and to the outlet, and the outlet, an agency of the lexicon
 * or one word in capitals ("Enrique Mena/SIPSE CHETUMAL, Q. Roo.- …",
 * "Juan Pérez/EFE").  Returns the token after the outlet, 0 if none.
 */
uint32_t
ne_slash_credit(const ne_seg *s, uint32_t i, uint32_t limit, uint32_t *name_end)
{
	uint32_t	n,
				k,
				m;

	if (limit > s->ntoks)
		limit = s->ntoks;
	/* a name in capitals is a headline's words: "CSR SELLS OIL/GAS" */
	if (i + 3 >= limit || !(s->toks[i].flags & TK_UPPER) ||
		((s->toks[i].flags & TK_ALLCAP) && s->toks[i].nletters > 1))
		return 0;
	/* the slash within a name's reach, before reading the name */
	for (k = i + 1; k < limit && k <= i + 5 && !tok_is_char(s, k, '/'); k++)
		if (!(s->toks[k].flags & TK_ALPHA) && !tok_is_char(s, k, '.'))
			return 0;
	if (k >= limit || k > i + 5 || k + 1 >= limit ||
		(s->toks[k].flags & TK_SPACE_B) || (s->toks[k + 1].flags & TK_SPACE_B))
		return 0;
	if ((n = ne_scan_name(s, i, k)) < 2 || i + n != k)
		return 0;
	*name_end = k;
	if ((m = ne_lex_match(LEX_AGENCIES, s, k + 1, limit, NULL)) > 0)
		return k + 1 + m;
	if ((s->toks[k + 1].flags & TK_ALLCAP) && s->toks[k + 1].nletters >= 2 &&
		s->toks[k + 1].nletters <= 10)
		return k + 2;
	return 0;
}
