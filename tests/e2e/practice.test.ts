import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Storage } from 'webextension-polyfill';
import { FACEBOOK_WORDS } from '../../lib/checks/facebook/words';
import { CHECKS } from '../../lib/checks/registry';
import { practiceEn } from '../../lib/i18n/practice';
import { PRACTICE_SCREENS } from '../../lib/practice/screens';
import { WALKTHROUGH } from '../../lib/practice/walkthrough';
import { axeViolations } from './support/axe';
import type { ExtensionBrowser } from './support/chromium';
import type { FixtureServer } from './support/fixture-server';
import type { NetworkRecorder } from './support/network';
import { withExtension } from './support/with-extension';

/** The service worker's own `chrome`, seen through the polyfill's types. */
type WorkerGlobal = { chrome: { storage: Storage.Static } };

let server: FixtureServer;
let browser: ExtensionBrowser;
let network: NetworkRecorder;
let practice: Page;
/** The real findings item as the content script stored it, before practice began. */
let realFindings: unknown;

async function rawFindings(): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as WorkerGlobal).chrome;
    return (await storage.local.get('findings')).findings;
  });
}

/** Which element a keyboard user is after: its text, its role, and the practice screen it is on. */
interface Target {
  text?: string;
  role?: string;
  screen?: string;
}

/** Presses Tab until the focused element is the target: how a keyboard user gets there. */
async function tabTo(page: Page, target: Target) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(({ text, role, screen }) => {
      const el = document.activeElement;
      if (!el) return false;
      return (
        (text === undefined || el.textContent?.trim() === text) &&
        (role === undefined || el.getAttribute('role') === role) &&
        (screen === undefined || el.closest(`[data-practice-screen="${screen}"]`) !== null)
      );
    }, target);
    if (reached) return;
  }
  throw new Error(`could not reach ${JSON.stringify(target)} with Tab`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Sets one practice screen the safe way, with the keyboard alone. */
async function setSafelyByKeyboard(page: Page, checkId: string) {
  const control = PRACTICE_SCREENS[checkId]?.control;
  if (!control || control.kind === 'audience') throw new Error(`${checkId} has one setting per item`);
  if (control.kind === 'statement') {
    // The state is stated in words; the one button beside it changes it.
    const press =
      practiceEn[control.safe === 'on' ? 'practice.statement.turnOn' : 'practice.statement.turnOff'];
    await tabTo(page, { text: press, screen: checkId });
    await page.keyboard.press('Enter');
    return;
  }
  const safe = FACEBOOK_WORDS.en?.values[control.safe]?.[0];
  if (control.kind === 'switch') {
    await tabTo(page, { role: 'switch', screen: checkId });
    await page.keyboard.press('Space');
    return;
  }
  // A radio group is one Tab stop; the arrow keys move the choice.
  await tabTo(page, { role: 'radio', screen: checkId });
  for (let i = 0; i < control.choices.length && (await focusedText(page)) !== safe; i++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await focusedText(page)).toBe(safe);
}

const stepDone = (page: Page) => page.locator('.step-check').getAttribute('data-step-done');

async function chooseLanguage(page: Page, language: 'en' | 'km') {
  await page.locator(`fieldset.language-switch button[lang="${language}"]`).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

async function expectNoViolations(page: Page) {
  for (const language of ['en', 'km'] as const) {
    await chooseLanguage(page, language);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${language}, ${colorScheme}`).toEqual([]);
    }
  }
  await chooseLanguage(page, 'en');
  await page.emulateMedia({ colorScheme: 'light' });
}

withExtension((session) => {
  ({ server, browser, network } = session);
});

describe('practice mode', () => {
  it('starts on a browser where the real site has stored a finding', async () => {
    // A real finding, stored by the content script from a real-looking settings page.
    server.route('www.facebook.com', '/settings', 'facebook/two-factor/www-security.en.risky.html');
    const tab = await browser.context.newPage();
    await network.visit(tab, 'https://www.facebook.com/settings?tab=security');
    await expect
      .poll(async () => (await rawFindings()) as { value?: Record<string, unknown> } | undefined, {
        timeout: 10_000,
      })
      .toMatchObject({ value: { 'facebook.two-factor': { state: 'risky' } } });
    realFindings = await rawFindings();
    await tab.close();
  });

  it('opens from the popup by keyboard, in a tab of its own', async () => {
    const popup = await browser.openPage('popup.html');
    await chooseLanguage(popup, 'en');
    const opened = browser.context.waitForEvent('page');
    await tabTo(popup, { text: 'Open practice mode' });
    await popup.keyboard.press('Enter');
    practice = await opened;
    expect(practice.url()).toBe(`chrome-extension://${browser.extensionId}/practice.html`);
    await practice.getByRole('heading', { level: 1, name: 'Practice mode' }).waitFor();
    await popup.close();
  });

  it('runs the whole walkthrough by keyboard, every step turning green', async () => {
    for (const [index, step] of WALKTHROUGH.entries()) {
      await practice.getByText(`Step ${index + 1} of ${WALKTHROUGH.length}`).waitFor();
      expect(await stepDone(practice), step.id).toBe('false');
      if ('task' in step) {
        await tabTo(practice, { text: 'I backed up now' });
        await practice.keyboard.press('Enter');
      } else {
        // The real site's prompt stands beside the first risky setting, drawn in its shadow root.
        await expect
          .poll(() => practice.locator(`[data-hygiene-prompt="${step.checks[0]}"]`).count())
          .toBe(1);
        for (const checkId of step.checks) await setSafelyByKeyboard(practice, checkId);
        for (const checkId of step.checks) {
          await expect
            .poll(() =>
              practice.locator(`.practice-findings [data-check="${checkId}"]`).getAttribute('data-state'),
            )
            .toBe('safe');
        }
        await expect.poll(() => practice.locator('[data-hygiene-prompt]').count()).toBe(0);
      }
      await expect.poll(() => stepDone(practice)).toBe('true');
      await tabTo(practice, { text: index === WALKTHROUGH.length - 1 ? 'See the summary' : 'Next' });
      await practice.keyboard.press('Enter');
    }
    await practice.getByText(`Steps set safely: ${WALKTHROUGH.length} of ${WALKTHROUGH.length}.`).waitFor();
    const done = await practice
      .locator('.practice-summary [data-done]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-done')));
    expect(done).toEqual(WALKTHROUGH.map(() => 'true'));
  });

  it('has no accessibility violations on the summary and the walkthrough, in English and Khmer', async () => {
    await expectNoViolations(practice);
    await tabTo(practice, { text: 'Start again from step 1' });
    await practice.keyboard.press('Enter');
    await practice.getByText('Step 1 of 8').waitFor();
    await expectNoViolations(practice);
  });

  it('in presenter mode, moves by Page Down and Page Up and resets every screen with Shift+R', async () => {
    await tabTo(practice, { text: 'Presenter mode' });
    await practice.keyboard.press('Enter');
    await practice.getByText(/Page Down for the next step/).waitFor();
    const fontSize = await practice
      .locator('.practice')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await expectNoViolations(practice);
    await practice.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await practice.keyboard.press('PageDown');
    await practice.getByText('Step 2 of 8').waitFor();
    await practice.keyboard.press('PageUp');
    await practice.getByText('Step 1 of 8').waitFor();
    await practice.getByRole('button', { name: 'All practice screens' }).click();
    const states = () =>
      practice.evaluate(
        (ids) =>
          ids.map((id) =>
            document.querySelector(`.practice-findings [data-check="${id}"]`)?.getAttribute('data-state'),
          ),
        CHECKS.map((check) => check.id),
      );
    // Screens set in the walkthrough stay safe until the trainer resets them.
    await expect.poll(async () => (await states()).filter((state) => state === 'safe').length).toBe(8);
    // Google's screen is no walkthrough step: set here, so the reset is seen to undo it as well.
    await setSafelyByKeyboard(practice, 'google.two-factor');
    await expect.poll(async () => (await states()).filter((state) => state === 'safe').length).toBe(9);
    await practice.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await practice.keyboard.press('Shift+R');
    await expect.poll(states).toEqual(CHECKS.map(() => 'risky'));
    await practice.getByText('Every practice screen is back to its risky setting.').waitFor();
    await practice.getByRole('button', { name: 'Workshop walkthrough' }).click();
    await practice.getByText('Step 1 of 8').waitFor();
    expect(await stepDone(practice)).toBe('false');
    await practice.getByRole('button', { name: 'Presenter mode' }).click();
  });

  it('has no accessibility violations on every practice screen and the trainer tools', async () => {
    await practice.getByRole('button', { name: 'All practice screens' }).click();
    await expectNoViolations(practice);
    await practice.getByRole('button', { name: 'Trainer tools' }).click();
    await practice.getByLabel('Collector address').fill('https://survey.example.org');
    await practice.getByLabel('Campaign code').fill('pp-2026-q4');
    await practice.getByRole('button', { name: 'Make the link and QR code' }).click();
    await practice
      .getByRole('img', { name: 'QR code for https://survey.example.org/join/pp-2026-q4' })
      .waitFor();
    await expectNoViolations(practice);
  });

  it('prints the handout on one page, and the QR code on its own', async () => {
    const pages = async (what: 'handout' | 'qr') => {
      await practice.evaluate((value) => {
        document.documentElement.dataset.print = value;
      }, what);
      const pdf = await practice.pdf({ format: 'A4' });
      await practice.evaluate(() => delete document.documentElement.dataset.print);
      return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length;
    };
    await practice.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      practice
        .locator(selector)
        .first()
        .evaluate((el) => el.checkVisibility());
    await practice.evaluate(() => {
      document.documentElement.dataset.print = 'handout';
    });
    expect(await visible('[data-printable="handout"] li')).toBe(true);
    expect(await practice.locator('.practice-form').evaluate((el) => getComputedStyle(el).display)).toBe(
      'none',
    );
    await practice.evaluate(() => delete document.documentElement.dataset.print);
    // A PDF is laid out with the print styles the page is emulating.
    expect(await pages('handout')).toBe(1);
    expect(await pages('qr')).toBe(1);
    await practice.emulateMedia({ media: 'screen' });
  });

  it('stays usable at 360 px wide, in Khmer, on every practice page', async () => {
    await chooseLanguage(practice, 'km');
    await practice.setViewportSize({ width: 360, height: 640 });
    for (const view of ['ជំហានសិក្ខាសាលា', 'អេក្រង់ហាត់ទាំងអស់', 'ឧបករណ៍គ្រូបង្គោល']) {
      await practice.getByRole('button', { name: view }).click();
      const overflow = await practice.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
    await practice.setViewportSize({ width: 1280, height: 720 });
    await chooseLanguage(practice, 'en');
  });

  it('never changed the real findings, and made no network request', async () => {
    expect(await rawFindings()).toEqual(realFindings);
    expect(network.requests).toEqual([]);
  });
});
