import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CheckDefinition } from '../../lib/checks/definition';
import type { CheckId, Observation } from '../../lib/checks/observation';
import type { Language } from '../../lib/i18n/language';
import type { PracticeText } from '../../lib/i18n/practice';
import { readPracticeScreen } from '../../lib/practice/read';
import {
  type AudienceControl,
  type ChoiceControl,
  firstWord,
  type PracticeScreen,
  type PracticeWords,
  type ScreenValues,
  type StatementControl,
  type SwitchControl,
} from '../../lib/practice/screens';
import { useI18n } from '../i18n';
import { usePracticeText } from './use-practice-text';

type Words = Readonly<Record<string, PracticeWords>>;

export interface LookAlikePageProps {
  /** The screens drawn together, as one settings page; the first one's page names it. */
  screens: readonly PracticeScreen[];
  values: Readonly<Record<CheckId, ScreenValues>>;
  /** The registered checks: those of these screens read the page after every change. */
  checks: readonly CheckDefinition[];
  /** Changes each time practice is reset, so an unchanged screen is read again. */
  generation: number;
  onChange(checkId: CheckId, field: string, value: string): void;
  onRead(observations: Observation[]): void;
}

/** The words a screen shows as its setting's label: the platform's phrase, in our sentence if any. */
export function screenLabel(
  control: ChoiceControl | SwitchControl | StatementControl,
  words: Words,
  language: Language,
  t: PracticeText,
): string {
  const phrase = firstWord(words, language, 'labels', control.setting);
  return control.sentence ? t(control.sentence, { phrase }) : phrase;
}

/**
 * A settings page that looks like the platform's (no logo, no brand): rows drawn from the practice
 * screens' data, each changed as on the real site. After every change the registered detectors
 * read the page, and what they find is reported up.
 */
export function LookAlikePage(props: LookAlikePageProps) {
  const { language } = useI18n();
  const t = usePracticeText();
  const frame = useRef<HTMLDivElement>(null);
  const [first] = props.screens;
  const ids = props.screens.map((screen) => screen.checkId);
  const shown = JSON.stringify(ids.map((id) => props.values[id]));
  useLayoutEffect(() => {
    if (!frame.current) return;
    const checks = props.checks.filter((check) => ids.includes(check.id));
    props.onRead(readPracticeScreen(frame.current, language, checks, Date.now()));
  }, [shown, language, props.generation]);
  if (!first) return null;
  const headingId = `lookalike-${first.checkId}`;
  return (
    <section class="lookalike" aria-labelledby={headingId} data-practice-page={ids.join(' ')}>
      <div class="lookalike-bar" aria-hidden="true">
        <span>{t('practice.site')}</span>
        <span>{t('practice.fake.name')}</span>
      </div>
      <div class="lookalike-body" ref={frame}>
        <h3 id={headingId}>{t(first.page)}</h3>
        {props.screens.map((screen) => (
          <div key={screen.checkId} class="lookalike-slot" data-practice-screen={screen.checkId}>
            <ScreenRows
              screen={screen}
              values={props.values[screen.checkId] ?? {}}
              onChange={props.onChange}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

function ScreenRows(props: {
  screen: PracticeScreen;
  values: ScreenValues;
  onChange(checkId: CheckId, field: string, value: string): void;
}) {
  const { language } = useI18n();
  const t = usePracticeText();
  const { screen } = props;
  const { control } = screen;
  if (control.kind === 'audience') {
    return (
      <AudienceItems screen={screen} control={control} values={props.values} onChange={props.onChange} />
    );
  }
  const value = props.values.value ?? control.risky;
  const onChange = (next: string) => props.onChange(screen.checkId, 'value', next);
  const labelId = `${screen.checkId}-label`;
  return (
    <div class="lookalike-row">
      <span dir="auto" id={labelId} class="lookalike-label">
        {screenLabel(control, screen.words, language, t)}
      </span>
      {control.kind === 'switch' ? (
        <Switch labelledBy={labelId} words={screen.words} value={value} onChange={onChange} />
      ) : control.kind === 'statement' ? (
        <Statement labelledBy={labelId} words={screen.words} value={value} onChange={onChange} />
      ) : (
        <RadioChoices
          labelledBy={labelId}
          words={screen.words}
          choices={control.choices}
          value={value}
          onChange={onChange}
        />
      )}
    </div>
  );
}

/** Choices as radio buttons: arrow keys move the choice, as in any radio group. */
function RadioChoices(props: {
  labelledBy: string;
  words: Words;
  choices: readonly string[];
  value: string;
  onChange(value: string): void;
}) {
  const { language } = useI18n();
  const move = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (index + step + props.choices.length) % props.choices.length;
    const choice = props.choices[next];
    if (choice === undefined) return;
    props.onChange(choice);
    const group = (event.currentTarget as HTMLElement).parentElement;
    (group?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div role="radiogroup" class="lookalike-choices" aria-labelledby={props.labelledBy}>
      {props.choices.map((choice, index) => (
        // biome-ignore lint/a11y/useSemanticElements: the platform draws choices as role=radio with aria-checked, which the detectors read
        <button
          key={choice}
          type="button"
          role="radio"
          aria-checked={choice === props.value}
          tabIndex={choice === props.value ? 0 : -1}
          onClick={() => props.onChange(choice)}
          onKeyDown={(event) => move(event, index)}
        >
          <span dir="auto">{firstWord(props.words, language, 'values', choice)}</span>
        </button>
      ))}
    </div>
  );
}

function Switch(props: { labelledBy: string; words: Words; value: string; onChange(value: string): void }) {
  const { language } = useI18n();
  const on = props.value === 'on';
  return (
    <span class="lookalike-switch-line">
      <button
        type="button"
        role="switch"
        class="lookalike-switch"
        aria-checked={on}
        aria-labelledby={props.labelledBy}
        onClick={() => props.onChange(on ? 'off' : 'on')}
      >
        <span class="lookalike-knob" />
      </button>
      {/* Shown in words as well as by the switch's position; a screen reader hears the switch. */}
      <span aria-hidden="true">{firstWord(props.words, language, 'values', props.value)}</span>
    </span>
  );
}

/**
 * The state in words, then a button that changes it. The words are not hidden from screen readers,
 * as on the platform's page: that is where its detector reads the state.
 */
function Statement(props: {
  labelledBy: string;
  words: Words;
  value: string;
  onChange(value: string): void;
}) {
  const { language } = useI18n();
  const t = usePracticeText();
  const on = props.value === 'on';
  return (
    <span class="lookalike-switch-line">
      <span dir="auto">{firstWord(props.words, language, 'values', props.value)}</span>
      <button
        type="button"
        aria-describedby={props.labelledBy}
        onClick={() => props.onChange(on ? 'off' : 'on')}
      >
        {t(on ? 'practice.statement.turnOff' : 'practice.statement.turnOn')}
      </button>
    </span>
  );
}

/** Profile items, each with an audience button that opens its choices, as on a profile's About page. */
function AudienceItems(props: {
  screen: PracticeScreen;
  control: AudienceControl;
  values: ScreenValues;
  onChange(checkId: CheckId, field: string, value: string): void;
}) {
  const { language } = useI18n();
  const t = usePracticeText();
  const [open, setOpen] = useState<string>();
  const { screen, control } = props;
  return (
    <div class="lookalike-items">
      {control.items.map((item) => {
        const value = props.values[item.field] ?? control.risky;
        const name = firstWord(screen.words, language, 'profile', item.kind);
        const audience = firstWord(screen.words, language, 'values', value);
        const menuId = `${screen.checkId}-${item.field}-menu`;
        const expanded = open === item.field;
        return (
          <div key={item.field} class="lookalike-row">
            <span dir="auto" class="lookalike-shown">
              {t(item.shown)}
            </span>
            <span dir="auto" class="lookalike-label" id={`${menuId}-name`}>
              {name}
            </span>
            <button
              type="button"
              class="lookalike-audience"
              aria-label={t('practice.profile.selector', {
                edit: firstWord(screen.words, language, 'profile', 'audience'),
                audience,
              })}
              aria-expanded={expanded}
              aria-controls={menuId}
              onClick={() => setOpen(expanded ? undefined : item.field)}
            >
              {audience}
            </button>
            <div id={menuId} hidden={!expanded}>
              {expanded && (
                <>
                  <span id={`${menuId}-label`} class="visually-hidden">
                    {t('practice.profile.menu', { item: name })}
                  </span>
                  <RadioChoices
                    labelledBy={`${menuId}-label`}
                    words={screen.words}
                    choices={control.choices}
                    value={value}
                    onChange={(choice) => props.onChange(screen.checkId, item.field, choice)}
                  />
                </>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
