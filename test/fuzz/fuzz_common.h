/* Shared allocator of the libFuzzer targets: plain malloc, freed with the arena. */
#include "ne_internal.h"

#include <stdlib.h>

static void *
fz_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static void
fz_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static const ne_allocator fz_allocator = {fz_alloc, fz_free, NULL};
