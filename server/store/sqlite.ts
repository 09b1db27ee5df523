import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
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

export const SQLITE_FILE = 'collector.sqlite';

/** Appended only: a database at version n runs the steps after n, in one transaction. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE campaigns (
     code TEXT PRIMARY KEY,
     wave TEXT NOT NULL,
     k INTEGER NOT NULL CHECK (k >= 3),
     cap INTEGER CHECK (cap > 0),
     retention_days INTEGER NOT NULL CHECK (retention_days >= 0),
     status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'purged')),
     closed_on TEXT,
     main_count INTEGER NOT NULL DEFAULT 0,
     followup_count INTEGER NOT NULL DEFAULT 0,
     published TEXT
   ) WITHOUT ROWID;
   -- Keyed by the record's random key, without rowid: no column or storage order follows arrival.
   CREATE TABLE records (
     key TEXT PRIMARY KEY,
     campaign TEXT NOT NULL REFERENCES campaigns (code),
     part TEXT NOT NULL CHECK (part IN ('main', 'followup')),
     questionnaire TEXT NOT NULL,
     rr TEXT NOT NULL,
     receipt TEXT NOT NULL,
     data BLOB NOT NULL
   ) WITHOUT ROWID;
   CREATE INDEX records_by_campaign ON records (campaign, part);`,
];

interface Pending {
  record: StoredRecord;
  receipt: string;
  resolve: (outcome: SubmitOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite through better-sqlite3: WAL, and `synchronous=FULL` so that a commit is on disk before any
 * receipt is sent. Submissions that arrive together are written in one transaction (one fsync for
 * all of them), and each is answered only after that commit.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private pending: Pending[] = [];
  private readonly statements;

  constructor(file: string) {
    this.db = new Database(file);
    if (file !== ':memory:') chmodSync(file, 0o600);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    // Purged answers are overwritten on disk, not just unlinked.
    this.db.pragma('secure_delete = ON');
    // The CLI may hold the write lock for a moment while the server runs.
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.statements = {
      campaign: db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE code = ?'),
      campaigns: db.prepare<[], CampaignRow>('SELECT * FROM campaigns ORDER BY code'),
      createCampaign: db.prepare<[string, string, number, number | null, number]>(
        'INSERT INTO campaigns (code, wave, k, cap, retention_days) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      record: db.prepare<[string], StoredRecord & { receipt: string }>('SELECT * FROM records WHERE key = ?'),
      insert: db.prepare<[string, string, string, string, string, string, Uint8Array]>(
        'INSERT INTO records (key, campaign, part, questionnaire, rr, receipt, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      countMain: db.prepare<[string]>('UPDATE campaigns SET main_count = main_count + 1 WHERE code = ?'),
      countFollowup: db.prepare<[string]>(
        'UPDATE campaigns SET followup_count = followup_count + 1 WHERE code = ?',
      ),
      records: db
        .prepare<[string, string], Buffer>(
          'SELECT data FROM records WHERE campaign = ? AND part = ? ORDER BY key',
        )
        .pluck(),
      close: db.prepare<[string, string]>(
        "UPDATE campaigns SET status = 'closed', closed_on = ? WHERE code = ? AND status = 'open'",
      ),
      publish: db.prepare<[string, string]>('UPDATE campaigns SET published = ? WHERE code = ?'),
      deleteRecords: db.prepare<[string]>('DELETE FROM records WHERE campaign = ?'),
      markPurged: db.prepare<[string]>(
        "UPDATE campaigns SET status = 'purged' WHERE code = ? AND status = 'closed'",
      ),
    };
  }

  static open(dataDir: string): SqliteStore {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return new SqliteStore(join(dataDir, SQLITE_FILE));
  }

  private migrate() {
    this.db
      .transaction(() => {
        const version = this.db.pragma('user_version', { simple: true }) as number;
        MIGRATIONS.slice(version).forEach((step) => {
          this.db.exec(step);
        });
        this.db.pragma(`user_version = ${MIGRATIONS.length}`);
      })
      .immediate();
  }

  async createCampaign(campaign: NewCampaign): Promise<boolean> {
    const { code, wave, k, cap, retentionDays } = campaign;
    return this.statements.createCampaign.run(code, wave, k, cap, retentionDays).changes === 1;
  }

  async campaign(code: string): Promise<Campaign | null> {
    const row = this.statements.campaign.get(code);
    return row ? campaignFromRow(row) : null;
  }

  async campaigns(): Promise<Campaign[]> {
    return this.statements.campaigns.all().map(campaignFromRow);
  }

  submit(record: StoredRecord, receipt: string): Promise<SubmitOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ record, receipt, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush() {
    const batch = this.pending;
    this.pending = [];
    let outcomes: SubmitOutcome[];
    try {
      outcomes = this.db
        .transaction(() => batch.map((item) => this.write(item.record, item.receipt)))
        .immediate();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, index) => {
      item.resolve(outcomes[index] as SubmitOutcome);
    });
  }

  /** One record, inside the batch's transaction. */
  private write(record: StoredRecord, receipt: string): SubmitOutcome {
    const existing = this.statements.record.get(record.key);
    if (existing) {
      return sameRecord(existing, record)
        ? { kind: 'duplicate', receipt: existing.receipt }
        : { kind: 'conflict' };
    }
    const row = this.statements.campaign.get(record.campaign);
    if (!row) return { kind: 'unknown-campaign' };
    if (row.status !== 'open') return { kind: 'closed' };
    if (record.part === 'main' && row.cap !== null && row.main_count >= row.cap)
      return { kind: 'full', cap: row.cap };
    const { key, campaign, part, questionnaire, rr, data } = record;
    this.statements.insert.run(key, campaign, part, questionnaire, rr, receipt, data);
    (part === 'main' ? this.statements.countMain : this.statements.countFollowup).run(campaign);
    return { kind: 'created', receipt };
  }

  async records(code: string, part: 'main' | 'followup'): Promise<CodedRecord[]> {
    return this.statements.records.all(code, part);
  }

  async close(code: string, closedOn: string): Promise<CloseOutcome> {
    if (this.statements.close.run(closedOn, code).changes === 1) return 'closed';
    return this.statements.campaign.get(code) ? 'not-open' : 'unknown';
  }

  async publish(code: string, table: IndicatorTable): Promise<void> {
    this.statements.publish.run(JSON.stringify(table), code);
  }

  async purge(code: string): Promise<boolean> {
    const purged = this.db
      .transaction(() => {
        if (this.statements.campaign.get(code)?.status !== 'closed') return false;
        this.statements.deleteRecords.run(code);
        return this.statements.markPurged.run(code).changes === 1;
      })
      .immediate();
    // The write-ahead log still holds the deleted pages until it is checkpointed and emptied.
    if (purged) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return purged;
  }

  async end(): Promise<void> {
    this.db.close();
  }
}
