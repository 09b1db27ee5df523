import { describe, expect, it } from 'vitest';
import { languageFromLocales } from '../../../lib/i18n/language';
import { formatDateTime, resolveLanguage } from '../../../lib/i18n/resolve';
import { translate } from '../../../lib/i18n/translate';

describe('translate', () => {
  it('fills placeholders, with Khmer digits in Khmer', () => {
    expect(translate('en', 'status.attention.title', { count: 3 })).toBe(
      'Settings that need your attention: 3',
    );
    expect(translate('km', 'status.attention.title', { count: 13 })).toBe('ការកំណត់ដែលត្រូវការការយកចិត្តទុកដាក់៖ ១៣');
  });

  it('leaves a placeholder it has no value for, so the gap is visible', () => {
    expect(translate('en', 'findings.seen')).toBe('Seen {when}');
  });
});

describe('choosing the language', () => {
  it('follows the browser until the user chooses', () => {
    expect(resolveLanguage(undefined, ['km-KH', 'en-US'])).toBe('km');
    expect(resolveLanguage(undefined, ['fr-FR', 'km'])).toBe('km');
    expect(resolveLanguage(undefined, ['fr-FR'])).toBe('en');
    expect(languageFromLocales([])).toBe('en');
  });

  it("keeps the user's choice whatever the browser says", () => {
    expect(resolveLanguage('km', ['en-US'])).toBe('km');
    expect(resolveLanguage('en', ['km-KH'])).toBe('en');
  });
});

describe('formatDateTime', () => {
  it('writes the date in either language without relying on the browser having Khmer data', () => {
    const moment = new Date(2026, 10, 29, 5, 4).getTime();
    expect(formatDateTime('en', moment)).toBe('29 Nov 2026, 05:04');
    expect(formatDateTime('km', moment)).toBe('២៩ វិច្ឆិកា ២០២៦, ០៥:០៤');
  });
});
