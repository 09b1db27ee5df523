import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../lib/checks/definition';
import { checksForPage, runChecks } from '../../../lib/checks/engine';
import type { Observation } from '../../../lib/checks/observation';
import { CHECKS } from '../../../lib/checks/registry';
import { watchPage } from '../../../lib/checks/watch';
import { testCheck } from '../../helpers';

/** A check that reads the text of #value on /settings pages: enough to drive the engine. */
const valueCheck: CheckDefinition = testCheck({
  id: 'facebook.test-value',
  pages: { matches: (url) => url.pathname.startsWith('/settings') },
  detect(document) {
    const value = document.getElementById('value')?.textContent;
    if (value === 'Public') return { state: 'risky', evidence: { label: 'Test', value } };
    if (value === 'Friends') return { state: 'safe', evidence: { label: 'Test', value } };
    return { state: 'unknown' };
  },
});

const throwingCheck: CheckDefinition = {
  ...valueCheck,
  id: 'facebook.test-throws',
  detect() {
    throw new Error('markup changed');
  },
};

describe('checksForPage', () => {
  it('picks the checks of the platform whose pages match the URL', () => {
    expect(checksForPage([valueCheck], 'facebook', 'https://www.facebook.com/settings?tab=privacy')).toEqual([
      valueCheck,
    ]);
    expect(checksForPage([valueCheck], 'facebook', 'https://www.facebook.com/')).toEqual([]);
    expect(checksForPage([valueCheck], 'facebook', 'not a url')).toEqual([]);
  });
});

describe('runChecks', () => {
  it('turns detections into observations, and a detector that throws into unknown', () => {
    document.body.innerHTML = '<span id="value">Public</span>';
    expect(runChecks([valueCheck, throwingCheck], document, 42)).toEqual([
      {
        checkId: 'facebook.test-value',
        platform: 'facebook',
        state: 'risky',
        evidence: { label: 'Test', value: 'Public' },
        seenAt: 42,
      },
      { checkId: 'facebook.test-throws', platform: 'facebook', state: 'unknown', seenAt: 42 },
    ]);
  });
});

/** The same check, declaring that it reads only the page's main region. */
const scopedCheck: CheckDefinition = {
  ...valueCheck,
  scope: (document) => document.querySelector('[role=main]') ?? document.body,
};

describe('runChecks on the fixture pages', () => {
  // The feeds are left out: long, and no setting is read there.
  const root = join(process.cwd(), 'tests/fixtures/facebook');
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.html') && statSync(join(root, name)).size < 200_000,
  );

  it('finds the fixture pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('reads %s as each detector does on its own, though they share one reading', (name) => {
    const page = new DOMParser().parseFromString(readFileSync(join(root, name), 'utf8'), 'text/html');
    const alone = CHECKS.map((check) => check.detect(page));
    const shared = runChecks(CHECKS, page, 0).map(({ state, evidence }) => ({
      state,
      ...(evidence ? { evidence } : {}),
    }));
    expect(shared).toEqual(alone);
  });
});

describe('watchPage', () => {
  function start(url: string, checks: readonly CheckDefinition[] = [valueCheck]) {
    const sent: Observation[][] = [];
    const queued: Array<() => void> = [];
    let href = url;
    const watcher = watchPage({
      platform: 'facebook',
      checks,
      document,
      url: () => href,
      send: (observations) => sent.push(observations),
      schedule: (run) => queued.push(run),
      now: () => 7,
    });
    const flush = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const run of queued.splice(0)) run();
    };
    return { sent, queued, watcher, flush, go: (next: string) => (href = next) };
  }

  it('reports a settings page at once, then again only when the value changes', async () => {
    document.body.innerHTML = '<div id="panel"><span id="value">Public</span></div>';
    const { sent, flush, watcher } = start('https://www.facebook.com/settings');
    expect(sent.map((batch) => batch[0]?.state)).toEqual(['risky']);

    document.body.append(document.createElement('div'));
    await flush();
    expect(sent).toHaveLength(1);

    const value = document.getElementById('value');
    if (value) value.textContent = 'Friends';
    await flush();
    expect(sent.map((batch) => batch[0]?.state)).toEqual(['risky', 'safe']);
    watcher.stop();
  });

  it('batches a burst of changes into one scan', async () => {
    document.body.innerHTML = '<div id="panel"></div>';
    const { queued, watcher } = start('https://www.facebook.com/settings');
    for (let i = 0; i < 50; i++) document.getElementById('panel')?.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queued).toHaveLength(1);
    watcher.stop();
  });

  it('does nothing on pages without checks, and starts when navigation reaches one', async () => {
    document.body.innerHTML = '<span id="value">Public</span>';
    const { sent, queued, watcher, go } = start('https://www.facebook.com/');
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([]);
    expect(queued).toEqual([]);
    go('https://www.facebook.com/settings');
    watcher.rescan();
    expect(sent).toHaveLength(1);
    watcher.stop();
  });

  it('scans again for changes inside a check’s scope, not for changes beside it', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div role="main"><span id="value">Public</span></div><div id="side"></div>';
    const { sent, queued, flush, watcher } = start('https://www.facebook.com/settings', [scopedCheck]);
    const changes = async (change: () => void) => {
      change();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const scheduled = queued.length;
      await flush();
      return scheduled;
    };
    const side = document.getElementById('side') as HTMLElement;
    const main = document.querySelector('[role=main]') as HTMLElement;
    expect(await changes(() => side.append(document.createElement('article')))).toBe(0);
    expect(await changes(() => side.setAttribute('aria-label', 'Feed'))).toBe(0);
    expect(await changes(() => document.body.append(document.createElement('div')))).toBe(0);
    expect(await changes(() => main.append(document.createElement('span')))).toBe(1);
    expect(await changes(() => document.getElementById('value')?.firstChild?.replaceWith('Friends'))).toBe(1);
    expect(sent.map((batch) => batch[0]?.state)).toEqual(['risky', 'safe']);
    expect(await changes(() => document.body.setAttribute('aria-checked', 'false'))).toBe(1);
    expect(await changes(() => (document.documentElement.lang = 'km'))).toBe(1);
    // The main region drawn again: the scope itself is another element.
    const redrawn = document.createElement('div');
    redrawn.setAttribute('role', 'main');
    expect(await changes(() => main.replaceWith(redrawn))).toBe(1);
    expect(await changes(() => side.append(document.createElement('article')))).toBe(0);
    watcher.stop();
  });

  it('stops watching when stopped', async () => {
    document.body.innerHTML = '<span id="value">Public</span>';
    const { queued, watcher } = start('https://www.facebook.com/settings');
    watcher.stop();
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queued).toEqual([]);
  });
});
