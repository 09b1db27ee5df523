import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { checksForPage } from '../lib/checks/engine';
import { CHECKS } from '../lib/checks/registry';
import type { FixtureServer } from '../tests/e2e/support/fixture-server';
import { sleep } from './browser';

/** The large generated feed (72 posts, ≥ 20,000 elements) where the content script runs its prompts. */
export const FEED_URL = 'https://www.facebook.com/';
/** A settings page on which five checks read five settings (all risky, as on a new account). */
export const SETTINGS_URL = 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you';
export const SETTINGS_CHECKS = checksForPage(CHECKS, 'facebook', SETTINGS_URL).map((check) => check.id);

export function routePages(server: FixtureServer) {
  server.route('www.facebook.com', '/', 'facebook/feed/feed.en.public.html');
  const { pathname, search } = new URL(SETTINGS_URL);
  server.route('www.facebook.com', pathname + search, 'facebook/lookup-email/www-contact.en.risky.html');
}

const WORKLOAD = readFileSync(new URL('./feed-workload.js', import.meta.url), 'utf8');

/**
 * Loads a page, lets the content script start and settle (it runs at document_idle, then asks the
 * background for its prompt), and installs the infinite-scroll workload. `into` names the element
 * the posts go into; without it they go into a new panel at the end of the page.
 */
export async function openWithWorkload(page: Page, url: string, into?: string) {
  await page.goto(url, { waitUntil: 'load' });
  await sleep(500);
  await page.addScriptTag({ content: WORKLOAD });
  const pool = await page.evaluate(`benchInstall(${JSON.stringify(into ?? null)})`);
  if (pool !== 72) throw new Error(`the workload found ${String(pool)} posts to scroll, not 72`);
}

export const scroll = (page: Page, batches: number) => page.evaluate(`benchScroll(${batches}, 10)`);
