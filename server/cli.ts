import { parseArgs } from 'node:util';
import type { Collector } from './collector';
import type { Campaign } from './store/types';

export const USAGE = `Usage: npm run collector [-- <command>]

  (no command)                       start the collector server
  campaign create <code> [--k 5] [--cap N] [--retention-days 90] [--wave 2026-Q4]
                                     open a new campaign (no cap unless given; wave: this quarter)
  campaign close <code>              stop taking answers and publish the campaign's table
  campaign list                      every campaign with its status and counts
  campaign purge <code>              delete a closed campaign's answers, keeping its published table

Settings come from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, COLLECTOR_ADMIN_TOKEN,
COLLECTOR_RATE_LIMIT (see README.md, "Collector").`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  k: { type: 'string' },
  cap: { type: 'string' },
  'retention-days': { type: 'string' },
  wave: { type: 'string' },
} as const;

function options(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

function retentionEnds(campaign: Campaign): string {
  if (campaign.status === 'purged') return 'purged';
  if (!campaign.closedOn) return '';
  const ends = new Date(Date.parse(`${campaign.closedOn}T00:00:00Z`) + campaign.retentionDays * 86_400_000);
  return ends.toISOString().slice(0, 10);
}

function listing(campaigns: readonly Campaign[]): string {
  if (campaigns.length === 0)
    return 'No campaigns yet. Create one with: npm run collector -- campaign create <code>';
  const rows = [
    ['code', 'wave', 'status', 'k', 'cap', 'main', 'follow-up', 'closed', 'answers kept until'],
    ...campaigns.map((campaign) => [
      campaign.code,
      campaign.wave,
      campaign.status,
      String(campaign.k),
      campaign.cap === null ? '-' : String(campaign.cap),
      String(campaign.mainCount),
      String(campaign.followupCount),
      campaign.closedOn ?? '-',
      retentionEnds(campaign) || `${campaign.retentionDays} days after close`,
    ]),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Runs one `campaign …` command; `print` receives what to show. Throws UsageError for a malformed
 * command and CollectorError for a refused one, each with a message to show as it is.
 */
export async function runCampaignCommand(
  args: readonly string[],
  collector: Collector,
  print: (text: string) => void,
): Promise<void> {
  const [noun, verb, ...rest] = args;
  if (noun !== 'campaign' || verb === undefined) throw new UsageError(USAGE);
  const { values, positionals } = options(rest);
  const code = () => {
    if (positionals.length !== 1)
      throw new UsageError(`campaign ${verb} takes one campaign code\n\n${USAGE}`);
    return positionals[0] as string;
  };
  const noOptions = () => {
    if (Object.keys(values).length > 0) throw new UsageError(`campaign ${verb} takes no options\n\n${USAGE}`);
  };
  switch (verb) {
    case 'create': {
      const campaign = await collector.createCampaign({
        code: code(),
        k: wholeNumber('k', values.k),
        cap: wholeNumber('cap', values.cap),
        retentionDays: wholeNumber('retention-days', values['retention-days']),
        wave: values.wave,
      });
      print(
        `Created campaign ${campaign.code} (wave ${campaign.wave}, k ${campaign.k}, ${campaign.cap === null ? 'no cap' : `cap ${campaign.cap}`}, answers deleted ${campaign.retentionDays} days after close).\nParticipants' link: /join/${campaign.code}`,
      );
      return;
    }
    case 'close': {
      noOptions();
      const campaign = await collector.close(code());
      print(
        `Closed campaign ${campaign.code}: ${campaign.mainCount} main and ${campaign.followupCount} follow-up records. Its table is now public; answers are deleted after ${retentionEnds(campaign)}.`,
      );
      return;
    }
    case 'list':
      noOptions();
      if (positionals.length > 0) throw new UsageError(`campaign list takes no code\n\n${USAGE}`);
      print(listing(await collector.campaigns()));
      return;
    case 'purge': {
      noOptions();
      const campaign = await collector.purge(code());
      print(`Purged campaign ${campaign.code}: its answers are deleted; its published table remains.`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "campaign ${verb}".\n\n${USAGE}`);
  }
}
