#!/usr/bin/env python3
"""Score PolNeAR quotes against a copy of its gold in which the quotes that
lie wholly inside NYT-style ''...'' (or ``...'') marks are labelled 'direct'.

PolNeAR labels most such quotes 'indirect' (its conversion read only "..."
and curly marks as quotation marks), which counts every direct quote we find
there as a false positive of quotes.direct.  This shows how much of the
direct F1 gap that label accounts for.  The copy is written under build/eval/
(never committed: the corpus is research-use-only).

Usage: python3 tools/polnear_marks.py [../shared] [build/eval/polnear.pred.jsonl]
(run make eval first for the predictions).
"""
import json
import os
import subprocess
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared')
pred = sys.argv[2] if len(sys.argv) > 2 else os.path.join('build', 'eval', 'polnear.pred.jsonl')
gold = os.path.join(shared, 'corpus', 'polnear', 'gold.jsonl')
out = os.path.join('build', 'eval', 'polnear.marks-direct.gold.jsonl')
os.makedirs(os.path.dirname(out), exist_ok=True)

changed = total = 0
with open(gold, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
    for line in f:
        d = json.loads(line)
        t = d['text']
        for q in d['gold']['quotes']:
            if q['form'] != 'indirect' or not q['content']:
                continue
            total += 1
            c = t[min(a for a, _ in q['content']):max(b for _, b in q['content'])].strip()
            if (c.startswith("''") or c.startswith('``')) and c.rstrip('.,;:!? ').endswith("''"):
                q['form'] = 'direct'
                changed += 1
        w.write(json.dumps(d, ensure_ascii=False) + '\n')
print(f'{changed} of {total} gold indirect quotes lie wholly in \'\'...\'\' marks: relabelled direct in {out}')
subprocess.run([sys.executable, os.path.join(shared, 'eval', 'score.py'), '--gold', out, '--pred', pred], check=True)
