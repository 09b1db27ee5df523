import { describe, expect, it } from 'vitest';
import { makeCampaignLink, parseCampaignLink } from '../../../lib/survey/campaign-link';

describe('makeCampaignLink', () => {
  it('joins the collector origin and the campaign code', () => {
    expect(makeCampaignLink('https://survey.example.org', 'pp-2026-q4')).toEqual({
      ok: true,
      link: 'https://survey.example.org/join/pp-2026-q4',
    });
  });

  it('keeps only the origin of an address with a path, query or port, and trims spaces', () => {
    expect(makeCampaignLink('  https://survey.example.org:8443/admin/?x=1#y ', ' kh-1 ')).toEqual({
      ok: true,
      link: 'https://survey.example.org:8443/join/kh-1',
    });
  });

  it('allows plain http only on this computer', () => {
    for (const address of ['http://127.0.0.1:8787', 'http://localhost:8787/', 'http://[::1]:8787']) {
      expect(makeCampaignLink(address, 'test-run')).toMatchObject({ ok: true });
    }
    expect(makeCampaignLink('http://127.0.0.1:8787', 'test-run')).toEqual({
      ok: true,
      link: 'http://127.0.0.1:8787/join/test-run',
    });
    for (const address of [
      'http://survey.example.org',
      'http://10.0.0.5:8787',
      'http://127.0.0.1.evil.example',
    ]) {
      expect(makeCampaignLink(address, 'test-run')).toEqual({ ok: false, error: 'insecure' });
    }
  });

  it('refuses what is not a web address, or carries a user name or password', () => {
    for (const address of ['', 'survey.example.org', 'ftp://survey.example.org', 'javascript:alert(1)']) {
      expect(makeCampaignLink(address, 'pp-2026-q4')).toEqual({ ok: false, error: 'address' });
    }
    expect(makeCampaignLink('https://admin:secret@survey.example.org', 'pp-2026-q4')).toEqual({
      ok: false,
      error: 'address',
    });
  });

  it('refuses a code the collector would not accept', () => {
    for (const code of ['', 'ab', 'PP-2026', '-pp', 'pp-', 'pp 2026', 'pp/../admin', 'a'.repeat(33)]) {
      expect(makeCampaignLink('https://survey.example.org', code)).toEqual({ ok: false, error: 'code' });
    }
    expect(makeCampaignLink('https://survey.example.org', 'a'.repeat(32))).toMatchObject({ ok: true });
  });

  it('makes links the survey page reads back to the same collector and campaign', () => {
    for (const [address, code] of [
      ['https://survey.example.org/admin', 'pp-2026-q4'],
      ['http://localhost:8787', 'test-run'],
      ['https://survey.example.org:8443', 'kh-1'],
    ] as const) {
      const made = makeCampaignLink(address, code);
      if (!made.ok) throw new Error(`no link for ${address}`);
      expect(parseCampaignLink(made.link)).toEqual({
        ok: true,
        link: { collector: new URL(address).origin, campaign: code },
      });
    }
  });
});
