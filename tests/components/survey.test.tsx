import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionSurvey, extensionShell } from '../../entrypoints/survey/App';
import type { Language } from '../../lib/i18n/language';
import { translate } from '../../lib/i18n/translate';
import { enqueue, type SurveySend } from '../../lib/outbox/enqueue';
import { PRACTICES } from '../../lib/reminders/checklist';
import { preferences } from '../../lib/storage/items';
import { outbox, surveyDevice, surveyDraft } from '../../lib/storage/survey-items';
import { EMPTY_DEVICE, emptyDraft, type SurveyDevice, type SurveyDraft } from '../../lib/survey/draft';
import { findQuestion, QUESTIONNAIRE } from '../../lib/survey/questionnaire';
import type { OutboxView, SurveyRecords, SurveyShell } from '../../lib/survey/shell';

const LINK = 'https://survey.example.org/join/pp-2026-q4';

/** A shell in memory: the tests see what is stored and sent, and set the outbox's answers. */
function memoryShell(
  start: {
    draft?: SurveyDraft;
    device?: SurveyDevice;
    fixed?: boolean;
    refuse?: boolean;
    firefox?: boolean;
  } = {},
) {
  const state = {
    draft: start.draft ?? emptyDraft(),
    device: start.device ?? EMPTY_DEVICE,
    sent: [] as { collector: string; records: SurveyRecords }[],
    outbox: [] as OutboxView[],
  };
  const listeners = new Set<(entries: readonly OutboxView[]) => void>();
  const shell: SurveyShell = {
    fixedLink: start.fixed ? { collector: 'https://survey.example.org', campaign: 'pp-2026-q4' } : null,
    browserAsksToShare: start.firefox ?? false,
    loadDraft: async () => state.draft,
    saveDraft: async (draft) => {
      state.draft = draft;
    },
    loadDevice: async () => state.device,
    saveDevice: async (device) => {
      state.device = device;
    },
    async send(collector, records) {
      if (start.refuse) return { ok: false, reason: 'permission' };
      state.sent.push({ collector, records });
      setOutbox(records.map((record) => ({ key: record.key, part: record.part, state: 'waiting' as const })));
      return { ok: true, keys: records.map((record) => record.key) };
    },
    watchOutbox(callback) {
      listeners.add(callback);
      callback(state.outbox);
      return () => listeners.delete(callback);
    },
  };
  function setOutbox(entries: OutboxView[]) {
    state.outbox = entries;
    for (const listener of listeners) listener(entries);
  }
  return { shell, state, setOutbox };
}

async function show(shell: SurveyShell, language: Language = 'en') {
  await preferences.set({ language });
  const view = render(<ExtensionSurvey shell={shell} />);
  await screen.findByRole('heading', { level: 2 });
  return view;
}

const tr = (language: Language) => (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
  translate(language, key, params);
const label = (id: string, code: string, language: Language) =>
  findQuestion(id)?.choices.find((choice) => choice.code === code)?.label[language] as string;
const questionText = (id: string, language: Language) => findQuestion(id)?.text[language] as string;

function choose(id: string, code: string, language: Language = 'en') {
  const group = screen.getByRole('group', { name: questionText(id, language) });
  fireEvent.click(within(group).getByLabelText(label(id, code, language)));
}

async function press(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
}

async function heading(name: string) {
  return screen.findByRole('heading', { level: 2, name });
}

/** From the first screen to the first section, in the given language. */
async function throughStart(language: Language, fixed = false) {
  const t = tr(language);
  await heading(t('survey.consent.heading'));
  await press(t('survey.consent.start'));
  if (!fixed) {
    await heading(t('survey.link.heading'));
    fireEvent.input(screen.getByLabelText(t('survey.link.label')), { target: { value: LINK } });
    await press(t('survey.next'));
  }
  await heading(t('survey.adult.heading'));
  choose('adult', 'yes', language);
  await press(t('survey.next'));
}

const section = (id: string, language: Language) =>
  QUESTIONNAIRE.sections.find((entry) => entry.id === id)?.title[language] as string;

describe.each(['en', 'km'] as const)('the survey page in %s', (language) => {
  const t = tr(language);

  it('goes from consent to a preview of the exact records, sends them and shows the receipt', async () => {
    const { shell, state, setOutbox } = memoryShell();
    await show(shell, language);
    // Consent says what randomized response does, in plain words, before anything is asked.
    expect(
      screen.getByText(t('survey.consent.rr.body', { epsilon: '២', total: '៨' }).slice(0, 30), {
        exact: false,
      }),
    ).toBeTruthy();
    await throughStart(language);

    await heading(section('about', language));
    expect(
      screen.getByText(
        t('survey.progress', { index: language === 'km' ? '១' : '1', count: language === 'km' ? '៥' : '5' }),
      ),
    ).toBeTruthy();
    choose('org_type', 'dngo', language);
    await press(t('survey.next'));

    await heading(section('internet', language));
    choose('internet_access', 'no', language);
    expect(screen.queryByRole('group', { name: questionText('internet_sources', language) })).toBeNull();
    await press(t('survey.next'));

    await heading(section('security', language));
    expect(
      screen.queryByRole('group', { name: questionText('security_problem_types', language) }),
    ).toBeNull();
    choose('security_problem_last_year', 'yes', language);
    choose('security_problem_types', 'account_theft', language);
    // The stored value is the randomized one; the page shows the choice made.
    const problem = screen.getByRole('group', { name: questionText('security_problem_last_year', language) });
    expect(
      (
        within(problem).getByLabelText(
          label('security_problem_last_year', 'yes', language),
        ) as HTMLInputElement
      ).checked,
    ).toBe(true);
    await press(t('survey.next'));
    await heading(section('organisation', language));
    await press(t('survey.next'));
    await heading(section('opinions', language));
    await press(t('survey.next'));

    await heading(t('survey.preview.heading'));
    const shown = JSON.parse(screen.getByTestId('record-json').textContent ?? '');
    const pending = state.draft.pending;
    expect(shown).toEqual([pending?.main, pending?.followup]);
    expect(shown[0].profile).toEqual({ org_type: 'dngo', age_band: 'undisclosed', gender: 'undisclosed' });
    expect(shown[0].answers).not.toHaveProperty('internet_sources');
    expect(shown[0].answers).not.toHaveProperty('security_problem_types');
    expect(shown[1]).toMatchObject({
      part: 'followup',
      answers: { security_problem_types: ['account_theft'] },
    });
    expect(shown[0].key).not.toBe(shown[1].key);
    expect(screen.getAllByText(t('survey.preview.protected'), { exact: false }).length).toBeGreaterThan(0);
    const file = screen.getByRole('link', { name: t('survey.file.save') });
    expect(file.getAttribute('download')).toBe('answers-pp-2026-q4.json');
    expect(file.getAttribute('href')).toMatch(/^blob:/);

    await press(t('survey.preview.send'));
    await heading(t('survey.done.heading'));
    expect(state.sent).toEqual([{ collector: 'https://survey.example.org', records: shown }]);
    expect(screen.getByText(t('survey.status.waiting'), { exact: false })).toBeTruthy();
    setOutbox([
      { key: shown[0].key, part: 'main', state: 'sent', receipt: 'r-12345' },
      { key: shown[1].key, part: 'followup', state: 'stopped', problem: 'closed' },
    ]);
    await screen.findByText(t('survey.status.sent', { receipt: 'r-12345' }), { exact: false });
    expect(screen.getByText(t('survey.problem.closed'), { exact: false })).toBeTruthy();
    expect(state.device.sent).toEqual([LINK]);
    // You and the study: the participant's own answer beside the study's figure.
    const study = screen.getByRole('region', { name: t('survey.study.heading') });
    const access = within(study).getByRole('heading', { name: questionText('internet_access', language) })
      .parentElement as HTMLElement;
    expect(within(access).getByText(label('internet_access', 'no', language))).toBeTruthy();
    expect(within(study).getAllByText(t('survey.study.yoursProtected')).length).toBeGreaterThan(0);
    expect(within(study).getByText(t('survey.study.caveat'), { exact: false })).toBeTruthy();
    // What to do next: the checklist's practices, each with why and how.
    const next = within(study).getByRole('region', { name: t('survey.study.next') });
    for (const practice of PRACTICES) expect(within(next).getByText(t(practice.title))).toBeTruthy();
    const checklist = within(next).getByRole('link', { name: t('survey.study.checklist') });
    expect(checklist.getAttribute('href')).toMatch(/\/reminders\.html#checklist$/);
  });

  it('ends politely at the adult check when the answer is no, and the way back is open', async () => {
    const { shell, state } = memoryShell();
    await show(shell, language);
    await press(t('survey.consent.start'));
    fireEvent.input(screen.getByLabelText(t('survey.link.label')), { target: { value: LINK } });
    await press(t('survey.next'));
    await heading(t('survey.adult.heading'));
    choose('adult', 'no', language);
    await press(t('survey.next'));
    await heading(t('survey.ended.heading'));
    expect(screen.getByText(findQuestion('adult')?.gate?.message[language] as string)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(state.draft.answers).toEqual({ adult: 'no' });
    await press(t('survey.back'));
    await heading(t('survey.adult.heading'));
  });
});

describe('the survey page', () => {
  it('explains a bad link and stays on the link step', async () => {
    const { shell, state } = memoryShell();
    await show(shell);
    await press('I understand, start');
    const input = screen.getByLabelText('Survey link');
    fireEvent.input(input, { target: { value: 'http://survey.example.org/join/pp-2026-q4' } });
    await press('Next');
    expect((await screen.findByRole('alert')).textContent).toBe(
      translate('en', 'survey.link.problem.not-secure'),
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(state.draft.stage).toBe('campaign');
    expect(state.draft.link).toBeNull();
  });

  it('lets every question be skipped: the record then holds no answers and undisclosed groups', async () => {
    const { shell } = memoryShell();
    await show(shell);
    await throughStart('en');
    for (const id of ['about', 'internet', 'security', 'organisation', 'opinions']) {
      await heading(section(id, 'en'));
      await press('Next');
    }
    await heading('Check what will be sent');
    const [main, ...rest] = JSON.parse(screen.getByTestId('record-json').textContent ?? '');
    expect(rest).toEqual([]);
    expect(main.answers).toEqual({});
    expect(main.profile).toEqual({ org_type: 'undisclosed', age_band: 'undisclosed', gender: 'undisclosed' });
    const answers = screen.getByRole('region', { name: 'Your answers' });
    expect(within(answers).getAllByText('Prefer not to say')).toHaveLength(3);
  });

  it('goes back and forth keeping answers, clears one on request, and survives closing the page', async () => {
    const { shell, state } = memoryShell();
    const first = await show(shell);
    await throughStart('en');
    choose('org_type', 'none');
    choose('gender', 'female');
    await press('Next');
    await heading(section('internet', 'en'));
    await press('Back');
    await heading(section('about', 'en'));
    const gender = screen.getByRole('group', { name: questionText('gender', 'en') });
    expect((within(gender).getByLabelText('Woman') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(gender).getByRole('button', { name: 'Clear my answer' }));
    expect(state.draft.answers).toEqual({ adult: 'yes', org_type: 'none' });
    await press('Next');
    await heading(section('internet', 'en'));
    choose('social_networks', 'facebook');
    choose('published_hr_politics', 'yes');
    first.unmount();

    // A new page over the same storage: same screen, same answers; the randomized one shows none.
    await show(shell);
    await heading(section('internet', 'en'));
    const networks = screen.getByRole('group', { name: questionText('social_networks', 'en') });
    expect((within(networks).getByLabelText('Facebook') as HTMLInputElement).checked).toBe(true);
    const politics = screen.getByRole('group', { name: questionText('published_hr_politics', 'en') });
    expect(within(politics).getByText(translate('en', 'survey.question.protectedKept'))).toBeTruthy();
    expect(within(politics).queryByRole('radio', { checked: true })).toBeNull();
    // No organisation: four parts, and no organisation section.
    expect(screen.getByText('Part 2 of 4')).toBeTruthy();
  });

  it('lets one install send once per campaign', async () => {
    const { shell, state } = memoryShell({ device: { sharedComputer: false, sent: [LINK] } });
    await show(shell);
    await press('I understand, start');
    fireEvent.input(screen.getByLabelText('Survey link'), { target: { value: LINK } });
    await press('Next');
    await screen.findByText(translate('en', 'survey.link.alreadySent', { campaign: 'pp-2026-q4' }));
    expect(state.draft.stage).toBe('campaign');
    fireEvent.input(screen.getByLabelText('Survey link'), {
      target: { value: 'https://survey.example.org/join/another-one' },
    });
    await press('Next');
    await heading('First, your age');
  });

  it('on a shared computer, wipes the answers after sending and starts again for the next person', async () => {
    const { shell, state } = memoryShell({ device: { sharedComputer: false, sent: [LINK] } });
    await show(shell);
    fireEvent.click(screen.getByText('For trainers: shared computer'));
    fireEvent.click(screen.getByLabelText('This computer is shared by several participants'));
    expect(state.device.sharedComputer).toBe(true);
    await throughStart('en');
    choose('gender', 'male');
    for (const id of ['about', 'internet', 'security', 'organisation', 'opinions']) {
      await heading(section(id, 'en'));
      await press('Next');
    }
    await heading('Check what will be sent');
    expect(screen.queryByText(translate('en', 'survey.preview.browserAsks'))).toBeNull();
    await press('Send my answers');
    await heading('Before you start');
    expect(state.sent).toHaveLength(1);
    // Nothing of this participant's is left; the workshop's link stays for the next one.
    expect(state.draft).toEqual({
      ...emptyDraft(),
      link: { collector: 'https://survey.example.org', campaign: 'pp-2026-q4' },
    });
    const previous = screen.getByRole('region', { name: 'The previous answers were sent' });
    expect(
      within(previous).getByText(translate('en', 'survey.status.waiting'), { exact: false }),
    ).toBeTruthy();
    await press('Hide this for the next person');
    expect(screen.queryByRole('region', { name: 'The previous answers were sent' })).toBeNull();
    // The next person can answer the same campaign.
    await press('I understand, start');
    await heading('Your survey link');
    await press('Next');
    await heading('First, your age');
  });

  it('on Firefox, says before Send what its question means; keeps the answers and says why when refused', async () => {
    const { shell, state } = memoryShell({ refuse: true, firefox: true });
    await show(shell);
    await throughStart('en');
    choose('gender', 'female');
    for (const id of ['about', 'internet', 'security', 'organisation', 'opinions']) {
      await heading(section(id, 'en'));
      await press('Next');
    }
    await heading('Check what will be sent');
    expect(screen.getByText(translate('en', 'survey.preview.browserAsks'))).toBeTruthy();
    await press('Send my answers');
    expect((await screen.findByRole('alert')).textContent).toBe(translate('en', 'survey.send.permission'));
    expect(state.draft.stage).toBe('preview');
    expect(state.draft.answers).toMatchObject({ gender: 'female' });
    expect(state.device.sent).toEqual([]);
  });

  it.each(['en', 'km'] as const)(
    'in %s, says the follow-up waits while Firefox’s sharing is off, and shows it sent once it is on',
    async (language) => {
      const t = tr(language);
      const keys = ['a'.repeat(32), 'b'.repeat(32)];
      const { shell, setOutbox } = memoryShell({
        draft: {
          ...emptyDraft(),
          consented: true,
          link: { collector: 'https://survey.example.org', campaign: 'pp-2026-q4' },
          stage: 'done',
          sentKeys: keys,
        },
        device: { sharedComputer: false, sent: [LINK] },
      });
      await preferences.set({ language });
      render(<ExtensionSurvey shell={shell} />);
      await heading(t('survey.done.heading'));
      setOutbox([
        { key: keys[0] as string, part: 'main', state: 'sent', receipt: 'r-1' },
        { key: keys[1] as string, part: 'followup', state: 'stopped', problem: 'sharing-off' },
      ]);
      const followup = (await screen.findByText(t('survey.problem.sharing-off'), { exact: false })).closest(
        'li',
      );
      expect(followup?.dataset.part).toBe('followup');
      expect(followup?.textContent).toContain(t('survey.status.kept'));
      setOutbox([
        { key: keys[0] as string, part: 'main', state: 'sent', receipt: 'r-1' },
        { key: keys[1] as string, part: 'followup', state: 'sent', receipt: 'r-2' },
      ]);
      await screen.findByText(t('survey.status.sent', { receipt: 'r-2' }), { exact: false });
      expect(screen.queryByText(t('survey.problem.sharing-off'), { exact: false })).toBeNull();
    },
  );

  it('on the web, knows its campaign from the address and names the collector in the consent', async () => {
    const { shell } = memoryShell({ fixed: true });
    await show(shell);
    expect(screen.getByText(/To the study's collector at https:\/\/survey\.example\.org\./)).toBeTruthy();
    await throughStart('en', true);
    await heading(section('about', 'en'));
  });

  it('in the extension, keeps the draft in storage and hands the records to the background', async () => {
    // The background's side, as the outbox handler does it: store the records, reply with their keys.
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const { collector, records } = message as SurveySend;
      void outbox
        .update((current) => enqueue(current, { collector, records }, Date.now(), () => 0.5))
        .then(() => sendResponse({ ok: true, data: { keys: records.map((record) => record.key) } }));
      return true;
    });
    await show(extensionShell);
    await throughStart('en');
    choose('age_band', '60_plus');
    expect((await surveyDraft.get()).answers).toEqual({ adult: 'yes', age_band: '60_plus' });
    await surveyDevice.set({ sharedComputer: false, sent: [] });
    for (const id of ['about', 'internet', 'security', 'organisation', 'opinions']) {
      await heading(section(id, 'en'));
      await press('Next');
    }
    await heading('Check what will be sent');
    await press('Send my answers');
    await heading('Thank you for taking part');
    const draft = await surveyDraft.get();
    expect(draft.stage).toBe('done');
    expect(draft.sentKeys).toEqual([draft.pending?.main.key]);
    expect((await surveyDevice.get()).sent).toEqual([LINK]);
    expect((await outbox.get()).map((entry) => entry.key)).toEqual(draft.sentKeys);
    await screen.findByText(translate('en', 'survey.status.waiting'), { exact: false });
    await outbox.update((entries) =>
      entries.map((entry) => ({ ...entry, state: 'sent' as const, receipt: 'r-777', attempts: 1 })),
    );
    await waitFor(() => expect(screen.getByText('sent. Receipt: r-777', { exact: false })).toBeTruthy());
  });
});
