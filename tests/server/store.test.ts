import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord } from '../../lib/survey/coded';
import type { Store, StoredRecord } from '../../server/store/types';
import { DATABASE_KINDS, type TestDatabase, testDatabase } from './databases';
import { mainRecord } from './records';

const stored = (campaign: string, answers = {}, part: 'main' | 'followup' = 'main'): StoredRecord => {
  const record = mainRecord(campaign, { org_type: 'cbo' }, answers);
  return {
    key: record.key,
    campaign,
    part,
    questionnaire: record.questionnaire,
    rr: record.rr,
    data: part === 'main' ? encodeRecord('main', record) : encodeRecord('followup', { answers: {} }),
  };
};
const campaign = (code: string, cap: number | null = null) => ({
  code,
  wave: '2026-Q4',
  k: 5,
  cap,
  retentionDays: 90,
});

describe.each(DATABASE_KINDS)('the %s store', (kind) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await testDatabase(kind);
    store = await database.open();
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });

  it('creates its schema once and opens an existing database unchanged', async () => {
    expect(await store.createCampaign(campaign('schema-check'))).toBe(true);
    const again = await database.open();
    expect(await again.campaign('schema-check')).toMatchObject({ status: 'open', mainCount: 0 });
    await again.end();
  });

  it('refuses a campaign code that is taken', async () => {
    expect(await store.createCampaign(campaign('taken'))).toBe(true);
    expect(await store.createCampaign({ ...campaign('taken'), k: 9 })).toBe(false);
    expect((await store.campaign('taken'))?.k).toBe(5);
  });

  it('stores a record once: the same key again gives the first receipt, a different record a conflict', async () => {
    await store.createCampaign(campaign('once'));
    const record = stored('once', { internet_access: 'yes' });
    expect(await store.submit(record, 'receipt-1')).toEqual({ kind: 'created', receipt: 'receipt-1' });
    expect(await store.submit({ ...record }, 'receipt-2')).toEqual({
      kind: 'duplicate',
      receipt: 'receipt-1',
    });
    const changed = {
      ...record,
      data: encodeRecord('main', mainRecord('once', { org_type: 'cbo' }, { internet_access: 'no' })),
    };
    expect(await store.submit(changed, 'receipt-3')).toEqual({ kind: 'conflict' });
    expect(await store.records('once', 'main')).toHaveLength(1);
    expect((await store.campaign('once'))?.mainCount).toBe(1);
  });

  it('counts one of many identical submissions arriving together', async () => {
    await store.createCampaign(campaign('together'));
    const record = stored('together');
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => store.submit({ ...record }, `r${i}`)),
    );
    expect(outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(1);
    const receipts = new Set(outcomes.map((outcome) => ('receipt' in outcome ? outcome.receipt : null)));
    expect(receipts.size).toBe(1);
    expect((await store.campaign('together'))?.mainCount).toBe(1);
  });

  it('never goes over a cap on main records, however many arrive at once; follow-ups do not count', async () => {
    await store.createCampaign(campaign('capped', 10));
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => store.submit(stored('capped'), 'r')));
    expect(outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome.kind === 'full')).toHaveLength(20);
    expect(await store.submit(stored('capped', {}, 'followup'), 'f')).toMatchObject({ kind: 'created' });
    expect(await store.campaign('capped')).toMatchObject({ mainCount: 10, followupCount: 1 });
    expect(await store.records('capped', 'main')).toHaveLength(10);
  });

  it('refuses records for an unknown or closed campaign, but still answers a repeat of a stored one', async () => {
    expect(await store.submit(stored('nowhere'), 'r')).toEqual({ kind: 'unknown-campaign' });
    await store.createCampaign(campaign('closing'));
    const early = stored('closing');
    await store.submit(early, 'early');
    expect(await store.close('closing', '2026-11-01')).toBe('closed');
    expect(await store.close('closing', '2026-11-02')).toBe('not-open');
    expect(await store.close('no-such', '2026-11-02')).toBe('unknown');
    expect(await store.submit(stored('closing'), 'late')).toEqual({ kind: 'closed' });
    expect(await store.submit({ ...early }, 'again')).toEqual({ kind: 'duplicate', receipt: 'early' });
    expect(await store.campaign('closing')).toMatchObject({ status: 'closed', closedOn: '2026-11-01' });
  });

  it('gives records back in key order, not arrival order, with their answers intact', async () => {
    await store.createCampaign(campaign('ordered'));
    const records = Array.from({ length: 40 }, (_, i) =>
      stored('ordered', { internet_access: i % 2 ? 'yes' : 'no', social_networks: ['x', 'facebook'] }),
    );
    for (const record of records) await store.submit(record, 'r');
    const back = await store.records('ordered', 'main');
    const sorted = [...records].sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(back.map((bytes) => decodeRecord('main', bytes))).toEqual(
      sorted.map((r) => decodeRecord('main', r.data)),
    );
    expect(decodeRecord('main', back[0] as Uint8Array).answers.social_networks).toEqual(['facebook', 'x']);
  });

  it('purges only a closed campaign, keeping its published table and counts', async () => {
    await store.createCampaign(campaign('purging'));
    await store.submit(stored('purging'), 'r');
    expect(await store.purge('purging')).toBe(false);
    await store.close('purging', '2026-11-01');
    await store.publish('purging', { campaign: 'purging', k: 5, n: 1, indicators: {} });
    expect(await store.purge('purging')).toBe(true);
    expect(await store.records('purging', 'main')).toEqual([]);
    expect(await store.campaign('purging')).toMatchObject({
      status: 'purged',
      mainCount: 1,
      published: { campaign: 'purging', n: 1 },
    });
    expect(await store.purge('purging')).toBe(false);
  });
});
