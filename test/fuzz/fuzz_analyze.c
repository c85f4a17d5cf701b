/*
 * fuzz_analyze.c
 *	  libFuzzer target: the whole analysis on arbitrary bytes, then its JSON
 *	  and binary forms, which must read back to the same bytes.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *a = ne_arena_create(&fz_allocator);
	ne_doc	   *doc,
			   *back;
	char	   *json;
	size_t		jlen,
				erroff,
				blen,
				blen2;
	uint8_t    *bin,
			   *bin2;

	if (ne_analyze(a, (const char *) data, size, NULL, &doc) == NE_OK)
	{
		if (ne_doc_to_json(a, doc, &json, &jlen) != NE_OK)
			abort();
		if (ne_doc_from_json(a, json, jlen, &back, &erroff) != NE_OK)
			abort();
		if (ne_doc_serialize(a, doc, &bin, &blen) != NE_OK ||
			ne_doc_deserialize(a, bin, blen, &back) != NE_OK ||
			ne_doc_serialize(a, back, &bin2, &blen2) != NE_OK ||
			blen != blen2 || memcmp(bin, bin2, blen) != 0)
			abort();
	}
	ne_arena_destroy(a);
	return 0;
}
