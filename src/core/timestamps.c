/*-------------------------------------------------------------------------
 *
 * timestamps.c
 *	  Extractor placeholder.
 *
 *-------------------------------------------------------------------------
 */
#include "ne_internal.h"

/* Not implemented yet. */
void
ne_extract_timestamps(ne_ctx *ctx)
{
	(void) ctx;
}
