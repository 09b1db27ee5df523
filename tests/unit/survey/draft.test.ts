import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeStored } from '../../../lib/storage/item';
import { surveyDevice, surveyDraft } from '../../../lib/storage/survey-items';
import { alreadySent, EMPTY_DEVICE, emptyDraft, usableDraft } from '../../../lib/survey/draft';
import { QUESTIONNAIRE } from '../../../lib/survey/questionnaire';
import { buildRecords } from '../../../lib/survey/record';

const link = { collector: 'https://survey.example.org', campaign: 'pp-2026-q4' };

describe('the survey draft', () => {
  it('stores a draft with its exact pending records and reads it back', async () => {
    const built = buildRecords({
      campaign: link.campaign,
      answers: { adult: 'yes', security_problem_last_year: 'no' },
    });
    if (!built.ok) throw new Error(built.message);
    const draft = {
      ...emptyDraft(),
      consented: true,
      link,
      stage: 'preview' as const,
      answers: { adult: 'yes', security_problem_last_year: 'no' },
      pending: { main: built.main, followup: built.followup },
    };
    await surveyDraft.set(draft);
    expect(await surveyDraft.get()).toEqual(draft);
  });

  it('refuses a draft whose link is not https (or loopback http) or whose record is invalid, keeping a backup', async () => {
    const bad = { ...emptyDraft(), link: { collector: 'http://survey.example.org', campaign: 'pp-2026-q4' } };
    expect(decodeStored(surveyDraft.spec, { version: 1, value: bad }).ok).toBe(false);
    const loopback = {
      ...emptyDraft(),
      link: { collector: 'http://127.0.0.1:8787', campaign: 'pp-2026-q4' },
    };
    expect(decodeStored(surveyDraft.spec, { version: 1, value: loopback }).ok).toBe(true);
    await fakeBrowser.storage.local.set({
      'survey-draft': { version: 1, value: { ...emptyDraft(), stage: 'x' } },
    });
    expect(await surveyDraft.get()).toEqual(emptyDraft());
    expect((await fakeBrowser.storage.local.get('backup:survey-draft'))['backup:survey-draft']).toHaveLength(
      1,
    );
  });

  it('drops answers the questionnaire does not know, and starts afresh for another questionnaire version', () => {
    const draft = {
      ...emptyDraft(),
      link,
      answers: {
        adult: 'yes',
        gender: 'robot',
        social_networks: ['facebook', 'myspace'],
        nope: 'yes',
        age_band: '18_30',
      },
    };
    expect(usableDraft(draft).answers).toEqual({ adult: 'yes', age_band: '18_30' });
    const old = { ...draft, questionnaire: 'dhc-2025.0', stage: 'section' as const };
    expect(usableDraft(old)).toEqual({ ...emptyDraft(), link });
    expect(QUESTIONNAIRE.version).not.toBe('dhc-2025.0');
  });

  it('remembers sent campaigns per install, except on a shared computer', async () => {
    expect(await surveyDevice.get()).toEqual(EMPTY_DEVICE);
    const device = { sharedComputer: false, sent: ['https://survey.example.org/join/pp-2026-q4'] };
    expect(alreadySent(device, link)).toBe(true);
    expect(alreadySent(device, { ...link, campaign: 'other' })).toBe(false);
    expect(alreadySent({ ...device, sharedComputer: true }, link)).toBe(false);
    expect(alreadySent(device, null)).toBe(false);
  });
});
