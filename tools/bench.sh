#!/bin/sh
# make bench: core throughput per extractor on the Reuters, PolNeAR and
# hand-labelled corpus texts (median of BENCH_RUNS runs, one core), then
# the SQL path over a table of the Reuters texts.
set -eu
cd "$(dirname "$0")/.."
. tools/lib.sh
SHARED=$(cd .. && pwd)/shared
RUNS=${BENCH_RUNS:-5}
if [ ! -d "$SHARED/corpus" ]; then
	echo "make bench: ../shared/corpus is not beside this checkout; nothing to measure."
	exit 0
fi
ne_setup_packages
make -s build/bench_core
mkdir -p build/bench
for c in reuters21578 polnear handlabeled; do
	python3 - "$SHARED/corpus/$c/gold.jsonl" "build/bench/$c.bin" <<'PY'
import json, struct, sys
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'wb') as out:
    for line in f:
        b = json.loads(line)['text'].encode('utf-8')
        out.write(struct.pack('<I', len(b)))
        out.write(b)
PY
	echo "== core: $c"
	build/bench_core "build/bench/$c.bin" "$RUNS"
done

echo "== SQL: one backend over the Reuters texts"
ne_build_install
DIR=${TMPDIR:-/tmp}/newsextract-bench-$$
PORT=${NE_BENCH_PORT:-55493}
trap 'ne_cluster_stop "$DIR"' EXIT INT TERM
ne_cluster_start "$DIR" "$PORT" --encoding=UTF8 --locale=C.UTF-8
export PGHOST="$DIR" PGPORT="$PORT" PGUSER=postgres PGDATABASE=postgres
psql -q -c "CREATE EXTENSION newsextract" -c "CREATE TABLE t (body text)"
python3 - "$SHARED/corpus/reuters21578/gold.jsonl" <<'PY' | psql -q -c "COPY t FROM STDIN (FORMAT csv)"
import csv, json, sys
w = csv.writer(sys.stdout)
for line in open(sys.argv[1], encoding='utf-8'):
    w.writerow([json.loads(line)['text']])
PY
psql -q -c "ALTER TABLE t SET (parallel_workers = 0)" -c "VACUUM ANALYZE t"
psql -At -c "SELECT pg_size_pretty(sum(octet_length(body))::bigint) || ' in ' || count(*) || ' rows' FROM t"
for q in "count(length(body))" "count(news_analyze(body))"; do
	best=""
	for r in 1 2 3; do
		ms=$(psql -At -c '\timing on' -c "SELECT $q FROM t" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
		if [ -z "$best" ] || [ "$(echo "$ms < $best" | awk '{print ($1 < $3)}')" = 1 ]; then best=$ms; fi
	done
	echo "SELECT $q FROM t: best of 3 = $best ms"
done

echo "== SQL: the newsdoc GIN index on 100,000 rows (Reuters texts repeated)"
psql -q -c "CREATE TABLE big (id serial, body text, doc newsdoc)"
python3 - "$SHARED/corpus/reuters21578/gold.jsonl" <<'PY' | psql -q -c "COPY big (body) FROM STDIN (FORMAT csv)"
import csv, json, sys
texts = [json.loads(l)['text'] for l in open(sys.argv[1], encoding='utf-8')]
w = csv.writer(sys.stdout)
for i in range(100000):
    w.writerow([texts[i % len(texts)]])
PY
psql -At -c '\timing on' -c "UPDATE big SET doc = news_analyze(body)" | sed -n 's/^Time: \(.*\)/analysis of 100,000 rows: \1/p'
psql -q -c "VACUUM ANALYZE big"
psql -At -c '\timing on' -c "CREATE INDEX big_doc ON big USING gin (doc)" | sed -n 's/^Time: \(.*\)/GIN index build: \1/p'
psql -At -c "SELECT 'GIN index size: ' || pg_size_pretty(pg_relation_size('big_doc')) || ', table: ' || pg_size_pretty(pg_table_size('big'))"
for q in "place:tokyo" "author:mankowski" "agency:reuters & place:london" "speaker:baker | place:bonn"; do
	with=$(psql -At -c '\timing on' -c "SELECT count(*) FROM big WHERE doc @@ '$q'" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
	without=$(psql -At -c "SET enable_bitmapscan = off" -c "SET enable_indexscan = off" -c '\timing on' -c "SELECT count(*) FROM big WHERE doc @@ '$q'" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
	echo "doc @@ '$q': with index $with ms, sequential scan $without ms"
done
