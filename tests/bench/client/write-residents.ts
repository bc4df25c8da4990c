// Writing generated residents through the data layer (`commitChanges`: validation, parent
// check, HLC per field, outbox row per call, device counters, one transaction per call)
// against raw IndexedDB puts of the same records (as the data layer stores them) into a store
// with the same indexes, beside the same households. Goal: data layer ≤ 1.3 × raw. A second
// baseline puts the same records plus the outbox row (the writes the contract requires) the
// same raw way.
//   a. a kelurahan's residents (~45,000) in batches of 500, as an import would; each of the
//      three in a browser of its own with a fresh on-disk profile, runs rotating;
//   b. 2,000 residents, one `commitChanges` call each (a volunteer saving forms), the same way;
//   c. as (a), but the three take turns batch by batch in one page, each in its own database:
//      they meet the same moments of this shared, noisy machine.
// Prints each run and the median ratio.
// Run: npx tsx tests/bench/client/write-residents.ts   (RUNS=3 COUNT_SINGLE=2000 ONLY=a|b|c)
import { median, openBenchPage, pageModule } from './dev-page';
import type * as WriteBench from './page/write-bench';

const RUNS = Number(process.env.RUNS ?? 3);
const BATCH = Number(process.env.BATCH ?? 500);
const COUNT_SINGLE = Number(process.env.COUNT_SINGLE ?? 2000);
/** `a`, `b` or `c` to run one part only. */
const ONLY = process.env.ONLY;

type PageApi = typeof WriteBench;
type Which = 'data' | 'raw' | 'rawOutbox';
const WRITE_BENCH = '/tests/bench/client/page/write-bench.ts';

/**
 * One measurement in a browser of its own with a fresh on-disk profile, as on a phone: a
 * profile that already holds (or has just deleted) a large database writes slower, and the
 * growth would favour whichever measurement came first.
 */
async function measure(which: Which, count: number, batch: number): Promise<number> {
  const bench = await openBenchPage();
  const call = pageModule<PageApi>(bench.page, WRITE_BENCH);
  try {
    await call('prepare', KELURAHAN, RW_COUNT);
    return which === 'data'
      ? await call('dataLayer', count, batch)
      : await call('rawPuts', count, batch, which === 'rawOutbox');
  } finally {
    await bench.close();
  }
}

/** The runs of one part: prints each as it comes, then the medians. */
class Runs {
  private readonly times: Record<Which, number[]> = { data: [], raw: [], rawOutbox: [] };
  private readonly ratios = { raw: [] as number[], rawOutbox: [] as number[] };

  add({ data: d, raw: r, rawOutbox: ro }: Record<Which, number>) {
    this.times.data.push(d);
    this.times.raw.push(r);
    this.times.rawOutbox.push(ro);
    this.ratios.raw.push(d / r);
    this.ratios.rawOutbox.push(d / ro);
    console.log(
      `  run ${this.times.data.length}: data layer ${d.toFixed(0)} ms, raw ${r.toFixed(0)} ms (×${(d / r).toFixed(2)}), raw + outbox ${ro.toFixed(0)} ms (×${(d / ro).toFixed(2)})`,
    );
  }

  summary(label: string, count: number) {
    const { times, ratios } = this;
    const perSecond = ((count / median(times.data)) * 1000).toFixed(0);
    console.log(
      `${label}: data layer ${median(times.data).toFixed(0)} ms (${perSecond} residents/s); ` +
        `raw ${median(times.raw).toFixed(0)} ms, ratio ${median(ratios.raw).toFixed(2)}; ` +
        `raw + outbox ${median(times.rawOutbox).toFixed(0)} ms, ratio ${median(ratios.rawOutbox).toFixed(2)} (medians of ${times.data.length})`,
    );
  }
}

const KELURAHAN = '32.75.01.1001';
const RW_COUNT = 18;
const sizes = await sizesOf();
console.log(`generated ${sizes.households} households, ${sizes.residents} residents`);

for (const [label, count, batch] of [
  [`(a) ${sizes.residents} residents, batches of ${BATCH}`, sizes.residents, BATCH],
  [`(b) ${COUNT_SINGLE} residents, one call each`, COUNT_SINGLE, 1],
] as const) {
  if (ONLY && !label.startsWith(`(${ONLY})`)) continue;
  const runs = new Runs();
  for (let i = 0; i < RUNS; i++) {
    // Rotate which goes first, so none always meets a warmer (or busier) machine.
    const order = ['data', 'raw', 'rawOutbox'] as const;
    const run: Partial<Record<Which, number>> = {};
    for (let k = 0; k < order.length; k++) {
      const which = order[(i + k) % order.length]!;
      run[which] = await measure(which, count, batch);
    }
    runs.add(run as Record<Which, number>);
  }
  runs.summary(label, count);
}

if (!ONLY || ONLY === 'c') {
  const runs = new Runs();
  for (let i = 0; i < RUNS; i++) {
    const bench = await openBenchPage();
    try {
      const call = pageModule<PageApi>(bench.page, WRITE_BENCH);
      await call('prepare', KELURAHAN, RW_COUNT);
      runs.add(await call('interleaved', sizes.residents, BATCH));
    } finally {
      await bench.close();
    }
  }
  runs.summary(
    `(c) ${sizes.residents} residents, batches of ${BATCH}, taking turns in one page`,
    sizes.residents,
  );
}

async function sizesOf() {
  const bench = await openBenchPage();
  try {
    return await pageModule<PageApi>(bench.page, WRITE_BENCH)('prepare', KELURAHAN, RW_COUNT);
  } finally {
    await bench.close();
  }
}
