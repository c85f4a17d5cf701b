/*
 * fuzz_newsdoc_binary.c
 *	  libFuzzer target: the newsdoc binary decoder (the recv path) on
 *	  arbitrary bytes; an accepted value must re-encode canonically and print.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *a = ne_arena_create(&fz_allocator);
	ne_doc	   *doc,
			   *back;
	uint8_t    *bin,
			   *bin2;
	size_t		blen,
				blen2,
				jlen,
				erroff;
	char	   *json;

	if (ne_doc_deserialize(a, data, size, &doc) == NE_OK)
	{
		if (ne_doc_serialize(a, doc, &bin, &blen) != NE_OK ||
			ne_doc_deserialize(a, bin, blen, &back) != NE_OK ||
			ne_doc_serialize(a, back, &bin2, &blen2) != NE_OK ||
			blen != blen2 || memcmp(bin, bin2, blen) != 0 ||
			ne_doc_to_json(a, back, &json, &jlen) != NE_OK ||
			ne_doc_from_json(a, json, jlen, &doc, &erroff) != NE_OK)
			abort();
	}
	ne_arena_destroy(a);
	return 0;
}
