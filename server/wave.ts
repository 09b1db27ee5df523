/** A wave is a calendar quarter, e.g. `2026-Q4`: the only time the collector keeps. */
export const WAVE_PATTERN = /^\d{4}-Q[1-4]$/;

export function waveOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The day (UTC, YYYY-MM-DD) a campaign was closed: enough to know when its retention ends. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `day` (YYYY-MM-DD) to `now`. */
export function daysSince(day: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
}
