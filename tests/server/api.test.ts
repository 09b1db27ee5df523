import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUESTIONNAIRE, QUESTIONS } from '../../lib/survey/questionnaire';
import { IMPORT_LIMIT, SUBMISSION_LIMIT } from '../../server/app';
import { SQLITE_FILE } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';
import { ADMIN, testApp } from './app';
import { DATABASE_KINDS, type TestDatabase, testDatabase } from './databases';
import { followupRecord, mainRecord } from './records';

type App = ReturnType<typeof testApp>;

describe.each(DATABASE_KINDS)('the HTTP API on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  let api: App;
  beforeAll(async () => {
    database = await testDatabase(kind);
    store = await database.open();
    api = testApp(store);
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });
  const create = (code: string, extra: { cap?: number; k?: number; wave?: string } = {}) =>
    api.collector.createCampaign({ code, ...extra });

  describe('POST /api/v1/submissions', () => {
    it('answers 201 with a receipt, then 200 with the same receipt for the same record, counted once', async () => {
      await create('sub-basic');
      const record = mainRecord(
        'sub-basic',
        { org_type: 'dngo' },
        { internet_access: 'yes', internet_sources: ['home', 'workplace'] },
      );
      const first = await api.submit(record);
      expect(first.status).toBe(201);
      const { receipt } = await first.json();
      expect(receipt).toMatch(/^[0-9a-f]{32}$/);
      // Same record with its fields in another order and a multi answer's codes reordered: the same.
      const { answers: _, ...envelope } = record;
      const again = await api.submit({
        answers: { internet_sources: ['workplace', 'home'], internet_access: 'yes' },
        ...envelope,
      });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ receipt });
      expect((await store.campaign('sub-basic'))?.mainCount).toBe(1);
    });

    it('answers 409 to the same key with a different record, and keeps the first', async () => {
      await create('sub-conflict');
      const record = mainRecord('sub-conflict', {}, { internet_access: 'yes' });
      expect((await api.submit(record)).status).toBe(201);
      const response = await api.submit({ ...record, answers: { internet_access: 'no' } });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ error: 'key-conflict', message: expect.any(String) });
      expect(await store.records('sub-conflict', 'main')).toHaveLength(1);
    });

    it('answers 400 with the reasons to invalid records and to bodies that are not JSON', async () => {
      await create('sub-invalid');
      const cases: [unknown, RegExp][] = [
        [{ ...mainRecord('sub-invalid'), answers: { internet_access: 'maybe' } }, /internet_access: "maybe"/],
        [{ ...mainRecord('sub-invalid'), answers: { help_sought_from: ['cso'] } }, /follow-up question/],
        [{ ...followupRecord('sub-invalid'), profile: mainRecord('x').profile }, /carries no profile/],
        [{ ...mainRecord('sub-invalid'), ip: '10.0.0.1' }, /no field "ip"/],
        [{ ...mainRecord('sub-invalid'), answers: { social_networks: 'facebook' } }, /list of codes/],
      ];
      for (const [body, reason] of cases) {
        const response = await api.submit(body);
        expect(response.status).toBe(400);
        const problem = await response.json();
        expect(problem).toMatchObject({ error: 'invalid-record', issues: expect.any(Array) });
        expect(problem.issues.map((issue: { message: string }) => issue.message).join('\n')).toMatch(reason);
      }
      for (const body of ['{"campaign":', '', '\u00ff\u00fe', 'null']) {
        const response = await api.submit(body);
        expect(response.status).toBe(400);
        expect((await response.json()).error).toMatch(/^invalid-(json|record)$/);
      }
      expect((await store.campaign('sub-invalid'))?.mainCount).toBe(0);
    });

    it('answers 404 for an unknown campaign and 409 for a closed one', async () => {
      const unknown = await api.submit(mainRecord('sub-nowhere'));
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).error).toBe('unknown-campaign');
      await create('sub-closed');
      await api.collector.close('sub-closed');
      const closed = await api.submit(mainRecord('sub-closed'));
      expect(closed.status).toBe(409);
      expect((await closed.json()).error).toBe('campaign-closed');
    });

    it('answers 429 with Retry-After past the cap on main records, still taking follow-ups', async () => {
      await create('sub-cap', { cap: 2 });
      expect((await api.submit(mainRecord('sub-cap'))).status).toBe(201);
      expect((await api.submit(mainRecord('sub-cap'))).status).toBe(201);
      const over = await api.submit(mainRecord('sub-cap'));
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await over.json()).error).toBe('campaign-full');
      expect((await api.submit(followupRecord('sub-cap'))).status).toBe(201);
    });

    it('answers 413 to a body over 16 KiB, whether it says so or streams on without end', async () => {
      await create('sub-large');
      const padded = JSON.stringify({ ...mainRecord('sub-large'), pad: 'x'.repeat(SUBMISSION_LIMIT) });
      const declared = await api.submit(padded);
      expect(declared.status).toBe(413);
      expect((await declared.json()).error).toBe('body-too-large');

      // No length given and no end: a server that buffered before checking would never answer.
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1024;
          controller.enqueue(new Uint8Array(1024).fill(32));
        },
      });
      const streamed = await api.app.request(
        new Request('http://collector/api/v1/submissions', {
          method: 'POST',
          body: endless,
          duplex: 'half',
        } as RequestInit),
      );
      expect(streamed.status).toBe(413);
      expect(sent).toBeLessThan(SUBMISSION_LIMIT + 64 * 1024);
    });

    it('is open to any origin without credentials (CORS), so the extension needs no host permission', async () => {
      const preflight = await api.app.request('/api/v1/submissions', {
        method: 'OPTIONS',
        headers: {
          origin: 'chrome-extension://abcdefghijklmnop',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      await create('sub-cors');
      const response = await api.app.request('/api/v1/submissions', {
        method: 'POST',
        headers: { origin: 'moz-extension://1234', 'content-type': 'application/json' },
        body: JSON.stringify(mainRecord('sub-cors')),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const admin = await api.get('/api/v1/campaigns/sub-cors/indicators', {
        ...ADMIN,
        origin: 'https://evil.example',
      });
      expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('keeps and logs nothing about the sender: address, user agent, cookie, origin or time', async () => {
      await create('sub-private');
      const log = vi.spyOn(console, 'log');
      const error = vi.spyOn(console, 'error');
      const response = await api.app.request('/api/v1/submissions', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'TraceableAgent/9.9',
          'x-forwarded-for': '203.0.113.77',
          'x-real-ip': '203.0.113.78',
          cookie: 'session=TraceableCookie',
          origin: 'https://traceable-origin.example',
        },
        body: JSON.stringify(mainRecord('sub-private', {}, { internet_access: 'yes' })),
      });
      expect(response.status).toBe(201);
      expect(log).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      const everything = await rawContents(kind, database, store);
      for (const trace of ['TraceableAgent', '203.0.113.7', 'TraceableCookie', 'traceable-origin']) {
        expect(everything).not.toContain(trace);
      }
      expect(everything).toContain('sub-private');
      // Nor any column where a time or a client detail could go.
      expect(await recordColumns(kind, database)).toEqual([
        'campaign',
        'data',
        'key',
        'part',
        'questionnaire',
        'receipt',
        'rr',
      ]);
    });
  });

  describe('the rate limit', () => {
    it('answers 429 with Retry-After once the submissions of all clients together pass it, and refills with time', async () => {
      // The test's own clock: a slow database must not let time refill the bucket mid-test.
      let ms = 0;
      const limited = testApp(store, { rateLimit: 3, clock: () => ms });
      await limited.collector.createCampaign({ code: 'rate-limited' });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.submit(mainRecord('rate-limited'))).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const refused = await limited.submit(mainRecord('rate-limited'));
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await refused.json()).error).toBe('rate-limited');

      ms += 340;
      expect((await limited.submit(mainRecord('rate-limited'))).status).toBe(201);
      expect((await limited.submit(mainRecord('rate-limited'))).status).toBe(429);
    });
  });

  describe('indicators', () => {
    it('are for the admin only while the campaign is open (401 otherwise), without follow-ups', async () => {
      await create('ind-open');
      await api.submit(mainRecord('ind-open', {}, { internet_access: 'yes' }));
      await api.submit(followupRecord('ind-open', { help_sought_from: ['cso'] }));
      const attempts: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-token-wrong-token-wrong-token' },
        { authorization: 'Basic x' },
      ];
      for (const headers of attempts) {
        const response = await api.get('/api/v1/campaigns/ind-open/indicators', headers);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(await response.json()).toMatchObject({ error: 'unauthorized' });
      }
      const admin = await api.get('/api/v1/campaigns/ind-open/indicators', ADMIN);
      expect(admin.status).toBe(200);
      expect(admin.headers.get('cache-control')).toBe('no-store');
      const table = await admin.json();
      expect(table).toMatchObject({ campaign: 'ind-open', k: 5, n: 1 });
      expect(table.indicators.internet_access.groups.all.n).toBe(1);
      expect(table.indicators.help_sought_from).toBeUndefined();
    });

    it('are public once closed, with follow-ups, and stay after the answers are purged', async () => {
      await create('ind-closed');
      await api.submit(mainRecord('ind-closed', {}, { internet_access: 'yes' }));
      await api.submit(followupRecord('ind-closed', { help_sought_from: ['cso'] }));
      await api.collector.close('ind-closed');
      const response = await api.get('/api/v1/campaigns/ind-closed/indicators');
      expect(response.status).toBe(200);
      const table = await response.json();
      expect(table.indicators.help_sought_from.groups).toEqual({
        all: { n: 1, status: 'suppressed', values: expect.any(Object) },
      });
      await api.collector.purge('ind-closed');
      const after = await api.get('/api/v1/campaigns/ind-closed/indicators');
      expect(await after.json()).toEqual(table);
      expect((await api.get('/api/v1/campaigns/no-such-campaign/indicators')).status).toBe(404);
      expect((await api.get('/api/v1/campaigns/..%2F..%2Fetc/indicators')).status).toBe(404);
    });

    it('pool closed campaigns of a wave, refusing open, purged and unknown ones', async () => {
      await create('pool-a', { wave: '2026-Q3' });
      await create('pool-b', { wave: '2026-Q4' });
      for (let i = 0; i < 30; i++) {
        await api.submit(mainRecord('pool-a', {}, { internet_access: 'yes' }));
        await api.submit(mainRecord('pool-b', {}, { internet_access: i < 10 ? 'no' : 'yes' }));
      }
      expect((await api.get('/api/v1/indicators?campaigns=pool-a,pool-b')).status).toBe(409);
      await api.collector.close('pool-a');
      await api.collector.close('pool-b');
      const both = await (await api.get('/api/v1/indicators?campaigns=pool-a,pool-b')).json();
      expect(both).toMatchObject({ campaign: 'pool-a,pool-b', n: 60 });
      expect(both.indicators.internet_access.groups.all.values.no).toEqual({ percent: 16.7, count: 10 });
      const q3 = await (await api.get('/api/v1/indicators?campaigns=pool-a,pool-b&wave=2026-Q3')).json();
      expect(q3).toMatchObject({ campaign: 'pool-a', n: 30 });
      expect((await api.get('/api/v1/indicators?campaigns=pool-a&wave=2027-Q1')).status).toBe(404);
      expect((await api.get('/api/v1/indicators?campaigns=pool-a,nope-nope')).status).toBe(404);
      for (const query of ['', '?campaigns=', '?campaigns=BAD', '?campaigns=pool-a&wave=2026-Q5']) {
        const response = await api.get(`/api/v1/indicators${query}`);
        expect(response.status).toBe(400);
        expect((await response.json()).error).toBe('invalid-query');
      }
      await api.collector.purge('pool-a');
      expect((await api.get('/api/v1/indicators?campaigns=pool-a,pool-b')).status).toBe(410);
    });
  });

  describe('export and import', () => {
    it('export one row per record and one column per question, for the admin only', async () => {
      await create('exp-one');
      await api.submit(
        mainRecord(
          'exp-one',
          { org_type: 'cbo' },
          { internet_access: 'yes', internet_sources: ['workplace', 'home'] },
        ),
      );
      await api.submit(followupRecord('exp-one', { security_problem_types: ['account_theft', 'malware'] }));
      expect((await api.get('/api/v1/campaigns/exp-one/export.csv')).status).toBe(401);
      const main = await api.get('/api/v1/campaigns/exp-one/export.csv', ADMIN);
      expect(main.status).toBe(200);
      expect(main.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const [header, row, end] = (await main.text()).split('\r\n');
      expect(header?.split(',').slice(0, 5)).toEqual([
        'org_type',
        'age_band',
        'gender',
        'internet_access',
        'internet_sources',
      ]);
      expect(row?.split(',').slice(0, 5)).toEqual([
        'cbo',
        'undisclosed',
        'undisclosed',
        'yes',
        'home;workplace',
      ]);
      expect(end).toBe('');
      const followups = await (
        await api.get('/api/v1/campaigns/exp-one/export.csv?part=followup', ADMIN)
      ).text();
      expect(followups).toBe(
        'security_problem_types,security_problem_frequency,help_sought_from\r\naccount_theft;malware,,\r\n',
      );
      expect((await api.get('/api/v1/campaigns/exp-one/export.csv?part=all', ADMIN)).status).toBe(400);
      expect((await api.get('/api/v1/campaigns/exp-none/export.csv', ADMIN)).status).toBe(404);
    });

    it('import offline answer files with a report per file, ignoring known keys', async () => {
      await create('imp-one');
      const online = mainRecord('imp-one', {}, { internet_access: 'yes' });
      await api.submit(online);
      const fresh = [mainRecord('imp-one', { gender: 'female' }), mainRecord('imp-one', { gender: 'male' })];
      const form = new FormData();
      form.append('file', new File([JSON.stringify([...fresh, online])], 'trainer-a.json'));
      form.append('file', new File(['{not json'], 'broken.json'));
      form.append(
        'file',
        new File(
          [
            JSON.stringify([
              followupRecord('imp-one'),
              mainRecord('other-campaign'),
              { ...fresh[0], answers: { x: 'y' } },
            ]),
          ],
          'mixed.json',
        ),
      );
      const unauthorized = await api.app.request('/api/v1/campaigns/imp-one/import', {
        method: 'POST',
        body: form,
      });
      expect(unauthorized.status).toBe(401);
      const response = await api.app.request('/api/v1/campaigns/imp-one/import', {
        method: 'POST',
        headers: ADMIN,
        body: form,
      });
      expect(response.status).toBe(200);
      const report = await response.json();
      expect(report).toMatchObject({ campaign: 'imp-one', stored: 2, known: 1, rejected: 4 });
      expect(report.files[0]).toEqual({
        file: 'trainer-a.json',
        records: 3,
        stored: 2,
        known: 1,
        rejected: [],
      });
      expect(report.files[1]).toMatchObject({
        file: 'broken.json',
        records: 0,
        rejected: [{ index: null, error: 'invalid-json' }],
      });
      expect(report.files[2].rejected.map((r: { error: string }) => r.error)).toEqual([
        'followup-offline',
        'wrong-campaign',
        'invalid-record',
      ]);
      expect((await store.campaign('imp-one'))?.mainCount).toBe(3);

      const again = await api.app.request('/api/v1/campaigns/imp-one/import', {
        method: 'POST',
        headers: { ...ADMIN, 'content-type': 'application/json' },
        body: JSON.stringify(fresh[0]),
      });
      expect(await again.json()).toMatchObject({ stored: 0, known: 1, files: [{ file: 'body' }] });
    });

    it('refuse an import over 1 MiB, into a closed campaign, or without files', async () => {
      await create('imp-limits');
      const big = await api.app.request('/api/v1/campaigns/imp-limits/import', {
        method: 'POST',
        headers: { ...ADMIN, 'content-type': 'application/json' },
        body: ' '.repeat(IMPORT_LIMIT + 1),
      });
      expect(big.status).toBe(413);
      const empty = await api.app.request('/api/v1/campaigns/imp-limits/import', {
        method: 'POST',
        headers: ADMIN,
      });
      expect(empty.status).toBe(400);
      await api.collector.close('imp-limits');
      const closed = await api.app.request('/api/v1/campaigns/imp-limits/import', {
        method: 'POST',
        headers: ADMIN,
        body: JSON.stringify(mainRecord('imp-limits')),
      });
      expect(closed.status).toBe(409);
    });

    it('export nothing of a purged campaign (410)', async () => {
      await create('exp-purged');
      await api.collector.close('exp-purged');
      await api.collector.purge('exp-purged');
      const response = await api.get('/api/v1/campaigns/exp-purged/export.csv', ADMIN);
      expect(response.status).toBe(410);
    });
  });
});

describe('the dashboard', () => {
  let database: TestDatabase;
  let store: Store;
  let api: App;
  beforeAll(async () => {
    database = await testDatabase('sqlite');
    store = await database.open();
    api = testApp(store);
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });

  it('says so for an unknown campaign (404), runs no script and loads nothing from elsewhere', async () => {
    const response = await api.get('/c/no-such-campaign?lang=en');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('There is no campaign');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
  });

  it('serves the Khmer font it uses, and nothing else from its assets', async () => {
    const font = await api.get('/assets/noto-sans-khmer-400.woff2');
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new TextDecoder().decode((await font.arrayBuffer()).slice(0, 4))).toBe('wOF2');
    expect((await api.get('/assets/..%2Fpackage.json')).status).toBe(404);
    expect((await api.get('/assets/noto-sans-khmer-900.woff2')).status).toBe(404);
  });
});

describe('the questionnaire and codebook', () => {
  let database: TestDatabase;
  let store: Store;
  let api: App;
  beforeAll(async () => {
    database = await testDatabase('sqlite');
    store = await database.open();
    api = testApp(store);
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });

  it('serve the questionnaire as JSON: version, questions with codes and labels, skip rules, RR mechanisms', async () => {
    const response = await api.get('/api/v1/questionnaire');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.version).toBe(QUESTIONNAIRE.version);
    expect(body.rr).toMatchObject({
      id: 'krr-e2',
      epsilon: 2,
      mechanisms: [
        { id: 'rr2-e2', minN: 42 },
        { id: 'rr3-e2', minN: 52 },
      ],
    });
    const questions = body.sections.flatMap((section: { questions: unknown[] }) => section.questions);
    expect(questions).toHaveLength(QUESTIONS.length);
    const sources = questions.find((q: { id: string }) => q.id === 'internet_sources');
    expect(sources).toMatchObject({ kind: 'multi', showIf: { question: 'internet_access', anyOf: ['yes'] } });
    expect(sources.choices[0]).toMatchObject({
      code: 'home',
      label: { en: expect.any(String), km: expect.any(String) },
    });
    expect(body.groups.map((group: { key: string }) => group.key)).toEqual([
      'all',
      'fngo',
      'dngo',
      'cbo',
      'youth',
      'elderly',
      'female',
      'male',
    ]);
  });

  it('serve a codebook with one row per code, English and Khmer labels and the RR flag', async () => {
    const response = await api.get('/api/v1/codebook.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'question,section,record,kind,rr,question_en,question_km,code,added_code,label_en,label_km',
    );
    expect(lines).toHaveLength(1 + QUESTIONS.reduce((sum, q) => sum + q.choices.length, 0));
    expect(
      lines.find((line) => line.startsWith('gov_efforts_enough,') && line.includes(',dont_know,')),
    ).toContain(',rr3-e2,');
    expect(lines.find((line) => line.startsWith('gender,') && line.includes(',female,'))).toContain('ស្រី');
  });

  it('answers unknown addresses with a JSON 404', async () => {
    const response = await api.get('/api/v2/anything');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not-found', message: expect.any(String) });
  });
});

/** Every byte the database holds, as text: the SQLite files, or every row of every PostgreSQL table. */
async function rawContents(kind: string, database: TestDatabase, store: Store): Promise<string> {
  if (kind === 'sqlite') {
    const dir = database.env.DATA_DIR as string;
    return readdirSync(dir)
      .map((file) => readFileSync(join(dir, file)).toString('latin1'))
      .join('\n');
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    "SELECT (SELECT string_agg(r::text, E'\\n') FROM records r) || (SELECT string_agg(c::text, E'\\n') FROM campaigns c) AS everything",
  );
  await client.end();
  expect(store.kind).toBe('postgresql');
  return rows[0].everything as string;
}

async function recordColumns(kind: string, database: TestDatabase): Promise<string[]> {
  if (kind === 'sqlite') {
    const db = new Database(join(database.env.DATA_DIR as string, SQLITE_FILE), { readonly: true });
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('records')").all();
    db.close();
    return columns.map((column) => column.name).sort();
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ name: string }>(
    "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'records' ORDER BY 1",
  );
  await client.end();
  return rows.map((row) => row.name);
}
