import { z } from 'zod/mini';
import { platformOfUrl } from '../platforms';
import { CONTENT_SCRIPT_MESSAGES, type Message, MessageSchema, type Reply } from './protocol';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface Self {
  /** This extension's id. */
  id: string;
  /** This extension's origin, e.g. `chrome-extension://<id>`. */
  origin: string;
}

type Handlers = { [K in Message['type']]: (message: Extract<Message, { type: K }>) => Promise<void> };

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
      if (message.type === 'report-observations' && platformOfUrl(sender.url ?? '') !== message.platform) {
        return refuse('not-allowed', `a page on another site may not report ${message.platform}`);
      }
    }
    try {
      const handle = handlers[message.type] as (message: Message) => Promise<void>;
      await handle(message);
      return { ok: true };
    } catch (error) {
      return refuse('failed', String(error));
    }
  };
}
