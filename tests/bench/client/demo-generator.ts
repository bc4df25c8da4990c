// Speed of the demo generator (src/shared/demo), which the server seeds from and these
// benchmarks load: one kelurahan (median of 3), then all of Kota Bekasi once (56 kelurahan),
// consumed batch by batch as a seeder would, in Node. The page benchmarks run the same code
// in Chromium. Run: npx tsx tests/bench/client/demo-generator.ts   (CITY=0 skips the city)
import { generateCity, generateKelurahan, type DemoBatch } from '@shared/demo';
import { median } from './dev-page';

const today = '2026-11-23';
type Counts = Record<keyof DemoBatch, number>;
const empty = (): Counts => ({ households: 0, residents: 0, doses: 0, isoman: 0, visits: 0 });
function consume(batches: Iterable<DemoBatch>): Counts {
  const counts = empty();
  for (const batch of batches)
    for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += batch[key].length;
  return counts;
}
const total = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);

const times: number[] = [];
let counts = empty();
for (let seed = 1; seed <= 3; seed++) {
  const start = performance.now();
  counts = consume(generateKelurahan({ kelurahanCode: '32.75.01.1001', seed, today }));
  times.push(performance.now() - start);
}
console.log(
  `one kelurahan: ${JSON.stringify(counts)}; ${median(times).toFixed(0)} ms median of 3 (runs ${times.map((t) => t.toFixed(0)).join(', ')}), ${((total(counts) / median(times)) * 1000).toFixed(0)} records/s`,
);

if (process.env.CITY !== '0') {
  const start = performance.now();
  const city = consume(generateCity({ seed: 1, today }));
  const ms = performance.now() - start;
  console.log(
    `Kota Bekasi: ${JSON.stringify(city)}; ${(ms / 1000).toFixed(1)} s, ${((total(city) / ms) * 1000).toFixed(0)} records/s`,
  );
}
