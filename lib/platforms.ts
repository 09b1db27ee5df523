// No zod here: content scripts import this, and every byte they carry lands in someone's page.
export const PLATFORMS = ['facebook', 'google'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Where each platform's content script runs. These patterns become the manifest's
 * content-script matches (and so its host access), and the message router accepts
 * reports only from tabs on these hosts.
 */
export const PLATFORM_MATCHES: Record<Platform, readonly string[]> = {
  facebook: ['https://*.facebook.com/*'],
  // Only the Google Account pages: search, Gmail and YouTube are none of our business.
  google: ['https://myaccount.google.com/*'],
};

const HOST_SUFFIXES: Record<Platform, readonly string[]> = {
  facebook: ['facebook.com'],
  google: ['myaccount.google.com'],
};

export function platformOfUrl(url: string): Platform | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname;
  return PLATFORMS.find((platform) =>
    HOST_SUFFIXES[platform].some((suffix) => host === suffix || host.endsWith(`.${suffix}`)),
  );
}

/** Where to send someone who has not opened a platform's settings yet. */
export const SETTINGS_URL: Record<Platform, string> = {
  facebook: 'https://www.facebook.com/settings/?tab=privacy',
  google: 'https://myaccount.google.com/security',
};
