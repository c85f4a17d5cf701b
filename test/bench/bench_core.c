/*
 * bench_core.c
 *	  Throughput of the core engine on one core: MB/s of UTF-8 input for the
 *	  segmentation pass, each extractor, and the whole analysis, beside a
 *	  memchr scan floor over the same bytes; the median of several runs.
 *
 *	  bench_core FILE [RUNS]   FILE: texts, each a 4-byte little-endian
 *	  length and the bytes (written by tools/bench.sh).
 */
#include "ne.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct text
{
	const char *p;
	size_t		n;
} text;

static void *
b_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static void
b_free(void *ctx, void *p)
{
	(void) ctx;
	free(p);
}

static const ne_allocator ballocator = {b_alloc, b_free, NULL};

/* Monotonic seconds. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

static volatile size_t sink;

/* One timed pass over every text; mode < 0 is the memchr floor. */
static double
one_run(const text *t, size_t n, int mode)
{
	double		t0 = now();
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (mode < 0)
		{
			const char *p = t[i].p,
					   *end = t[i].p + t[i].n;
			size_t		c = 0;

			while ((p = memchr(p, '"', (size_t) (end - p))) != NULL)
			{
				c++;
				p++;
			}
			sink += c;
		}
		else
		{
			ne_arena   *a = ne_arena_create(&ballocator);
			ne_doc	   *d;

			if (ne_analyze_some(a, t[i].p, t[i].n, NULL, (unsigned) mode, &d) != NE_OK)
			{
				fprintf(stderr, "analysis failed on text %zu\n", i);
				exit(1);
			}
			sink += d->n_quotes;
			ne_arena_destroy(a);
		}
	}
	return now() - t0;
}

int
main(int argc, char **argv)
{
	static const struct
	{
		const char *name;
		int			mode;
	}			modes[] = {
		{"scan floor (memchr)", -1},
		{"segmentation", NE_X_NONE},
		{"timestamps", NE_X_TIMESTAMPS},
		{"bylines", NE_X_BYLINE},
		{"datelines", NE_X_DATELINE},
		{"quotes", NE_X_QUOTES},
		{"news_analyze (all)", NE_X_ALL},
	};
	FILE	   *f;
	char	   *buf;
	long		size;
	text	   *texts;
	size_t		ntexts = 0,
				cap = 1024,
				off = 0,
				bytes = 0,
				m;
	int			runs = argc > 2 ? atoi(argv[2]) : 5;
	struct rusage ru;
	double		floor_mbs = 0;

	if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL)
	{
		fprintf(stderr, "usage: bench_core FILE [RUNS]\n");
		return 2;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t) size);
	if (fread(buf, 1, (size_t) size, f) != (size_t) size)
		return 2;
	fclose(f);
	texts = malloc(cap * sizeof(text));
	while (off + 4 <= (size_t) size)
	{
		uint32_t	n = (uint32_t) (unsigned char) buf[off] |
			((uint32_t) (unsigned char) buf[off + 1] << 8) |
			((uint32_t) (unsigned char) buf[off + 2] << 16) |
			((uint32_t) (unsigned char) buf[off + 3] << 24);

		off += 4;
		if (off + n > (size_t) size)
			break;
		if (ntexts == cap)
			texts = realloc(texts, (cap *= 2) * sizeof(text));
		texts[ntexts].p = buf + off;
		texts[ntexts].n = n;
		ntexts++;
		bytes += n;
		off += n;
	}
	if (runs < 1)
		runs = 1;
	printf("%zu texts, %.2f MB, median of %d runs, one core\n", ntexts, bytes / 1e6, runs);
	printf("%-22s %10s %12s\n", "pass", "MB/s", "x floor");
	one_run(texts, ntexts, NE_X_ALL);	/* warm up ICU tables and caches */
	for (m = 0; m < sizeof(modes) / sizeof(modes[0]); m++)
	{
		double	   *times = malloc((size_t) runs * sizeof(double));
		double		mbs;
		int			r;

		for (r = 0; r < runs; r++)
			times[r] = one_run(texts, ntexts, modes[m].mode);
		qsort(times, (size_t) runs, sizeof(double), cmp_double);
		mbs = bytes / 1e6 / times[runs / 2];
		if (modes[m].mode < 0)
			floor_mbs = mbs;
		printf("%-22s %10.1f %12.3f\n", modes[m].name, mbs, floor_mbs > 0 ? mbs / floor_mbs : 0);
		free(times);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("peak RSS: %.1f MB (input %.1f MB)\n", ru.ru_maxrss / 1024.0, bytes / 1e6);
	free(texts);
	free(buf);
	return 0;
}
