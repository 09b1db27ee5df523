import { browser } from 'wxt/browser';
import type { Message } from './protocol';
import { type Reply, ReplySchema } from './reply';

/** Sends a message to the background and parses its reply; a missing or odd reply is an error reply. */
export async function sendMessage(message: Message): Promise<Reply> {
  try {
    const parsed = ReplySchema.safeParse(await browser.runtime.sendMessage(message));
    return parsed.success
      ? parsed.data
      : { ok: false, error: 'failed', detail: 'the background sent no valid reply' };
  } catch (error) {
    return { ok: false, error: 'failed', detail: String(error) };
  }
}
