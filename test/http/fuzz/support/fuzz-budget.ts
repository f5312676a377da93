/**
 * How many generated requests each fuzz file sends. Issue #8 asks for at least 10,000 cases over
 * the HTTP surface; each file asserts it sent its share, and fuzz-budget.test.ts that the shares
 * add up. Split over several files so `node --test` runs them concurrently, each well under 20 s
 * on a loaded 2-core machine (about 1,500 requests through a whole in-process gateway).
 */
export const FUZZ_CASES = {
  userFilters: 1500,
  searches: 1500,
  userPatches: 1500,
  groupPatches: 1500,
  bodies: 1500,
  queries: 1500,
  requests: 1500,
} as const;

export const MIN_TOTAL_FUZZ_CASES = 10_000;
