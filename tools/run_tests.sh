#!/bin/sh
# make test: install what is missing, build, start a throwaway cluster, run
# every test (pg_regress, pgTAP, core unit tests under ASan+UBSan, a short
# libFuzzer run), and end with one line "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
. tools/lib.sh

ne_setup_packages
ne_build_install || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

TESTDIR=${TMPDIR:-/tmp}/newsextract-test-$$
PORT=${NE_TEST_PORT:-55491}
LOGDIR=$(pwd)/build/test-logs
mkdir -p "$LOGDIR"
passed=0
failed=0
skipped=0
SHARDDIR=${TMPDIR:-/tmp}/newsextract-shard-$$
SHARDPORT=$((PORT + 1))
cleanup() { ne_cluster_stop "$TESTDIR"; ne_cluster_stop "$SHARDDIR"; }
trap cleanup EXIT INT TERM

# Add the counts of a TAP stream (ok / not ok lines at any indentation).
count_tap() {
	s=$(grep -Eic '^[[:space:]]*ok [0-9]+[^#]*# skip' "$1")
	p=$(($(grep -Ec '^[[:space:]]*ok [0-9]+' "$1") - s))
	f=$(grep -Ec '^[[:space:]]*not ok [0-9]+' "$1")
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + s))
	echo "   $2: $p passed, $f failed, $s skipped"
}

echo "== starting a throwaway cluster in $TESTDIR (port $PORT)"
ne_cluster_start "$TESTDIR" "$PORT" --encoding=UTF8 --locale=C.UTF-8 || { echo "0 passed, 1 failed"; exit 1; }
export PGHOST="$TESTDIR" PGPORT="$PORT" PGUSER=postgres PGDATABASE=postgres

echo "== pg_regress"
[ "$(id -u)" = 0 ] && chmod a+w . 2>/dev/null
make -s installcheck >"$LOGDIR/regress.log" 2>&1
p=$(grep -Ec '^(test +| +)[a-z_0-9]+ +[.][.][.] ok' "$LOGDIR/regress.log")
f=$(grep -Ec '\.\.\. FAILED' "$LOGDIR/regress.log")
passed=$((passed + p)); failed=$((failed + f))
echo "   pg_regress: $p passed, $f failed"
[ "$f" -gt 0 ] && [ -f regression.diffs ] && head -100 regression.diffs

echo "== pgTAP"
psql -q -c "DROP DATABASE IF EXISTS newsextract_tap" -c "CREATE DATABASE newsextract_tap" >/dev/null
psql -q -d newsextract_tap -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION newsextract" >/dev/null
NE_SHARED=$(cd .. && pwd)/shared
PGOPTIONS="-c newsextract_test.shared=$NE_SHARED" \
	pg_prove -d newsextract_tap --verbose test/pgtap/*.sql >"$LOGDIR/pgtap.log" 2>&1
count_tap "$LOGDIR/pgtap.log" pgTAP
grep -E '^[[:space:]]*not ok|Failed|Dubious|Parse errors' "$LOGDIR/pgtap.log" | head -30

echo "== integration: cancellation, linear cost, encodings, hostile objects, postgres_fdw shard, load"
if ne_cluster_start "$SHARDDIR" "$SHARDPORT" --encoding=UTF8 --locale=C.UTF-8; then
	LOAD_SECONDS=${LOAD_SECONDS:-60} sh test/integration/run.sh "$SHARDDIR" "$SHARDPORT" >"$LOGDIR/integration.log" 2>&1
	count_tap "$LOGDIR/integration.log" integration
	grep -A8 '^not ok' "$LOGDIR/integration.log" | head -40
else
	echo "   could not start the shard cluster"; failed=$((failed + 1))
fi

# Build and run one core unit-test binary: run_unit TARGET LABEL
run_unit() {
	if make -s "build/$1" >"$LOGDIR/$2-build.log" 2>&1; then
		NE_SHARED="$NE_SHARED" ASAN_OPTIONS=detect_leaks=1 "build/$1" >"$LOGDIR/$2.log" 2>&1
		rc=$?
		count_tap "$LOGDIR/$2.log" "$2"
		grep -E '^not ok|ERROR|runtime error' "$LOGDIR/$2.log" | head -30
		if [ $rc -ne 0 ] && ! grep -q '^not ok' "$LOGDIR/$2.log"; then
			echo "   unit test binary exited $rc"; tail -20 "$LOGDIR/$2.log"; failed=$((failed + 1))
		fi
	else
		tail -20 "$LOGDIR/$2-build.log"; failed=$((failed + 1))
	fi
}

echo "== core unit tests (ASan + UBSan)"
run_unit test_core unit
echo "== core unit tests on the portable tokenizer (-DNE_NO_SIMD, ASan + UBSan)"
run_unit test_core_portable unit-portable

echo "== libFuzzer (short run: ${FUZZ_SECONDS:-10} s each)"
if make -s FUZZ_SECONDS="${FUZZ_SECONDS:-10}" fuzz >"$LOGDIR/fuzz.log" 2>&1; then :; fi
count_tap "$LOGDIR/fuzz.log" fuzz
grep -E '^not ok' "$LOGDIR/fuzz.log" | head

if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
