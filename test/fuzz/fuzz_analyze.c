/*
 * fuzz_analyze.c
 *	  libFuzzer target: the whole analysis on arbitrary bytes, then its JSON
 *	  and binary forms, which must read back to the same bytes; and the
 *	  dateline read alone (which may read only the text's head), which must
 *	  be the whole analysis's.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Are two strings the same (both NULL, or equal)? */
static int
same_str(const char *a, const char *b)
{
	return (a == NULL || b == NULL) ? a == b : strcmp(a, b) == 0;
}

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
		if (ne_analyze_some(a, (const char *) data, size, NULL, NE_X_DATELINE, &back) != NE_OK)
			abort();
		if ((doc->dateline == NULL) != (back->dateline == NULL))
			abort();
		if (doc->dateline &&
			(!same_str(doc->dateline->place, back->dateline->place) ||
			 !same_str(doc->dateline->region, back->dateline->region) ||
			 !same_str(doc->dateline->agency, back->dateline->agency) ||
			 !same_str(doc->dateline->text, back->dateline->text) ||
			 doc->dateline->month != back->dateline->month ||
			 doc->dateline->day != back->dateline->day ||
			 doc->dateline->year != back->dateline->year ||
			 doc->dateline->span.start != back->dateline->span.start))
			abort();
	}
	ne_arena_destroy(a);
	return 0;
}
