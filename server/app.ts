import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpBindings } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DEFAULT_K, MIN_K, RELIABLE_N } from '../lib/survey/indicators';
import { QUESTIONNAIRE, TABLE_GROUPS } from '../lib/survey/questionnaire';
import { CAMPAIGN_CODE_PATTERN } from '../lib/survey/record';
import { bearerToken, tokenMatches } from './admin-token';
import { type Collector, CollectorError } from './collector';
import { codebookCsv, recordsCsv } from './csv';
import { readBody } from './http/body';
import { RateLimiter } from './http/rate-limit';
import { importFiles } from './import';
import { dashboardPage, dashboardRefusal } from './pages/dashboard';
import { joinPage } from './pages/join';
import { langOf } from './pages/layout';
import { type Problem, parseJson, parseRecord } from './records';
import { WAVE_PATTERN } from './wave';
import { questionnaireXlsx } from './xlsform';

/** The largest submission: a full main record is about 2 KiB. */
export const SUBMISSION_LIMIT = 16 * 1024;
/** The largest import request (several offline answer files). */
export const IMPORT_LIMIT = 1024 * 1024;
/** A full campaign does not free up; clients should try much later, if at all. */
const FULL_RETRY_AFTER = 3600;
const MAX_POOLED = 50;

export interface AppOptions {
  collector: Collector;
  adminToken: string;
  /** Submissions per second across all clients; 0 = no limit. */
  rateLimit: number;
  /** Milliseconds from a monotonic clock, for the rate limit; tests pass their own to control time. */
  clock?: () => number;
  /** The built web survey (`npm run build` writes it to dist/web). */
  webDir?: string;
}

const STATUS_OF: Record<string, ContentfulStatusCode> = {
  'invalid-campaign': 400,
  unauthorized: 401,
  'unknown-campaign': 404,
  'no-campaigns': 404,
  'campaign-exists': 409,
  'campaign-closed': 409,
  'campaign-open': 409,
  'campaign-purged': 410,
};

/** The Node request under @hono/node-server; absent in `app.request` and other runtimes. */
const incomingOf = (c: Context): IncomingMessage | undefined =>
  (c.env as Partial<HttpBindings> | undefined)?.incoming;

function problem(c: Context, status: ContentfulStatusCode, body: Problem) {
  if (status === 401) c.header('WWW-Authenticate', 'Bearer');
  return c.json(body, status);
}

const refusal = (c: Context, error: CollectorError) =>
  problem(c, STATUS_OF[error.error] ?? 400, { error: error.error, message: error.message });

const unauthorized = (c: Context) =>
  problem(c, 401, {
    error: 'unauthorized',
    message: 'This needs the admin token: send it as "Authorization: Bearer <token>".',
  });

const unknownCampaign = (c: Context, code: string) =>
  problem(c, 404, { error: 'unknown-campaign', message: `There is no campaign "${code.slice(0, 40)}".` });

/**
 * The collector's HTTP API. Nothing here reads or keeps the client's address, user agent, cookies or
 * origin, and nothing is logged per request: a log line's timestamp would record when someone answered.
 */
export function createApp({ collector, adminToken, rateLimit, clock, webDir = WEB_DIR }: AppOptions): Hono {
  const app = new Hono();
  const limiter = new RateLimiter(rateLimit, clock);
  const isAdmin = (c: Context) => tokenMatches(adminToken, bearerToken(c.req.header('authorization')));

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  // Open to any page and extension without credentials, so the extension needs no host permission.
  app.use(
    '/api/v1/submissions',
    cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Content-Type'], maxAge: 86_400 }),
  );

  app.post('/api/v1/submissions', async (c) => {
    const wait = limiter.take();
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, {
        error: 'rate-limited',
        message: `The collector takes at most ${rateLimit} submissions a second; try again in ${wait} s.`,
      });
    }
    const body = await readBody(c.req.raw, SUBMISSION_LIMIT, incomingOf(c));
    if (body === 'too-large') {
      return problem(c, 413, {
        error: 'body-too-large',
        message: `A submission is at most ${SUBMISSION_LIMIT} bytes.`,
      });
    }
    const json = parseJson(body);
    if (!json.ok) return problem(c, 400, json.problem);
    const parsed = parseRecord(json.value);
    if (!parsed.ok) return problem(c, 400, parsed.problem);
    const { campaign } = parsed.record;
    const outcome = await collector.submit(parsed.record);
    switch (outcome.kind) {
      case 'created':
        return c.json({ receipt: outcome.receipt }, 201);
      case 'duplicate':
        return c.json({ receipt: outcome.receipt }, 200);
      case 'conflict':
        return problem(c, 409, {
          error: 'key-conflict',
          message: 'A different record with this key is already stored; a new record needs a new random key.',
        });
      case 'unknown-campaign':
        return unknownCampaign(c, campaign);
      case 'closed':
        return problem(c, 409, { error: 'campaign-closed', message: `Campaign "${campaign}" is closed.` });
      case 'full':
        c.header('Retry-After', String(FULL_RETRY_AFTER));
        return problem(c, 429, {
          error: 'campaign-full',
          message: `Campaign "${campaign}" has reached its cap of ${outcome.cap} main records.`,
        });
    }
  });

  app.get('/api/v1/campaigns/:code/indicators', async (c) => {
    const code = c.req.param('code');
    if (!CAMPAIGN_CODE_PATTERN.test(code)) return unknownCampaign(c, code);
    const admin = isAdmin(c);
    try {
      const table = await collector.indicators(code, admin);
      const { status } = await collector.campaign(code);
      c.header('Cache-Control', status === 'open' ? 'no-store' : 'public, max-age=300');
      return c.json(table);
    } catch (error) {
      if (error instanceof CollectorError) return refusal(c, error);
      throw error;
    }
  });

  app.get('/api/v1/indicators', async (c) => {
    const codes = (c.req.query('campaigns') ?? '').split(',').filter((code) => code !== '');
    const wave = c.req.query('wave');
    const bad = codes.find((code) => !CAMPAIGN_CODE_PATTERN.test(code));
    if (codes.length === 0 || codes.length > MAX_POOLED || bad !== undefined) {
      return problem(c, 400, {
        error: 'invalid-query',
        message: `campaigns must list 1 to ${MAX_POOLED} campaign codes separated by commas${bad === undefined ? '' : `; "${bad.slice(0, 40)}" is not a campaign code`}.`,
      });
    }
    if (wave !== undefined && !WAVE_PATTERN.test(wave)) {
      return problem(c, 400, {
        error: 'invalid-query',
        message: 'wave must be a year and quarter, e.g. 2026-Q4.',
      });
    }
    try {
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(await collector.pooled(codes, wave));
    } catch (error) {
      if (error instanceof CollectorError) return refusal(c, error);
      throw error;
    }
  });

  app.get('/api/v1/questionnaire', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({
      ...QUESTIONNAIRE,
      groups: TABLE_GROUPS,
      suppression: { defaultK: DEFAULT_K, minK: MIN_K, reliableN: RELIABLE_N },
    });
  });

  app.get('/api/v1/codebook.csv', (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="codebook-${QUESTIONNAIRE.version}.csv"`);
    return c.body(codebookCsv());
  });

  app.get('/api/v1/questionnaire.xlsx', async (c) => {
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="xlsform-${QUESTIONNAIRE.version}.xlsx"`);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(await questionnaireXlsx()));
  });

  app.get('/api/v1/campaigns/:code/export.csv', async (c) => {
    if (!isAdmin(c)) return unauthorized(c);
    const code = c.req.param('code');
    const part = c.req.query('part') ?? 'main';
    if (part !== 'main' && part !== 'followup') {
      return problem(c, 400, { error: 'invalid-query', message: 'part must be "main" or "followup".' });
    }
    if (!CAMPAIGN_CODE_PATTERN.test(code)) return unknownCampaign(c, code);
    const campaign = await collector.store.campaign(code);
    if (!campaign) return unknownCampaign(c, code);
    if (campaign.status === 'purged') {
      return problem(c, 410, {
        error: 'campaign-purged',
        message: `Campaign "${code}" was purged: its answers are deleted; its published table remains.`,
      });
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${code}-${part}.csv"`);
    c.header('Cache-Control', 'no-store');
    return c.body(recordsCsv(part, await collector.store.records(code, part)));
  });

  app.post('/api/v1/campaigns/:code/import', async (c) => {
    if (!isAdmin(c)) return unauthorized(c);
    const code = c.req.param('code');
    const body = await readBody(c.req.raw, IMPORT_LIMIT, incomingOf(c));
    if (body === 'too-large') {
      return problem(c, 413, {
        error: 'body-too-large',
        message: `An import is at most ${IMPORT_LIMIT} bytes; send the files in several requests.`,
      });
    }
    if (!CAMPAIGN_CODE_PATTERN.test(code)) return unknownCampaign(c, code);
    const campaign = await collector.store.campaign(code);
    if (!campaign) return unknownCampaign(c, code);
    if (campaign.status !== 'open') {
      return problem(c, 409, { error: 'campaign-closed', message: `Campaign "${code}" is closed.` });
    }
    const files = await filesOf(c.req.header('content-type') ?? '', body);
    if (!files) {
      return problem(c, 400, {
        error: 'no-files',
        message:
          'Send answer files as multipart/form-data (curl -F file=@answers.json), or one file as a JSON body.',
      });
    }
    const reports = await importFiles(collector, campaign, files);
    const total = (key: 'stored' | 'known') => reports.reduce((sum, report) => sum + report[key], 0);
    return c.json({
      campaign: code,
      stored: total('stored'),
      known: total('known'),
      rejected: reports.reduce((sum, report) => sum + report.rejected.length, 0),
      files: reports,
    });
  });

  // The Khmer font the extension bundles, so that pages read the same on devices without one.
  app.get('/assets/:file', (c) => {
    const file = FONT_FILES[c.req.param('file')];
    if (!file) return problem(c, 404, { error: 'not-found', message: 'There is nothing at this address.' });
    c.header('Content-Type', 'font/woff2');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(readFileSync(file));
  });

  // The web survey's files: hashed names, so they can be cached for good.
  app.get('/web/assets/:file', (c) => {
    const file = c.req.param('file');
    const type = WEB_TYPES[extname(file)];
    const path = join(webDir, 'assets', file);
    if (!/^[\w.-]+$/.test(file) || !type || !existsSync(path)) {
      return problem(c, 404, { error: 'not-found', message: 'There is nothing at this address.' });
    }
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(readFileSync(path));
  });

  app.get('/join/:code', async (c) => {
    const code = c.req.param('code');
    const campaign = CAMPAIGN_CODE_PATTERN.test(code) ? await collector.store.campaign(code) : null;
    const lang = langOf(c.req.query('lang'));
    const survey = join(webDir, 'index.html');
    if (campaign?.status === 'open' && existsSync(survey)) {
      c.header('Content-Security-Policy', SURVEY_POLICY);
      c.header('Cache-Control', 'no-store');
      return c.html(readFileSync(survey, 'utf8'));
    }
    if (campaign?.status === 'open') return html(c, joinPage(code, campaign, lang), 503);
    return html(c, joinPage(code, campaign, lang), campaign ? 200 : 404);
  });

  app.get('/c/:code', async (c) => {
    const code = c.req.param('code');
    const lang = langOf(c.req.query('lang'));
    const campaign = CAMPAIGN_CODE_PATTERN.test(code) ? await collector.store.campaign(code) : null;
    if (!campaign) return html(c, dashboardRefusal(code, null, lang), 404);
    try {
      return html(c, dashboardPage(campaign, await collector.indicators(code, isAdmin(c)), lang));
    } catch (error) {
      if (error instanceof CollectorError && error.error === 'unauthorized') {
        return html(c, dashboardRefusal(code, campaign, lang), 401);
      }
      throw error;
    }
  });

  app.notFound((c) => problem(c, 404, { error: 'not-found', message: 'There is nothing at this address.' }));

  app.onError((error, c) => {
    // Only the error itself: never the request, its address or its time.
    console.error('collector: request failed:', error);
    return problem(c, 500, {
      error: 'internal',
      message: 'The collector could not finish this request. Nothing was stored unless a receipt was given.',
    });
  });

  return app;
}

const fontFile = (weight: number) =>
  createRequire(import.meta.url).resolve(
    `@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-${weight}-normal.woff2`,
  );
const FONT_FILES: Record<string, string> = {
  'noto-sans-khmer-400.woff2': fontFile(400),
  'noto-sans-khmer-700.woff2': fontFile(700),
};

/** Strict by default: the pages run no script and load nothing from elsewhere. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The web survey runs its own script and style, as files from this origin only, and talks only to
 * this origin (its submissions); nothing inline, nothing from elsewhere.
 */
const SURVEY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));
const WEB_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function html(c: Context, page: string, status: ContentfulStatusCode = 200) {
  c.header('Content-Security-Policy', PAGE_POLICY);
  c.header('Cache-Control', 'no-store');
  return c.html(page, status);
}

async function filesOf(
  contentType: string,
  body: Uint8Array,
): Promise<{ name: string; bytes: Uint8Array }[] | null> {
  if (/^multipart\/form-data/i.test(contentType)) {
    let form: FormData;
    try {
      form = await new Response(Buffer.from(body), { headers: { 'content-type': contentType } }).formData();
    } catch {
      return null;
    }
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const value of form.values()) {
      if (typeof value === 'string') continue;
      files.push({ name: value.name.slice(0, 200), bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    return files.length > 0 ? files : null;
  }
  return body.length > 0 ? [{ name: 'body', bytes: body }] : null;
}
