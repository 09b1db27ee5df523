import type { CDPSession } from 'puppeteer-core';
import { type BenchBrowser, isExtensionUrl, launch, newPage, startTrace } from './browser';
import { type Figure, medianFigure, summarised } from './figures';
import { FEED_URL, openWithWorkload, scroll } from './pages';
import type { Plan } from './plan';
import { median, percentile, slope } from './stats';
import { attribute, keepEvent, TRACE_CATEGORIES } from './trace';

/** The feed and its workload in a fresh browser with the extension, traced; attributed to the extension. */
export async function feedTraceRuns(plan: Plan): Promise<Figure[]> {
  const runs = [];
  for (let run = 0; run < plan.traceRuns; run++) {
    plan.progress(`feed, traced run ${run + 1}/${plan.traceRuns} (${plan.batches} batches)`);
    const bench = await launch(plan.port, true);
    try {
      const extensionId = bench.extensionId as string;
      const { page, session } = await newPage(bench);
      const stop = await startTrace(session, TRACE_CATEGORIES, keepEvent(extensionId));
      await openWithWorkload(page, FEED_URL, '[role=feed]');
      await scroll(page, plan.batches);
      runs.push(attribute(await stop(), extensionId));
    } finally {
      await bench.close();
    }
  }
  const perBatch = runs.flatMap((run) => run.perBatchMs);
  const calls = runs.reduce((sum, run) => sum + run.callsDuringWorkload, 0);
  return [
    medianFigure(
      {
        id: 'feed-script-time',
        label: 'extension script time, heavy feed, per run',
        unit: 'ms',
        budget: { compare: '≤', value: 50 },
        note: `load + ${plan.batches} batches of 10 posts; V8 samples say ${median(runs.map((run) => run.sampledMs)).toFixed(1)} ms (median)`,
      },
      runs.map((run) => run.scriptMs),
    ),
    summarised(
      {
        id: 'feed-batch-work',
        label: 'content script work per mutation batch, feed',
        unit: 'ms',
        statistic: 'p95',
        value: percentile(perBatch, 95),
        budget: { compare: '≤', value: 1 },
        note: `p50 ${percentile(perBatch, 50).toFixed(3)} ms over ${perBatch.length} batches; ${calls} calls into the content script during them`,
      },
      perBatch,
    ),
  ];
}

/** Main-thread time of the feed page's renderer over the whole run (load and workload), in ms. */
async function feedMainThread(plan: Plan, withExtension: boolean): Promise<number> {
  const bench = await launch(plan.port, withExtension);
  try {
    const { page, session } = await newPage(bench);
    // Enabled before navigating, the counters follow the tab into the page's new renderer.
    await session.send('Performance.enable');
    await openWithWorkload(page, FEED_URL, '[role=feed]');
    await scroll(page, plan.batches);
    const { metrics } = await session.send('Performance.getMetrics');
    const task = metrics.find((metric) => metric.name === 'TaskDuration');
    if (!task) throw new Error('Chromium reported no TaskDuration');
    return task.value * 1000;
  } finally {
    await bench.close();
  }
}

/** With and without the extension in alternating order (with, without, without, with, …), untraced. */
export async function feedPairs(plan: Plan): Promise<Figure> {
  const ratios: number[] = [];
  const times: { with: number[]; without: number[] } = { with: [], without: [] };
  for (let pair = 0; pair < plan.pairs; pair++) {
    const order = pair % 2 === 0 ? [true, false] : [false, true];
    const measured: Record<string, number> = {};
    for (const withExtension of order) {
      plan.progress(
        `feed, pair ${pair + 1}/${plan.pairs}, ${withExtension ? 'with' : 'without'} the extension`,
      );
      measured[String(withExtension)] = await feedMainThread(plan, withExtension);
    }
    const [withTime, withoutTime] = [measured.true as number, measured.false as number];
    times.with.push(withTime);
    times.without.push(withoutTime);
    ratios.push(withTime / withoutTime);
  }
  return medianFigure(
    {
      id: 'feed-added-main-thread',
      label: 'main-thread time with / without extension, feed',
      unit: '×',
      note: `${plan.pairs} interleaved pairs, fresh browser each; spread p25–p75 ${percentile(ratios, 25).toFixed(3)}–${percentile(ratios, 75).toFixed(3)}; median main thread ${(median(times.with) / 1000).toFixed(1)} s with, ${(median(times.without) / 1000).toFixed(1)} s without`,
    },
    ratios,
  );
}

interface HeapSample {
  minutes: number;
  contentScriptKb: number;
  workerKb: number;
  pageKb: number;
}

/** Live bytes of the V8 sampling heap profile that were allocated under one of the extension's frames. */
async function contentScriptHeap(session: CDPSession, extensionId: string): Promise<number> {
  const { profile } = await session.send('HeapProfiler.getSamplingProfile');
  type Node = (typeof profile)['head'];
  const sum = (node: Node, inside: boolean): number => {
    const own = inside || isExtensionUrl(node.callFrame.url, extensionId);
    return (own ? node.selfSize : 0) + node.children.reduce((total, child) => total + sum(child, own), 0);
  };
  return sum(profile.head, false);
}

async function usedHeap(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The feed workload for `plan.memoryMinutes`, sampling heaps after a forced GC. The content script
 * shares the page's V8 heap, so its part is what V8's sampling heap profiler (started before the
 * page is loaded again, so the script's start is in it) finds live and allocated by its code.
 */
export async function feedMemory(plan: Plan): Promise<Figure[]> {
  const bench = await launch(plan.port, true);
  try {
    const extensionId = bench.extensionId as string;
    const { page, session } = await newPage(bench);
    await page.goto(FEED_URL, { waitUntil: 'load' });
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    await openWithWorkload(page, FEED_URL, '[role=feed]');
    const worker = await workerSession(bench);
    const samples: HeapSample[] = [];
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 60_000;
    const sample = async () => {
      const pageKb = (await usedHeap(session)) / 1024;
      samples.push({
        minutes: elapsed(),
        contentScriptKb: (await contentScriptHeap(session, extensionId)) / 1024,
        workerKb: (await usedHeap(worker)) / 1024,
        pageKb,
      });
    };
    await sample();
    let batches = 0;
    while (elapsed() < plan.memoryMinutes) {
      plan.progress(`feed memory, ${elapsed().toFixed(1)}/${plan.memoryMinutes} min, ${batches} batches`);
      const until = Math.min(plan.memoryMinutes, samples.length * (plan.memoryMinutes / plan.memorySamples));
      while (elapsed() < until) {
        await scroll(page, 10);
        batches += 10;
      }
      await sample();
    }
    if ((samples[0]?.contentScriptKb ?? 0) === 0)
      throw new Error('the heap profile holds nothing of the content script: did the reload change process?');
    const trend = (label: string, id: string, pick: (sample: HeapSample) => number, note: string) =>
      heapFigure(id, label, samples, pick, `${note}; ${batches} batches in ${plan.memoryMinutes} min`);
    return [
      trend(
        'content script heap, feed',
        'memory-content-script',
        (s) => s.contentScriptKb,
        'V8 heap it allocated',
      ),
      trend('service worker heap, feed', 'memory-service-worker', (s) => s.workerKb, 'used V8 heap'),
      trend('page heap incl. content script, feed', 'memory-page', (s) => s.pageKb, 'the whole isolate'),
    ];
  } finally {
    await bench.close();
  }
}

async function workerSession(bench: BenchBrowser): Promise<CDPSession> {
  const target = await bench.browser.waitForTarget((t) => t.type() === 'service_worker');
  // DevTools attached to the worker also keeps it from being stopped while idle.
  return target.createCDPSession();
}

/**
 * A heap is "not growing" when the least-squares line through its samples rises by less than 10%
 * of its median over the run, or by less than 64 kB (16 samples of the 4 kB profiler: noise).
 */
function heapFigure(
  id: string,
  label: string,
  samples: readonly HeapSample[],
  pick: (sample: HeapSample) => number,
  note: string,
): Figure {
  const values = samples.map(pick);
  const perMinute = slope(samples.map((sample) => ({ x: sample.minutes, y: pick(sample) })));
  const minutes = (samples.at(-1)?.minutes ?? 0) - (samples[0]?.minutes ?? 0);
  const growth = perMinute * minutes;
  const allowed = Math.max(0.1 * median(values), 64);
  return summarised(
    {
      id,
      label,
      unit: 'kB',
      statistic: 'last',
      value: values.at(-1) ?? Number.NaN,
      pass: growth < allowed,
      note: `${note}; trend ${perMinute >= 0 ? '+' : ''}${perMinute.toFixed(1)} kB/min, fitted growth ${growth.toFixed(0)} kB (allowed < ${allowed.toFixed(0)})`,
    },
    values,
  );
}
