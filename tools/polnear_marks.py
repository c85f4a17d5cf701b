#!/usr/bin/env python3
"""Score PolNeAR quotes against a copy of its gold whose forms follow the
corpus's own rule (FORMAT: 'direct' when every content span lies inside
double quotation marks, 'mixed' when the content holds one otherwise) with
NYT-style ''...'' (and ``...'') marks counted as the double quotation marks
they are.

PolNeAR's conversion read only "..." and curly marks, so it labels the
quotes of the NYT articles, which print ''...'', 'indirect': every direct
quote found there counts as a false positive of quotes.direct, and every
mixed one too.  This shows how much of the direct F1 gap that label
accounts for.  The copy is written under build/eval/ (never committed: the
corpus is research-use-only).

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


MARKS = ("''", '``')


def nyt_marks(t, a, b):
    """How many NYT marks t[a:b] holds."""
    return sum(t.count(m, a, b) for m in MARKS)


def nyt_inside(t, a, b):
    """Does t[a:b] lie wholly inside ''...'' (or ``...'') marks: no mark
    inside it once those at its edges (or just outside them) are left out,
    and an odd number of marks before it in its paragraph (each paragraph
    of a quote opens its own)?"""
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1] in ' \n.,;:!?':
        b -= 1
    if t[a:a + 2] in MARKS:
        a += 2
    if t[b - 2:b] == "''":
        b -= 2
    if a >= b or nyt_marks(t, a, b):
        return False
    return nyt_marks(t, t.rfind('\n', 0, a) + 1, a) % 2 == 1


changed = mixed = total = 0
with open(gold, encoding='utf-8') as f, open(out, 'w', encoding='utf-8') as w:
    for line in f:
        d = json.loads(line)
        t = d['text']
        for q in d['gold']['quotes']:
            if q['form'] != 'indirect' or not q['content']:
                continue
            total += 1
            if all(nyt_inside(t, a, b) for a, b in q['content']):
                q['form'] = 'direct'
                changed += 1
            elif any(nyt_marks(t, a, b) for a, b in q['content']):
                q['form'] = 'mixed'
                mixed += 1
        w.write(json.dumps(d, ensure_ascii=False) + '\n')
print(f'of {total} gold indirect quotes, {changed} lie wholly in \'\'...\'\' marks and are relabelled direct, '
      f'{mixed} hold such marks otherwise and are relabelled mixed: {out}')
subprocess.run([sys.executable, os.path.join(shared, 'eval', 'score.py'), '--gold', out, '--pred', pred], check=True)
