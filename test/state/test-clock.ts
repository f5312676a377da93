/**
 * A clock tests move by hand, so expiry is tested without sleeping.
 */
import type { Clock } from '../../src/state/clock.ts';

export interface TestClock {
  readonly now: Clock;
  advance(ms: number): void;
}

export function createTestClock(start = Date.UTC(2026, 0, 1)): TestClock {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
  };
}
