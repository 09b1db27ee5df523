import type { OutboxEntry } from '../outbox/schema';
import type { CampaignLink } from './campaign-link';
import type { SurveyDevice, SurveyDraft } from './draft';
import type { FollowupRecord, MainRecord } from './record';

/** What the survey page shows of an outbox entry. */
export type OutboxView = Pick<OutboxEntry, 'key' | 'part' | 'state' | 'receipt' | 'problem'>;

/**
 * `permission`: the participant did not let the browser reach the collector or share the answers
 * (Firefox asks).
 */
export type SendReply = { ok: true; keys: string[] } | { ok: false; reason: 'permission' | 'failed' };

export type SurveyRecords = [MainRecord] | [MainRecord, FollowupRecord];

/**
 * What the survey needs from where it runs. The extension tab keeps the draft in extension storage
 * and hands records to the background's outbox; the web page keeps both in localStorage and sends
 * them itself. The survey's code and components use only this, never a browser API.
 */
export interface SurveyShell {
  /** The web page's campaign, from its own address; null in the extension, where a link is pasted. */
  fixedLink: CampaignLink | null;
  /**
   * Firefox asks on Send to let the add-on "share personally identifying information", its name for
   * answers such as an age group: the preview says so first, so the question does not alarm anyone.
   */
  browserAsksToShare: boolean;
  loadDraft(): Promise<SurveyDraft>;
  saveDraft(draft: SurveyDraft): Promise<void>;
  loadDevice(): Promise<SurveyDevice>;
  saveDevice(device: SurveyDevice): Promise<void>;
  /**
   * Puts the records in the outbox; resolves with their keys once they are stored there. Called from
   * the participant's click on Send, so a browser permission may be asked for there and then.
   */
  send(collector: string, records: SurveyRecords): Promise<SendReply>;
  /** Calls back with every outbox entry now and whenever they change; returns how to stop. */
  watchOutbox(callback: (entries: readonly OutboxView[]) => void): () => void;
}
