import { z } from 'zod/mini';
import { CollectorOriginSchema } from '../outbox/schema';
import { type CampaignLink, campaignLinkText } from './campaign-link';
import { findQuestion, QUESTIONNAIRE } from './questionnaire';
import { CampaignCodeSchema, type DeviceAnswers, FollowupRecordSchema, MainRecordSchema } from './record';

/**
 * The participant's survey in progress, saved after every answer so that closing the page loses
 * nothing. The same shape is kept in extension storage (lib/storage/items.ts) and in the web page's
 * localStorage (web/survey), each through its shell's storage.
 */

export const SURVEY_STAGES = ['consent', 'campaign', 'adult', 'section', 'preview', 'done', 'ended'] as const;
export type SurveyStage = (typeof SURVEY_STAGES)[number];

export const CampaignLinkSchema = z.strictObject({
  collector: CollectorOriginSchema,
  campaign: CampaignCodeSchema,
});

const AnswerSchema = z.union([z.string(), z.array(z.string())]);

export const PendingRecordsSchema = z.object({
  main: MainRecordSchema,
  followup: z.nullable(FollowupRecordSchema),
});
export type PendingRecords = z.infer<typeof PendingRecordsSchema>;

export const SurveyDraftSchema = z.object({
  /** The questionnaire the answers belong to: answers to another version are not carried over. */
  questionnaire: z.string(),
  consented: z.boolean(),
  link: z.nullable(CampaignLinkSchema),
  stage: z.enum(SURVEY_STAGES),
  /** The section shown when `stage` is `section`. */
  section: z.nullable(z.string()),
  /** Randomized items hold only their randomized value (lib/survey/record.ts `giveAnswer`). */
  answers: z.record(z.string(), AnswerSchema),
  /** The exact records the preview showed; they are what gets sent or saved, keys and all. */
  pending: z.nullable(PendingRecordsSchema),
  /** The keys of the records handed over for sending, to show their progress. */
  sentKeys: z.array(z.string()),
});
export type SurveyDraft = z.infer<typeof SurveyDraftSchema>;

export function emptyDraft(): SurveyDraft {
  return {
    questionnaire: QUESTIONNAIRE.version,
    consented: false,
    link: null,
    stage: 'consent',
    section: null,
    answers: {},
    pending: null,
    sentKeys: [],
  };
}

/** What stays on this device across participants; none of it is ever sent. */
export const SurveyDeviceSchema = z.object({
  /** A trainer's switch for workshop laptops: answers are wiped after each participant sends. */
  sharedComputer: z.boolean(),
  /** Campaigns (by their link) this install already sent a submission to. */
  sent: z.array(z.string()),
});
export type SurveyDevice = z.infer<typeof SurveyDeviceSchema>;

export const EMPTY_DEVICE: SurveyDevice = { sharedComputer: false, sent: [] };

export function alreadySent(device: SurveyDevice, link: CampaignLink | null): boolean {
  return link !== null && !device.sharedComputer && device.sent.includes(campaignLinkText(link));
}

/**
 * The draft's answers that the current questionnaire knows, with codes it knows; anything else (an
 * edited or older value) is dropped rather than sent. A draft of another version starts afresh.
 */
export function usableDraft(draft: SurveyDraft): SurveyDraft {
  if (draft.questionnaire !== QUESTIONNAIRE.version) return { ...emptyDraft(), link: draft.link };
  const answers: Record<string, string | string[]> = {};
  for (const [id, answer] of Object.entries(draft.answers)) {
    const question = findQuestion(id);
    if (!question) continue;
    const codes = new Set(question.choices.map((choice) => choice.code));
    if (question.kind === 'single' && typeof answer === 'string' && codes.has(answer)) answers[id] = answer;
    if (
      question.kind === 'multi' &&
      Array.isArray(answer) &&
      answer.length > 0 &&
      answer.every((c) => codes.has(c))
    )
      answers[id] = answer;
  }
  return { ...draft, answers };
}

export const asDeviceAnswers = (answers: SurveyDraft['answers']) => answers as DeviceAnswers;
