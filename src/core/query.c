/*-------------------------------------------------------------------------
 *
 * query.c
 *	  newsquery: a small query language over an analysis, in the manner of
 *	  tsquery.
 *
 *		author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters
 *
 * Fields: author, speaker, place, agency, cue.  A word matches any word of
 * a value's name key (speaker:lavrov finds "Sergei Lavrov"); a quoted value
 * matches the whole key; a word ending in '*' is a prefix of a word.
 * Operators: & (and), | (or), ! (not), parentheses; & binds tighter than |.
 *
 * The query is kept as a node array in prefix order; the same form is the
 * binary and stored form (a version byte first).  Values are kept as
 * written and compared through their name keys, derived on every input
 * path.  GIN keys are 32-bit hashes of "field:word" and "field=whole key"
 * (lossy: always rechecked).
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdlib.h>

#define QUERY_FORMAT_VERSION 1
#define QUERY_MAX_NODES 1024
#define QUERY_MAX_DEPTH 64		/* parentheses and '!' */
#define QUERY_MAX_TREE QUERY_MAX_NODES	/* any tree: & and | chains nest left */

static const char *const field_names[NE_QF_COUNT] = {
	"author", "speaker", "place", "agency", "cue"
};

/* ---------------------------------------------------------------- parser */

typedef struct qparser
{
	ne_arena   *arena;
	const char *s;
	size_t		len;
	size_t		i;
	ne_vec		nodes;
	bool		bad;
	size_t		erroff;
	const char *errmsg;
	int			depth;
} qparser;

/* Record the first error. */
static void
q_fail(qparser *p, const char *msg)
{
	if (!p->bad)
	{
		p->bad = true;
		p->erroff = p->i;
		p->errmsg = msg;
	}
}

/* Skip white space. */
static void
q_ws(qparser *p)
{
	while (p->i < p->len && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
							 p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

/* Push a node; returns its index or -1. */
static int
q_push(qparser *p, uint8_t type)
{
	ne_qnode   *n;

	if (p->nodes.n >= QUERY_MAX_NODES)
	{
		q_fail(p, "query too long");
		return -1;
	}
	n = ne_vec_push(&p->nodes);
	if (n == NULL)
	{
		q_fail(p, "out of memory");
		return -1;
	}
	n->type = type;
	return (int) (p->nodes.n - 1);
}

static void q_or(qparser *p);

/* Is c a character of an unquoted word? */
static bool
word_char(char c)
{
	return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '&' || c == '|' ||
			 c == '!' || c == '(' || c == ')' || c == '"' || c == ':' || c == '*');
}

/* Fold runs of white space to one space, trim the ends (in place). */
static char *
fold_space(char *v)
{
	char	   *r = v,
			   *w = v;
	bool		space = false;

	for (; *r; r++)
	{
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r')
			space = true;
		else
		{
			if (space && w != v)
				*w++ = ' ';
			space = false;
			*w++ = *r;
		}
	}
	*w = '\0';
	return v;
}

/* Does the value print as a bare word (no quoting needed)? */
static bool
bare_word(const char *v)
{
	if (*v == '\0')
		return false;
	for (; *v; v++)
		if (!word_char(*v))
			return false;
	return true;
}

/* A term: field ':' (word ['*'] | '"' text '"'). */
static void
q_term(qparser *p)
{
	size_t		f0 = p->i;
	int			field = -1,
				k,
				idx;
	ne_buf		val;
	uint8_t		flags = 0;
	char	   *key;
	size_t		klen;

	while (p->i < p->len && ((p->s[p->i] >= 'a' && p->s[p->i] <= 'z') ||
							 (p->s[p->i] >= 'A' && p->s[p->i] <= 'Z')))
		p->i++;
	for (k = 0; k < NE_QF_COUNT; k++)
		if (strlen(field_names[k]) == p->i - f0 &&
			strncmp(field_names[k], p->s + f0, p->i - f0) == 0)
			field = k;
	if (p->i == f0)
	{
		q_fail(p, "expected a field (author, speaker, place, agency, cue)");
		return;
	}
	if (field < 0)
	{
		p->i = f0;
		q_fail(p, "unknown field (use author, speaker, place, agency, cue)");
		return;
	}
	if (p->i >= p->len || p->s[p->i] != ':')
	{
		q_fail(p, "expected ':' after the field");
		return;
	}
	p->i++;
	ne_buf_init(&val, p->arena, 32);
	if (p->i < p->len && p->s[p->i] == '"')
	{
		size_t		q0 = p->i;

		p->i++;
		while (p->i < p->len && p->s[p->i] != '"')
		{
			if (p->s[p->i] == '\\' && p->i + 1 < p->len)
				p->i++;
			ne_buf_putc(&val, p->s[p->i]);
			p->i++;
		}
		if (p->i >= p->len)
		{
			p->i = q0;
			q_fail(p, "unterminated quoted value");
			return;
		}
		p->i++;
		flags |= NE_QT_QUOTED;
		/* "kor ts"*: a prefix of the whole key */
		if (p->i < p->len && p->s[p->i] == '*')
		{
			p->i++;
			flags |= NE_QT_PREFIX;
		}
	}
	else
	{
		while (p->i < p->len && word_char(p->s[p->i]))
			ne_buf_putc(&val, p->s[p->i++]);
		if (p->i < p->len && p->s[p->i] == '*')
		{
			p->i++;
			flags |= NE_QT_PREFIX;
		}
	}
	if (val.failed)
	{
		q_fail(p, "out of memory");
		return;
	}
	if (ne_name_key(p->arena, val.data, val.len, &key, &klen) != NE_OK || klen == 0)
	{
		q_fail(p, "expected a value after ':'");
		return;
	}
	idx = q_push(p, NE_QN_TERM);
	if (idx < 0)
		return;
	((ne_qnode *) p->nodes.data)[idx].field = (uint8_t) field;
	((ne_qnode *) p->nodes.data)[idx].flags = flags;
	((ne_qnode *) p->nodes.data)[idx].value = fold_space(val.data);
	((ne_qnode *) p->nodes.data)[idx].key = key;
}

/* A unary expression: '!' unary | '(' or ')' | term. */
static void
q_unary(qparser *p)
{
	q_ws(p);
	if (p->bad)
		return;
	if (++p->depth > QUERY_MAX_DEPTH)
	{
		q_fail(p, "query nested too deeply");
		return;
	}
	if (p->i >= p->len)
		q_fail(p, "unexpected end of query");
	else if (p->s[p->i] == '!')
	{
		p->i++;
		if (q_push(p, NE_QN_NOT) >= 0)
			q_unary(p);
	}
	else if (p->s[p->i] == '(')
	{
		p->i++;
		q_or(p);
		q_ws(p);
		if (!p->bad && (p->i >= p->len || p->s[p->i] != ')'))
			q_fail(p, "expected ')'");
		else if (!p->bad)
			p->i++;
	}
	else
		q_term(p);
	p->depth--;
}

/*
 * Binary operators: nodes are in prefix order, so the operator node is
 * inserted before its left operand once the right one is known.
 */
static void
q_binary(qparser *p, char opch, uint8_t optype, void (*sub) (qparser *))
{
	size_t		left = p->nodes.n;

	sub(p);
	for (;;)
	{
		ne_qnode   *n;

		q_ws(p);
		if (p->bad || p->i >= p->len || p->s[p->i] != opch)
			return;
		p->i++;
		if (q_push(p, optype) < 0)
			return;
		/* move the operator in front of the left operand */
		n = p->nodes.data;
		{
			ne_qnode	op = n[p->nodes.n - 1];

			memmove(&n[left + 1], &n[left], (p->nodes.n - 1 - left) * sizeof(ne_qnode));
			n[left] = op;
		}
		sub(p);
	}
}

/* The & level. */
static void
q_and(qparser *p)
{
	q_binary(p, '&', NE_QN_AND, q_unary);
}

/* The | level. */
static void
q_or(qparser *p)
{
	q_binary(p, '|', NE_QN_OR, q_and);
}

/*
 * Parse a query.  On NE_EFORMAT, *erroff is the byte offset of the error
 * and *errmsg says what was expected.
 */
ne_status
ne_query_parse(ne_arena *arena, const char *s, size_t len, ne_query **out,
			   size_t *erroff, const char **errmsg)
{
	qparser		p;
	ne_query   *q;

	*out = NULL;
	*erroff = 0;
	*errmsg = NULL;
	if (len > 65536)
	{
		*errmsg = "query too long";
		return NE_EFORMAT;
	}
	if (ne_utf8_validate(s, len) != len)
	{
		*erroff = ne_utf8_validate(s, len);
		return NE_EUTF8;
	}
	memset(&p, 0, sizeof(p));
	p.arena = arena;
	p.s = s;
	p.len = len;
	ne_vec_init(&p.nodes, arena, sizeof(ne_qnode), 8);
	q_or(&p);
	q_ws(&p);
	if (!p.bad && p.i < p.len)
		q_fail(&p, p.s[p.i] == ')' ? "unbalanced ')'" : "expected '&', '|' or the end");
	if (p.bad)
	{
		*erroff = p.erroff;
		*errmsg = p.errmsg;
		return strcmp(p.errmsg, "out of memory") == 0 ? NE_ENOMEM : NE_EFORMAT;
	}
	q = ne_arena_alloc(arena, sizeof(ne_query));
	if (q == NULL)
		return NE_ENOMEM;
	q->n = (uint32_t) p.nodes.n;
	q->nodes = p.nodes.data;
	*out = q;
	return NE_OK;
}

/* ---------------------------------------------------------------- printer */

/* Print the subtree at *i; returns false on a malformed node array. */
static bool
q_print(const ne_query *q, uint32_t *i, ne_buf *b, int parent, int depth)
{
	const ne_qnode *n;

	if (*i >= q->n || depth > QUERY_MAX_TREE)
		return false;
	n = &q->nodes[(*i)++];
	switch (n->type)
	{
		case NE_QN_TERM:
			ne_buf_puts(b, field_names[n->field]);
			ne_buf_putc(b, ':');
			if ((n->flags & NE_QT_QUOTED) || !bare_word(n->value))
			{
				const char *c;

				ne_buf_putc(b, '"');
				for (c = n->value; *c; c++)
				{
					if (*c == '"' || *c == '\\')
						ne_buf_putc(b, '\\');
					ne_buf_putc(b, *c);
				}
				ne_buf_putc(b, '"');
			}
			else
				ne_buf_puts(b, n->value);
			if (n->flags & NE_QT_PREFIX)
				ne_buf_putc(b, '*');
			return true;
		case NE_QN_NOT:
			ne_buf_putc(b, '!');
			return q_print(q, i, b, NE_QN_NOT, depth + 1);
		case NE_QN_AND:
		case NE_QN_OR:
			{
				bool		paren = (parent == NE_QN_NOT) ||
					(parent == NE_QN_AND && n->type == NE_QN_OR);
				bool		ok;

				if (paren)
					ne_buf_putc(b, '(');
				ok = q_print(q, i, b, n->type, depth + 1);
				ne_buf_puts(b, n->type == NE_QN_AND ? " & " : " | ");
				ok = ok && q_print(q, i, b, n->type, depth + 1);
				if (paren)
					ne_buf_putc(b, ')');
				return ok;
			}
	}
	return false;
}

/* Print a query in canonical form. */
ne_status
ne_query_format(ne_arena *arena, const ne_query *q, char **out, size_t *out_len)
{
	ne_buf		b;
	uint32_t	i = 0;

	ne_buf_init(&b, arena, 64);
	if (!q_print(q, &i, &b, 0, 0) || i != q->n)
		return NE_EFORMAT;
	if (b.failed)
		return NE_ENOMEM;
	*out = b.data;
	*out_len = b.len;
	return NE_OK;
}

/* ---------------------------------------------------------------- binary */

/* Is the node array one well-formed tree in prefix order? */
static bool
q_check(const ne_query *q, uint32_t *i, int depth)
{
	const ne_qnode *n;

	if (*i >= q->n || depth > QUERY_MAX_TREE)
		return false;
	n = &q->nodes[(*i)++];
	switch (n->type)
	{
		case NE_QN_TERM:
			return n->field < NE_QF_COUNT && (n->flags & ~3) == 0 && n->value && n->value[0];
		case NE_QN_NOT:
			return q_check(q, i, depth + 1);
		case NE_QN_AND:
		case NE_QN_OR:
			return q_check(q, i, depth + 1) && q_check(q, i, depth + 1);
	}
	return false;
}

/* Serialize: version, node count, nodes (type, and for terms field, flags, value). */
ne_status
ne_query_serialize(ne_arena *arena, const ne_query *q, uint8_t **out, size_t *out_len)
{
	ne_buf		b;
	uint32_t	i;

	ne_buf_init(&b, arena, 64);
	ne_buf_putc(&b, QUERY_FORMAT_VERSION);
	ne_buf_putc(&b, (char) (q->n & 0xFF));
	ne_buf_putc(&b, (char) (q->n >> 8));
	for (i = 0; i < q->n; i++)
	{
		const ne_qnode *n = &q->nodes[i];

		ne_buf_putc(&b, (char) n->type);
		if (n->type == NE_QN_TERM)
		{
			size_t		l = strlen(n->value);

			ne_buf_putc(&b, (char) n->field);
			ne_buf_putc(&b, (char) n->flags);
			ne_buf_putc(&b, (char) (l & 0xFF));
			ne_buf_putc(&b, (char) (l >> 8));
			ne_buf_append(&b, n->value, l);
		}
	}
	if (b.failed)
		return NE_ENOMEM;
	*out = (uint8_t *) b.data;
	*out_len = b.len;
	return NE_OK;
}

/*
 * Decode the binary form, checking every count and length and that the
 * nodes make one tree.  Values are re-keyed by the caller's canonical path
 * (the text printer and parser) when they come from outside.
 */
ne_status
ne_query_deserialize(ne_arena *arena, const uint8_t *d, size_t len, ne_query **out)
{
	ne_query   *q;
	size_t		o = 3;
	uint32_t	i,
				n;

	*out = NULL;
	if (len < 3 || d[0] != QUERY_FORMAT_VERSION)
		return NE_EFORMAT;
	n = (uint32_t) d[1] | ((uint32_t) d[2] << 8);
	if (n == 0 || n > QUERY_MAX_NODES || n > len - 3)
		return NE_EFORMAT;
	q = ne_arena_alloc(arena, sizeof(ne_query));
	if (q == NULL)
		return NE_ENOMEM;
	q->nodes = ne_arena_alloc(arena, n * sizeof(ne_qnode));
	if (q->nodes == NULL)
		return NE_ENOMEM;
	q->n = n;
	for (i = 0; i < n; i++)
	{
		ne_qnode   *nd = &q->nodes[i];

		if (o >= len)
			return NE_EFORMAT;
		nd->type = d[o++];
		if (nd->type == NE_QN_TERM)
		{
			size_t		l;

			if (o + 4 > len)
				return NE_EFORMAT;
			nd->field = d[o];
			nd->flags = d[o + 1];
			l = (size_t) d[o + 2] | ((size_t) d[o + 3] << 8);
			o += 4;
			if (l == 0 || l > len - o || ne_utf8_validate((const char *) d + o, l) != l)
				return NE_EFORMAT;
			nd->value = ne_arena_strndup(arena, (const char *) d + o, l);
			if (nd->value == NULL)
				return NE_ENOMEM;
			{
				size_t		kl;
				ne_status	st = ne_name_key(arena, nd->value, l, &nd->key, &kl);

				if (st != NE_OK)
					return st == NE_ENOMEM ? st : NE_EFORMAT;
				if (kl == 0)
					return NE_EFORMAT;
			}
			o += l;
		}
		else if (nd->type != NE_QN_AND && nd->type != NE_QN_OR && nd->type != NE_QN_NOT)
			return NE_EFORMAT;
	}
	if (o != len)
		return NE_EFORMAT;
	i = 0;
	if (!q_check(q, &i, 0) || i != n)
		return NE_EFORMAT;
	*out = q;
	return NE_OK;
}

/* ---------------------------------------------------------------- matching */

/* Keys of one field of a doc: name keys of its values. */
typedef struct field_keys
{
	char	  **keys;
	uint32_t	n;
} field_keys;

/* Add the name key of s to a field's keys. */
static ne_status
add_key(ne_arena *arena, field_keys *fk, uint32_t cap, const char *s)
{
	char	   *k;
	size_t		kl;
	ne_status	st;

	if (s == NULL || fk->n >= cap)
		return NE_OK;
	st = ne_name_key(arena, s, strlen(s), &k, &kl);
	if (st != NE_OK)
		return st;
	if (kl > 0)
		fk->keys[fk->n++] = k;
	return NE_OK;
}

/* Name keys of every searchable field of a doc. */
static ne_status
doc_field_keys(ne_arena *arena, const ne_doc *doc, field_keys fk[NE_QF_COUNT])
{
	uint32_t	i,
				cap[NE_QF_COUNT];
	ne_status	st = NE_OK;
	int			f;

	cap[NE_QF_AUTHOR] = doc->byline ? doc->byline->n_authors : 0;
	cap[NE_QF_SPEAKER] = doc->n_quotes;
	cap[NE_QF_PLACE] = doc->dateline ? 1 : 0;
	cap[NE_QF_AGENCY] = (doc->byline ? doc->byline->n_agencies : 0) + 1;
	cap[NE_QF_CUE] = doc->n_quotes;
	for (f = 0; f < NE_QF_COUNT; f++)
	{
		fk[f].n = 0;
		fk[f].keys = ne_arena_alloc(arena, (cap[f] + 1) * sizeof(char *));
		if (fk[f].keys == NULL)
			return NE_ENOMEM;
	}
	for (i = 0; doc->byline && i < doc->byline->n_authors && st == NE_OK; i++)
		st = add_key(arena, &fk[NE_QF_AUTHOR], cap[NE_QF_AUTHOR], doc->byline->authors[i].name);
	for (i = 0; doc->byline && i < doc->byline->n_agencies && st == NE_OK; i++)
		st = add_key(arena, &fk[NE_QF_AGENCY], cap[NE_QF_AGENCY], doc->byline->agencies[i]);
	if (doc->dateline && st == NE_OK)
	{
		st = add_key(arena, &fk[NE_QF_PLACE], cap[NE_QF_PLACE], doc->dateline->place);
		if (st == NE_OK)
			st = add_key(arena, &fk[NE_QF_AGENCY], cap[NE_QF_AGENCY], doc->dateline->agency);
	}
	for (i = 0; i < doc->n_quotes && st == NE_OK; i++)
	{
		st = add_key(arena, &fk[NE_QF_SPEAKER], cap[NE_QF_SPEAKER], doc->quotes[i].speaker);
		if (st == NE_OK)
			st = add_key(arena, &fk[NE_QF_CUE], cap[NE_QF_CUE], doc->quotes[i].cue);
	}
	return st;
}

/* Does a key match a term: whole key, a word of it, or a word prefix? */
static bool
key_matches(const char *key, const ne_qnode *t)
{
	size_t		vl = strlen(t->key);
	const char *w = key;

	/* a quoted value, or one that keys to several words, is matched whole */
	if ((t->flags & NE_QT_QUOTED) || strchr(t->key, ' '))
	{
		if (t->flags & NE_QT_PREFIX)
			return strncmp(key, t->key, vl) == 0;
		return strcmp(key, t->key) == 0;
	}
	while (*w)
	{
		const char *e = strchr(w, ' ');
		size_t		wl = e ? (size_t) (e - w) : strlen(w);

		if ((t->flags & NE_QT_PREFIX) ? (wl >= vl && strncmp(w, t->key, vl) == 0) :
			(wl == vl && strncmp(w, t->key, vl) == 0))
			return true;
		w += wl;
		while (*w == ' ')
			w++;
	}
	return false;
}

/* Evaluate the subtree at *i against the field keys. */
static bool
q_eval(const ne_query *q, uint32_t *i, const field_keys *fk)
{
	const ne_qnode *n = &q->nodes[(*i)++];

	switch (n->type)
	{
		case NE_QN_TERM:
			{
				uint32_t	k;

				for (k = 0; k < fk[n->field].n; k++)
					if (key_matches(fk[n->field].keys[k], n))
						return true;
				return false;
			}
		case NE_QN_NOT:
			return !q_eval(q, i, fk);
		case NE_QN_AND:
			{
				bool		a = q_eval(q, i, fk);
				bool		b = q_eval(q, i, fk);

				return a && b;
			}
		default:
			{
				bool		a = q_eval(q, i, fk);
				bool		b = q_eval(q, i, fk);

				return a || b;
			}
	}
}

/* Does the doc satisfy the query? */
ne_status
ne_query_match(ne_arena *arena, const ne_doc *doc, const ne_query *q, bool *result)
{
	field_keys	fk[NE_QF_COUNT];
	uint32_t	i = 0;
	ne_status	st = doc_field_keys(arena, doc, fk);

	if (st != NE_OK)
		return st;
	*result = q_eval(q, &i, fk);
	return NE_OK;
}

/* FNV-1a of "field<sep>text" (a GIN key). */
static uint32_t
key_hash(int field, char sep, const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	h ^= (uint32_t) ('0' + field);
	h *= 16777619u;
	h ^= (unsigned char) sep;
	h *= 16777619u;
	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * The GIN keys of a doc: for every field value, the hash of the whole key
 * and of each of its words.  Written into a fresh array; duplicates are
 * left for GIN to merge.
 */
ne_status
ne_doc_index_keys(ne_arena *arena, const ne_doc *doc, uint32_t **out, uint32_t *n)
{
	field_keys	fk[NE_QF_COUNT];
	ne_vec		keys;
	int			f;
	uint32_t	k;
	ne_status	st = doc_field_keys(arena, doc, fk);

	if (st != NE_OK)
		return st;
	ne_vec_init(&keys, arena, sizeof(uint32_t), 16);
	for (f = 0; f < NE_QF_COUNT; f++)
		for (k = 0; k < fk[f].n; k++)
		{
			const char *key = fk[f].keys[k],
					   *w = key;
			uint32_t   *slot = ne_vec_push(&keys);

			if (slot == NULL)
				return NE_ENOMEM;
			*slot = key_hash(f, '=', key, strlen(key));
			while (*w)
			{
				const char *e = strchr(w, ' ');
				size_t		wl = e ? (size_t) (e - w) : strlen(w);

				slot = ne_vec_push(&keys);
				if (slot == NULL)
					return NE_ENOMEM;
				*slot = key_hash(f, ':', w, wl);
				w += wl;
				while (*w == ' ')
					w++;
			}
		}
	*out = keys.data;
	*n = (uint32_t) keys.n;
	return NE_OK;
}

/*
 * The GIN key of each term of a query (term_key[i] for node i), or
 * has_key[i] false for a prefix term, which the index cannot answer.
 */
void
ne_query_term_keys(const ne_query *q, uint32_t *term_key, bool *has_key)
{
	uint32_t	i;

	for (i = 0; i < q->n; i++)
	{
		const ne_qnode *n = &q->nodes[i];

		has_key[i] = false;
		if (n->type != NE_QN_TERM || (n->flags & NE_QT_PREFIX))
			continue;
		has_key[i] = true;
		if ((n->flags & NE_QT_QUOTED) || strchr(n->key, ' '))
			term_key[i] = key_hash(n->field, '=', n->key, strlen(n->key));
		else
			term_key[i] = key_hash(n->field, ':', n->key, strlen(n->key));
	}
}

/* Ternary evaluation of the subtree at *i: values 0 false, 1 true, 2 maybe. */
static int
q_tri(const ne_query *q, uint32_t *i, const int *term_value)
{
	uint32_t	me = (*i)++;
	const ne_qnode *n = &q->nodes[me];
	int			a,
				b;

	switch (n->type)
	{
		case NE_QN_TERM:
			return term_value[me];
		case NE_QN_NOT:
			a = q_tri(q, i, term_value);
			return a == 2 ? 2 : !a;
		case NE_QN_AND:
			a = q_tri(q, i, term_value);
			b = q_tri(q, i, term_value);
			if (a == 0 || b == 0)
				return 0;
			return (a == 1 && b == 1) ? 1 : 2;
		default:
			a = q_tri(q, i, term_value);
			b = q_tri(q, i, term_value);
			if (a == 1 || b == 1)
				return 1;
			return (a == 0 && b == 0) ? 0 : 2;
	}
}

/* Evaluate a query on per-term values (0 false, 1 true, 2 maybe). */
int
ne_query_eval_ternary(const ne_query *q, const int *term_value)
{
	uint32_t	i = 0;

	return q_tri(q, &i, term_value);
}

/* Name of a field. */
const char *
ne_query_field_name(int field)
{
	return field >= 0 && field < NE_QF_COUNT ? field_names[field] : "?";
}
