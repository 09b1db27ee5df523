import { describe, expect, it } from 'vitest';
import { clip, containsAny, nfc, normaliseText } from '../../../lib/text/normalise';

describe('normaliseText', () => {
  it('folds case, spacing, curly quotes and invisible characters', () => {
    expect(normaliseText('  Who can SEE\u00a0your\n future\u200b posts?  ')).toBe(
      'who can see your future posts?',
    );
    expect(normaliseText('Review posts you\u2019re tagged in')).toBe("review posts you're tagged in");
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normaliseText('Cafe\u0301')).toBe(normaliseText('Caf\u00e9'));
  });

  it('composes exactly as String.normalize does, though it skips text NFC cannot change', () => {
    const differing: string[] = [];
    const compare = (text: string) => {
      if (nfc(text) !== text.normalize('NFC')) differing.push(text);
    };
    for (let code = 0; code < 0x10000; code++) {
      if (code < 0xd800 || code > 0xdfff) compare(String.fromCharCode(code));
    }
    // Marks compose with or reorder against the character before them: every pair of Khmer
    // characters, and each Latin letter or punctuation mark before each of them.
    const khmer = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x1780 + i));
    const before = [...khmer, 'a', 'é', '\u2019', ' ', '\u0301'];
    for (const first of before) for (const second of [...khmer, '\u0301', '\u0300']) compare(first + second);
    expect(differing).toEqual([]);
  });

  it('folds ASCII text as it folds any other', () => {
    expect(normaliseText(' \tWho  can SEE\nyour posts? ')).toBe('who can see your posts?');
    expect(normaliseText(' \tWho  can SEE\u00a0your posts? ')).toBe('who can see your posts?');
  });

  it('treats Khmer spellings that render the same as the same', () => {
    // ផ្ដល់ / ផ្តល់ ("provide"): subscript DA and subscript TA look identical.
    expect(normaliseText('ផ្ដល់')).toBe(normaliseText('ផ្តល់'));
    // ស្ត្រី ("woman") with coeng RO typed before or after the other subscript.
    expect(normaliseText('ស\u17D2\u179A\u17D2\u178F\u17B8')).toBe(
      normaliseText('ស\u17D2\u178F\u17D2\u179A\u17B8'),
    );
    // Vowel U and NIKAHIT in either order, and zero-width spaces between Khmer words.
    expect(normaliseText('ខ\u17C6\u17BB')).toBe(normaliseText('ខ\u17BB\u17C6'));
    expect(normaliseText('សាធារណៈ\u200bមិត្តភក្តិ')).toBe(normaliseText('សាធារណៈមិត្តភក្តិ'));
  });

  it('keeps different words different', () => {
    expect(normaliseText('ផ្តល់')).not.toBe(normaliseText('ផល'));
  });
});

describe('containsAny', () => {
  it('finds a phrase inside normalised text', () => {
    expect(containsAny('Who can see your FUTURE posts?', ['who can see your future posts'])).toBe(true);
    expect(containsAny('Who can see your friends list?', ['who can see your future posts'])).toBe(false);
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(clip('  Public ', 10)).toBe('Public');
    expect(clip('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
