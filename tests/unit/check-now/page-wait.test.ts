import { describe, expect, it } from 'vitest';
import { nextStep, type PageEvent, type PageStep, WAIT_STARTED } from '../../../lib/check-now/page-wait';
import type { Observation } from '../../../lib/checks/observation';

const seen = (state: Observation['state']): Observation => ({
  checkId: 'google.two-factor',
  platform: 'google',
  state,
  seenAt: 1,
});

/** The steps a wait takes through `events`, from its start. */
function steps(events: readonly PageEvent[]): PageStep[] {
  let wait = WAIT_STARTED;
  return events.map((event) => {
    const step = nextStep(wait, event);
    wait = step.wait;
    return step;
  });
}

const last = (events: readonly PageEvent[]) => steps(events).at(-1);

describe('waiting for a page Check now opened', () => {
  it('starts the quiet timer when the tab has loaded and nothing has spoken, and ends "not reached" when it runs out', () => {
    const [loading, loaded, quiet] = steps([{ type: 'loading' }, { type: 'loaded' }, { type: 'quiet-over' }]);
    expect(loading).toMatchObject({ stop: 'quiet' });
    expect(loading?.outcome).toBeUndefined();
    expect(loaded).toMatchObject({ start: 'quiet' });
    expect(loaded?.outcome).toBeUndefined();
    expect(quiet?.outcome).toBe('not-reached');
  });

  it('stops the quiet timer at each new load of a redirect, and starts it again when that load ends', () => {
    const redirect = steps([{ type: 'loaded' }, { type: 'loading' }, { type: 'loaded' }]);
    expect(redirect.map((step) => [step.start, step.stop])).toEqual([
      ['quiet', undefined],
      [undefined, 'quiet'],
      ['quiet', undefined],
    ]);
  });

  it('takes a late first report, even one that read nothing yet, as the page reached', () => {
    const events: PageEvent[] = [{ type: 'loaded' }, { type: 'reported', observations: [seen('unknown')] }];
    expect(last(events)).toMatchObject({ wait: { heard: true }, stop: 'quiet' });
    expect(last(events)?.outcome).toBeUndefined();
    // Should the timer fire all the same (it was stopped as it ran out), the page was reached.
    expect(last([...events, { type: 'quiet-over' }])?.outcome).toBeUndefined();
  });

  it('starts no quiet timer on later loads once the page has spoken', () => {
    const step = last([
      { type: 'reported', observations: [seen('unknown')] },
      { type: 'loading' },
      { type: 'loaded' },
    ]);
    expect(step?.start).toBeUndefined();
    expect(step?.outcome).toBeUndefined();
  });

  it('ends "read" as soon as every setting is read', () => {
    expect(
      last([{ type: 'loaded' }, { type: 'reported', observations: [seen('risky'), seen('safe')] }]),
    ).toMatchObject({
      outcome: 'read',
    });
  });

  it('gives settings that render late the settle time, started once', () => {
    const [first, second, settled] = steps([
      { type: 'reported', observations: [seen('safe'), seen('unknown')] },
      { type: 'reported', observations: [seen('safe'), seen('unknown')] },
      { type: 'settle-over' },
    ]);
    expect(first).toMatchObject({ start: 'settle', wait: { settling: true } });
    expect(first?.outcome).toBeUndefined();
    expect(second?.start).toBeUndefined();
    expect(settled?.outcome).toBe('read');
  });

  it('ends at a login page, and when the whole time has run out', () => {
    expect(last([{ type: 'loaded' }, { type: 'login-required' }])?.outcome).toBe('login-required');
    expect(last([{ type: 'loading' }, { type: 'timed-out' }])?.outcome).toBe('timed-out');
  });
});
