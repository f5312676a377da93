/**
 * POST /Users for `users` new users at fixed concurrency against the same users created straight
 * with CreateUser through the SDK (issue #8: the gateway within 1.5x the direct time). The work is
 * split into alternating chunks (direct, gateway, direct, ...) so load from other processes falls
 * on both sides alike; the times are summed per side. Both sides first create WARM_UP users that
 * are not measured, so neither pays for compiling its code path inside the measurement.
 */
import { CreateUserCommand } from '@aws-sdk/client-identitystore';
import type { BenchEnvironment } from '../bench-environment.ts';
import { STORE_ID } from '../bench-environment.ts';
import type { BenchOptions } from '../bench-options.ts';
import { percentile, runLoad, type LoadResult } from '../run-load.ts';
import { ms, perSecondText, type ResultRow } from '../report.ts';

export const CREATE_TARGET_FACTOR = 1.5;
const WARM_UP = 200;

export interface CreateComparison {
  readonly users: number;
  readonly gatewayMs: number;
  readonly directMs: number;
  readonly gatewayCpuMs: number;
  readonly directCpuMs: number;
  readonly gatewayChunks: readonly LoadResult[];
  readonly factor: number;
}

export function scimUser(userName: string, index: number): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName,
    externalId: `ext-${userName}`,
    name: { givenName: 'Created', familyName: `User${index}` },
    displayName: `Created User ${index}`,
    emails: [{ value: userName, type: 'work', primary: true }],
    title: 'Engineer',
    active: true,
  };
}

/** The baseline's create: the same user as scimUser, as the SDK sends it. */
export function createUserCommand(userName: string, index: number): CreateUserCommand {
  return new CreateUserCommand({
    IdentityStoreId: STORE_ID,
    UserName: userName,
    DisplayName: `Created User ${index}`,
    Name: { GivenName: 'Created', FamilyName: `User${index}` },
    Emails: [{ Value: userName, Type: 'work', Primary: true }],
    Title: 'Engineer',
  });
}

async function createDirect(env: BenchEnvironment, userName: string, index: number): Promise<void> {
  await env.direct.send(createUserCommand(userName, index));
}

export async function compareCreateUsers(env: BenchEnvironment, options: BenchOptions, runId: string): Promise<CreateComparison> {
  const scim = env.scim(options.concurrency);
  const chunks = Math.max(1, options.rounds);
  const chunkSize = Math.ceil(options.users / chunks);
  const gatewayChunks: LoadResult[] = [];
  let directMs = 0;
  let directCpuMs = 0;
  await runLoad(WARM_UP, options.concurrency, (index) => createDirect(env, `warm-direct-${runId}-${index}@example.com`, index));
  await runLoad(WARM_UP, options.concurrency, async (index) => {
    await scim.expect(201, 'POST', '/Users', scimUser(`warm-gateway-${runId}-${index}@example.com`, index));
  });
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const offset = chunk * chunkSize;
    const size = Math.min(chunkSize, options.users - offset);
    if (size <= 0) break;
    const direct = await runLoad(size, options.concurrency, (index) => createDirect(env, `direct-${runId}-${offset + index}@example.com`, offset + index));
    directMs += direct.elapsedMs;
    directCpuMs += direct.cpuMs;
    gatewayChunks.push(await runLoad(size, options.concurrency, async (index) => {
      const userName = `gateway-${runId}-${offset + index}@example.com`;
      await scim.expect(201, 'POST', '/Users', scimUser(userName, offset + index));
    }));
    env.emulator.calls.clear();
  }
  const gatewayMs = gatewayChunks.reduce((sum, result) => sum + result.elapsedMs, 0);
  const gatewayCpuMs = gatewayChunks.reduce((sum, result) => sum + result.cpuMs, 0);
  return { users: options.users, gatewayMs, directMs, gatewayCpuMs, directCpuMs, gatewayChunks, factor: gatewayMs / directMs };
}

export function createUsersRows(result: CreateComparison, options: BenchOptions): ResultRow[] {
  const latencies: LoadResult = { total: result.users, elapsedMs: result.gatewayMs, cpuMs: result.gatewayCpuMs, latenciesMs: result.gatewayChunks.flatMap((chunk) => chunk.latenciesMs) };
  const cpu = (total: number): string => `${(total / result.users).toFixed(2)} ms CPU each`;
  return [{
    item: `POST /Users x ${result.users}, ${options.concurrency} in flight`,
    measured: `${ms(result.gatewayMs)} (${perSecondText((result.users * 1000) / result.gatewayMs)}, ${cpu(result.gatewayCpuMs)}, p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))})`,
    baseline: `CreateUser via SDK: ${ms(result.directMs)} (${perSecondText((result.users * 1000) / result.directMs)}, ${cpu(result.directCpuMs)})`,
    ratio: `${result.factor.toFixed(2)}x the time (CPU: ${(result.gatewayCpuMs / result.directCpuMs).toFixed(2)}x)`,
    target: `<= ${CREATE_TARGET_FACTOR}x`,
    pass: result.factor <= CREATE_TARGET_FACTOR,
  }];
}
