/**
 * GET /Users/{id} through the gateway against the same load sent straight to the emulator as
 * DescribeUser with the SDK (issue #8: target >= 0.6 of the direct rate). Both at the same
 * concurrency over the same users, in alternating rounds after a warm-up, the median round of
 * each reported: other processes share the machine, and alternation spreads their noise evenly.
 * Two context loads run in the same rounds: GET /ServiceProviderConfig (the HTTP stack with no
 * Identity Store call) and the same GET sent to the floor app (../floor-app.ts: express and one
 * DescribeUser, nothing else), which is as close to the direct rate as an Express gateway gets.
 */
import { DescribeUserCommand } from '@aws-sdk/client-identitystore';
import type { BenchEnvironment, SeededUser } from '../bench-environment.ts';
import { STORE_ID } from '../bench-environment.ts';
import { ENTERPRISE_EXTENSION } from '../../src/identity-store/port.ts';
import type { BenchOptions } from '../bench-options.ts';
import { withFloorApp } from '../floor-app.ts';
import { cpuPerTask, medianBy, percentile, perSecond, runLoad, type LoadResult } from '../run-load.ts';
import { ms, perSecondText, type ResultRow } from '../report.ts';
import type { ScimClient } from '../scim-client.ts';

export const GET_TARGET_RATIO = 0.6;

export interface GetComparison {
  readonly gateway: LoadResult;
  readonly direct: LoadResult;
  /** GET /ServiceProviderConfig: authenticated, no Identity Store call; the HTTP stack's share. */
  readonly noUpstream: LoadResult;
  /** The same GETs answered by the floor app. */
  readonly floor: LoadResult;
  readonly ratio: number;
}

export async function compareGetUser(env: BenchEnvironment, users: readonly SeededUser[], options: BenchOptions): Promise<GetComparison> {
  const scim = env.scim(options.concurrency);
  return withFloorApp(env, options.concurrency, (floorClient) => compareRounds(env, scim, floorClient, users, options));
}

async function compareRounds(env: BenchEnvironment, scim: ScimClient, floorClient: ScimClient, users: readonly SeededUser[], options: BenchOptions): Promise<GetComparison> {
  const userAt = (index: number): SeededUser => users[(index * 7919) % users.length] ?? users[0]!;
  const viaGateway = (total: number): Promise<LoadResult> =>
    runLoad(total, options.concurrency, async (index) => void (await scim.expect(200, 'GET', `/Users/${userAt(index).id}`)));
  const direct = (total: number): Promise<LoadResult> =>
    // The same call the gateway makes: a default GET shows the enterprise extension, so it asks for it.
    runLoad(total, options.concurrency, async (index) => void (await env.direct.send(new DescribeUserCommand({ IdentityStoreId: STORE_ID, UserId: userAt(index).id, Extensions: [ENTERPRISE_EXTENSION] }))));

  // Warm-up, a whole round each: JIT (the gateway has far more code to compile than the SDK alone),
  // connection pools, the SDK's lazily built middleware.
  await direct(options.getRequests);
  await viaGateway(options.getRequests);
  const noUpstream = (total: number): Promise<LoadResult> =>
    runLoad(total, options.concurrency, async () => void (await scim.expect(200, 'GET', '/ServiceProviderConfig')));
  const viaFloor = (total: number): Promise<LoadResult> =>
    runLoad(total, options.concurrency, async (index) => void (await floorClient.expect(200, 'GET', `/Users/${userAt(index).id}`)));
  await noUpstream(options.getRequests);
  await viaFloor(options.getRequests);
  const gatewayRounds: LoadResult[] = [];
  const directRounds: LoadResult[] = [];
  const noUpstreamRounds: LoadResult[] = [];
  const floorRounds: LoadResult[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    directRounds.push(await direct(options.getRequests));
    gatewayRounds.push(await viaGateway(options.getRequests));
    noUpstreamRounds.push(await noUpstream(options.getRequests));
    floorRounds.push(await viaFloor(options.getRequests));
    env.emulator.calls.clear();
  }
  const gateway = medianBy(gatewayRounds, perSecond);
  const directMedian = medianBy(directRounds, perSecond);
  return {
    gateway, direct: directMedian, noUpstream: medianBy(noUpstreamRounds, perSecond), floor: medianBy(floorRounds, perSecond),
    ratio: perSecond(gateway) / perSecond(directMedian),
  };
}

export function getUserRows(result: GetComparison, options: BenchOptions): ResultRow[] {
  const cpu = (load: LoadResult): string => `${cpuPerTask(load).toFixed(2)} ms CPU each`;
  return [
    {
      item: `GET /Users/{id}, ${options.concurrency} in flight (median of ${options.rounds} rounds of ${options.getRequests})`,
      measured: `${perSecondText(perSecond(result.gateway))}, ${cpu(result.gateway)} (p50 ${ms(percentile(result.gateway, 0.5))}, p99 ${ms(percentile(result.gateway, 0.99))})`,
      baseline: `DescribeUser via SDK: ${perSecondText(perSecond(result.direct))}, ${cpu(result.direct)} (p50 ${ms(percentile(result.direct, 0.5))})`,
      ratio: `${result.ratio.toFixed(2)} (CPU: ${(cpuPerTask(result.direct) / cpuPerTask(result.gateway)).toFixed(2)})`,
      target: `>= ${GET_TARGET_RATIO}`,
      pass: result.ratio >= GET_TARGET_RATIO,
    },
    {
      item: 'GET /ServiceProviderConfig (authenticated, no Identity Store call): the HTTP stack alone',
      measured: `${perSecondText(perSecond(result.noUpstream))}, ${cpu(result.noUpstream)}`,
      baseline: `GET /Users/{id}: ${cpu(result.gateway)}`,
      ratio: `${((100 * cpuPerTask(result.noUpstream)) / cpuPerTask(result.gateway)).toFixed(0)}% of a GET`,
      target: '',
      pass: undefined,
    },
    {
      item: 'floor: the same GETs to a bare Express app that only calls DescribeUser',
      measured: `express + SDK DescribeUser: ${perSecondText(perSecond(result.floor))}, ${cpu(result.floor)}`,
      baseline: `DescribeUser via SDK: ${perSecondText(perSecond(result.direct))}`,
      ratio: (perSecond(result.floor) / perSecond(result.direct)).toFixed(2),
      target: '',
      pass: undefined,
    },
  ];
}
