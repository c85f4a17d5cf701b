/*-------------------------------------------------------------------------
 *
 * byline_type.c
 *	  The byline value type, without a server: its text form, its binary
 *	  form, and its normalized form (name keys) for comparisons.
 *
 * Text form: people separated by ';', each "Name" or "Name [role]", then
 * optionally '|' and agencies separated by ';':
 *
 *		Tim Korso; Jane Doe [editing] | Reuters; AFP
 *
 * A literal that is just a name is a byline of one author.  '\' escapes
 * any of ; | [ ] \ inside a name.  White space around items is dropped and
 * inner runs fold to one space.  Output prints roles other than "author".
 *
 * Binary form (also the stored form): a version byte, a varint count of
 * people, each a string name, a role byte and a string key; a varint count
 * of agencies, each a string name and a string key.  Keys are rebuilt from
 * the names on every input path, never trusted.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdlib.h>

#define BYLINE_FORMAT_VERSION 1
#define BYLINE_MAX_ITEMS 4096

/* Append name with white space folded; returns false on a lone '\'. */
static bool
take_item(ne_buf *b, const char *s, size_t len, size_t *i, const char *stops,
		  size_t *erroff)
{
	bool		space = false;

	while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r'))
		(*i)++;
	while (*i < len && strchr(stops, s[*i]) == NULL)
	{
		char		c = s[*i];

		if (c == '\\')
		{
			/* '\' escapes only the special characters; elsewhere it is itself */
			if (*i + 1 >= len)
			{
				*erroff = *i;
				return false;
			}
			if (strchr(";|[]\\", s[*i + 1]) != NULL)
			{
				(*i)++;
				c = s[*i];
			}
		}
		else if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		{
			space = true;
			(*i)++;
			continue;
		}
		if (space && b->len > 0)
			ne_buf_putc(b, ' ');
		space = false;
		ne_buf_putc(b, c);
		(*i)++;
	}
	return true;
}

/* Skip white space. */
static void
skip_ws(const char *s, size_t len, size_t *i)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n' || s[*i] == '\r'))
		(*i)++;
}

/*
 * Parse the text form.  On NE_EFORMAT *erroff is the byte offset of the
 * problem.  Keys are not computed here (see ne_byline_normalize).
 */
ne_status
ne_byline_parse(ne_arena *arena, const char *s, size_t len, ne_byline **out,
				size_t *erroff)
{
	ne_byline  *bl;
	ne_vec		authors,
				agencies;
	size_t		i = 0;
	bool		in_agencies = false;

	*out = NULL;
	*erroff = 0;
	if (len > NE_MAX_INPUT)
		return NE_ETOOBIG;
	if (ne_utf8_validate(s, len) != len)
	{
		*erroff = ne_utf8_validate(s, len);
		return NE_EUTF8;
	}
	bl = ne_arena_alloc(arena, sizeof(ne_byline));
	if (bl == NULL)
		return NE_ENOMEM;
	ne_vec_init(&authors, arena, sizeof(ne_author), 4);
	ne_vec_init(&agencies, arena, sizeof(char *), 2);
	skip_ws(s, len, &i);
	if (i < len && s[i] == '|')
	{
		/* "| Reuters": agencies and no people */
		in_agencies = true;
		i++;
		skip_ws(s, len, &i);
		if (i >= len)
		{
			*erroff = i;
			return NE_EFORMAT;
		}
	}
	while (i < len)
	{
		ne_buf		b;
		size_t		start = i;

		ne_buf_init(&b, arena, 32);
		if (!take_item(&b, s, len, &i, ";|[]", erroff))
			return NE_EFORMAT;
		if (b.failed)
			return NE_ENOMEM;
		if (b.len == 0)
		{
			*erroff = start;
			return NE_EFORMAT;	/* an empty item: ";;" or a leading ";" */
		}
		if (authors.n + agencies.n >= BYLINE_MAX_ITEMS)
		{
			*erroff = start;
			return NE_EFORMAT;
		}
		if (!in_agencies)
		{
			ne_author  *a = ne_vec_push(&authors);

			if (a == NULL)
				return NE_ENOMEM;
			a->name = b.data;
			a->role = NE_ROLE_AUTHOR;
			skip_ws(s, len, &i);
			if (i < len && s[i] == '[')
			{
				size_t		r0 = ++i;
				int			role;

				while (i < len && s[i] != ']')
					i++;
				if (i >= len)
				{
					*erroff = r0 - 1;
					return NE_EFORMAT;
				}
				{
					size_t		a0 = r0,
								a1 = i;

					while (a0 < a1 && s[a0] == ' ')
						a0++;
					while (a1 > a0 && s[a1 - 1] == ' ')
						a1--;
					role = ne_role_from_name(s + a0, a1 - a0);
				}
				if (role < 0)
				{
					*erroff = r0;
					return NE_EFORMAT;
				}
				a->role = (uint8_t) role;
				i++;
				skip_ws(s, len, &i);
			}
		}
		else
		{
			char	  **g = ne_vec_push(&agencies);

			if (g == NULL)
				return NE_ENOMEM;
			*g = b.data;
			skip_ws(s, len, &i);
		}
		if (i >= len)
			break;
		if (s[i] == ';')
		{
			i++;
			skip_ws(s, len, &i);
			if (i >= len)
			{
				*erroff = i;
				return NE_EFORMAT;	/* a trailing ';' */
			}
			continue;
		}
		if (s[i] == '|' && !in_agencies)
		{
			in_agencies = true;
			i++;
			skip_ws(s, len, &i);
			if (i >= len)
			{
				*erroff = i;
				return NE_EFORMAT;
			}
			continue;
		}
		*erroff = i;
		return NE_EFORMAT;
	}
	/* "| Reuters" alone: agencies with no people */
	if (authors.failed || agencies.failed)
		return NE_ENOMEM;
	bl->n_authors = (uint32_t) authors.n;
	bl->authors = authors.data;
	bl->n_agencies = (uint32_t) agencies.n;
	bl->agencies = agencies.data;
	*out = bl;
	return NE_OK;
}

/* Append a name with the special characters escaped. */
static void
put_escaped(ne_buf *b, const char *s)
{
	for (; *s; s++)
	{
		if (*s == ';' || *s == '|' || *s == '[' || *s == ']' || *s == '\\')
			ne_buf_putc(b, '\\');
		ne_buf_putc(b, *s);
	}
}

/* Format the text form. */
ne_status
ne_byline_format(ne_arena *arena, const ne_byline *bl, char **out, size_t *out_len)
{
	ne_buf		b;
	uint32_t	i;

	ne_buf_init(&b, arena, 64);
	for (i = 0; i < bl->n_authors; i++)
	{
		if (i)
			ne_buf_puts(&b, "; ");
		put_escaped(&b, bl->authors[i].name);
		if (bl->authors[i].role != NE_ROLE_AUTHOR)
		{
			ne_buf_puts(&b, " [");
			ne_buf_puts(&b, ne_role_name(bl->authors[i].role));
			ne_buf_putc(&b, ']');
		}
	}
	if (bl->n_agencies)
	{
		ne_buf_puts(&b, bl->n_authors ? " | " : "| ");
		for (i = 0; i < bl->n_agencies; i++)
		{
			if (i)
				ne_buf_puts(&b, "; ");
			put_escaped(&b, bl->agencies[i]);
		}
	}
	if (b.failed)
		return NE_ENOMEM;
	*out = b.data;
	*out_len = b.len;
	return NE_OK;
}

/*
 * Normalize: compute the name key of every person and agency (into keys
 * arrays parallel to the items) and drop repeated (key, role) people and
 * repeated agencies, keeping the first.  An item whose key is empty (only
 * punctuation) is an error.
 */
ne_status
ne_byline_normalize(ne_arena *arena, ne_byline *bl, char ***author_keys,
					char ***agency_keys)
{
	char	  **ak = ne_arena_alloc(arena, (bl->n_authors + 1) * sizeof(char *));
	char	  **gk = ne_arena_alloc(arena, (bl->n_agencies + 1) * sizeof(char *));
	uint32_t	i,
				j,
				n;
	ne_status	st;

	if (ak == NULL || gk == NULL)
		return NE_ENOMEM;
	for (i = 0, n = 0; i < bl->n_authors; i++)
	{
		size_t		kl;
		bool		dup = false;

		st = ne_name_key(arena, bl->authors[i].name, strlen(bl->authors[i].name), &ak[n], &kl);
		if (st != NE_OK)
			return st;
		if (kl == 0)
			return NE_EFORMAT;
		for (j = 0; j < n; j++)
			if (bl->authors[j].role == bl->authors[i].role && strcmp(ak[j], ak[n]) == 0)
				dup = true;
		if (!dup)
			bl->authors[n++] = bl->authors[i];
	}
	bl->n_authors = n;
	for (i = 0, n = 0; i < bl->n_agencies; i++)
	{
		size_t		kl;
		bool		dup = false;

		st = ne_name_key(arena, bl->agencies[i], strlen(bl->agencies[i]), &gk[n], &kl);
		if (st != NE_OK)
			return st;
		if (kl == 0)
			return NE_EFORMAT;
		for (j = 0; j < n; j++)
			if (strcmp(gk[j], gk[n]) == 0)
				dup = true;
		if (!dup)
			bl->agencies[n++] = bl->agencies[i];
	}
	bl->n_agencies = n;
	*author_keys = ak;
	*agency_keys = gk;
	return NE_OK;
}

/* Append an unsigned varint. */
static void
put_uv(ne_buf *b, uint64_t v)
{
	do
	{
		uint8_t		byte = v & 0x7F;

		v >>= 7;
		if (v)
			byte |= 0x80;
		ne_buf_putc(b, (char) byte);
	} while (v);
}

/* Append a length-prefixed string. */
static void
put_str(ne_buf *b, const char *s)
{
	put_uv(b, strlen(s));
	ne_buf_puts(b, s);
}

/* Serialize a normalized byline with its keys (stored and binary form). */
ne_status
ne_byline_serialize(ne_arena *arena, const ne_byline *bl, char **ak, char **gk,
					uint8_t **out, size_t *out_len)
{
	ne_buf		b;
	uint32_t	i;

	ne_buf_init(&b, arena, 64);
	ne_buf_putc(&b, BYLINE_FORMAT_VERSION);
	put_uv(&b, bl->n_authors);
	for (i = 0; i < bl->n_authors; i++)
	{
		put_str(&b, bl->authors[i].name);
		ne_buf_putc(&b, (char) bl->authors[i].role);
		put_str(&b, ak[i]);
	}
	put_uv(&b, bl->n_agencies);
	for (i = 0; i < bl->n_agencies; i++)
	{
		put_str(&b, bl->agencies[i]);
		put_str(&b, gk[i]);
	}
	if (b.failed)
		return NE_ENOMEM;
	*out = (uint8_t *) b.data;
	*out_len = b.len;
	return NE_OK;
}

typedef struct breader
{
	const uint8_t *p;
	size_t		left;
	bool		bad;
} breader;

/* Read a varint (at most 32 bits). */
static uint32_t
get_uv(breader *r)
{
	uint64_t	v = 0;
	int			shift = 0;

	while (!r->bad)
	{
		uint8_t		c;

		if (r->left == 0 || shift > 28)
		{
			r->bad = true;
			return 0;
		}
		c = *r->p++;
		r->left--;
		v |= (uint64_t) (c & 0x7F) << shift;
		if (!(c & 0x80))
			break;
		shift += 7;
	}
	if (v > UINT32_MAX)
		r->bad = true;
	return (uint32_t) v;
}

/* Read a string into the arena, checking length and UTF-8. */
static char *
get_str(breader *r, ne_arena *arena)
{
	uint32_t	n = get_uv(r);
	char	   *s;

	if (r->bad || n > r->left || ne_utf8_validate((const char *) r->p, n) != n)
	{
		r->bad = true;
		return NULL;
	}
	s = ne_arena_strndup(arena, (const char *) r->p, n);
	if (s == NULL)
	{
		r->bad = true;
		return NULL;
	}
	r->p += n;
	r->left -= n;
	return s;
}

/*
 * Decode the binary form into a byline and its keys.  Every count is
 * bounded by a constant and by the bytes left; the caller re-normalizes
 * the names (keys from the wire are not trusted) when trust_keys is false.
 */
ne_status
ne_byline_deserialize(ne_arena *arena, const uint8_t *data, size_t len,
					  ne_byline **out, char ***ak, char ***gk)
{
	breader		r;
	ne_byline  *bl;
	uint32_t	i;

	*out = NULL;
	if (len == 0 || data[0] != BYLINE_FORMAT_VERSION)
		return NE_EFORMAT;
	r.p = data + 1;
	r.left = len - 1;
	r.bad = false;
	bl = ne_arena_alloc(arena, sizeof(ne_byline));
	if (bl == NULL)
		return NE_ENOMEM;
	bl->n_authors = get_uv(&r);
	if (r.bad || bl->n_authors > BYLINE_MAX_ITEMS || bl->n_authors * 3 > r.left)
		return NE_EFORMAT;
	bl->authors = ne_arena_alloc(arena, (bl->n_authors + 1) * sizeof(ne_author));
	*ak = ne_arena_alloc(arena, (bl->n_authors + 1) * sizeof(char *));
	if (bl->authors == NULL || *ak == NULL)
		return NE_ENOMEM;
	for (i = 0; i < bl->n_authors && !r.bad; i++)
	{
		bl->authors[i].name = get_str(&r, arena);
		if (r.left == 0)
			r.bad = true;
		if (r.bad)
			break;
		bl->authors[i].role = *r.p++;
		r.left--;
		if (bl->authors[i].role >= NE_ROLE_COUNT)
			r.bad = true;
		(*ak)[i] = get_str(&r, arena);
	}
	if (r.bad)
		return NE_EFORMAT;
	bl->n_agencies = get_uv(&r);
	if (r.bad || bl->n_agencies > BYLINE_MAX_ITEMS || bl->n_agencies * 2 > r.left)
		return NE_EFORMAT;
	bl->agencies = ne_arena_alloc(arena, (bl->n_agencies + 1) * sizeof(char *));
	*gk = ne_arena_alloc(arena, (bl->n_agencies + 1) * sizeof(char *));
	if (bl->agencies == NULL || *gk == NULL)
		return NE_ENOMEM;
	for (i = 0; i < bl->n_agencies && !r.bad; i++)
	{
		bl->agencies[i] = get_str(&r, arena);
		(*gk)[i] = get_str(&r, arena);
	}
	if (r.bad || r.left != 0)
		return NE_EFORMAT;
	*out = bl;
	return NE_OK;
}
