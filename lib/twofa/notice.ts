import type { Translator } from '../i18n/translate';
import { twoFactorStatus } from '../reminders/accounts';
import { ACCOUNTS } from '../reminders/checklist';
import { DAY, isQuiet, MINUTE, pauseEnd, type Zone } from '../reminders/schedule';
import type { Accounts, ReminderSettings, TwoFactorSites } from '../storage/items';
import { type SiteIndex, siteForUrl, type TwoFactorSite } from './sites';

/*
 * Whether to tell the user that a site they opened offers two-factor login: a pure function of
 * what is stored and the time. It keeps to the reminders' rules (quiet hours, the pause, nothing on
 * a day a reminder was shown) and adds its own: one notice a day, each site once a month at most,
 * never again once the user said it is on.
 */

/** A site told about and not answered may be told about again after this. */
export const NOTICE_AGAIN_MS = 30 * DAY;

export interface NoticeRules {
  settings: ReminderSettings;
  /** The reminders' last notification. */
  reminderShownAt: number | undefined;
  now: number;
  zone: Zone;
}

const localDay = (at: number, zone: Zone) => Math.floor((at + zone(at) * MINUTE) / DAY);

/** The main domains of the sites whose two-factor login the account list already knows is on. */
export function sitesAlreadyOn(index: SiteIndex, accounts: Accounts): ReadonlySet<string> {
  return new Set(
    ACCOUNTS.filter((account) => twoFactorStatus(accounts, account.id) === 'on').flatMap((account) => {
      const site = siteForUrl(index, account.twoFactorLink);
      return site ? [site.domains[0] ?? ''] : [];
    }),
  );
}

export function shouldNotice(
  state: TwoFactorSites,
  site: TwoFactorSite,
  alreadyOn: ReadonlySet<string>,
  { settings, reminderShownAt, now, zone }: NoticeRules,
): boolean {
  const main = site.domains[0] ?? '';
  if (!state.enabled || alreadyOn.has(main)) return false;
  const known = state.sites[main];
  if (known?.status === 'done') return false;
  // A time ahead of now means the clock went back: it counts as now.
  if (known && Math.min(known.at, now) + NOTICE_AGAIN_MS > now) return false;
  if (isQuiet(now, settings.quietHours, zone) || pauseEnd(settings, now) !== undefined) return false;
  const today = localDay(now, zone);
  return [state.lastNoticeAt, reminderShownAt].every(
    (at) => at === undefined || localDay(Math.min(at, now), zone) < today,
  );
}

export function recordNotice(state: TwoFactorSites, site: TwoFactorSite, now: number): TwoFactorSites {
  const main = site.domains[0] ?? '';
  return { ...state, sites: { ...state.sites, [main]: { status: 'noticed', at: now } }, lastNoticeAt: now };
}

/**
 * Times ahead of `now` mean the clock went back. Read as `now` they would hold notices back until
 * the clock caught up again, so the background stores them as `now` (as the reminders do).
 * The same object when nothing was ahead.
 */
export function settleNotices(state: TwoFactorSites, now: number): TwoFactorSites {
  const ahead = Object.entries(state.sites).filter(([, site]) => site.at > now);
  const shownAhead = state.lastNoticeAt !== undefined && state.lastNoticeAt > now;
  if (ahead.length === 0 && !shownAhead) return state;
  const sites = { ...state.sites };
  for (const [domain, site] of ahead) sites[domain] = { ...site, at: now };
  return { ...state, sites, ...(shownAhead && { lastNoticeAt: now }) };
}

/** "It is already on": this site is never told about again. */
export function markDone(state: TwoFactorSites, domain: string, now: number): TwoFactorSites {
  return { ...state, sites: { ...state.sites, [domain]: { status: 'done', at: now } } };
}

/** Turned off, it also forgets the sites it told about: they are sites the user visited. */
export function setEnabled(state: TwoFactorSites, enabled: boolean): TwoFactorSites {
  if (state.enabled === enabled) return state;
  return enabled ? { ...state, enabled } : { enabled, sites: {} };
}

/** The notice's words: the site's name and the ways it offers, in the user's language. */
export function noticeText(site: TwoFactorSite, t: Translator): { title: string; message: string } {
  const methods = site.methods.map((method) => t(`twoFactorSites.method.${method}`)).join(', ');
  return {
    title: t('twoFactorSites.notice.title', { name: site.name }),
    message: t('twoFactorSites.notice.body', { methods }),
  };
}

/** Every notice of this feature has an id so; other features' notifications are left alone. */
export const NOTICE_PREFIX = 'two-factor-site';

export const noticeId = (site: TwoFactorSite) => `${NOTICE_PREFIX}:${site.domains[0] ?? ''}`;

export function domainOfNotice(id: string): string | undefined {
  const [prefix, domain, ...rest] = id.split(':');
  return prefix === NOTICE_PREFIX && domain && rest.length === 0 ? domain : undefined;
}
