import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN as en, KM as km } from '../../../lib/i18n/all';
import { KM_NEEDS_REVIEW } from '../../../lib/i18n/review';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KHMER = /[\u1780-\u17FF]/;

describe('string catalogues', () => {
  it('have the same keys in English and Khmer', () => {
    expect(Object.keys(km).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s is filled in both languages with the same placeholders', (key) => {
    const english = en[key as keyof typeof en];
    const khmer = km[key as keyof typeof km];
    expect(english.trim()).not.toBe('');
    expect(khmer?.trim()).toBeTruthy();
    expect(placeholders(khmer ?? '')).toEqual(placeholders(english));
  });

  it('are really translated: every Khmer string has Khmer letters', () => {
    const untranslated = Object.entries(km).filter(([, text]) => !KHMER.test(text));
    expect(untranslated).toEqual([]);
  });

  it('list for review only keys that exist', () => {
    for (const key of KM_NEEDS_REVIEW) expect(en).toHaveProperty([key]);
    expect(new Set(KM_NEEDS_REVIEW).size).toBe(KM_NEEDS_REVIEW.length);
  });
});

describe('manifest strings (_locales)', () => {
  const read = (language: string) =>
    JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', language, 'messages.json'), 'utf8'));
  const english = read('en');
  const khmer = read('km');

  it('have the same names in English and Khmer, each with a message', () => {
    expect(Object.keys(khmer).sort()).toEqual(Object.keys(english).sort());
    for (const catalogue of [english, khmer]) {
      for (const entry of Object.values(catalogue) as { message: string }[]) {
        expect(entry.message.trim()).not.toBe('');
      }
    }
    expect(khmer.extName.message).toMatch(KHMER);
  });

  it('name the extension as the UI does', () => {
    expect(english.extName.message).toBe(en['app.name']);
    expect(khmer.extName.message).toBe(km['app.name']);
  });

  it('fit the stores: a name of at most 45 characters, a description of at most 132', () => {
    for (const catalogue of [english, khmer]) {
      expect(catalogue.extName.message.length).toBeLessThanOrEqual(45);
      expect(catalogue.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});
