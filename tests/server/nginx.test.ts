import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/types';
import { ADMIN, testApp } from './app';
import { type TestDatabase, testDatabase } from './databases';
import { freePort } from './postgres';
import { mainRecord } from './records';

/** Debian's path, as in scripts/prerequisites.mjs; missing nginx fails this file rather than skipping it. */
const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const CONFIG = fileURLToPath(new URL('../../server/deploy/nginx.conf', import.meta.url));
const NAME = 'survey.example.org';
/** Headers a client may send that name it or its device: none may reach the collector. */
const CLIENT_CLAIMS = {
  'x-forwarded-for': '203.0.113.7',
  'x-real-ip': '203.0.113.7',
  forwarded: 'for=203.0.113.7',
  'user-agent': 'Mozilla/5.0 (Linux; Android 14) participant-phone',
  cookie: 'session=participant',
  referer: 'https://example.net/who-sent-me',
};

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * The README's nginx config as shipped, run by a real nginx in front of the collector: TLS with a
 * throwaway certificate, the collector on one loopback port and nginx on two others.
 */
describe('the documented nginx config', () => {
  let dir: string;
  let database: TestDatabase;
  let store: Store;
  let collector: ServerType;
  let nginx: ChildProcess;
  let nginxOutput = '';
  let httpsPort: number;
  let httpPort: number;
  let cert: string;
  let api: ReturnType<typeof testApp>;
  /** The headers of every request that reached the collector. */
  const received: Record<string, string>[] = [];

  beforeAll(async () => {
    if (!existsSync(NGINX)) {
      throw new Error(`nginx is missing (expected at ${NGINX}): apt-get install -y nginx`);
    }
    dir = mkdtempSync(join(tmpdir(), 'dhc-nginx-'));
    // nginx's workers run as "nobody" under root and write large request bodies below this folder.
    chmodSync(dir, 0o755);
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${NAME}`,
        '-addext',
        `subjectAltName=DNS:${NAME}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr}`);
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');

    database = await testDatabase('sqlite');
    store = await database.open();
    api = testApp(store);
    await api.collector.createCampaign({ code: 'nginx-test' });
    collector = await new Promise<ServerType>((resolve) => {
      const server = serve(
        {
          fetch: (req, env) => {
            received.push(Object.fromEntries(req.headers));
            return api.app.fetch(req, env);
          },
          hostname: '127.0.0.1',
          port: 0,
        },
        () => resolve(server),
      );
    });
    const collectorPort = (collector.address() as AddressInfo).port;
    [httpsPort, httpPort] = [await freePort(), await freePort()];

    const site = substitute(readFileSync(CONFIG, 'utf8'), [
      [/listen 443 ssl http2 default_server;/g, `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`],
      [/listen 80 default_server;/g, `listen 127.0.0.1:${httpPort} default_server;`],
      // Not every machine that runs the tests has IPv6 on loopback.
      [/^\s*listen \[::\]:\d+ .*\n/gm, ''],
      [/\/etc\/letsencrypt\/live\/survey\.example\.org\/fullchain\.pem/g, join(dir, 'cert.pem')],
      [/\/etc\/letsencrypt\/live\/survey\.example\.org\/privkey\.pem/g, join(dir, 'key.pem')],
      [/\/var\/log\/nginx\/collector-error\.log/g, join(dir, 'collector-error.log')],
      [/http:\/\/127\.0\.0\.1:8787;/g, `http://127.0.0.1:${collectorPort};`],
    ]);
    writeFileSync(join(dir, 'site.conf'), site);
    // Like Debian's nginx.conf: a log of every request at the http level, which the site must turn off;
    // the main error log at info level, which would name clients if the site's own log did not.
    writeFileSync(
      join(dir, 'nginx.conf'),
      `error_log ${join(dir, 'error.log')} info;
events {}
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'site.conf')};
}
`,
    );
    const args = ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf')];
    const globals = ['-g', `daemon off; pid ${join(dir, 'nginx.pid')};`];
    const check = spawnSync(NGINX, [...args, ...globals, '-t'], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t rejects the config:\n${check.stderr}\n${site}`);

    nginx = spawn(NGINX, [...args, ...globals], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout?.on('data', (chunk) => (nginxOutput += chunk));
    nginx.stderr?.on('data', (chunk) => (nginxOutput += chunk));
    await waitForPort(httpsPort, nginx, () => nginxOutput);
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    if (collector) await new Promise((resolve) => collector.close(resolve));
    await store?.end();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: httpsPort,
          servername: NAME,
          ca: cert,
          method,
          path,
          headers: { host: NAME, ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('passes a submission over HTTPS and nothing that identifies the sender', async () => {
    const before = received.length;
    const reply = await send(
      'POST',
      '/api/v1/submissions',
      { 'content-type': 'application/json', ...CLIENT_CLAIMS },
      JSON.stringify(mainRecord('nginx-test', { org_type: 'cbo' }, { internet_access: 'yes' })),
    );
    expect(reply.status).toBe(201);
    expect(JSON.parse(reply.body)).toEqual({ receipt: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect((await store.campaign('nginx-test'))?.mainCount).toBe(1);

    expect(received).toHaveLength(before + 1);
    const headers = received[before] ?? {};
    expect(headers.host).toBe(NAME);
    for (const name of Object.keys(CLIENT_CLAIMS)) expect(headers).not.toHaveProperty(name);
    // The client connects from 127.0.0.1; neither that nor the address it claimed may reach the collector.
    for (const value of Object.values(headers)) expect(value).not.toMatch(/127\.0\.0\.1|203\.0\.113\.7/);
  });

  it("refuses a submission over 16 KiB in the collector's error shape, readable across origins", async () => {
    const record = mainRecord('nginx-test');
    const body = JSON.stringify({ ...record, padding: 'x'.repeat(16 * 1024) });
    const before = received.length;
    const reply = await send('POST', '/api/v1/submissions', { 'content-type': 'application/json' }, body);
    expect(reply.status).toBe(413);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'body-too-large', message: expect.any(String) });
    expect(received).toHaveLength(before);
  });

  it('lets an import of more than 16 KiB through to the collector', async () => {
    const records = Array.from({ length: 120 }, () =>
      mainRecord('nginx-test', { age_band: '18_30' }, { internet_access: 'yes' }),
    );
    const body = JSON.stringify(records);
    expect(body.length).toBeGreaterThan(16 * 1024);
    const reply = await send(
      'POST',
      '/api/v1/campaigns/nginx-test/import',
      { 'content-type': 'application/json', ...ADMIN },
      body,
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ stored: 120, rejected: 0 });
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const reply = await fetch(`http://127.0.0.1:${httpPort}/join/nginx-test`, { redirect: 'manual' });
    expect(reply.status).toBe(301);
    expect(reply.headers.get('location')).toBe(`https://${NAME}/join/nginx-test`);
  });

  it('has written no access log and no line naming a client', () => {
    expect(statSync(join(dir, 'access.log')).size).toBe(0);
    for (const log of ['error.log', 'collector-error.log']) {
      const path = join(dir, log);
      if (existsSync(path)) expect(readFileSync(path, 'utf8')).not.toMatch(/client: |127\.0\.0\.1/);
    }
  });
});

/** The config with each pattern replaced; a pattern that no longer matches means the file changed shape. */
function substitute(config: string, replacements: [RegExp, string][]): string {
  let result = config;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(result)) throw new Error(`server/deploy/nginx.conf no longer has ${pattern}`);
    pattern.lastIndex = 0;
    result = result.replace(pattern, replacement);
  }
  return result;
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port} within 5 s:\n${output()}`);
}
