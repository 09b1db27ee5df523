import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../lib/checks/observation';
import { CHECKS } from '../../../lib/checks/registry';
import { PRACTICE_SCREENS, type PracticeScreen, riskyValues } from '../../../lib/practice/screens';
import { initialPractice, practiceReducer, progressOf } from '../../../lib/practice/state';
import { moveStep, stepDone, WALKTHROUGH } from '../../../lib/practice/walkthrough';

const NO_PROGRESS = { states: {}, tasks: {} };

const reduce = practiceReducer(PRACTICE_SCREENS, WALKTHROUGH);
const seen = (checkId: string, state: Observation['state']): Observation => ({
  checkId,
  platform: 'facebook',
  state,
  seenAt: 1,
});

describe('practice state', () => {
  it('starts every screen risky, at the first step, with nothing read or done', () => {
    const state = initialPractice(PRACTICE_SCREENS);
    for (const screen of Object.values(PRACTICE_SCREENS)) {
      expect(state.values[screen.checkId]).toEqual(riskyValues(screen));
      expect(screen.control.risky).not.toBe(screen.control.safe);
    }
    expect(state).toMatchObject({ observations: {}, tasks: {}, step: 0, dismissed: [], generation: 0 });
  });

  it('changes one setting of one screen', () => {
    const state = reduce(initialPractice(PRACTICE_SCREENS), {
      type: 'set',
      checkId: 'facebook.profile-contact',
      field: 'birthday',
      value: 'onlyMe',
    });
    expect(state.values['facebook.profile-contact']).toEqual({ mobile: 'public', birthday: 'onlyMe' });
    expect(reduce(state, { type: 'set', checkId: 'facebook.unknown', field: 'value', value: 'x' })).toBe(
      state,
    );
  });

  it('keeps the same state when a reading brings nothing new, so reading again does not loop', () => {
    const once = reduce(initialPractice(PRACTICE_SCREENS), {
      type: 'read',
      observations: [seen('facebook.future-posts', 'risky')],
    });
    expect(reduce(once, { type: 'read', observations: [seen('facebook.future-posts', 'risky')] })).toBe(once);
    expect(progressOf(once).states).toEqual({ 'facebook.future-posts': 'risky' });
  });

  it('resets everything for the next group, and counts the reset', () => {
    let state = initialPractice(PRACTICE_SCREENS);
    const screen = PRACTICE_SCREENS['facebook.two-factor'] as PracticeScreen;
    state = reduce(state, { type: 'set', checkId: screen.checkId, field: 'value', value: 'on' });
    state = reduce(state, { type: 'read', observations: [seen(screen.checkId, 'safe')] });
    state = reduce(state, { type: 'task', task: 'backup' });
    state = reduce(state, { type: 'dismiss', checkId: 'facebook.future-posts' });
    state = reduce(state, { type: 'go', step: 5 });
    const reset = reduce(state, { type: 'reset' });
    expect(reset).toEqual({ ...initialPractice(PRACTICE_SCREENS), generation: 1 });
  });

  it('moves within the script and its summary', () => {
    const summary = WALKTHROUGH.length;
    expect(moveStep(0, -1, WALKTHROUGH)).toBe(0);
    expect(moveStep(summary - 1, 1, WALKTHROUGH)).toBe(summary);
    expect(moveStep(summary, 1, WALKTHROUGH)).toBe(summary);
    let state = reduce(initialPractice(PRACTICE_SCREENS), { type: 'go', step: 99 });
    expect(state.step).toBe(summary);
    state = reduce(state, { type: 'move', by: -1 });
    expect(state.step).toBe(summary - 1);
  });
});

describe('walkthrough', () => {
  it('has a practice screen for every check a step reads, each a registered check', () => {
    const registered = new Set(CHECKS.map((check) => check.id));
    for (const step of WALKTHROUGH) {
      if (!('checks' in step)) continue;
      for (const id of step.checks) {
        expect(registered).toContain(id);
        expect(PRACTICE_SCREENS[id]).toBeDefined();
      }
    }
  });

  it('counts a step done only when every check it reads is safe, or its task is done', () => {
    const lookup = WALKTHROUGH.find((step) => step.id === 'lookup');
    const backups = WALKTHROUGH.find((step) => step.id === 'backups');
    if (!lookup || !backups) throw new Error('steps missing');
    expect(stepDone(lookup, NO_PROGRESS)).toBe(false);
    expect(stepDone(lookup, { states: { 'facebook.lookup-phone': 'safe' }, tasks: {} })).toBe(false);
    expect(
      stepDone(lookup, {
        states: { 'facebook.lookup-phone': 'safe', 'facebook.lookup-email': 'unknown' },
        tasks: {},
      }),
    ).toBe(false);
    expect(
      stepDone(lookup, {
        states: { 'facebook.lookup-phone': 'safe', 'facebook.lookup-email': 'safe' },
        tasks: {},
      }),
    ).toBe(true);
    expect(stepDone(backups, NO_PROGRESS)).toBe(false);
    expect(stepDone(backups, { states: {}, tasks: { backup: true } })).toBe(true);
  });
});
