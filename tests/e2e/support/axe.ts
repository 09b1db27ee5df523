import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.2 A/AA and best practices) in the page, or only in the part that
 * `only` selects (e.g. our UI inside someone else's page), and lists what it finds.
 */
export async function axeViolations(page: Page, only?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which extension pages' CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    interface Result {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<Result> } })
      .axe;
    const results = await axe.run(only ? { include: [[only]] } : document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, only);
}
