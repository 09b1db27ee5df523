import { type CheckDefinition, checkText } from '../checks/definition';
import type { CheckId } from '../checks/observation';
import type { Language } from '../i18n/language';
import { type MessageKey, translator } from '../i18n/translate';
import type { PromptView } from './schema';

/** The words of the prompts in OWN_PROMPTS. One about a registered check links to its setting. */
export const OWN_PROMPT_TEXT: Readonly<
  Record<CheckId, { title: MessageKey; body: MessageKey; open?: MessageKey }>
> = {
  'facebook.post-audience': {
    title: 'prompt.facebook.post-audience.title',
    body: 'prompt.facebook.post-audience.body',
  },
  'facebook.two-factor': {
    title: 'prompt.facebook.two-factor.title',
    body: 'prompt.facebook.two-factor.body',
    open: 'prompt.facebook.two-factor.open',
  },
};

/**
 * On a settings page the prompt says, in place, what to choose instead: the user is already at
 * the setting, so "how to fix it" (which starts by opening it) would read oddly. A test holds
 * every registered check to having these words.
 */
export const INSTEAD: Readonly<Partial<Record<CheckId, MessageKey>>> = {
  'facebook.future-posts': 'prompt.facebook.future-posts.instead',
  'facebook.lookup-email': 'prompt.facebook.lookup-email.instead',
  'facebook.lookup-phone': 'prompt.facebook.lookup-phone.instead',
  'facebook.search-engines': 'prompt.facebook.search-engines.instead',
  'facebook.friends-list': 'prompt.facebook.friends-list.instead',
  'facebook.friend-requests': 'prompt.facebook.friend-requests.instead',
  'facebook.tag-review': 'prompt.facebook.tag-review.instead',
  'facebook.profile-contact': 'prompt.facebook.profile-contact.instead',
  'facebook.two-factor': 'prompt.facebook.two-factor.instead',
  'facebook.login-alerts': 'prompt.facebook.login-alerts.instead',
};

/** The words of a prompt in the user's language, ready for a content script to draw. */
export function promptView(
  id: CheckId,
  language: Language,
  checks: readonly CheckDefinition[],
): PromptView | undefined {
  const t = translator(language);
  const check = checks.find((candidate) => candidate.id === id);
  const labels = { source: t('app.name'), dismiss: t('prompt.dismiss'), turnOff: t('prompt.turnOff') };
  const own = OWN_PROMPT_TEXT[id];
  if (own) {
    const { title, body, open } = own;
    const link = open && check ? { link: check.deepLink, labels: { ...labels, open: t(open) } } : { labels };
    return { id, language, title: t(title), body: t(body), ...link };
  }
  const instead = INSTEAD[id];
  if (!check || !instead) return undefined;
  return { id, language, title: t(checkText(check).title), body: t(instead), labels };
}
