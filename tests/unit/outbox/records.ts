import type { DeviceAnswers, FollowupRecord, MainRecord } from '../../../lib/survey/record';
import { buildRecords } from '../../../lib/survey/record';

const ANSWERS: DeviceAnswers = {
  adult: 'yes',
  org_type: 'dngo',
  internet_access: 'yes',
  security_problem_last_year: 'yes',
  security_problem_types: ['account_theft'],
};

/** A main and a follow-up record for `campaign`, keys from a counter so each call gives new ones. */
let counter = 0;
export function testRecords(campaign = 'pp-2026-q4'): [MainRecord, FollowupRecord] {
  const built = buildRecords({
    campaign,
    answers: ANSWERS,
    randomBytes: (length) => new Uint8Array(length).map((_, i) => (i === 0 ? ++counter : 7)),
  });
  if (!built.ok || !built.followup) throw new Error('the test answers build two records');
  return [built.main, built.followup];
}
