import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type CampaignLinkProblem, campaignLinkText, parseCampaignLink } from '../survey/campaign-link';
import {
  alreadySent,
  asDeviceAnswers,
  emptyDraft,
  type SurveyDevice,
  type SurveyDraft,
  usableDraft,
} from '../survey/draft';
import { type FlowContext, nextPosition, previousPosition, type TrueAnswers } from '../survey/flow';
import { type Answer, findQuestion, type QuestionId } from '../survey/questionnaire';
import { buildRecords, giveAnswer } from '../survey/record';
import type { OutboxView, SurveyRecords, SurveyShell } from '../survey/shell';

export interface SurveyState {
  draft: SurveyDraft;
  device: SurveyDevice;
  trueAnswers: TrueAnswers;
  outbox: readonly OutboxView[];
  linkFixed: boolean;
  browserAsksToShare: boolean;
  /** This install already sent to the draft's campaign (and is not a shared computer). */
  alreadySent: boolean;
  /** In shared-computer mode: the keys the previous participant just sent, until the next one starts. */
  previousKeys: readonly string[];
  /** Why the last Send did not reach the outbox; the answers are still here. */
  sendProblem: 'permission' | 'failed' | null;
  /** A download link for the main record (a Blob URL), once the preview has built it. */
  fileHref: string | null;
}

export interface SurveyActions {
  consent(): void;
  setLink(text: string): CampaignLinkProblem | null;
  answer(id: QuestionId, value: string | string[] | undefined): void;
  next(): void;
  back(): void;
  send(): Promise<void>;
  setSharedComputer(on: boolean): void;
  dismissPrevious(): void;
}

/** The survey's state and what the page can do with it, over a shell's storage and outbox. */
export function useSurvey(shell: SurveyShell): (SurveyState & SurveyActions) | undefined {
  const [draft, setDraft] = useState<SurveyDraft>();
  const [device, setDevice] = useState<SurveyDevice>();
  const [trueAnswers, setTrueAnswers] = useState<Record<string, string>>({});
  const [outbox, setOutbox] = useState<readonly OutboxView[]>([]);
  const [previousKeys, setPreviousKeys] = useState<readonly string[]>([]);
  const [sendProblem, setSendProblem] = useState<SurveyState['sendProblem']>(null);
  const current = useRef<{ draft?: SurveyDraft; device?: SurveyDevice }>({});

  useEffect(() => {
    let live = true;
    void Promise.all([shell.loadDraft(), shell.loadDevice()]).then(([storedDraft, storedDevice]) => {
      if (!live) return;
      let loaded = usableDraft(storedDraft);
      const fixed = shell.fixedLink;
      if (fixed && (!loaded.link || campaignLinkText(loaded.link) !== campaignLinkText(fixed))) {
        loaded = { ...loaded, link: fixed, pending: null };
        if (loaded.stage === 'done') loaded = { ...emptyDraft(), link: fixed };
      }
      current.current = { draft: loaded, device: storedDevice };
      setDraft(loaded);
      setDevice(storedDevice);
    });
    const stop = shell.watchOutbox((entries) => live && setOutbox(entries));
    return () => {
      live = false;
      stop();
    };
  }, [shell]);

  const pendingMain = draft?.pending?.main;
  const fileHref = useMemo(
    () =>
      pendingMain
        ? URL.createObjectURL(
            new Blob([`${JSON.stringify(pendingMain, null, 2)}\n`], { type: 'application/json' }),
          )
        : null,
    [pendingMain],
  );
  useEffect(() => () => void (fileHref && URL.revokeObjectURL(fileHref)), [fileHref]);

  if (!draft || !device) return undefined;

  const saveDraft = (next: SurveyDraft) => {
    current.current.draft = next;
    setDraft(next);
    void shell.saveDraft(next);
  };
  const saveDevice = (next: SurveyDevice) => {
    current.current.device = next;
    setDevice(next);
    void shell.saveDevice(next);
  };
  const latest = () => current.current.draft ?? draft;
  const context = (answers: SurveyDraft['answers'], truths: TrueAnswers): FlowContext => ({
    answers,
    trueAnswers: truths,
    linkFixed: shell.fixedLink !== null,
  });

  return {
    draft,
    device,
    trueAnswers,
    outbox,
    linkFixed: shell.fixedLink !== null,
    browserAsksToShare: shell.browserAsksToShare,
    alreadySent: alreadySent(device, draft.link),
    previousKeys,
    sendProblem,
    fileHref,
    consent() {
      const at = latest();
      saveDraft({ ...at, consented: true, ...nextPosition(at, context(at.answers, trueAnswers)) });
    },
    setLink(text) {
      const parsed = parseCampaignLink(text);
      if (!parsed.ok) return parsed.problem;
      saveDraft({ ...latest(), link: parsed.link, pending: null });
      return null;
    },
    answer(id, value) {
      const at = latest();
      const answers = giveAnswer(asDeviceAnswers(at.answers), id, value as Answer<typeof id> | undefined);
      if (findQuestion(id)?.rr) {
        const truths = { ...trueAnswers };
        if (typeof value === 'string') truths[id] = value;
        else delete truths[id];
        setTrueAnswers(truths);
      }
      saveDraft({ ...at, answers: answers as SurveyDraft['answers'], pending: null });
    },
    next() {
      const at = latest();
      // The link step holds until there is a link this install has not answered yet.
      if (at.stage === 'campaign' && (!at.link || alreadySent(current.current.device ?? device, at.link)))
        return;
      const position = nextPosition(at, context(at.answers, trueAnswers));
      if (position.stage !== 'preview') return saveDraft({ ...at, ...position });
      if (!at.link) return saveDraft({ ...at, stage: 'campaign', section: null });
      const built = buildRecords({ campaign: at.link.campaign, answers: asDeviceAnswers(at.answers) });
      if (!built.ok) return saveDraft({ ...at, ...position, pending: null });
      saveDraft({ ...at, ...position, pending: { main: built.main, followup: built.followup } });
    },
    back() {
      const at = latest();
      saveDraft({ ...at, ...previousPosition(at, context(at.answers, trueAnswers)) });
    },
    async send() {
      const at = latest();
      const dev = current.current.device ?? device;
      if (!at.pending || !at.link || alreadySent(dev, at.link)) return;
      const records: SurveyRecords = at.pending.followup
        ? [at.pending.main, at.pending.followup]
        : [at.pending.main];
      const reply = await shell.send(at.link.collector, records);
      setSendProblem(reply.ok ? null : reply.reason);
      if (!reply.ok) return;
      const campaign = campaignLinkText(at.link);
      saveDevice({ ...dev, sent: dev.sent.includes(campaign) ? dev.sent : [...dev.sent, campaign] });
      setTrueAnswers({});
      if (dev.sharedComputer) {
        // The next participant starts from nothing; the link is the workshop's, not anyone's answer.
        setPreviousKeys(reply.keys);
        saveDraft({ ...emptyDraft(), link: at.link });
      } else saveDraft({ ...at, stage: 'done', section: null, sentKeys: reply.keys });
    },
    setSharedComputer(on) {
      saveDevice({ ...(current.current.device ?? device), sharedComputer: on });
    },
    dismissPrevious() {
      setPreviousKeys([]);
    },
  };
}
