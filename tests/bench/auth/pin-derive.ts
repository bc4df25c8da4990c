// How long the PIN check takes on the phone: PBKDF2-SHA-256 with the app's iterations in
// Chromium's WebCrypto (what unlockWithPin and enrollment do), median of 7, at full speed and
// with DevTools' CPU slowdown at 4×. That slowdown throttles the page's main thread only, and
// WebCrypto runs natively off it, so both figures come out alike: a cheap phone's slower cores
// are not simulated here (see docs/benchmarks.md).
// Run: npx tsx tests/bench/auth/pin-derive.ts
import { PIN_ITERATIONS } from '@client/features/auth/data/pin';
import { launchBrowser, startApp } from '../../e2e/harness';

const RUNS = 7;
const app = await startApp({ staticDir: process.env.STATIC_DIR });
const session = await launchBrowser();
try {
  const { page, context } = session;
  await page.goto(app.url);
  const cdp = await context.newCDPSession(page);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        await page.evaluate(async (iterations) => {
          const started = performance.now();
          const key = await crypto.subtle.importKey(
            'raw',
            new TextEncoder().encode('482915'),
            'PBKDF2',
            false,
            ['deriveBits'],
          );
          await crypto.subtle.deriveBits(
            {
              name: 'PBKDF2',
              hash: 'SHA-256',
              salt: crypto.getRandomValues(new Uint8Array(16)),
              iterations,
            },
            key,
            256,
          );
          return performance.now() - started;
        }, PIN_ITERATIONS),
      );
    }
    times.sort((a, b) => a - b);
    console.log(
      `CPU ${rate}× slower: PBKDF2-SHA-256 ${PIN_ITERATIONS} iterations, median ${times[RUNS >> 1]!.toFixed(0)} ms ` +
        `(runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  }
} finally {
  await session.close();
  await app.stop();
}
