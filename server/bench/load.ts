import { connect, type Socket } from 'node:net';
import type { FollowupRecord, MainRecord } from '../../lib/survey/record';
import { randomParticipant } from './records';

export interface LoadOptions {
  /** The collector's base URL; loopback only. */
  url: string;
  campaign: string;
  concurrency: number;
  /** At most this many submissions. */
  total: number;
  /** And for at most this long. */
  maxMs: number;
  /** Called after each 201, with the number acknowledged so far. */
  onAcknowledged?: (count: number) => void;
}

export interface LoadResult {
  sent: number;
  statuses: Record<string, number>;
  /** Requests that got no answer (e.g. the server was killed). */
  failed: number;
  elapsedMs: number;
  /** Every record the collector answered 201 for, with its receipt. */
  acknowledged: { record: MainRecord | FollowupRecord; receipt: string }[];
}

/** The records of `count` survey participants (main records, and follow-ups where the survey makes one). */
export function makeRecords(campaign: string, count: number): (MainRecord | FollowupRecord)[] {
  const records: (MainRecord | FollowupRecord)[] = [];
  while (records.length < count) {
    const participant = randomParticipant(campaign);
    records.push(participant.main);
    if (participant.followup && records.length < count) records.push(participant.followup);
  }
  return records;
}

/**
 * One keep-alive HTTP/1.1 connection that sends a request and reads its answer, one at a time. A
 * load generator has to cost far less than the server it measures: Node's own HTTP client takes
 * several times the server's work per request, so this speaks the few bytes a POST needs itself.
 */
class Connection {
  private readonly socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: {
    resolve: (answer: { status: number; body: string }) => void;
    reject: (error: Error) => void;
  } | null = null;
  private readonly ready: Promise<void>;

  constructor(private readonly target: URL) {
    this.socket = connect(Number(target.port || 80), target.hostname);
    this.socket.setNoDelay(true);
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.answer();
    });
    const fail = (error?: Error) => {
      this.waiting?.reject(error ?? new Error('connection closed'));
      this.waiting = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail());
  }

  async post(body: string): Promise<{ status: number; body: string }> {
    await this.ready;
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(
        `POST ${this.target.pathname} HTTP/1.1\r\nHost: ${this.target.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
  }

  private answer() {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end === -1 || !this.waiting) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.waiting.reject(new Error(`an answer without Content-Length:\n${head}`));
      this.waiting = null;
      return;
    }
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const status = Number(head.slice(9, 12));
    const body = this.buffer.subarray(end + 4, total).toString('utf8');
    this.buffer = this.buffer.subarray(total);
    const { resolve } = this.waiting;
    this.waiting = null;
    resolve({ status, body });
  }

  close() {
    this.socket.destroy();
  }
}

/**
 * A bounded load on the submission route: `concurrency` clients, each sending one record after
 * another, until `total` are sent or `maxMs` has passed. A client stops at its first request without
 * an answer (the server is gone). Records are made before the clock starts.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL('/api/v1/submissions', options.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname) && !target.hostname.startsWith('127.')) {
    throw new Error(`load is only sent to loopback addresses, not ${target.hostname}`);
  }
  const records = makeRecords(options.campaign, options.total);
  const bodies = records.map((record) => JSON.stringify(record));
  const result: LoadResult = { sent: 0, statuses: {}, failed: 0, elapsedMs: 0, acknowledged: [] };
  let next = 0;
  const started = performance.now();
  const client = async () => {
    const connection = new Connection(target);
    while (next < bodies.length && performance.now() - started < options.maxMs) {
      const index = next++;
      result.sent++;
      let answer: { status: number; body: string };
      try {
        answer = await connection.post(bodies[index] as string);
      } catch {
        result.failed++;
        connection.close();
        return;
      }
      result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1;
      if (answer.status === 201) {
        const { receipt } = JSON.parse(answer.body) as { receipt: string };
        result.acknowledged.push({ record: records[index] as MainRecord | FollowupRecord, receipt });
        options.onAcknowledged?.(result.acknowledged.length);
      }
    }
    connection.close();
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  result.elapsedMs = performance.now() - started;
  return result;
}
