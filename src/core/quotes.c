/*-------------------------------------------------------------------------
 *
 * quotes.c
 *	  What was said and by whom: direct quotes in any of the usual marks,
 *	  interrupted quotes joined, quotes that run over paragraphs, nested
 *	  quotes, mixed quotes (a quoted fragment inside a reported clause),
 *	  partial quotes (scare quotes), and indirect speech ("X said that …",
 *	  "…, officials said", "according to X, …").  Speakers are names found
 *	  next to a cue verb, pronouns resolved to the last speaker, short forms
 *	  and misspellings resolved to the fullest name the article uses.
 *
 * Every scan is bounded by the paragraph (a mark that never closes ends
 * at its paragraph) and each token is visited a constant number of times.
 *
 *-------------------------------------------------------------------------
 */
#include <ctype.h>

#include "ne_internal.h"

#define MAX_NAMES 256

typedef struct qname
{
	const char *text;			/* full name as printed */
	uint32_t	len;
	const char *last;			/* last word */
	uint32_t	last_len;
} qname;

typedef struct qstate
{
	ne_ctx	   *ctx;
	ne_vec		quotes;			/* ne_quote */
	qname		names[MAX_NAMES];
	uint32_t	nnames;
	bool		names_read;		/* names[] filled (when first needed) */
	const char *last_speaker;	/* canonical */
	uint64_t	role_budget;	/* tokens role_holder may still read back */
	uint32_t	last_speaker_para;
	uint32_t	last_speaker_quote; /* index of the quote that named them */
} qstate;

static uint32_t clause_end(const ne_seg *s, uint32_t from, uint32_t to);

/* Opening and closing marks. */
static bool
is_open_mark(uint32_t c)
{
	return c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2039 || c == 0x201A ||
		c == 0x2018 || c == '"' || c == '\'' || c == 0x300C;
}

/* The closing mark that matches an opening one (0 for straight quotes: same). */
static bool
closes(uint32_t open, uint32_t c, const char *lang)
{
	switch (open)
	{
		case 0x201C:			/* “ … ”, or a scraped “ … " */
			return c == 0x201D || c == '"';
		case 0x201E:			/* „ … “ or „ … ” */
			return c == 0x201C || c == 0x201D;
		case 0xAB:
			return c == 0xBB;
		case 0xBB:				/* »…« (German) */
			return c == 0xAB;
		case 0x2039:
			return c == 0x203A;
		case 0x201A:
			return c == 0x2018 || c == 0x2019;
		case 0x2018:
			return c == 0x2019;
		case '"':				/* " … ", or a scraped " … ” */
			return c == '"' || c == 0x201D;
		case '\'':
			return c == '\'' || c == 0x2019;
		case 0x300C:
			return c == 0x300D;
	}
	(void) lang;
	return false;
}

/* Is the quote-mark token at i used as an apostrophe (don't, '90s, Jones')? */
static bool
is_apostrophe(const ne_seg *s, uint32_t i)
{
	uint32_t	c = s->toks[i].cp;

	if (c != '\'' && c != 0x2019)
		return false;
	/* letters on both sides, or a digit after ('90s) */
	if (i > 0 && !(s->toks[i].flags & TK_SPACE_B) && (s->toks[i - 1].flags & TK_ALPHA) &&
		i + 1 < s->ntoks && (s->toks[i + 1].flags & TK_SPACE_B))
		return true;			/* Jones' */
	if (i + 1 < s->ntoks && (s->toks[i + 1].flags & TK_NUMLIKE) &&
		!(s->toks[i + 1].flags & TK_SPACE_B))
		return true;			/* '90s */
	return false;
}

/* Register a full person name (2+ words) mentioned in the article. */
static void
remember_name(qstate *q, uint32_t start, uint32_t end)
{
	const ne_seg *s = &q->ctx->seg;
	qname	   *n;
	uint32_t	k;
	uint32_t	bstart = s->toks[start].start,
				bend = s->toks[end - 1].start + s->toks[end - 1].len;

	for (k = 0; k < q->nnames; k++)
		if (q->names[k].len == bend - bstart && memcmp(q->names[k].text, s->text + bstart, bend - bstart) == 0)
			return;
	if (q->nnames >= MAX_NAMES)
		return;
	n = &q->names[q->nnames++];
	n->text = s->text + bstart;
	n->len = bend - bstart;
	n->last = s->text + s->toks[end - 1].start;
	n->last_len = s->toks[end - 1].len;
}

/*
 * Fill the table of names the article uses (fullest forms first seen), once,
 * when a speaker is first resolved: texts that attribute nothing skip it.
 */
static void
read_names(qstate *q)
{
	const ne_seg *s = &q->ctx->seg;
	uint32_t	i,
				checked = 0;	/* tokens counted for ne_check_interrupt */

	if (q->names_read)
		return;
	q->names_read = true;
	/* from one capitalized word to the next (caps_bits) */
	for (i = ne_next_bit(s->caps_bits, 0, s->ntoks); i < s->ntoks;
		 i = ne_next_bit(s->caps_bits, i + 1, s->ntoks))
	{
		uint32_t	n;

		if (i - checked >= 1024)
		{
			if (!ne_check_interrupt(q->ctx, i - checked))
				return;
			checked = i;
		}
		if (((s->toks[i].flags & TK_ALLCAP) && s->toks[i].nletters > 1) ||
			!ne_may_open_full_name(s, i))
			continue;
		n = ne_scan_name(s, i, s->ntoks);
		if (n >= 2)
		{
			remember_name(q, i, i + n);
			i += n - 1;
		}
	}
}

/* Is token i the last word of a full name the article used? */
static bool
known_name_word(qstate *q, uint32_t i)
{
	const ne_seg *s = &q->ctx->seg;
	uint32_t	k;

	read_names(q);
	for (k = 0; k < q->nnames; k++)
		if (q->names[k].last_len == s->toks[i].len &&
			memcmp(q->names[k].last, tok_ptr(s, i), s->toks[i].len) == 0)
			return true;
	return false;
}

/* Edit distance between two short arrays of characters is at most one? */
static bool
chars_within_one_edit(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb)
{
	uint32_t	i = 0,
				j = 0,
				edits = 0;

	if (na > nb + 1 || nb > na + 1)
		return false;
	while (i < na && j < nb)
	{
		if (a[i] == b[j])
		{
			i++;
			j++;
			continue;
		}
		if (++edits > 1)
			return false;
		if (na > nb)
			i++;
		else if (nb > na)
			j++;
		else if (i + 1 < na && a[i] == b[j + 1] && a[i + 1] == b[j])
		{
			i += 2;				/* two letters swapped: "Brnadt" */
			j += 2;
		}
		else
		{
			i++;
			j++;
		}
	}
	return edits + (na - i) + (nb - j) <= 1;
}

/*
 * Edit distance between two short words, counted in characters, is at
 * most one?  Characters, not bytes: a Russian name in another case differs
 * by one letter of two bytes ("Пескова" for "Песков").  Words of more
 * than 64 characters are never close.
 */
static bool
within_one_edit(const char *as, uint32_t al, const char *bs, uint32_t bl)
{
	uint32_t	a[64],
				b[64];
	uint32_t	na = 0,
				nb = 0;
	size_t		k;
	bool		ascii = true;

	/* one character apart, the words share a byte among their first two */
	if (al < 2 || bl < 2 || al > bl + 4 || bl > al + 4 ||
		(as[0] != bs[0] && as[1] != bs[1] && as[0] != bs[1] && as[1] != bs[0]))
		return false;
	for (k = 0; k < al && ascii; k++)
		ascii = (unsigned char) as[k] < 0x80;
	for (k = 0; k < bl && ascii; k++)
		ascii = (unsigned char) bs[k] < 0x80;
	if (ascii && (al > bl + 1 || bl > al + 1))
		return false;
	for (k = 0; k < al && na < 64;)
		a[na++] = ascii ? (unsigned char) as[k++] : ne_u8_next(as, al, &k);
	if (k < al)
		return false;
	for (k = 0; k < bl && nb < 64;)
		b[nb++] = ascii ? (unsigned char) bs[k++] : ne_u8_next(bs, bl, &k);
	if (k < bl)
		return false;
	return chars_within_one_edit(a, na, b, nb);
}

/* Fold runs of white space (a wrapped line inside a name) into one space. */
static char *
squeeze(char *p)
{
	char	   *r = p,
			   *w = p;
	bool		space = false;

	if (p == NULL)
		return NULL;
	for (; *r; r++)
	{
		if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r')
			space = true;
		else
		{
			if (space && w != p)
				*w++ = ' ';
			space = false;
			*w++ = *r;
		}
	}
	*w = '\0';
	return p;
}

/*
 * The canonical name of a mention: the fullest registered name whose last
 * word is the mention (or within one edit of it, for misspellings).  A
 * mention of two words or more keeps its first name ("Bill Clinton" is no
 * "Hillary Clinton"); a word that opened the sentence and is no name is
 * left out first ("Though Trump" is "Trump").
 */
static char *
canonical(qstate *q, uint32_t start, uint32_t end)
{
	/* English words that open a sentence before a name */
	static const char *const openers[] = {
		"though", "although", "yet", "then", "some", "many", "most", "other", "both",
		"neither", "either", "what", "later", "even", "like", "meanwhile", "however",
		"instead", "indeed", "perhaps", "several", "all", "every", "each", "only",
		"also", "still", "now", "top", "rival", "one", "two", NULL
	};
	const ne_seg *s = &q->ctx->seg;
	uint32_t	bstart,
				bend = s->toks[end - 1].start + s->toks[end - 1].len;
	const char *lw = s->text + s->toks[end - 1].start;
	uint32_t	lwl = s->toks[end - 1].len;
	int			best = -1,
				fuzzy = -1;
	uint32_t	k;

	while (end - start >= 2 && (s->toks[start].flags & TK_ALPHA) &&
		   (tok_in_words(s, start, openers, true) || ne_lex_tok(LEX_STOPNAMES, s, start) != NULL))
		start++;
	bstart = s->toks[start].start;
	read_names(q);
	for (k = 0; k < q->nnames; k++)
	{
		qname	   *n = &q->names[k];

		if (n->last_len == lwl && memcmp(n->last, lw, lwl) == 0)
		{
			/* a full mention keeps its first name: "Bill Clinton" is no "Hillary Clinton" */
			if (end - start >= 2 && (n->len < bend - bstart ||
									 memcmp(n->text + n->len - (bend - bstart), s->text + bstart,
											bend - bstart) != 0))
				continue;
			if (best < 0 || n->len > q->names[best].len)
				best = (int) k;
		}
		else if (lwl >= 4 && fuzzy < 0 && within_one_edit(n->last, n->last_len, lw, lwl))
			fuzzy = (int) k;
	}
	if (best < 0)
		best = fuzzy;
	if (best >= 0 && q->names[best].len >= bend - bstart)
		return squeeze(ne_arena_strndup(q->ctx->arena, q->names[best].text, q->names[best].len));
	return squeeze(ne_arena_strndup(q->ctx->arena, s->text + bstart, bend - bstart));
}

typedef struct speaker
{
	uint32_t	start,
				end;			/* token range of the mention, start == end if none */
	bool		pronoun;
	bool		org;
	bool		titled;			/* a title stands before the name ("Senator Warren") */
} speaker;

static bool is_determiner(const ne_seg *s, uint32_t i);

static bool cue_verb(const ne_seg *s, uint32_t i);

/*
 * Is token i a cue verb?  Inline, the test most words fail: no word of the
 * verbs' lexicon (told without hashing it, by its signature).
 */
static inline bool
is_cue(const ne_seg *s, uint32_t i)
{
	const ne_token *t;

	if (i >= s->ntoks)
		return false;
	t = &s->toks[i];
	return (t->flags & TK_ALPHA) && t->nletters >= 2 &&
		(t->wc == NE_WC_UNSET ? ne_sig_pass(NE_SIG_CUE, (const unsigned char *) s->text + t->start, t->len) :
		 tok_may_be_in(LEX_CUE_VERBS, s, t)) && cue_verb(s, i);
}

/* Are two language codes the same (strcmp inline: codes are two or three letters)? */
static inline bool
same_lang(const char *a, const char *b)
{
	int			k;

	for (k = 0; a[k] == b[k]; k++)
		if (a[k] == '\0')
			return true;
	return false;
}

/* is_cue for a word of the cue verbs' lexicon, or another that may be one. */
static bool
cue_verb(const ne_seg *s, uint32_t i)
{
	static const char *const noun_followers[] = {
		"was", "is", "were", "are", "will", "would", "war", "ist", NULL
	};
	static const char *const that_cues[] = {"found", "finds", "shows", "showed", NULL};
	static const char *const noun_cues[] = {
		"state", "states", "point", "points", "question", "questions", "continue",
		"continues", "signal", "signals", NULL
	};
	const char *lang;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) || s->toks[i].nletters < 2)
		return false;
	/* a capitalized word after another one is part of a name ("United States") */
	if ((s->toks[i].flags & TK_UPPER) && !(s->toks[i].flags & TK_ALLCAP) && i > 0 &&
		(s->toks[i - 1].flags & TK_ALPHA) && (s->toks[i - 1].flags & TK_UPPER) &&
		!(s->toks[i].flags & TK_NL_B))
		return false;
	if ((lang = ne_lex_tok(LEX_CUE_VERBS, s, i)) == NULL)
		return false;
	/* a verb of the text's language ("so" is a German cue, an English adverb) */
	if (!same_lang(lang, ne_seg_lang(s)) && strcmp(ne_seg_lang(s), "und") != 0)
		return false;
	if (lang[0] == 'd' && s->toks[i].len <= 8)
	{
		/*
		 * German "so" cites only after a comma or a dash, before its source
		 * or a verb of saying ("…, so Obama weiter", "– so der Minister",
		 * "…“, so urteilte X"); elsewhere it is the
		 * adverb ("so teuer wie nie", "um so").  "sprach mit" is talking
		 * with someone, not reporting.
		 */
		if (tok_ieq(s, i, "so"))
			return i > 0 && (tok_is_char(s, i - 1, ',') || (s->toks[i - 1].flags & TK_DASH)) &&
				i + 1 < s->ntoks && ((s->toks[i + 1].flags & TK_UPPER) || is_determiner(s, i + 1) ||
									 (!tok_ieq(s, i + 1, "so") && is_cue(s, i + 1)));
		if (tok_eq(s, i + 1, "mit") && (tok_eq(s, i, "sprach") || tok_eq(s, i, "spricht") ||
										tok_eq(s, i, "sprachen")))
			return false;
	}
	/*
	 * English verbs of saying that are more often nouns ("swing states",
	 * "a single question", "talking points", "the race continues"): a cue
	 * only before what reports ("states that", "points out", "questions
	 * whether", a comma, a colon, a mark) or closing the sentence.  Nouns
	 * that PolNeAR counts as cues themselves ("his comments", "the report")
	 * keep the general test.
	 */
	if (lang[0] == 'e' && s->toks[i].len >= 5 && tok_in_words(s, i, noun_cues, false))
	{
		const ne_token *n = i + 1 < s->ntoks ? &s->toks[i + 1] : NULL;

		return n == NULL || (n->flags & TK_QUOTE) ||
			(n->flags & TK_PUNCT && (n->cp == ',' || n->cp == ':' || n->cp == '.')) ||
			tok_eq(s, i + 1, "that") || tok_eq(s, i + 1, "out") || tok_eq(s, i + 1, "whether");
	}
	/* Spanish "dicho" reports only after an auxiliary ("ha dicho"), not as "dicho informe" */
	if (lang[0] == 'e' && lang[1] == 's' && tok_eq(s, i, "dicho"))
		return i > 0 && (tok_eq(s, i - 1, "ha") || tok_eq(s, i - 1, "han") ||
						 tok_eq(s, i - 1, "había") || tok_eq(s, i - 1, "habían") ||
						 tok_eq(s, i - 1, "he") || tok_eq(s, i - 1, "hemos"));
	/*
	 * Evidential verbs cite only a finding: "a study found that", "polls
	 * show that", not "found the body", "TV shows".
	 */
	if (lang[0] == 'e' && (s->toks[i].len == 5 || s->toks[i].len == 6) &&
		tok_in_words(s, i, that_cues, false))
		return tok_eq(s, i + 1, "that");
	/* a noun before a verb is no cue: "the cost estimate was …", "the report is …" */
	return !tok_in_words(s, i + 1, noun_followers, false);
}

/*
 * Do the words before the mark at i say the quoted words are only a name
 * for something: "so-called", "sogenannten", "so genannten", "soi-disant",
 * "llamado", "так называемый"?  Then the marks are scare quotes, whoever the sentence cites.
 */
static bool
so_called_before(const ne_seg *s, uint32_t i)
{
	static const char *const words[] = {
		"so-called", "sogenannte", "sogenannten", "sogenannter", "sogenanntes",
		"sogenanntem", "soi-disant", "llamado", "llamada", "llamados", "llamadas",
		"называемый", "называемая", "называемое", "называемые", "называемых", NULL
	};

	if (i == 0)
		return false;
	if (tok_in_words(s, i - 1, words, true))
		return true;
	/* "so genannten", "so called" */
	return i >= 2 && tok_ieq(s, i - 2, "so") &&
		(tok_ieq(s, i - 1, "called") ||
		 (s->toks[i - 1].len >= 7 && memcmp(tok_ptr(s, i - 1), "genannt", 7) == 0));
}

/*
 * Does the quoted text read like a title (of a work, a show, a headline)
 * rather than speech: at most eight words, each capitalized or of at most
 * three letters ("Tales From the Crypt")?
 */
static bool
looks_like_title(const ne_seg *s, uint32_t a, uint32_t b)
{
	uint32_t	words = 0,
				caps = 0,
				k;

	for (k = a; k < b; k++)
		if (s->toks[k].flags & TK_ALPHA)
		{
			words++;
			if ((s->toks[k].flags & TK_UPPER) || s->toks[k].nletters <= 3)
				caps++;
		}
	return words > 0 && words <= 8 && caps == words;
}


/* Does token i open a complement clause ("that", "dass", "que", "что")? */
static bool
is_complementizer(const ne_seg *s, uint32_t i)
{
	return tok_eq(s, i, "that") || tok_eq(s, i, "dass") || tok_eq(s, i, "que") ||
		tok_eq(s, i, "что");
}

/* Does an article open a noun phrase at token i (en, de, fr, es)? */
static bool
is_determiner(const ne_seg *s, uint32_t i)
{
	static const char *const dets[] = {
		"the", "a", "an", "ein", "eine", "der", "die", "das", "le", "la", "les",
		"un", "une", "el", "los", "las", "una", NULL
	};

	unsigned char c;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) || s->toks[i].len > 4)
		return false;
	/* every article above starts with one of these letters */
	c = (unsigned char) tok_ptr(s, i)[0] | 0x20;
	if (c != 't' && c != 'a' && c != 'e' && c != 'd' && c != 'l' && c != 'u')
		return false;
	return tok_in_words(s, i, dets, true);
}

/*
 * Is token i an auxiliary verb, which opens the predicate of a cue in a
 * perfect or future tense ("The company has said", "Das Komitee hat
 * bereits eingeräumt") and so ends the subject before it?
 */
static bool
is_auxiliary(const ne_seg *s, uint32_t i)
{
	static const char *const auxiliaries[] = {
		"has", "have", "had", "is", "was", "are", "were", "will", "would",
		"hat", "hatte", "haben", "hatten", "habe", "ist", "war", "sind", "waren",
		"wird", "wurde", "werden", "wurden", "avait", "avaient", "était", "ha", "han",
		"había", "habían", NULL
	};

	if (!(s->toks[i].flags & TK_ALPHA) || (s->toks[i].flags & TK_UPPER) || s->toks[i].len > 6)
		return false;
	/* French "a", "ont" ("Le ministre a déclaré"): in English "a" is an article */
	if ((tok_eq(s, i, "a") || tok_eq(s, i, "ont")) && strcmp(ne_seg_lang(s), "fr") == 0)
		return true;
	return tok_in_words(s, i, auxiliaries, false);
}

/* Fill sp with the mention of tokens [start, end). */
static void
set_speaker(speaker *sp, uint32_t start, uint32_t end, bool org)
{
	memset(sp, 0, sizeof(*sp));
	sp->start = start;
	sp->end = end;
	sp->org = org;
}

/*
 * A name after a role in lower case ("campaign manager Joe Ward"): from
 * token i, one to max lower-case words, then a name, whose tokens go to
 * sp.  A cue verb (with stop_at_cue) or an article (with stop_at_article)
 * ends the role.
 */
static uint32_t speaker_at(const ne_seg *s, uint32_t i, uint32_t limit, speaker *sp);
static bool is_of_word(const ne_seg *s, uint32_t i);
static uint32_t article_phrase_end(const ne_seg *s, uint32_t i, uint32_t limit);
static bool is_preposition(const ne_seg *s, uint32_t i);

static bool
name_after_role(const ne_seg *s, uint32_t i, uint32_t limit, uint32_t max,
				bool stop_at_cue, bool stop_at_article, speaker *sp)
{
	uint32_t	k,
				n;
	speaker		named;

	for (k = i; k < limit && k < i + max && (s->toks[k].flags & TK_ALPHA) &&
		 !(s->toks[k].flags & TK_UPPER) && !(stop_at_cue && is_cue(s, k)) &&
		 !(stop_at_article && is_determiner(s, k)); k++)
		;
	if (k == i || k >= limit || !(s->toks[k].flags & TK_UPPER))
		return false;
	/* "el ministro de Hacienda", "la ministra en Madrid": a complement, not a name after a role */
	if (is_of_word(s, k - 1) || is_preposition(s, k - 1) ||
		(k >= i + 2 && is_determiner(s, k - 1) && is_of_word(s, k - 2)))
		return false;
	/* a title may stand before the name: "former Education Secretary Arne Duncan" */
	if (speaker_at(s, k, limit, &named) > 0 && !named.org && !named.pronoun)
	{
		*sp = named;
		return true;
	}
	if ((n = ne_scan_name(s, k, limit)) == 0)
		return false;
	set_speaker(sp, k, k + n, false);
	return true;
}

/*
 * Is token i a preposition that opens a phrase of place, time or manner
 * after a subject ("on Monday", "en Madrid", "à Paris"), outside German?
 */
static bool
is_preposition(const ne_seg *s, uint32_t i)
{
	static const char *const words[] = {
		"on", "in", "at", "during", "after", "before", "to", "from", "with", "en", "à",
		"au", "dans", "lors", "pendant", "sur", "durante", "ante", "con", NULL
	};

	/* German sets such phrases inside its noun phrases: "die in New York City geborene Lopez" */
	return (s->toks[i].flags & TK_ALPHA) && !(s->toks[i].flags & TK_UPPER) &&
		s->toks[i].len <= 10 && strcmp(ne_seg_lang(s), "de") != 0 &&
		tok_in_words(s, i, words, false);
}

/*
 * The end of a role phrase after a cue, from its article at token i ("the
 * union leader", "el ministro de Hacienda", "ein Sprecher der Polizei"):
 * the words of article_phrase_end, but it stops before a preposition or a
 * weekday ("said the union leader on Monday") and after the capitalized
 * words an "of" / "de" opens ("… de Hacienda en rueda de prensa").
 */
static uint32_t
role_phrase_end(const ne_seg *s, uint32_t i, uint32_t limit)
{
	uint32_t	k,
				end = article_phrase_end(s, i, limit);

	for (k = i + 1; k < end; k++)
	{
		if (is_preposition(s, k) || ne_tok_calendar_word(s, k, false))
			return k;
		if (is_of_word(s, k) && k + 1 < end)
		{
			uint32_t	m = k + 1;

			if (is_determiner(s, m) && !(s->toks[m].flags & TK_UPPER))
				m++;
			if (m < end && (s->toks[m].flags & TK_UPPER))
			{
				while (m < end && (s->toks[m].flags & TK_UPPER))
					m++;
				return m;
			}
		}
	}
	return end;
}

/*
 * The end of the words after an article at token i: up to six words,
 * before limit ("ein Sprecher der Polizei", "le ministre"), and before an
 * auxiliary verb, which starts the predicate of a cue in a perfect or
 * future tense ("The company has said", "Das Komitee hat eingeräumt").
 */
static uint32_t
article_phrase_end(const ne_seg *s, uint32_t i, uint32_t limit)
{
	uint32_t	k;

	for (k = i + 1; k < limit && k < i + 7 && (s->toks[k].flags & TK_ALPHA) && !is_auxiliary(s, k); k++)
		;
	return k;
}

/*
 * Is token i an English adverb that stands between a subject and its verb
 * ("also", "still", "previously", "recently")?  Words in -ly, and a few
 * short ones.
 */
static bool
is_adverb(const ne_seg *s, uint32_t i)
{
	static const char *const words[] = {
		"also", "still", "now", "again", "already", "alone", "too", "even",
		"further", "earlier", "later", "often", "once", "first", NULL
	};
	/* nouns in -ly that end a subject: "the royal family", "the state assembly" */
	static const char *const ly_nouns[] = {
		"family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly",
		"daily", "weekly", "monthly", "quarterly", "italy", "bully", NULL
	};
	const char *p = tok_ptr(s, i);
	uint32_t	n = s->toks[i].len;

	if ((s->toks[i].flags & (TK_ALPHA | TK_UPPER | TK_ASCII)) != (TK_ALPHA | TK_ASCII))
		return false;
	if (n >= 5 && p[n - 2] == 'l' && p[n - 1] == 'y')
		return !tok_in_words(s, i, ly_nouns, false);
	return n <= 7 && tok_in_words(s, i, words, false);
}

/*
 * Does an article at i open a common noun ("Le ministre", "La portavoz",
 * "El agricultor")?  Then the capitalized article opening the sentence is
 * no name ("Le Pen", "La Russa" go on in capitals).
 */
static bool
article_before_noun(const ne_seg *s, uint32_t i, uint32_t limit)
{
	/* the word tests first: they are cheaper than the article's */
	if (i + 1 >= limit || !(s->toks[i].flags & TK_ALPHA) || s->toks[i].len > 4)
		return false;
	if ((s->toks[i + 1].flags & (TK_ALPHA | TK_UPPER)) == TK_ALPHA)
		return is_determiner(s, i);
	/* "Le Premier ministre", "La Première ministre": a title in lower case after it */
	return i + 2 < limit && (s->toks[i + 1].flags & TK_ALPHA) &&
		(s->toks[i + 2].flags & (TK_ALPHA | TK_UPPER)) == TK_ALPHA &&
		is_determiner(s, i) && ne_lex_tok(LEX_TITLES, s, i + 2) != NULL;
}

/*
 * A speaker mention at token i: a person name, a pronoun, or an
 * organization / role noun phrase ("the ministry", "the foreign minister",
 * "NATO", "officials").  Returns tokens used.
 */
static uint32_t
speaker_at(const ne_seg *s, uint32_t i, uint32_t limit, speaker *sp)
{
	uint32_t	n;

	memset(sp, 0, sizeof(*sp));
	/* every mention below opens with a word: a mark or a number opens none */
	if (i >= limit || !(s->toks[i].flags & TK_ALPHA))
		return 0;
	/* titles before a name: "Foreign Minister Sergei Lavrov" */
	if (!article_before_noun(s, i, limit))
	{
		uint32_t	j = i,
					t,
					titles_end = 0;

		/* "his campaign manager Jeff Weaver": a possessive and a role */
		if (tok_ieq(s, j, "his") || tok_ieq(s, j, "her") || tok_ieq(s, j, "their") ||
			tok_ieq(s, j, "its"))
			return name_after_role(s, j + 1, limit, 4, true, false, sp) ? sp->end - i : 0;
		/* capitalized words before a title: "Interior Minister Ines Walter" */
		{
			uint32_t	a;

			for (a = 1; a <= 2 && j + a < limit; a++)
			{
				if (!(s->toks[j + a - 1].flags & TK_UPPER) || !(s->toks[j + a - 1].flags & TK_ALPHA))
					break;
				if ((s->toks[j + a].flags & TK_UPPER) &&
					ne_lex_match(LEX_TITLES, s, j + a, limit, NULL) > 0 &&
					ne_lex_tok(LEX_TITLES, s, j) == NULL)
				{
					j += a;
					break;
				}
			}
		}
		while (j < limit && (s->toks[j].flags & TK_UPPER) &&
			   ((t = ne_lex_match(LEX_TITLES, s, j, limit, NULL)) > 0 ||
				(t = ne_title_compound(s, j) ? 1 : 0) > 0))
		{
			j += t;
			titles_end = j;
			/* an abbreviated title: "Sen.", "Rep.", "Gov." */
			if (j < limit && tok_is_char(s, j, '.') && !(s->toks[j].flags & TK_SPACE_B))
				j++;
		}
		/* n: ne_scan_name at j, once read (UINT32_MAX before) */
		n = UINT32_MAX;
		while (j < limit && (s->toks[j].flags & TK_UPPER) && (s->toks[j].flags & TK_ALPHA) &&
			   ne_lex_tok(LEX_TITLES, s, j) == NULL && (n = ne_scan_name(s, j, limit)) == 0 &&
			   j < i + 3 && ne_lex_tok(LEX_STOPNAMES, s, j) == NULL)
		{
			j++;			/* "Russian Foreign Minister" adjectives */
			n = UINT32_MAX;
		}
		if (n == UINT32_MAX)
			n = ne_scan_name(s, j, limit);
		if (n > 0)
		{
			sp->start = j;
			sp->end = j + n;
			sp->titled = j > i;
			return j + n - i;
		}
		/*
		 * A title alone before the cue: "Министр заявил", "Minister says".
		 * (German capitalizes its nouns: "viele Außenminister erklärten
		 * ihre Zufriedenheit" is no title standing for a person.)
		 */
		if (titles_end == j && j > i && j <= limit && j < s->ntoks && is_cue(s, j) &&
			strcmp(ne_seg_lang(s), "de") != 0)
		{
			sp->start = i;
			sp->end = j;
			sp->org = true;
			return j - i;
		}
	}
	/*
	 * Russian has no articles: a title, with up to three words of its
	 * complement (lower case, or an abbreviation: "глава МИД"), before the
	 * cue or closing the clause after it is the speaker ("министр
	 * иностранных дел заявил", "— подчеркнул глава МИД.").
	 */
	if ((s->toks[i].flags & (TK_ALPHA | TK_ASCII)) == TK_ALPHA && strcmp(ne_seg_lang(s), "ru") == 0 &&
		ne_lex_tok(LEX_TITLES, s, i) != NULL)
	{
		uint32_t	j = i + 1;

		while (j < limit && j < i + 4 && (s->toks[j].flags & TK_ALPHA) &&
			   (!(s->toks[j].flags & TK_UPPER) || (s->toks[j].flags & TK_ALLCAP)) &&
			   !is_cue(s, j))
			j++;
		if (j >= s->ntoks || j == limit || !(s->toks[j].flags & (TK_ALPHA | TK_NUMLIKE)) ||
			(j < limit && is_cue(s, j)))
		{
			sp->start = i;
			sp->end = j;
			sp->org = true;
			return j - i;
		}
	}
	if (ne_lex_tok(LEX_PRONOUNS, s, i) && !tok_ieq(s, i, "it"))
	{
		sp->start = i;
		sp->end = i + 1;
		sp->pronoun = true;
		return 1;
	}
	/* "the foreign minister", "the ministry", "officials", "NATO" */
	if (is_determiner(s, i))
	{
		uint32_t	j = i + 1,
					aux = 0;

		while (j < limit && j < i + 5 && (s->toks[j].flags & TK_ALPHA) && !is_cue(s, j) &&
			   !tok_eq(s, j, "that") && !tok_eq(s, j, "on") && !tok_eq(s, j, "in"))
		{
			if (aux == 0 && j > i + 1 && is_auxiliary(s, j))
				aux = j;
			j++;
		}
		if (j > i + 1 && j <= limit && j < s->ntoks && is_cue(s, j))
		{
			sp->start = i;
			sp->end = aux ? aux : j;	/* "The company [has] said" */
			sp->org = true;
			/* an adverb before the cue is no part of it: "The survey also showed" */
			while (sp->end > i + 2 && is_adverb(s, sp->end - 1))
				sp->end--;
			return j - i;
		}
		return 0;
	}
	if ((s->toks[i].flags & TK_ALLCAP) && s->toks[i].nletters >= 2 && s->toks[i].nletters <= 6)
	{
		sp->start = i;
		sp->end = i + 1;
		sp->org = true;
		return 1;
	}
	return 0;
}

/* German prepositions that open a noun phrase that is no subject. */
static const char *const german_prepositions[] = {
	"in", "im", "am", "an", "auf", "aus", "bei", "beim", "durch", "für", "gegen",
	"mit", "nach", "seit", "über", "unter", "von", "vom", "vor", "zu", "zum", "zur",
	"ins", NULL
};

/*
 * In German every noun is capitalized, so a capitalized word is no name by
 * that alone.  A one-word mention after an article, a preposition or a
 * possessive ("nach dem Spielende", "in einer Nachricht", "in Hannover"),
 * also with an adjective between ("der neuen Regierung"), or words joined
 * by a genitive article ("Kurs der EU-Erweiterung", but "Ursula von der
 * Leyen"), is a noun phrase, not a person.
 */
static bool
german_noun(const ne_seg *s, const speaker *sp)
{
	static const char *const openers[] = {
		"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen",
		"einer", "eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "in",
		"nach", "mit", "bei", "aus", "auf", "für", "gegen", "über", "unter", "vor",
		"von", "seit", "durch", "sein", "seine", "seinem", "seinen", "seiner",
		"seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "dieser",
		"diesem", "diesen", "dieses", "kein", "keine", "keinem", "keiner", NULL
	};
	static const char *const genitive[] = {"der", "den", "des", "dem", "die", "das", NULL};
	static const char *const particles_before_article[] = {"von", "van", "zu", NULL};
	uint32_t	m;

	if (sp->pronoun || sp->end <= sp->start || strcmp(ne_seg_lang(s), "de") != 0)
		return false;
	/* "über die Situation informiert": an article phrase after a preposition */
	if (sp->org)
		return sp->start > 0 && is_determiner(s, sp->start) &&
			tok_in_words(s, sp->start - 1, german_prepositions, false);
	for (m = sp->start + 1; m + 1 < sp->end; m++)
		if (tok_in_words(s, m, genitive, false) && !tok_in_words(s, m - 1, particles_before_article, false))
			return true;
	if (sp->end - sp->start != 1)
		return false;
	/* a time: "Anfang Juli", "Mitte Mai", "Ende März" */
	if (sp->end < s->ntoks && (s->toks[sp->end].flags & TK_ALPHA) && ne_tok_month(s, sp->end) != 0)
		return true;
	/* a preposition opening the sentence: "Am heutigen Montag äußerte sich …" */
	if (tok_in_words(s, sp->start, german_prepositions, true))
		return true;
	if (sp->start == 0)
		return false;
	m = sp->start - 1;
	if (!(s->toks[m].flags & TK_ALPHA))
		return false;
	if (tok_in_words(s, m, openers, true))
		return true;	/* also opening the sentence: "Am Montag", "Das Buch" */
	if (s->toks[m].flags & TK_UPPER)
		return false;
	/* "der neuen Regierung": an inflected adjective after the article */
	return m > 0 && s->toks[m].len > 2 && (tok_ptr(s, m)[s->toks[m].len - 1] == 'n' ||
										   tok_ptr(s, m)[s->toks[m].len - 1] == 'm' ||
										   tok_ptr(s, m)[s->toks[m].len - 1] == 'r' ||
										   tok_ptr(s, m)[s->toks[m].len - 1] == 's' ||
										   tok_ptr(s, m)[s->toks[m].len - 1] == 'e') &&
		tok_in_words(s, m - 1, openers, true);
}

/*
 * Does what opens the German sentence at token i stand before the verb
 * without being its subject: a preposition ("Am Montag", "Bei der …"), a
 * sentence adverb ("Weiter", "Erst", "Gestern"; from the stop-name lexicon,
 * not its articles and pronouns) or a number ("1996 hatte …")?
 */
static bool
german_fronted(const ne_seg *s, uint32_t i)
{
	if (i >= s->ntoks)
		return false;
	if (s->toks[i].flags & TK_NUMLIKE)
		return true;
	if (!(s->toks[i].flags & TK_ALPHA))
		return false;
	if (tok_in_words(s, i, german_prepositions, true))
		return true;
	return ne_lex_tok(LEX_STOPNAMES, s, i) != NULL && !is_determiner(s, i) &&
		ne_lex_tok(LEX_PRONOUNS, s, i) == NULL;
}

/*
 * Widen the mention sp found at token b - 1 to the longest one that ends
 * in the same place and starts at most three tokens earlier ("Sergei
 * Lavrov" for "Lavrov").
 */
static void
widen_subject(const ne_seg *s, uint32_t lo, uint32_t b, uint32_t c, speaker *sp)
{
	uint32_t	k;

	for (k = b - 1; k > lo && k + 4 > b; k--)
	{
		speaker		wider;

		if (speaker_at(s, k - 1, c, &wider) > 0 && wider.end == sp->end &&
			wider.start < sp->start)
			*sp = wider;
	}
}

/* Does word token i end in a possessive "'s" / "’s"? */
static bool
possessive(const ne_seg *s, uint32_t i)
{
	const char *p = tok_ptr(s, i);
	uint32_t	n = s->toks[i].len;

	return (n >= 3 && p[n - 2] == '\'' && p[n - 1] == 's') ||
		(n >= 5 && memcmp(p + n - 4, "\xE2\x80\x99s", 4) == 0);
}

/* Does token i join a noun to its complement ("of", "de", "del", "du", "des", "von")? */
static bool
is_of_word(const ne_seg *s, uint32_t i)
{
	static const char *const words[] = {"of", "de", "del", "du", "des", "von", NULL};

	return (s->toks[i].flags & TK_ALPHA) && !(s->toks[i].flags & TK_UPPER) &&
		s->toks[i].len <= 3 && tok_in_words(s, i, words, false);
}

/*
 * A mention after "of" / "de" is the complement of the head before it,
 * which is the speaker: "The wife of John Smith said", "Le ministre de la
 * Santé a déclaré" (a role phrase, kept with its complement), "Sergei
 * Lavrov of Russia said" (a full name, kept alone).  True when sp became
 * such a role phrase.
 */
static bool
head_of_complement(const ne_seg *s, uint32_t lo, speaker *sp)
{
	uint32_t	k = sp->start,
				m,
				n;

	if (sp->pronoun || possessive(s, sp->end - 1))
		return false;		/* "a result of Turkey's refusal": no subject */
	/* "Supervisor of Elections Susan Bucher": the name after "of" is the speaker */
	if (!sp->org && sp->end - sp->start >= 3)
		return false;
	/* the rest of a name the mention ends ("Moss" of "a neighbor of Carla Moss") */
	while (k > lo + 2 && k + 3 > sp->start && !sp->org &&
		   (s->toks[k - 1].flags & (TK_ALPHA | TK_UPPER)) == (TK_ALPHA | TK_UPPER))
		k--;
	if (k > lo && is_determiner(s, k - 1) && !(s->toks[k - 1].flags & TK_UPPER))
		k--;					/* "de la Santé" */
	if (k < lo + 2 || !is_of_word(s, k - 1))
		return false;
	k--;						/* the "of" */
	/*
	 * A full name right before: "Sergei Lavrov of Russia"; after an
	 * article it names a body, complement and all: "The Writers Guild of
	 * America".
	 */
	for (m = k - 1; m > lo && m + 4 > k; m--)
		if ((n = ne_scan_name(s, m - 1, k)) >= 2 && m - 1 + n == k)
		{
			if (m - 1 > lo && is_determiner(s, m - 2))
			{
				sp->start = m - 2;
				sp->org = true;
			}
			else
			{
				sp->start = m - 1;
				sp->end = k;
				sp->org = false;
			}
			sp->titled = false;
			return false;
		}
	/* an article and words in lower case or titles: "The wife", "Le ministre" */
	for (m = k; m > lo && m + 4 > k; m--)
	{
		uint32_t	h = m - 1;

		if (is_determiner(s, h) && h + 1 < k)
		{
			sp->start = h;
			sp->org = true;
			sp->titled = false;
			return true;
		}
		if (!(s->toks[h].flags & TK_ALPHA) || is_cue(s, h) ||
			((s->toks[h].flags & TK_UPPER) && ne_lex_tok(LEX_TITLES, s, h) == NULL))
			return false;
	}
	return false;
}

/*
 * The subject nearest before the cue at token c (ending at most three
 * tokens before it, starting no earlier than lo): the closest mention
 * wins ("with President Putin, Lavrov said" is Lavrov's), widened to the
 * longest mention that ends in the same place ("Sergei Lavrov").
 */
static bool
nearest_subject(const ne_seg *s, uint32_t lo, uint32_t c, speaker *sp)
{
	uint32_t	b,
				noun_b = 0;
	speaker		cand,
				noun;
	bool		have_noun = false;

	/* an apposition closes right before the cue: "Heike van Laak, sagte" */
	if (c > lo + 1 && tok_is_char(s, c - 1, ','))
	{
		uint32_t	k;

		for (k = c - 1; k > lo && k + 5 > c; k--)
			if (speaker_at(s, k - 1, c - 1, &cand) > 0 && cand.end == c - 1 && !cand.org)
			{
				*sp = cand;
				return true;
			}
		/* a longer apposition: the name before its opening comma */
		for (k = c - 2; k > lo + 1 && k + 12 > c; k--)
			if (tok_is_char(s, k, ','))
			{
				if (k > lo && nearest_subject(s, lo, k, &cand) && cand.end == k && !cand.org)
				{
					*sp = cand;
					return true;
				}
				break;
			}
	}
	for (b = c; b > lo; b--)
	{
		/*
		 * Three tokens at most between subject and cue; in German, eight
		 * when nouns stand between ("Hartmut Möllring am Dienstag in
		 * Hannover erklärte"): the nearest noun is kept in case no person
		 * comes before it.
		 */
		if (speaker_at(s, b - 1, c, &cand) > 0 && cand.end <= c &&
			cand.end + (have_noun ? 8 : 3) >= c)
		{
			if (german_noun(s, &cand))
			{
				if (!have_noun)
				{
					noun = cand;
					noun_b = b;
					have_noun = true;
				}
			}
			else
			{
				*sp = cand;
				widen_subject(s, lo, b, c, sp);
				return true;
			}
		}
		/* a clause boundary between subject and cue ends the search */
		if (tok_is_char(s, b - 1, ',') || tok_is_char(s, b - 1, ';') ||
			tok_is_char(s, b - 1, ':'))
			break;
	}
	if (have_noun)
	{
		*sp = noun;
		widen_subject(s, lo, noun_b, c, sp);
		return true;
	}
	return false;
}

static bool person_mention(const speaker *sp);

/*
 * The subject of the cue at token c (see nearest_subject), as the head of
 * an "of" phrase where it is one (see head_of_complement).
 */
static bool
subject_before(const ne_seg *s, uint32_t lo, uint32_t c, speaker *sp)
{
	speaker		named;

	if (!nearest_subject(s, lo, c, sp))
		return false;
	/* "Tom Penn, a neighbor of Symonds, told": the role is an apposition to the name */
	if (head_of_complement(s, lo, sp) && sp->start > 1 && tok_is_char(s, sp->start - 1, ',') &&
		nearest_subject(s, sp->start > 5 ? sp->start - 5 : 0, sp->start - 1, &named) &&
		named.end == sp->start - 1 && person_mention(&named))
		*sp = named;
	return true;
}

/* Is token i in a paragraph of the header zone (a headline, a teaser)? */
static bool
in_header(const ne_seg *s, uint32_t i)
{
	uint32_t	lo = 0,
				hi = s->nparas;

	while (lo < hi)				/* the first paragraph ending after i */
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (s->paras[mid].tok_end <= i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->nparas && s->paras[lo].tok_start <= i && s->paras[lo].zone == ZONE_HEADER;
}

/* Are tokens a and b the same word, ASCII letters compared without case? */
static bool
same_word(const ne_seg *s, uint32_t a, uint32_t b)
{
	uint32_t	k,
				n = s->toks[a].len;
	const char *x = tok_ptr(s, a),
			   *y = tok_ptr(s, b);

	if (s->toks[b].len != n)
		return false;
	for (k = 0; k < n; k++)
		if (x[k] != y[k] && ((x[k] | 0x20) != (y[k] | 0x20) || !isalpha((unsigned char) x[k])))
			return false;
	return true;
}

/*
 * The person a definite role mention stands for: "the foreign minister"
 * after "Foreign Minister Sergei Lavrov", "the spokeswoman" after "a
 * spokeswoman for the ministry, Maria Zakharova", "der Außenminister"
 * after "Außenminister Frank-Walter Steinmeier".  The role's last word is
 * a title and the words before it must match too; the nearest holder
 * before the mention (at most 4,000 tokens back, and all lookups of a text
 * together read at most four times its tokens) wins.  Returns the name's
 * length in tokens (its first token in *who), 0 if none.
 */
static uint32_t
role_holder(qstate *q, const speaker *sp, uint32_t *who)
{
	const ne_seg *s = &q->ctx->seg;
	static const char *const definite[] = {"the", "der", "die", "le", "la", "el", NULL};
	uint32_t	head = sp->end - 1,
				k,
				j,
				m,
				n;

	if (sp->end - sp->start < 2 || sp->end - sp->start > 4 || !tok_in_words(s, sp->start, definite, true) ||
		ne_lex_tok(LEX_TITLES, s, head) == NULL)
		return 0;
	for (k = sp->start; k > 0 && k + 4000 > sp->start && q->role_budget > 0; k--, q->role_budget--)
	{
		uint32_t	r = k - 1;

		if (!same_word(s, r, head))
			continue;
		/* the words before the role match: "foreign" in "the foreign minister" */
		for (m = 1; sp->start + m < head; m++)
			if (r < m || !same_word(s, r - m, head - m))
				break;
		if (sp->start + m < head)
			continue;
		/* a headline's words are no name: "KING FAHD WANTS …", "President Obama Knew Of …" */
		if (in_header(s, r))
			continue;
		/* "Minister Sergei Lavrov" */
		if ((n = ne_scan_name(s, r + 1, s->ntoks)) >= 2 &&
			!((s->toks[r + 1].flags & TK_ALLCAP) && s->toks[r + 1].nletters > 1) &&
			!possessive(s, r + n))
		{
			*who = r + 1;
			return n;
		}
		/* "a spokeswoman for the ministry, Maria Zakharova," */
		for (j = r + 1; j < s->ntoks && j < r + 7 && !tok_is_char(s, j, ','); j++)
			if (!(s->toks[j].flags & TK_ALPHA))
				break;
		if (j < s->ntoks && tok_is_char(s, j, ',') && (n = ne_scan_name(s, j + 1, s->ntoks)) >= 2 &&
			j + 1 + n < s->ntoks && (tok_is_char(s, j + 1 + n, ',') || tok_is_char(s, j + 1 + n, '.')))
		{
			*who = j + 1;
			return n;
		}
	}
	return 0;
}

/* Resolve a speaker mention to its canonical text (NULL if none). */
static char *
speaker_name(qstate *q, const speaker *sp)
{
	if (sp->end <= sp->start)
		return NULL;
	if (sp->pronoun)
		return q->last_speaker ? ne_arena_strndup(q->ctx->arena, q->last_speaker,
												  strlen(q->last_speaker)) : NULL;
	if (sp->org)				/* as written, a line break inside made a space */
	{
		uint32_t	who,
					n;

		/* "the foreign minister": the person the article gave that role */
		if ((n = role_holder(q, sp, &who)) > 0)
			return canonical(q, who, who + n);
		return squeeze(ne_range_text(q->ctx, sp->start, sp->end));
	}
	return canonical(q, sp->start, sp->end);
}

/* Give quote qt the speaker of mention sp: its canonical name, as written, and where. */
static void
set_quote_speaker(qstate *q, ne_quote *qt, const speaker *sp)
{
	const ne_seg *s = &q->ctx->seg;
	uint32_t	a = s->toks[sp->start].start,
				b = s->toks[sp->end - 1].start + s->toks[sp->end - 1].len;

	qt->speaker = speaker_name(q, sp);
	qt->speaker_as_written = ne_range_text(q->ctx, sp->start, sp->end);
	qt->speaker_span = ne_make_span(q->ctx, a, b);
}

/* Do two spans share a character? */
static inline bool
spans_overlap(ne_span x, ne_span y)
{
	return x.start < y.start + y.length && y.start < x.start + x.length;
}

/* Where tokens [from, to) end, a closing period or exclamation mark left out. */
static uint32_t
before_end_mark(const ne_seg *s, uint32_t from, uint32_t to)
{
	while (to > from && (tok_is_char(s, to - 1, '.') || tok_is_char(s, to - 1, '!')))
		to--;
	return to;
}

/* Record a quote. */
static ne_quote *
add_quote(qstate *q, uint32_t bstart, uint32_t bend, int kind, const speaker *sp,
		  int32_t cue_tok, uint32_t para)
{
	ne_ctx	   *ctx = q->ctx;
	const ne_seg *s = &ctx->seg;
	ne_quote   *qt;

	if (bend <= bstart)
		return NULL;
	/* reported speech opening the story starts after its dateline */
	if (kind != NE_Q_DIRECT && para < 4)
	{
		const ne_para *pp = &s->paras[para];
		uint32_t	lo = ne_tok_at_offset(s, bstart, pp->tok_start, pp->tok_end),
					e;

		/* from a paragraph's or a line's first token */
		if (lo < pp->tok_end && (lo == pp->tok_start || (s->toks[lo].flags & TK_NL_B)) &&
			(e = ne_dateline_end(s, lo, pp->tok_end)) != 0 && s->toks[e].start < bend)
			bstart = s->toks[e].start;
	}
	qt = ne_vec_push(&q->quotes);
	if (qt == NULL)
	{
		ctx->status = NE_ENOMEM;
		return NULL;
	}
	qt->text = ne_arena_strndup(ctx->arena, s->text + bstart, bend - bstart);
	qt->span = ne_make_span(ctx, bstart, bend);
	qt->kind = (uint8_t) kind;
	qt->paragraph = (int32_t) para + 1;
	qt->speaker_span.start = -1;
	qt->cue_span.start = -1;
	if (sp && sp->end > sp->start)
	{
		set_quote_speaker(q, qt, sp);
		if (qt->speaker && !sp->pronoun)
		{
			q->last_speaker = qt->speaker;
			q->last_speaker_para = para;
			q->last_speaker_quote = (uint32_t) (q->quotes.n - 1);
		}
	}
	if (cue_tok >= 0)
	{
		const ne_token *t = &s->toks[cue_tok];

		qt->cue = ne_arena_strndup(ctx->arena, s->text + t->start, t->len);
		qt->cue_span = ne_make_span(ctx, t->start, t->start + t->len);
	}
	return qt;
}

/*
 * Attribution after a closing mark: ", X said", ", said X", "— X", "X
 * told reporters".  Returns true with the speaker and cue.
 */
static bool
attribution_after_at(const ne_seg *s, uint32_t j, uint32_t limit, speaker *sp, int32_t *cue)
{
	/* times that stand between a cue and its subject, besides weekdays */
	static const char *const days[] = {
		"hier", "ayer", "gestern", "heute", "yesterday", "today", NULL
	};
	static const char *const day_parts[] = {"soir", "matin", "mañana", "tarde", NULL};
	static const char *const time_openers[] = {"ce", "cette", "este", "esta", "el", NULL};
	uint32_t	n;
	bool		dash = false;

	while (j < limit && (tok_is_char(s, j, ',') || (s->toks[j].flags & TK_DASH)))
		dash |= (s->toks[j++].flags & TK_DASH) != 0;
	if (j >= limit)
		return false;
	/* French inversion: "a-t-il déclaré", "a-t-elle ajouté", "ont-ils dit" */
	if (j + 1 < limit && is_cue(s, j + 1) &&
		(tok_eq(s, j, "a-t-il") || tok_eq(s, j, "a-t-elle") || tok_eq(s, j, "ont-ils") ||
		 tok_eq(s, j, "ont-elles")))
	{
		set_speaker(sp, j, j + 1, false);
		sp->pronoun = true;
		*cue = (int32_t) (j + 1);
		return true;
	}
	/* an auxiliary before the cue: "a déclaré", "ha dicho", "has said" */
	if (j + 1 < limit && (tok_eq(s, j, "a") || tok_eq(s, j, "ha") || tok_eq(s, j, "has") ||
						  tok_eq(s, j, "had")) && is_cue(s, j + 1))
		j++;
	/* a cue right after the marks is in lower case ("State Election Board …" names) */
	if (is_cue(s, j) && (s->toks[j].flags & (TK_UPPER | TK_ALLCAP)) != TK_UPPER)
	{
		uint32_t	k,
					w = j + 1;

		/* a time before the subject: "a déclaré mardi soir X", "afirmó este martes X" */
		while (w + 1 < limit && w < j + 4)
		{
			if (tok_in_words(s, w, days, true) || ne_tok_calendar_word(s, w, false))
				w++;
			else if (tok_in_words(s, w, day_parts, true) && w > j + 1)
				w++;			/* "mardi soir" */
			else if (tok_in_words(s, w, time_openers, true) &&
					 (ne_tok_calendar_word(s, w + 1, false) || tok_in_words(s, w + 1, day_parts, true)))
				w += 2;			/* "este martes", "ce matin" */
			else
				break;
		}
		if (w >= limit || !(s->toks[w].flags & TK_ALPHA))
			w = j + 1;
		/* "said X", "said campaign manager Jeff Weaver" (a role in lower case) */
		if (speaker_at(s, w, limit, sp) == 0 &&
			!name_after_role(s, w, limit, 4, false, false, sp))
		{
			/* "sagte ein Sprecher der Polizei": a role phrase to the end of the clause */
			if (!is_determiner(s, w) || (k = role_phrase_end(s, w, limit)) <= w + 1)
				return false;
			set_speaker(sp, w, k, true);
			/* "le secrétaire général de la CGT, Philippe Martinez.": the name after the role */
			if (k + 1 < limit && tok_is_char(s, k, ','))
			{
				speaker		named;
				uint32_t	n = speaker_at(s, k + 1, limit, &named);

				if (n >= 2 && person_mention(&named) &&
					(k + 1 + n >= limit || tok_is_char(s, k + 1 + n, '.') ||
					 tok_is_char(s, k + 1 + n, ',')))
					*sp = named;
			}
		}
		*cue = (int32_t) j;
		return true;
	}
	n = speaker_at(s, j, limit, sp);
	/* "coach Rafael Ortiz said": a role in lower case before the name */
	if (n == 0 && name_after_role(s, j, limit, 3, true, true, sp))
		n = sp->end - j;
	/* "— Commissioner Jan Novak" closing the paragraph: a credit with no cue */
	if (dash && n > 0 && !sp->pronoun &&
		(j + n == limit || tok_is_char(s, j + n, '.') || tok_is_char(s, j + n, ',')))
		return true;
	if (n > 0 && j + n < limit)
	{
		uint32_t	k = j + n;

		/* a party and state in brackets: "Sen. Chuck Schumer (D-N.Y.) said" */
		if (tok_is_char(s, k, '('))
		{
			uint32_t	m = k + 1;

			while (m < limit && m < k + 10 && !tok_is_char(s, m, ')'))
				m++;
			if (tok_is_char(s, m, ')'))
				k = m + 1;
		}

		/* ", a doctor," apposition; ", who served as her chief of staff during …," */
		if (tok_is_char(s, k, ',') && k + 1 < limit)
		{
			uint32_t	m = k + 1,
						reach = tok_ieq(s, k + 1, "who") ? 20 : 8;

			while (m < limit && m < k + reach && !tok_is_char(s, m, ','))
				m++;
			if (tok_is_char(s, m, ',') && is_cue(s, m + 1))
				k = m + 1;
		}
		/* adverbs and auxiliaries: "has said", "later added" */
		while (k < limit && k < j + n + 3 && !is_cue(s, k) && (s->toks[k].flags & TK_ALPHA) &&
			   !(s->toks[k].flags & TK_UPPER))
			k++;
		if (is_cue(s, k))
		{
			*cue = (int32_t) k;
			return true;
		}
	}
	/*
	 * An institution, its role in lower case, the name: "Senate minority
	 * leader Harry Reid told", "Republican National Committee chairman
	 * Reince Priebus said".
	 */
	if ((s->toks[j].flags & TK_UPPER) && (s->toks[j].flags & TK_ALPHA))
	{
		uint32_t	r = j + 1;

		/* the institution's name: up to five capitalized words */
		while (r < limit && r < j + 5 && (s->toks[r].flags & TK_UPPER) && (s->toks[r].flags & TK_ALPHA))
			r++;
		if (r < limit && (s->toks[r].flags & TK_ALPHA) && !(s->toks[r].flags & TK_UPPER) &&
			name_after_role(s, r, limit, 3, true, true, sp) && sp->end < limit && is_cue(s, sp->end))
		{
			*cue = (int32_t) sp->end;
			return true;
		}
	}
	return false;
}

/*
 * The cue in lower case among the first tokens after a closing mark at a,
 * before b, or -1 ("said the 46-year-old.", "Hannity pressed.",
 * "the senator told reporters")?  An attribution the speaker rules did not
 * read still sits between two parts of one quote.
 */
static int64_t
cue_opens(const ne_seg *s, uint32_t a, uint32_t b)
{
	uint32_t	k;

	for (k = a; k < b && k < a + 6; k++)
	{
		if (tok_is_char(s, k, '.') && k > a + 1)
			return -1;			/* a sentence of the reporter's own ended */
		if ((s->toks[k].flags & (TK_ALPHA | TK_UPPER)) == TK_ALPHA && is_cue(s, k))
			return k;
	}
	return -1;
}

/*
 * Where the words after a mixed clause's marks (from close, before to)
 * stop: at a new verb phrase or an aside that no more words in marks follow
 * ("… \"depleted\" and says he will …", "… game\" — setting …"), or at a
 * weekday right after the marks ("… \"disgrace\" Wednesday on …").
 */
static uint32_t
mixed_tail_end(const ne_seg *s, uint32_t close, uint32_t to)
{
	static const char *const joiners[] = {"and", "but", "while", "whereas", NULL};
	uint32_t	last = close,
				m;

	for (m = close + 1; m < to; m++)
	{
		if ((s->toks[m].flags & TK_QUOTE) && !is_apostrophe(s, m))
			last = m;
		else if (tok_in_words(s, m, joiners, false) || (s->toks[m].flags & TK_DASH) ||
				 tok_is_char(s, m, '('))
		{
			/* 'an "anchor baby" and "sick"': more words in marks go on */
			if (m + 1 < to && ((s->toks[m + 1].flags & TK_QUOTE) ||
							   (m + 2 < to && (s->toks[m + 2].flags & TK_QUOTE) &&
								!is_apostrophe(s, m + 2))))
				continue;
			return m;
		}
		else if (m == last + 1 && (s->toks[m].flags & TK_ASCII) &&
				 (tok_lexbits(s, &s->toks[m]) & NE_WC_WEEKDAY) && ne_tok_calendar_word(s, m, false))
			return m;
	}
	return to;
}

/*
 * The "that" after an object of up to three tokens from token from, before
 * limit ("told reporters that", "assured Putin that"), or from if there is
 * none.  With words_only, only words may stand before it.
 */
static uint32_t
that_after_object(const ne_seg *s, uint32_t from, uint32_t limit, bool words_only)
{
	uint32_t	m;

	for (m = from; m < limit && m < from + 4 && !tok_eq(s, m, "that"); m++)
		if (words_only && !(s->toks[m].flags & TK_ALPHA))
			return from;
	return m < limit && tok_eq(s, m, "that") ? m : from;
}

/*
 * German puts the separable particle of the cue (and adverbials) between
 * the cue and the reported clause: "teilte mit, der Mann sei …", "kündigte
 * am Montag an, er werde …", "wies darauf hin, dass …".  Up to seven words
 * (dates with their numbers) from token from, the last a particle, then a
 * comma: the token after the comma (and after "dass"), or from if the
 * clause is not so set off ("sprach von zehn Flugzeugen, auf die …" is the
 * report itself).
 */
static uint32_t
german_clause_start(const ne_seg *s, uint32_t from, uint32_t limit)
{
	static const char *const particles[] = {
		"an", "aus", "mit", "fest", "zu", "hinzu", "hin", "ein", "vor", "zurück",
		"bekannt", "klar", "fort", "ab", NULL
	};
	uint32_t	m;

	for (m = from; m < limit && m < from + 7; m++)
	{
		if (tok_is_char(s, m, ','))
		{
			if (m == from || m + 1 >= limit || !tok_in_words(s, m - 1, particles, false))
				return from;
			return m + 1;
		}
		if (tok_eq(s, m, "dass") || !((s->toks[m].flags & (TK_ALPHA | TK_NUMLIKE)) ||
									  tok_is_char(s, m, '.')))
			return from;
	}
	return from;
}

/*
 * Does "that" stand between the cue at token cue and the mark at open, in
 * one clause ("said Friday that if she won, \"she would sign …\"")?  The
 * words in marks are then part of the reported clause.
 */
static bool
that_between(const ne_seg *s, int32_t cue, uint32_t open)
{
	uint32_t	k;

	if (cue < 0 || (uint32_t) cue + 1 >= open || open > (uint32_t) cue + 30)
		return false;
	for (k = (uint32_t) cue + 1; k < open; k++)
	{
		if (tok_is_char(s, k, '.') || tok_is_char(s, k, ';') || tok_is_char(s, k, ':') ||
			(s->toks[k].flags & TK_QUOTE))
			return false;
		if (tok_eq(s, k, "that"))
			return true;
	}
	return false;
}

/* Words that open a reported clause right after its cue ("said that", "said he"). */
static const char *const clause_openers[] = {
	"that", "he", "she", "they", "it", "we", "i", "there", "dass", "que", "что", NULL
};

/*
 * Attribution after a closing mark, unless the cue opens what follows:
 * "She added: „…“" introduces the next quote, not the one before it.
 */
static bool
attribution_after(const ne_seg *s, uint32_t j, uint32_t limit, speaker *sp, int32_t *cue)
{
	uint32_t	end;

	if (!attribution_after_at(s, j, limit, sp, cue))
		return false;
	end = *cue >= 0 && (uint32_t) *cue + 1 > sp->end ? (uint32_t) *cue + 1 : sp->end;
	if (end < limit && tok_is_char(s, end, ':'))
	{
		*cue = -1;
		memset(sp, 0, sizeof(*sp));
		return false;
	}
	return true;
}

/*
 * A person, not an organization: a pronoun, a name of two words or more,
 * or a name after a title.
 */
static inline bool
person_mention(const speaker *sp)
{
	return !sp->org && (sp->pronoun || sp->titled || sp->end - sp->start >= 2);
}

/*
 * A person the article names: a pronoun, a name of two words or more, or
 * one word that is the last of a full name the article used.
 */
static bool
named_person(qstate *q, const speaker *sp)
{
	return person_mention(sp) || (!sp->org && known_name_word(q, sp->end - 1));
}

/* Is every word of the mention capitalized (no "von der" particle, no lower-case word)? */
static bool
mention_capitalized(const ne_seg *s, const speaker *sp)
{
	uint32_t	m;

	for (m = sp->start; m < sp->end; m++)
		if (!(s->toks[m].flags & TK_UPPER))
			return false;
	return true;
}

/*
 * The first person named in tokens [from, to): a name of two words or more
 * (with its title), or a personal pronoun; organizations and one-word
 * names (often places) do not count.
 */
static bool
person_in(const ne_seg *s, uint32_t from, uint32_t to, speaker *sp)
{
	uint32_t	k;

	for (k = from; k < to; k++)
	{
		uint32_t	n = speaker_at(s, k, to, sp);

		if (n > 0 && person_mention(sp) && !german_noun(s, sp))
			return true;
		if (n > 0)
			k += n - 1;
		else if (k == from && is_determiner(s, k))
		{
			/* a role opening the sentence: "Der italienische Innenminister zeigte sich …" */
			uint32_t	j = k + 1;

			while (j < to && j < k + 5 && (s->toks[j].flags & TK_ALPHA) &&
				   !(s->toks[j].flags & TK_UPPER))
				j++;		/* adjectives */
			if (j < to && (s->toks[j].flags & TK_ALPHA) && (s->toks[j].flags & TK_UPPER) &&
				j + 1 < to && (s->toks[j + 1].flags & TK_ALPHA) &&
				!(s->toks[j + 1].flags & TK_UPPER) && ne_lex_tok(LEX_TITLES, s, j) != NULL)
			{
				set_speaker(sp, k, j + 1, false);
				return true;
			}
		}
	}
	return false;
}

/* Is token i a German compound of "Angaben" ("Polizeiangaben", "Behördenangaben")? */
static bool
angaben_compound(const ne_seg *s, uint32_t i)
{
	return i < s->ntoks && (s->toks[i].flags & TK_UPPER) && s->toks[i].len > 8 &&
		memcmp(tok_ptr(s, i) + s->toks[i].len - 7, "angaben", 7) == 0;
}

/*
 * Is token i a German noun that names where a report comes from, after
 * "nach" ("nach palästinensischen Angaben", "nach einem Bericht der …",
 * "nach Informationen des …"): one of these nouns, or a compound ending in
 * one ("Fernsehbericht", "Medienberichten")?
 */
static bool
german_source_noun(const ne_seg *s, uint32_t i)
{
	static const char *const nouns[] = {
		"angaben", "informationen", "bericht", "berichten", "aussage", "aussagen",
		"darstellung", "einschätzung", "schätzungen", "erkenntnissen", "auffassung",
		"ansicht", "meinung", "auskunft", "mitteilung", "analyse", "umfrage", "studie",
		"meldungen", NULL
	};
	const char *p;
	size_t		k;

	if (i >= s->ntoks || !(s->toks[i].flags & TK_UPPER) || !(s->toks[i].flags & TK_ALPHA) ||
		s->toks[i].len < 5)
		return false;
	p = tok_ptr(s, i);
	for (k = 0; nouns[k]; k++)
	{
		size_t		n = strlen(nouns[k]);

		if (s->toks[i].len >= n && (p[s->toks[i].len - n] | 0x20) == nouns[k][0] &&
			memcmp(p + s->toks[i].len - n + 1, nouns[k] + 1, n - 1) == 0)
			return true;
	}
	return false;
}

/*
 * The end of a German source phrase from token i (after "nach"): an
 * article and adjectives in lower case, the source noun, and a genitive
 * ("einem Fernsehbericht des arabischen Senders Al-Dschasira"); 0 if the
 * words there name no source.
 */
static uint32_t
german_source_end(const ne_seg *s, uint32_t i, uint32_t limit)
{
	uint32_t	k = i;

	while (k < limit && k < i + 3 && (s->toks[k].flags & TK_ALPHA) && !(s->toks[k].flags & TK_UPPER))
		k++;					/* "einem", "palästinensischen", "ersten" */
	if (k >= limit || !german_source_noun(s, k))
		return 0;
	k++;
	/* a genitive: "des arabischen Senders Al-Dschasira", "der Polizei" */
	if (k + 1 < limit && (tok_eq(s, k, "des") || tok_eq(s, k, "der")))
	{
		uint32_t	m = k + 1;

		while (m < limit && m < k + 4 && (s->toks[m].flags & TK_ALPHA) && !(s->toks[m].flags & TK_UPPER))
			m++;
		if (m < limit && (s->toks[m].flags & TK_UPPER))
		{
			while (m < limit && m < k + 7 && (s->toks[m].flags & TK_UPPER) && (s->toks[m].flags & TK_ALPHA))
				m++;
			k = m;
		}
	}
	return k;
}

/*
 * Can an "according to" phrase open at a word of len bytes whose first
 * byte, or-ed with 0x20, is c?  "according" (9), "laut" "nach" "по" (4),
 * "selon" (5), "según" (6).
 */
static inline bool
may_open_according(unsigned char c, uint32_t len)
{
	switch (len)
	{
		case 4:
			return c == 'l' || c == 'n' || c == (0xD0 | 0x20);
		case 5:
		case 6:
			return c == 's';
		case 9:
			return c == 'a';
	}
	return false;
}

/*
 * Tokens of an "according to" phrase at token i (en "according to", de
 * "laut", "nach Angaben", "nach den Worten", fr "selon", es "según", ru
 * "по словам"), or 0.
 */
static uint32_t
according_to(const ne_seg *s, uint32_t i)
{
	/* one test for most words: see may_open_according */
	if (i >= s->ntoks || !(s->toks[i].flags & TK_ALPHA) ||
		!may_open_according((unsigned char) tok_ptr(s, i)[0] | 0x20, s->toks[i].len))
		return 0;
	if (tok_ieq(s, i, "according") && tok_eq(s, i + 1, "to"))
		return 2;
	if (tok_ieq(s, i, "laut") || tok_ieq(s, i, "selon"))
		return 1;
	/* "nach Angaben (des/der)", "nach den Worten (des/der)" */
	if (tok_ieq(s, i, "nach") && tok_eq(s, i + 1, "Angaben"))
		return 2;
	/* "nach (den) Polizeiangaben", "nach palästinensischen Angaben": the source itself */
	if (tok_ieq(s, i, "nach") && (angaben_compound(s, i + 1) ||
								  (tok_eq(s, i + 1, "den") && angaben_compound(s, i + 2)) ||
								  german_source_end(s, i + 1, s->ntoks) > 0))
		return 1;
	if (tok_ieq(s, i, "nach") && tok_eq(s, i + 1, "den") && tok_eq(s, i + 2, "Worten"))
		return 3;
	if (tok_eq(s, i, "según") || tok_eq(s, i, "Según"))
		return 1;
	if ((tok_eq(s, i, "по") || tok_eq(s, i, "По")) && tok_eq(s, i + 1, "словам"))
		return 2;
	return 0;
}

/*
 * The source after an "according to" phrase: a speaker mention, or an
 * article and a few words up to the next comma ("selon le ministre,").
 */
static bool
according_source(const ne_seg *s, uint32_t i, uint32_t limit, speaker *sp)
{
	uint32_t	k;

	static const char *const german_articles[] = {
		"einem", "einer", "eines", "dem", "den", "des", NULL
	};

	/* "nach (den) Polizeiangaben" */
	if (tok_eq(s, i, "den") && angaben_compound(s, i + 1))
	{
		set_speaker(sp, i, i + 2, true);
		return true;
	}
	if (angaben_compound(s, i))
	{
		set_speaker(sp, i, i + 1, true);
		return true;
	}
	if (i > 0 && tok_ieq(s, i - 1, "nach") && (k = german_source_end(s, i, limit)) > 0)
	{
		set_speaker(sp, i, k, true);
		return true;
	}
	if (speaker_at(s, i, limit, sp) > 0)
		return true;
	/*
	 * After "according to", "selon", "según" any noun phrase up to a comma
	 * or the sentence's end names the source: "according to recent polls.",
	 * "according to law enforcement officials, …", "según fuentes del
	 * ministerio, …".
	 */
	if (i >= 1 && (tok_ieq(s, i - 1, "selon") || tok_ieq(s, i - 1, "según") || tok_ieq(s, i - 1, "Según") ||
				   (i >= 2 && tok_eq(s, i - 1, "to") && tok_ieq(s, i - 2, "according"))))
	{
		for (k = i; k < limit && k < i + 20 &&
			 ((s->toks[k].flags & (TK_ALPHA | TK_NUMLIKE)) || tok_is_char(s, k, '-') ||
			  tok_is_char(s, k, '\'') || s->toks[k].cp == 0x2019); k++)
			;
		if (k > i && (k == limit ||
					  (tok_is_char(s, k, ',') && k < i + 12) ||
					  ((tok_is_char(s, k, '.') || tok_is_char(s, k, ';')) && k + 1 >= limit)))
		{
			set_speaker(sp, i, k, true);
			return true;
		}
	}
	/* "laut einem Jury-Mitglied", "nach Angaben des Ministeriums" */
	if (!is_determiner(s, i) && !tok_in_words(s, i, german_articles, true))
		return false;
	k = article_phrase_end(s, i, limit);
	if (k > i + 1 && k < limit && tok_is_char(s, k, ','))
	{
		set_speaker(sp, i, k, true);
		return true;
	}
	/* no comma: an article and capitalized words ("laut der Polizei Hamburg seien …") */
	for (k = i + 1; k < limit && k < i + 5 && (s->toks[k].flags & TK_ALPHA) &&
		 (s->toks[k].flags & TK_UPPER); k++)
		;
	if (k == i + 1 || k >= limit || (s->toks[k].flags & TK_UPPER))
		return false;
	set_speaker(sp, i, k, true);
	return true;
}

/*
 * The noun of an article phrase whose words after the article start at
 * token i: the first capitalized word, after at most two lower-case
 * adjectives ("der mexikanische Staat"), before limit; 0 when none.
 */
static uint32_t
german_noun_after(const ne_seg *s, uint32_t i, uint32_t limit)
{
	uint32_t	k;

	for (k = i; k < limit && k < i + 3 && (s->toks[k].flags & TK_ALPHA); k++)
		if (s->toks[k].flags & TK_UPPER)
			return k;
	return 0;
}

/*
 * A German cue whose nearest "subject" is a noun (see german_noun): the
 * subject after the verb ("In einer Nachricht würdigte er …: „…“"), or a
 * name opening the sentence before its verb ("Medvedev bedankte sich bei
 * seinem Team nach dem Spielende und sagte: „…“") replaces it in sp.
 */
static void
german_subject(const ne_seg *s, uint32_t sent_start, uint32_t c, uint32_t open, speaker *sp)
{
	speaker		alt;
	uint32_t	j = c + 1,
				noun;

	if (tok_eq(s, j, "sich"))
		j++;
	noun = is_determiner(s, j) ? german_noun_after(s, j + 1, open) : 0;
	if (speaker_at(s, j, open, &alt) > 0 && person_mention(&alt) && !german_noun(s, &alt))
		*sp = alt;
	else if (noun != 0)
		/* "sprach der mexikanische Präsident von …": the article, adjectives, the noun */
		set_speaker(sp, j, noun + 1, true);
	else if (speaker_at(s, sent_start, c, &alt) > 0 && !alt.org && alt.start == sent_start &&
			 alt.end < c && (s->toks[alt.end].flags & TK_ALPHA) &&
			 !(s->toks[alt.end].flags & TK_UPPER))
		*sp = alt;
	else if (is_determiner(s, sent_start) && sent_start + 2 < c &&
			 (s->toks[sent_start + 1].flags & TK_UPPER) &&
			 (s->toks[sent_start + 2].flags & TK_ALPHA) &&
			 !(s->toks[sent_start + 2].flags & TK_UPPER))
		set_speaker(sp, sent_start, sent_start + 2, true);	/* "Die Universität hatte … erklärt" */
}

/*
 * The subject of a German main clause in tokens [i, end), by the verb in
 * second place: what opens the sentence before a lower-case verb ("EBay-
 * Deutschland gab dazu bekannt:", "Ein WWF-Sprecher schätzte ein:", "Das
 * Fazit des Vorabberichts lautete:"), or, when an adverb or a phrase with
 * a preposition opens it, what follows the verb ("In der ARD zeigt sich der
 * Bundestrainer zufrieden:", "Weiter sagte Larson:").
 */
static bool
german_clause_subject(const ne_seg *s, uint32_t i, uint32_t end, speaker *sp)
{
	uint32_t	v,
				k;

	if (i + 2 >= end || !(s->toks[i].flags & TK_ALPHA))
		return false;
	if (german_fronted(s, i))
	{
		/* the verb: right after an adverb, or after the phrase's noun */
		v = i + 1;
		if (s->toks[v].flags & TK_UPPER || is_determiner(s, v) ||
			!(s->toks[v].flags & TK_ALPHA) || tok_in_words(s, v, german_prepositions, false))
		{
			while (v < end && v < i + 8 && !((s->toks[v].flags & TK_ALPHA) && (s->toks[v].flags & TK_UPPER)))
				v++;
			while (v < end && v < i + 10 && (s->toks[v].flags & TK_UPPER))
				v++;
		}
		if (v >= end || !(s->toks[v].flags & TK_ALPHA) || (s->toks[v].flags & TK_UPPER))
			return false;
		k = v + 1;
		if (tok_eq(s, k, "sich"))
			k++;
		if (speaker_at(s, k, end, sp) > 0 && !german_noun(s, sp) && !sp->org)
			return true;
		if (is_determiner(s, k) && k + 1 < end && (s->toks[k + 1].flags & TK_UPPER))
		{
			set_speaker(sp, k, k + 2, true);
			return true;
		}
		return false;
	}
	/* the subject first: an article phrase or a name, then the verb */
	k = i;
	if (is_determiner(s, k))
	{
		k++;
		while (k < end && k < i + 4 && (s->toks[k].flags & TK_ALPHA) &&
			   !(s->toks[k].flags & TK_UPPER))
			k++;			/* adjectives */
		if (k >= end || !(s->toks[k].flags & TK_UPPER))
			return false;
		k++;
		/* a genitive: "des Vorabberichts" */
		if (k + 1 < end && tok_in_words(s, k, (const char *const[]) {"des", "der", NULL}, false) &&
			(s->toks[k + 1].flags & TK_UPPER))
			k += 2;
	}
	else if ((s->toks[k].flags & TK_UPPER) && (s->toks[k].flags & TK_ALPHA) &&
			 ne_lex_tok(LEX_STOPNAMES, s, k) == NULL && ne_lex_tok(LEX_PRONOUNS, s, k) == NULL)
	{
		/* a name of up to three words ("EBay-Deutschland", "Jens Stoltenberg") */
		while (k < end && k < i + 3 && (s->toks[k].flags & TK_UPPER) && (s->toks[k].flags & TK_ALPHA))
			k++;
	}
	else
		return false;
	if (k >= end || !(s->toks[k].flags & TK_ALPHA) || (s->toks[k].flags & TK_UPPER) ||
		tok_in_words(s, k, german_prepositions, false) || is_determiner(s, k))
		return false;			/* no verb in second place */
	set_speaker(sp, i, k, is_determiner(s, i));
	return true;
}

/*
 * Attribution before an opening mark in the same sentence: "X said:",
 * "X said,", "said X:", "according to X,".
 */
static bool
attribution_before(const ne_seg *s, uint32_t sent_start, uint32_t open, speaker *sp,
				   int32_t *cue)
{
	uint32_t	k;
	int32_t		found_cue = -1;

	/* "Peter Hall: «…»": a speaker and a colon open the sentence */
	if (open >= sent_start + 2 && tok_is_char(s, open - 1, ':') &&
		speaker_at(s, sent_start, open - 1, sp) == open - 1 - sent_start && !sp->pronoun &&
		!sp->org)
		return true;
	/* the nearest cue, at most 80 tokens back: a long run of quotes stays linear */
	for (k = open; k > sent_start && k + 80 > open; k--)
	{
		uint32_t	c = k - 1,
					reach;

		if (!is_cue(s, c))
			continue;
		reach = c > 0 && tok_is_char(s, c - 1, ',') ? 14 : 6;

		/* "laut X", "selon X": the source follows the cue word */
		{
			uint32_t	n = according_to(s, c);

			if (n > 0 && according_source(s, c + n, open, sp))
			{
				*cue = (int32_t) c;
				return true;
			}
		}

		/*
		 * German inverted order, the subject after the verb: "Gegenüber der
		 * Zeitung erklärte sie: …", "Ähnlich äußerte sich der Präsident
		 * George Bush: …", "Als Begründung sagte ein Wissenschaftler: …".
		 */
		if (c > sent_start && strcmp(ne_seg_lang(s), "de") == 0)
		{
			uint32_t	j = c + 1,
						e = 0;

			/*
			 * The subject opens the sentence ("Museumsdirektor Thomas Metz hat
			 * anlässlich der Eröffnung erklärt: „…“"): a person named there wins
			 * over a capitalized noun nearer the verb.
			 */
			if (speaker_at(s, sent_start, c, sp) > 0 && person_mention(sp) && sp->end <= c &&
				mention_capitalized(s, sp))
			{
				*cue = (int32_t) c;
				return true;
			}
			if (tok_eq(s, j, "sich"))
				j++;
			if (speaker_at(s, j, open, sp) > 0 && person_mention(sp))
				e = sp->end;
			else if (sp->end > j && !sp->org && !german_noun(s, sp))
			{
				/*
				 * One name right after the verb, then the colon: "Weiter sagte
				 * Larson:", "Relativierend fügt Gall hinzu:" (a verb particle)
				 */
				static const char *const particles[] = {"hinzu", "fest", "an", "zu", "aus", NULL};

				e = sp->end;
				if (tok_in_words(s, e, particles, false))
					e++;
				if (e + 1 != open || !tok_is_char(s, e, ':'))
					e = 0;
			}
			else if (is_determiner(s, j) && (e = article_phrase_end(s, j, open)) > j + 1)
			{
				static const char *const preps[] = {"mit", "zu", "zum", "zur", "im", "am", "über", NULL};
				uint32_t	m;

				/* "kommentierte das Ende des Projekts mit den Worten:" is an object */
				for (m = j + 1; m < e; m++)
					if (tok_in_words(s, m, preps, false))
						e = m;
				set_speaker(sp, j, e, true);
			}
			/* an adverb or two before the colon or comma: "dahingehend", "gestern" */
			if (e > 0 && person_mention(sp))
			{
				uint32_t	m;

				for (m = 0; m < 2 && e < open && (s->toks[e].flags & TK_ALPHA) &&
					 !(s->toks[e].flags & TK_UPPER) && !is_cue(s, e); m++)
					e++;
			}
			if (e > 0 && e < open && (tok_is_char(s, e, ':') || tok_is_char(s, e, ',')) &&
				(e + 1 == open || (tok_is_char(s, open - 1, ':') && open <= e + 10)))
			{
				/* "sagte Honoré Durand, der Geschäftsführer des Unternehmens: „…“" */
				*cue = (int32_t) c;
				return true;
			}
		}
		/* the subject just before the cue (or before an apposition: "X, who …, said") */
		if (subject_before(s, c > sent_start + reach ? c - reach : sent_start, c, sp))
		{
			if (german_noun(s, sp))
				german_subject(s, sent_start, c, open, sp);
			*cue = (int32_t) c;
			return true;
		}
		/* "said X:" */
		if (speaker_at(s, c + 1, open, sp) > 0)
		{
			*cue = (int32_t) c;
			return true;
		}
		found_cue = (int32_t) c;
		break;
	}
	/* "according to X, … «…»", "laut X … „…“" earlier in the sentence */
	if (found_cue < 0)
		for (k = open > sent_start + 40 ? open - 40 : sent_start; k + 1 < open; k++)
		{
			uint32_t	n = according_to(s, k);

			if (n > 0 && according_source(s, k + n, open, sp))
			{
				*cue = (int32_t) k;
				return true;
			}
		}
	/*
	 * No subject by the cue (or no cue), but a colon introduces the quote:
	 * the person the sentence is about speaks ("Stegemann bestreitet jede
	 * Kenntnis: „…“", "Günther Platter, der Minister, der …, sagte zum
	 * Abschluss: „…“").  A name of two words or more, or a personal pronoun,
	 * the first in the sentence.
	 */
	if (open >= sent_start + 3 &&
		(tok_is_char(s, open - 1, ':') ||
		 (tok_is_char(s, open - 1, ',') && found_cue >= 0 && (uint32_t) found_cue + 4 >= open)) &&
		person_in(s, open > sent_start + 40 ? open - 40 : sent_start, open - 1, sp))
	{
		/* also "Der 84-jährige Küng, der als Kritiker gilt, hofft aber, „…“" */
		*cue = found_cue;
		return true;
	}
	/* German: the sentence's subject, found by the verb's place */
	if (open >= sent_start + 3 && tok_is_char(s, open - 1, ':') &&
		strcmp(ne_seg_lang(s), "de") == 0 && german_clause_subject(s, sent_start, open - 1, sp))
	{
		*cue = found_cue;
		return true;
	}
	return false;
}

/*
 * A verb of naming or describing before a quoted fragment in its clause,
 * and the verb's subject: "Löw bezeichnete die Karten als „übertrieben“",
 * "she called the plan 'a disaster'".  The search goes back at most 24
 * tokens, not past the sentence start, a semicolon or a speech cue (whose
 * attribution is read the usual way).
 */
static bool
describer_before(const ne_seg *s, uint32_t sent_start, uint32_t open, speaker *sp,
				 int32_t *verb)
{
	static const char *const particle_words[] = {
		"for", "on", "off", "up", "upon", "in", "back", "into", NULL
	};
	uint32_t	k,
				lo = open > sent_start + 24 ? open - 24 : sent_start;

	for (k = open; k > lo; k--)
	{
		uint32_t	c = k - 1;

		if (tok_is_char(s, c, ';') || is_cue(s, c))
			return false;
		if (!(s->toks[c].flags & TK_ALPHA) || ne_lex_tok(LEX_DESCRIBE_VERBS, s, c) == NULL)
			continue;
		/* "called for", "call on", "called off": demands and cancellations */
		if (tok_in_words(s, c + 1, particle_words, true))
			return false;
		if (subject_before(s, c > sent_start + 6 ? c - 6 : sent_start, c, sp))
		{
			*verb = (int32_t) c;
			return true;
		}
		return false;
	}
	return false;
}

/*
 * The common third-person forms of German Konjunktiv I, the mood of
 * reported speech (Duden, Die Grammatik, 9th ed., indirect speech).
 */
static const char *const german_konjunktiv1[] = {
	"sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle",
	"gebe", "gelte", "bestehe", "liege", "stehe", "gehe", "komme", "fehle", "brauche",
	"bleibe", NULL
};

/*
 * Is the sentence German reported speech: does it hold a verb in the
 * subjunctive of indirect speech (Konjunktiv I, or Konjunktiv II where the
 * first would read like the indicative)?  German news marks what someone
 * said this way ("Die Lage sei „ernst“, hieß es"), so a phrase quoted in
 * such a sentence is the speaker's words, not a scare quote.  The forms are
 * the common third-person ones (Duden, Die Grammatik, 9th ed., indirect
 * speech).
 */
static bool
german_reported_speech(const ne_seg *s, uint32_t from, uint32_t to)
{
	static const char *const konjunktiv2[] = {
		"hätte", "hätten", "würde", "würden", "könnte", "könnten", "müssten", "wäre",
		"wären", NULL
	};
	uint32_t	k;

	if (strcmp(ne_seg_lang(s), "de") != 0)
		return false;
	for (k = from; k < to; k++)
		if ((s->toks[k].flags & TK_ALPHA) && s->toks[k].len <= 8 &&
			(tok_in_words(s, k, german_konjunktiv1, true) || tok_in_words(s, k, konjunktiv2, true)))
			return true;
	return false;
}

/* Class of an opening mark, for the failed-search cache (0..9). */
static int
mark_class(uint32_t open)
{
	switch (open)
	{
		case 0x201C:
			return 1;
		case 0x201E:
			return 2;
		case 0xAB:
			return 3;
		case 0xBB:
			return 4;
		case 0x2039:
			return 5;
		case 0x201A:
			return 6;
		case 0x2018:
			return 7;
		case '"':
			return 8;
		case '\'':
			return 9;
	}
	return 0;
}

/*
 * Find a matching close for the open mark at token i, before limit.
 * fail_from[class] remembers the earliest start whose search found no
 * close before the same limit: any later start of that class fails too, so
 * a paragraph of ten thousand unmatched marks is scanned once, not ten
 * thousand times.
 */
static uint32_t
find_close(const ne_seg *s, uint32_t i, uint32_t limit, uint32_t open,
		   uint32_t *fail_from)
{
	uint32_t	j;
	int			cls = mark_class(open);

	if (fail_from && fail_from[cls] != 0 && i >= fail_from[cls])
		return 0;

	/* from one mark to the next (mark_bits, filled before the quote pass) */
	for (j = ne_next_bit(s->mark_bits, i + 1, limit); j < limit; j = ne_next_bit(s->mark_bits, j + 1, limit))
	{
		const ne_token *t = &s->toks[j];

		if (is_apostrophe(s, j))
			continue;
		if (closes(open, t->cp, ne_seg_lang(s)))
		{
			/* a straight mark closes only before space or punctuation */
			if ((t->cp == '"' || t->cp == '\'') && j + 1 < limit &&
				!(s->toks[j + 1].flags & (TK_SPACE_B | TK_PUNCT)))
				continue;
			return j;
		}
		/* a nested open of another kind is skipped over by the caller */
	}
	if (fail_from && (fail_from[cls] == 0 || i < fail_from[cls]))
		fail_from[cls] = i == 0 ? 1 : i;
	return 0;
}

/* Count word tokens in [a, b). */
static uint32_t
count_words(const ne_seg *s, uint32_t a, uint32_t b)
{
	uint32_t	n = 0;

	for (; a < b; a++)
		n += (s->toks[a].flags & TK_ALPHA) != 0;
	return n;
}

/* Sentence index containing token i (sentences of paragraph p). */
static uint32_t
sent_of(const ne_seg *s, const ne_para *para, uint32_t i)
{
	uint32_t	k;

	for (k = para->sent_start; k < para->sent_end; k++)
		if (i < s->sents[k].tok_end)
			return k;
	return para->sent_end - 1;
}

/*
 * Does a sentence of the reporter's own open among tokens (from, to): a
 * sentence that starts with a word there ("…, sagte Merkel. Als …")?
 * Sentences are in text order: a binary search finds the first one after
 * from.
 */
static bool
sentence_between(const ne_seg *s, uint32_t from, uint32_t to)
{
	uint32_t	lo = 0,
				hi = s->nsents;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (s->sents[mid].tok_start <= from)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->nsents && s->sents[lo].tok_start < to &&
		(s->toks[s->sents[lo].tok_start].flags & TK_ALPHA);
}

/*
 * Can the quote at index k take another part (an interrupted or run-on
 * quote)?  A direct, attributed quote that is not nested in another.
 */
static bool
joinable(const qstate *q, uint32_t k)
{
	const ne_quote *pq = &((const ne_quote *) q->quotes.data)[k];

	return pq->kind == NE_Q_DIRECT && pq->nested_in == 0 &&
		(pq->speaker != NULL || pq->cue_span.start >= 0);
}

/*
 * "a b": the two texts joined by a space, in the arena; NULL when out of
 * memory (status set).  Parts of one quote read so.
 */
static char *
join_texts(ne_ctx *ctx, const char *a, size_t al, const char *b, size_t bl)
{
	char	   *joined = ne_arena_alloc(ctx->arena, al + bl + 2);

	if (joined == NULL)
	{
		ctx->status = NE_ENOMEM;
		return NULL;
	}
	memcpy(joined, a, al);
	joined[al] = ' ';
	memcpy(joined + al + 1, b, bl);
	joined[al + 1 + bl] = '\0';
	return joined;
}

/*
 * Join bytes [bstart, bend) to the quote at index k as its next part: the
 * span runs to the end of the new part, the text joins the parts with a
 * space.  False when out of memory (status set).
 */
static bool
append_part(qstate *q, uint32_t k, uint32_t bstart, uint32_t bend)
{
	ne_ctx	   *ctx = q->ctx;
	const ne_seg *s = &ctx->seg;
	ne_quote   *pq = &((ne_quote *) q->quotes.data)[k];
	ne_span		part2 = ne_make_span(ctx, bstart, bend);
	ne_span    *parts = ne_arena_alloc(ctx->arena, (pq->n_parts + 2) * sizeof(ne_span));
	char	   *joined;

	if (parts == NULL)
	{
		ctx->status = NE_ENOMEM;
		return false;
	}
	if (pq->n_parts == 0)
	{
		parts[0] = pq->span;
		pq->n_parts = 1;
	}
	else
		memcpy(parts, pq->parts, pq->n_parts * sizeof(ne_span));
	parts[pq->n_parts++] = part2;
	pq->parts = parts;
	pq->span.length = part2.start + part2.length - pq->span.start;
	joined = join_texts(ctx, pq->text, strlen(pq->text), s->text + bstart, bend - bstart);
	if (joined == NULL)
		return false;
	pq->text = joined;
	return true;
}

/* Direct, mixed and partial quotes of one paragraph. */
static void
quotes_in_para(qstate *q, uint32_t p)
{
	ne_ctx	   *ctx = q->ctx;
	const ne_seg *s = &ctx->seg;
	const ne_para *para = &s->paras[p];
	uint32_t	i = para->tok_start;
	int64_t		prev_quote = -1;	/* index of the last quote of this paragraph */
	uint32_t	prev_close = 0;	/* its closing mark */
	uint32_t	ce_from = 0,
				ce_to = 0,
				ce_end = 0;		/* the last clause_end() asked and its answer */
	int64_t		prev_cue = -1;	/* its cue token */
	int64_t		clause_q = -1;	/* the last mixed clause (or German indirect one) ... */
	uint32_t	clause_b0 = 0,
				clause_b1 = 0;	/* ... and its bytes */
	uint32_t	fail_from[10] = {0};

	if (!para->marks)
		return;					/* no mark to open a quote */
	/* from one mark to the next (a quote opens at a mark) */
	while ((i = ne_next_bit(s->mark_bits, i, para->tok_end)) < para->tok_end)
	{
		const ne_token *t = &s->toks[i];
		uint32_t	close,
					open_cp;
		speaker		sp;
		int32_t		cue = -1;
		int64_t		k_cue;
		bool		attributed = false;
		uint32_t	st;
		int			kind;
		ne_quote   *qt;
		uint32_t	bstart,
					bend;
		bool		runs_on = false;
		bool		reported = false;
		uint32_t	frag_start = 0,
					frag_end = 0;	/* the marked words of a mixed quote */

		if (!(t->flags & TK_QUOTE) || !is_open_mark(t->cp) || is_apostrophe(s, i) ||
			(t->cp == 0x2019))
		{
			i++;
			continue;
		}
		/* single marks only open a quote after space or an opening mark */
		if ((t->cp == '\'' || t->cp == 0x2018) && !(t->flags & TK_SPACE_B) && i > para->tok_start &&
			!(s->toks[i - 1].flags & TK_QUOTE))
		{
			i++;
			continue;
		}
		open_cp = t->cp;
		close = find_close(s, i, para->tok_end, open_cp, fail_from);
		if (close == 0)
		{
			/* a quote running into the next paragraph, opened again there */
			if (p + 1 < s->nparas && count_words(s, i, para->tok_end) >= 4 &&
				(open_cp == '"' || open_cp == 0x201C || open_cp == 0xAB || open_cp == 0x201E) &&
				s->paras[p + 1].tok_end > s->paras[p + 1].tok_start &&
				(s->toks[s->paras[p + 1].tok_start].flags & TK_QUOTE))
			{
				runs_on = true;
				close = para->tok_end;
			}
			else
			{
				i++;
				continue;
			}
		}
		if (close == i + 1)
		{
			i = close + 1;
			continue;
		}
		bstart = s->toks[i + 1].start;
		bend = runs_on ? para->end : s->toks[close].start;
		/* trim white space inside « … » */
		while (bend > bstart && (s->text[bend - 1] == ' ' || s->text[bend - 1] == '\n'))
			bend--;

		st = sent_of(s, para, i);

		/*
		 * A whole sentence in marks that a colon introduces: its speaker is
		 * before it, and what follows is the next sentence ("X erklärte:
		 * „… .“ Tatsächlich spricht …").
		 */
		if (!runs_on && i > s->sents[st].tok_start && tok_is_char(s, i - 1, ':') &&
			close > i + 1 && (tok_is_char(s, close - 1, '.') || tok_is_char(s, close - 1, '!') ||
							  tok_is_char(s, close - 1, '?')))
			attributed = attribution_before(s, s->sents[st].tok_start, i, &sp, &cue);
		if (!attributed && !runs_on)
			attributed = attribution_after(s, close + 1, para->tok_end, &sp, &cue);

		/*
		 * A quote whose sentence ends inside the marks, then "Kasich said he
		 * would …": a new sentence reporting words of its own, not this
		 * quote's attribution.
		 */
		if (attributed && !runs_on && tok_is_char(s, close - 1, '.') && cue > (int32_t) close &&
			sp.end <= (uint32_t) cue && tok_in_words(s, (uint32_t) cue + 1, clause_openers, true))
		{
			attributed = false;
			cue = -1;
			memset(&sp, 0, sizeof(sp));
		}
		/* "… „schwerer Fehler“ gewesen, sagte X.": a tail after a comma later in the sentence */
		if (!attributed && !runs_on)
		{
			uint32_t	k,
						end = s->sents[st].tok_end;

			for (k = close + 2; k + 1 < end && k < close + 12; k++)
				if (tok_is_char(s, k, ',') && !(s->toks[k + 1].flags & TK_QUOTE))
				{
					attributed = attribution_after(s, k, end, &sp, &cue);
					break;
				}
		}
		if (!attributed)
			attributed = attribution_before(s, s->sents[st].tok_start, i, &sp, &cue);
		/* "X, a doctor, said:" closing the paragraph before */
		if (!attributed && i == para->tok_start && p > 0)
		{
			const ne_para *pp = &s->paras[p - 1];
			uint32_t	c = pp->tok_end - 2;

			if (pp->tok_end >= pp->tok_start + 3 && pp->sent_end > pp->sent_start &&
				tok_is_char(s, pp->tok_end - 1, ':') && is_cue(s, c))
			{
				/* the last sentence, at most 16 tokens: bounds the apposition search */
				uint32_t	lo = c > 16 ? c - 16 : 0;

				if (s->sents[pp->sent_end - 1].tok_start > lo)
					lo = s->sents[pp->sent_end - 1].tok_start;
				if (subject_before(s, lo, c, &sp))
				{
					attributed = true;
					cue = (int32_t) c;
				}
			}
		}

		/*
		 * A cue right before the marks, its subject further back: "Allen
		 * thanked the crowd on Monday, saying \"…\"" (the first person the
		 * clause names, at most 40 tokens back: a sentence of many such
		 * quotes stays linear).
		 */
		if (!attributed && !runs_on && i > s->sents[st].tok_start + 1)
		{
			uint32_t	c = tok_is_char(s, i - 1, ',') || tok_is_char(s, i - 1, ':') ? i - 2 : i - 1;
			uint32_t	from = c > s->sents[st].tok_start + 40 ? c - 40 : s->sents[st].tok_start;

			if (c > s->sents[st].tok_start && (s->toks[c].flags & (TK_ALPHA | TK_UPPER)) == TK_ALPHA &&
				is_cue(s, c) && person_in(s, from, c, &sp))
			{
				attributed = true;
				cue = (int32_t) c;
			}
		}

		/* kind: a fragment inside a reported clause is mixed; a short one with no cue partial */
		{
			uint32_t	words = count_words(s, i + 1, close);
			bool		starts_clause = i == para->tok_start || i == s->sents[st].tok_start ||
				tok_is_char(s, i - 1, ':') || tok_is_char(s, i - 1, ',') ||
				(s->toks[i - 1].flags & (TK_DASH | TK_QUOTE)) || tok_is_char(s, i - 1, '(') ||
				tok_is_char(s, i - 1, '[');
			bool		sentence_inside = close > i + 1 && (is_cue(s, close + 1) ||
															tok_is_char(s, close - 1, '.') ||
															tok_is_char(s, close - 1, ',') ||
															tok_is_char(s, close - 1, '!') ||
															tok_is_char(s, close - 1, '?') ||
															tok_is_char(s, close + 1, ','));

			/*
			 * A phrase someone was quoted calling something ("Clinton slammed
			 * the proposal as \"reprehensible\""): the describing verb governs
			 * the clause, which is reported whole as mixed below.
			 */
			if (!attributed && !starts_clause && !so_called_before(s, i) &&
				!looks_like_title(s, i + 1, close) &&
				describer_before(s, s->sents[st].tok_start, i, &sp, &cue))
				attributed = true;
			if (so_called_before(s, i))
				kind = NE_Q_PARTIAL;	/* "the so-called \"peace dividend\"" */
			else if (!attributed && looks_like_title(s, i + 1, close))
				kind = NE_Q_PARTIAL;	/* a name in marks: "the \"Open Door\" policy" */
			else if (!starts_clause && attributed && cue >= 0 && (uint32_t) cue < i && words >= 2 &&
					 (s->toks[i + 1].flags & TK_UPPER) && looks_like_title(s, i + 1, close) &&
					 strcmp(ne_seg_lang(s), "de") != 0)
			{
				/*
				 * A title after the cue: 'said on NBC's "Meet the Press"'.  Not
				 * in German, where every noun is capitalized.  A name is no one's
				 * words: no speaker.
				 */
				kind = NE_Q_PARTIAL;
				attributed = false;
				cue = -1;
				memset(&sp, 0, sizeof(sp));
			}
			else if (starts_clause && (words >= 4 || attributed) && (sentence_inside || words >= 6 || attributed) &&
					 !that_between(s, cue, i))
				kind = NE_Q_DIRECT;
			else if (starts_clause && !attributed && prev_quote >= 0 &&
					 ((ne_quote *) q->quotes.data)[prev_quote].kind == NE_Q_DIRECT)
				kind = NE_Q_DIRECT;	/* the second part of an interrupted quote */
			else if ((!starts_clause || that_between(s, cue, i)) && attributed && cue >= 0 &&
					 (uint32_t) cue < i)
			{
				/* mixed: the whole reported clause from after the cue */
				uint32_t	from = (uint32_t) cue + 1;
				uint32_t	to = s->sents[st].tok_end;

				if (sp.start >= from && sp.end > from && sp.end < i &&
					(according_to(s, (uint32_t) cue) > 0 || strcmp(ne_seg_lang(s), "de") == 0))
				{
					/* after "laut X", "according to X", "äußerte sich X dahingehend," */
					uint32_t	m;

					from = sp.end;
					for (m = from; m < from + 2 && m < i && (s->toks[m].flags & TK_ALPHA) &&
						 !(s->toks[m].flags & TK_UPPER); m++)
						;
					if (m > from && tok_is_char(s, m, ','))
						from = m;
				}

				if (tok_is_char(s, from, ',') || tok_is_char(s, from, ':'))
					from++;
				/* an object before "that": "told a veterans group that …" */
				from = that_after_object(s, from, i, true);
				if (is_complementizer(s, from))
					from++;
				/*
				 * The first clause boundary at or after from + 3, remembered: the
				 * quotes of one sentence ask for it with growing from, and a
				 * boundary found for an earlier from still holds for a later one
				 * that does not pass it (a run of quotes stays linear).
				 */
				if (ce_to == to && from >= ce_from && from + 3 <= ce_end)
					to = ce_end;
				else
				{
					ce_from = from;
					ce_to = to;
					to = ce_end = clause_end(s, from, to);
				}
				/* a reported clause runs at most 60 tokens past the marks (output stays linear) */
				if (to > close + 61)
					to = close + 61;
				to = mixed_tail_end(s, close, to);
				while (to > from && (tok_is_char(s, to - 1, '.') || (s->toks[to - 1].flags & TK_QUOTE)))
					to--;
				if (close + 1 > to)
					to = close + 1;
				if (from >= i && to <= close + 1)
					kind = NE_Q_DIRECT; /* 'saying "we faced it together."': nothing paraphrased */
				else
				{
					frag_start = bstart;
					frag_end = bend;
					bstart = s->toks[from].start;
					bend = s->toks[to - 1].start + s->toks[to - 1].len;
					kind = NE_Q_MIXED;
				}
			}
			else if (!starts_clause && attributed && cue > (int32_t) close &&
					 i <= s->sents[st].tok_start + 1)
				kind = NE_Q_DIRECT; /* "Ein „außerordentlicher Sieg“, so Romney" */
			else if (!starts_clause && attributed && cue > (int32_t) close &&
					 (uint32_t) cue < s->sents[st].tok_end)
			{
				/* "It was a \"tragic mistake,\" Smith said": the clause before the cue */
				uint32_t	from = i > s->sents[st].tok_start + 60 ? i - 60 : s->sents[st].tok_start,
							to = close + 1,
							k;

				/* "…„schwerer Fehler“ gewesen, sagte X": on to the comma before the cue */
				for (k = close + 1; k < (uint32_t) cue; k++)
					if (tok_is_char(s, k, ','))
					{
						to = k;
						break;
					}

				frag_start = bstart;
				frag_end = bend;
				bstart = s->toks[from].start;
				bend = s->toks[to - 1].start + s->toks[to - 1].len;
				kind = NE_Q_MIXED;
			}
			else if (words >= 8 && !attributed && !starts_clause && (s->toks[i - 1].flags & TK_ALPHA) &&
					 strcmp(ne_seg_lang(s), "de") != 0)
			{
				/*
				 * Words in marks that the reporter's sentence runs into ("are so
				 * daunting that \"we have got to …\""): part quoted, part
				 * paraphrased, from the clause's start to the marks.  (German
				 * reported speech reads such words below.)
				 */
				uint32_t	from = s->sents[st].tok_start,
							m;

				for (m = i; m > from && m + 24 > i; m--)
					if (tok_is_char(s, m - 1, ',') || tok_is_char(s, m - 1, ';'))
					{
						from = m;
						break;
					}
				frag_start = bstart;
				frag_end = bend;
				bstart = s->toks[from].start;
				bend = s->toks[close].start + s->toks[close].len;
				kind = NE_Q_MIXED;
			}
			else if (words >= 8 && !attributed)
				kind = NE_Q_DIRECT;
			else if (german_reported_speech(s, i > s->sents[st].tok_start + 40 ? i - 40 : s->sents[st].tok_start,
											close + 40 < s->sents[st].tok_end ? close + 40 : s->sents[st].tok_end))
			{
				kind = NE_Q_DIRECT;
				reported = !attributed;
			}
			else
				kind = NE_Q_PARTIAL;
		}

		if (reported)
		{
			/* the words of whoever the paragraph, or the one before, quotes */
			qt = add_quote(q, bstart, bend, kind, NULL, -1, p);
			if (qt && q->last_speaker && q->last_speaker_para + 1 >= p)
			{
				const ne_quote *named = (ne_quote *) q->quotes.data + q->last_speaker_quote;

				/* the mention that named them, a sentence or two before */
				qt->speaker = named->speaker;
				qt->speaker_as_written = named->speaker_as_written;
				qt->speaker_span = named->speaker_span;
			}
		}

		/* a floating quote: a whole paragraph in marks keeps the last speaker */
		else if (!attributed && kind == NE_Q_DIRECT && i == para->tok_start && q->quotes.n > 0 &&
			((ne_quote *) q->quotes.data)[q->quotes.n - 1].paragraph == (int32_t) p &&
			joinable(q, (uint32_t) (q->quotes.n - 1)))
		{
			/* the speaker's next paragraph, in marks: the same quote runs on */
			if (!append_part(q, (uint32_t) (q->quotes.n - 1), bstart, bend))
				return;
			qt = NULL;
			prev_quote = (int64_t) (q->quotes.n - 1);
		}
		else if (!attributed && kind == NE_Q_DIRECT && i == para->tok_start && q->last_speaker &&
				 q->last_speaker_para + 2 >= p)
		{
			qt = add_quote(q, bstart, bend, kind, NULL, -1, p);
			if (qt)
				qt->speaker = ne_arena_strndup(ctx->arena, q->last_speaker, strlen(q->last_speaker));
		}
		/*
		 * An interrupted quote: "A," he said. "B." joins the previous one,
		 * when what stands between them is its attribution (or next to
		 * nothing), not a sentence of the reporter's own.
		 */
		else if ((!attributed || (cue >= 0 && cue == prev_cue)) && kind == NE_Q_DIRECT &&
				 prev_quote >= 0 && joinable(q, (uint32_t) prev_quote) &&
				 (i <= prev_close + 3 ||
				  (prev_cue > (int64_t) prev_close && prev_cue < (int64_t) i && i <= prev_close + 40 &&
				   !(s->toks[i - 1].flags & TK_ALPHA) && !sentence_between(s, prev_close + 1, i))))
		{
			/*
			 * Across the attribution the next part follows its closing
			 * punctuation, with no sentence of the reporter's between:
			 * "…“, sagte Merkel. „…", not "…“, sagte Merkel. Als
			 * „verpasste Chance“ beurteilte X das Pontifikat. „…".
			 */
			if (!append_part(q, (uint32_t) prev_quote, bstart, bend))
				return;
			qt = NULL;
		}
		/*
		 * "A," said the 46-year-old. "B.": a cue right after the first part,
		 * whose speaker the rules did not read, still joins the parts.
		 */
		else if (!attributed && kind == NE_Q_DIRECT && prev_quote >= 0 && prev_cue < 0 &&
				 i <= prev_close + 40 &&
				 ((ne_quote *) q->quotes.data)[prev_quote].kind == NE_Q_DIRECT &&
				 ((ne_quote *) q->quotes.data)[prev_quote].nested_in == 0 &&
				 ((ne_quote *) q->quotes.data)[prev_quote].cue == NULL &&
				 (k_cue = cue_opens(s, prev_close + 1, i)) >= 0)
		{
			ne_quote   *pq = (ne_quote *) q->quotes.data + prev_quote;
			const ne_token *ct = &s->toks[k_cue];

			pq->cue = ne_arena_strndup(ctx->arena, s->text + ct->start, ct->len);
			pq->cue_span = ne_make_span(ctx, ct->start, ct->start + ct->len);
			if (pq->cue == NULL || !append_part(q, (uint32_t) prev_quote, bstart, bend))
			{
				ctx->status = NE_ENOMEM;
				return;
			}
			qt = NULL;
		}
		/*
		 * A later fragment of a clause already reported whole ('called the
		 * senator a \"nasty guy,\" an \"anchor baby\" and \"sick\"'): the clause
		 * is not reported again; in German the words nest in it.
		 */
		else if (kind == NE_Q_MIXED && clause_q >= 0 && bstart >= clause_b0 && frag_start < clause_b1)
		{
			qt = NULL;
			if (frag_end > frag_start && strcmp(ne_seg_lang(s), "de") == 0 &&
				((ne_quote *) q->quotes.data)[clause_q].kind == NE_Q_INDIRECT &&
				!looks_like_title(s, i + 1, close))
			{
				ne_quote   *fq = add_quote(q, frag_start, frag_end, NE_Q_DIRECT, &sp, cue, p);

				if (fq)
					fq->nested_in = (int32_t) clause_q + 1;
			}
		}
		else
		{
			/* a quote opening a sentence: the person the sentence before is about */
			if (!attributed && kind == NE_Q_DIRECT && st > para->sent_start &&
				i == s->sents[st].tok_start &&
				person_in(s, s->sents[st - 1].tok_end > s->sents[st - 1].tok_start + 40 ?
						  s->sents[st - 1].tok_end - 40 : s->sents[st - 1].tok_start,
						  s->sents[st - 1].tok_end, &sp))
				attributed = true;
			qt = add_quote(q, bstart, bend, kind, attributed ? &sp : NULL, cue, p);
			/*
			 * German reported speech moves to the subjunctive, so the clause is
			 * the reporter's paraphrase (indirect) and the words in marks are
			 * all that is verbatim: a direct quote nested in it.
			 */
			if (qt && kind == NE_Q_MIXED && frag_end > frag_start && strcmp(ne_seg_lang(s), "de") == 0)
			{
				uint32_t	parent = (uint32_t) q->quotes.n;
				ne_quote   *fq = NULL;

				qt->kind = NE_Q_INDIRECT;
				/* a name in marks (a newspaper, a group, a title) is no one's words */
				if (!looks_like_title(s, i + 1, close))
					fq = add_quote(q, frag_start, frag_end, NE_Q_DIRECT, &sp, cue, p);
				if (fq)
					fq->nested_in = (int32_t) parent;
				qt = (ne_quote *) q->quotes.data + parent - 1;
			}
			if (qt && kind == NE_Q_MIXED)
			{
				clause_q = (int64_t) (qt - (ne_quote *) q->quotes.data);
				clause_b0 = bstart;
				clause_b1 = bend;
			}
		}
		/*
		 * A title in marks inside the attribution between two parts ('said
		 * on NBC's "Meet the Press." "…"') leaves the quote open to its next
		 * part.
		 */
		if (qt && !(kind == NE_Q_PARTIAL && prev_quote >= 0 && prev_cue > (int64_t) prev_close &&
					prev_cue < (int64_t) i))
			prev_quote = (int64_t) (qt - (ne_quote *) q->quotes.data);
		if (kind != NE_Q_PARTIAL)
		{
			if (qt)
				prev_cue = cue;	/* a joined part keeps the first part's */
			prev_close = close;
		}

		/* quotes nested inside this one, with their own speaker if printed */
		if (qt && kind != NE_Q_PARTIAL && close > i + 2)
		{
			uint32_t	parent = (uint32_t) q->quotes.n;
			uint32_t	k;
			uint32_t	nested_fail[10] = {0};

			for (k = i + 1; k < close; k++)
			{
				const ne_token *u = &s->toks[k];
				uint32_t	c2;

				if (!(u->flags & TK_QUOTE) || is_apostrophe(s, k) || u->cp == open_cp ||
					!(u->cp == '\'' || u->cp == 0x2018 || u->cp == 0x2039 || u->cp == 0x201A ||
					  u->cp == '"' || u->cp == 0x201E || u->cp == 0xAB))
					continue;
				if (!(u->flags & TK_SPACE_B) && k > i + 1 && !(s->toks[k - 1].flags & TK_PUNCT))
					continue;
				c2 = find_close(s, k, close + 1, u->cp, nested_fail);
				if (c2 == 0 || c2 <= k + 1)
					continue;
				{
					speaker		nsp;
					int32_t		ncue = -1;
					bool		natt = false;
					ne_quote   *nq;
					uint32_t	kk;

					/* "[The EU and NATO's responses said:] '...'" */
					for (kk = k; kk > i + 1 && kk + 6 > k; kk--)
						if (tok_is_char(s, kk - 1, ':') && kk >= 2 && is_cue(s, kk - 2))
						{
							uint32_t	b = kk - 2;

							while (b > i + 1 && !tok_is_char(s, b - 1, '[') && !tok_is_char(s, b - 1, '.'))
								b--;
							memset(&nsp, 0, sizeof(nsp));
							nsp.start = b;
							nsp.end = kk - 2;
							nsp.org = true;
							ncue = (int32_t) (kk - 2);
							natt = nsp.end > nsp.start;
							break;
						}
					nq = add_quote(q, s->toks[k + 1].start, s->toks[c2].start,
								   natt ? NE_Q_DIRECT : NE_Q_PARTIAL, natt ? &nsp : NULL, ncue, p);
					if (nq)
						nq->nested_in = (int32_t) parent;
					/* the parent's speaker stays the last speaker */
					if (natt && qt)
					{
						q->last_speaker = ((ne_quote *) q->quotes.data)[parent - 1].speaker;
						q->last_speaker_quote = parent - 1;
					}
					k = c2;
				}
			}
		}
		i = close + 1;
	}
}

/*
 * Where the reported clause that starts at token from ends, before to: at
 * a semicolon, or at a comma that opens a new clause (a conjunction or a
 * subject pronoun follows: ", but …", ", and …", ", they …").  The clause
 * keeps at least three tokens.
 */
static uint32_t
clause_end(const ne_seg *s, uint32_t from, uint32_t to)
{
	static const char *const next_words[] = {
		"but", "and", "while", "although", "though", "yet", "whereas",
		"they", "he", "she", "we", "i", "it",
		"aber", "doch", "mais", "pero", "но", NULL
	};
	uint32_t	k;

	for (k = from + 3; k + 1 < to; k++)
	{
		if (tok_is_char(s, k, ';'))
			return k;
		if (tok_is_char(s, k, ',') && tok_in_words(s, k + 1, next_words, true))
			return k;
	}
	return to;
}

/*
 * Add the reported clause from token from to its clause end (before end)
 * as an indirect quote of sp with the cue k; false when it is too short.
 */
static bool
reported_clause(qstate *q, uint32_t p, uint32_t from, uint32_t end, const speaker *sp,
				uint32_t k)
{
	static const char *const particles[] = {
		"an", "auf", "aus", "mit", "zu", "vor", "zurück", "fest", "ab", "ein", NULL
	};
	const ne_seg *s = &q->ctx->seg;
	uint32_t	to;

	/* "(Wikinews berichtete) 23 Hundertstel …": a cross-reference, not a report */
	if (from < end && tok_is_char(s, from, ')'))
		return false;
	/* German "äußerte sich kritisch …": a reflexive verb says how, not what */
	if (from < end && tok_eq(s, from, "sich") && strcmp(ne_seg_lang(s), "de") == 0)
	{
		uint32_t	after = german_clause_start(s, from + 1, end);

		if (after == from + 1)
			return false;
		from = after;
	}
	to = clause_end(s, from, end);
	to = before_end_mark(s, from, to);
	if (to <= from + 3)
		return false;
	/*
	 * German "kündigte eine Lösung an", "forderte China zu Gesprächen auf":
	 * an object and the separable particle, no clause.
	 */
	if (tok_in_words(s, to - 1, particles, false) && strcmp(ne_seg_lang(s), "de") == 0)
		return false;
	add_quote(q, s->toks[from].start, s->toks[to - 1].start + s->toks[to - 1].len,
			  NE_Q_INDIRECT, sp, (int32_t) k, p);
	return true;
}

/* Does token i open an "as X said" clause ("as", "wie", "как", "como")? */
static bool
is_as_word(const ne_seg *s, uint32_t i)
{
	/* tok_ieq folds ASCII only */
	return tok_ieq(s, i, "as") || tok_ieq(s, i, "wie") || tok_eq(s, i, "как") ||
		tok_eq(s, i, "Как") || tok_ieq(s, i, "como");
}

/*
 * A title or an article phrase from token i up to a comma: "министр
 * иностранных дел", "el ministro de Economía".  At most six words.
 */
static bool
title_phrase(const ne_seg *s, uint32_t i, uint32_t limit, speaker *sp)
{
	uint32_t	k;

	if (i >= limit || (!is_determiner(s, i) && ne_lex_tok(LEX_TITLES, s, i) == NULL))
		return false;
	for (k = i + 1; k < limit && k < i + 7 && (s->toks[k].flags & TK_ALPHA); k++)
		;
	if (k >= limit || !tok_is_char(s, k, ','))
		return false;
	set_speaker(sp, i, k, true);
	return true;
}

/*
 * "As X said," / "wie X berichtete," at token i: the speaker (a mention,
 * or an article and up to six words) and a cue right after it.  Returns
 * the token after the cue, 0 if the phrase is not there.
 */
static uint32_t
as_said(const ne_seg *s, uint32_t i, uint32_t limit, speaker *sp, uint32_t *cue)
{
	uint32_t	k;

	if (!is_as_word(s, i))
		return 0;
	/* the cue first: "Как заявил министр иностранных дел, …", "Como dijo el ministro, …" */
	if (i + 2 < limit && !tok_ieq(s, i, "as") && !tok_ieq(s, i, "wie") && is_cue(s, i + 1))
	{
		if (speaker_at(s, i + 2, limit, sp) == 0 && !title_phrase(s, i + 2, limit, sp))
			return 0;
		*cue = i + 1;
		return sp->end < limit && tok_is_char(s, sp->end, ',') ? sp->end : 0;
	}
	if (speaker_at(s, i + 1, limit, sp) > 0)
		k = sp->end;
	else if (is_determiner(s, i + 1))
	{
		for (k = i + 2; k < limit && k < i + 8 && !is_cue(s, k) &&
			 ((s->toks[k].flags & TK_ALPHA) || tok_is_char(s, k, ',')); k++)
			;
		set_speaker(sp, i + 1, k, true);
		while (sp->end > sp->start + 1 && tok_is_char(s, sp->end - 1, ','))
			sp->end--;
	}
	else
		return 0;
	/* an adverb or auxiliary between: "wie er weiter sagte", "as she has said" */
	while (k < limit && k < sp->end + 2 && !is_cue(s, k) && (s->toks[k].flags & TK_ALPHA) &&
		   !(s->toks[k].flags & TK_UPPER))
		k++;
	if (k >= limit || !is_cue(s, k))
		return 0;
	*cue = k;
	return k + 1;
}

/*
 * German inverted order: something else opens the sentence, so the subject
 * follows the verb ("Bei dem Empfang sagte Franziskus, dass …", "Zudem
 * kündigte er an, …").  Is there a speaker right after the cue at k, then
 * an optional separable particle, then a comma or "dass"?  Returns the
 * token where the reported clause starts (0 if not): a pronoun, a name of
 * two words or more, or a name the article used in full.
 */
static uint32_t
german_inverted_speaker(qstate *q, uint32_t sent_start, uint32_t k, uint32_t end,
						speaker *sp)
{
	static const char *const particles[] = {"an", "aus", "mit", "fest", "zu", "hinzu", NULL};
	const ne_seg *s = &q->ctx->seg;
	uint32_t	j = k + 1,
				n,
				m;

	if (tok_eq(s, j, "sich"))
		j++;
	n = speaker_at(s, j, end, sp);
	if (n == 0 || !named_person(q, sp))
	{
		/*
		 * An article phrase after the verb, when what opens the sentence is
		 * no subject: "Bei der Chrisammesse sagte der Papst, dass …",
		 * "Erst vergangene Woche kündigte der Konzern an, …".
		 */
		if (!german_fronted(s, sent_start) || !is_determiner(s, j) ||
			!(s->toks[j + 1].flags & (TK_UPPER | TK_NUMLIKE)))
			return 0;
		for (m = j + 1; m < end && m < j + 5 &&
			 ((s->toks[m].flags & (TK_ALPHA | TK_NUMLIKE)) ||
			  ((s->toks[m].flags & TK_DASH) && !(s->toks[m].flags & TK_SPACE_B))) &&
			 !tok_in_words(s, m, german_prepositions, false) &&
			 ((s->toks[m].flags & TK_UPPER) || !tok_in_words(s, m, particles, false)) &&
			 !tok_eq(s, m, "dass") && !is_cue(s, m); m++)
			if (!(s->toks[m].flags & TK_UPPER) && m > j + 1 &&
				(s->toks[m - 1].flags & TK_UPPER))
				break;			/* an adverb after the noun: "gestern", "allerdings" */
		set_speaker(sp, j, m, true);
	}
	j = sp->end;
	/* an adverb or two before the particle or comma: "dahingehend", "allerdings" */
	for (m = 0; m < 2 && j < end && (s->toks[j].flags & TK_ALPHA) &&
		 !(s->toks[j].flags & TK_UPPER) && !tok_in_words(s, j, particles, false) &&
		 !tok_eq(s, j, "dass"); m++)
		j++;
	if (j < end && tok_in_words(s, j, particles, false))
		j++;
	/* a phrase of place or occasion before ", dass": "in einem Interview mit …" */
	for (m = j; m < end && m < j + 8 && (s->toks[m].flags & TK_ALPHA) && !is_cue(s, m); m++)
		;
	if (m > j && tok_is_char(s, m, ',') && tok_eq(s, m + 1, "dass"))
		j = m;
	if (j < end && tok_is_char(s, j, ','))
		j++;
	else if (!(j < end && tok_eq(s, j, "dass")))
		return 0;
	if (j < end && tok_eq(s, j, "dass"))
		j++;
	return j + 3 < end ? j : 0;
}

/*
 * The subject after a cue that closes the sentence ("…, said a spokesman
 * for the ministry.", "…, sagte der Sprecher.", "…, bestätigte ein Sprecher
 * des Auswärtigen Amtes."): a mention, or an article and up to seven words
 * that name a role or an organization (a title, or a capitalized word) and
 * hold no auxiliary, running from token i to the sentence's end at end (its
 * period aside).  "…, said the council had studied the figures" is a
 * report of its own.
 */
static bool
speaker_closing(const ne_seg *s, uint32_t i, uint32_t end, speaker *sp)
{
	uint32_t	k;
	bool		names = false;

	end = before_end_mark(s, i, end);
	if (i >= end)
		return false;
	if (speaker_at(s, i, end, sp) > 0)
		return sp->end == end;
	if (!is_determiner(s, i))
		return false;
	for (k = i + 1; k < end && k < i + 8 && (s->toks[k].flags & TK_ALPHA) && !is_auxiliary(s, k); k++)
		if ((s->toks[k].flags & TK_UPPER) || ne_lex_tok(LEX_TITLES, s, k) != NULL)
			names = true;
	if (k != end || k == i + 1 || !names)
		return false;
	set_speaker(sp, i, end, true);
	return true;
}

/*
 * "Die Förderung wird nicht gesenkt. Dies bestätigte der Ölminister Ali
 * Omair in Wien.": the sentence before the one at sent (whose cue is the
 * token k, after "Dies") is the report of the subject after the cue — a
 * mention, or an article, adjectives and capitalized words.  A quote of
 * that sentence without a speaker takes the speaker; a sentence without a
 * quote becomes an indirect one.
 */
static void
report_before(qstate *q, uint32_t p, const ne_sent *sent, uint32_t k)
{
	const ne_seg *s = &q->ctx->seg;
	const ne_sent *prev;
	ne_quote   *quotes = (ne_quote *) q->quotes.data;
	ne_span		span;
	speaker		sp;
	uint32_t	m,
				to;
	size_t		j;

	if (sent == s->sents || sent[-1].para != sent->para)
		return;
	prev = sent - 1;
	if (speaker_at(s, k + 1, sent->tok_end, &sp) == 0)
	{
		/* an article, adjectives, the noun */
		if (!is_determiner(s, k + 1) || (m = german_noun_after(s, k + 2, sent->tok_end)) == 0)
			return;
		while (m < sent->tok_end && m < k + 9 && (s->toks[m].flags & TK_UPPER) &&
			   (s->toks[m].flags & TK_ALPHA))
			m++;
		set_speaker(&sp, k + 1, m, true);
	}
	to = before_end_mark(s, prev->tok_start, prev->tok_end);
	if (to <= prev->tok_start + 2)
		return;
	span = ne_make_span(q->ctx, s->toks[prev->tok_start].start,
						s->toks[to - 1].start + s->toks[to - 1].len);
	for (j = q->quotes.n; j > 0 && j + 16 > q->quotes.n; j--)
	{
		ne_quote   *o = &quotes[j - 1];

		if (spans_overlap(o->span, span))
		{
			if (o->speaker == NULL && o->nested_in == 0)
				set_quote_speaker(q, o, &sp);
			return;
		}
	}
	add_quote(q, s->toks[prev->tok_start].start, s->toks[to - 1].start + s->toks[to - 1].len,
			  NE_Q_INDIRECT, &sp, (int32_t) k, p);
}

/*
 * Does the comma at token c close an apposition, a name between two commas
 * ("…, Steffen Seibert,")?  Then what stands before the comma is a subject
 * and its apposition, not a report.
 */
static bool
apposition_before(const ne_seg *s, uint32_t sent_start, uint32_t c)
{
	uint32_t	k;
	speaker		sp;

	for (k = c; k > sent_start && c - k < 8 && !tok_is_char(s, k - 1, ','); k--)
		;
	if (k == sent_start || k == c)
		return false;
	return speaker_at(s, k, c, &sp) == c - k && person_mention(&sp);
}

/*
 * An attribution set inside the clause it reports: "The economy, the
 * minister said, is in better shape", "Back then, Ms. Ripert said, she
 * found …".  The quote just recorded (the clause after the attribution)
 * takes the words before it as its first part, a leading "But" or "And"
 * left out.  When a second report follows instead ("…, the company said,
 * adding …"), the words before are the quote.
 */
static void
interposed_head(qstate *q, const ne_sent *sent, const speaker *sp, uint32_t cue)
{
	static const char *const next_reports[] = {
		"adding", "saying", "noting", "explaining", "arguing", "warning", NULL
	};
	const ne_seg *s = &q->ctx->seg;
	uint32_t	a = sent->tok_start,
				b,
				k;
	ne_quote   *qt;
	ne_span		head,
				tail;
	char	   *joined;

	if (cue + 1 >= sent->tok_end || !tok_is_char(s, cue + 1, ',') ||
		sp->start < a + 3 || !tok_is_char(s, sp->start - 1, ','))
		return;
	if (tok_ieq(s, a, "but") || tok_ieq(s, a, "and"))
		a++;
	b = sp->start - 1;
	if (b < a + 2)
		return;
	/* the head is a fragment of the clause, no report of its own */
	for (k = a; k < b; k++)
		if ((s->toks[k].flags & TK_QUOTE) || tok_is_char(s, k, '(') || tok_is_char(s, k, ')') ||
			is_cue(s, k))
			return;				/* "X von der Behörde (…, NEMA) sagte": no head */
	qt = &((ne_quote *) q->quotes.data)[q->quotes.n - 1];
	if (qt->n_parts != 0)
		return;
	head = ne_make_span(q->ctx, s->toks[a].start, s->toks[b - 1].start + s->toks[b - 1].len);
	/* "…, the company said, adding it could not …": the words before are the report */
	if (cue + 2 < sent->tok_end && tok_in_words(s, cue + 2, next_reports, false))
	{
		qt->span = head;
		qt->text = ne_range_text(q->ctx, a, b);
		if (qt->text == NULL)
			q->ctx->status = NE_ENOMEM;
		return;
	}
	tail = qt->span;
	qt->parts = ne_arena_alloc(q->ctx->arena, 2 * sizeof(ne_span));
	if (qt->parts == NULL)
	{
		q->ctx->status = NE_ENOMEM;
		return;
	}
	joined = join_texts(q->ctx, s->text + s->toks[a].start,
						s->toks[b - 1].start + s->toks[b - 1].len - s->toks[a].start,
						qt->text, strlen(qt->text));
	if (joined == NULL)
		return;
	qt->parts[0] = head;
	qt->parts[1] = tail;
	qt->n_parts = 2;
	qt->span.start = head.start;
	qt->span.length = tail.start + tail.length - head.start;
	qt->text = joined;
}

/*
 * A headline that attributes: "Lynch: No outside influence on FBI probe",
 * "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment’",
 * "AP-GfK Poll: Voters increasingly see Sanders as electable".  Before the
 * colon a name the article uses in full (a series label such as "The
 * Latest:" or "Delegate Update:" is none) or a poll, survey, study or
 * report; after it at least three words.  Wholly in marks it is direct,
 * with marks in it mixed, else indirect.
 */
static void
headline_attribution(qstate *q, uint32_t p)
{
	static const char *const findings[] = {"poll", "survey", "study", "report", NULL};
	/* newsroom series labels (Reuters "Instant View:", "Factbox:") */
	static const char *const labels[] = {
		"view", "update", "latest", "explainer", "factbox", "timeline", "analysis",
		"interview", "opinion", "editorial", "exclusive", "live", "watch", "highlights", NULL
	};
	const ne_seg *s = &q->ctx->seg;
	const ne_para *para = &s->paras[p];
	uint32_t	i = para->tok_start,
				k,
				k2,
				marks,
				a,
				b;
	speaker		sp;

	for (k = i + 1; k < para->tok_end && k < i + 6 && !tok_is_char(s, k, ':'); k++)
		if (!(s->toks[k].flags & TK_ALPHA) && !tok_is_char(s, k, '.') && !tok_is_char(s, k, '-'))
			return;
	if (k >= para->tok_end || !tok_is_char(s, k, ':') || !(s->toks[i].flags & TK_UPPER) ||
		((s->toks[i].flags & TK_ALLCAP) && s->toks[i].nletters > 1))
		return;
	if (tok_in_words(s, k - 1, labels, true))
		return;
	if (tok_in_words(s, k - 1, findings, true))
		set_speaker(&sp, i, k, true);
	else
	{
		/* a name of plain words: not "It's Brexit", "No-deal Brexit" */
		for (a = i; a < k; a++)
			if ((s->toks[a].flags & TK_QUOTE) || memchr(tok_ptr(s, a), '\'', s->toks[a].len) ||
				memchr(tok_ptr(s, a), '-', s->toks[a].len) ||
				(s->toks[a].len >= 3 && memchr(tok_ptr(s, a), 0xE2, s->toks[a].len - 2)))
				return;
		if (ne_scan_name(s, i, k) != k - i || !known_name_word(q, k - 1))
			return;
		set_speaker(&sp, i, k, false);
	}
	a = k + 1;
	b = before_end_mark(s, a, para->tok_end);
	if (count_words(s, a, b) < 3)
		return;
	for (k2 = a + 1, marks = 0; k2 + 1 < b; k2++)
		marks += (s->toks[k2].flags & TK_QUOTE) && !is_apostrophe(s, k2);
	if (b > a + 2 && marks == 0 && (s->toks[a].flags & TK_QUOTE) && (s->toks[b - 1].flags & TK_QUOTE) &&
		is_open_mark(s->toks[a].cp))
		add_quote(q, s->toks[a + 1].start, s->toks[b - 2].start + s->toks[b - 2].len,
				  NE_Q_DIRECT, &sp, (int32_t) k, p);
	else
		add_quote(q, s->toks[a].start, s->toks[b - 1].start + s->toks[b - 1].len,
				  marks || (s->toks[a].flags & TK_QUOTE) || (s->toks[b - 1].flags & TK_QUOTE) ?
				  NE_Q_MIXED : NE_Q_INDIRECT, &sp, (int32_t) k, p);
}

/* Indirect speech in sentences without direct quotes. */
static void
indirect_in_sentence(qstate *q, uint32_t p, uint32_t st)
{
	ne_ctx	   *ctx = q->ctx;
	const ne_seg *s = &ctx->seg;
	const ne_sent *sent = &s->sents[st];
	uint32_t	k,
				n,
				first_according = sent->tok_end,
				first_as = sent->tok_end,
				first_cue = sent->tok_end;
	size_t		recorded;
	speaker		sp;
	bool		german;

	/*
	 * One pass over the sentence: a quotation mark leaves it to the direct
	 * quotes; otherwise the first token each search below can start at.
	 */
	for (k = ne_next_bit(s->says_bits, sent->tok_start, sent->tok_end); k < sent->tok_end;
		 k = ne_next_bit(s->says_bits, k + 1, sent->tok_end))
	{
		const ne_token *t = &s->toks[k];
		uint16_t	f = t->flags;

		if ((f & TK_QUOTE) && !is_apostrophe(s, k))
			return;				/* handled as a direct or mixed quote */
		if (!(f & TK_ALPHA))
			continue;
		if (t->len < 10)
		{
			unsigned char c0 = (unsigned char) s->text[t->start] | 0x20;

			/* one test for most words: no opener of either phrase */
			if ((ne_phrase_openers[t->len] >> (c0 & 31)) & 1)
			{
				if (first_according == sent->tok_end && may_open_according(c0, t->len) &&
					according_to(s, k) > 0)
					first_according = k;
				if (first_as == sent->tok_end && (c0 == 'a' || c0 == 'w' || c0 == 'c' || c0 == 0xF0) &&
					(k == sent->tok_start || tok_is_char(s, k - 1, ',')) && is_as_word(s, k))
					first_as = k;	/* 0xF0: "к" (0xD0 0xBA) or "К" (0xD0 0x9A) */
			}
		}
		if (first_cue == sent->tok_end && !(f & TK_UPPER) && is_cue(s, k))
			first_cue = k;
	}

	/* "according to X, …" / "…, according to X." */
	german = first_according < sent->tok_end && strcmp(ne_seg_lang(s), "de") == 0;
	for (k = first_according; k + 2 < sent->tok_end; k++)
		if ((n = according_to(s, k)) > 0 && according_source(s, k + n, sent->tok_end, &sp))
		{
			uint32_t	a,
						b;

			if (k == sent->tok_start && german && !tok_is_char(s, sp.end, ','))
			{
				/* "Laut Justizsprecher X sei …": the verb follows the source */
				a = sp.end;
				b = sent->tok_end;
			}
			else if (k == sent->tok_start)
			{
				a = sp.end;
				while (a < sent->tok_end && !tok_is_char(s, a, ','))
					a++;
				a++;
				b = sent->tok_end;
			}
			else if (german && !tok_is_char(s, k - 1, ','))
			{
				/* "Dabei sind nach Polizeiangaben elf Personen gestorben": the sentence */
				a = sent->tok_start;
				b = sent->tok_end;
			}
			else
			{
				a = sent->tok_start;
				b = k;
				if (b > a && tok_is_char(s, b - 1, ','))
					b--;
			}
			while (b > a && tok_is_char(s, b - 1, '.'))
				b--;
			if (b > a + 2)
				add_quote(q, s->toks[a].start, s->toks[b - 1].start + s->toks[b - 1].len,
						  NE_Q_INDIRECT, &sp, (int32_t) k, p);
			return;
		}

	/* "As X said, …" / "…, wie X berichtete." */
	for (k = first_as; k + 3 < sent->tok_end; k++)
	{
		uint32_t	a,
					b,
					cue = 0;

		if (!(k == sent->tok_start || tok_is_char(s, k - 1, ',')) ||
			(n = as_said(s, k, sent->tok_end, &sp, &cue)) == 0)
			continue;
		if (k == sent->tok_start)
		{
			if (!tok_is_char(s, n, ','))
				break;
			a = n + 1;
			b = clause_end(s, a, sent->tok_end);
		}
		else
		{
			a = sent->tok_start;
			b = k - 1;
		}
		while (b > a && tok_is_char(s, b - 1, '.'))
			b--;
		if (b > a + 2)
			add_quote(q, s->toks[a].start, s->toks[b - 1].start + s->toks[b - 1].len,
					  NE_Q_INDIRECT, &sp, (int32_t) cue, p);
		return;
	}

	for (k = first_cue; k < sent->tok_end; k = ne_next_bit(s->says_bits, k + 1, sent->tok_end))
	{
		uint32_t	b,
					from,
					to,
					inverted_from;
		bool		found = false;

		/* the first cue was found by the scan above: test only those after it */
		if (k != first_cue && ((s->toks[k].flags & TK_UPPER) || !is_cue(s, k)))
			continue;
		/*
		 * "Dies sagte der Präsident …", "Das bestätigte X": the pronoun
		 * stands for what the sentence before said, which is X's report;
		 * this sentence reports nothing of its own.
		 */
		if (k == sent->tok_start + 1 && (tok_eq(s, sent->tok_start, "Dies") ||
										 tok_eq(s, sent->tok_start, "Das") ||
										 tok_eq(s, sent->tok_start, "Dieses")))
		{
			report_before(q, p, sent, k);
			return;
		}
		/*
		 * German "X zufolge" (according to X), a postposition: its source
		 * is the noun before it ("Medienberichten zufolge", "dem Bericht
		 * zufolge"); the report is what follows when the phrase opens the
		 * sentence, else the sentence.
		 */
		if (k > sent->tok_start && tok_eq(s, k, "zufolge") && (s->toks[k - 1].flags & TK_UPPER) &&
			(s->toks[k - 1].flags & TK_ALPHA))
		{
			static const char *const articles[] = {
				"dem", "der", "den", "einem", "einer", NULL
			};
			uint32_t	a = k - 1;

			if (a > sent->tok_start && tok_in_words(s, a - 1, articles, true))
				a--;
			else if (a > sent->tok_start + 1 && !(s->toks[a - 1].flags & TK_UPPER) &&
					 tok_in_words(s, a - 2, articles, true))
				a -= 2;			/* "dem jüngsten Bericht" */
			set_speaker(&sp, a, k, true);
			from = a == sent->tok_start ? k + 1 : sent->tok_start;
			to = sent->tok_end;
			to = before_end_mark(s, from, to);
			if (to > from + 2)
				add_quote(q, s->toks[from].start, s->toks[to - 1].start + s->toks[to - 1].len,
						  NE_Q_INDIRECT, &sp, (int32_t) k, p);
			return;
		}
		/*
		 * "…, said a spokesman for the ministry." / "…, sagte der Sprecher.",
		 * unless the comma closes an apposition of the subject ("Der
		 * Sprecher der Regierung, Steffen Seibert, würdigte die Arbeit …").
		 */
		if (k > sent->tok_start + 4 && tok_is_char(s, k - 1, ',') &&
			!apposition_before(s, sent->tok_start, k - 1) &&
			speaker_closing(s, k + 1, sent->tok_end, &sp))
		{
			to = k - 1;
			add_quote(q, s->toks[sent->tok_start].start,
					  s->toks[to - 1].start + s->toks[to - 1].len, NE_Q_INDIRECT, &sp,
					  (int32_t) k, p);
			return;
		}
		if (strcmp(ne_seg_lang(s), "de") == 0 && k > sent->tok_start &&
			(from = german_inverted_speaker(q, sent->tok_start, k, sent->tok_end, &sp)) != 0)
		{
			(void) reported_clause(q, p, from, sent->tok_end, &sp, k);
			return;
		}
		/* the subject nearest before the cue */
		b = k > sent->tok_start + 6 ? k - 6 : sent->tok_start;
		found = false;
		if (strcmp(ne_seg_lang(s), "de") == 0 && k > sent->tok_start + 1 &&
			speaker_at(s, sent->tok_start, k, &sp) > 0 && !sp.org && sp.end < k)
		{
			/*
			 * German puts the subject first or right after the verb; a person
			 * opening the sentence ("Glos hatte in einem Interview gesagt")
			 * beats the capitalized noun nearest the verb ("Interview").
			 */
			found = named_person(q, &sp) && mention_capitalized(s, &sp);
		}
		if (!found)
		{
			found = subject_before(s, b, k, &sp);
			/* German, an adverb or a phrase first: the subject after the verb ("Insgesamt spricht die Polizei von …") */
			if (!found && strcmp(ne_seg_lang(s), "de") == 0 && german_fronted(s, sent->tok_start) &&
				german_clause_subject(s, sent->tok_start, sent->tok_end, &sp) &&
				(sp.start == k + 1 || (sp.start == k + 2 && tok_eq(s, k + 1, "sich"))))
				found = true;
			/* a German noun near the verb: the subject after it or opening the sentence */
			else if (found && german_noun(s, &sp))
				german_subject(s, sent->tok_start, k, sent->tok_end, &sp);
			/*
			 * An article phrase near the verb is its object when an article
			 * phrase and a verb open the sentence: "Die Universität hatte die
			 * Aberkennung damit begründet, dass …"
			 */
			else if (found && sp.org && sp.start > sent->tok_start + 2 && is_determiner(s, sp.start) &&
					 strcmp(ne_seg_lang(s), "de") == 0 && is_determiner(s, sent->tok_start) &&
					 !german_fronted(s, sent->tok_start))
			{
				speaker		subj;

				if (german_clause_subject(s, sent->tok_start, k, &subj) && subj.end < sp.start)
					sp = subj;
			}
		}
		/*
		 * In German every noun is capitalized: one opening the sentence is no
		 * name by itself, and the subject may follow the verb ("Seit Jahren
		 * fordert der Staat …"); take a person named there instead.
		 */
		inverted_from = 0;
		if (found && strcmp(ne_seg_lang(s), "de") == 0 && sp.start == sent->tok_start &&
			sp.end == sp.start + 1 && !sp.pronoun && !known_name_word(q, sp.start))
		{
			speaker		after;

			if (speaker_at(s, k + 1, sent->tok_end, &after) > 0 && named_person(q, &after))
			{
				sp = after;
				inverted_from = after.end;
			}
		}
		/*
		 * "Congressman Chris Collins, a Trump supporter, said …": a name
		 * and its apposition open the sentence; the name is the subject.
		 */
		if (!found && k > sent->tok_start + 4 && tok_is_char(s, k - 1, ',') &&
			speaker_at(s, sent->tok_start, k, &sp) > 0 && named_person(q, &sp) &&
			tok_is_char(s, sp.end, ',') && is_determiner(s, sp.end + 1))
			found = true;
		if (!found)
		{
			/* "…, officials said." / "…, said the minister." at the end */
			if (k + 1 < sent->tok_end && speaker_at(s, k + 1, sent->tok_end, &sp) > 0 &&
				k > sent->tok_start + 4 && tok_is_char(s, k - 1, ','))
			{
				to = k - 1;
				if (to > sent->tok_start + 3)
					add_quote(q, s->toks[sent->tok_start].start,
							  s->toks[to - 1].start + s->toks[to - 1].len, NE_Q_INDIRECT, &sp,
							  (int32_t) k, p);
				return;
			}
			continue;
		}
		if (sp.start > sent->tok_start + 4 && b > sent->tok_start && tok_is_char(s, sp.start - 1, ','))
		{
			/* "…, Lavrov said." : content before the comma */
			to = sp.start - 1;
			if (to > sent->tok_start + 3 && (k + 2 >= sent->tok_end))
			{
				add_quote(q, s->toks[sent->tok_start].start,
						  s->toks[to - 1].start + s->toks[to - 1].len, NE_Q_INDIRECT, &sp,
						  (int32_t) k, p);
				return;
			}
		}
		/* "X said (that) …", "told reporters that …" */
		from = inverted_from ? inverted_from : k + 1;
		if (from < sent->tok_end && (s->toks[from].flags & TK_ALPHA) && !is_complementizer(s, from))
			from = strcmp(ne_seg_lang(s), "de") == 0 ?
				german_clause_start(s, from, sent->tok_end) :
				that_after_object(s, from, sent->tok_end, false);
		if (from < sent->tok_end && is_complementizer(s, from))
			from++;
		else if (from < sent->tok_end && tok_is_char(s, from, ','))
		{
			/*
			 * "Он отметил, что …": the clause after "что".  German keeps its
			 * "dass" (as the German quotes annotate "sagte, dass …").
			 */
			from++;
			/* "said, however, that …": an adverb set off by commas */
			if (from + 2 < sent->tok_end && tok_is_char(s, from + 1, ',') &&
				is_complementizer(s, from + 2) &&
				(tok_eq(s, from, "however") || is_adverb(s, from)))
				from += 2;
			if (from < sent->tok_end && is_complementizer(s, from) &&
				strcmp(ne_seg_lang(s), "de") != 0)
				from++;
		}
		recorded = q->quotes.n;
		if (reported_clause(q, p, from, sent->tok_end, &sp, k))
		{
			if (q->quotes.n > recorded) /* a quote was recorded (not out of memory, not empty) */
				interposed_head(q, sent, &sp, k);
			return;
		}
	}
}

/*
 * German reports speech in Konjunktiv I (Duden, Die Grammatik, 9th ed.,
 * indirect speech), and its third-person forms ("sei", "habe", "wolle")
 * read as nothing else; Konjunktiv II ("wäre", "würde") is left out, it is
 * as often a plain conditional.  A sentence outside quotation marks with
 * such a verb, that no quote covers yet, is reported speech even without a
 * verb of saying from the lexicon:
 *
 * - after a comma, with a subject opening the sentence before it: "Die
 *   Feuerwehr gab an, dass das Schicksal der Vermissten unklar sei" is the
 *   clause after the comma, said by that subject;
 * - otherwise the whole sentence runs on from the one before, when that
 *   one holds a quote: "…, so Obama weiter. Er selber wolle aber
 *   unabhängig bleiben." is still Obama's.
 */
static void
reported_run_on(qstate *q, uint32_t p, uint32_t st)
{
	const ne_seg *s = &q->ctx->seg;
	const ne_sent *sent = &s->sents[st];
	const ne_quote *quotes = (const ne_quote *) q->quotes.data;
	const ne_quote *by = NULL;
	ne_quote   *qt;
	ne_span		span,
				prev;
	speaker		sp;
	uint32_t	k,
				comma = 0,		/* the last comma before the verb, if any */
				bend;
	size_t		j;
	bool		verb = false;

	if (sent->tok_end <= sent->tok_start + 2)
		return;
	for (k = sent->tok_start; k < sent->tok_end; k++)
	{
		const ne_token *t = &s->toks[k];

		if ((t->flags & TK_QUOTE) && !is_apostrophe(s, k))
			return;				/* words in marks: the direct quotes' part */
		if (!verb && tok_is_char(s, k, ','))
			comma = k;
		if (!verb && (t->flags & TK_ALPHA) && !(t->flags & TK_UPPER) && t->len <= 7 &&
			tok_in_words(s, k, german_konjunktiv1, false))
			verb = true;
	}
	if (!verb)
		return;
	bend = s->toks[sent->tok_end - 1].start + s->toks[sent->tok_end - 1].len;
	span = ne_make_span(q->ctx, s->toks[sent->tok_start].start, bend);
	prev = st > 0 ? ne_make_span(q->ctx, s->sents[st - 1].start, s->sents[st - 1].end) : span;
	/* the latest quotes: one covering the sentence, or the sentence before */
	for (j = q->quotes.n; j > 0 && j + 16 > q->quotes.n; j--)
	{
		const ne_quote *o = &quotes[j - 1];

		if (spans_overlap(o->span, span))
			return;
		if (by == NULL && o->speaker && st > 0 &&
			spans_overlap(o->span, prev))
			by = o;
	}
	if (comma > sent->tok_start + 1 &&
		german_clause_subject(s, sent->tok_start, comma, &sp))
	{
		uint32_t	from = comma + 1,
					to = before_end_mark(s, from, sent->tok_end);

		if (to > from + 2)
			add_quote(q, s->toks[from].start, s->toks[to - 1].start + s->toks[to - 1].len,
					  NE_Q_INDIRECT, &sp, -1, p);
		return;
	}
	if (by == NULL)
		return;
	qt = add_quote(q, s->toks[sent->tok_start].start, bend, NE_Q_INDIRECT, NULL, -1, p);
	if (qt)
	{
		qt->speaker = by->speaker;
		qt->speaker_as_written = by->speaker_as_written;
		qt->speaker_span = by->speaker_span;
	}
}

/*
 * A repeated quote is reported once.  Scraped pages repeat a story's lede
 * or a summary of it above the story ("Lavrov has stated that Moscow is
 * partially unsatisfied …" in a teaser, then in the article), not always as
 * a whole paragraph that segmentation flags: a quote of twenty bytes or
 * more whose kind and text equal a later quote's is dropped, the later one
 * (in the article's body) kept.  Short ones ("No.", a scare-quoted word)
 * may well be said twice.  A hash table over the texts keeps it linear.
 */
static void
drop_repeats(qstate *q)
{
	ne_quote   *qs = (ne_quote *) q->quotes.data;
	size_t		n = q->quotes.n,
				size = 16,
				i,
				kept = 0;
	int32_t    *table,
			   *newpos;

	if (n < 2)
		return;
	while (size < 2 * n)
		size *= 2;
	table = ne_arena_alloc_raw(q->ctx->arena, size * sizeof(int32_t));
	newpos = ne_arena_alloc_raw(q->ctx->arena, n * sizeof(int32_t));
	if (table == NULL || newpos == NULL)
	{
		q->ctx->status = NE_ENOMEM;
		return;
	}
	memset(table, 0xFF, size * sizeof(int32_t));	/* -1: empty */
	for (i = n; i-- > 0;)
	{
		size_t		len = qs[i].text ? strlen(qs[i].text) : 0,
					h = 0x9E3779B9u ^ qs[i].kind,
					k,
					slot;

		newpos[i] = 0;			/* kept (set below) */
		if (len < 20)
			continue;
		/* the length and the first and last sixteen bytes tell texts apart */
		h ^= len * 0x9E3779B1u;
		for (k = 0; k < 16; k++)
			h = (h ^ (unsigned char) qs[i].text[k] ^ ((size_t) (unsigned char) qs[i].text[len - 1 - k] << 8)) *
				0x01000193u;
		for (slot = h & (size - 1); table[slot] >= 0; slot = (slot + 1) & (size - 1))
		{
			const ne_quote *o = &qs[table[slot]];

			if (o->kind == qs[i].kind && strcmp(o->text, qs[i].text) == 0)
				break;
		}
		if (table[slot] >= 0)
			newpos[i] = -1;		/* a later quote says the same */
		else
			table[slot] = (int32_t) i;
	}
	for (i = 0; i < n; i++)
		if (newpos[i] == 0)
			newpos[i] = (int32_t) ++kept;	/* 1-based, as nested_in */
	if (kept == n)
		return;
	for (i = 0; i < n; i++)
	{
		ne_quote	qt;

		if (newpos[i] < 0)
			continue;
		qt = qs[i];
		if (qt.nested_in > 0)
			qt.nested_in = newpos[qt.nested_in - 1] > 0 ? newpos[qt.nested_in - 1] : 0;
		qs[newpos[i] - 1] = qt;
	}
	q->quotes.n = kept;
}

/* Extract every quote of the article. */
void
ne_extract_quotes(ne_ctx *ctx)
{
	const ne_seg *s = &ctx->seg;
	/* not zeroed: the name table is 8 kB and filled from the front */
	qstate	   *q = ne_arena_alloc_raw(ctx->arena, sizeof(qstate));
	uint32_t	p;
	bool		has_body = false;

	if (q == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	q->ctx = ctx;
	q->nnames = 0;
	q->names_read = false;
	q->last_speaker = NULL;
	q->last_speaker_para = 0;
	q->last_speaker_quote = 0;
	/* role lookups read back at most four times the text, plus a margin: linear */
	q->role_budget = 4 * (uint64_t) s->ntoks + 100000;
	ne_vec_init(&q->quotes, ctx->arena, sizeof(ne_quote), 16);
	if (!ne_seg_bits(ctx))
	{
		ctx->status = NE_ENOMEM;
		return;
	}

	for (p = 0; p < s->nparas; p++)
		if (s->paras[p].zone == ZONE_BODY)
			has_body = true;
	for (p = 0; p < s->nparas; p++)
	{
		const ne_para *para = &s->paras[p];
		uint32_t	st;

		if (para->zone == ZONE_BOILERPLATE || para->repeated)
			continue;
		/* headlines are no speech (but "Name: what was said"); a text without prose is read whole */
		if (has_body && para->zone == ZONE_HEADER && para->end - para->start < 200)
		{
			headline_attribution(q, p);
			continue;
		}
		quotes_in_para(q, p);
		if (ctx->status != NE_OK)
			return;
		for (st = para->sent_start; st < para->sent_end; st++)
			indirect_in_sentence(q, p, st);
		if (strcmp(ne_seg_lang(s), "de") == 0)
			for (st = para->sent_start; st < para->sent_end; st++)
				reported_run_on(q, p, st);
		if (!ne_check_interrupt(ctx, para->tok_end - para->tok_start))
			return;
	}
	if (q->quotes.failed)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	drop_repeats(q);
	if (ctx->status != NE_OK)
		return;
	ctx->doc->n_quotes = (uint32_t) q->quotes.n;
	ctx->doc->quotes = q->quotes.n ? q->quotes.data : NULL;
}
