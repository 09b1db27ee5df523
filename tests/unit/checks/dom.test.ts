import { describe, expect, it } from 'vitest';
import { comparable, detectSetting, switchState, type WordList } from '../../../lib/checks/dom';

const parse = (body: string) =>
  new DOMParser().parseFromString(`<!DOCTYPE html><html lang="en"><body>${body}</body></html>`, 'text/html');
const first = (body: string) => parse(body).body.firstElementChild as Element;

describe('switchState', () => {
  it('takes aria-checked first, then a native checkbox’s own state', () => {
    expect(switchState(first('<div role="switch" aria-checked="true"></div>'))).toBe('on');
    expect(switchState(first('<input type="checkbox" role="switch" aria-checked="false" checked>'))).toBe(
      'off',
    );
    expect(switchState(first('<input type="checkbox" role="switch" checked>'))).toBe('on');
    expect(switchState(first('<input type="checkbox" role="switch">'))).toBe('off');
  });

  it('says nothing of a switch still rendering, or mixed', () => {
    expect(switchState(first('<div role="switch"></div>'))).toBeUndefined();
    expect(
      switchState(first('<input type="checkbox" role="switch" aria-checked="mixed" checked>')),
    ).toBeUndefined();
  });
});

describe('comparable', () => {
  it('ignores case, zero-width and ordinary spaces between Khmer words, not between Latin ones', () => {
    expect(comparable('ពិនិត្យ\u200bមើល ការ បង្ហោះ')).toBe(comparable('ពិនិត្យមើលការបង្ហោះ'));
    expect(comparable('Use  Two-Factor')).toBe('use two-factor');
  });
});

describe('detectSetting past a section', () => {
  const WORDS: Record<string, WordList> = {
    en: { labels: { tfa: ['Use two-factor authentication'] }, values: { on: ['On'], off: ['Off'] } },
  };
  const row = (label: string, value: string) =>
    `<div><div><span dir="auto">${label}</span></div><div><span dir="auto">${value}</span></div></div>`;
  const section = (title: string, rows: string) => `<div><h2 dir="auto">${title}</h2>${rows}</div>`;
  const read = (body: string) =>
    detectSetting(parse(`<div role="main">${body}</div>`), WORDS, 'tfa', { on: 'safe', off: 'risky' }).state;

  it('reads the value in its own row', () => {
    expect(read(section('Two-factor authentication', row('Use two-factor authentication', 'On')))).toBe(
      'safe',
    );
  });

  it("takes no value from the next section when its own row shows none (labels here end in no '?')", () => {
    const body =
      section('Two-factor authentication', row('Use two-factor authentication', '')) +
      section('Setting up extra security', row('Get alerts about unrecognized logins', 'On'));
    expect(read(body)).toBe('unknown');
  });

  it('still reads a label that is itself the heading of its row', () => {
    expect(
      read('<div><h3 dir="auto">Use two-factor authentication</h3><span dir="auto">Off</span></div>'),
    ).toBe('risky');
  });
});
