import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch, newPage } from './browser';
import { type Figure, medianFigure } from './figures';
import { FEED_URL } from './pages';
import type { Plan } from './plan';
import { median } from './stats';

/** The engine and every registered check, bundled for a page with the project's own bundler. */
async function detectorsBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./scan-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'benchScanBundle',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((file) => file.type === 'chunk');
    if (chunk && 'code' in chunk) return chunk.code;
  }
  throw new Error('vite produced no bundle of the detectors');
}

/**
 * Not in the table: every registered detector run over the large feed (≥ 20,000
 * elements), the worst page a scan could meet. The content script never does this on the feed
 * (no check matches its URL); it bounds what a settings page as large as the feed would cost.
 */
export async function feedFullScan(plan: Plan): Promise<Figure> {
  plan.progress('every detector over the feed');
  const code = await detectorsBundle();
  const bench = await launch(plan.port, false);
  try {
    const { page } = await newPage(bench);
    await page.goto(FEED_URL, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    const { scans, checks } = (await page.evaluate(`benchScan(${plan.scanRuns})`)) as {
      scans: number[];
      checks: { id: string; ms: number[] }[];
    };
    const costliest = checks
      .map(({ id, ms }) => ({ id, ms: median(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map(({ id, ms }) => `${id} ${ms.toFixed(1)} ms`);
    return medianFigure(
      {
        id: 'feed-all-detectors',
        label: 'every detector over the feed, one scan (extra)',
        unit: 'ms',
        note: `${scans.length} scans in one page, the first (cold) ${scans[0]?.toFixed(1)} ms; costliest alone: ${costliest.join(', ')}`,
      },
      scans,
    );
  } finally {
    await bench.close();
  }
}
