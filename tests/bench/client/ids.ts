// UUIDv7 ids: the project's own `uuidv7` (src/shared/ids.ts) against the `uuid` package's
// `v7()`, as the cost of the ids of one kelurahan's import (45,000 residents), taken in turns
// in one process so both meet the same moments of the machine; and each one's size in the
// bundle (esbuild, minified, gzip). Prints medians.
// Run: npx tsx tests/bench/client/ids.ts   (ROUNDS=15 COUNT=45000)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { v7 } from 'uuid';
import { uuidv7 } from '@shared/ids';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const COUNT = Number(process.env.COUNT ?? 45_000);

function timeIds(make: () => string): number {
  const start = performance.now();
  let last = '';
  for (let i = 0; i < COUNT; i++) last = make();
  if (last.length !== 36) throw new Error('not a UUID');
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function gzipBytes(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    alias: { '@shared': './src/shared' },
    platform: 'browser',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

const own: number[] = [];
const library: number[] = [];
for (let round = 0; round < ROUNDS + 2; round++) {
  const pair = round % 2 ? [own, library] : [library, own];
  const a = timeIds(pair[0] === own ? () => uuidv7() : () => v7());
  const b = timeIds(pair[1] === own ? () => uuidv7() : () => v7());
  if (round < 2) continue; // warm-up
  pair[0]!.push(a);
  pair[1]!.push(b);
}
const ownBytes = await gzipBytes(`import { uuidv7 } from '@shared/ids'; console.log(uuidv7());`);
const libraryBytes = await gzipBytes(`import { v7 } from 'uuid'; console.log(v7());`);
console.log(`${COUNT} ids, median of ${ROUNDS} rounds taken in turns`);
console.log(`  src/shared/ids.ts uuidv7: ${median(own).toFixed(1)} ms, ${ownBytes} B gzip`);
console.log(`  uuid v7():               ${median(library).toFixed(1)} ms, ${libraryBytes} B gzip`);
console.log(`  ratio library/own: ${(median(library) / median(own)).toFixed(2)}`);
