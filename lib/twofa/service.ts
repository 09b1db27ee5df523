import { browser } from 'wxt/browser';
import { resolveLanguage } from '../i18n/resolve';
import { translator } from '../i18n/translate';
import { createNotification } from '../notifications/create';
import { systemZone } from '../reminders/schedule';
import { accounts, preferences, reminderLog, reminderSettings, twoFactorSites } from '../storage/items';
import {
  domainOfNotice,
  markDone,
  noticeId,
  noticeText,
  recordNotice,
  setEnabled,
  settleNotices,
  shouldNotice,
  sitesAlreadyOn,
} from './notice';
import { SITE_PERMISSION } from './permission';
import { indexSites, SITES_PATH, type SiteIndex, SitesFileSchema, siteForUrl } from './sites';

/*
 * The background's side of "tell me when a site I visit supports two-factor login". Addresses
 * reach it only while the user has granted the `tabs` permission; each is matched here, on the
 * device, and forgotten unless the site is one it tells the user about.
 */

let index: Promise<SiteIndex> | undefined;

/** The list is read from the extension's own files the first time a site is matched, then kept. */
function sites(): Promise<SiteIndex> {
  index ??= fetch(browser.runtime.getURL(SITES_PATH))
    .then((response) => response.json())
    .then((raw) => indexSites(SitesFileSchema.parse(raw)));
  index.catch(() => {
    index = undefined;
  });
  return index;
}

let queue: Promise<unknown> = Promise.resolve();

/** Two pages loading at once must not both take the one notice a day. */
function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch((error) => console.error('two-factor sites:', error));
  return run;
}

/** A tab showed `url`: tell the user if its site offers two-factor login and the rules allow. */
export function noticeVisit(url: string): Promise<void> {
  return serially(() => visit(url));
}

async function visit(url: string) {
  const stored = await twoFactorSites.get();
  if (!stored.enabled) return;
  const list = await sites();
  const site = siteForUrl(list, url);
  if (!site) return;
  const [settings, log, accountList, prefs] = await Promise.all([
    reminderSettings.get(),
    reminderLog.get(),
    accounts.get(),
    preferences.get(),
  ]);
  const now = Date.now();
  const state = settleNotices(stored, now);
  if (state !== stored) await twoFactorSites.update((current) => settleNotices(current, now));
  const rules = { settings, reminderShownAt: log.lastShownAt, now, zone: systemZone };
  if (!shouldNotice(state, site, sitesAlreadyOn(list, accountList), rules)) return;
  await twoFactorSites.update((current) => recordNotice(current, site, now));
  const t = translator(resolveLanguage(prefs.language, navigator.languages));
  const { title, message } = noticeText(site, t);
  await createNotification(noticeId(site), {
    title,
    message,
    buttons: [t('twoFactorSites.notice.open'), t('twoFactorSites.notice.done')],
    clickHint: t('twoFactorSites.notice.clickHint'),
  });
}

async function openHowTo(id: string) {
  const domain = domainOfNotice(id);
  if (!domain) return;
  await browser.notifications.clear(id);
  const site = (await sites()).get(domain);
  if (site) await browser.tabs.create({ url: site.docs });
}

async function alreadyOn(id: string) {
  const domain = domainOfNotice(id);
  if (!domain) return;
  await browser.notifications.clear(id);
  await twoFactorSites.update((state) => markDone(state, domain, Date.now()));
}

/**
 * Registers the listeners; call it at the top of the background. Where notifications take no
 * buttons (Firefox), a click opens the how-to.
 */
export function startTwoFactorSites() {
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    // A page loaded, or a single-page site moved to another address.
    const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
    if (url) void noticeVisit(url);
  });
  // Taken back in the browser's own settings: the feature is off, as the switch will show.
  browser.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes(SITE_PERMISSION))
      void twoFactorSites.update((state) => setEnabled(state, false));
  });
  browser.notifications.onClicked.addListener((id) => void openHowTo(id));
  browser.notifications.onButtonClicked.addListener(
    (id, button) => void (button === 0 ? openHowTo(id) : alreadyOn(id)),
  );
}
