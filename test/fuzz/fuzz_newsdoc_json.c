/*
 * fuzz_newsdoc_json.c
 *	  libFuzzer target: the newsdoc text (JSON) parser on arbitrary bytes; an
 *	  accepted value must print and parse back to the same text.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ne_arena   *a = ne_arena_create(&fz_allocator);
	ne_doc	   *doc,
			   *back;
	char	   *json,
			   *json2;
	size_t		jlen,
				jlen2,
				erroff;

	if (ne_doc_from_json(a, (const char *) data, size, &doc, &erroff) == NE_OK)
	{
		if (ne_doc_to_json(a, doc, &json, &jlen) != NE_OK ||
			ne_doc_from_json(a, json, jlen, &back, &erroff) != NE_OK ||
			ne_doc_to_json(a, back, &json2, &jlen2) != NE_OK ||
			jlen != jlen2 || memcmp(json, json2, jlen) != 0)
			abort();
	}
	ne_arena_destroy(a);
	return 0;
}
