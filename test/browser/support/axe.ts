// An axe-core scan of a page in Chromium: injects axe (pure JS, from node_modules) and returns
// the serious and critical violations, WCAG 2.1 A/AA and best practices. Any page can use it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  /** Selector and failure summary of each element that fails. */
  nodes: { target: string; summary: string }[];
}

export interface AxeScanOptions {
  /** CSS selector of the part of the page to scan; the whole document by default. */
  include?: string;
  /** Rule ids to leave out, each with a reason in the calling test. */
  disableRules?: string[];
  tags?: string[];
  /** Impacts that count; serious and critical by default. */
  impacts?: ImpactValue[];
}

/** Scans the page as it is now and returns its violations of the given impacts. */
export async function axeViolations(
  page: Page,
  options: AxeScanOptions = {},
): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: await readFile(AXE_SOURCE, 'utf8') });
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: options.tags ?? WCAG_21_AA },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    ({ include, run }) =>
      (
        window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }
      ).axe.run(include ? { include: [include] } : document, run),
    { include: options.include ?? null, run: runOptions },
  );
  const impacts = options.impacts ?? ['serious', 'critical'];
  return results.violations
    .filter((violation) => impacts.includes(violation.impact ?? null))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
}

/** Violations as readable lines, for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.impact} ${violation.id} (${violation.help}) at ${node.target}`,
    ),
  );
}
