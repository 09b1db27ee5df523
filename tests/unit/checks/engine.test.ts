import { describe, expect, it } from 'vitest';
import type { CheckDefinition } from '../../../lib/checks/definition';
import { checksForPage, runChecks } from '../../../lib/checks/engine';
import type { Observation } from '../../../lib/checks/observation';
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

describe('watchPage', () => {
  function start(url: string) {
    const sent: Observation[][] = [];
    const queued: Array<() => void> = [];
    let href = url;
    const watcher = watchPage({
      platform: 'facebook',
      checks: [valueCheck],
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

  it('stops watching when stopped', async () => {
    document.body.innerHTML = '<span id="value">Public</span>';
    const { queued, watcher } = start('https://www.facebook.com/settings');
    watcher.stop();
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queued).toEqual([]);
  });
});
