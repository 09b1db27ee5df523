import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { CodedRecord } from '../lib/survey/coded';
import { computeIndicators, DEFAULT_K, type IndicatorTable, MIN_K } from '../lib/survey/indicators';
import { CAMPAIGN_CODE_PATTERN } from '../lib/survey/record';
import type { Campaign, Store, StoredRecord, SubmitOutcome } from './store/types';
import { dayOf, daysSince, WAVE_PATTERN, waveOf } from './wave';

export const DEFAULT_RETENTION_DAYS = 90;

export const NewCampaignSchema = z.object({
  code: z
    .string()
    .regex(
      CAMPAIGN_CODE_PATTERN,
      'a campaign code is 3–32 characters of a–z, 0–9 and "-", starting and ending with a letter or digit',
    ),
  k: z.number().int().min(MIN_K, `k must be a whole number of at least ${MIN_K}`).default(DEFAULT_K),
  cap: z.number().int().positive('cap must be a whole number above 0').nullable().default(null),
  retentionDays: z
    .number()
    .int()
    .min(0, 'retention days must be a whole number, 0 or more')
    .max(36_500)
    .default(DEFAULT_RETENTION_DAYS),
  wave: z.string().regex(WAVE_PATTERN, 'a wave is a year and quarter, e.g. 2026-Q4').optional(),
});
export type NewCampaignInput = z.input<typeof NewCampaignSchema>;

/** A refusal the caller can show as it is: `error` is a stable code, `message` plain English. */
export class CollectorError extends Error {
  override name = 'CollectorError';
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What the collector does, over any Store: the rules of campaigns (open → closed → purged), when a
 * table may be seen, and what is kept. The HTTP app and the CLI both call this.
 */
export class Collector {
  constructor(
    readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async createCampaign(input: NewCampaignInput): Promise<Campaign> {
    const parsed = NewCampaignSchema.safeParse(input);
    if (!parsed.success) {
      throw new CollectorError(
        'invalid-campaign',
        parsed.error.issues.map((issue) => issue.message).join('; '),
      );
    }
    const { wave = waveOf(this.now()), ...rest } = parsed.data;
    if (!(await this.store.createCampaign({ ...rest, wave }))) {
      throw new CollectorError('campaign-exists', `A campaign with the code "${rest.code}" already exists.`);
    }
    return (await this.store.campaign(rest.code)) as Campaign;
  }

  async campaign(code: string): Promise<Campaign> {
    const campaign = await this.store.campaign(code);
    if (!campaign) throw new CollectorError('unknown-campaign', `There is no campaign "${code}".`);
    return campaign;
  }

  campaigns(): Promise<Campaign[]> {
    return this.store.campaigns();
  }

  submit(record: StoredRecord): Promise<SubmitOutcome> {
    return this.store.submit(record, randomBytes(16).toString('hex'));
  }

  /** Closes a campaign and publishes its table, follow-ups included. */
  async close(code: string): Promise<Campaign> {
    const outcome = await this.store.close(code, dayOf(this.now()));
    if (outcome === 'unknown')
      throw new CollectorError('unknown-campaign', `There is no campaign "${code}".`);
    if (outcome === 'not-open')
      throw new CollectorError('campaign-closed', `Campaign "${code}" is already closed.`);
    await this.published(await this.campaign(code));
    return this.campaign(code);
  }

  /** Deletes a closed campaign's answers, keeping its published table. */
  async purge(code: string): Promise<Campaign> {
    const campaign = await this.campaign(code);
    if (campaign.status === 'open') {
      throw new CollectorError('campaign-open', `Campaign "${code}" is still open: close it before purging.`);
    }
    if (campaign.status === 'purged') {
      throw new CollectorError('campaign-purged', `Campaign "${code}" was purged already.`);
    }
    await this.published(campaign);
    await this.store.purge(code);
    return this.campaign(code);
  }

  /** Purges every closed campaign whose retention time has passed; returns their codes. */
  async purgeDue(): Promise<string[]> {
    const due = (await this.store.campaigns()).filter(
      (campaign) =>
        campaign.status === 'closed' &&
        campaign.closedOn !== null &&
        daysSince(campaign.closedOn, this.now()) >= campaign.retentionDays,
    );
    for (const campaign of due) await this.purge(campaign.code);
    return due.map((campaign) => campaign.code);
  }

  /**
   * A campaign's table. While it is open only an admin may see it, live and without follow-ups; once
   * closed it is the table published at close, for everyone.
   */
  async indicators(code: string, admin: boolean): Promise<IndicatorTable> {
    const campaign = await this.campaign(code);
    if (campaign.status !== 'open') return this.published(campaign);
    if (!admin) {
      throw new CollectorError(
        'unauthorized',
        `Campaign "${code}" is still open: its table is for the admin only until it closes.`,
      );
    }
    return computeIndicators({ campaign: code, k: campaign.k, main: await this.store.records(code, 'main') });
  }

  /**
   * One table over several closed campaigns (only those of `wave`, when given). A cell hidden in any
   * campaign's own published table stays hidden, or the pooled table minus the others would show it.
   */
  async pooled(codes: readonly string[], wave?: string): Promise<IndicatorTable> {
    const campaigns: Campaign[] = [];
    for (const code of new Set(codes)) {
      const campaign = await this.campaign(code);
      if (campaign.status === 'open') {
        throw new CollectorError(
          'campaign-open',
          `Campaign "${code}" is still open: only closed campaigns are pooled.`,
        );
      }
      if (campaign.status === 'purged') {
        throw new CollectorError(
          'campaign-purged',
          `Campaign "${code}" was purged: its answers are gone, so it can only be seen on its own.`,
        );
      }
      if (wave === undefined || campaign.wave === wave) campaigns.push(campaign);
    }
    if (campaigns.length === 0) {
      throw new CollectorError('no-campaigns', `None of these campaigns belongs to wave ${wave}.`);
    }
    let main: CodedRecord[] = [];
    let followup: CodedRecord[] = [];
    const within: IndicatorTable[] = [];
    for (const campaign of campaigns) {
      main = main.concat(await this.store.records(campaign.code, 'main'));
      followup = followup.concat(await this.store.records(campaign.code, 'followup'));
      within.push(await this.published(campaign));
    }
    return computeIndicators({
      campaign: campaigns.map((campaign) => campaign.code).join(','),
      k: Math.max(...campaigns.map((campaign) => campaign.k)),
      main,
      followup,
      within,
    });
  }

  /** The table published at close; made now if the process stopped between closing and publishing. */
  private async published(campaign: Campaign): Promise<IndicatorTable> {
    if (campaign.published) return campaign.published;
    const table = computeIndicators({
      campaign: campaign.code,
      k: campaign.k,
      main: await this.store.records(campaign.code, 'main'),
      followup: await this.store.records(campaign.code, 'followup'),
    });
    await this.store.publish(campaign.code, table);
    return table;
  }
}
