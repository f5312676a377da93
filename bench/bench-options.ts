/**
 * What `npm run bench` measures and how hard, from the environment (sizes are configurable so a
 * quick run is possible: `BENCH_USERS=1000 npm run bench`). Invalid values stop the run naming
 * the variable, like the gateway's own configuration.
 */

export interface BenchOptions {
  /** Users seeded for listing, paging, the scan filter and RSS; also how many POST /Users creates. */
  readonly users: number;
  /** Requests in flight at once in the throughput runs (GET and POST). */
  readonly concurrency: number;
  /** GET /Users/{id} requests per measured round (and as many direct DescribeUser calls). */
  readonly getRequests: number;
  /** Rounds of each throughput comparison; the median round is reported (others share this machine). */
  readonly rounds: number;
  /** Where CPU profiles of the GET and POST phases go; unset: no profiling. */
  readonly profileDir: string | undefined;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got ${JSON.stringify(raw)})`);
  return value;
}

export function readBenchOptions(env: NodeJS.ProcessEnv): BenchOptions {
  const profileDir = env['BENCH_PROFILE_DIR'];
  return {
    users: positiveInteger(env, 'BENCH_USERS', 10_000),
    concurrency: positiveInteger(env, 'BENCH_CONCURRENCY', 8),
    getRequests: positiveInteger(env, 'BENCH_GET_REQUESTS', 2_000),
    rounds: positiveInteger(env, 'BENCH_ROUNDS', 3),
    profileDir: profileDir === undefined || profileDir.trim() === '' ? undefined : profileDir,
  };
}
