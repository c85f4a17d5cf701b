#!/usr/bin/env python3
"""make eval: load ../shared/corpus/*/gold.jsonl into a database, write
predictions with news_analyze(text)::jsonb, and print the official scorer's
figures (../shared/eval/score.py) for each corpus.

    run_eval.py SHARED_DIR OUT_DIR [CORPUS ...]

Connects with psql through the usual PG* environment variables.
"""
import csv
import glob
import io
import json
import os
import subprocess
import sys


def psql(sql, stdin=None):
    """Run SQL through psql, returning its standard output."""
    r = subprocess.run(['psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-c', sql],
                       input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('psql failed: ' + r.stderr)
    return r.stdout


def main():
    shared, out = sys.argv[1], sys.argv[2]
    wanted = sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    psql('DROP TABLE IF EXISTS eval_docs; '
         'CREATE TABLE eval_docs (corpus text, id text, body text)')
    corpora = []
    for path in sorted(glob.glob(os.path.join(shared, 'corpus', '*', 'gold.jsonl'))):
        name = os.path.basename(os.path.dirname(path))
        if wanted and name not in wanted:
            continue
        corpora.append((name, path))
        buf = io.StringIO()
        w = csv.writer(buf)
        with open(path, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                w.writerow([name, d['id'], d['text']])
        psql("COPY eval_docs FROM STDIN (FORMAT csv)", stdin=buf.getvalue())
    for name, path in corpora:
        pred = os.path.join(out, name + '.pred.jsonl')
        rows = psql("SELECT json_build_object('id', id, 'analysis', news_analyze(body)::jsonb) "
                    "FROM eval_docs WHERE corpus = '%s' ORDER BY id" % name)
        with open(pred, 'w', encoding='utf-8') as f:
            f.write(rows)
        print('=' * 20, name, flush=True)
        subprocess.run([sys.executable, os.path.join(shared, 'eval', 'score.py'),
                        '--gold', path, '--pred', pred], check=False)
        sys.stdout.flush()


if __name__ == '__main__':
    main()
