import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Sender } from '../../../lib/messages/router';
import { outboxHandlers } from '../../../lib/outbox/handlers';
import { outbox } from '../../../lib/storage/survey-items';
import { idleHandlers } from '../../helpers';
import { testRecords } from './records';

const self = { id: 'our-id', origin: 'chrome-extension://our-id' };
const surveyPage: Sender = { id: 'our-id', url: 'chrome-extension://our-id/survey.html' };
const facebookTab: Sender = { id: 'our-id', url: 'https://www.facebook.com/', tab: { id: 3 } };

function setup() {
  const deliver = vi.fn(async () => {});
  const route = createRouter(self, { ...idleHandlers(), ...outboxHandlers({ deliver, random: () => 0.5 }) });
  return { route, deliver };
}

describe('the survey-send message', () => {
  const [main, followup] = testRecords();
  const message = { type: 'survey-send', collector: 'https://survey.example.org', records: [main, followup] };

  it('from the survey page stores the records, starts delivery and answers with their keys', async () => {
    const { route, deliver } = setup();
    expect(await route(message, surveyPage)).toEqual({ ok: true, data: { keys: [main.key, followup.key] } });
    expect((await outbox.get()).map((entry) => entry.key)).toEqual([main.key, followup.key]);
    expect(deliver).toHaveBeenCalledOnce();
  });

  it('is refused from a content script, which never gets near the outbox', async () => {
    const { route, deliver } = setup();
    expect(await route(message, facebookTab)).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(await outbox.get()).toEqual([]);
    expect(deliver).not.toHaveBeenCalled();
  });

  it('is refused with malformed records, and nothing is stored', async () => {
    const { route } = setup();
    const bad = { ...message, records: [{ ...main, profile: { name: 'Sokha' } }] };
    expect(await route(bad, surveyPage)).toMatchObject({ ok: false, error: 'invalid-message' });
    expect(await outbox.get()).toEqual([]);
  });
});
