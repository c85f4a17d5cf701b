#!/bin/sh
# Integration checks against a running throwaway cluster (PGHOST/PGPORT set
# by tools/run_tests.sh): cancellation, linear cost on adversarial text,
# encodings, hostile functions in public, script hygiene, a second cluster
# as a postgres_fdw shard, and a concurrent load.  Prints TAP.
# Usage: run.sh SHARD_DIR SHARD_PORT
set -u
SHARD_DIR=$1
SHARD_PORT=$2
LOAD_SECONDS=${LOAD_SECONDS:-20}
n=0
check() {	# check "description" command...
	desc=$1; shift
	n=$((n + 1))
	if out=$("$@" 2>&1); then
		echo "ok $n - $desc"
		echo "$out" | grep -v '^$' | sed 's/^/#   /' | head -12
	else
		echo "not ok $n - $desc"
		echo "$out" | sed 's/^/#   /' | head -20
	fi
}
q() { psql -X -At -v ON_ERROR_STOP=1 -d "${DB:-newsextract_it}" -c "$1"; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS newsextract_it" -c "CREATE DATABASE newsextract_it" >/dev/null
DB=newsextract_it q "CREATE EXTENSION newsextract" >/dev/null

# --- cancellation: statement_timeout stops a 120 MB text of quotation marks in time
cancel_check() {
	out=$(psql -X -d newsextract_it -c '\timing on' -c "SET statement_timeout = '2s'" \
		-c "SELECT length(news_analyze(repeat('\"', 120000000))::text)" 2>&1)
	echo "$out" | grep -q "canceling statement due to statement timeout" || { echo "$out"; return 1; }
	ms=$(echo "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
	echo "cancelled after $ms ms"
	awk -v ms="$ms" 'BEGIN { exit !(ms < 3000) }'
}
check "statement_timeout cancels news_analyze on 120 MB of quote marks within a second of the deadline" cancel_check

# --- linear cost: 4x the text costs at most about 4x the time (generous bound: 7x)
linear_check() {	# linear_check SQL-unit [language]
	unit=$1
	lang=
	[ -z "${2:-}" ] || lang=", '$2'"
	t() {
		psql -X -d newsextract_it -c '\timing on' \
			-c "SELECT length(news_analyze(repeat($unit, $1)$lang)::text)" 2>&1 |
			sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
	}
	small=$(t 50000); big=$(t 200000)
	echo "50k units: $small ms, 200k units: $big ms"
	awk -v s="$small" -v b="$big" 'BEGIN { exit !(b < 7 * s + 50) }'
}
check "linear cost: quotation marks" linear_check "'\"'"
check "linear cost: capitals" linear_check "'ABC DEF. '"
check "linear cost: digits and dots" linear_check "'1.2.3. '"
check "linear cost: said that said that" linear_check "'said that '"
check "linear cost: guillemets and initials" linear_check "'« J. R. '"
check "linear cost: one endless sentence of reported clauses with words in marks" linear_check "'he said it was a \"disaster\" and '"
check "linear cost: German reported speech, one endless sentence" linear_check "'Er sagte, es sei „gut“, laut der Polizei „x“ und '" de
check "linear cost: role speakers that no name in the text holds" linear_check "'The foreign minister said that the plan works well. '"

# --- encodings: character offsets are right in EUC_JP, LATIN1 and WIN1252 databases
enc_check() {	# enc_check ENCODING TEXT
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS newsextract_enc" \
		-c "CREATE DATABASE newsextract_enc ENCODING '$1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" >/dev/null || return 1
	r=$(PGCLIENTENCODING=UTF8 psql -X -At -v ON_ERROR_STOP=1 -d newsextract_enc -c "CREATE EXTENSION newsextract" \
		-c "SELECT count(*) > 0 AND bool_and(substr(b, start, length) = text)
			FROM (SELECT \$\$$2\$\$::text AS b) s, news_quotes(b)" 2>&1 | tail -1)
	psql -X -q -d postgres -c "DROP DATABASE newsextract_enc" >/dev/null
	echo "quotes found and every span right: $r"
	[ "$r" = "t" ]
}
check "EUC_JP database: spans are character offsets" enc_check EUC_JP \
	"東京 - 市長は月曜日に記者団に語った。\n“We will open the line in 2026,” said Mayor Kenji Sato, who spoke in 東京.\nSato added that the city would pay for the work."
check "LATIN1 database: spans are character offsets" enc_check LATIN1 \
	"Café owners protest\n«Nous ne fermerons pas nos terrasses», a déclaré Zoë Müller, qui tient un café.\n\"We will not close,\" said Zoë Müller again."
check "WIN1252 database: spans are character offsets" enc_check WIN1252 \
	"Café owners protest – again\n„Wir schließen nicht“, sagte Zoë Müller, die ein Café führt.\nMüller said that the owners would meet again on Friday."

# --- hostile objects in public do not change what the extension does
hostile_check() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS newsextract_hostile" -c "CREATE DATABASE newsextract_hostile" >/dev/null
	psql -X -q -v ON_ERROR_STOP=1 -d newsextract_hostile <<'SQL' >/dev/null || return 1
CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hostile lower called'; END$$;
CREATE FUNCTION public.upper(text) RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hostile upper called'; END$$;
CREATE FUNCTION public.substr(text, int, int) RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hostile substr'; END$$;
CREATE FUNCTION public.array_agg(text) RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hostile'; END$$;
CREATE FUNCTION public.textcat(text, text) RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hostile textcat'; END$$;
CREATE EXTENSION newsextract;
SQL
	r=$(DB=newsextract_hostile q "SELECT news_byline(E'COCOA\nby Maria Lindqvist, Reuters\nACCRA, March 3 - Farmers said on Tuesday that rains delayed the harvest.')::text,
		(news_analyze('\"We act now,\" Jane Doe said.')::jsonb -> 'quotes' -> 0 ->> 'speaker'),
		news_analyze('x') @@ 'speaker:doe', 'JOSE PEREZ'::byline = 'José Pérez'")
	psql -X -q -d postgres -c "DROP DATABASE newsextract_hostile" >/dev/null
	echo "$r"
	[ "$r" = "Maria Lindqvist | Reuters|Jane Doe|f|t" ]
}
check "hostile public.lower/upper/substr/textcat are never called" hostile_check

script_check() {
	for f in newsextract--*.sql; do
		! grep -qiE 'CREATE +OR +REPLACE|IF +NOT +EXISTS' "$f" || { echo "CREATE OR REPLACE / IF NOT EXISTS in $f"; return 1; }
		! grep -qE "'[^']*@extschema@[^']*'" "$f" || { echo "@extschema@ inside a quoted string in $f"; return 1; }
		! grep -q "LANGUAGE sql" "$f" || { echo "an SQL-language function in $f: check schema qualification"; return 1; }
		grep -q '^\\echo Use ".*" to load this file. \\quit' "$f" || { echo "no psql guard in $f"; return 1; }
	done
	grep -q "relocatable = false" newsextract.control || return 1
	grep -q "trusted = false" newsextract.control || return 1
}
check "extension script: no CREATE OR REPLACE, no IF NOT EXISTS, @extschema@ never quoted, not relocatable" script_check

# --- upgrades: every released version updates to the default one; stored values stay readable
upgrade_check() {
	udb=newsextract_up
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $udb" -c "CREATE DATABASE $udb" >/dev/null || return 1
	default=$(sed -n "s/^default_version = '\(.*\)'/\1/p" newsextract.control)
	for from in $(ls newsextract--*--*.sql | sed 's/newsextract--\(.*\)--.*\.sql/\1/' | sort -u); do
		DB=$udb q "DROP EXTENSION IF EXISTS newsextract CASCADE" >/dev/null 2>&1
		DB=$udb q "DROP TABLE IF EXISTS a" >/dev/null 2>&1
		DB=$udb q "CREATE EXTENSION newsextract VERSION '$from'" >/dev/null || return 1
		DB=$udb q "CREATE TABLE a AS SELECT g AS id, E'Tram approved\nBy Anna Berg\n\u201cWe will build it by spring,\u201d Mayor Tom Holt said on Monday.' AS body FROM generate_series(1, 50) g" >/dev/null || return 1
		DB=$udb q "ALTER TABLE a ADD doc newsdoc, ADD bl byline" >/dev/null || return 1
		DB=$udb q "UPDATE a SET doc = news_analyze(body), bl = news_byline(body)" >/dev/null || return 1
		DB=$udb q "CREATE INDEX a_doc ON a USING gin (doc)" >/dev/null || return 1
		DB=$udb q "CREATE INDEX a_expr ON a USING gin (news_byline(body))" >/dev/null || return 1
		before=$(DB=$udb q "SELECT md5(string_agg(doc::text || bl::text, '' ORDER BY id)) FROM a")
		out=$(psql -X -d $udb -v ON_ERROR_STOP=1 -c "ALTER EXTENSION newsextract UPDATE" 2>&1) || { echo "$out"; return 1; }
		echo "$from -> $default: $out" | head -3
		[ "$(DB=$udb q "SELECT extversion FROM pg_extension WHERE extname = 'newsextract'")" = "$default" ] ||
			{ echo "still at $from"; return 1; }
		echo "$out" | grep -q 'index a_expr is built on newsextract functions' || { echo "a_expr not named"; return 1; }
		! echo "$out" | grep -q 'index a_doc ' || { echo "a_doc (no extractor call) named"; return 1; }
		after=$(DB=$udb q "SELECT md5(string_agg(doc::text || bl::text, '' ORDER BY id)) FROM a")
		[ "$before" = "$after" ] || { echo "stored values changed"; return 1; }
		n=$(psql -X -At -d $udb -c "SET enable_seqscan = off" -c "SELECT count(*) FROM a WHERE doc @@ 'speaker:holt' AND bl @> 'anna berg'")
		[ "$(echo "$n" | tail -1)" = 50 ] || { echo "stored values answer $n"; return 1; }
		DB=$udb q "SELECT news_version()" | grep -q "^$default" || { echo "news_version is not $default"; return 1; }
	done
	psql -X -q -d postgres -c "DROP DATABASE $udb" >/dev/null
}
check "ALTER EXTENSION newsextract UPDATE from every released version; stored values stay readable, indexes to rebuild are named" upgrade_check

# --- scale-out: a second cluster as a postgres_fdw shard evaluates the operators remotely
fdw_setup() {
	PGPORT=$SHARD_PORT PGHOST=$SHARD_DIR psql -X -q -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null || return 1
DROP TABLE IF EXISTS articles;
DROP EXTENSION IF EXISTS newsextract;
CREATE EXTENSION newsextract;
CREATE TABLE articles (id int PRIMARY KEY, body text);
INSERT INTO articles VALUES
 (1, E'Talks resume\nBy Tim Korso\nMOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Monday that talks would go on.'),
 (2, E'OIL PRICES RISE\nby Maria Lindqvist, Reuters\nTOKYO, March 3 - Oil prices rose on Tuesday, traders said.\n"We expect more gains," said Kenji Sato, an analyst.'),
 (3, 'The council approved a new tram line on Friday after a long debate.');
SQL
	DB=newsextract_it q "CREATE EXTENSION postgres_fdw" >/dev/null &&
	DB=newsextract_it q "CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$SHARD_DIR', port '$SHARD_PORT', dbname 'postgres', extensions 'newsextract')" >/dev/null &&
	DB=newsextract_it q "CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres')" >/dev/null &&
	DB=newsextract_it q "CREATE FOREIGN TABLE remote_articles (id int, body text) SERVER shard1 OPTIONS (table_name 'articles')" >/dev/null
}
check "a second cluster is a postgres_fdw shard with the extension" fdw_setup
fdw_pushdown() {
	plan=$(DB=newsextract_it q "EXPLAIN (VERBOSE, COSTS OFF) SELECT id FROM remote_articles WHERE news_analyze(body) @@ 'speaker:lavrov' AND news_byline(body) @> 'TIM KORSO'")
	echo "$plan" | grep "Remote SQL"
	echo "$plan" | grep "Remote SQL" | grep -q "news_analyze" &&
		echo "$plan" | grep "Remote SQL" | grep -q "@@" &&
		echo "$plan" | grep "Remote SQL" | grep -q "news_byline" &&
		echo "$plan" | grep "Remote SQL" | grep -q "@>"
}
check "news_analyze(body) @@ and news_byline(body) @> are evaluated on the shard (Remote SQL)" fdw_pushdown
fdw_results() {
	r=$(DB=newsextract_it q "SELECT string_agg(id::text, ',' ORDER BY id) FROM remote_articles WHERE news_analyze(body) @@ 'speaker:lavrov | place:tokyo'")
	echo "$r"; [ "$r" = "1,2" ]
}
check "remote results are right" fdw_results
fdw_partitioned() {
	DB=newsextract_it q "CREATE TABLE all_articles (id int, body text) PARTITION BY RANGE (id)" >/dev/null &&
	DB=newsextract_it q "CREATE TABLE local_part PARTITION OF all_articles FOR VALUES FROM (100) TO (200)" >/dev/null &&
	DB=newsextract_it q "ALTER TABLE remote_articles RENAME TO remote_part" >/dev/null &&
	DB=newsextract_it q "ALTER TABLE all_articles ATTACH PARTITION remote_part FOR VALUES FROM (0) TO (100)" >/dev/null &&
	DB=newsextract_it q "INSERT INTO local_part SELECT id + 100, body FROM remote_part" >/dev/null &&
	DB=newsextract_it q "CREATE TABLE plain AS SELECT * FROM all_articles" >/dev/null || return 1
	a=$(DB=newsextract_it q "SELECT string_agg(id::text, ',' ORDER BY id) FROM all_articles WHERE news_analyze(body) @@ 'speaker:lavrov | author:lindqvist' OR news_byline(body) @> 'tim korso'")
	b=$(DB=newsextract_it q "SELECT string_agg(id::text, ',' ORDER BY id) FROM plain WHERE news_analyze(body) @@ 'speaker:lavrov | author:lindqvist' OR news_byline(body) @> 'tim korso'")
	echo "partitioned: $a  local: $b"; [ "$a" = "$b" ] && [ "$a" = "1,2,101,102" ]
}
check "a partitioned table with a foreign partition answers like a local table" fdw_partitioned

# --- pg_dump -Fc and pg_restore keep newsdoc and byline columns and their indexes
dump_check() {
	DB=newsextract_it q "CREATE TABLE dumped (id int, body text,
		doc newsdoc GENERATED ALWAYS AS (news_analyze(body)) STORED, b byline)" >/dev/null || return 1
	psql -X -q -v ON_ERROR_STOP=1 -d newsextract_it <<'SQL' >/dev/null || return 1
INSERT INTO dumped (id, body)
  SELECT i, format(E'MARKETS\nby %s, Reuters\n%s, March 3 - Traders said prices rose.\n"We expect gains," said %s, an analyst.',
                   (ARRAY['Maria Lindqvist','Tim Korso','José Pérez'])[1 + i % 3],
                   (ARRAY['TOKYO','LONDON','PARIS','MOSCOW'])[1 + i % 4],
                   (ARRAY['Kenji Sato','Sergei Lavrov'])[1 + i % 2])
  FROM generate_series(1, 2000) i;
SQL
	DB=newsextract_it q "UPDATE dumped SET b = news_byline(body)" >/dev/null &&
	DB=newsextract_it q "CREATE INDEX dumped_doc ON dumped USING gin (doc)" >/dev/null &&
	DB=newsextract_it q "CREATE INDEX dumped_b ON dumped USING gin (b)" >/dev/null || return 1
	probe="SET enable_seqscan = off; SELECT (SELECT count(*) FROM dumped WHERE doc @@ 'place:tokyo & speaker:lavrov') || '/' ||
		(SELECT count(*) FROM dumped WHERE b @> 'JOSE PEREZ') || '/' || (SELECT sum(id) FROM dumped WHERE doc @@ '!author:korso')"
	before=$(DB=newsextract_it q "$probe" | tail -1)
	pg_dump -Fc -t dumped -f /tmp/newsextract_dump_$$.dump newsextract_it || return 1
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS newsextract_restored" -c "CREATE DATABASE newsextract_restored" >/dev/null
	DB=newsextract_restored q "CREATE EXTENSION newsextract" >/dev/null
	pg_restore -d newsextract_restored /tmp/newsextract_dump_$$.dump || return 1
	rm -f /tmp/newsextract_dump_$$.dump
	after=$(DB=newsextract_restored q "$probe" | tail -1)
	idx=$(DB=newsextract_restored q "SELECT count(*) FROM pg_indexes WHERE tablename = 'dumped'")
	psql -X -q -d postgres -c "DROP DATABASE newsextract_restored" >/dev/null
	echo "before: $before  after: $after  indexes restored: $idx"
	[ -n "$before" ] && [ "$before" = "$after" ] && [ "$idx" = 2 ]
}
check "pg_dump -Fc / pg_restore of newsdoc and byline columns with GIN indexes gives the same answers" dump_check

# --- the Reuters corpus texts repeated to 40,000 rows: the index answers like a sequential scan
CORPUS=$(cd "$(dirname "$0")/../.." && pwd)/../shared/corpus/reuters21578/gold.jsonl
reuters_check() {
	DB=newsextract_it q "CREATE TABLE reuters (id serial, body text, doc newsdoc GENERATED ALWAYS AS (news_analyze(body)) STORED)" >/dev/null || return 1
	python3 - "$CORPUS" <<'PY' | psql -X -q -d newsextract_it -c "COPY reuters (body) FROM STDIN (FORMAT csv)" || return 1
import csv, json, sys
texts = [json.loads(l)['text'] for l in open(sys.argv[1], encoding='utf-8')]
w = csv.writer(sys.stdout)
for i in range(40000):
    w.writerow([texts[i % len(texts)]])
PY
	DB=newsextract_it q "CREATE INDEX reuters_doc ON reuters USING gin (doc)" >/dev/null &&
	DB=newsextract_it q "ANALYZE reuters" >/dev/null || return 1
	plan=$(DB=newsextract_it q "EXPLAIN SELECT count(*) FROM reuters WHERE doc @@ 'place:tokyo'")
	echo "$plan" | grep -q "Bitmap Index Scan on reuters_doc" || { echo "$plan"; return 1; }
	for query in "place:tokyo" "place:\"new york\" & agency:reuters" "author:*" "author:mankowski | author:arraf" \
		"speaker:baker & !place:washington" "agency:reuters & !place:london" "place:tokyo | place:london | place:paris" \
		"(place:chicago | place:toronto) & speaker:*" "cue:said & place:bonn" "place:nowhere"; do
		case "$query" in *"author:*"*|*"speaker:*"*) query=$(echo "$query" | sed 's/author:\*/author:a*/; s/speaker:\*/speaker:s*/');; esac
		a=$(DB=newsextract_it q "SET enable_seqscan = off; SELECT count(*) || ':' || coalesce(sum(id), 0) FROM reuters WHERE doc @@ '$query'" | tail -1)
		b=$(DB=newsextract_it q "SET enable_bitmapscan = off; SET enable_indexscan = off; SELECT count(*) || ':' || coalesce(sum(id), 0) FROM reuters WHERE doc @@ '$query'" | tail -1)
		echo "$query -> index $a, seqscan $b"
		[ "$a" = "$b" ] || return 1
	done
}
if [ -f "$CORPUS" ]; then
	check "Reuters texts x 40,000 rows: Bitmap Index Scan for place:tokyo, index and seqscan agree on varied queries" reuters_check
else
	n=$((n + 1))
	echo "ok $n # SKIP Reuters x 40,000 rows: ../shared/corpus not beside the checkout"
fi

# --- load: concurrent inserts of analyzed articles and index queries, no failure
load_check() {
	DB=newsextract_it q "CREATE TABLE load_news (id serial, body text, doc newsdoc GENERATED ALWAYS AS (news_analyze(body)) STORED)" >/dev/null &&
	DB=newsextract_it q "CREATE INDEX ON load_news USING gin (doc)" >/dev/null || return 1
	cat > /tmp/newsextract_load_$$.sql <<'SQL'
\set a random(1, 5)
\set p random(1, 7)
INSERT INTO load_news (body) VALUES (format(E'MARKETS\nby %s, Reuters\n%s, March 3 - Traders said prices rose.\n"We expect gains," said Kenji Sato, an analyst.', (ARRAY['Maria Lindqvist','Tim Korso','Jane Doe','Jose Perez','Anna Berg'])[:a], (ARRAY['TOKYO','LONDON','PARIS','MOSCOW','SEOUL','BERLIN','ROME'])[:p]));
SELECT count(*) FROM load_news WHERE doc @@ 'place:tokyo & speaker:sato';
SQL
	out=$(pgbench -n -c 8 -j 2 -T "$LOAD_SECONDS" -f /tmp/newsextract_load_$$.sql newsextract_it 2>&1)
	rm -f /tmp/newsextract_load_$$.sql
	echo "$out" | grep -E "transactions actually processed|failed|tps"
	echo "$out" | grep -qE "number of failed transactions: 0" || return 1
	psql -X -q -d newsextract_it -c "SELECT 1" >/dev/null || return 1
	i=$(DB=newsextract_it q "SET enable_seqscan = off; SELECT count(*) FROM load_news WHERE doc @@ 'place:tokyo & author:korso'" | tail -1)
	s=$(DB=newsextract_it q "SET enable_bitmapscan = off; SET enable_indexscan = off; SELECT count(*) FROM load_news WHERE doc @@ 'place:tokyo & author:korso'" | tail -1)
	echo "index $i, seqscan $s"; [ "$i" = "$s" ]
}
check "pgbench, 8 clients, ${LOAD_SECONDS}s of inserts and GIN queries: no failure, index agrees with a sequential scan" load_check

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS newsextract_it" >/dev/null 2>&1
echo "1..$n"
