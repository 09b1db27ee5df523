import { browser } from 'wxt/browser';
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

/** Firefox's match patterns name no port: the permission is for the collector's scheme and host. */
export function collectorPermission(collector: string): { origins: string[] } {
  const { protocol, hostname } = new URL(collector);
  return { origins: [`${protocol}//${hostname}/*`] };
}

/**
 * Asks for the collector's origin where the Origin header must be removed; true when sending may go
 * ahead. Call it from the user's click on Send: browsers show the question only then.
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
  if (!(await browser.permissions.contains(collectorPermission(collector)))) return false;
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
