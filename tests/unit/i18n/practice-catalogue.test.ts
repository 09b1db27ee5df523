import { describe, expect, it } from 'vitest';
import { EN as en } from '../../../lib/i18n/all';
import { practiceEn, practiceKm, practiceTranslator } from '../../../lib/i18n/practice';
import { PRACTICE_KM_NEEDS_REVIEW } from '../../../lib/i18n/review';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KHMER = /[\u1780-\u17FF]/;

describe('the practice catalogue', () => {
  it('has the same keys in English and Khmer, none of them also in the main catalogue', () => {
    expect(Object.keys(practiceKm).sort()).toEqual(Object.keys(practiceEn).sort());
    expect(Object.keys(practiceEn).filter((key) => key in en)).toEqual([]);
  });

  it.each(Object.keys(practiceEn))('%s is filled in both languages with the same placeholders', (key) => {
    const english = practiceEn[key as keyof typeof practiceEn];
    const khmer = practiceKm[key as keyof typeof practiceKm];
    expect(english.trim()).not.toBe('');
    expect(khmer.trim()).not.toBe('');
    expect(KHMER.test(khmer)).toBe(true);
    expect(placeholders(khmer)).toEqual(placeholders(english));
  });

  it('lists every Khmer string for a native review, once', () => {
    expect([...PRACTICE_KM_NEEDS_REVIEW].sort()).toEqual(Object.keys(practiceKm).sort());
    expect(new Set(PRACTICE_KM_NEEDS_REVIEW).size).toBe(PRACTICE_KM_NEEDS_REVIEW.length);
  });

  it('translates practice strings and main ones alike, placeholders filled with Khmer digits', () => {
    const t = practiceTranslator('km');
    expect(t('practice.walkthrough.progress', { step: 2, total: 8 })).toBe('ជំហានទី ២ ក្នុងចំណោម ៨');
    expect(t('practice.heading')).toBe('របៀបហាត់អនុវត្ត');
    expect(practiceTranslator('en')('findings.why')).toBe(en['findings.why']);
  });
});
