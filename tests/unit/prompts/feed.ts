import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Helpers for tests on the feed fixtures (tests/fixtures/facebook/feed, made by its generate.mjs). */
export const DIR = join(process.cwd(), 'tests/fixtures/facebook/feed');
export const LAYER = '[data-layer="dialogs"]';

/** A feed fixture with its own script running, as a browser would run it. */
export function loadFeed(name: string): Document {
  const page = new DOMParser().parseFromString(readFileSync(join(DIR, name), 'utf8'), 'text/html');
  for (const script of page.querySelectorAll('script:not([type])')) {
    new Function('document', script.textContent ?? '')(page);
  }
  return page;
}

/** Clicks "What's on your mind?" and waits for the composer the page mounts late. */
export async function openComposer(page: Document): Promise<Element> {
  (page.querySelector('[data-opens-composer]') as HTMLElement).click();
  return vi.waitFor(() => {
    const dialog = page.querySelector(`${LAYER} [role=dialog]`);
    if (!dialog?.querySelector('[role=textbox]')) throw new Error('the composer has not opened');
    return dialog;
  });
}

/** Picks an audience in the composer's own picker, as a user does. */
export function chooseAudience(dialog: Element, audience: string) {
  (dialog.querySelector('[data-audience-button]') as HTMLElement).click();
  (dialog.querySelector(`[data-audience="${audience}"]`) as HTMLElement).click();
  (dialog.querySelector('[data-audience-done]') as HTMLElement).click();
}
