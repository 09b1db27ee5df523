import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pagesToVisit } from '../../../lib/check-now/run';
import { checkNowHandlers, markInterruptedRun, pageReported } from '../../../lib/check-now/service';
import type { Observation } from '../../../lib/checks/observation';
import { CHECKS } from '../../../lib/checks/registry';
import { checkRun } from '../../../lib/storage/items';

const seen = (state: Observation['state']): Observation => ({
  checkId: 'facebook.future-posts',
  platform: 'facebook',
  state,
  seenAt: 1,
});

const pages = pagesToVisit(CHECKS, 'facebook');
const googlePages = pagesToVisit(CHECKS, 'google');

/** Tabs the run opened (the fake browser starts with a tab of its own). */
async function runTabs() {
  return (await fakeBrowser.tabs.query({})).filter((tab) =>
    [...pages, ...googlePages].includes(tab.url ?? ''),
  );
}

/** The id of the tab the run has open now, once it has opened one. */
async function openTab(): Promise<number> {
  await vi.waitFor(async () => expect(await runTabs()).toHaveLength(1));
  const [tab] = await runTabs();
  return tab?.id ?? -1;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Check now, in the background', () => {
  it('moves to the next page as soon as a page is fully read, and ends done', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    for (let page = 0; page < pages.length; page++) {
      pageReported(await openTab(), [seen('risky')]);
      await vi.waitFor(async () => expect((await checkRun.get())?.done).toBe(page + 1));
    }
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('done'));
    expect(await runTabs()).toEqual([]);
  });

  it('waits a moment for late settings before leaving a partly read page', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    const tab = await openTab();
    pageReported(tab, [seen('unknown')]);
    pageReported(tab, [seen('safe'), seen('unknown')]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await checkRun.get())?.done).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(async () => expect((await checkRun.get())?.done).toBe(1));
  });

  it('stops and says so when a page asks the user to log in', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    const tab = await openTab();
    await checkNowHandlers['page-status'](
      { type: 'page-status', platform: 'facebook', status: 'login-required' },
      { kind: 'content-script', tabId: tab },
    );
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('login-required'));
    expect(await runTabs()).toEqual([]);
  });

  it('ignores reports from tabs it did not open', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    const tab = await openTab();
    pageReported(tab + 100, [seen('safe')]);
    pageReported(undefined, [seen('safe')]);
    expect((await checkRun.get())?.done).toBe(0);
  });

  it('does not start a second run while one is running', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    await openTab();
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    expect(await runTabs()).toHaveLength(1);
  });

  it('gives up on a page that never finishes loading, goes on, and counts it unread', async () => {
    await checkNowHandlers['check-now']({ type: 'check-now', platform: 'facebook' }, { kind: 'page' });
    await openTab();
    await vi.advanceTimersByTimeAsync(20_000);
    await vi.waitFor(async () => expect((await checkRun.get())?.done).toBe(1));
    expect((await checkRun.get())?.unread).toBe(1);
  });

  it('marks a run the service worker lost as interrupted', async () => {
    await checkRun.set({
      platform: 'facebook',
      status: 'running',
      done: 1,
      total: 3,
      unread: 0,
      startedAt: 5,
    });
    await markInterruptedRun();
    expect(await checkRun.get()).toMatchObject({ status: 'interrupted', done: 1 });
  });
});

describe('Check now, when the page asked for never shows', () => {
  const loads = (tabId: number, status: 'loading' | 'complete') =>
    fakeBrowser.tabs.onUpdated.trigger(tabId, { status }, { id: tabId } as Browser.tabs.Tab);

  const startGoogle = () =>
    checkNowHandlers['check-now']({ type: 'check-now', platform: 'google' }, { kind: 'page' });

  it('stops "not reached" a few seconds after the tab loaded with no page of ours speaking, and closes it', async () => {
    await startGoogle();
    const tab = await openTab();
    await loads(tab, 'loading');
    await loads(tab, 'complete');
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('not-reached'));
    expect(await checkRun.get()).toMatchObject({ platform: 'google', done: 0, stoppedAt: googlePages[0] });
    expect(await runTabs()).toEqual([]);
  });

  it('waits for the last load of a redirect before it gives a page up', async () => {
    await startGoogle();
    const tab = await openTab();
    await loads(tab, 'complete');
    await vi.advanceTimersByTimeAsync(4_000);
    await loads(tab, 'loading');
    await vi.advanceTimersByTimeAsync(4_000);
    expect((await checkRun.get())?.status).toBe('running');
    await loads(tab, 'complete');
    await vi.advanceTimersByTimeAsync(4_000);
    expect((await checkRun.get())?.status).toBe('running');
    pageReported(tab, [{ ...seen('risky'), checkId: 'google.two-factor', platform: 'google' }]);
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('done'));
  });

  it('takes a report that comes late, within the grace, as the page reached, even one that read nothing yet', async () => {
    await startGoogle();
    const tab = await openTab();
    await loads(tab, 'complete');
    await vi.advanceTimersByTimeAsync(4_000);
    pageReported(tab, [{ ...seen('unknown'), checkId: 'google.two-factor', platform: 'google' }]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await checkRun.get())?.status).toBe('running');
    await vi.advanceTimersByTimeAsync(6_000);
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('incomplete'));
  });

  it('starts the grace at once when the tab had loaded before the wait began', async () => {
    const loaded = vi
      .spyOn(fakeBrowser.tabs, 'get')
      .mockImplementation(async (tabId) => ({ id: tabId, status: 'complete' }) as Browser.tabs.Tab);
    await startGoogle();
    await openTab();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('not-reached'));
  });

  it('listens to tabs only while it waits for a page', async () => {
    await startGoogle();
    const tab = await openTab();
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true);
    pageReported(tab, [{ ...seen('safe'), checkId: 'google.two-factor', platform: 'google' }]);
    await vi.waitFor(async () => expect((await checkRun.get())?.status).toBe('done'));
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
  });
});
