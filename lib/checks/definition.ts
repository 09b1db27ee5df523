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
  /**
   * Which pages show this setting: a pure function of the URL. Its example URLs are exported
   * beside the check as `urlExamples`, so the test holds it to them without the content script
   * carrying them into every page.
   */
  pages: { matches(url: URL): boolean };
  /** Reads the setting's label and value only; `unknown` whenever unsure. */
  detect(document: Document): Detection;
  /**
   * The part of the page `detect` reads, besides `<html lang>` and the ancestors' attributes: a
   * change anywhere else cannot change its reading, so the page is not scanned again for it.
   * Without it, the whole document.
   */
  scope?(document: Document): Element | null;
  /** Opens the exact setting on the platform. */
  deepLink: string;
}

/** URLs a check's pages must match, and look-alikes they must not. */
export interface UrlExamples {
  match: readonly string[];
  noMatch: readonly string[];
}

export interface CheckText {
  title: MessageKey;
  why: MessageKey;
  fix: MessageKey;
}

/**
 * A check's strings are named after its id, `check.<id>.title|why|fix`, so a check file carries
 * no keys into the page; the registry test fails when one is missing in either language.
 */
export function checkText(check: Pick<CheckDefinition, 'id'>): CheckText {
  const key = (part: string) => `check.${check.id}.${part}` as MessageKey;
  return { title: key('title'), why: key('why'), fix: key('fix') };
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
