/**
 * How many generated requests each fuzz file sends. Issue #8 asks for at least 10,000 cases over
 * the HTTP surface; each file asserts it sent its share, and fuzz-budget.test.ts that the shares
 * add up. Split over several files so `node --test` runs them concurrently, each well under 20 s
 * on a loaded 2-core machine (1,300 requests through a whole in-process gateway take 5-15 s).
 */
export const FUZZ_CASES = {
  userFilters: 1300,
  searches: 1300,
  userPatches: 1300,
  groupPatches: 1300,
  userBodies: 1300,
  groupBodies: 1300,
  queries: 1300,
  requests: 1300,
} as const;

export const MIN_TOTAL_FUZZ_CASES = 10_000;
