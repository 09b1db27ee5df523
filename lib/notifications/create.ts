import { browser } from 'wxt/browser';

/**
 * Whether this browser's notifications take buttons. Firefox has the event for them but refuses a
 * notification with buttons, so the first notification finds out.
 */
let buttonsWork = true;

export interface NotificationContent {
  title: string;
  message: string;
  /** Each button's label; where buttons are refused, `clickHint` is added to the message instead. */
  buttons: readonly string[];
  clickHint: string;
}

/** Shows a notification with the extension's icon, with its buttons where the browser takes them. */
export async function createNotification(id: string, content: NotificationContent): Promise<void> {
  const base = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    title: content.title,
  } as const;
  if (buttonsWork) {
    try {
      const buttons = content.buttons.map((title) => ({ title }));
      await browser.notifications.create(id, { ...base, message: content.message, buttons });
      return;
    } catch {
      buttonsWork = false;
    }
  }
  await browser.notifications.create(id, { ...base, message: `${content.message} ${content.clickHint}` });
}
