// Lints every file named on stdin repeatedly with dockerfile-utils (the linter behind VS Code's Dockerfile
// support) and prints one JSON line: { files, bytes, iterations, seconds, filesPerSecond, findings }.
import { readFileSync } from 'node:fs';
import utils from 'dockerfile-utils';

const paths = readFileSync(0, 'utf8').split('\n').filter(Boolean);
const texts = paths.map(p => readFileSync(p, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const minSeconds = Number(process.env.BENCH_SECONDS ?? '3');

let findings = 0;
const lintAll = () => { findings = 0; for (const t of texts) { findings += utils.validate(t).length; } };
// Warm up for a second (and at least ten rounds), as the .NET harness does: both runtimes optimize hot code
// again after a while, and the measurement is of that steady state.
const warmUpStart = process.hrtime.bigint();
for (let i = 0; i < 10 || Number(process.hrtime.bigint() - warmUpStart) / 1e9 < 1; i++) lintAll();

let iterations = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < minSeconds) {
  lintAll();
  iterations++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}

console.log(JSON.stringify({
  linter: 'dockerfile-utils',
  files: texts.length,
  bytes,
  iterations,
  seconds: elapsed,
  filesPerSecond: texts.length * iterations / elapsed,
  findings,
}));
