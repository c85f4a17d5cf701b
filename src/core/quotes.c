/*-------------------------------------------------------------------------
 *
 * quotes.c
 *	  Extractor placeholder.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

/* Not implemented yet. */
void
ne_extract_quotes(ne_ctx *ctx)
{
	(void) ctx;
}
