import type { Collector } from './collector';
import { type Problem, parseJson, parseRecord } from './records';
import type { Campaign } from './store/types';

export interface FileReport {
  file: string;
  /** Records found in the file. */
  records: number;
  stored: number;
  /** Already stored with the same key and answers (an earlier import or an online submission). */
  known: number;
  /** Not stored, each with why; `index` is the record's place in the file, null for the whole file. */
  rejected: (Problem & { index: number | null })[];
}

/**
 * Stores the records of answer files saved offline by the extension: each file a JSON record, or a
 * list of them, validated like a submission. Offline files carry main records only (STUDY.md).
 */
export async function importFiles(
  collector: Collector,
  campaign: Campaign,
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const { name, bytes } of files) {
    const report: FileReport = { file: name, records: 0, stored: 0, known: 0, rejected: [] };
    reports.push(report);
    const json = parseJson(bytes);
    if (!json.ok) {
      report.rejected.push({ index: null, ...json.problem });
      continue;
    }
    const values = Array.isArray(json.value) ? json.value : [json.value];
    report.records = values.length;
    for (const [index, value] of values.entries()) {
      const reject = (error: string, message: string) => report.rejected.push({ index, error, message });
      const parsed = parseRecord(value);
      if (!parsed.ok) {
        report.rejected.push({ index, ...parsed.problem });
        continue;
      }
      const { record } = parsed;
      if (record.part !== 'main') {
        reject(
          'followup-offline',
          'Offline answer files carry main records only: follow-ups go online or not at all.',
        );
        continue;
      }
      if (record.campaign !== campaign.code) {
        reject('wrong-campaign', `This record is for campaign "${record.campaign}", not "${campaign.code}".`);
        continue;
      }
      const outcome = await collector.submit(record);
      if (outcome.kind === 'created') report.stored++;
      else if (outcome.kind === 'duplicate') report.known++;
      else if (outcome.kind === 'conflict')
        reject('key-conflict', 'A different record with this key is already stored.');
      else if (outcome.kind === 'full')
        reject('campaign-full', `The campaign has reached its cap of ${outcome.cap} main records.`);
      else reject('campaign-closed', `Campaign "${campaign.code}" is closed.`);
    }
  }
  return reports;
}
