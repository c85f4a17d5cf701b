// Times the peers of `make bench PEERS=1` on the same texts as bench_core:
// chrono-node (finding dates and times) and compromise (quotations), one
// core, median of RUNS runs.  Prints "name MB/s found" lines.
//   node peers.mjs FILE [RUNS]   FILE as written by tools/bench.sh
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.PEERS_DIR + '/package.json');
const chrono = require('chrono-node');
const nlp = require('compromise');

const buf = readFileSync(process.argv[2]);
const runs = Number(process.argv[3] || 5);
const texts = [];
let bytes = 0;
for (let off = 0; off + 4 <= buf.length;) {
  const n = buf.readUInt32LE(off);
  off += 4;
  texts.push(buf.subarray(off, off + n).toString('utf8'));
  bytes += n;
  off += n;
}

function time(fn) {
  const times = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    found = 0;
    for (const t of texts) found += fn(t);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return [bytes / 1e6 / times[Math.floor(runs / 2)], found];
}

for (const [name, fn] of [
  ['chrono-node', (t) => chrono.parse(t).length],
  ['compromise', (t) => nlp(t).quotations().length],
]) {
  const [mbs, found] = time(fn);
  console.log(`${name} ${mbs.toFixed(3)} ${found}`);
}
