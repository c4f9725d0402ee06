/**
 * Runs axe-core on a page and keeps what a store reviewer or a screen-reader user would trip over:
 * violations of impact "serious" or "critical".
 *
 * axe is evaluated through DevTools (page.evaluate) rather than added as a <script> tag, so extension
 * pages with their `script-src 'self'` policy can be checked as they ship.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

export interface AxeCheck {
  violations: AxeViolation[];
  /** How many rules passed: a run that checked nothing is no run. */
  passes: number;
}

/** Runs axe on the page (all rules but experimental ones) and returns the serious and critical violations. */
export async function axeCheck(page: Page, options: RunOptions = {}): Promise<AxeCheck> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, {
        resultTypes: ['violations'],
        ...runOptions,
      }),
    options,
  );
  const violations = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact as 'serious' | 'critical',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.length > 160 ? `${n.html.slice(0, 157)}...` : n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  return { violations, passes: results.passes.length };
}

/** The serious and critical axe violations on the page. */
export async function seriousViolations(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  return (await axeCheck(page, options)).violations;
}

/** One readable block per violation, for a test failure message. */
export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no serious or critical axe violations';
  return violations
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary}`),
      ].join('\n'),
    )
    .join('\n');
}
