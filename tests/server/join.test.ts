import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/types';
import { testApp } from './app';
import { DATABASE_KINDS, type TestDatabase, testDatabase } from './databases';

const INDEX = `<!doctype html><html lang="km"><head><script type="module" crossorigin src="/web/assets/index-a1.js"></script><link rel="stylesheet" href="/web/assets/index-b2.css"></head><body><div id="app"></div></body></html>`;

/** A built web survey as `npm run build` leaves it in dist/web: an index and hashed assets. */
function builtSurvey(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhc-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-a1.js'), 'console.log(1);\n');
  writeFileSync(join(dir, 'assets', 'index-b2.css'), 'body{}\n');
  writeFileSync(join(dir, 'assets', 'font-c3.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  return dir;
}

describe.each(DATABASE_KINDS)('the join page on %s', (kind) => {
  let database: TestDatabase;
  let store: Store;
  let webDir: string;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    database = await testDatabase(kind);
    store = await database.open();
    webDir = builtSurvey();
    api = testApp(store, { webDir });
  });
  afterAll(async () => {
    await store.end();
    await database.drop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the web survey for an open campaign, under a policy that allows only its own files', async () => {
    await api.collector.createCampaign({ code: 'join-open' });
    const page = await api.get('/join/join-open?lang=en');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe(INDEX);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves its script, style and font with their content types, and nothing else from the folder', async () => {
    const types = {
      '/web/assets/index-a1.js': 'text/javascript; charset=utf-8',
      '/web/assets/index-b2.css': 'text/css; charset=utf-8',
      '/web/assets/font-c3.woff2': 'font/woff2',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await api.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const path of [
      '/web/assets/..%2Fsecret.txt',
      '/web/secret.txt',
      '/web/assets/missing.js',
      '/web/index.html',
    ]) {
      expect((await api.get(path)).status).toBe(404);
    }
  });

  it('keeps its clear pages for an unknown campaign (404) and a closed one (with a link to the results)', async () => {
    const unknown = await api.get('/join/%3Cscript%3Ealert(1)%3C%2Fscript%3E?lang=en');
    expect(unknown.status).toBe(404);
    const text = await unknown.text();
    expect(text).toContain('There is no survey');
    expect(text).not.toContain('<script');
    await api.collector.createCampaign({ code: 'join-closed' });
    await api.collector.close('join-closed');
    const closed = await api.get('/join/join-closed?lang=en');
    const closedText = await closed.text();
    expect(closedText).toContain('has closed');
    expect(closedText).toContain('href="/c/join-closed?lang=en"');
    expect(closedText).not.toContain('<script');
    const khmer = await (await api.get('/join/join-closed')).text();
    expect(khmer).toContain('<html lang="km">');
  });

  it('says plainly that the page cannot be shown when the survey was never built (503)', async () => {
    const bare = testApp(store, { webDir: join(webDir, 'nowhere') });
    await bare.collector.createCampaign({ code: 'join-unbuilt' });
    const page = await bare.get('/join/join-unbuilt?lang=en');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('cannot show its page right now');
  });
});
