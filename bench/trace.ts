import { isExtensionUrl, type ProfileNode, type TraceEvent } from './browser';
import { unionLength } from './stats';

/** Categories the attribution needs: script events, and V8's samples as a cross-check. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

/** Trace events in which a script runs; each names the script it runs (compile, evaluate, call). */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
/** The function in bench/feed-workload.js that runs one batch: its calls mark the batches. */
const BATCH_FUNCTION = 'appendBatch';

const scriptUrl = (event: TraceEvent) => event.args?.data?.url ?? event.args?.fileName;

/** What the bench keeps of a trace: script events of the extension and of the workload, and samples. */
export function keepEvent(extensionId: string) {
  return (event: TraceEvent) =>
    event.name === 'ProfileChunk' ||
    (event.ph === 'X' &&
      SCRIPT_EVENTS.has(event.name) &&
      (isExtensionUrl(scriptUrl(event), extensionId) || event.args?.data?.functionName === BATCH_FUNCTION));
}

export interface Attribution {
  /** The content script's time on the page's main thread: its script events, overlaps counted once. */
  scriptMs: number;
  /** The same from V8's CPU samples whose stack holds an extension frame (microtasks included). */
  sampledMs: number;
  /** Calls into the content script (callbacks: observers, timers, events, messages). */
  calls: number;
  /** Its evaluation: from the script's start until it returns (the first scan runs inside). */
  evaluateMs: number;
  /** The same in thread time: without the time its thread waited for a core on a busy machine. */
  evaluateThreadMs: number;
  /** The content script's time in each batch of the workload, from one batch's start to the next. */
  perBatchMs: number[];
  /** The same in thread time, of its outermost events that start in the batch. */
  perBatchThreadMs: number[];
  /** Calls into the content script while the workload ran. */
  callsDuringWorkload: number;
}

/**
 * Attributes a page's trace to the extension. The content script runs on the page's main thread:
 * that thread is the one that evaluated it, which also leaves out the service worker and any
 * extension page.
 */
export function attribute(events: readonly TraceEvent[], extensionId: string): Attribution {
  const evaluation = events.find(
    (event) => event.name === 'EvaluateScript' && isExtensionUrl(scriptUrl(event), extensionId),
  );
  if (!evaluation) throw new Error('the trace shows no content script evaluation');
  const onMain = (event: TraceEvent) => event.pid === evaluation.pid && event.tid === evaluation.tid;
  const own = events
    .filter((event) => onMain(event) && isExtensionUrl(scriptUrl(event), extensionId))
    .map((event) => ({
      name: event.name,
      start: event.ts,
      end: event.ts + (event.dur ?? 0),
      thread: event.tdur ?? 0,
    }));
  const outermost = own.filter(
    (event) =>
      !own.some(
        (other) =>
          other !== event &&
          other.start <= event.start &&
          other.end >= event.end &&
          (other.start < event.start || other.end > event.end),
      ),
  );
  const batches = events
    .filter((event) => onMain(event) && event.args?.data?.functionName === BATCH_FUNCTION)
    .map((event) => event.ts)
    .sort((a, b) => a - b);

  const perBatchMs: number[] = [];
  const perBatchThreadMs: number[] = [];
  let callsDuringWorkload = 0;
  for (const [index, start] of batches.entries()) {
    const previous = batches[index - 1];
    // The last batch's window is as long as the one before it.
    const end = batches[index + 1] ?? (previous === undefined ? start : 2 * start - previous);
    const inside = own
      .filter((event) => event.start < end && event.end > start)
      .map((event) => ({ start: Math.max(event.start, start), end: Math.min(event.end, end) }));
    perBatchMs.push(unionLength(inside) / 1000);
    perBatchThreadMs.push(
      outermost
        .filter((event) => event.start >= start && event.start < end)
        .reduce((sum, event) => sum + event.thread, 0) / 1000,
    );
    callsDuringWorkload += own.filter(
      (event) => event.name === 'FunctionCall' && event.start >= start && event.start < end,
    ).length;
  }

  return {
    scriptMs: unionLength(own) / 1000,
    sampledMs: sampledTime(events, evaluation.pid, extensionId) / 1000,
    calls: own.filter((event) => event.name === 'FunctionCall').length,
    evaluateMs: (evaluation.dur ?? 0) / 1000,
    evaluateThreadMs: (evaluation.tdur ?? 0) / 1000,
    perBatchMs,
    perBatchThreadMs,
    callsDuringWorkload,
  };
}

/** Microseconds of V8 samples in process `pid` whose stack holds one of the extension's frames. */
function sampledTime(events: readonly TraceEvent[], pid: number, extensionId: string): number {
  // A process may hold several profiles (one per isolate); each numbers its nodes on its own.
  type Profile = { nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] };
  const profiles = new Map<string, Profile>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid) continue;
    const key = event.id ?? '';
    const profile: Profile = profiles.get(key) ?? { nodes: new Map(), samples: [], deltas: [] };
    profiles.set(key, profile);
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }
  let total = 0;
  for (const { nodes, samples, deltas } of profiles.values()) {
    const inExtension = new Map<number, boolean>();
    const check = (id: number): boolean => {
      const known = inExtension.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const result =
        node !== undefined &&
        (isExtensionUrl(node.callFrame.url, extensionId) ||
          (node.parent !== undefined && check(node.parent)));
      inExtension.set(id, result);
      return result;
    };
    // A sample lasts until the next one is taken.
    for (const [index, id] of samples.entries()) if (check(id)) total += deltas[index + 1] ?? 0;
  }
  return total;
}
