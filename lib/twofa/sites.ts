import { z } from 'zod/mini';

/*
 * The sites of 2fa.directory that offer two-factor login, as the extension ships them
 * (public/2fa-directory/sites.json, made by scripts/build-2fa-sites.mjs), and the match of a
 * visited address against them, done on the device.
 */

export const TWO_FACTOR_METHODS = [
  'sms',
  'call',
  'email',
  'u2f',
  'totp',
  'custom-software',
  'custom-hardware',
] as const;
export type TwoFactorMethod = (typeof TWO_FACTOR_METHODS)[number];

/** Where the background finds the list, inside the extension. */
export const SITES_PATH = '/2fa-directory/sites.json';

export const DomainSchema = z.string().check(z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/));

const SiteRowSchema = z.tuple([
  /** The site's name, as the directory writes it. */
  z.string().check(z.minLength(1)),
  /** Its main domain first, then the others it answers on, separated by spaces. */
  z
    .string()
    .check(z.refine((text) => text.split(' ').every((domain) => DomainSchema.safeParse(domain).success))),
  /** One bit per method, in the order of `methods`. */
  z.number().check(z.int(), z.positive(), z.lt(2 ** TWO_FACTOR_METHODS.length)),
  /** Its instructions for turning two-factor login on. */
  z.string().check(z.regex(/^https?:\/\/\S+$/)),
]);

export const SitesFileSchema = z.object({
  version: z.literal(1),
  // The bits mean these methods only while the file lists them in this very order.
  methods: z.array(z.string()).check(
    z.refine((methods) => methods.join() === TWO_FACTOR_METHODS.join(), {
      message: `methods must be ${TWO_FACTOR_METHODS.join(', ')}, in this order`,
    }),
  ),
  sites: z.array(SiteRowSchema),
});
export type SitesFile = z.infer<typeof SitesFileSchema>;

export interface TwoFactorSite {
  name: string;
  /** The main domain first: the site is remembered under it. */
  domains: readonly string[];
  methods: readonly TwoFactorMethod[];
  docs: string;
}

/** Each domain of each site, to its site. */
export type SiteIndex = ReadonlyMap<string, TwoFactorSite>;

export function indexSites(file: SitesFile): SiteIndex {
  const index = new Map<string, TwoFactorSite>();
  for (const [name, domains, mask, docs] of file.sites) {
    const site: TwoFactorSite = {
      name,
      domains: domains.split(' '),
      methods: TWO_FACTOR_METHODS.filter((_, bit) => mask & (1 << bit)),
      docs,
    };
    for (const domain of site.domains) if (!index.has(domain)) index.set(domain, site);
  }
  return index;
}

/**
 * The listed site a web address belongs to: its host, or the nearest parent domain listed
 * (`mail.example.org` is `example.org`'s). Only web pages count, and a bare top-level name never.
 */
export function siteForUrl(index: SiteIndex, url: string): TwoFactorSite | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const labels = parsed.hostname.replace(/\.$/, '').split('.');
  for (let start = 0; start <= labels.length - 2; start++) {
    const site = index.get(labels.slice(start).join('.'));
    if (site) return site;
  }
  return undefined;
}
