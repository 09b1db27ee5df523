import { describe, expect, it } from 'vitest';
import {
  answerPrompt,
  DISMISS_QUIET_MS,
  decidePrompt,
  FEED_EVERY_MS,
  type PromptQuestion,
} from '../../../lib/prompts/decide';
import type { Finding, PromptPreferences } from '../../../lib/storage/items';

const NOW = Date.UTC(2026, 10, 29, 9, 0);
const HOUR = 60 * 60 * 1000;
const ON: PromptPreferences = { enabled: true, turnedOff: [], dismissedAt: {} };
const CHECK_IDS = new Set(['facebook.future-posts', 'facebook.lookup-phone', 'facebook.two-factor']);

const finding = (checkId: string, state: Finding['state'], acknowledged?: boolean): Finding => ({
  checkId,
  platform: 'facebook',
  state,
  seenAt: NOW - HOUR,
  ...(acknowledged === undefined ? {} : { acknowledged }),
});

function ask(question: Partial<PromptQuestion> & Pick<PromptQuestion, 'context' | 'ids'>) {
  return decidePrompt({ prefs: ON, findings: {}, checkIds: CHECK_IDS, now: NOW, ...question });
}

describe('decidePrompt', () => {
  it('shows the composer prompt in the composer, and nothing else there', () => {
    expect(ask({ context: 'composer', ids: ['facebook.post-audience'] }).id).toBe('facebook.post-audience');
    expect(ask({ context: 'composer', ids: ['facebook.two-factor'] }).id).toBeUndefined();
    expect(ask({ context: 'feed', ids: ['facebook.post-audience'] }).id).toBeUndefined();
    expect(ask({ context: 'settings', ids: ['facebook.post-audience'] }).id).toBeUndefined();
  });

  it('shows nothing anywhere while prompts are off', () => {
    const prefs = { ...ON, enabled: false };
    expect(ask({ prefs, context: 'composer', ids: ['facebook.post-audience'] })).toEqual({ prefs });
    expect(ask({ prefs, context: 'settings', ids: ['facebook.future-posts'] }).id).toBeUndefined();
    expect(ask({ prefs, context: 'feed', ids: ['facebook.two-factor'] })).toEqual({ prefs });
  });

  it('shows one prompt at a time: the first the page asks about that may show', () => {
    const ids = ['facebook.future-posts', 'facebook.lookup-phone'];
    expect(ask({ context: 'settings', ids }).id).toBe('facebook.future-posts');
    const prefs = { ...ON, turnedOff: ['facebook.future-posts'] };
    expect(ask({ prefs, context: 'settings', ids }).id).toBe('facebook.lookup-phone');
  });

  it('on a settings page, prompts only about registered checks the user has not accepted', () => {
    expect(ask({ context: 'settings', ids: ['facebook.not-a-check'] }).id).toBeUndefined();
    const findings = { 'facebook.future-posts': finding('facebook.future-posts', 'risky', true) };
    expect(ask({ findings, context: 'settings', ids: ['facebook.future-posts'] }).id).toBeUndefined();
    // The page has just read it as risky; an older "safe" in storage does not silence it.
    const stale = { 'facebook.future-posts': finding('facebook.future-posts', 'safe') };
    expect(ask({ findings: stale, context: 'settings', ids: ['facebook.future-posts'] }).id).toBe(
      'facebook.future-posts',
    );
  });

  it('never shows a prompt the user turned off', () => {
    const prefs = { ...ON, turnedOff: ['facebook.post-audience'] };
    expect(ask({ prefs, context: 'composer', ids: ['facebook.post-audience'] }).id).toBeUndefined();
  });

  it('keeps a dismissed prompt quiet for a day, then shows it again', () => {
    const dismissed = (at: number) => ({ ...ON, dismissedAt: { 'facebook.post-audience': at } });
    const composer = { context: 'composer', ids: ['facebook.post-audience'] } as const;
    expect(ask({ ...composer, prefs: dismissed(NOW - 1) }).id).toBeUndefined();
    expect(ask({ ...composer, prefs: dismissed(NOW - DISMISS_QUIET_MS + 1) }).id).toBeUndefined();
    expect(ask({ ...composer, prefs: dismissed(NOW - DISMISS_QUIET_MS) }).id).toBe('facebook.post-audience');
    // A clock set back must not silence it for as long as it was wrong.
    expect(ask({ ...composer, prefs: dismissed(NOW + 30 * DISMISS_QUIET_MS) }).id).toBe(
      'facebook.post-audience',
    );
  });

  describe('on the feed', () => {
    const feed = { context: 'feed', ids: ['facebook.two-factor'] } as const;

    it.each([
      ['not read yet', {}],
      ['off', { 'facebook.two-factor': finding('facebook.two-factor', 'risky') }],
      ['unreadable', { 'facebook.two-factor': finding('facebook.two-factor', 'unknown') }],
    ])('asks for two-factor login when it is %s, and remembers when', (_name, findings) => {
      expect(ask({ ...feed, findings })).toEqual({
        id: 'facebook.two-factor',
        prefs: { ...ON, lastFeedPromptAt: NOW },
      });
    });

    it.each([
      ['on', { 'facebook.two-factor': finding('facebook.two-factor', 'safe') }],
      ['off on purpose', { 'facebook.two-factor': finding('facebook.two-factor', 'risky', true) }],
    ])('stays quiet when two-factor login is %s', (_name, findings) => {
      expect(ask({ ...feed, findings })).toEqual({ prefs: ON });
    });

    it('shows at most one prompt a day', () => {
      const first = ask(feed);
      expect(first.id).toBe('facebook.two-factor');
      const later = (hours: number) => ask({ ...feed, prefs: first.prefs, now: NOW + hours * HOUR });
      expect(later(0).id).toBeUndefined();
      expect(later(23.9).id).toBeUndefined();
      expect(later(FEED_EVERY_MS / HOUR).id).toBe('facebook.two-factor');
    });

    it('counts only prompts it shows: a quiet visit does not start the day', () => {
      const prefs = { ...ON, turnedOff: ['facebook.two-factor'] };
      expect(ask({ ...feed, prefs })).toEqual({ prefs });
    });
  });
});

describe('answerPrompt', () => {
  it('remembers when a prompt was dismissed', () => {
    const once = answerPrompt(ON, 'facebook.post-audience', 'dismiss', NOW);
    expect(once.dismissedAt).toEqual({ 'facebook.post-audience': NOW });
    expect(answerPrompt(once, 'facebook.post-audience', 'dismiss', NOW + 5).dismissedAt).toEqual({
      'facebook.post-audience': NOW + 5,
    });
  });

  it('turns a prompt off once, keeping the others', () => {
    const prefs = { ...ON, turnedOff: ['facebook.two-factor'] };
    const off = answerPrompt(prefs, 'facebook.post-audience', 'turn-off', NOW);
    expect(off.turnedOff).toEqual(['facebook.two-factor', 'facebook.post-audience']);
    expect(answerPrompt(off, 'facebook.post-audience', 'turn-off', NOW)).toBe(off);
  });
});
