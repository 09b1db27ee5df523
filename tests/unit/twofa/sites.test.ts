import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { indexSites, type SitesFile, SitesFileSchema, siteForUrl } from '../../../lib/twofa/sites';

const SHIPPED = join(process.cwd(), 'public/2fa-directory');
const raw = readFileSync(join(SHIPPED, 'sites.json'), 'utf8');

describe('the shipped list of 2fa.directory sites', () => {
  const file = SitesFileSchema.parse(JSON.parse(raw));
  const index = indexSites(file);

  it('matches its schema and holds every site of the August 2026 data with 2FA and a how-to', () => {
    // 1,881 sites offer two-factor login; 252 of them link to no instructions.
    expect(file.sites).toHaveLength(1629);
    expect(index.size).toBe(2050);
  });

  it('stays small enough to ship, and ships the licence its authors ask to keep with it', () => {
    const bytes = Buffer.byteLength(raw);
    // 172 kB, 53 kB gzip: read by the background only once the feature is on.
    expect(bytes).toBeLessThan(250_000);
    expect(gzipSync(raw).length).toBeLessThan(60_000);
    const licence = readFileSync(join(SHIPPED, 'LICENSE.txt'), 'utf8');
    expect(licence).toContain('The MIT License (MIT)');
    expect(licence).toContain('2factorauth');
  });

  it('knows sites the study respondents use, with their methods and how-to', () => {
    const facebook = siteForUrl(index, 'https://www.facebook.com/');
    expect(facebook?.domains[0]).toBe('facebook.com');
    expect(facebook?.methods).toContain('totp');
    expect(facebook?.docs).toMatch(/^https:\/\//);
  });
});

describe('matching a visited address', () => {
  const file: SitesFile = {
    version: 1,
    methods: ['sms', 'call', 'email', 'u2f', 'totp', 'custom-software', 'custom-hardware'],
    sites: [
      ['Example Bank', 'examplebank.com.kh ebank.example', 17, 'https://examplebank.com.kh/help/2fa'],
      ['Shop', 'shop.example.org', 8, 'https://shop.example.org/2fa'],
    ],
  };
  const index = indexSites(file);

  it('finds a site by its host, any of its domains, or a parent domain', () => {
    expect(siteForUrl(index, 'https://examplebank.com.kh/login')?.name).toBe('Example Bank');
    expect(siteForUrl(index, 'https://online.examplebank.com.kh/')?.name).toBe('Example Bank');
    expect(siteForUrl(index, 'http://www.ebank.example./x')?.name).toBe('Example Bank');
    expect(siteForUrl(index, 'https://shop.example.org/cart')?.methods).toEqual(['u2f']);
    expect(siteForUrl(index, 'https://examplebank.com.kh/')?.methods).toEqual(['sms', 'totp']);
  });

  it.each([
    'https://example.org/',
    'https://examplebank.com.kh.evil.example/',
    'https://notexamplebank.com.kh/',
    'https://com.kh/',
    'file:///home/examplebank.com.kh',
    'chrome://settings/',
    'not a url',
  ])('finds nothing for %s', (url) => {
    expect(siteForUrl(index, url)).toBeUndefined();
  });

  it('refuses a list whose methods are in another order, or with a domain that is not one', () => {
    expect(SitesFileSchema.safeParse({ ...file, methods: [...file.methods].reverse() }).success).toBe(false);
    const badDomain = { ...file, sites: [['X', 'x.example http://y', 1, 'https://x.example/']] };
    expect(SitesFileSchema.safeParse(badDomain).success).toBe(false);
  });
});

describe('scripts/build-2fa-sites.mjs', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function build(entries: unknown) {
    dir = mkdtempSync(join(tmpdir(), 'dhc-2fa-'));
    writeFileSync(join(dir, 'entries.json'), JSON.stringify(entries));
    writeFileSync(join(dir, 'LICENSE.md'), 'The MIT License (MIT)\n');
    return spawnSync('node', ['scripts/build-2fa-sites.mjs', dir, dir], { encoding: 'utf8' });
  }

  it('keeps sites with two-factor login and a how-to, each domain once, and copies the licence', () => {
    const run = build({
      'b.example': {
        name: 'B',
        domain: 'b.example',
        tfa: ['totp', 'sms'],
        documentation: 'https://b.example/2fa',
      },
      'a.example': {
        name: 'A',
        domain: 'a.example',
        'additional-domains': ['b.example', 'A2.example'],
        tfa: ['u2f'],
        documentation: 'https://a.example/2fa',
        logo: 'a.svg',
      },
      'c.example': { name: 'C', domain: 'c.example', contact: { twitter: 'c' } },
      'd.example': { name: 'D', domain: 'd.example', tfa: ['email'] },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 sites');
    const built = SitesFileSchema.parse(JSON.parse(readFileSync(join(dir, 'sites.json'), 'utf8')));
    expect(built.sites).toEqual([
      ['A', 'a.example a2.example', 8, 'https://a.example/2fa'],
      ['B', 'b.example', 17, 'https://b.example/2fa'],
    ]);
    expect(readFileSync(join(dir, 'LICENSE.txt'), 'utf8')).toBe('The MIT License (MIT)\n');
  });

  it('stops with a message on a method it does not know, writing nothing', () => {
    const run = build({
      'x.example': { name: 'X', domain: 'x.example', tfa: ['pigeon'], documentation: 'https://x' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('X: unknown method "pigeon"');
    expect(() => readFileSync(join(dir, 'sites.json'))).toThrow();
  });
});
