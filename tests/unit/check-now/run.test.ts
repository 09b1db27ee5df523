import { describe, expect, it } from 'vitest';
import type { PageOutcome } from '../../../lib/check-now/page-wait';
import { type CheckNowDeps, checkNow, pagesToVisit } from '../../../lib/check-now/run';
import { isLoginPage } from '../../../lib/checks/facebook/pages';
import { CHECKS, FACEBOOK_CHECKS } from '../../../lib/checks/registry';
import type { CheckRun } from '../../../lib/storage/items';

function fakeDeps(outcomes: Record<string, PageOutcome>) {
  const opened: string[] = [];
  const open = new Set<number>();
  const progress: CheckRun[] = [];
  let nextTab = 1;
  const urlOf = new Map<number, string>();
  const deps: CheckNowDeps = {
    openTab: async (url) => {
      const id = nextTab++;
      opened.push(url);
      open.add(id);
      urlOf.set(id, url);
      return id;
    },
    closeTab: async (id) => {
      open.delete(id);
    },
    waitForPage: async (id) => {
      // One tab at a time: a second open tab would mean pages are read in parallel.
      expect(open.size).toBe(1);
      return outcomes[urlOf.get(id) ?? ''] ?? 'read';
    },
    setProgress: async (run) => {
      progress.push(run);
    },
    now: () => 1000,
  };
  return { deps, opened, open, progress };
}

describe('pagesToVisit', () => {
  it("lists each page a platform's checks read, once, from their deep links", () => {
    const pages = pagesToVisit(CHECKS, 'facebook');
    expect(pages.length).toBeGreaterThan(0);
    expect(new Set(pages).size).toBe(pages.length);
    for (const check of FACEBOOK_CHECKS) expect(pages).toContain(check.deepLink);
    expect(pagesToVisit(CHECKS, 'google')).toEqual(['https://myaccount.google.com/signinoptions/twosv']);
  });
});

describe('checkNow', () => {
  const pages = ['https://www.facebook.com/a', 'https://www.facebook.com/b', 'https://www.facebook.com/c'];

  it('visits every page one at a time, closes each tab, and reports progress', async () => {
    const { deps, opened, open, progress } = fakeDeps({});
    const result = await checkNow('facebook', pages, deps);
    expect(opened).toEqual(pages);
    expect(open.size).toBe(0);
    expect(progress.map((run) => [run.status, run.done])).toEqual([
      ['running', 0],
      ['running', 1],
      ['running', 2],
      ['running', 3],
      ['done', 3],
    ]);
    expect(result).toMatchObject({ status: 'done', total: 3, finishedAt: 1000 });
  });

  it('goes on past a page that timed out, and does not call the run done: it counts the page unread', async () => {
    const { deps, opened, progress } = fakeDeps({ 'https://www.facebook.com/b': 'timed-out' });
    const result = await checkNow('facebook', pages, deps);
    expect(result).toMatchObject({ status: 'incomplete', done: 3, total: 3, unread: 1 });
    expect(opened).toHaveLength(3);
    expect(progress.map((run) => run.unread)).toEqual([0, 0, 1, 1, 1]);
  });

  it('ends done, with nothing unread, when every page was read', async () => {
    const { deps } = fakeDeps({});
    expect(await checkNow('facebook', pages, deps)).toMatchObject({ status: 'done', unread: 0 });
  });

  it('stops at a login page, closes its tab, and keeps the page it tried', async () => {
    const { deps, opened, open } = fakeDeps({ 'https://www.facebook.com/b': 'login-required' });
    const result = await checkNow('facebook', pages, deps);
    expect(result).toMatchObject({
      status: 'login-required',
      done: 1,
      total: 3,
      stoppedAt: 'https://www.facebook.com/b',
    });
    expect(opened).toEqual(pages.slice(0, 2));
    expect(open.size).toBe(0);
  });

  it('stops at a page that never showed, closes its tab, and keeps the page it tried', async () => {
    const google = ['https://myaccount.google.com/signinoptions/twosv', 'https://myaccount.google.com/b'];
    const { deps, opened, open, progress } = fakeDeps({ [google[0] ?? '']: 'not-reached' });
    const result = await checkNow('google', google, deps);
    expect(result).toMatchObject({
      platform: 'google',
      status: 'not-reached',
      done: 0,
      total: 2,
      stoppedAt: google[0],
      finishedAt: 1000,
    });
    expect(opened).toEqual(google.slice(0, 1));
    expect(open.size).toBe(0);
    expect(progress.at(-1)).toEqual(result);
  });

  it('closes the tab even when waiting fails', async () => {
    const { deps, open } = fakeDeps({});
    deps.waitForPage = async () => {
      throw new Error('tab crashed');
    };
    await expect(checkNow('facebook', pages, deps)).rejects.toThrow('tab crashed');
    expect(open.size).toBe(0);
  });
});

describe('isLoginPage', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('knows a login form', () => {
    const page = parse(
      '<form action="/login/device-based/regular/login/?login_attempt=1" method="post"><input type="text" name="email"><input type="password" name="pass"></form>',
    );
    expect(isLoginPage(page)).toBe(true);
  });

  it('does not take a settings page with a password change field for one', () => {
    const page = parse(
      '<div role="main"><form action="/settings/password"><input type="password"></form></div>',
    );
    expect(isLoginPage(page)).toBe(false);
  });
});
