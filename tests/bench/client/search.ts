// Search on the phone, in real Chromium against real IndexedDB, over one RW: the list's search
// index (`list`: built once per list read over the RW's records, read as the list reads them;
// `all`: over every record on the phone) and, for comparison, `searchArea` on IndexedDB's
// indexes with the limit the list used (1000: every match of an RW); 100 queries of each kind —
// 3-letter name prefix, a name's first two words as written, the same in another spelling
// ("rudy santoso" for "Rudi Santoso"), a NIK prefix (6–12 digits), and words that match
// nothing. Two phones: one holding one RW (a volunteer's, ~2,500 residents, with doses and
// visits) and one holding a whole kelurahan (~45,000 residents). Prints p50 and p95 per kind,
// at normal CPU speed and with the CPU slowed 4× (Chrome's "low-end mobile" setting, CDP
// `Emulation.setCPUThrottlingRate`) to stand in for a cheap Android phone. Goal: p95 ≤ 50 ms.
// Run: npx tsx tests/bench/client/search.ts
//   (ROUNDS=3, SCALES=rw,kelurahan, RATES=1,4, HOW=list,all,indexed)
import { median, openBenchPage, pageModule, percentile } from './dev-page';
import type * as SearchBench from './page/search-bench';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SCALES = (process.env.SCALES ?? 'rw,kelurahan').split(',') as ('rw' | 'kelurahan')[];
const RATES = (process.env.RATES ?? '1,4').split(',').map(Number);
const LIMIT = 1000;
const KINDS = ['prefix', 'exact', 'variant', 'nik', 'none'] as const;
const HOW = (process.env.HOW ?? 'list,all,indexed').split(',') as SearchBench.How[];
type PageApi = typeof SearchBench;
const bench = await openBenchPage();
const call = pageModule<PageApi>(bench.page, '/tests/bench/client/page/search-bench.ts');

try {
  for (const scale of SCALES) {
    await bench.throttle(1);
    console.log(`\nphone holding one ${scale}:`, await call('prepare', scale));
    for (const rate of RATES) {
      await bench.throttle(rate);
      for (const how of ['list', 'all'] as const) {
        if (!HOW.includes(how) || (how === 'all' && scale === 'rw')) continue;
        const builds: number[] = [];
        for (let round = 0; round < 5; round++) builds.push(await call('build', how));
        console.log(
          `${scale}, CPU ${rate}×, building the search index (${how}): median ${median(builds).toFixed(1)} ms (${builds.map((x) => x.toFixed(1)).join(', ')})`,
        );
      }
      for (const how of HOW.filter((h) => !(h === 'all' && scale === 'rw')))
        for (const kind of KINDS) {
          const p50: number[] = [];
          const p95: number[] = [];
          let last: Awaited<ReturnType<typeof call<'run'>>> | undefined;
          for (let round = 0; round < ROUNDS; round++) {
            last = await call('run', kind, how, LIMIT);
            p50.push(percentile(last.times, 50));
            p95.push(percentile(last.times, 95));
          }
          console.log(
            `${scale}, CPU ${rate}×, ${how.padEnd(7)} ${kind.padEnd(7)} p50 ${median(p50).toFixed(1).padStart(5)} ms, p95 ${median(p95).toFixed(1).padStart(5)} ms` +
              `  (rounds' p95: ${p95.map((x) => x.toFixed(1)).join(', ')}; found/query: ${last!.households.toFixed(1)} households, ${last!.residents.toFixed(1)} residents; e.g. "${last!.example}")`,
          );
        }
    }
  }
} finally {
  await bench.close();
}
