// Search on a volunteer's phone holding one RW (~700 households, ~2,500 residents, with their
// doses and visits, from the demo generator, written through commitChanges): `searchArea` by
// name prefix (3 letters of a word of a name) and by NIK prefix (6–12 digits), 100 queries
// each, limit 50, in real Chromium against real IndexedDB. Prints p50 and p95 per kind, at
// normal CPU speed and with the CPU slowed 4× (Chrome's "low-end mobile" setting) to stand in
// for a cheap Android phone. Goal: p95 ≤ 50 ms.
// Run: npx tsx tests/bench/client/search.ts   (ROUNDS=3 to change)
import { median, openBenchPage, pageModule, percentile } from './dev-page';
import type * as SearchBench from './page/search-bench';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
type PageApi = typeof SearchBench;
const bench = await openBenchPage();
const call = pageModule<PageApi>(bench.page, '/tests/bench/client/page/search-bench.ts');

try {
  console.log('on the device:', await call('prepare'));
  for (const rate of [1, 4]) {
    await bench.throttle(rate);
    for (const kind of ['name', 'nik'] as const) {
      const p50: number[] = [];
      const p95: number[] = [];
      let found = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const { times, meanFound } = await call('run', kind, 50);
        p50.push(percentile(times, 50));
        p95.push(percentile(times, 95));
        found = meanFound;
        console.log(
          `  CPU ${rate}×, ${kind}, round ${round + 1}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
        );
      }
      console.log(
        `CPU ${rate}× ${kind} prefix: p50 ${median(p50).toFixed(1)} ms, p95 ${median(p95).toFixed(1)} ms (medians of ${ROUNDS} rounds of 100 queries; ${found.toFixed(1)} residents found per query)`,
      );
    }
  }
} finally {
  await bench.close();
}
