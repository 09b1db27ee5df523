import { describe, expect, it } from 'vitest';
import { campaignLink } from '../../../lib/practice/campaign-link';

describe('campaignLink', () => {
  it('joins the collector origin and the campaign code', () => {
    expect(campaignLink('https://survey.example.org', 'pp-2026-q4')).toEqual({
      ok: true,
      link: 'https://survey.example.org/join/pp-2026-q4',
    });
  });

  it('keeps only the origin of an address with a path, query or port, and trims spaces', () => {
    expect(campaignLink('  https://survey.example.org:8443/admin/?x=1#y ', ' kh-1 ')).toEqual({
      ok: true,
      link: 'https://survey.example.org:8443/join/kh-1',
    });
  });

  it('allows plain http only on this computer', () => {
    for (const address of ['http://127.0.0.1:8787', 'http://localhost:8787/', 'http://[::1]:8787']) {
      expect(campaignLink(address, 'test-run')).toMatchObject({ ok: true });
    }
    expect(campaignLink('http://127.0.0.1:8787', 'test-run')).toEqual({
      ok: true,
      link: 'http://127.0.0.1:8787/join/test-run',
    });
    for (const address of [
      'http://survey.example.org',
      'http://10.0.0.5:8787',
      'http://127.0.0.1.evil.example',
    ]) {
      expect(campaignLink(address, 'test-run')).toEqual({ ok: false, error: 'insecure' });
    }
  });

  it('refuses what is not a web address, or carries a user name or password', () => {
    for (const address of ['', 'survey.example.org', 'ftp://survey.example.org', 'javascript:alert(1)']) {
      expect(campaignLink(address, 'pp-2026-q4')).toEqual({ ok: false, error: 'address' });
    }
    expect(campaignLink('https://admin:secret@survey.example.org', 'pp-2026-q4')).toEqual({
      ok: false,
      error: 'address',
    });
  });

  it('refuses a code the collector would not accept', () => {
    for (const code of ['', 'ab', 'PP-2026', '-pp', 'pp-', 'pp 2026', 'pp/../admin', 'a'.repeat(33)]) {
      expect(campaignLink('https://survey.example.org', code)).toEqual({ ok: false, error: 'code' });
    }
    expect(campaignLink('https://survey.example.org', 'a'.repeat(32))).toMatchObject({ ok: true });
  });
});
