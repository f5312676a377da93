/**
 * Decides when a backend purges expired ephemeral rows: on the first write, then at most once per
 * interval. Purging is housekeeping only; correctness comes from reads filtering on expiry.
 */
import type { Clock } from './clock.ts';

export interface PurgeSchedule {
  /** True (and the schedule restarts) when a purge is due now. */
  due(): boolean;
}

export function createPurgeSchedule(clock: Clock, intervalMs: number): PurgeSchedule {
  let lastPurge: number | undefined;
  return {
    due(): boolean {
      const now = clock();
      if (lastPurge !== undefined && now - lastPurge < intervalMs) return false;
      lastPurge = now;
      return true;
    },
  };
}
