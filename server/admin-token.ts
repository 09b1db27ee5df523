import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, ConfigError, MIN_TOKEN_LENGTH } from './config';

export const TOKEN_FILE = 'admin-token';

/**
 * The admin token: COLLECTOR_ADMIN_TOKEN when set; otherwise (SQLite only) the one kept in DATA_DIR,
 * made at first start, readable by the owner only. `created` is true only on that first start, the
 * one time the caller shows it.
 */
export function adminToken(config: Config): { token: string; created: boolean; file: string | null } {
  if (config.adminToken) return { token: config.adminToken, created: false, file: null };
  if (config.databaseUrl) throw new ConfigError('COLLECTOR_ADMIN_TOKEN is required with PostgreSQL');
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const file = join(config.dataDir, TOKEN_FILE);
  try {
    const token = randomBytes(32).toString('base64url');
    // `wx`: never overwrite a token another process has just written.
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return { token, created: true, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const token = readFileSync(file, 'utf8').trim();
  if (token.length < MIN_TOKEN_LENGTH)
    throw new ConfigError(`${file} holds no valid admin token: delete it to have a new one made`);
  return { token, created: false, file };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time: hashing first makes both sides the same length whatever was sent. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
