import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { PLATFORM_HOSTS } from './fixture-server';
import { CHROME_BUILD, CHROMIUM } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens one of the extension's pages, e.g. `popup.html`, in a new tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded unchanged, the platforms' real hostnames
 * resolved to the local fixture server, and every other hostname to nowhere.
 */
export async function launchWithExtension(
  fixturePort: number,
  /** A profile to reuse, e.g. to restart the browser; it is then kept on close. */
  reuse?: string,
  /** More hostnames pointed at local servers, each at its port (e.g. a collector). */
  hosts: Readonly<Record<string, number>> = {},
): Promise<ExtensionBrowser & { profile: string }> {
  const profile = reuse ?? mkdtempSync(join(tmpdir(), 'dhc-chromium-'));
  const rules = [
    ...PLATFORM_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${fixturePort}`),
    ...Object.entries(hosts).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
  ].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    profile,
    context,
    extensionId,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!reuse) rmSync(profile, { recursive: true, force: true });
    },
  };
}
