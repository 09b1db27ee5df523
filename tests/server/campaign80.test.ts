import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/survey/questionnaire';
import type { FollowupAnswers, MainAnswers } from '../../lib/survey/record';
import type { Store } from '../../server/store/types';
import { ADMIN, testApp } from './app';
import { DATABASE_KINDS, type TestDatabase, testDatabase } from './databases';
import { followupRecord, mainRecord } from './records';

/**
 * 80 respondents, like the 2024 study (19 of them youth), in blocks that answer alike, so that every
 * figure below can be worked out by hand. Every expected number here was computed from the block
 * sizes with STUDY.md's formulas, not by the code under test.
 */
const BLOCKS: [number, Profile, MainAnswers][] = [
  [
    4,
    { org_type: 'fngo', age_band: '31_59', gender: 'female' },
    {
      internet_access: 'yes',
      backup_frequency: 'daily',
      published_hr_politics: 'yes',
      gov_efforts_enough: 'yes',
    },
  ],
  [
    10,
    { org_type: 'dngo', age_band: '18_30', gender: 'female' },
    {
      internet_access: 'yes',
      backup_frequency: 'weekly',
      published_hr_politics: 'yes',
      gov_efforts_enough: 'no',
    },
  ],
  [
    20,
    { org_type: 'dngo', age_band: '31_59', gender: 'male' },
    {
      internet_access: 'yes',
      backup_frequency: 'daily',
      published_hr_politics: 'no',
      gov_efforts_enough: 'dont_know',
    },
  ],
  [
    3,
    { org_type: 'cbo', age_band: '60_plus', gender: 'female' },
    {
      internet_access: 'no',
      backup_frequency: 'never',
      published_hr_politics: 'no',
      gov_efforts_enough: 'yes',
    },
  ],
  [
    23,
    { org_type: 'cbo', age_band: '31_59', gender: 'female' },
    {
      internet_access: 'yes',
      backup_frequency: 'monthly',
      published_hr_politics: 'yes',
      gov_efforts_enough: 'no',
    },
  ],
  // No organisation: the organisation section (backup_frequency) is not shown to them.
  [
    9,
    { org_type: 'none', age_band: '18_30', gender: 'male' },
    { internet_access: 'yes', published_hr_politics: 'no', gov_efforts_enough: 'no' },
  ],
  [
    6,
    { org_type: 'none', age_band: '31_59', gender: 'male' },
    { internet_access: 'yes', published_hr_politics: 'no', gov_efforts_enough: 'dont_know' },
  ],
  [
    2,
    { org_type: 'undisclosed', age_band: '31_59', gender: 'other' },
    {
      internet_access: 'yes',
      backup_frequency: 'rarely',
      published_hr_politics: 'yes',
      gov_efforts_enough: 'yes',
    },
  ],
  // Skipped internet_access and backup_frequency.
  [
    3,
    { org_type: 'undisclosed', age_band: 'undisclosed', gender: 'undisclosed' },
    { published_hr_politics: 'yes', gov_efforts_enough: 'no' },
  ],
];

/** One follow-up record per participant: 30 with answers, 50 empty (not asked). */
const FOLLOWUPS: [number, FollowupAnswers][] = [
  [20, { security_problem_types: ['account_theft'], security_problem_frequency: 'rarely' }],
  [
    6,
    {
      security_problem_types: ['account_theft', 'post_reported'],
      security_problem_frequency: 'occasionally',
      help_sought_from: ['friends_family'],
    },
  ],
  [
    4,
    {
      security_problem_types: ['post_reported'],
      security_problem_frequency: 'occasionally',
      help_sought_from: ['nobody'],
    },
  ],
  [50, {}],
];

const shown = (percent: number, count: number) => ({ percent, count });
const hidden = (reason: string) => ({ suppressed: true, reason, message: expect.any(String) });
const allHidden = (codes: string[], reason: string) =>
  Object.fromEntries(codes.map((code) => [code, hidden(reason)]));

const YES_NO = ['yes', 'no'];
const BACKUP = ['daily', 'weekly', 'monthly', 'rarely', 'never', 'dont_know'];
const RR3 = ['yes', 'no', 'dont_know'];

/** internet_access: 77 answered (3 skipped), 74 yes; 3 without internet, all elderly CBO women. */
const INTERNET_ACCESS = {
  kind: 'single',
  rr: null,
  groups: {
    // 74/77 = 96.10%, 3/77 = 3.90%
    all: { n: 77, status: 'ok', values: { yes: shown(96.1, 74), no: shown(3.9, 3) } },
    fngo: { n: 4, status: 'suppressed', values: allHidden(YES_NO, 'group-below-k') },
    dngo: { n: 30, status: 'ok', values: { yes: shown(100, 30), no: shown(0, 0) } },
    // 23/26 = 88.46%, 3/26 = 11.54%
    cbo: { n: 26, status: 'ok', values: { yes: shown(88.5, 23), no: shown(11.5, 3) } },
    // 19 of 19: shown, "yes" would tell each youth's answer; fewer than 5 said "no".
    youth: { n: 19, status: 'low', values: allHidden(YES_NO, 'few-either-way') },
    elderly: { n: 3, status: 'suppressed', values: allHidden(YES_NO, 'group-below-k') },
    // 37/40 = 92.5%
    female: { n: 40, status: 'ok', values: { yes: shown(92.5, 37), no: shown(7.5, 3) } },
    male: { n: 35, status: 'ok', values: { yes: shown(100, 35), no: shown(0, 0) } },
  },
};

/**
 * backup_frequency: 62 answered (not those without organisation, nor the 3 who skipped). FNGO (4) is
 * below k and the organisation remainder is 62 − 60 = 2 < k, so all − DNGO − CBO would give FNGO: the
 * next smallest, CBO (26), is hidden too. Men (20) all said daily; the gender remainder is 62 − 40 −
 * 20 = 2 < k, so all − women would give the men's hidden counts: women's values are hidden as well.
 */
const BACKUP_FREQUENCY = {
  kind: 'single',
  rr: null,
  groups: {
    all: {
      n: 62,
      status: 'ok',
      // 24/62 = 38.71%, 10/62 = 16.13%, 23/62 = 37.10%, 2/62 = 3.23%, 3/62 = 4.84%
      values: {
        daily: shown(38.7, 24),
        weekly: shown(16.1, 10),
        monthly: shown(37.1, 23),
        rarely: shown(3.2, 2),
        never: shown(4.8, 3),
        dont_know: shown(0, 0),
      },
    },
    fngo: { n: 4, status: 'suppressed', values: allHidden(BACKUP, 'group-below-k') },
    // 20/30 = 66.67%, 10/30 = 33.33%
    dngo: {
      n: 30,
      status: 'ok',
      values: {
        daily: shown(66.7, 20),
        weekly: shown(33.3, 10),
        monthly: shown(0, 0),
        rarely: shown(0, 0),
        never: shown(0, 0),
        dont_know: shown(0, 0),
      },
    },
    cbo: { n: 26, status: 'suppressed', values: allHidden(BACKUP, 'differencing') },
    youth: { n: 10, status: 'low', values: allHidden(BACKUP, 'few-either-way') },
    elderly: { n: 3, status: 'suppressed', values: allHidden(BACKUP, 'group-below-k') },
    female: { n: 40, status: 'ok', values: allHidden(BACKUP, 'differencing') },
    male: { n: 20, status: 'low', values: allHidden(BACKUP, 'few-either-way') },
  },
};

/**
 * published_hr_politics (yes/no, ε = 2): p = e²/(1 + e²) = 0.880797, q = 0.119203, p − q = 0.761594.
 * 42 of 80 sent yes: λ̂ = 0.525, π̂ = (0.525 − q)/(p − q) = 0.532826; half-width
 * 1.96·√(0.525·0.475/(80·0.761594²)) = 0.143686 → [0.389140, 0.676512]. "no" mirrors it.
 * Only groups of 42 or more get a value: here only `all`.
 */
const PUBLISHED_HR_POLITICS = {
  kind: 'single',
  rr: 'rr2-e2',
  groups: {
    all: {
      n: 80,
      status: 'ok',
      values: { yes: { percent: 53.3, ci95: [38.9, 67.7] }, no: { percent: 46.7, ci95: [32.3, 61.1] } },
    },
    fngo: { n: 4, status: 'suppressed', values: allHidden(YES_NO, 'group-below-k') },
    dngo: { n: 30, status: 'ok', values: allHidden(YES_NO, 'rr-below-min-n') },
    cbo: { n: 26, status: 'ok', values: allHidden(YES_NO, 'rr-below-min-n') },
    youth: { n: 19, status: 'low', values: allHidden(YES_NO, 'rr-below-min-n') },
    elderly: { n: 3, status: 'suppressed', values: allHidden(YES_NO, 'group-below-k') },
    female: { n: 40, status: 'ok', values: allHidden(YES_NO, 'rr-below-min-n') },
    male: { n: 35, status: 'ok', values: allHidden(YES_NO, 'rr-below-min-n') },
  },
};

/**
 * gov_efforts_enough (three codes, ε = 2): p = e²/(e² + 2) = 0.786986, q = 0.106507, p − q = 0.680479.
 * Sent: yes 9, no 45, dont_know 26 of 80.
 * yes: λ̂ = 0.1125, π̂ = 0.008807, half-width 0.101755 → [−0.092948 → 0, 0.110562];
 * no: λ̂ = 0.5625, π̂ = 0.670106 ± 0.159752; dont_know: λ̂ = 0.325, π̂ = 0.321087 ± 0.150831.
 */
const GOV_EFFORTS_ENOUGH = {
  kind: 'single',
  rr: 'rr3-e2',
  groups: {
    all: {
      n: 80,
      status: 'ok',
      values: {
        yes: { percent: 0.9, ci95: [0, 11.1] },
        no: { percent: 67, ci95: [51, 83] },
        dont_know: { percent: 32.1, ci95: [17, 47.2] },
      },
    },
    fngo: { n: 4, status: 'suppressed', values: allHidden(RR3, 'group-below-k') },
    dngo: { n: 30, status: 'ok', values: allHidden(RR3, 'rr-below-min-n') },
    cbo: { n: 26, status: 'ok', values: allHidden(RR3, 'rr-below-min-n') },
    youth: { n: 19, status: 'low', values: allHidden(RR3, 'rr-below-min-n') },
    elderly: { n: 3, status: 'suppressed', values: allHidden(RR3, 'group-below-k') },
    female: { n: 40, status: 'ok', values: allHidden(RR3, 'rr-below-min-n') },
    male: { n: 35, status: 'ok', values: allHidden(RR3, 'rr-below-min-n') },
  },
};

/** Follow-ups, under `all` only, over the 30 non-empty records. */
const FOLLOWUP_TABLES = {
  security_problem_types: {
    kind: 'multi',
    rr: null,
    groups: {
      all: {
        n: 30,
        status: 'ok',
        // 26/30 = 86.67%, 10/30 = 33.33%
        values: {
          account_theft: shown(86.7, 26),
          post_reported: shown(33.3, 10),
          impersonation: shown(0, 0),
          harassment: shown(0, 0),
          phishing_scam: shown(0, 0),
          malware: shown(0, 0),
          other: shown(0, 0),
        },
      },
    },
  },
  security_problem_frequency: {
    kind: 'single',
    rr: null,
    groups: {
      all: {
        n: 30,
        status: 'ok',
        values: {
          rarely: shown(66.7, 20),
          occasionally: shown(33.3, 10),
          several: shown(0, 0),
          often: shown(0, 0),
        },
      },
    },
  },
  // 10 answered: 6 friends or family (4 did not: fewer than k), 4 nobody.
  help_sought_from: {
    kind: 'multi',
    rr: null,
    groups: {
      all: {
        n: 10,
        status: 'low',
        values: allHidden(
          ['cso', 'friends_family', 'platform', 'authorities', 'it_staff', 'helpline', 'nobody'],
          'few-either-way',
        ),
      },
    },
  },
};

describe.each(DATABASE_KINDS)('an 80-respondent campaign on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  let api: ReturnType<typeof testApp>;
  let openTable: Record<string, unknown> & { indicators: Record<string, unknown> };

  beforeAll(async () => {
    database = await testDatabase(kind);
    store = await database.open();
    api = testApp(store);
    await api.collector.createCampaign({ code: 'study-80' });
    const records = [
      ...BLOCKS.flatMap(([count, profile, answers]) =>
        Array.from({ length: count }, () => mainRecord('study-80', profile, answers)),
      ),
      ...FOLLOWUPS.flatMap(([count, answers]) =>
        Array.from({ length: count }, () => followupRecord('study-80', answers)),
      ),
    ];
    // Arrival order must not matter: a fixed shuffle.
    records.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const record of records) expect((await api.submit(record)).status).toBe(201);
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
  });

  it('shows nothing to the public while open', async () => {
    expect((await api.get('/api/v1/campaigns/study-80/indicators')).status).toBe(401);
    const dashboard = await api.get('/c/study-80?lang=en');
    expect(dashboard.status).toBe(401);
    const page = await dashboard.text();
    expect(page).toContain('published when it closes');
    expect(page).not.toContain('96.1');
  });

  it('gives the admin the hand-computed tables while open, without follow-ups', async () => {
    const response = await api.get('/api/v1/campaigns/study-80/indicators', ADMIN);
    expect(response.status).toBe(200);
    openTable = await response.json();
    expect(openTable).toMatchObject({ campaign: 'study-80', k: 5, n: 80 });
    expect(openTable.indicators.internet_access).toEqual(INTERNET_ACCESS);
    expect(openTable.indicators.backup_frequency).toEqual(BACKUP_FREQUENCY);
    expect(openTable.indicators.published_hr_politics).toEqual(PUBLISHED_HR_POLITICS);
    expect(openTable.indicators.gov_efforts_enough).toEqual(GOV_EFFORTS_ENOUGH);
    for (const id of Object.keys(FOLLOWUP_TABLES)) expect(openTable.indicators[id]).toBeUndefined();
    const message = (openTable.indicators.published_hr_politics as typeof PUBLISHED_HR_POLITICS).groups.dngo
      .values.yes?.message;
    expect(message).toMatch(/at least 42 people/);
  });

  it('publishes the same tables to everyone after close, now with the follow-ups', async () => {
    await api.collector.close('study-80');
    const response = await api.get('/api/v1/campaigns/study-80/indicators');
    expect(response.status).toBe(200);
    const table = await response.json();
    expect(table).toEqual({
      ...openTable,
      indicators: { ...openTable.indicators, ...FOLLOWUP_TABLES },
    });
  });

  it('shows the same figures on the dashboard, hidden cells with their reasons, in English and Khmer', async () => {
    const response = await api.get('/c/study-80?lang=en');
    expect(response.status).toBe(200);
    const page = await response.text();
    const section = (id: string) =>
      page.slice(page.indexOf(`id="q-${id}"`), page.indexOf('</section>', page.indexOf(`id="q-${id}"`)));
    const internet = section('internet_access');
    expect(internet).toContain('96.1% <span class="muted">(74)</span>');
    expect(internet).toContain('88.5% <span class="muted">(23)</span>');
    expect(internet).toMatch(/n = 19<\/span><br><span class="muted">⚠ low reliability/);
    expect(internet).toContain('All: 99%');
    expect((internet.match(/hidden <a href="#reason-/g) ?? []).length).toBe(6);
    expect(section('published_hr_politics')).toContain('53.3% <span class="muted">(38.9–67.7)</span>');
    expect(section('help_sought_from')).toContain('n = 10');
    expect(page).toContain('Fewer than 5 people in this group answered this question');
    expect(page).toContain('at least 42 people');
    expect(page).toContain('at least 52 people');
    expect(page).not.toMatch(/<script/i);
    const khmer = await (await api.get('/c/study-80')).text();
    expect(khmer).toContain('<html lang="km">');
    expect(khmer).toContain('96.1%');
    expect(khmer).toContain('យុវជន');
  });
});
