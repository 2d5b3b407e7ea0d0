// Parses every file named on stdin (one path a line) repeatedly with dockerfile-ast and prints one JSON line:
// { files, bytes, iterations, seconds, mbPerSecond, allocatedBytesPerFile }.
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';

const paths = readFileSync(0, 'utf8').split('\n').filter(Boolean);
const texts = paths.map(p => readFileSync(p, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const minSeconds = Number(process.env.BENCH_SECONDS ?? '3');

let sink = 0;
const parseAll = () => { for (const t of texts) { sink += DockerfileParser.parse(t).getInstructions().length; } };
for (let i = 0; i < 20; i++) parseAll(); // warm-up: let the JIT settle

let iterations = 0;
const start = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < minSeconds) {
  parseAll();
  iterations++;
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
}

// Allocation: heap growth over one pass with GC disabled between is not observable in Node;
// report V8's total allocated bytes when --expose-gc lets us measure it, else null.
let allocatedPerFile = null;
if (global.gc) {
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const keep = texts.map(t => DockerfileParser.parse(t));
  const after = process.memoryUsage().heapUsed;
  allocatedPerFile = Math.round((after - before) / texts.length);
  sink += keep.length;
}

console.log(JSON.stringify({
  parser: 'dockerfile-ast',
  files: texts.length,
  bytes,
  iterations,
  seconds: elapsed,
  mbPerSecond: (bytes * iterations) / elapsed / 1e6,
  retainedBytesPerFile: allocatedPerFile,
  sink,
}));
