#!/bin/sh
# make eval: score news_analyze on ../shared/corpus with ../shared/eval/score.py.
# EVAL_CORPORA="seed dailymail" limits the run to some corpora.
set -eu
cd "$(dirname "$0")/.."
. tools/lib.sh
SHARED=$(cd .. && pwd)/shared
if [ ! -d "$SHARED/corpus" ] || [ ! -f "$SHARED/eval/score.py" ]; then
	echo "make eval: ../shared (corpus and eval/score.py) is not beside this checkout; nothing to evaluate."
	exit 0
fi
ne_setup_packages
ne_build_install
DIR=${TMPDIR:-/tmp}/newsextract-eval-$$
PORT=${NE_EVAL_PORT:-55492}
trap 'ne_cluster_stop "$DIR"' EXIT INT TERM
ne_cluster_start "$DIR" "$PORT" --encoding=UTF8 --locale=C.UTF-8
export PGHOST="$DIR" PGPORT="$PORT" PGUSER=postgres PGDATABASE=postgres
psql -q -c "CREATE EXTENSION newsextract"
python3 test/eval/run_eval.py "$SHARED" build/eval ${EVAL_CORPORA:-}
