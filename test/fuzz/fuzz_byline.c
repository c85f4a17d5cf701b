/*
 * fuzz_byline.c
 *	  libFuzzer target: the byline text parser and binary decoder on
 *	  arbitrary bytes.  An accepted text must normalize, encode, decode and
 *	  print back to a text that parses to the same value.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *a = ne_arena_create(&fz_allocator);
	ne_byline  *bl,
			   *back;
	char	  **ak,
			  **gk;
	uint8_t    *bin,
			   *bin2;
	size_t		blen,
				blen2,
				erroff,
				tlen;
	char	   *text;

	if (ne_byline_parse(a, (const char *) data, size, &bl, &erroff) == NE_OK &&
		ne_byline_normalize(a, bl, &ak, &gk) == NE_OK)
	{
		if (ne_byline_serialize(a, bl, ak, gk, &bin, &blen) != NE_OK ||
			ne_byline_deserialize(a, bin, blen, &back, &ak, &gk) != NE_OK ||
			ne_byline_format(a, back, &text, &tlen) != NE_OK ||
			ne_byline_parse(a, text, tlen, &back, &erroff) != NE_OK ||
			ne_byline_normalize(a, back, &ak, &gk) != NE_OK ||
			ne_byline_serialize(a, back, ak, gk, &bin2, &blen2) != NE_OK ||
			blen != blen2 || memcmp(bin, bin2, blen) != 0)
			abort();
	}
	/* the same bytes as a binary value (the recv path) */
	if (ne_byline_deserialize(a, data, size, &bl, &ak, &gk) == NE_OK)
	{
		if (ne_byline_normalize(a, bl, &ak, &gk) == NE_OK &&
			ne_byline_format(a, bl, &text, &tlen) != NE_OK)
			abort();
	}
	ne_arena_destroy(a);
	return 0;
}
