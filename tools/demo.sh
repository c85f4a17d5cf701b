#!/bin/sh
# make demo: install what is missing, build, start a throwaway cluster, load
# the sample article (and a few corpus articles when ../shared is there),
# and show what is extracted.
set -eu
cd "$(dirname "$0")/.."
. tools/lib.sh
ne_setup_packages
ne_build_install
DIR=${TMPDIR:-/tmp}/newsextract-demo-$$
PORT=${NE_DEMO_PORT:-55494}
trap 'ne_cluster_stop "$DIR"' EXIT INT TERM
ne_cluster_start "$DIR" "$PORT" --encoding=UTF8 --locale=C.UTF-8
export PGHOST="$DIR" PGPORT="$PORT" PGUSER=postgres PGDATABASE=postgres
SHARED=$(cd .. && pwd)/shared
psql -q -c "CREATE EXTENSION newsextract" \
	-c "CREATE TABLE articles (id serial PRIMARY KEY, source text, body text)"

load() {	# load SOURCE FILE
	python3 -c 'import csv,sys; csv.writer(sys.stdout).writerow([sys.argv[1], open(sys.argv[2], encoding="utf-8").read()])' "$1" "$2" |
		psql -q -c "COPY articles (source, body) FROM STDIN (FORMAT csv)"
}
if [ -f "$SHARED/samples/sputnik-lavrov-2022-02-14.txt" ]; then
	load sample "$SHARED/samples/sputnik-lavrov-2022-02-14.txt"
fi
load fixture test/fixtures/web_story.txt
load fixture test/fixtures/wire_story.txt
if [ -d "$SHARED/corpus" ]; then
	for c in reuters21578 dailymail; do
		head -n 2 "$SHARED/corpus/$c/gold.jsonl" | python3 -c '
import csv, json, sys
w = csv.writer(sys.stdout)
for line in sys.stdin:
    w.writerow([sys.argv[1], json.loads(line)["text"]])' "$c" |
			psql -q -c "COPY articles (source, body) FROM STDIN (FORMAT csv)"
	done
fi

echo "== the sample article going in (first lines)"
psql -At -c "SELECT left(body, 600) FROM articles WHERE id = 1"
echo
echo "== news_analyze(body)::jsonb of the sample article"
psql -At -c "SELECT jsonb_pretty(news_analyze(body)::jsonb - 'timestamps') FROM articles WHERE id = 1"
echo
echo "== every article: language, byline, dateline, published, quotes"
psql -c "SELECT id, source, lang(d) AS lang,
	d::jsonb -> 'byline' -> 'authors' AS authors,
	d::jsonb -> 'dateline' ->> 'place' AS place,
	d::jsonb ->> 'published' AS published,
	jsonb_array_length(d::jsonb -> 'quotes') AS quotes
	FROM (SELECT id, source, news_analyze(body) AS d FROM articles) s ORDER BY id"
psql -At -c "SELECT 'version: ' || news_version()"
