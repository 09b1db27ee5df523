import { type BenchBrowser, launch, newPage, sleep, startTrace } from './browser';
import { type Figure, medianFigure, summarised } from './figures';
import { openWithWorkload, SETTINGS_CHECKS, SETTINGS_URL, scroll } from './pages';
import type { Plan } from './plan';
import { median, percentile } from './stats';
import { attribute, keepEvent } from './trace';

/** What the service worker has stored of each check: when it was last seen. */
async function seenAt(bench: BenchBrowser): Promise<Record<string, number>> {
  const target = await bench.browser.waitForTarget((t) => t.type() === 'service_worker');
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return (await worker.evaluate(`chrome.storage.local.get('findings').then(({ findings }) =>
    Object.fromEntries(Object.entries(findings?.value ?? {}).map(([id, finding]) => [id, finding.seenAt])))`)) as Record<
    string,
    number
  >;
}

/**
 * A settings page with five checks, loaded in a new tab each run. WXT calls the script's main() while the script is evaluated, and main() scans the page
 * and sends its findings synchronously, so the script's evaluation (EvaluateScript, compilation
 * included) spans content-script start to findings sent. Each run also checks that the findings
 * reached the service worker.
 */
export async function settingsScan(plan: Plan): Promise<Figure[]> {
  const bench = await launch(plan.port, true);
  try {
    const extensionId = bench.extensionId as string;
    // The browser's own start-up work would otherwise land in the first runs.
    await sleep(1000);
    const runs = [];
    for (let run = 0; run < plan.settingsRuns; run++) {
      plan.progress(`settings page, scan ${run + 1}/${plan.settingsRuns}`);
      const since = Date.now();
      const { page, session } = await newPage(bench);
      const stop = await startTrace(session, ['devtools.timeline'], keepEvent(extensionId));
      await page.goto(SETTINGS_URL, { waitUntil: 'load' });
      await waitForFindings(bench, since);
      runs.push(attribute(await stop(), extensionId));
      await page.close();
    }
    const workload = await settingsWorkload(plan, bench, extensionId);
    return [
      medianFigure(
        {
          id: 'settings-full-scan',
          label: 'full scan of a settings page (start → findings sent)',
          unit: 'ms',
          budget: { compare: '≤', value: 10 },
          note: `${SETTINGS_CHECKS.length} checks; the script's evaluation, compilation included; in thread time (not waiting for a core) median ${median(runs.map((run) => run.evaluateThreadMs)).toFixed(2)} ms`,
        },
        runs.map((run) => run.evaluateMs),
      ),
      workload,
    ];
  } finally {
    await bench.close();
  }
}

async function waitForFindings(bench: BenchBrowser, since: number) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const seen = await seenAt(bench);
    if (SETTINGS_CHECKS.every((id) => (seen[id] ?? 0) >= since)) return;
    await sleep(100);
  }
  throw new Error(`the settings page's findings (${SETTINGS_CHECKS.join(', ')}) never reached the worker`);
}

/**
 * Not in the table: on the feed the content script observes nothing, so the feed's batches
 * cannot show what a mutation costs it. On a settings page it observes the whole document, and
 * the same workload (posts streaming into a side panel) shows the observer and its batched rescans.
 */
async function settingsWorkload(plan: Plan, bench: BenchBrowser, extensionId: string): Promise<Figure> {
  plan.progress(`settings page, traced workload (${plan.batches} batches)`);
  const { page, session } = await newPage(bench);
  const stop = await startTrace(session, ['devtools.timeline'], keepEvent(extensionId));
  await openWithWorkload(page, SETTINGS_URL);
  await scroll(page, plan.batches);
  const { perBatchMs, perBatchThreadMs, callsDuringWorkload } = attribute(await stop(), extensionId);
  const busy = perBatchMs.filter((ms) => ms > 0);
  return summarised(
    {
      id: 'settings-batch-work',
      label: 'content script work per mutation batch, settings page (extra)',
      unit: 'ms',
      statistic: 'p95',
      value: percentile(perBatchMs, 95),
      budget: { compare: '≤', value: 1 },
      note: `p50 ${percentile(perBatchMs, 50).toFixed(3)} ms, max ${Math.max(...perBatchMs).toFixed(2)} ms over ${perBatchMs.length} batches; ${busy.length} batches held any of its ${callsDuringWorkload} calls (median ${median(busy).toFixed(3)} ms); in thread time p95 ${percentile(perBatchThreadMs, 95).toFixed(3)} ms`,
    },
    perBatchMs,
  );
}
