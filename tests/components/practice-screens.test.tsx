import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { AllScreens } from '../../components/practice/AllScreens';
import { LookAlikePage } from '../../components/practice/LookAlikePage';
import type { Observation } from '../../lib/checks/observation';
import { CHECKS } from '../../lib/checks/registry';
import { LANGUAGES } from '../../lib/i18n/language';
import {
  firstWord,
  NOT_YET_PRACTISED,
  PRACTICE_SCREENS,
  type PracticeScreen,
} from '../../lib/practice/screens';
import { initialPractice, practiceReducer } from '../../lib/practice/state';
import { WALKTHROUGH } from '../../lib/practice/walkthrough';
import { setSafely } from '../practice';

const reducer = practiceReducer(PRACTICE_SCREENS, WALKTHROUGH);

/** One practice screen on its own, kept in practice state as the practice tab keeps it. */
function Harness(props: { screen: PracticeScreen; onRead(observations: Observation[]): void }) {
  const [state, dispatch] = useReducer(reducer, PRACTICE_SCREENS, initialPractice);
  return (
    <LookAlikePage
      screens={[props.screen]}
      values={state.values}
      checks={CHECKS}
      generation={state.generation}
      onChange={(checkId, field, value) => dispatch({ type: 'set', checkId, field, value })}
      onRead={props.onRead}
    />
  );
}

describe('practice screens', () => {
  it('cover every registered check, or name it as not yet covered', () => {
    const uncovered = CHECKS.map((check) => check.id).filter(
      (id) => !PRACTICE_SCREENS[id] && !NOT_YET_PRACTISED.includes(id),
    );
    expect(uncovered).toEqual([]);
    // A screen or a "not yet" entry for a check that is not registered would be dead weight.
    const registered = new Set(CHECKS.map((check) => check.id));
    for (const id of [...Object.keys(PRACTICE_SCREENS), ...NOT_YET_PRACTISED])
      expect(registered).toContain(id);
    for (const id of NOT_YET_PRACTISED) expect(PRACTICE_SCREENS[id]).toBeUndefined();
    for (const [id, practice] of Object.entries(PRACTICE_SCREENS)) expect(practice.checkId).toBe(id);
  });

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(Object.values(PRACTICE_SCREENS).map((practice) => [practice.checkId, practice] as const))(
      '%s starts risky, and setting it safely on the screen makes its detector say safe',
      async (checkId, practice) => {
        const onRead = vi.fn<(observations: Observation[]) => void>();
        render(
          <I18nProvider language={language}>
            <Harness screen={practice} onRead={onRead} />
          </I18nProvider>,
        );
        const last = () => onRead.mock.lastCall?.[0].find((o) => o.checkId === checkId);
        await waitFor(() => expect(last()?.state).toBe('risky'));
        expect(last()?.evidence?.value).toBe(
          firstWord(practice.words, language, 'values', practice.control.risky),
        );
        setSafely(practice, language);
        await waitFor(() => expect(last()?.state).toBe('safe'));
        // Only this screen's check reads it: the page carries no other setting.
        expect(onRead.mock.lastCall?.[0].map((o) => o.checkId)).toEqual([checkId]);
      },
    );
  });

  it('draws a screen with the platform words its detector reads, in the page language', () => {
    const practice = PRACTICE_SCREENS['facebook.future-posts'] as PracticeScreen;
    render(
      <I18nProvider language="km">
        <Harness screen={practice} onRead={vi.fn()} />
      </I18nProvider>,
    );
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-labelledby')).toBeTruthy();
    expect(within(group).getByRole('radio', { checked: true }).textContent).toBe('សាធារណៈ');
  });

  it('moves a choice with the arrow keys, as a radio group does', async () => {
    const practice = PRACTICE_SCREENS['facebook.friends-list'] as PracticeScreen;
    const onRead = vi.fn<(observations: Observation[]) => void>();
    render(
      <I18nProvider language="en">
        <Harness screen={practice} onRead={onRead} />
      </I18nProvider>,
    );
    fireEvent.keyDown(screen.getByRole('radio', { checked: true }), { key: 'ArrowDown' });
    expect(screen.getByRole('radio', { checked: true }).textContent).toBe('Friends');
    expect(document.activeElement?.textContent).toBe('Friends');
    await waitFor(() => expect(onRead.mock.lastCall?.[0][0]?.state).toBe('safe'));
  });

  it('names a registered check that has no practice screen yet, and draws the others', () => {
    const { 'facebook.friend-requests': _left, ...screens } = PRACTICE_SCREENS;
    render(
      <I18nProvider language="en">
        <AllScreens
          checks={CHECKS}
          screens={screens}
          state={initialPractice(PRACTICE_SCREENS)}
          onChange={vi.fn()}
          onRead={vi.fn()}
          onDismiss={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Not on a practice screen yet: Who can send you friend requests')).toBeTruthy();
    const drawn = [...document.querySelectorAll('[data-practice-screen]')].map((el) =>
      el.getAttribute('data-practice-screen'),
    );
    expect(drawn.sort()).toEqual(Object.keys(screens).sort());
  });
});
