/**
 * What only the PostgreSQL backend promises: schemas isolate gateways sharing a database, data
 * outlives the pool, expired ephemeral rows are deleted, and an unreachable server fails loudly.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openGatewayState } from '../../../src/state/open-gateway-state.ts';
import { createTestClock } from '../test-clock.ts';
import { testSchemasForThisFile } from './test-schemas.ts';

const schemas = testSchemasForThisFile();

describe('PostgreSQL gateway state storage', () => {
  it('keeps two schemas on one database apart', async () => {
    const a = await openGatewayState(schemas.fresh().url);
    const b = await openGatewayState(schemas.fresh().url);
    try {
      await a.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'x', resourceId: 'u-a' });
      assert.deepEqual(await b.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'x', resourceId: 'u-b' }), { outcome: 'linked' });
      assert.equal(await a.findResourceIdByExternalId('User', 'okta', 'x'), 'u-a');
      assert.equal(await b.findResourceIdByExternalId('User', 'okta', 'x'), 'u-b');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps everything across a reopen', async () => {
    const { url } = schemas.fresh();
    const clock = createTestClock();
    const first = await openGatewayState(url, { clock: clock.now });
    await first.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'ext-1', resourceId: 'u-1' });
    await first.suspendMemberships('u-1', ['g-1']);
    await first.recordIssuedToken({ jti: 'j-1', subject: 'okta', scopes: ['scim:read'], issuedAt: new Date(1_000) });
    await first.revokeToken('j-1', new Date(2_000));
    await first.putEphemeral('cursor', 'c', 'token', 60_000);
    await first.close();
    const second = await openGatewayState(url, { clock: clock.now });
    try {
      assert.equal(await second.findResourceIdByExternalId('User', 'okta', 'ext-1'), 'u-1');
      assert.deepEqual(await second.peekSuspendedMemberships('u-1'), ['g-1']);
      assert.deepEqual(await second.listIssuedTokens(), [{ jti: 'j-1', subject: 'okta', scopes: ['scim:read'], issuedAt: new Date(1_000), revokedAt: new Date(2_000) }]);
      assert.equal(await second.getEphemeral('cursor', 'c'), 'token');
    } finally {
      await second.close();
    }
  });

  it('purges expired ephemeral rows on a write, at most once per purge interval', async () => {
    const { schema, url } = schemas.fresh();
    const clock = createTestClock();
    const state = await openGatewayState(url, { clock: clock.now, ephemeralPurgeIntervalMs: 10_000 });
    const keys = async (): Promise<string[]> =>
      (await schemas.query<{ key: string }>(`SELECT key FROM ${schema}.ephemeral ORDER BY key`)).map((row) => row.key);
    try {
      await state.putEphemeral('cursor', 'a', '1', 1_000);
      clock.advance(5_000);
      await state.putEphemeral('cursor', 'b', '2', 60_000);
      assert.deepEqual(await keys(), ['a', 'b'], 'a is expired but the interval has not passed');
      clock.advance(5_000);
      await state.putEphemeral('cursor', 'c', '3', 60_000);
      assert.deepEqual(await keys(), ['b', 'c']);
    } finally {
      await state.close();
    }
  });

  it('fails to open, rather than hang, when the server refuses connections', { timeout: 20_000 }, async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await assert.rejects(openGatewayState('postgres://postgres@127.0.0.1:1/postgres'), /ECONNREFUSED/);
  });
});
