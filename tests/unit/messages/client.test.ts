import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../lib/messages/client';

// The fake answers through sendResponse only, as Chrome's own API does.
function replyWith(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
    sendResponse(reply);
    return true;
  });
}

describe('sendMessage', () => {
  it('returns the background reply once it parses', async () => {
    replyWith({ ok: true });
    expect(await sendMessage({ type: 'clear-findings' })).toEqual({ ok: true });
  });

  it('turns an odd reply into an error reply', async () => {
    replyWith({ fine: 'yes' });
    expect(await sendMessage({ type: 'clear-findings' })).toMatchObject({ ok: false, error: 'failed' });
  });

  it('turns a missing background into an error reply', async () => {
    expect(await sendMessage({ type: 'clear-findings' })).toMatchObject({ ok: false, error: 'failed' });
  });
});
