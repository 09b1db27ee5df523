import { statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_FILE } from '../../server/admin-token';
import { runLoad } from '../../server/bench/load';
import { collectorCommand, type RunningCollector, startCollector } from '../../server/bench/spawn';
import { TOKEN } from './app';
import { DATABASE_KINDS, type TestDatabase, testDatabase } from './databases';

/**
 * One request on a connection of its own. The CLI runs through spawnSync, which blocks this process:
 * meanwhile the server may close an idle kept-alive socket, and fetch would send on it unaware.
 */
function request(
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: false },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    sent.on('error', reject);
    sent.end(init.body);
  });
}

/** The collector as people run it: `npm run collector`, its CLI, and a kill -9 in the middle of a load. */
describe.each(DATABASE_KINDS)('the collector process on %s', (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const running: RunningCollector[] = [];
  beforeAll(async () => {
    database = await testDatabase(kind);
    env = { ...database.env, COLLECTOR_ADMIN_TOKEN: TOKEN, COLLECTOR_RATE_LIMIT: '0' };
  });
  afterAll(async () => {
    for (const collector of running) await collector.stop();
    await database.drop();
  });
  const start = async (extra: Record<string, string> = {}) => {
    const collector = await startCollector({ ...env, ...extra });
    running.push(collector);
    return collector;
  };

  it('keeps every acknowledged submission when killed with SIGKILL during a load', async () => {
    expect(collectorCommand(['campaign', 'create', 'crash-test'], env).status).toBe(0);
    const first = await start();
    let killed = false;
    const load = await runLoad({
      url: first.url,
      campaign: 'crash-test',
      concurrency: 50,
      total: 3000,
      maxMs: 20_000,
      onAcknowledged: (count) => {
        if (count === 400 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      },
    });
    expect(killed).toBe(true);
    // Requests were in flight when it died, so some got no answer; the rest had been acknowledged.
    expect(load.failed).toBeGreaterThan(0);
    expect(load.acknowledged.length).toBeGreaterThanOrEqual(400);
    expect(Object.keys(load.statuses)).toEqual(['201']);

    const second = await start();
    // Each acknowledged record is there, unchanged: sending it again gives 200 and its first receipt.
    for (const { record, receipt } of load.acknowledged) {
      const response = await fetch(`${second.url}/api/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ receipt });
    }
    const listed = collectorCommand(['campaign', 'list'], env).stdout;
    const [, main, followup] = /crash-test\s+\S+\s+open\s+5\s+-\s+(\d+)\s+(\d+)/.exec(listed) ?? [];
    const stored = Number(main) + Number(followup);
    // Nothing acknowledged is missing; at most the answers lost in flight were stored unacknowledged.
    expect(stored).toBeGreaterThanOrEqual(load.acknowledged.length);
    expect(stored).toBeLessThanOrEqual(load.sent);
    await second.stop();
  }, 90_000);

  it('runs the campaign commands against a running server, which sees each change at once', async () => {
    const server = await start();
    const created = collectorCommand(
      ['campaign', 'create', 'cli-test', '--k', '7', '--cap', '10', '--retention-days', '30'],
      env,
    );
    expect(created).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Created campaign cli-test'),
    });
    expect(collectorCommand(['campaign', 'create', 'cli-test'], env)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('already exists'),
    });
    expect(collectorCommand(['campaign', 'list'], env).stdout).toMatch(
      /cli-test\s+\d{4}-Q\d\s+open\s+7\s+10\s+0\s+0/,
    );
    expect(collectorCommand(['campaign', 'purge', 'cli-test'], env)).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('still open'),
    });
    expect(collectorCommand(['campaign', 'close', 'cli-test'], env).status).toBe(0);
    const refused = await request(`${server.url}/api/v1/submissions`, {
      method: 'POST',
      body: JSON.stringify({
        campaign: 'cli-test',
        questionnaire: 'dhc-2026.1',
        part: 'followup',
        key: 'a'.repeat(32),
        rr: 'krr-e2',
        answers: {},
      }),
    });
    expect(refused.status).toBe(409);
    expect((await request(`${server.url}/api/v1/campaigns/cli-test/indicators`)).status).toBe(200);
    expect(collectorCommand(['campaign', 'purge', 'cli-test'], env)).toMatchObject({ status: 0 });
    expect(collectorCommand(['campaign', 'list'], env).stdout).toMatch(
      /cli-test .* purged\s+7\s+10\s+0\s+0\s+\d{4}-\d\d-\d\d\s+purged/,
    );
    expect((await request(`${server.url}/api/v1/campaigns/cli-test/indicators`)).status).toBe(200);
    expect(collectorCommand(['campaign', 'frobnicate', 'x'], env)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Usage:'),
    });
    await server.stop();
  }, 60_000);
});

describe('starting the collector', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await testDatabase('sqlite');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('on SQLite without a token, makes one at first start, readable by the owner only, and shows it once', async () => {
    const first = await startCollector(database.env);
    await first.stop();
    const token = /Admin token[^\n]*\n\n\s+(\S+)/.exec(first.output())?.[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(40);
    const file = join(database.env.DATA_DIR as string, TOKEN_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(database.env.DATA_DIR as string).mode & 0o077).toBe(0);

    const second = await startCollector(database.env);
    expect(second.output()).not.toContain(token);
    const response = await request(`${second.url}/api/v1/campaigns/none-such/export.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(404);
    await second.stop();
  }, 60_000);

  it('stops with a clear message on bad configuration', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ PORT: 'eighty' }, /PORT must be a whole number/],
      [{ PORT: '70000' }, /PORT must be at most 65535/],
      [{ COLLECTOR_RATE_LIMIT: '-5' }, /COLLECTOR_RATE_LIMIT must be a whole number/],
      [{ DATABASE_URL: 'mysql://db' }, /DATABASE_URL must be a postgres:\/\/ URL/],
      [{ DATABASE_URL: 'postgres://127.0.0.1:1/x' }, /COLLECTOR_ADMIN_TOKEN is required/],
      [{ COLLECTOR_ADMIN_TOKEN: 'short' }, /at least 24 characters/],
    ];
    for (const [env, message] of cases) {
      const result = collectorCommand([], { ...database.env, ...env });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
    }
  }, 60_000);
});
