/**
 * Contract: the issued-token registry and the token denylist.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openFor, type GatewayStateHarness } from './harness.ts';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

export function tokensContract(harness: GatewayStateHarness): void {
  describe('issued tokens and denylist', () => {
    it('records tokens and lists them oldest first, expiresAt only when given', async (t) => {
      const state = await openFor(t, harness);
      assert.deepEqual(await state.listIssuedTokens(), []);
      assert.deepEqual(
        await state.recordIssuedToken({ jti: 'j-2', subject: 'entra', scopes: ['scim:read'], issuedAt: new Date(t0 + day), expiresAt: new Date(t0 + 30 * day) }),
        { outcome: 'recorded' },
      );
      await state.recordIssuedToken({ jti: 'j-1', subject: 'okta', scopes: ['scim:read', 'scim:write'], issuedAt: new Date(t0) });
      assert.deepEqual(await state.listIssuedTokens(), [
        { jti: 'j-1', subject: 'okta', scopes: ['scim:read', 'scim:write'], issuedAt: new Date(t0) },
        { jti: 'j-2', subject: 'entra', scopes: ['scim:read'], issuedAt: new Date(t0 + day), expiresAt: new Date(t0 + 30 * day) },
      ]);
    });

    it('keeps the first token when a jti is recorded twice', async (t) => {
      const state = await openFor(t, harness);
      await state.recordIssuedToken({ jti: 'j-1', subject: 'okta', scopes: [], issuedAt: new Date(t0) });
      assert.deepEqual(await state.recordIssuedToken({ jti: 'j-1', subject: 'evil', scopes: ['scim:write'], issuedAt: new Date(t0 + day) }), { outcome: 'duplicate' });
      assert.deepEqual(await state.listIssuedTokens(), [{ jti: 'j-1', subject: 'okta', scopes: [], issuedAt: new Date(t0) }]);
    });

    it('revokes idempotently, keeping the first revocation time', async (t) => {
      const state = await openFor(t, harness);
      await state.recordIssuedToken({ jti: 'j-1', subject: 'okta', scopes: ['scim:read'], issuedAt: new Date(t0) });
      await state.recordIssuedToken({ jti: 'j-2', subject: 'okta', scopes: ['scim:read'], issuedAt: new Date(t0 + 1) });
      assert.equal(await state.isTokenRevoked('j-1'), false);
      assert.deepEqual(await state.revokeToken('j-1', new Date(t0 + day)), { outcome: 'revoked' });
      assert.deepEqual(await state.revokeToken('j-1', new Date(t0 + 2 * day)), { outcome: 'already-revoked', revokedAt: new Date(t0 + day) });
      assert.equal(await state.isTokenRevoked('j-1'), true);
      assert.equal(await state.isTokenRevoked('j-2'), false);
      const listed = await state.listIssuedTokens();
      assert.deepEqual(listed.map((token) => token.revokedAt), [new Date(t0 + day), undefined]);
      assert.equal('revokedAt' in (listed[1] ?? {}), false);
    });

    it('denylists a jti it never recorded (tokens may predate the registry)', async (t) => {
      const state = await openFor(t, harness);
      assert.deepEqual(await state.revokeToken('unknown', new Date(t0)), { outcome: 'revoked' });
      assert.equal(await state.isTokenRevoked('unknown'), true);
      assert.deepEqual(await state.listIssuedTokens(), []);
    });
  });
}
