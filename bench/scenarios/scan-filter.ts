/**
 * A filter the Identity Store cannot answer, `name.familyName co "x"`, over every user (issue #8:
 * calls and latency, cold and warm): a scan of all users plus an in-memory predicate. Cold is the
 * first time the gateway sees the query; warm repeats it (a first page always rescans, so an IdP
 * starting a new import sees fresh data); the second page is sliced from the snapshot the first
 * page took. The baseline is one direct ListUsers scan.
 */
import type { BenchEnvironment } from '../bench-environment.ts';
import { FAMILY_X_EVERY } from '../bench-environment.ts';
import { ms, type ResultRow } from '../report.ts';
import { directScan, type DirectScan } from './direct-scan.ts';

const FILTER = encodeURIComponent('name.familyName co "x"');

interface Measured {
  readonly calls: number;
  readonly elapsedMs: number;
  readonly totalResults: number;
}

export interface ScanFilterResult {
  readonly users: number;
  readonly cold: Measured;
  readonly warm: Measured;
  readonly nextPage: Measured;
  readonly direct: DirectScan;
}

async function measure(env: BenchEnvironment, path: string): Promise<Measured> {
  env.emulator.calls.clear();
  const started = performance.now();
  const page = (await env.scim(1).expect(200, 'GET', path)) as { totalResults: number };
  return { elapsedMs: performance.now() - started, calls: env.emulator.calls.count(), totalResults: page.totalResults };
}

export async function scanFilter(env: BenchEnvironment): Promise<ScanFilterResult> {
  const direct = await directScan(env);
  const cold = await measure(env, `/Users?filter=${FILTER}&startIndex=1&count=100`);
  const warm = await measure(env, `/Users?filter=${FILTER}&startIndex=1&count=100`);
  const nextPage = await measure(env, `/Users?filter=${FILTER}&startIndex=101&count=100`);
  const expected = Math.ceil(direct.users / FAMILY_X_EVERY);
  if (cold.totalResults < expected) throw new Error(`the scan filter found ${cold.totalResults} users, expected at least ${expected}`);
  env.emulator.calls.clear();
  return { users: direct.users, cold, warm, nextPage, direct };
}

export function scanFilterRows(result: ScanFilterResult): ResultRow[] {
  const row = (label: string, measured: Measured): ResultRow => ({
    item: `name.familyName co "x" over ${result.users} users, ${label}`,
    measured: `${measured.calls} calls, ${ms(measured.elapsedMs)} (${measured.totalResults} matches)`,
    baseline: `direct scan: ${result.direct.calls} ListUsers, ${ms(result.direct.elapsedMs)}`,
    ratio: `${(measured.elapsedMs / result.direct.elapsedMs).toFixed(2)}x`,
    target: '',
    pass: undefined,
  });
  return [row('cold (first page)', result.cold), row('warm (first page again)', result.warm), row('next page (from the snapshot)', result.nextPage)];
}
