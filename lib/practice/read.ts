import type { CheckDefinition } from '../checks/definition';
import { runChecks } from '../checks/engine';
import type { Observation } from '../checks/observation';
import type { Language } from '../i18n/language';

/**
 * Runs the registered detectors on a practice screen as on the platform's page: a copy of the
 * screen alone in a document of its own, in the screen's language, so nothing else on the practice
 * page (the walkthrough's words, the findings) can be mistaken for a setting.
 */
export function readPracticeScreen(
  screen: Element,
  language: Language,
  checks: readonly CheckDefinition[],
  now: number,
): Observation[] {
  const page = screen.ownerDocument.implementation.createHTMLDocument('');
  page.documentElement.lang = language;
  const main = page.createElement('div');
  main.setAttribute('role', 'main');
  main.append(page.importNode(screen, true));
  page.body.append(main);
  return runChecks(checks, page, now);
}
