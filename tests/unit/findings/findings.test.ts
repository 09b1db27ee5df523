import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../lib/checks/definition';
import type { Observation } from '../../../lib/checks/observation';
import { findingsHandlers } from '../../../lib/findings/handlers';
import { mergeObservations } from '../../../lib/findings/merge';
import { summarise } from '../../../lib/findings/summary';
import { type Findings, findings } from '../../../lib/storage/items';
import { testCheck } from '../../helpers';

const seen = (checkId: string, state: Observation['state'], seenAt = 1): Observation => ({
  checkId,
  platform: 'facebook',
  state,
  seenAt,
});

const check = (id: string, severity: Severity) => testCheck({ id, severity });

describe('mergeObservations', () => {
  it('records new observations', () => {
    expect(mergeObservations({}, [seen('facebook.a', 'risky')])).toEqual({
      'facebook.a': seen('facebook.a', 'risky'),
    });
  });

  it('does not let an unknown hide what was known', () => {
    const current = { 'facebook.a': seen('facebook.a', 'safe') };
    expect(mergeObservations(current, [seen('facebook.a', 'unknown', 2)])).toEqual(current);
  });

  it('keeps an acknowledgement while the setting stays as it was, and drops it when it changes', () => {
    const current: Findings = { 'facebook.a': { ...seen('facebook.a', 'risky'), acknowledged: true } };
    expect(mergeObservations(current, [seen('facebook.a', 'risky', 2)])['facebook.a']?.acknowledged).toBe(
      true,
    );
    const changed = mergeObservations(current, [seen('facebook.a', 'safe', 2)]);
    const again = mergeObservations(changed, [seen('facebook.a', 'risky', 3)]);
    expect(again['facebook.a']?.acknowledged).toBeUndefined();
  });
});

describe('summarise', () => {
  const checks = [
    check('facebook.low', 'low'),
    check('facebook.high', 'high'),
    check('facebook.mid', 'medium'),
  ];

  it('says "not checked yet" when nothing has been seen', () => {
    expect(summarise({}, checks)).toEqual({
      status: 'none',
      count: 0,
      list: [],
      score: { good: 0, known: 0 },
    });
  });

  it('puts the most severe open risk first and names it as the next step', () => {
    const summary = summarise(
      {
        'facebook.low': seen('facebook.low', 'risky'),
        'facebook.mid': seen('facebook.mid', 'safe'),
        'facebook.high': seen('facebook.high', 'risky'),
      },
      checks,
    );
    expect(summary.status).toBe('attention');
    expect(summary.count).toBe(2);
    expect(summary.next?.check.id).toBe('facebook.high');
    expect(summary.list.map((entry) => entry.check.id)).toEqual([
      'facebook.high',
      'facebook.low',
      'facebook.mid',
    ]);
  });

  it('does not count a risk the user kept on purpose', () => {
    const summary = summarise(
      {
        'facebook.high': { ...seen('facebook.high', 'risky'), acknowledged: true },
        'facebook.mid': seen('facebook.mid', 'safe'),
      },
      checks,
    );
    expect(summary.status).toBe('ok');
    expect(summary.count).toBe(2);
    expect(summary.score).toEqual({ good: 2, known: 2 });
  });

  it('asks to look again when something could not be read', () => {
    const summary = summarise(
      { 'facebook.mid': seen('facebook.mid', 'unknown'), 'facebook.high': seen('facebook.high', 'safe') },
      checks,
    );
    expect(summary).toMatchObject({ status: 'unknown', count: 1, score: { good: 1, known: 1 } });
    expect(summary.next?.check.id).toBe('facebook.mid');
  });

  it('leaves out findings of checks this version no longer has', () => {
    expect(summarise({ 'facebook.gone': seen('facebook.gone', 'risky') }, checks).status).toBe('none');
  });
});

describe('findings handlers', () => {
  it('store reports, acknowledge only risky findings, and clear everything', async () => {
    await findingsHandlers['report-observations']({
      type: 'report-observations',
      platform: 'facebook',
      observations: [seen('facebook.a', 'risky'), seen('facebook.b', 'safe')],
    });
    await findingsHandlers['acknowledge-finding']({
      type: 'acknowledge-finding',
      checkId: 'facebook.a',
      acknowledged: true,
    });
    await findingsHandlers['acknowledge-finding']({
      type: 'acknowledge-finding',
      checkId: 'facebook.b',
      acknowledged: true,
    });
    const stored = await findings.get();
    expect(stored['facebook.a']?.acknowledged).toBe(true);
    expect(stored['facebook.b']?.acknowledged).toBeUndefined();
    await findingsHandlers['clear-findings']();
    expect(await findings.get()).toEqual({});
  });
});
