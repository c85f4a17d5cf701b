# newsextract: PGXS build of the extension, plus the project's own targets
# (demo, test, eval, bench, fuzz).  See README.md.

EXTENSION = newsextract
MODULE_big = newsextract
DATA = newsextract--1.0.sql newsextract--1.0--1.1.sql newsextract--1.1--1.2.sql newsextract--1.2--1.3.sql

CORE_SRCS = src/core/util.c src/core/lexicon.c src/core/seg.c \
	src/core/analyze.c src/core/serial.c src/core/json.c \
	src/core/timestamps.c src/core/byline.c src/core/dateline.c \
	src/core/quotes.c src/core/names.c src/core/byline_type.c \
	src/core/query.c
CORE_OBJS = $(CORE_SRCS:.c=.o) src/core/lexicon_data.o
PG_OBJS = src/pg/newsextract.o src/pg/extract.o src/pg/byline.o src/pg/query.o
OBJS = $(CORE_OBJS) $(PG_OBJS)

REGRESS = newsdoc analyze name_key encoding extract byline query timestamps datelines bylines quotes
REGRESS_OPTS = --load-extension=newsextract

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)
PG_CPPFLAGS = $(ICU_CFLAGS)
PG_CFLAGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-sign-compare
SHLIB_LINK = $(ICU_LIBS)
EXTRA_CLEAN = src/core/lexicon_data.c results regression.diffs regression.out build

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
endif

LEXICONS = $(wildcard src/core/lexicon/*.txt)
src/core/lexicon_data.c: $(LEXICONS) tools/gen_lexicon.sh
	sh tools/gen_lexicon.sh $@ src/core/lexicon

$(CORE_OBJS) $(PG_OBJS): src/core/ne.h src/core/ne_internal.h
$(PG_OBJS): src/pg/pg_common.h

# ---------------------------------------------------------------- core tools
# Core-only builds (no server): unit tests with sanitizers, bench, fuzzers.
CC_SAN ?= clang
SAN_FLAGS = -g -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CORE_STANDALONE = $(CORE_SRCS) src/core/lexicon_data.c

# test_core_portable: the same tests on the portable tokenizer (no SSE2 word
# scan), as on other CPUs.
build/test_core_portable: UNIT_DEFS = -DNE_NO_SIMD
build/test_core build/test_core_portable: test/unit/test_core.c test/unit/test_extract.inc $(CORE_STANDALONE) src/core/ne.h src/core/ne_internal.h
	@mkdir -p build
	$(CC_SAN) $(SAN_FLAGS) $(UNIT_DEFS) -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Wno-unused-parameter -Isrc/core $(ICU_CFLAGS) -o $@ test/unit/test_core.c $(CORE_STANDALONE) $(ICU_LIBS) -lm

build/bench_core: test/bench/bench_core.c $(CORE_STANDALONE) src/core/ne.h src/core/ne_internal.h
	@mkdir -p build
	$(CC) -O2 -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Wno-unused-parameter -Isrc/core $(ICU_CFLAGS) -o $@ test/bench/bench_core.c $(CORE_STANDALONE) $(ICU_LIBS) -lm

build/fuzz_%: test/fuzz/fuzz_%.c $(CORE_STANDALONE) src/core/ne.h src/core/ne_internal.h
	@mkdir -p build
	clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_DEFAULT_SOURCE -Isrc/core $(ICU_CFLAGS) -o $@ $< $(CORE_STANDALONE) $(ICU_LIBS) -lm

FUZZ_TARGETS = analyze newsdoc_json newsdoc_binary byline newsquery
FUZZ_SECONDS ?= 60

.PHONY: unit fuzz demo test eval bench
unit: build/test_core
	build/test_core

fuzz: $(addprefix build/fuzz_,$(FUZZ_TARGETS))
	sh test/fuzz/run_fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

demo:
	sh tools/demo.sh

test:
	sh tools/run_tests.sh

eval:
	sh tools/eval.sh

bench:
	sh tools/bench.sh
