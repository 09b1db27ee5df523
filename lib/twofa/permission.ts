import { type Browser, browser } from 'wxt/browser';
import { twoFactorSites } from '../storage/items';
import { setEnabled } from './notice';

/**
 * What the feature needs: the addresses of visited tabs, which `tabs` gives without any access to
 * the pages themselves. Optional in the manifest, asked for when the user turns the feature on.
 */
export const SITE_PERMISSION = 'tabs';
export const SITE_PERMISSIONS: Browser.permissions.Permissions = { permissions: [SITE_PERMISSION] };

export type SwitchOutcome = 'done' | 'refused' | 'failed';

/**
 * Turns the feature on or off from the options page. The request must come first in the click:
 * browsers grant a permission only while handling the user's gesture. Off gives the permission back.
 */
export async function switchTwoFactorSites(enabled: boolean): Promise<SwitchOutcome> {
  try {
    if (enabled) {
      if (!(await browser.permissions.request(SITE_PERMISSIONS))) return 'refused';
      await twoFactorSites.update((state) => setEnabled(state, true));
    } else {
      await twoFactorSites.update((state) => setEnabled(state, false));
      await browser.permissions.remove(SITE_PERMISSIONS);
    }
    return 'done';
  } catch {
    return 'failed';
  }
}
