import pg from 'pg';
import type { CodedRecord } from '../../lib/survey/coded';
import type { IndicatorTable } from '../../lib/survey/indicators';
import {
  type Campaign,
  type CampaignRow,
  type CloseOutcome,
  campaignFromRow,
  type NewCampaign,
  type Store,
  type StoredRecord,
  type SubmitOutcome,
  sameRecord,
} from './types';

/** Appended only; each step runs once, in order, under an advisory lock so two starts cannot race. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE campaigns (
     code text PRIMARY KEY,
     wave text NOT NULL,
     k integer NOT NULL CHECK (k >= 3),
     cap integer CHECK (cap > 0),
     retention_days integer NOT NULL CHECK (retention_days >= 0),
     status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'purged')),
     closed_on text,
     main_count integer NOT NULL DEFAULT 0,
     followup_count integer NOT NULL DEFAULT 0,
     published text
   );
   CREATE TABLE records (
     key text PRIMARY KEY,
     campaign text NOT NULL REFERENCES campaigns (code),
     part text NOT NULL CHECK (part IN ('main', 'followup')),
     questionnaire text NOT NULL,
     rr text NOT NULL,
     receipt text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX records_by_campaign ON records (campaign, part, key);`,
];
const MIGRATION_LOCK = 0x64686331; // "dhc1"

interface RecordRow {
  campaign: string;
  part: 'main' | 'followup';
  questionnaire: string;
  rr: string;
  receipt: string;
  data: Buffer;
}

/**
 * PostgreSQL through `pg`. Every submission is its own transaction; PostgreSQL's default
 * `synchronous_commit = on` makes each commit durable before the receipt is sent. The campaign row is
 * updated in the same transaction (its counts), which also orders a submission against a close.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgresql';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection that fails (e.g. the server restarts) must not crash the process.
    pool.on('error', () => {});
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async migrate() {
    await this.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS collector_schema (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM collector_schema');
      const version = rows[0]?.version ?? 0;
      for (const step of MIGRATIONS.slice(version)) await client.query(step);
      if (rows.length === 0)
        await client.query('INSERT INTO collector_schema VALUES ($1)', [MIGRATIONS.length]);
      else await client.query('UPDATE collector_schema SET version = $1', [MIGRATIONS.length]);
    });
  }

  async createCampaign(campaign: NewCampaign): Promise<boolean> {
    const { code, wave, k, cap, retentionDays } = campaign;
    const result = await this.pool.query(
      'INSERT INTO campaigns (code, wave, k, cap, retention_days) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [code, wave, k, cap, retentionDays],
    );
    return result.rowCount === 1;
  }

  async campaign(code: string): Promise<Campaign | null> {
    const { rows } = await this.pool.query<CampaignRow>('SELECT * FROM campaigns WHERE code = $1', [code]);
    return rows[0] ? campaignFromRow(rows[0]) : null;
  }

  async campaigns(): Promise<Campaign[]> {
    const { rows } = await this.pool.query<CampaignRow>('SELECT * FROM campaigns ORDER BY code');
    return rows.map(campaignFromRow);
  }

  submit(record: StoredRecord, receipt: string): Promise<SubmitOutcome> {
    return this.inTransaction(async (client) => {
      const existing = async (): Promise<SubmitOutcome | null> => {
        const { rows } = await client.query<RecordRow>('SELECT * FROM records WHERE key = $1', [record.key]);
        const row = rows[0];
        if (!row) return null;
        return sameRecord({ ...row, key: record.key }, record)
          ? { kind: 'duplicate', receipt: row.receipt }
          : { kind: 'conflict' };
      };
      const main = record.part === 'main' ? 1 : 0;
      const counted = await client.query(
        `UPDATE campaigns SET main_count = main_count + $2, followup_count = followup_count + 1 - $2
         WHERE code = $1 AND status = 'open' AND ($2 = 0 OR cap IS NULL OR main_count < cap)`,
        [record.campaign, main],
      );
      if (counted.rowCount === 0) {
        const known = await existing();
        if (known) return known;
        const { rows } = await client.query<{ status: string; cap: number | null }>(
          'SELECT status, cap FROM campaigns WHERE code = $1',
          [record.campaign],
        );
        const row = rows[0];
        if (!row) return { kind: 'unknown-campaign' };
        return row.status === 'open' && row.cap !== null
          ? { kind: 'full', cap: row.cap }
          : { kind: 'closed' };
      }
      const { key, campaign, part, questionnaire, rr, data } = record;
      const inserted = await client.query(
        `INSERT INTO records (key, campaign, part, questionnaire, rr, receipt, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING`,
        [key, campaign, part, questionnaire, rr, receipt, data],
      );
      if (inserted.rowCount === 1) return { kind: 'created', receipt };
      // Stored meanwhile by a concurrent request: undo this count, answer as for a repeat.
      await client.query(
        'UPDATE campaigns SET main_count = main_count - $2, followup_count = followup_count - 1 + $2 WHERE code = $1',
        [campaign, main],
      );
      return (await existing()) ?? { kind: 'conflict' };
    });
  }

  async records(code: string, part: 'main' | 'followup'): Promise<CodedRecord[]> {
    const { rows } = await this.pool.query<[Buffer]>({
      text: 'SELECT data FROM records WHERE campaign = $1 AND part = $2 ORDER BY key',
      values: [code, part],
      rowMode: 'array',
    });
    return rows.map((row) => row[0]);
  }

  async close(code: string, closedOn: string): Promise<CloseOutcome> {
    const result = await this.pool.query(
      "UPDATE campaigns SET status = 'closed', closed_on = $2 WHERE code = $1 AND status = 'open'",
      [code, closedOn],
    );
    if (result.rowCount === 1) return 'closed';
    return (await this.campaign(code)) ? 'not-open' : 'unknown';
  }

  async publish(code: string, table: IndicatorTable): Promise<void> {
    await this.pool.query('UPDATE campaigns SET published = $2 WHERE code = $1', [
      code,
      JSON.stringify(table),
    ]);
  }

  async purge(code: string): Promise<boolean> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ status: string }>(
        'SELECT status FROM campaigns WHERE code = $1 FOR UPDATE',
        [code],
      );
      if (rows[0]?.status !== 'closed') return false;
      await client.query('DELETE FROM records WHERE campaign = $1', [code]);
      await client.query("UPDATE campaigns SET status = 'purged' WHERE code = $1", [code]);
      return true;
    });
  }

  async end(): Promise<void> {
    await this.pool.end();
  }
}
