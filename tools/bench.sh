#!/bin/sh
# make bench: core throughput per extractor on the Reuters, PolNeAR and
# hand-labelled corpus texts (median of BENCH_RUNS runs, one core), then
# the SQL path over a table of the Reuters texts.
set -eu
cd "$(dirname "$0")/.."
. tools/lib.sh
SHARED=$(cd .. && pwd)/shared
RUNS=${BENCH_RUNS:-5}
# CPUs to pin the core passes to, one after the other ("" for none)
if [ -z "${BENCH_CPUS+set}" ]; then
	BENCH_CPUS=""
	command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ] && BENCH_CPUS="0 1"
fi
if [ ! -d "$SHARED/corpus" ]; then
	echo "make bench: ../shared/corpus is not beside this checkout; nothing to measure."
	exit 0
fi
ne_setup_packages
make -s build/bench_core
mkdir -p build/bench
ALL_SPEEDS=""	# whole analysis on Reuters, per pinned CPU
for c in reuters21578 polnear handlabeled; do
	python3 - "$SHARED/corpus/$c/gold.jsonl" "build/bench/$c.bin" <<'PY'
import json, struct, sys
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'wb') as out:
    for line in f:
        b = json.loads(line)['text'].encode('utf-8')
        out.write(struct.pack('<I', len(b)))
        out.write(b)
PY
	# Each CPU in turn: the two of this VM can run at different speeds (46
	# and 63 MB/s for the whole analysis for hours, equal at other times), so
	# an unpinned figure depends on where the scheduler puts the process.
	if [ -n "$BENCH_CPUS" ]; then
		for cpu in $BENCH_CPUS; do
			echo "== core: $c (pinned to CPU $cpu)"
			out=$(taskset -c "$cpu" build/bench_core "build/bench/$c.bin" "$RUNS")
			echo "$out"
			[ "$c" = reuters21578 ] && ALL_SPEEDS="$ALL_SPEEDS $(echo "$out" | awk '/news_analyze/ {print $3}')"
		done
	else
		echo "== core: $c"
		build/bench_core "build/bench/$c.bin" "$RUNS"
	fi
done

if [ "${PEERS:-0}" = 1 ]; then
	# The peers run on the first PEERS_MB of each corpus (compromise reads
	# about 0.1 MB/s); ours is timed again on exactly those texts.
	command -v node >/dev/null && command -v npm >/dev/null ||
		ne_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
	PEERS_DIR=$(pwd)/build/peers
	mkdir -p "$PEERS_DIR"
	[ -f "$PEERS_DIR/package.json" ] || echo '{"name":"newsextract-bench-peers","private":true}' >"$PEERS_DIR/package.json"
	[ -d "$PEERS_DIR/node_modules/compromise" ] && [ -d "$PEERS_DIR/node_modules/chrono-node" ] ||
		(cd "$PEERS_DIR" && npm install --no-audit --no-fund chrono-node@2.10.3 compromise@14.17.0 >/dev/null)
	for c in reuters21578 polnear handlabeled; do
		python3 - "build/bench/$c.bin" "build/bench/$c.peers.bin" "${PEERS_MB:-1}" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read()
limit, off = float(sys.argv[3]) * 1e6, 0
while off + 4 <= len(d) and off < limit:
    off += 4 + struct.unpack('<I', d[off:off + 4])[0]
open(sys.argv[2], 'wb').write(d[:off])
PY
		echo "== peers: $c (first ${PEERS_MB:-1} MB, same texts for both, one core)"
		# both on the same CPU (the first of BENCH_CPUS), when pinning
		pin=""
		[ -n "$BENCH_CPUS" ] && pin="taskset -c ${BENCH_CPUS%% *}"
		ours=$($pin build/bench_core "build/bench/$c.peers.bin" "$RUNS")
		theirs=$(PEERS_DIR="$PEERS_DIR" $pin node test/bench/peers.mjs "build/bench/$c.peers.bin" "${PEER_RUNS:-3}")
		echo "$ours" | head -1
		printf '%-34s %10s %10s %8s\n' "task: ours vs peer" "ours MB/s" "peer MB/s" "ratio"
		ts=$(echo "$ours" | awk '$1 == "timestamps" {print $2}')
		qs=$(echo "$ours" | awk '$1 == "quotes" {print $2}')
		ch=$(echo "$theirs" | awk '$1 == "chrono-node" {print $2}')
		co=$(echo "$theirs" | awk '$1 == "compromise" {print $2}')
		printf '%-34s %10s %10s %7.0fx\n' "dates: timestamps vs chrono-node" "$ts" "$ch" "$(echo "$ts $ch" | awk '{print $1 / $2}')"
		printf '%-34s %10s %10s %7.0fx\n' "quotes: quotes vs compromise" "$qs" "$co" "$(echo "$qs $co" | awk '{print $1 / $2}')"
	done
fi

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

echo "== SQL: parallel plans (2 cores): count(news_analyze(body)) over 60,000 rows with 0 and 2 workers per gather"
psql -q -c "CREATE TABLE p (body text)"
python3 - "$SHARED/corpus/reuters21578/gold.jsonl" "$SHARED/corpus/polnear/gold.jsonl" <<'PY' | psql -q -c "COPY p FROM STDIN (FORMAT csv)"
import csv, json, sys
texts = [json.loads(l)['text'] for f in sys.argv[1:] for l in open(f, encoding='utf-8')]
w = csv.writer(sys.stdout)
for i in range(60000):
    w.writerow([texts[i % len(texts)]])
PY
psql -q -c "VACUUM ANALYZE p"
psql -At -c "SELECT pg_size_pretty(sum(octet_length(body))::bigint) || ' in ' || count(*) || ' rows' FROM p"
# serial and parallel runs alternate, so that a change of the machine's speed
# over the minutes the runs take weighs on all alike; best of five each.  On
# two cores the leader competes with its two workers: the same plan is also
# timed with parallel_leader_participation off.
best0=""
best2=""
best2n=""
for r in 1 2 3 4 5; do
	for cfg in "0 on" "2 on" "2 off"; do
		set -- $cfg
		ms=$(psql -At -c "SET max_parallel_workers_per_gather = $1" -c "SET parallel_leader_participation = $2" \
			-c "SET parallel_setup_cost = 0" -c "SET min_parallel_table_scan_size = 0" -c '\timing on' \
			-c "SELECT count(news_analyze(body)) FROM p" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
		case "$1$2" in
			0on) b=$best0 ;;
			2on) b=$best2 ;;
			*) b=$best2n ;;
		esac
		if [ -z "$b" ] || [ "$(echo "$ms $b" | awk '{print ($1 < $2)}')" = 1 ]; then b=$ms; fi
		case "$1$2" in
			0on) best0=$b ;;
			2on) best2=$b ;;
			*) best2n=$b ;;
		esac
	done
done
echo "max_parallel_workers_per_gather = 0: best of 5 = $best0 ms"
echo "max_parallel_workers_per_gather = 2: best of 5 = $best2 ms"
echo "max_parallel_workers_per_gather = 2, parallel_leader_participation = off: best of 5 = $best2n ms"
echo "parallel speed-up, leader off: $(echo "$best0 $best2n" | awk '{printf "%.2f", $1 / $2}')x"
serial=$best0
best=$best2
echo "parallel speed-up: $(echo "$serial $best" | awk '{printf "%.2f", $1 / $2}')x"
if [ -n "$ALL_SPEEDS" ]; then
	# the best a parallel plan can do over a serial run on the fastest CPU
	echo "whole analysis per CPU (core, Reuters):$ALL_SPEEDS MB/s; the CPUs together: about $(echo "$ALL_SPEEDS" |
		awk '{s = 0; m = 0; for (i = 1; i <= NF; i++) { s += $i; if ($i > m) m = $i } printf "%.2f", s / m}')x the fastest"
fi
psql -At -c "SET max_parallel_workers_per_gather = 2" -c "SET parallel_setup_cost = 0" -c "SET min_parallel_table_scan_size = 0" \
	-c "EXPLAIN SELECT count(news_analyze(body)) FROM p" | grep -E "Gather|Workers Planned" | head -2

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
