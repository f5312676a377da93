/**
 * A closed-loop load: `total` tasks with at most `concurrency` in flight, each started as soon as
 * one finishes (how an IdP's connection pool behaves). Returns the wall time, every task's
 * latency (throughput and percentiles) and the CPU time this process used meanwhile: everything
 * runs in this process, so CPU per task is the whole cost of one request (client, gateway,
 * emulator), and unlike wall time it hardly moves when other processes load the machine.
 */

export interface LoadResult {
  readonly total: number;
  readonly elapsedMs: number;
  /** User + system CPU time of this process during the load. */
  readonly cpuMs: number;
  /** Milliseconds per task, in completion order. */
  readonly latenciesMs: readonly number[];
}

export async function runLoad(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next;
      next += 1;
      const started = performance.now();
      await task(index);
      latenciesMs.push(performance.now() - started);
    }
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { total, elapsedMs, cpuMs: (used.user + used.system) / 1000, latenciesMs };
}

/** CPU milliseconds per task. */
export function cpuPerTask(result: LoadResult): number {
  return result.cpuMs / result.total;
}

export function perSecond(result: LoadResult): number {
  return (result.total * 1000) / result.elapsedMs;
}

export function percentile(result: LoadResult, fraction: number): number {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** The median of measured rounds by a key: the middle one, not a mean skewed by a noisy neighbour. */
export function medianBy<T>(rounds: readonly T[], key: (round: T) => number): T {
  const sorted = [...rounds].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('medianBy: no rounds');
  return middle;
}
