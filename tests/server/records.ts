import { type Profile, QUESTIONNAIRE } from '../../lib/survey/questionnaire';
import {
  type FollowupAnswers,
  type FollowupRecord,
  type MainAnswers,
  type MainRecord,
  randomKey,
} from '../../lib/survey/record';

export const UNDISCLOSED: Profile = {
  org_type: 'undisclosed',
  age_band: 'undisclosed',
  gender: 'undisclosed',
};

export function mainRecord(
  campaign: string,
  profile: Partial<Profile> = {},
  answers: MainAnswers = {},
): MainRecord {
  return {
    campaign,
    questionnaire: QUESTIONNAIRE.version,
    part: 'main',
    key: randomKey(),
    rr: 'krr-e2',
    profile: { ...UNDISCLOSED, ...profile },
    answers,
  };
}

export function followupRecord(campaign: string, answers: FollowupAnswers = {}): FollowupRecord {
  return {
    campaign,
    questionnaire: QUESTIONNAIRE.version,
    part: 'followup',
    key: randomKey(),
    rr: 'krr-e2',
    answers,
  };
}
