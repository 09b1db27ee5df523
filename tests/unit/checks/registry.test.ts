/// <reference types="vite/client" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CheckDefinition, checkText, type UrlExamples } from '../../../lib/checks/definition';
import { CheckIdSchema } from '../../../lib/checks/observation';
import { CHECKS } from '../../../lib/checks/registry';
import { EN as en, KM as km } from '../../../lib/i18n/all';
import { platformOfUrl } from '../../../lib/platforms';

/*
 * The contract every check keeps, so adding one is a new file, words and fixtures, and this test
 * says what is missing.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../../lib/checks/*/*.ts', { eager: true });
// A platform's word lists, page matchers and list of checks sit beside its checks but are not checks.
const SUPPORT_FILES = ['/words.ts', '/pages.ts', '/checks.ts'];
const checkFiles = Object.entries(modules).filter(
  ([path]) => !SUPPORT_FILES.some((end) => path.endsWith(end)),
);
const FIXTURES = join(process.cwd(), 'tests/fixtures');
const FIXTURE_NAME = /^([a-z0-9-]+)\.([a-z]{2})\.(risky|safe|unknown)\.html$/;
const isCheck = (value: unknown): value is CheckDefinition => CHECKS.includes(value as CheckDefinition);

describe('the check registry', () => {
  it('lists each check once, with a unique id', () => {
    expect(new Set(CHECKS.map((check) => check.id)).size).toBe(CHECKS.length);
  });

  it('registers every check file under lib/checks/<platform>/, one check per file', () => {
    expect(checkFiles.length).toBeGreaterThan(0);
    for (const [path, module] of checkFiles) {
      expect(Object.values(module).filter(isCheck), path).toHaveLength(1);
    }
  });
});

describe.each(CHECKS.map((check) => [check.id, check] as const))('%s', (id, check) => {
  const [platform = '', setting = ''] = id.split('.');
  const fixtureDir = join(FIXTURES, platform, setting);
  const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.html'));

  it('has an id <platform>.<setting> in kebab case, naming its platform', () => {
    expect(CheckIdSchema.safeParse(id).success).toBe(true);
    expect(platform).toBe(check.platform);
  });

  it('is the export of lib/checks/<platform>/<setting>.ts', () => {
    expect(Object.values(modules[`../../../lib/checks/${platform}/${setting}.ts`] ?? {})).toContain(check);
  });

  it('has title, why and fix in English and Khmer', () => {
    const { title, why, fix } = checkText(check);
    for (const key of [title, why, fix]) {
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(km[key]?.trim(), key).toBeTruthy();
    }
  });

  it('deep-links over https to a page of its platform where it runs', () => {
    const link = new URL(check.deepLink);
    expect(link.protocol).toBe('https:');
    expect(platformOfUrl(check.deepLink)).toBe(check.platform);
    expect(check.pages.matches(link)).toBe(true);
  });

  it('runs on each example page its file lists, and on none of the counter-examples', () => {
    const file = modules[`../../../lib/checks/${platform}/${setting}.ts`] as { urlExamples?: UrlExamples };
    expect(file.urlExamples, 'export urlExamples beside the check').toBeDefined();
    const { match, noMatch } = file.urlExamples ?? { match: [], noMatch: [] };
    expect(match.length).toBeGreaterThan(0);
    expect(noMatch.length).toBeGreaterThan(0);
    expect(match.filter((url) => !check.pages.matches(new URL(url)))).toEqual([]);
    expect(noMatch.filter((url) => check.pages.matches(new URL(url)))).toEqual([]);
  });

  it('says unknown on a blank page, whatever its language', () => {
    for (const lang of ['', 'en', 'km']) {
      const blank = document.implementation.createHTMLDocument('');
      blank.documentElement.lang = lang;
      expect(check.detect(blank)).toEqual({ state: 'unknown' });
    }
  });

  it('has fixtures named <layout>.<lang>.<state>.html for every state in English and Khmer', () => {
    expect(fixtures.filter((name) => !FIXTURE_NAME.test(name))).toEqual([]);
    // Other languages have no word lists, so a page in one can only read as unknown.
    expect(fixtures.filter((name) => !/\.(en|km)\.|\.unknown\.html$/.test(name))).toEqual([]);
    for (const lang of ['en', 'km']) {
      for (const state of ['risky', 'safe', 'unknown']) {
        expect(
          fixtures.some((name) => name.endsWith(`.${lang}.${state}.html`)),
          `${lang}.${state}`,
        ).toBe(true);
      }
    }
  });

  // Layouts named "-late" render the setting by script; before it runs there is nothing to read.
  it.each(fixtures)('reads %s as the state in its name', (name) => {
    const [, layout = '', , state] = FIXTURE_NAME.exec(name) ?? [];
    const page = new DOMParser().parseFromString(readFileSync(join(fixtureDir, name), 'utf8'), 'text/html');
    expect(check.detect(page).state).toBe(layout.endsWith('-late') ? 'unknown' : state);
  });
});
