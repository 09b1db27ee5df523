import { browser } from 'wxt/browser';
import type { Message } from './protocol';

/**
 * For content scripts: sends and does not wait. They act on no reply, and leaving the reply
 * parser (and with it zod) out keeps the script injected into every platform page small.
 */
export function notify(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
