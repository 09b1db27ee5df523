import type { CheckDefinition, Severity } from '../checks/definition';
import type { Finding, Findings } from '../storage/items';

export interface ShownFinding {
  finding: Finding;
  check: CheckDefinition;
}

export type Status = 'none' | 'ok' | 'attention' | 'unknown';

export interface Summary {
  status: Status;
  /** How many findings the status counts: risky ones for `attention`, all checked for `ok`. */
  count: number;
  /** The one next thing to do, when there is one. */
  next?: ShownFinding;
  /** Every finding of a registered check, most urgent first. */
  list: ShownFinding[];
  /** Settings that are safe or kept on purpose, out of those we could read. */
  score: { good: number; known: number };
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function urgency({ finding }: ShownFinding): number {
  if (finding.state === 'risky' && !finding.acknowledged) return 0;
  if (finding.state === 'unknown') return 1;
  if (finding.state === 'risky') return 2;
  return 3;
}

/** Answers the popup's first question, "am I OK?", and picks the next step. */
export function summarise(findings: Findings, checks: readonly CheckDefinition[]): Summary {
  const list = checks
    .map((check, order) => ({ check, order, finding: findings[check.id] }))
    .filter((entry): entry is ShownFinding & { order: number } => entry.finding !== undefined)
    .sort(
      (a, b) =>
        urgency(a) - urgency(b) ||
        SEVERITY_RANK[a.check.severity] - SEVERITY_RANK[b.check.severity] ||
        a.order - b.order,
    )
    .map(({ check, finding }) => ({ check, finding }));

  const open = list.filter((entry) => urgency(entry) === 0);
  const unknown = list.filter((entry) => entry.finding.state === 'unknown');
  const score = { good: list.length - open.length - unknown.length, known: list.length - unknown.length };
  const [first] = list;
  if (!first) return { status: 'none', count: 0, list, score };
  if (open.length > 0) return { status: 'attention', count: open.length, next: first, list, score };
  if (unknown.length > 0) return { status: 'unknown', count: unknown.length, next: first, list, score };
  return { status: 'ok', count: list.length, list, score };
}
