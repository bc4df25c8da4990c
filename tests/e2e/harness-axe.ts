// axe-core in the page: WCAG 2.0, 2.1 and 2.2 (A and AA) checked on the screen as it stands.
// Every serious or critical violation fails, listed as rule, element and message.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const FAILING = new Set(['serious', 'critical']);

export type AxeFinding = { rule: string; impact: string; target: string; message: string };

/** The serious and critical WCAG A/AA violations on the page as it is now. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated rather than added as a <script>: the app's CSP (script-src 'self') refuses
  // inline scripts, and DevTools evaluation is not subject to it.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    type AxeResult = {
      id: string;
      impact: string | null;
      nodes: { target: unknown[]; failureSummary?: string; impact?: string | null }[];
    };
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
    ).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as { violations: AxeResult[] };
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: n.impact ?? v.impact ?? 'unknown',
        target: n.target.map(String).join(' '),
        message: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }, WCAG_AA);
  return violations.filter((v) => FAILING.has(v.impact));
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(screen: string, findings: AxeFinding[]): string {
  return findings
    .map((f) => `${screen}: [${f.impact}] ${f.rule} at ${f.target}: ${f.message}`)
    .join('\n');
}

/** Fails when the screen has a serious or critical WCAG A/AA violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await axeFindings(page);
  if (findings.length > 0) {
    throw new Error(
      `axe: ${findings.length} serious/critical\n${describeFindings(screen, findings)}`,
    );
  }
}
