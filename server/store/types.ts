import type { CodedRecord } from '../../lib/survey/coded';
import type { IndicatorTable } from '../../lib/survey/indicators';

export type CampaignStatus = 'open' | 'closed' | 'purged';

export interface NewCampaign {
  code: string;
  /** The calendar quarter the campaign belongs to, e.g. `2026-Q4`. */
  wave: string;
  k: number;
  /** Most main records accepted; null = no cap. */
  cap: number | null;
  /** Days after close until row-level answers are deleted. */
  retentionDays: number;
}

export interface Campaign extends NewCampaign {
  status: CampaignStatus;
  /** The day it was closed (YYYY-MM-DD), or null while open. */
  closedOn: string | null;
  mainCount: number;
  followupCount: number;
  /** The table published at close, with follow-ups; kept after the answers are purged. */
  published: IndicatorTable | null;
}

/** A validated record as stored: its envelope and its coded answers. No time, address or client data. */
export interface StoredRecord {
  key: string;
  campaign: string;
  part: 'main' | 'followup';
  questionnaire: string;
  rr: string;
  data: CodedRecord;
}

export type SubmitOutcome =
  | { kind: 'created'; receipt: string }
  /** The same key with the same record again: nothing new stored. */
  | { kind: 'duplicate'; receipt: string }
  /** The same key with a different record. */
  | { kind: 'conflict' }
  | { kind: 'unknown-campaign' }
  | { kind: 'closed' }
  /** The campaign's cap on main records is reached. */
  | { kind: 'full'; cap: number };

export type CloseOutcome = 'closed' | 'unknown' | 'not-open';

/**
 * What the collector needs from a database. SQLite and PostgreSQL implement it alike; the shared
 * test suite runs against both.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgresql';
  /** False when the code is taken. */
  createCampaign(campaign: NewCampaign): Promise<boolean>;
  campaign(code: string): Promise<Campaign | null>;
  campaigns(): Promise<Campaign[]>;
  /** Stores a record once, atomically with the campaign's checks; resolves after a durable commit. */
  submit(record: StoredRecord, receipt: string): Promise<SubmitOutcome>;
  /** The coded answers of a campaign's records of one part, in key order (random, not arrival). */
  records(code: string, part: 'main' | 'followup'): Promise<CodedRecord[]>;
  close(code: string, closedOn: string): Promise<CloseOutcome>;
  publish(code: string, table: IndicatorTable): Promise<void>;
  /** Deletes a closed campaign's records and marks it purged; false unless it was closed. */
  purge(code: string): Promise<boolean>;
  end(): Promise<void>;
}

/** A campaign as both databases return it (PostgreSQL integers may come as strings). */
export interface CampaignRow {
  code: string;
  wave: string;
  k: number;
  cap: number | null;
  retention_days: number;
  status: Campaign['status'];
  closed_on: string | null;
  main_count: number;
  followup_count: number;
  published: string | null;
}

export function campaignFromRow(row: CampaignRow): Campaign {
  return {
    code: row.code,
    wave: row.wave,
    k: Number(row.k),
    cap: row.cap === null ? null : Number(row.cap),
    retentionDays: Number(row.retention_days),
    status: row.status,
    closedOn: row.closed_on,
    mainCount: Number(row.main_count),
    followupCount: Number(row.followup_count),
    published: row.published === null ? null : (JSON.parse(row.published) as IndicatorTable),
  };
}

/** Whether a stored record and a new one are the same submission. */
export function sameRecord(a: StoredRecord, b: StoredRecord): boolean {
  return (
    a.campaign === b.campaign &&
    a.part === b.part &&
    a.questionnaire === b.questionnaire &&
    a.rr === b.rr &&
    a.data.length === b.data.length &&
    a.data.every((byte, index) => byte === b.data[index])
  );
}
