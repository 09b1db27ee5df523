/** How much the bench does: the workload in full, or a sanity run of a couple of minutes. */
export interface Plan {
  quick: boolean;
  /** The fixture server's port. */
  port: number;
  /** Batches of 10 posts per feed run (the workload is 500). */
  batches: number;
  traceRuns: number;
  pairs: number;
  settingsRuns: number;
  popupRuns: number;
  scanRuns: number;
  memoryMinutes: number;
  memorySamples: number;
  progress(message: string): void;
}

export function plan(quick: boolean, port: number, progress: (message: string) => void): Plan {
  return {
    quick,
    port,
    progress,
    ...(quick
      ? {
          batches: 10,
          traceRuns: 1,
          pairs: 1,
          settingsRuns: 3,
          popupRuns: 2,
          scanRuns: 3,
          memoryMinutes: 1,
          memorySamples: 6,
        }
      : {
          batches: 500,
          traceRuns: 5,
          pairs: 10,
          settingsRuns: 7,
          popupRuns: 7,
          scanRuns: 7,
          memoryMinutes: 10,
          memorySamples: 20,
        }),
  };
}
