import { type CheckDefinition, checkText } from '../../lib/checks/definition';
import type { CheckId } from '../../lib/checks/observation';
import type { PracticeScreen } from '../../lib/practice/screens';
import type { PracticeState } from '../../lib/practice/state';
import { Section } from '../Section';
import { type PracticeEvents, PracticeScreens } from './PracticeScreens';
import { usePracticeText } from './use-practice-text';

/**
 * Every registered check's practice screen, grouped into the settings pages they look like, in
 * the registry's order. Checks without a screen yet are named, so a trainer knows what is missing.
 */
export function AllScreens(
  props: PracticeEvents & {
    checks: readonly CheckDefinition[];
    screens: Readonly<Record<CheckId, PracticeScreen>>;
    state: PracticeState;
  },
) {
  const t = usePracticeText();
  const pages = new Map<string, PracticeScreen[]>();
  const missing: CheckDefinition[] = [];
  for (const check of props.checks) {
    const screen = props.screens[check.id];
    if (!screen) missing.push(check);
    else pages.set(screen.page, [...(pages.get(screen.page) ?? []), screen]);
  }
  return (
    <Section id="practice-screens" heading={t('practice.nav.screens')}>
      <p>{t('practice.screens.body')}</p>
      {missing.length > 0 && (
        <p class="notice" data-missing-screens>
          {t('practice.screens.missing', {
            checks: missing.map((check) => t(checkText(check).title)).join(', '),
          })}
        </p>
      )}
      {[...pages.values()].map((screens) => (
        <PracticeScreens
          key={screens[0]?.page}
          screens={screens}
          state={props.state}
          checks={props.checks}
          onChange={props.onChange}
          onRead={props.onRead}
          onDismiss={props.onDismiss}
        />
      ))}
    </Section>
  );
}
