import type { MessageKey } from '../i18n/translate';
import type { Platform } from '../platforms';
import type { CheckId, CheckState, Evidence } from './observation';

/** Evidence is cut to this many characters: enough to recognise a setting, never a paragraph. */
export const EVIDENCE_MAX = 120;

export type Severity = 'high' | 'medium' | 'low';

export interface Detection {
  state: CheckState;
  evidence?: Evidence;
}

/** One setting we read and explain. Each lives in its own file: lib/checks/<platform>/<setting>.ts. */
export interface CheckDefinition {
  id: CheckId;
  platform: Platform;
  severity: Severity;
  /** Which pages show this setting: a pure function of the URL, with examples a test holds it to. */
  pages: {
    matches(url: URL): boolean;
    examples: { match: readonly string[]; noMatch: readonly string[] };
  };
  /** Reads the setting's label and value only; `unknown` whenever unsure. */
  detect(document: Document): Detection;
  text: { title: MessageKey; why: MessageKey; fix: MessageKey };
  /** Opens the exact setting on the platform. */
  deepLink: string;
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
