/*
 * fuzz_newsquery.c
 *	  libFuzzer target: the newsquery parser and binary decoder on arbitrary
 *	  bytes.  An accepted query must print, parse back to the same text and
 *	  encode/decode losslessly; a decoded binary value must print.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *a = ne_arena_create(&fz_allocator);
	ne_query   *q,
			   *back;
	char	   *t1,
			   *t2;
	size_t		l1,
				l2,
				erroff,
				blen;
	uint8_t    *bin;
	const char *msg;

	if (ne_query_parse(a, (const char *) data, size, &q, &erroff, &msg) == NE_OK)
	{
		if (ne_query_format(a, q, &t1, &l1) != NE_OK ||
			ne_query_parse(a, t1, l1, &back, &erroff, &msg) != NE_OK ||
			ne_query_format(a, back, &t2, &l2) != NE_OK ||
			l1 != l2 || memcmp(t1, t2, l1) != 0 ||
			ne_query_serialize(a, back, &bin, &blen) != NE_OK ||
			ne_query_deserialize(a, bin, blen, &q) != NE_OK)
			abort();
	}
	if (ne_query_deserialize(a, data, size, &q) == NE_OK &&
		ne_query_format(a, q, &t1, &l1) != NE_OK)
		abort();
	ne_arena_destroy(a);
	return 0;
}
