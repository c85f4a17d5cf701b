/*-------------------------------------------------------------------------
 *
 * ne.h
 *	  Public API of the newsextract core engine.
 *
 * The core is plain C11 plus ICU and includes no PostgreSQL header.  It
 * takes UTF-8 bytes, allocates only through a caller-supplied allocator,
 * and reports failure by return code (never longjmp).  Results carry
 * offsets in Unicode code points (0-based, end-exclusive as start+length),
 * so that any caller can turn them into its own character positions.
 *
 *-------------------------------------------------------------------------
 */
#ifndef NE_H
#define NE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NE_VERSION "1.3.0"
#define NE_FORMAT_VERSION 1		/* first byte of the binary form */

/* Return codes */
typedef enum ne_status
{
	NE_OK = 0,
	NE_ENOMEM,					/* the allocator returned NULL */
	NE_EINTR,					/* the interrupt callback asked to stop */
	NE_EUTF8,					/* input is not valid UTF-8 */
	NE_EINVAL,					/* a bad argument (e.g. unknown language) */
	NE_ETOOBIG,					/* input larger than NE_MAX_INPUT */
	NE_EFORMAT,					/* malformed serialized or text form */
	NE_EICU						/* ICU failed */
} ne_status;

/* Largest input accepted: offsets are kept in 32 bits. */
#define NE_MAX_INPUT ((size_t) 0x3FFFFFFF)

/*
 * Caller-supplied allocator.  alloc returns NULL on failure; free may be a
 * no-op when the caller releases memory wholesale (PostgreSQL contexts).
 */
typedef struct ne_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*free) (void *ctx, void *ptr);
	void	   *ctx;
} ne_allocator;

/* Returns nonzero when the caller wants the work abandoned. */
typedef int (*ne_interrupt_fn) (void *ctx);

typedef struct ne_options
{
	const char *lang;			/* two-letter code, or NULL to guess */
	const char *default_zone;	/* zone for times printed without one; NULL
								 * = UTC */
	ne_interrupt_fn interrupt;	/* may be NULL */
	void	   *interrupt_ctx;
} ne_options;

/* A span in code points; start = -1 means "none". */
typedef struct ne_span
{
	int32_t		start;
	int32_t		length;
} ne_span;

typedef enum ne_role
{
	NE_ROLE_AUTHOR = 0,
	NE_ROLE_REPORTING,
	NE_ROLE_ADDITIONAL_REPORTING,
	NE_ROLE_WRITING,
	NE_ROLE_EDITING,
	NE_ROLE_PHOTOS,
	NE_ROLE_COMPILED,
	NE_ROLE_COUNT
} ne_role;

typedef struct ne_author
{
	char	   *name;
	uint8_t		role;
} ne_author;

typedef struct ne_byline
{
	uint32_t	n_authors;
	ne_author  *authors;
	uint32_t	n_agencies;
	char	  **agencies;
} ne_byline;

typedef struct ne_dateline
{
	char	   *place;			/* NULL when only an agency opens the story */
	char	   *region;
	char	   *agency;
	int32_t		year;			/* 0 when unknown */
	int32_t		month;			/* 0 when not printed */
	int32_t		day;
	char	   *text;
	ne_span		span;
} ne_dateline;

typedef enum ne_ts_kind
{
	NE_TS_PUBLISHED = 0,
	NE_TS_UPDATED,
	NE_TS_OTHER,
	NE_TS_KIND_COUNT
} ne_ts_kind;

#define NE_TS_DATE_ONLY		0x01
#define NE_TS_ZONE_ASSUMED	0x02
#define NE_TS_AMBIGUOUS		0x04

typedef struct ne_timestamp
{
	uint8_t		kind;
	uint8_t		flags;
	int16_t		offset_minutes; /* printed offset, for display */
	int64_t		utc_seconds;	/* seconds since 1970-01-01T00:00:00Z; for a
								 * date alone, that day at 00:00 UTC */
	char	   *text;
	ne_span		span;
} ne_timestamp;

typedef enum ne_quote_kind
{
	NE_Q_DIRECT = 0,
	NE_Q_MIXED,
	NE_Q_PARTIAL,
	NE_Q_INDIRECT,
	NE_Q_KIND_COUNT
} ne_quote_kind;

typedef struct ne_quote
{
	char	   *text;
	ne_span		span;
	uint8_t		kind;
	char	   *speaker;		/* canonical name, or NULL */
	char	   *speaker_as_written;
	ne_span		speaker_span;
	char	   *cue;
	ne_span		cue_span;
	int32_t		paragraph;		/* 1-based paragraph number */
	int32_t		nested_in;		/* 1-based index of the enclosing quote, or 0 */
	uint32_t	n_parts;		/* 0 or >= 2 for interrupted quotes */
	ne_span    *parts;
} ne_quote;

typedef struct ne_doc
{
	char		lang[4];		/* "en", "de", ... or "und" */
	ne_byline  *byline;			/* NULL when nobody is credited */
	ne_dateline *dateline;		/* NULL when the story has none */
	uint32_t	n_timestamps;
	ne_timestamp *timestamps;	/* in text order */
	uint32_t	n_quotes;
	ne_quote   *quotes;			/* in text order */
} ne_doc;

/* Opaque arena that owns every allocation of one result. */
typedef struct ne_arena ne_arena;

extern ne_arena *ne_arena_create(const ne_allocator *a);
extern void ne_arena_destroy(ne_arena *arena);
extern void *ne_arena_alloc(ne_arena *arena, size_t size);

/*
 * Analyze UTF-8 text.  On NE_OK *out points to a doc owned by the arena.
 * The text need not be NUL-terminated.
 */
extern ne_status ne_analyze(ne_arena *arena, const char *text, size_t len,
							const ne_options *opts, ne_doc **out);

/* Which extractors to run (for benchmarks and the per-field SQL functions). */
#define NE_X_BYLINE		0x01
#define NE_X_DATELINE	0x02
#define NE_X_TIMESTAMPS 0x04
#define NE_X_QUOTES		0x08
#define NE_X_LANG		0x10	/* guess the language for ne_doc.lang */
#define NE_X_ALL		0x1F
#define NE_X_NONE		0x00	/* segmentation and zones only */

extern ne_status ne_analyze_some(ne_arena *arena, const char *text, size_t len,
								 const ne_options *opts, unsigned extractors,
								 ne_doc **out);

/* Binary form (version byte first); see serial.c. */
extern ne_status ne_doc_serialize(ne_arena *arena, const ne_doc *doc,
								  uint8_t **out, size_t *out_len);
extern ne_status ne_doc_deserialize(ne_arena *arena, const uint8_t *data,
									size_t len, ne_doc **out);

/* JSON form (the documented shape, plus the details needed to round-trip). */
extern ne_status ne_doc_to_json(ne_arena *arena, const ne_doc *doc,
								char **out, size_t *out_len);
extern ne_status ne_doc_from_json(ne_arena *arena, const char *json,
								  size_t len, ne_doc **out,
								  size_t *error_offset);

/* The byline type: text form, normalization (name keys), binary form. */
extern ne_status ne_byline_parse(ne_arena *arena, const char *s, size_t len,
								 ne_byline **out, size_t *erroff);
extern ne_status ne_byline_format(ne_arena *arena, const ne_byline *bl,
								  char **out, size_t *out_len);
extern ne_status ne_byline_normalize(ne_arena *arena, ne_byline *bl,
									 char ***author_keys, char ***agency_keys);
extern ne_status ne_byline_serialize(ne_arena *arena, const ne_byline *bl,
									 char **author_keys, char **agency_keys,
									 uint8_t **out, size_t *out_len);
extern ne_status ne_byline_deserialize(ne_arena *arena, const uint8_t *data,
									   size_t len, ne_byline **out,
									   char ***author_keys, char ***agency_keys);

/* newsquery: author:korso & (speaker:"sergei lavrov" | place:moscow) & !agency:reuters */
typedef enum ne_qfield
{
	NE_QF_AUTHOR = 0,
	NE_QF_SPEAKER,
	NE_QF_PLACE,
	NE_QF_AGENCY,
	NE_QF_CUE,
	NE_QF_COUNT
} ne_qfield;

#define NE_QN_TERM	1
#define NE_QN_AND	2
#define NE_QN_OR	3
#define NE_QN_NOT	4

#define NE_QT_QUOTED 0x01			/* match the whole key */
#define NE_QT_PREFIX 0x02			/* word prefix ("kor*") */

typedef struct ne_qnode
{
	uint8_t		type;
	uint8_t		field;
	uint8_t		flags;
	char	   *value;			/* the value as written (terms) */
	char	   *key;			/* its name key, derived (not stored) */
} ne_qnode;

typedef struct ne_query
{
	uint32_t	n;
	ne_qnode   *nodes;			/* prefix order */
} ne_query;

extern ne_status ne_query_parse(ne_arena *arena, const char *s, size_t len,
								ne_query **out, size_t *erroff,
								const char **errmsg);
extern ne_status ne_query_format(ne_arena *arena, const ne_query *q,
								 char **out, size_t *out_len);
extern ne_status ne_query_serialize(ne_arena *arena, const ne_query *q,
									uint8_t **out, size_t *out_len);
extern ne_status ne_query_deserialize(ne_arena *arena, const uint8_t *d,
									  size_t len, ne_query **out);
extern ne_status ne_query_match(ne_arena *arena, const ne_doc *doc,
								const ne_query *q, bool *result);
extern ne_status ne_doc_index_keys(ne_arena *arena, const ne_doc *doc,
								   uint32_t **out, uint32_t *n);
extern void ne_query_term_keys(const ne_query *q, uint32_t *term_key,
							   bool *has_key);
extern int	ne_query_eval_ternary(const ne_query *q, const int *term_value);
extern const char *ne_query_field_name(int field);

/* Normalized key for person names: NFKD, marks dropped, folded, Latin. */
extern ne_status ne_name_key(ne_arena *arena, const char *s, size_t len,
							 char **out, size_t *out_len);

/* Validate UTF-8; returns the byte offset of the first bad sequence or len. */
extern size_t ne_utf8_validate(const char *s, size_t len);

/* Number of code points in s[0..len) (valid UTF-8 assumed). */
extern size_t ne_u8_count(const char *s, size_t len);

extern bool ne_lang_supported(const char *lang);

extern const char *ne_role_name(int role);
extern int	ne_role_from_name(const char *s, size_t len);
extern const char *ne_ts_kind_name(int kind);
extern const char *ne_quote_kind_name(int kind);

/* "1.0.0 (ICU 72.1)" */
extern const char *ne_version_string(void);

/* Human-readable message for a status. */
extern const char *ne_status_message(ne_status st);

/*
 * Format a timestamp value as ISO 8601 ("2022-02-14T12:40:00+00:00" or
 * "2022-02-14" when date-only) into buf (at least 32 bytes).
 */
extern void ne_format_timestamp(const ne_timestamp *ts, char *buf);

/* Resolve a zone name (IANA or +hh:mm) for the given local time. */
extern ne_status ne_zone_offset(const char *zone, int64_t local_seconds,
								int *offset_minutes);

#endif							/* NE_H */
