#!/bin/sh
# Run each libFuzzer target for SECONDS, seeded from test/fixtures and, when
# present, a sample of ../shared/corpus texts; print one TAP line a target.
# Usage: run_fuzz.sh SECONDS TARGET...
set -u
secs=$1; shift
n=0
for t in "$@"; do
	n=$((n + 1))
	corpus=build/fuzz-corpus/$t
	mkdir -p "$corpus"
	cp test/fixtures/*.txt "$corpus/" 2>/dev/null
	if [ "$t" = analyze ] && [ -d ../shared/corpus ] && command -v python3 >/dev/null; then
		python3 - "$corpus" <<'PY'
import json, sys, glob, os, hashlib
out = sys.argv[1]
for path in sorted(glob.glob('../shared/corpus/*/gold.jsonl')):
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f):
            if i >= 20:
                break
            text = json.loads(line)['text'].encode('utf-8')
            name = hashlib.sha1(text).hexdigest()
            with open(os.path.join(out, name), 'wb') as g:
                g.write(text)
PY
	fi
	log=build/fuzz-$t.log
	if build/fuzz_$t -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
		-dict=test/fuzz/news.dict -artifact_prefix=build/fuzz-$t- "$corpus" >"$log" 2>&1; then
		execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+|#[0-9]+' "$log" | tail -1)
		echo "ok $n - fuzz_$t ran $secs s without a crash ($execs)"
	else
		echo "not ok $n - fuzz_$t found a failure (see $log)"
		tail -40 "$log"
	fi
done
