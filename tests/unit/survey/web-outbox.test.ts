import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOLLOWUP_DELAY_MAX_MS } from '../../../lib/outbox/enqueue';
import { emptyDraft, SurveyDraftSchema } from '../../../lib/survey/draft';
import { buildRecords, type FollowupRecord, type MainRecord } from '../../../lib/survey/record';
import { localItem } from '../../../web/survey/local-item';
import { WEB_OUTBOX_KEY, webOutbox } from '../../../web/survey/outbox';

const COLLECTOR = 'https://survey.example.org';

function records(): [MainRecord, FollowupRecord] {
  const built = buildRecords({
    campaign: 'web-test',
    answers: { adult: 'yes', security_problem_last_year: 'no' },
  });
  if (!built.ok || !built.followup) throw new Error('expected a main and a follow-up record');
  return [built.main, built.followup];
}

/** A collector stand-in: answers each POST with the next reply, and keeps what was sent. */
function collector(replies: (() => Response)[]) {
  const posts: { url: string; init: RequestInit; key: string }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    posts.push({ url: String(url), init: init ?? {}, key: JSON.parse(String(init?.body)).key });
    const reply = replies.shift();
    if (!reply) throw new TypeError('network error');
    return reply();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, posts };
}

const receipt = (id: string) => () =>
  new Response(JSON.stringify({ receipt: id }), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  });

describe('the web survey outbox', () => {
  let now = 1_000_000;
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    now = 1_000_000;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the main record at once to its own origin, and the follow-up only after its own delay', async () => {
    const server = collector([receipt('r-main'), receipt('r-follow')]);
    const outbox = webOutbox({
      storage: localStorage,
      fetch: server.fetch,
      now: () => now,
      random: () => 0.25,
    });
    const [main, followup] = records();
    expect(outbox.add(COLLECTOR, [main, followup])).toEqual([main.key, followup.key]);
    await outbox.deliver();
    expect(server.posts.map((post) => [post.url, post.key])).toEqual([
      [`${COLLECTOR}/api/v1/submissions`, main.key],
    ]);
    expect(server.posts[0]?.init.credentials).toBe('omit');
    const [sent, waiting] = outbox.get();
    expect(sent).toMatchObject({ key: main.key, state: 'sent', receipt: 'r-main' });
    expect(waiting).toMatchObject({
      key: followup.key,
      state: 'waiting',
      dueAt: now + FOLLOWUP_DELAY_MAX_MS / 4,
    });

    // The next visit after the delay: a new page over the same storage sends what fell due.
    now += FOLLOWUP_DELAY_MAX_MS / 4;
    const nextVisit = webOutbox({
      storage: localStorage,
      fetch: server.fetch,
      now: () => now,
      random: () => 0.25,
    });
    await nextVisit.deliver();
    expect(server.posts.map((post) => post.key)).toEqual([main.key, followup.key]);
    expect(nextVisit.get()[1]).toMatchObject({ state: 'sent', receipt: 'r-follow' });
  });

  it('waits and retries after a network error, and stops with the reason on a refusal, keeping the record', async () => {
    const closed = () =>
      new Response(JSON.stringify({ error: 'campaign-closed', message: 'closed' }), { status: 409 });
    const server = collector([]);
    const outbox = webOutbox({ storage: localStorage, fetch: server.fetch, now: () => now, random: () => 0 });
    const [main] = records();
    const seen: string[] = [];
    outbox.watch((entries) => seen.push(entries[0]?.state ?? 'none'));
    outbox.add(COLLECTOR, [main]);
    await outbox.deliver();
    expect(outbox.get()[0]).toMatchObject({ state: 'waiting', attempts: 1 });
    expect(outbox.get()[0]?.dueAt).toBeGreaterThan(now);

    const refusing = collector([closed]);
    now = outbox.get()[0]?.dueAt ?? now;
    const later = webOutbox({
      storage: localStorage,
      fetch: refusing.fetch,
      now: () => now,
      random: () => 0,
    });
    await later.deliver();
    expect(later.get()[0]).toMatchObject({ state: 'stopped', problem: 'closed', attempts: 2, record: main });
    expect(seen).toEqual(['waiting', 'waiting']);
  });

  it('keeps an unreadable stored value aside instead of losing it, and starts from the fallback', () => {
    localStorage.setItem(WEB_OUTBOX_KEY, '{"version":1,"value":[{"key":"nope"}]}');
    const outbox = webOutbox({
      storage: localStorage,
      fetch: collector([]).fetch,
      now: () => now,
      random: () => 0,
    });
    expect(outbox.get()).toEqual([]);
    const backups = JSON.parse(localStorage.getItem(`backup:${WEB_OUTBOX_KEY}`) ?? '[]');
    expect(backups).toHaveLength(1);
    expect(backups[0].raw).toEqual({ version: 1, value: [{ key: 'nope' }] });

    const draft = localItem(
      { key: 'd', schema: SurveyDraftSchema, version: 1, migrations: [], fallback: emptyDraft() },
      localStorage,
    );
    localStorage.setItem('d', 'not json');
    expect(draft.get()).toEqual(emptyDraft());
    expect(JSON.parse(localStorage.getItem('backup:d') ?? '[]')[0].raw).toBe('not json');
    draft.set({ ...emptyDraft(), answers: { adult: 'yes' } });
    expect(draft.get().answers).toEqual({ adult: 'yes' });
  });
});
