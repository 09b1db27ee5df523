import { CollectorOriginSchema } from '../outbox/schema';
import { CAMPAIGN_CODE_PATTERN } from './record';

/** Where a campaign's records go: the collector's origin and the campaign's code. */
export interface CampaignLink {
  collector: string;
  campaign: string;
}

/** Why a pasted text is not a campaign link; each has its plain-words message in the catalogues. */
export type CampaignLinkProblem = 'empty' | 'not-a-link' | 'not-secure' | 'not-a-join-link' | 'bad-code';

export type ParsedCampaignLink =
  | { ok: true; link: CampaignLink }
  | { ok: false; problem: CampaignLinkProblem };

const JOIN_PATH = /^\/join\/([^/]+)\/?$/;

/** Reads a trainer's link `<collector origin>/join/<code>`, as pasted (spaces around it are ignored). */
export function parseCampaignLink(text: string): ParsedCampaignLink {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-a-link' };
  }
  // The outbox's rule: https, or plain http only to this computer (a trainer's laptop, or a test).
  if (!CollectorOriginSchema.safeParse(url.origin).success) {
    return { ok: false, problem: url.protocol === 'http:' ? 'not-secure' : 'not-a-link' };
  }
  // Credentials in a link would be sent to the collector with every record.
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'not-a-link' };
  const match = JOIN_PATH.exec(url.pathname);
  if (!match) return { ok: false, problem: 'not-a-join-link' };
  const campaign = decodeURIComponent(match[1] as string);
  if (!CAMPAIGN_CODE_PATTERN.test(campaign)) return { ok: false, problem: 'bad-code' };
  return { ok: true, link: { collector: url.origin, campaign } };
}

/** The link a trainer hands out, and the key under which "already sent" is remembered. */
export function campaignLinkText(link: CampaignLink): string {
  return `${link.collector}/join/${link.campaign}`;
}

/** Why a trainer's collector address and code make no link; each has its message in the practice catalogue. */
export type CampaignLinkError = 'address' | 'insecure' | 'code';
export type MadeCampaignLink = { ok: true; link: string } | { ok: false; error: CampaignLinkError };

/**
 * The link a trainer hands out, from the collector's address (any path, query or port kept to the
 * origin) and the campaign's code, under the same rules `parseCampaignLink` reads it with.
 */
export function makeCampaignLink(address: string, code: string): MadeCampaignLink {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return { ok: false, error: 'address' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, error: 'address' };
  if (!CollectorOriginSchema.safeParse(url.origin).success) {
    return { ok: false, error: url.protocol === 'http:' ? 'insecure' : 'address' };
  }
  const campaign = code.trim();
  if (!CAMPAIGN_CODE_PATTERN.test(campaign)) return { ok: false, error: 'code' };
  return { ok: true, link: campaignLinkText({ collector: url.origin, campaign }) };
}
