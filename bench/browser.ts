import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { PLATFORM_HOSTS } from '../tests/e2e/support/fixture-server';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/support/paths';

/*
 * puppeteer-core rather than the e2e suite's Playwright: the bench needs DevTools sessions on the
 * service worker target and the list of every target (to see the worker stop and start again),
 * which Playwright's persistent contexts do not give. The flags and host mapping are the e2e
 * suite's, so the same production build runs against the same fixture pages.
 */

export interface BenchBrowser {
  browser: Browser;
  /** The extension's id; undefined when launched without it. */
  extensionId?: string;
  close(): Promise<void>;
}

export async function launch(fixturePort: number, withExtension: boolean): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dhc-bench-'));
  const rules = [
    ...PLATFORM_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${fixturePort}`),
    'MAP * ~NOTFOUND',
  ].join(', ');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir: profile,
    // One evaluation runs a whole workload: a minute here, several on a slower machine.
    protocolTimeout: 15 * 60_000,
    // Both arms of a comparison get the same flags; only the extension differs.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`]
        : []),
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) return { browser, close };
  try {
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker', {
      timeout: 30_000,
    });
    return { browser, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A trace event as Chrome reports it; only the fields the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: the part of `dur` the thread ran, not waiting for a core. */
  tdur?: number;
  id?: string;
  args?: {
    fileName?: string;
    data?: {
      url?: string;
      functionName?: string;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string; functionName: string };
}

/**
 * Records a Chrome trace from a page's DevTools session, keeping only events `keep` selects: a
 * trace of the feed workload has millions of events, and holding them all would cost gigabytes.
 */
export async function startTrace(
  session: CDPSession,
  categories: readonly string[],
  keep: (event: TraceEvent) => boolean,
): Promise<() => Promise<TraceEvent[]>> {
  const kept: TraceEvent[] = [];
  const collect = ({ value }: { value: TraceEvent[] }) => {
    for (const event of value) if (keep(event)) kept.push(event);
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  return async () => {
    const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', collect);
    return kept;
  };
}

/** The extension's scripts, by the URL trace events and profile frames name. */
export const isExtensionUrl = (url: string | undefined, extensionId: string) =>
  url?.startsWith(`chrome-extension://${extensionId}/`) === true;

export async function newPage(bench: BenchBrowser): Promise<{ page: Page; session: CDPSession }> {
  const page = await bench.browser.newPage();
  return { page, session: await page.createCDPSession() };
}
