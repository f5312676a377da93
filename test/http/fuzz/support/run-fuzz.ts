/**
 * Runs one fuzz property over a real socket: for each generated input, one request to the gateway,
 * whose response must pass responseProblems (check-response.ts). fast-check drives generation from
 * the printed seed and shrinks a failure to a small input; the failure message carries the seed,
 * the exchange and how to replay it. Prints how the statuses were spread (a run answered only
 * with 400s would prove little) and returns how many requests were sent.
 */
import fc from 'fast-check';
import { describeExchange, responseProblems } from './check-response.ts';
import type { FuzzClient, FuzzRequest, FuzzResponse } from './fuzz-client.ts';
import { reproduceHint } from './fuzz-seed.ts';

export interface FuzzRun<T> {
  readonly file: string;
  readonly seed: number;
  readonly runs: number;
  readonly client: FuzzClient;
  readonly inputs: fc.Arbitrary<T>;
  readonly toRequest: (input: T) => FuzzRequest;
}

export async function runFuzz<T>(run: FuzzRun<T>): Promise<number> {
  let sent = 0;
  const statuses = new Map<number, number>();
  let slowest = { ms: 0, request: '' };
  const property = fc.asyncProperty(run.inputs, async (input) => {
    const request = run.toRequest(input);
    let response: FuzzResponse;
    const started = performance.now();
    try {
      response = await run.client.send(request);
    } catch (error) {
      // A reset or hang-up means the server dropped the request: as bad as a 500 for an IdP.
      throw new Error(`no response (${String(error)})\n${describeExchange(request, undefined)}`, { cause: error });
    } finally {
      sent += 1;
    }
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, request: `${request.method} ${request.path.slice(0, 80)}` };
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const problems = responseProblems(request, response);
    if (problems.length > 0) throw new Error(`${problems.join('; ')}\n${describeExchange(request, response)}`);
  });
  try {
    await fc.assert(property, { seed: run.seed, numRuns: run.runs, includeErrorInReport: true });
  } catch (error) {
    throw new Error(`fuzz seed ${run.seed}: ${reproduceHint(run.seed, run.file)}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ');
  console.log(`[fuzz] ${run.file}: ${sent} requests (${spread}); slowest ${slowest.ms.toFixed(0)} ms: ${slowest.request}`);
  return sent;
}
