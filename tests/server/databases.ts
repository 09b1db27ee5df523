import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { PostgresStore } from '../../server/store/postgres';
import { SqliteStore } from '../../server/store/sqlite';
import type { Store } from '../../server/store/types';

export type DatabaseKind = 'sqlite' | 'postgresql';
/** Every test that touches storage runs once per kind. */
export const DATABASE_KINDS: readonly DatabaseKind[] = ['sqlite', 'postgresql'];

export interface TestDatabase {
  /** What a collector process needs in its environment to use this database. */
  env: Record<string, string>;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

/** A fresh, empty database: a temporary SQLite directory, or a new database in the test cluster. */
export async function testDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dhc-sqlite-'));
    return {
      env: { DATA_DIR: dir },
      open: async () => SqliteStore.open(dir),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server.replace(/\/postgres$/, `/${name}`);
  return {
    env: { DATABASE_URL: url },
    open: () => PostgresStore.open(url),
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
