import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './paths';

/** The real hostnames the browser is pointed at this server for. */
export const PLATFORM_HOSTS = [
  'www.facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'facebook.com',
  'accountscenter.facebook.com',
  'myaccount.google.com',
  // Where Google sends a signed-out user; no content script of ours runs there.
  'accounts.google.com',
];

/** A throwaway key and certificate for `hosts`; the browser runs with --ignore-certificate-errors. */
export function selfSignedCertificate(hosts: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dhc-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=digital-hygiene-check-tests',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-addext',
        `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface FixtureServer {
  port: number;
  /**
   * Serves `fixture` (a path under tests/fixtures) at `https://<host><path>`. A path with a query
   * (`/settings/?tab=posts`) is matched first; a bare path serves any query.
   */
  route(host: string, path: string, fixture: string): void;
  /** Answers `https://<host><path>` with a 302 to `location`, as a platform sending a signed-out user on. */
  redirect(host: string, path: string, location: string): void;
  /** Every request that reached the server, as `host + path`. */
  requests: string[];
  /** Absolute URLs the served pages themselves reference (their CDN images and styles). */
  pageResources: Set<string>;
  close(): Promise<void>;
}

/** An HTTPS server on loopback that plays the platforms' hosts with fixture pages. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const redirects = new Map<string, string>();
  const requests: string[] = [];
  const pageResources = new Set<string>();
  const server: Server = createServer(selfSignedCertificate(PLATFORM_HOSTS), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname, search } = new URL(request.url ?? '/', 'https://x');
    requests.push(host + pathname + search);
    const location = redirects.get(host + pathname);
    if (location) {
      response.writeHead(302, { location, 'cache-control': 'no-store' }).end();
      return;
    }
    const fixture = routes.get(host + pathname + search) ?? routes.get(host + pathname);
    if (!fixture) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture here');
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(join(FIXTURES, fixture));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      return;
    }
    for (const [url] of body
      .toString('utf8')
      .replaceAll('&quot;', '"')
      // A backslash ends a URL too: the markup a page's script writes later sits in JS strings.
      .matchAll(/https:\/\/[^"'()\s<>\\]+/g)) {
      pageResources.add(url.replaceAll('&amp;', '&'));
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route: (host, path, fixture) => {
      redirects.delete(host + path);
      routes.set(host + path, fixture);
    },
    redirect: (host, path, location) => redirects.set(host + path, location),
    requests,
    pageResources,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
