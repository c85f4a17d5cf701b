/*-------------------------------------------------------------------------
 *
 * util.c
 *	  Arena allocation, growable buffers, UTF-8 validation and character
 *	  classes (ASCII table fast path, ICU for everything else), and the
 *	  small name tables of the public API.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#define ARENA_BLOCK 16384

typedef struct arena_block
{
	struct arena_block *next;
	size_t		used;
	size_t		size;
	/* data follows, max-aligned */
} arena_block;

struct ne_arena
{
	ne_allocator alloc;
	arena_block *head;
};

#define BLOCK_HDR ((sizeof(arena_block) + 15) & ~(size_t) 15)

/*
 * Create an arena on top of the caller's allocator.  Returns NULL when the
 * allocator fails.
 */
ne_arena *
ne_arena_create(const ne_allocator *a)
{
	ne_arena   *arena = a->alloc(a->ctx, sizeof(ne_arena));

	if (arena == NULL)
		return NULL;
	arena->alloc = *a;
	arena->head = NULL;
	return arena;
}

/* Release every block of the arena, then the arena itself. */
void
ne_arena_destroy(ne_arena *arena)
{
	arena_block *b;

	if (arena == NULL)
		return;
	b = arena->head;
	while (b)
	{
		arena_block *next = b->next;

		if (arena->alloc.free)
			arena->alloc.free(arena->alloc.ctx, b);
		b = next;
	}
	if (arena->alloc.free)
		arena->alloc.free(arena->alloc.ctx, arena);
}

/*
 * Allocate size bytes, 16-byte aligned, not initialized.  Large requests
 * get a block of their own.  Returns NULL when the allocator fails.
 */
void *
ne_arena_alloc_raw(ne_arena *arena, size_t size)
{
	arena_block *b = arena->head;
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (b == NULL || b->size - b->used < size)
	{
		size_t		bsize = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;

		if (size > SIZE_MAX - BLOCK_HDR)
			return NULL;
		b = arena->alloc.alloc(arena->alloc.ctx, BLOCK_HDR + bsize);
		if (b == NULL)
			return NULL;
		b->size = bsize;
		b->used = 0;
		if (size > ARENA_BLOCK / 4 && arena->head)
		{
			/* keep the current block for small allocations */
			b->next = arena->head->next;
			arena->head->next = b;
		}
		else
		{
			b->next = arena->head;
			arena->head = b;
		}
	}
	p = (char *) b + BLOCK_HDR + b->used;
	b->used += size;
	return p;
}

/* Allocate size bytes, zero-filled. */
void *
ne_arena_alloc(ne_arena *arena, size_t size)
{
	void	   *p = ne_arena_alloc_raw(arena, size);

	if (p)
		memset(p, 0, size);
	return p;
}

/* Copy len bytes into the arena with a terminating NUL. */
char *
ne_arena_strndup(ne_arena *arena, const char *s, size_t len)
{
	char	   *p = ne_arena_alloc(arena, len + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Start a buffer with an initial capacity. */
void
ne_buf_init(ne_buf *b, ne_arena *arena, size_t cap)
{
	b->arena = arena;
	b->len = 0;
	b->cap = cap < 16 ? 16 : cap;
	b->failed = false;
	b->data = ne_arena_alloc_raw(arena, b->cap);
	if (b->data == NULL)
	{
		b->failed = true;
		b->cap = 0;
	}
	else
		b->data[0] = '\0';
}

/* Append n bytes; on allocation failure the buffer is marked failed. */
void
ne_buf_append(ne_buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap)
	{
		size_t		ncap = b->cap * 2;
		char	   *nd;

		while (ncap < b->len + n + 1)
			ncap *= 2;
		nd = ne_arena_alloc_raw(b->arena, ncap);
		if (nd == NULL)
		{
			b->failed = true;
			return;
		}
		memcpy(nd, b->data, b->len);
		b->data = nd;
		b->cap = ncap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* Append one byte. */
void
ne_buf_putc(ne_buf *b, char c)
{
	ne_buf_append(b, &c, 1);
}

/* Append a NUL-terminated string. */
void
ne_buf_puts(ne_buf *b, const char *s)
{
	ne_buf_append(b, s, strlen(s));
}

/* Start a vector of elements of the given size. */
void
ne_vec_init(ne_vec *v, ne_arena *arena, size_t elem, size_t cap)
{
	v->arena = arena;
	v->elem = elem;
	v->n = 0;
	v->cap = cap ? cap : 8;
	v->failed = false;
	v->data = ne_arena_alloc_raw(arena, v->cap * elem);
	if (v->data == NULL)
	{
		v->failed = true;
		v->cap = 0;
	}
}

/* Push a zeroed element and return it, or NULL on allocation failure. */
void *
ne_vec_push(ne_vec *v)
{
	if (v->failed)
		return NULL;
	if (v->n == v->cap)
	{
		size_t		ncap = v->cap * 2;
		void	   *nd = ne_arena_alloc_raw(v->arena, ncap * v->elem);

		if (nd == NULL)
		{
			v->failed = true;
			return NULL;
		}
		memcpy(nd, v->data, v->n * v->elem);
		v->data = nd;
		v->cap = ncap;
	}
	{
		void	   *slot = (char *) v->data + (v->n++) * v->elem;

		memset(slot, 0, v->elem);
		return slot;
	}
}

/*
 * Validate UTF-8 strictly (no overlongs, no surrogates, <= U+10FFFF, no
 * NUL).  Returns the offset of the first bad byte, or len when all is well.
 * Runs of ASCII are skipped eight bytes at a time.
 */
size_t
ne_utf8_validate(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c;

#ifdef NE_SIMD
		/* sixteen ASCII bytes, none zero, at a time */
		while (i + 16 <= len)
		{
			__m128i		v = _mm_loadu_si128((const __m128i *) (p + i));

			if ((_mm_movemask_epi8(v) | _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()))) != 0)
				break;
			i += 16;
		}
#endif
		while (i + 8 <= len)
		{
			uint64_t	w;

			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			/* a zero byte anywhere in w? */
			if ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		c = p[i];
		if (c == 0)
			return i;
		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
		{
			if (i + 1 >= len || (p[i + 1] & 0xC0) != 0x80)
				return i;
			i += 2;
		}
		else if (c >= 0xE0 && c <= 0xEF)
		{
			unsigned char lo = 0x80,
						hi = 0xBF;

			if (c == 0xE0)
				lo = 0xA0;
			if (c == 0xED)
				hi = 0x9F;
			if (i + 2 >= len || p[i + 1] < lo || p[i + 1] > hi ||
				(p[i + 2] & 0xC0) != 0x80)
				return i;
			i += 3;
		}
		else if (c >= 0xF0 && c <= 0xF4)
		{
			unsigned char lo = 0x80,
						hi = 0xBF;

			if (c == 0xF0)
				lo = 0x90;
			if (c == 0xF4)
				hi = 0x8F;
			if (i + 3 >= len || p[i + 1] < lo || p[i + 1] > hi ||
				(p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80)
				return i;
			i += 4;
		}
		else
			return i;
	}
	return len;
}

/* Count code points (continuation bytes are not counted). */
size_t
ne_u8_count(const char *s, size_t len)
{
	size_t		n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

/* Is c a letter? */
bool
ne_is_alpha(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return u_isalpha((UChar32) c);
}

/* Is c an upper-case (or title-case) letter? */
bool
ne_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return u_isupper((UChar32) c) || u_istitle((UChar32) c);
}

/* Is c a lower-case letter? */
bool
ne_is_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return u_islower((UChar32) c);
}

/* Is c white space (including no-break spaces)? */
bool
ne_is_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	return c == 0xA0 || c == 0x2007 || c == 0x202F || u_isUWhiteSpace((UChar32) c);
}

/* Is c a decimal digit? */
bool
ne_is_digit(uint32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return u_isdigit((UChar32) c);
}

/* Simple lower-case mapping. */
uint32_t
ne_to_lower(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	return (uint32_t) u_tolower((UChar32) c);
}

/* Encode code point c as UTF-8 into out; returns the number of bytes. */
size_t
ne_u8_encode(uint32_t c, char out[4])
{
	if (c < 0x80)
	{
		out[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (char) (0xC0 | (c >> 6));
		out[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (char) (0xE0 | (c >> 12));
		out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (c >> 18));
	out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}

/* Append code point c as UTF-8. */
static void
buf_put_cp(ne_buf *b, uint32_t c)
{
	char		tmp[4];

	ne_buf_append(b, tmp, ne_u8_encode(c, tmp));
}

/* Lower-case a UTF-8 string (simple mapping) into the arena. */
char *
ne_lower_dup(ne_arena *arena, const char *s, size_t len, size_t *out_len)
{
	ne_buf		b;
	size_t		i = 0;

	ne_buf_init(&b, arena, len + 1);
	while (i < len)
	{
		uint32_t	c = ne_u8_next(s, len, &i);

		buf_put_cp(&b, ne_to_lower(c));
	}
	if (b.failed)
		return NULL;
	if (out_len)
		*out_len = b.len;
	return b.data;
}

/*
 * Title-case words written in capitals: the first letter of each word (after
 * space, hyphen or apostrophe) stays, the others are lowered.  "MCDONALD"
 * becomes "Mcdonald": good enough for display, and keys fold case anyway.
 */
char *
ne_titlecase_dup(ne_arena *arena, const char *s, size_t len)
{
	ne_buf		b;
	size_t		i = 0;
	bool		word_start = true;

	ne_buf_init(&b, arena, len + 1);
	while (i < len)
	{
		uint32_t	c = ne_u8_next(s, len, &i);

		if (ne_is_alpha(c))
		{
			buf_put_cp(&b, word_start ? c : ne_to_lower(c));
			word_start = false;
		}
		else
		{
			buf_put_cp(&b, c);
			word_start = true;
		}
	}
	return b.failed ? NULL : b.data;
}

static const char *const role_names[NE_ROLE_COUNT] = {
	"author", "reporting", "additional reporting", "writing", "editing",
	"photos", "compiled"
};

/* SQL/JSON name of a contributor role. */
const char *
ne_role_name(int role)
{
	if (role < 0 || role >= NE_ROLE_COUNT)
		return "author";
	return role_names[role];
}

/* Role number of a name, or -1. */
int
ne_role_from_name(const char *s, size_t len)
{
	int			i;

	for (i = 0; i < NE_ROLE_COUNT; i++)
		if (strlen(role_names[i]) == len && memcmp(role_names[i], s, len) == 0)
			return i;
	return -1;
}

static const char *const ts_kind_names[NE_TS_KIND_COUNT] = {
	"published", "updated", "other"
};

/* SQL/JSON name of a timestamp kind. */
const char *
ne_ts_kind_name(int kind)
{
	if (kind < 0 || kind >= NE_TS_KIND_COUNT)
		return "other";
	return ts_kind_names[kind];
}

static const char *const quote_kind_names[NE_Q_KIND_COUNT] = {
	"direct", "mixed", "partial", "indirect"
};

/* SQL/JSON name of a quote kind. */
const char *
ne_quote_kind_name(int kind)
{
	if (kind < 0 || kind >= NE_Q_KIND_COUNT)
		return "direct";
	return quote_kind_names[kind];
}

/* Version of the extractor and of the ICU it runs on. */
const char *
ne_version_string(void)
{
	static char buf[64];

	if (buf[0] == '\0')
		snprintf(buf, sizeof(buf), "%s (ICU %s, Unicode %s)", NE_VERSION,
				 U_ICU_VERSION, U_UNICODE_VERSION);
	return buf;
}

/* Message for a status code. */
const char *
ne_status_message(ne_status st)
{
	switch (st)
	{
		case NE_OK:
			return "success";
		case NE_ENOMEM:
			return "out of memory";
		case NE_EINTR:
			return "interrupted";
		case NE_EUTF8:
			return "invalid UTF-8 byte sequence";
		case NE_EINVAL:
			return "invalid argument";
		case NE_ETOOBIG:
			return "input too large";
		case NE_EFORMAT:
			return "malformed value";
		case NE_EICU:
			return "ICU error";
	}
	return "unknown error";
}
