/**
 * After a fuzz run: the gateway process still serves (liveness and an authenticated SCIM read), so a
 * crash or a wedged event loop cannot pass as a run whose responses were all fine.
 */
import assert from 'node:assert/strict';
import type { FuzzGateway } from './fuzz-gateway.ts';

export async function assertStillServing(fuzz: FuzzGateway): Promise<void> {
  const health = await fuzz.client.send({ method: 'GET', path: '/healthz', headers: {} });
  assert.equal(health.status, 200, health.body);
  const user = await fuzz.client.send({ method: 'GET', path: '/scim/v2/ServiceProviderConfig', headers: { authorization: `Bearer ${fuzz.tokens.read}` } });
  assert.equal(user.status, 200, user.body);
}
