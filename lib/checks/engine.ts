import type { Platform } from '../platforms';
import type { CheckDefinition } from './definition';
import { sharingReading } from './dom';
import type { Observation } from './observation';

export function checksForPage(
  checks: readonly CheckDefinition[],
  platform: Platform,
  url: string,
): CheckDefinition[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  return checks.filter((check) => check.platform === platform && check.pages.matches(parsed));
}

/**
 * Runs each detector, all on one reading of the page; a detector that throws reports `unknown`
 * rather than stopping the rest.
 */
export function runChecks(
  checks: readonly CheckDefinition[],
  document: Document,
  now: number,
): Observation[] {
  return sharingReading(document, () =>
    checks.map((check) => {
      let detection: ReturnType<CheckDefinition['detect']>;
      try {
        detection = check.detect(document);
      } catch {
        detection = { state: 'unknown' };
      }
      return {
        checkId: check.id,
        platform: check.platform,
        state: detection.state,
        ...(detection.evidence ? { evidence: detection.evidence } : {}),
        seenAt: now,
      };
    }),
  );
}
