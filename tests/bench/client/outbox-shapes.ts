// What the outbox's shape costs when a kelurahan's residents (~45,000) are written in
// transactions of 500: raw IndexedDB puts of the records alone, against the same puts plus an
// outbox in each of three shapes (page/outbox-shapes-bench.ts says which). Each measurement in
// a fresh browser and on-disk profile, order rotated per run; prints each run and the medians
// as ratios to the records alone. It tells what a change of the outbox format would buy before
// anyone makes it.
// Run: npx tsx tests/bench/client/outbox-shapes.ts   (RUNS=3 BATCH=500)
import { median, openBenchPage, pageModule } from './dev-page';
import type * as OutboxShapes from './page/outbox-shapes-bench';
import type { Shape } from './page/outbox-shapes-bench';

const RUNS = Number(process.env.RUNS ?? 3);
const BATCH = Number(process.env.BATCH ?? 500);
const SHAPES: Shape[] = ['none', 'entry-per-change', 'reference-per-change', 'entry-per-commit'];

async function measure(shape: Shape): Promise<{ ms: number; residents: number }> {
  const bench = await openBenchPage();
  try {
    const call = pageModule<typeof OutboxShapes>(
      bench.page,
      '/tests/bench/client/page/outbox-shapes-bench.ts',
    );
    const residents = await call('prepare', '32.75.01.1001', 18);
    return { residents, ms: await call('writeWith', shape, BATCH) };
  } finally {
    await bench.close();
  }
}

const times = new Map<Shape, number[]>(SHAPES.map((s) => [s, []]));
let residents = 0;
for (let i = 0; i < RUNS; i++) {
  const run: string[] = [];
  for (let k = 0; k < SHAPES.length; k++) {
    const shape = SHAPES[(i + k) % SHAPES.length]!;
    const m = await measure(shape);
    residents = m.residents;
    times.get(shape)!.push(m.ms);
    run.push(`${shape} ${m.ms.toFixed(0)} ms`);
  }
  console.log(`  run ${i + 1}: ${run.join(', ')}`);
}
const floor = median(times.get('none')!);
console.log(`${residents} residents, transactions of ${BATCH}, medians of ${RUNS}:`);
for (const [shape, ms] of times) {
  console.log(`  ${shape}: ${median(ms).toFixed(0)} ms (×${(median(ms) / floor).toFixed(2)})`);
}
