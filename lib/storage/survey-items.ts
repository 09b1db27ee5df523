import { type Outbox, OutboxSchema } from '../outbox/schema';
import {
  EMPTY_DEVICE,
  emptyDraft,
  type SurveyDevice,
  SurveyDeviceSchema,
  type SurveyDraft,
  SurveyDraftSchema,
} from '../survey/draft';
import { defineStoredItem } from './item';

/*
 * The survey's stored items, apart from items.ts: they carry the questionnaire's record schemas, which
 * only the survey page and the background's outbox need, and the popup, which imports items.ts, should
 * not load.
 */

/** The questionnaire in progress (lib/survey/draft.ts); saved after every answer. */
export const surveyDraft = defineStoredItem<SurveyDraft>({
  key: 'survey-draft',
  schema: SurveyDraftSchema,
  version: 1,
  migrations: [],
  fallback: emptyDraft(),
});

/** Shared-computer mode and the campaigns this install already answered; never sent. */
export const surveyDevice = defineStoredItem<SurveyDevice>({
  key: 'survey-device',
  schema: SurveyDeviceSchema,
  version: 1,
  migrations: [],
  fallback: EMPTY_DEVICE,
});

/** Survey records on their way to a collector, kept until acknowledged or refused (lib/outbox). */
export const outbox = defineStoredItem<Outbox>({
  key: 'outbox',
  schema: OutboxSchema,
  version: 1,
  migrations: [],
  fallback: [],
});
