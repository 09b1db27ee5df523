import type { Manifest } from 'webextension-polyfill';
import { type Browser, browser } from 'wxt/browser';
import { SURVEY_DATA_COLLECTION } from './data-collection';
import type { PermissionProblem } from './schema';
import { SUBMISSIONS_PATH } from './submissions';

/**
 * Firefox names an add-on's pages `moz-extension://<random id made at install>` and sends that origin in
 * the `Origin` header of every POST, even with a host permission: an id the collector could use to tell
 * one participant's records from another's. Only there does the extension remove the header, with a
 * declarativeNetRequest session rule for the collector's submissions URL, which needs a host permission
 * for that one origin, asked for at the moment of sending. Chromium's origin is the extension's id,
 * the same for every install of one store build, so there the collector's open CORS is enough.
 */
export function originNamesInstall(): boolean {
  return new URL(browser.runtime.getURL('/')).protocol === 'moz-extension:';
}

/** Firefox's permissions also name data collection (Firefox 140+); WXT's Chrome-based types do not. */
type FirefoxPermissions = Browser.permissions.Permissions & {
  data_collection?: Manifest.OptionalDataCollectionPermission[];
};

/** Firefox's consent to send the survey's answers at all (data-collection.ts). */
const SHARING: FirefoxPermissions = { data_collection: [...SURVEY_DATA_COLLECTION] };

/**
 * What Firefox must allow before answers go to this collector, asked for in one question: its origin
 * (match patterns name no port, so its scheme and host) and the consent to share the answers.
 */
export function collectorPermission(
  collector: string,
): Required<Pick<FirefoxPermissions, 'origins' | 'data_collection'>> {
  const { protocol, hostname } = new URL(collector);
  return { origins: [`${protocol}//${hostname}/*`], data_collection: [...SURVEY_DATA_COLLECTION] };
}

/**
 * Asks Firefox for the collector's origin and the consent to share the answers; true when sending may
 * go ahead (at once in Chromium, which has neither). Call it from the user's click on Send: browsers
 * show the question only then.
 */
export async function requestCollectorAccess(collector: string): Promise<boolean> {
  if (!originNamesInstall()) return true;
  return browser.permissions.request(collectorPermission(collector));
}

/** One rule, rewritten for each request: the outbox sends one record at a time. */
const RULE_ID = 1;

/**
 * Makes the next POST to this collector leave without an Origin header; false when it cannot (the host
 * permission was refused or taken back), in which case nothing may be sent.
 */
export async function hideOriginFrom(collector: string): Promise<boolean> {
  if (!originNamesInstall()) return true;
  if (!(await browser.permissions.contains({ origins: collectorPermission(collector).origins })))
    return false;
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [RULE_ID],
    addRules: [
      {
        id: RULE_ID,
        priority: 1,
        action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
        // Only the background's own requests (no tab) to this collector's submissions endpoint.
        condition: {
          urlFilter: `|${collector}${SUBMISSIONS_PATH}|`,
          tabIds: [-1],
          resourceTypes: ['xmlhttprequest'],
        },
      },
    ],
  });
  return true;
}

/**
 * The outbox's check before each POST: why nothing may go to this collector now, or null when the
 * record may go. The participant can take either permission back in Firefox's add-on settings at any
 * time, for instance between the main record and the follow-up; Chromium has neither permission.
 */
export async function readyToSend(collector: string): Promise<PermissionProblem | null> {
  if (!originNamesInstall()) return null;
  if (!(await browser.permissions.contains(SHARING))) return 'sharing-off';
  return (await hideOriginFrom(collector)) ? null : 'permission-needed';
}
