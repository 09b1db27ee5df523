import { z } from 'zod/mini';
import { platformOfUrl } from '../platforms';
import {
  CONTENT_SCRIPT_MESSAGES,
  type Message,
  MessageSchema,
  type Question,
  REPLY_DATA,
  type ReplyData,
} from './protocol';
import type { Reply } from './reply';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface Self {
  /** This extension's id. */
  id: string;
  /** This extension's origin, e.g. `chrome-extension://<id>`. */
  origin: string;
}

/** Who sent a message that passed the router: one of our pages, or a content script in a tab. */
export interface Origin {
  kind: 'page' | 'content-script';
  /** The tab a content script runs in. */
  tabId?: number;
}

export type Handler<K extends Message['type']> = (
  message: Extract<Message, { type: K }>,
  origin: Origin,
) => Promise<K extends Question ? ReplyData<K> : void>;

export type Handlers = { [K in Message['type']]: Handler<K> };

function refuse(error: Exclude<Reply, { ok: true }>['error'], detail: string): Reply {
  return { ok: false, error, detail };
}

/** Where a message comes from: one of our pages, one of our content scripts, or neither. */
function senderKind(sender: Sender, self: Self): 'page' | 'content-script' | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;
  if (sender.url.startsWith(`${self.origin}/`)) return 'page';
  if (sender.tab && platformOfUrl(sender.url)) return 'content-script';
  return undefined;
}

/**
 * Builds the background's single message entry point. It never throws: every outcome,
 * including a refused sender, a malformed message or a failing handler, is a reply.
 */
export function createRouter(self: Self, handlers: Handlers) {
  return async (raw: unknown, sender: Sender): Promise<Reply> => {
    const kind = senderKind(sender, self);
    if (!kind) return refuse('not-allowed', 'messages are accepted only from this extension');
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return refuse('invalid-message', z.prettifyError(parsed.error));
    const message = parsed.data;
    if (kind === 'content-script') {
      if (!CONTENT_SCRIPT_MESSAGES.has(message.type)) {
        return refuse('not-allowed', `content scripts may not send ${message.type}`);
      }
      if ('platform' in message && platformOfUrl(sender.url ?? '') !== message.platform) {
        return refuse('not-allowed', `a page on another site may not report ${message.platform}`);
      }
    }
    try {
      const handle = handlers[message.type] as (message: Message, origin: Origin) => Promise<unknown>;
      const data = await handle(message, {
        kind,
        ...(sender.tab?.id === undefined ? {} : { tabId: sender.tab.id }),
      });
      if (!(message.type in REPLY_DATA)) return { ok: true };
      // A handler's answer leaves the background only in the shape its schema promises.
      const answer = REPLY_DATA[message.type as Question].safeParse(data);
      if (!answer.success) return refuse('failed', `bad answer: ${z.prettifyError(answer.error)}`);
      return { ok: true, data: answer.data };
    } catch (error) {
      return refuse('failed', String(error));
    }
  };
}
