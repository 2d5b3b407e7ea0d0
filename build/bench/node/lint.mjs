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
// Warm up for BENCH_WARMUP_SECONDS (default 3; at least ten rounds), as the .NET harness does: both runtimes
// optimize hot code again after a while, and the measurement is of that steady state.
const warmUpSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? '3');
const warmUpStart = process.hrtime.bigint();
for (let i = 0; i < 10 || Number(process.hrtime.bigint() - warmUpStart) / 1e9 < warmUpSeconds; i++) lintAll();

// Half-second slices; the median slice is the result (this VM's speed varies from second to second).
const now = () => Number(process.hrtime.bigint()) / 1e9;
const slices = [];
let iterations = 0;
const start = now();
while (now() - start < minSeconds) {
  const sliceStart = now();
  let rounds = 0;
  while (now() - sliceStart < 0.5) { lintAll(); rounds++; }
  iterations += rounds;
  slices.push(texts.length * rounds / (now() - sliceStart));
}
slices.sort((a, b) => a - b);

console.log(JSON.stringify({
  linter: 'dockerfile-utils',
  files: texts.length,
  bytes,
  iterations,
  seconds: now() - start,
  filesPerSecond: slices[Math.floor(slices.length / 2)],
  slowestSlice: slices[0],
  fastestSlice: slices[slices.length - 1],
  findings,
}));
