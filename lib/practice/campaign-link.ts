import { CAMPAIGN_CODE_PATTERN } from '../survey/record';

export type CampaignLinkError = 'address' | 'insecure' | 'code';
export type CampaignLink = { ok: true; link: string } | { ok: false; error: CampaignLinkError };

/** Hosts a test collector runs on: the only ones plain http is allowed for. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The link participants open to join a campaign: `<collector origin>/join/<code>`. The collector
 * must be https (plain http only on this computer, for trying it out) and must not carry a
 * user name or password; the code must be a campaign code the collector accepts.
 */
export function campaignLink(address: string, code: string): CampaignLink {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, error: 'address' };
  }
  if (url.username || url.password || !['https:', 'http:'].includes(url.protocol)) {
    return { ok: false, error: 'address' };
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return { ok: false, error: 'insecure' };
  const campaign = code.trim();
  if (!CAMPAIGN_CODE_PATTERN.test(campaign)) return { ok: false, error: 'code' };
  return { ok: true, link: `${url.origin}/join/${campaign}` };
}
