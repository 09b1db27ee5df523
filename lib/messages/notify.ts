import { browser } from 'wxt/browser';
import type { Message, Question, ReplyData } from './protocol';
import type { Reply } from './reply';

/**
 * For content scripts: sends and does not wait. They act on no reply, and leaving the reply
 * parser (and with it zod) out keeps the script injected into every platform page small.
 */
export function notify(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * For content scripts that need an answer. The router has already parsed it with the message's
 * reply schema, so it is taken as is, again without zod; no answer or an error is `undefined`.
 */
export async function request<K extends Question>(
  message: Extract<Message, { type: K }>,
): Promise<ReplyData<K> | undefined> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply?.ok ? (reply.data as ReplyData<K>) : undefined;
  } catch {
    return undefined;
  }
}
