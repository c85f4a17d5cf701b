/*-------------------------------------------------------------------------
 *
 * byline.c
 *	  Who is credited for an article: people with their roles, and
 *	  agencies.  Looks where credits live — the header block and the first
 *	  paragraphs ("By Tim Korso", "by Janie Gabbett, Reuters", "By . Rob
 *	  Cooper .", "Von X", "Par X", "Por X", "Автор: X", a name alone next to
 *	  the time line), and the end ("Reporting by X; Editing by Y", Der
 *	  Standard's "(Name, 19.1.2016)", "(APA, dpa)", a name signing off the
 *	  last paragraph) — never the middle of the story.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

typedef struct byline_acc
{
	ne_ctx	   *ctx;
	ne_vec		authors;		/* ne_author */
	ne_vec		keys;			/* char * (folded names, parallel) */
	ne_vec		agencies;		/* char * */
} byline_acc;

/* Fold a name for de-duplication: ASCII lower, letters only. */
static char *
fold_key(ne_arena *arena, const char *s)
{
	size_t		n;
	char	   *k = ne_lower_dup(arena, s, strlen(s), &n);
	size_t		i,
				o = 0;

	if (k == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		if (k[i] != ' ' && k[i] != '.' && k[i] != '-')
			k[o++] = k[i];
	k[o] = '\0';
	return k;
}

/* Add a person with a role, once per folded name. */
static void
add_author(byline_acc *acc, const char *name, int role)
{
	char	   *key = fold_key(acc->ctx->arena, name);
	size_t		i;
	ne_author  *a;
	char	  **k;

	if (key == NULL || key[0] == '\0')
		return;
	for (i = 0; i < acc->keys.n; i++)
		if (strcmp(((char **) acc->keys.data)[i], key) == 0)
			return;
	a = ne_vec_push(&acc->authors);
	k = ne_vec_push(&acc->keys);
	if (a == NULL || k == NULL)
	{
		acc->ctx->status = NE_ENOMEM;
		return;
	}
	a->name = (char *) name;
	a->role = (uint8_t) role;
	*k = key;
}

/* Add an agency (canonical name), once. */
static void
add_agency(byline_acc *acc, const char *name)
{
	size_t		i;
	char	  **slot;

	for (i = 0; i < acc->agencies.n; i++)
		if (strcmp(((char **) acc->agencies.data)[i], name) == 0)
			return;
	slot = ne_vec_push(&acc->agencies);
	if (slot == NULL)
	{
		acc->ctx->status = NE_ENOMEM;
		return;
	}
	*slot = (char *) name;
}

/*
 * Head nouns of newspaper, magazine and site titles: the Times, Post,
 * Journal kind, and the agent nouns (Observer, Examiner, Thinker).
 */
static const char *const outlet_nouns[] = {
	"times", "post", "news", "journal", "herald", "tribune", "gazette", "magazine",
	"review", "chronicle", "telegraph", "standard", "monitor", "press", "wire",
	"today", "insider", "online", "daily", "weekly", "mail", "express", "mirror",
	"star", "sun", "record", "register", "bulletin", "dispatch", "digest", "blog",
	"observer", "spectator", "examiner", "inquirer", "enquirer", "messenger",
	"courier", "guardian", "advertiser", "independent", "reporter", "thinker",
	"zeitung", "rundschau", "kurier", "nachrichten", "allgemeine", NULL
};

/* The text of a person name over tokens [a, b), title-cased when in capitals. */
static char *
name_text(ne_ctx *ctx, uint32_t a, uint32_t b)
{
	const ne_seg *s = &ctx->seg;
	uint32_t	start = s->toks[a].start,
				end = s->toks[b - 1].start + s->toks[b - 1].len;
	bool		caps = true;
	uint32_t	k;

	for (k = a; k < b; k++)
		if ((s->toks[k].flags & TK_ALPHA) && !(s->toks[k].flags & TK_ALLCAP))
			caps = false;
	if (caps)
		return ne_titlecase_dup(ctx->arena, s->text + start, end - start);
	return ne_arena_strndup(ctx->arena, s->text + start, end - start);
}

/* Is token i a list separator inside a credit: , and & und et y / | и */
static bool
is_list_sep(const ne_seg *s, uint32_t i)
{
	static const char *const words[] = {"and", "und", "et", "y", "e", "и", NULL};

	if (tok_is_char(s, i, ',') || tok_is_char(s, i, '/') || tok_is_char(s, i, '|') ||
		tok_is_char(s, i, '&'))
		return true;
	return tok_in_words(s, i, words, true);
}

/*
 * The publication named at token i to the end of its line (before limit),
 * after "for"/"pour" in a credit: a web address ("Mondialisation.ca",
 * "Dailymail.com") or a capitalized title whose last word is the head noun
 * of a publication ("The Daily Herald").  Returns its tokens, or 0.
 */
static uint32_t
outlet_at(const ne_seg *s, uint32_t i, uint32_t limit)
{
	static const char *const domains[] = {
		"com", "org", "net", "ca", "de", "fr", "es", "ru", "uk", "info", NULL
	};
	uint32_t	k;

	if (i + 2 < limit && (s->toks[i].flags & TK_UPPER) && tok_is_char(s, i + 1, '.') &&
		!(s->toks[i + 1].flags & TK_SPACE_B) && !(s->toks[i + 2].flags & TK_SPACE_B) &&
		tok_in_words(s, i + 2, domains, false) &&
		(i + 3 >= limit || (s->toks[i + 3].flags & (TK_NL_B | TK_SPACE_B))))
		return 3;
	for (k = i; k < limit && k < i + 5 && (s->toks[k].flags & TK_ALPHA) &&
		 ((s->toks[k].flags & TK_UPPER) || (k == i && tok_ieq(s, k, "the"))) &&
		 (k == i || !(s->toks[k].flags & TK_NL_B)); k++)
		;
	if (k > i + 1 && (k >= limit || (s->toks[k].flags & TK_NL_B)) &&
		tok_in_words(s, k - 1, outlet_nouns, true))
		return k - i;
	return 0;
}

/*
 * Parse a list of credited people and agencies from token i: "Tim Korso
 * and Jane Doe", "Cal Mankowski, Reuters", ". Daily Mail Reporter .", "TIM
 * KORSO Associated Press", "Harriet Arkell For Mailonline".  Returns the
 * number of people found.
 */
static int
parse_credits(byline_acc *acc, uint32_t i, uint32_t limit, int role)
{
	ne_ctx	   *ctx = acc->ctx;
	const ne_seg *s = &ctx->seg;
	uint32_t	j = i;
	int			people = 0;
	int			items = 0;

	while (j < limit && items < 6)
	{
		const char *ag;
		uint32_t	n;

		/* Daily Mail's flattened ". Name ." */
		while (j < limit && tok_is_char(s, j, '.') && (s->toks[j].flags & TK_SPACE_B))
			j++;
		if (j >= limit)
			break;
		if (j > i && (s->toks[j].flags & TK_NL_B))
			break;
		n = ne_lex_match(LEX_AGENCIES, s, j, limit, &ag);
		if (n > 0)
		{
			add_agency(acc, ag);
			j += n;
			items++;
			/* "Daily Mail Reporter", "Reuters Staff" */
			if (j < limit && (tok_ieq(s, j, "reporter") || tok_ieq(s, j, "staff") ||
							  tok_ieq(s, j, "correspondent") || tok_ieq(s, j, "writer")))
				j++;
		}
		else if ((n = ne_scan_name_ex(s, j, limit, false)) >= 2)
		{
			char	   *name = name_text(ctx, j, j + n);

			if (name == NULL)
			{
				ctx->status = NE_ENOMEM;
				return people;
			}
			/*
			 * "By Stephen Bryen / American Thinker", "Tim Korso | Daily Herald":
			 * after a person, a slash or bar ending the line, then a name whose
			 * last word is the head noun of a publication's title, is the
			 * outlet ("By Karen Boggs / Rob Gutro" credits two people).
			 */
			if (people > 0 && (tok_is_char(s, j - 1, '/') || tok_is_char(s, j - 1, '|')) &&
				(j + n >= limit || (s->toks[j + n].flags & TK_NL_B) ||
				 tok_is_char(s, j + n, '.')) &&
				tok_in_words(s, j + n - 1, outlet_nouns, true))
			{
				add_agency(acc, name);
				break;			/* the outlet ends the credit */
			}
			/* a one-word "name" is too weak; names have two parts */
			add_author(acc, name, role);
			people++;
			items++;
			j += n;
			/* ", Staff Writer", " in Paris" */
			if (j + 1 < limit && tok_eq(s, j, "in") && (s->toks[j + 1].flags & TK_UPPER))
				j += 2;
		}
		else
			break;
		if (j < limit && (tok_ieq(s, j, "for") || tok_eq(s, j, "pour")) && j + 1 < limit &&
			(s->toks[j + 1].flags & TK_UPPER))
		{
			/* "X For Mailonline", "X pour Mondialisation.ca", "X for The Daily Herald" */
			n = ne_lex_match(LEX_AGENCIES, s, j + 1, limit, &ag);
			if (n > 0)
				add_agency(acc, ag);
			else if ((n = outlet_at(s, j + 1, limit)) > 0)
			{
				char	   *name = name_text(ctx, j + 1, j + 1 + n);

				if (name)
					add_agency(acc, name);
			}
			break;
		}
		/* "TIM KORSO Associated Press": an agency right after a name */
		if (j < limit && !(s->toks[j].flags & TK_NL_B) &&
			ne_lex_match(LEX_AGENCIES, s, j, limit, NULL) > 0)
			continue;
		if (j < limit && is_list_sep(s, j) && !(s->toks[j].flags & TK_NL_B))
		{
			j++;
			if (j < limit && is_list_sep(s, j))
				j++;			/* ", and" */
			continue;
		}
		break;
	}
	return people;
}

/* Is there a "By"-style credit word at token i?  Returns tokens to skip. */
static uint32_t
credit_lead(const ne_seg *s, uint32_t i, uint32_t limit)
{
	if (i >= limit)
		return 0;
	if (tok_ieq(s, i, "by") && (i + 1 < limit))
		return 1;
	if ((tok_eq(s, i, "Posted") || tok_eq(s, i, "Written") || tok_eq(s, i, "Story")) &&
		tok_ieq(s, i + 1, "by"))
		return 2;
	if ((tok_eq(s, i, "Von") || tok_eq(s, i, "VON") || tok_eq(s, i, "Par") ||
		 tok_eq(s, i, "PAR") || tok_eq(s, i, "Por") || tok_eq(s, i, "POR")) && i + 1 < limit &&
		(s->toks[i + 1].flags & TK_UPPER))
		return 1;
	if ((tok_eq(s, i, "Author") || tok_eq(s, i, "Autor") || tok_eq(s, i, "Автор") ||
		 tok_eq(s, i, "Auteur")) && tok_is_char(s, i + 1, ':'))
		return 2;
	return 0;
}

/* End-credit roles: "Reporting by", "Additional reporting by", ... */
static int
end_credit_role(const ne_seg *s, uint32_t i, uint32_t *skip)
{
	if (tok_ieq(s, i, "additional") && tok_ieq(s, i + 1, "reporting") && tok_ieq(s, i + 2, "by"))
	{
		*skip = 3;
		return NE_ROLE_ADDITIONAL_REPORTING;
	}
	if (!tok_ieq(s, i + 1, "by"))
		return -1;
	*skip = 2;
	if (tok_ieq(s, i, "reporting"))
		return NE_ROLE_REPORTING;
	if (tok_ieq(s, i, "editing"))
		return NE_ROLE_EDITING;
	if (tok_ieq(s, i, "writing"))
		return NE_ROLE_WRITING;
	if (tok_ieq(s, i, "compiled"))
		return NE_ROLE_COMPILED;
	if (tok_ieq(s, i, "photos") || tok_ieq(s, i, "photo") || tok_ieq(s, i, "photographs"))
		return NE_ROLE_PHOTOS;
	return -1;
}

/* The token among the first n that starts at byte off, or n if none does. */
static inline uint32_t
tok_starting_at(const ne_seg *s, uint32_t off, uint32_t n)
{
	return ne_tok_at_offset(s, off, 0, n);
}

/*
 * The credit in parentheses at tokens (open, close): "(Name, 19.1.2016)",
 * "(Name, APA, 1.11.2015)", "(APA, dpa)", "(APA/dpa, 1.11.2015)".  With
 * dated, only a dated credit counts.  True if it credited someone.
 */
static bool
paren_credit(byline_acc *acc, uint32_t open, uint32_t close, bool dated)
{
	const ne_seg *s = &acc->ctx->seg;
	uint32_t	j,
				n;
	bool		has_date = false;
	const char *ag;

	/* a date inside marks an author trailer */
	for (j = open; j < close; j++)
		if ((s->toks[j].flags & TK_DIGIT) && j + 1 < close && tok_is_char(s, j + 1, '.'))
			has_date = true;
	if (dated && !has_date)
		return false;
	n = ne_scan_name(s, open, close);
	if (n >= 2 && has_date && tok_is_char(s, open + n, ','))
	{
		char	   *name = name_text(acc->ctx, open, open + n);

		if (name)
			add_author(acc, name, NE_ROLE_AUTHOR);
		j = open + n + 1;
		while (j < close && (n = ne_lex_match(LEX_AGENCIES, s, j, close, &ag)) > 0)
		{
			add_agency(acc, ag);
			j += n;
			if (tok_is_char(s, j, ','))
				j++;
		}
		return true;
	}
	/* "(APA, dpa)": agencies only */
	j = open;
	while (j < close && (n = ne_lex_match(LEX_AGENCIES, s, j, close, &ag)) > 0)
	{
		j += n;
		if (tok_is_char(s, j, ',') || tok_is_char(s, j, '/'))
			j++;
	}
	/* "(APA/dpa, 1.11.2015)": agencies, then the date */
	if (j > open && j < close && has_date && tok_is_char(s, j - 1, ','))
	{
		uint32_t	m;

		for (m = j; m < close && ((s->toks[m].flags & TK_DIGIT) || tok_is_char(s, m, '.')); m++)
			;
		if (m == close)
			close = j;
	}
	if (j != close || close <= open)
		return false;
	j = open;
	while (j < close && (n = ne_lex_match(LEX_AGENCIES, s, j, close, &ag)) > 0)
	{
		add_agency(acc, ag);
		j += n;
		if (tok_is_char(s, j, ',') || tok_is_char(s, j, '/'))
			j++;
	}
	return true;
}

/*
 * "(Name, [Agency,] 19.1.2016)" or "(APA, dpa)" ending a paragraph (one
 * more sentence may follow); a dated credit also where a scraped page runs
 * on past it in the same paragraph ("(APA/dpa, 23.8.2015) 9. Lauf zur …").
 */
static void
paren_trailer(byline_acc *acc, const ne_para *para)
{
	const ne_seg *s = &acc->ctx->seg;
	uint32_t	close,
				open,
				k;
	const char *b;

	/* both credits open with "(": most paragraphs have none */
	if (para->tok_end - para->tok_start < 3 ||
		memchr(s->text + para->start, '(', para->end - para->start) == NULL)
		return;
	/* the last ")" of the paragraph, possibly followed by one more sentence */
	for (close = para->tok_end; close > para->tok_start && para->tok_end - close <= 12; close--)
		if (tok_is_char(s, close - 1, ')'))
			break;
	if (close > para->tok_start && para->tok_end - close <= 12)
	{
		close--;
		for (open = close; open > para->tok_start && close - open < 16; open--)
			if (tok_is_char(s, open - 1, '('))
				break;
		if (open > para->tok_start && tok_is_char(s, open - 1, '(') &&
			paren_credit(acc, open, close, false))
			return;
	}
	/* a dated credit further back: the first one of the paragraph, found by its byte */
	for (b = s->text + para->start; (b = memchr(b, '(', (size_t) (s->text + para->end - b))) != NULL; b++)
	{
		k = ne_tok_at_offset(s, (uint32_t) (b - s->text), para->tok_start, para->tok_end);
		if (k + 2 >= para->tok_end)
			continue;
		for (close = k + 1; close < para->tok_end && close < k + 16 && !tok_is_char(s, close, ')') &&
			 !tok_is_char(s, close, '('); close++)
			;
		if (close < para->tok_end && tok_is_char(s, close, ')') && paren_credit(acc, k + 1, close, true))
			return;
	}
}

/*
 * A blog's signature closing the text: "Le Veilleur | 04/06/2017", a name
 * after the last sentence, a bar, and a date in figures.
 */
static void
pipe_signature(byline_acc *acc, const ne_para *para)
{
	const ne_seg *s = &acc->ctx->seg;
	uint32_t	bar,
				k,
				j,
				digits = 0;

	if (para->tok_end - para->tok_start < 6)
		return;
	for (bar = para->tok_end - 1; bar > para->tok_start && bar + 8 > para->tok_end; bar--)
		if (tok_is_char(s, bar, '|'))
			break;
	if (!tok_is_char(s, bar, '|') || bar < para->tok_start + 2)
		return;
	/* after the bar a date in figures only: "04/06/2017", "4.6.2017" */
	for (k = bar + 1; k < para->tok_end; k++)
	{
		if (s->toks[k].flags & TK_NUMLIKE)
			digits++;
		else if (!tok_is_char(s, k, '/') && !tok_is_char(s, k, '.') && !tok_is_char(s, k, '-'))
			return;
	}
	if (digits < 2)
		return;
	/* before it a name that follows the end of a sentence or a parenthesis */
	for (j = bar - 1; j > para->tok_start && j + 4 > bar; j--)
	{
		const ne_token *before = &s->toks[j - 1];

		if ((before->flags & TK_PUNCT) && (before->cp == ')' || before->cp == '.' ||
										   before->cp == '!' || before->cp == '?'))
		{
			if (ne_scan_name(s, j, bar) == bar - j && bar - j >= 2)
			{
				char	   *name = name_text(acc->ctx, j, bar);

				if (name)
					add_author(acc, name, NE_ROLE_AUTHOR);
			}
			return;
		}
	}
}

/* Does a paragraph print a time or a date (digits with ':' or '.')? */
static bool
para_has_time(const ne_seg *s, const ne_para *p)
{
	uint32_t	i;

	for (i = p->tok_start; i + 2 < p->tok_end; i++)
		if ((s->toks[i].flags & TK_DIGIT) &&
			(tok_is_char(s, i + 1, ':') || tok_is_char(s, i + 1, '.')) &&
			!(s->toks[i + 1].flags & TK_SPACE_B) && (s->toks[i + 2].flags & TK_DIGIT))
			return true;
	return false;
}

/*
 * Is the paragraph exactly a person's name (2 to 4 words, with initials
 * and particles: at most NE_NAME_MAX_TOKENS), maybe with a final . or ,?  n is
 * what ne_scan_name found at its start.
 */
static uint32_t
name_line(const ne_seg *s, const ne_para *p, uint32_t n)
{
	uint32_t	rest;

	if (p->tok_end - p->tok_start > NE_NAME_MAX_TOKENS || n < 2)
		return 0;
	for (rest = p->tok_start + 1; rest < p->tok_start + n; rest++)
		if (s->toks[rest].start - (s->toks[rest - 1].start + s->toks[rest - 1].len) > 1)
			return 0;			/* columns of a table, not a name */
	rest = p->tok_end - p->tok_start - n;
	if (rest == 0 || (rest == 1 && (tok_is_char(s, p->tok_end - 1, '.') ||
									tok_is_char(s, p->tok_end - 1, ','))))
		return n;
	return 0;
}

/*
 * Can name_line accept the paragraph, by its tokens' flags alone?  A name
 * is words, initials' periods and particles (ne_scan_name), so every
 * token but a final "." or "," is a word or a period, and the name opens
 * with a capital.  Rules out most short paragraphs (table rows, figures,
 * headings with marks) without reading a name.
 */
static bool
may_be_name_line(const ne_seg *s, const ne_para *p)
{
	uint32_t	k,
				end = p->tok_end;

	if (end - p->tok_start < 2 || end - p->tok_start > NE_NAME_MAX_TOKENS + 1 ||
		(s->toks[p->tok_start].flags & (TK_ALPHA | TK_UPPER)) != (TK_ALPHA | TK_UPPER))
		return false;
	if (tok_is_char(s, end - 1, ','))
		end--;
	for (k = p->tok_start + 1; k < end; k++)
		if (!(s->toks[k].flags & TK_ALPHA) && !tok_is_char(s, k, '.'))
			return false;
	return true;
}

/* Is the paragraph exactly a person's name (see name_line)? */
static uint32_t
para_is_name(const ne_seg *s, const ne_para *p)
{
	if (p->tok_end - p->tok_start > NE_NAME_MAX_TOKENS || !may_be_name_line(s, p))
		return 0;				/* prose, not a name line: no need to scan */
	return name_line(s, p, ne_scan_name(s, p->tok_start, p->tok_end));
}

/* Does ".-" stand at token k (before end), as in "Susana Corniero.- Text"? */
static bool
dot_dash_at(const ne_seg *s, uint32_t k, uint32_t end)
{
	return k + 1 < end && tok_is_char(s, k, '.') && (s->toks[k + 1].flags & TK_DASH) &&
		!(s->toks[k + 1].flags & TK_SPACE_B);
}

/*
 * Can a name opening the paragraph matter: may the paragraph be a name
 * line (short, not in capitals, see below, and only words and periods:
 * may_be_name_line), or does a "for", "|" or ".-" follow within the reach
 * of a name or an agency?  Saves reading the name of every lead paragraph.
 */
static bool
name_lead_possible(const ne_seg *s, const ne_para *p)
{
	uint32_t	k,
				end = p->tok_end;

	if (p->tok_end - p->tok_start <= NE_NAME_MAX_TOKENS &&
		!(s->toks[p->tok_start].flags & TK_ALLCAP) && may_be_name_line(s, p))
		return true;
	if (end > p->tok_start + NE_NAME_MAX_TOKENS + 1)
		end = p->tok_start + NE_NAME_MAX_TOKENS + 1;
	for (k = p->tok_start + 1; k < end; k++)
	{
		if (s->toks[k].cp == '|' || dot_dash_at(s, k, p->tok_end) ||
			(s->toks[k].len == 3 && tok_ieq(s, k, "for")))
			return true;
		/* a name is words and periods, an agency words, periods and a slash ("LPC/IFR") */
		if (!(s->toks[k].flags & TK_ALPHA) && !tok_is_char(s, k, '.') && !tok_is_char(s, k, '/'))
			return false;
	}
	return false;
}

/* Does a paragraph end like prose (. ! ? or a closing quote)? */
static bool
is_terminal_para(const ne_seg *s, const ne_para *p)
{
	uint32_t	c;

	if (p->tok_end == p->tok_start)
		return false;
	c = s->toks[p->tok_end - 1].cp;
	return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201D || c == 0xBB;
}

/*
 * Do papers in the text's language sign articles with a bare name at the
 * end?  Regional papers in Russian, Ukrainian, French, German and Spanish
 * do; English wire copy ends with table labels that look alike.
 */
static bool
signs_by_name(const ne_seg *s)
{
	const char *lang = ne_seg_lang(s);

	return strcmp(lang, "en") != 0 && strcmp(lang, "und") != 0;
}


/*
 * The first byte p in [from, to - 1) where "by" stands in any case (the
 * bytes b y), or to.  With SSE2, sixteen places at a time.
 */
static size_t
find_by(const char *text, size_t from, size_t to)
{
	size_t		p = from;

#ifdef NE_SIMD
	const __m128i fold = _mm_set1_epi8(0x20),
				b = _mm_set1_epi8('b'),
				y = _mm_set1_epi8('y');

	for (; p + 17 <= to; p += 16)
	{
		__m128i		v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *) (text + p)), fold),
					v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *) (text + p + 1)), fold);
		unsigned	m = (unsigned) _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v0, b),
																   _mm_cmpeq_epi8(v1, y)));

		if (m != 0)
			return p + (size_t) __builtin_ctz(m);
	}
#endif
	for (; p + 1 < to; p++)
		if ((text[p] | 0x20) == 'b' && (text[p + 1] | 0x20) == 'y')
			return p;
	return to;
}

/*
 * An end credit at token i of paragraph para ("Reporting by X", "Editing
 * by Y", or a credit lead opening the paragraph), after ; ( . or a line
 * break past the paragraph's first token.
 */
static void
end_credit_at(byline_acc *acc, const ne_para *para, uint32_t i)
{
	const ne_seg *s = &acc->ctx->seg;
	const ne_token *t = &s->toks[i];
	uint32_t	skip;
	int			role;
	uint32_t	lead;

	/* tests ordered rare first */
	if (i > para->tok_start && !(t->flags & TK_NL_B) &&
		!((t[-1].cp == '.' || t[-1].cp == ';' || t[-1].cp == '(') && (t[-1].flags & TK_PUNCT)))
		return;
	role = end_credit_role(s, i, &skip);
	if (role >= 0)
		parse_credits(acc, i + skip, para->tok_end, role);
	else if (i == para->tok_start && (lead = credit_lead(s, i, para->tok_end)) != 0)
		parse_credits(acc, i + lead, para->tok_end, NE_ROLE_AUTHOR);
}

/*
 * The end credits of paragraph para.  Past its first token, a credit's
 * role stands before a "by", one or two words ("Reporting by", "Additional
 * reporting by", see end_credit_role): so the "by"s are found by their
 * bytes, and only the words before them are read.  The "by" may open the
 * next paragraph, as the role's test reads on.
 */
static void
end_credits(byline_acc *acc, const ne_para *para)
{
	const ne_seg *s = &acc->ctx->seg;
	uint32_t	lo = para->tok_start + 1,
				hi = para->tok_end + 2 < s->ntoks ? para->tok_end + 2 : s->ntoks,
				last = para->tok_start;
	size_t		p,
				to;

	if (para->tok_start >= para->tok_end)
		return;					/* no token: no credit */
	end_credit_at(acc, para, para->tok_start);
	if (lo >= hi)
		return;
	to = s->toks[hi - 1].start + s->toks[hi - 1].len;
	for (p = find_by(s->text, s->toks[lo].start, to); p < to; p = find_by(s->text, p + 1, to))
	{
		uint32_t	k = ne_tok_at_offset(s, (uint32_t) p, lo, hi),
					c;

		if (k == hi || s->toks[k].len != 2)
			continue;
		/* the word before "by", and two before for "Additional reporting by" */
		for (c = k >= 2 ? k - 2 : 0; c < k; c++)
			if (c > last && c < para->tok_end)
			{
				end_credit_at(acc, para, c);
				last = c;
			}
		if (acc->ctx->status != NE_OK)
			return;
	}
}

/* Collect the credits of the article into ctx->doc->byline. */
void
ne_extract_byline(ne_ctx *ctx)
{
	const ne_seg *s = &ctx->seg;
	byline_acc	acc;
	uint32_t	p,
				seen = 0;

	acc.ctx = ctx;
	ne_vec_init(&acc.authors, ctx->arena, sizeof(ne_author), 4);
	ne_vec_init(&acc.keys, ctx->arena, sizeof(char *), 4);
	ne_vec_init(&acc.agencies, ctx->arena, sizeof(char *), 4);

	/* the header block and the first paragraphs */
	for (p = 0; p < s->nparas && seen < 16; p++)
	{
		const ne_para *para = &s->paras[p];
		uint32_t	st,
					name_len,
					lead_name = UINT32_MAX; /* ne_scan_name at its start */

		if (para->zone == ZONE_BOILERPLATE || para->repeated)
			continue;
		seen++;
		for (st = para->sent_start; st < para->sent_end && st < para->sent_start + 2 && seen <= 10; st++)
		{
			uint32_t	i = s->sents[st].tok_start;
			uint32_t	k = credit_lead(s, i, para->tok_end);

			if (k)
				parse_credits(&acc, i + k, para->tok_end, NE_ROLE_AUTHOR);
		}
		/*
		 * "Harriet Arkell For Mailonline": a name and its publication on a
		 * header line; "Susana Corniero.- Text": a Spanish author lead.
		 */
		if ((para->zone != ZONE_BODY || p < 3) && name_lead_possible(s, para))
		{
			uint32_t	n = ne_scan_name(s, para->tok_start, para->tok_end);
			uint32_t	k = para->tok_start + n;
			const char *ag;

			lead_name = n;

			if (n >= 2 && k + 1 < para->tok_end && tok_ieq(s, k, "for") &&
				ne_lex_match(LEX_AGENCIES, s, k + 1, para->tok_end, &ag) > 0)
			{
				char	   *name = name_text(ctx, para->tok_start, k);

				if (name)
					add_author(&acc, name, NE_ROLE_AUTHOR);
				add_agency(&acc, ag);
			}
			else if (n >= 2 && k + 1 < para->tok_end && tok_is_char(s, k, '|'))
			{
				/* "Tim Korso | Reuters", "Tim Korso | Daily Herald": the whole line */
				uint32_t	m = ne_lex_match(LEX_AGENCIES, s, k + 1, para->tok_end, &ag);
				uint32_t	o = m ? 0 : ne_scan_name_ex(s, k + 1, para->tok_end, false);

				if ((m > 0 && k + 1 + m == para->tok_end) ||
					(o >= 2 && k + 1 + o == para->tok_end &&
					 tok_in_words(s, para->tok_end - 1, outlet_nouns, true)))
				{
					char	   *name = name_text(ctx, para->tok_start, k);

					if (name)
						add_author(&acc, name, NE_ROLE_AUTHOR);
					if (m == 0)
						ag = name_text(ctx, k + 1, para->tok_end);
					if (ag)
						add_agency(&acc, ag);
				}
			}
			else if (n >= 2 && dot_dash_at(s, k, para->tok_end))
			{
				char	   *name = name_text(ctx, para->tok_start, k);

				if (name)
					add_author(&acc, name, NE_ROLE_AUTHOR);
			}
			else
			{
				/* "Reuters.- Text", "EFE.- Text": a Spanish agency lead */
				uint32_t	m = ne_lex_match(LEX_AGENCIES, s, para->tok_start, para->tok_end, &ag);

				k = para->tok_start + m;
				if (m > 0 && dot_dash_at(s, k, para->tok_end))
					add_agency(&acc, ag);
			}
		}
		/*
		 * "Enrique Mena/SIPSE CHETUMAL, Q. Roo.- Text": a slash credit
		 * opening the line, alone or before a dateline or ".-".
		 */
		if (p > 0 && p < 8 && (s->toks[para->tok_start].flags & TK_UPPER))
		{
			uint32_t	name_end,
						k = ne_slash_credit(s, para->tok_start, para->tok_end, &name_end);

			if (k && (k == para->tok_end || dot_dash_at(s, k, para->tok_end) ||
					  ((s->toks[k].flags & TK_ALLCAP) && k + 1 < para->tok_end &&
					   (tok_is_char(s, k + 1, ',') || dot_dash_at(s, k + 1, para->tok_end)))))
			{
				char	   *name = name_text(ctx, para->tok_start, name_end);

				/* the outlet as printed: "SIPSE" is its name, not a name in capitals */
				char	   *outlet = ne_range_text(ctx, name_end + 1, k);

				if (name)
					add_author(&acc, name, NE_ROLE_AUTHOR);
				if (outlet)
					add_agency(&acc, outlet);
			}
		}
		/* a name alone on its line beside the time line (scraped headers) */
		if (!(s->toks[para->tok_start].flags & TK_ALLCAP) &&
			(name_len = lead_name != UINT32_MAX ? name_line(s, para, lead_name) :
			 para_is_name(s, para)) != 0)
		{
			bool		near_time = false;
			uint32_t	q;

			for (q = p > 2 ? p - 2 : 0; q < s->nparas && q <= p + 2; q++)
				if (q != p && para_has_time(s, &s->paras[q]) &&
					s->paras[q].end - s->paras[q].start < 120)
					near_time = true;
			if (near_time)
			{
				char	   *name = name_text(ctx, para->tok_start, para->tok_start + name_len);

				if (name)
					add_author(&acc, name, NE_ROLE_AUTHOR);
			}
		}
	}

	/* Daily Mail's flattened header: " By . Name . " anywhere near the top */
	if (acc.authors.n + acc.agencies.n == 0)
	{
		uint32_t	limit = s->ntoks < 300 ? s->ntoks : 300;
		const char *b = s->text,
				   *end = limit > 2 ? s->text + s->toks[limit - 3].start + 1 : s->text;

		/* the tokens "By" among the first limit - 2: found by their bytes */
		while (b < end && (b = memchr(b, 'B', (size_t) (end - b))) != NULL)
		{
			uint32_t	i;

			if (b[1] != 'y')	/* "By" needs its "y" (the text goes on past end) */
			{
				b++;
				continue;
			}
			i = tok_starting_at(s, (uint32_t) (b - s->text), limit - 2);

			if (i < limit - 2 && tok_eq(s, i, "By") && tok_is_char(s, i + 1, '.') &&
				(s->toks[i + 1].flags & TK_SPACE_B))
			{
				parse_credits(&acc, i + 1, limit, NE_ROLE_AUTHOR);
				break;
			}
			b++;
		}
	}

	/* the end: credits, author trailers, a signature */
	for (p = s->nparas > 4 ? s->nparas - 4 : 0; p < s->nparas; p++)
	{
		const ne_para *para = &s->paras[p];

		if (para->zone == ZONE_BOILERPLATE)
			continue;
		end_credits(&acc, para);
		paren_trailer(&acc, para);
		if (p + 1 == s->nparas)
			pipe_signature(&acc, para);
	}
	/* A signature: the last paragraph or sentence is a name (signs_by_name). */
	if (acc.authors.n == 0 && s->nparas > 0)
	{
		for (p = s->nparas; p + 3 > s->nparas && p > 0; p--)
		{
			const ne_para *para = &s->paras[p - 1];
			uint32_t	n;

			if (para->zone == ZONE_BOILERPLATE)
				continue;
			n = para_is_name(s, para);
			/* a signature is written as a name, not as a label in capitals */
			if (n && (s->toks[para->tok_start].flags & TK_ALLCAP))
				n = 0;
			if (n && (p < 2 || !is_terminal_para(s, &s->paras[p - 2])))
				n = 0;
			if (n == 0 && para->sent_end > para->sent_start + 1)
			{
				const ne_sent *last = &s->sents[para->sent_end - 1];
				ne_para		tmp = *para;

				tmp.tok_start = last->tok_start;
				n = para_is_name(s, &tmp);
				if (n && !signs_by_name(s))
					break;
				if (n)
				{
					char	   *name = name_text(ctx, tmp.tok_start, tmp.tok_start + n);

					if (name)
						add_author(&acc, name, NE_ROLE_AUTHOR);
					break;
				}
			}
			else if (n)
			{
				char	   *name;

				if (!signs_by_name(s))
					break;
				name = name_text(ctx, para->tok_start, para->tok_start + n);
				if (name)
					add_author(&acc, name, NE_ROLE_AUTHOR);
				break;
			}
		}
	}

	if (acc.authors.failed || acc.agencies.failed || acc.keys.failed)
		ctx->status = NE_ENOMEM;
	if (ctx->status != NE_OK || acc.authors.n + acc.agencies.n == 0)
		return;
	ctx->doc->byline = ne_arena_alloc(ctx->arena, sizeof(ne_byline));
	if (ctx->doc->byline == NULL)
	{
		ctx->status = NE_ENOMEM;
		return;
	}
	ctx->doc->byline->n_authors = (uint32_t) acc.authors.n;
	ctx->doc->byline->authors = acc.authors.data;
	ctx->doc->byline->n_agencies = (uint32_t) acc.agencies.n;
	ctx->doc->byline->agencies = acc.agencies.data;
}
