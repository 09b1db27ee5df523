import { describe, expect, it } from 'vitest';
import { campaignLinkText, parseCampaignLink } from '../../../lib/survey/campaign-link';

describe('parseCampaignLink', () => {
  it('reads a trainer link into the collector origin and the campaign code, ignoring spaces around it', () => {
    expect(parseCampaignLink('  https://survey.example.org/join/pp-2026-q4 \n')).toEqual({
      ok: true,
      link: { collector: 'https://survey.example.org', campaign: 'pp-2026-q4' },
    });
    expect(parseCampaignLink('https://survey.example.org:8443/join/abc/')).toEqual({
      ok: true,
      link: { collector: 'https://survey.example.org:8443', campaign: 'abc' },
    });
  });

  it('takes plain http only for a collector on this computer', () => {
    expect(parseCampaignLink('http://127.0.0.1:8787/join/workshop').ok).toBe(true);
    expect(parseCampaignLink('http://localhost:8787/join/workshop').ok).toBe(true);
    expect(parseCampaignLink('http://survey.example.org/join/workshop')).toEqual({
      ok: false,
      problem: 'not-secure',
    });
  });

  it('says why anything else is not a campaign link', () => {
    expect(parseCampaignLink('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseCampaignLink('survey.example.org/join/abc')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(parseCampaignLink('ftp://survey.example.org/join/abc')).toEqual({
      ok: false,
      problem: 'not-a-link',
    });
    expect(parseCampaignLink('https://user:pw@survey.example.org/join/abc')).toEqual({
      ok: false,
      problem: 'not-a-link',
    });
    expect(parseCampaignLink('https://survey.example.org/c/abc')).toEqual({
      ok: false,
      problem: 'not-a-join-link',
    });
    expect(parseCampaignLink('https://survey.example.org/join/abc/more')).toEqual({
      ok: false,
      problem: 'not-a-join-link',
    });
    for (const code of ['AB', 'Upper-Case', '-abc', 'abc-', 'a%20b', 'x'.repeat(33)]) {
      expect(parseCampaignLink(`https://survey.example.org/join/${code}`)).toEqual({
        ok: false,
        problem: 'bad-code',
      });
    }
  });

  it('gives back the same link it read', () => {
    const text = 'https://survey.example.org/join/pp-2026-q4';
    const parsed = parseCampaignLink(text);
    expect(parsed.ok && campaignLinkText(parsed.link)).toBe(text);
  });
});
