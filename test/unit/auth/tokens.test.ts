import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSecretKey, generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { issueToken } from '../../../src/auth/issue-token.ts';
import { verifyToken } from '../../../src/auth/verify-token.ts';
import { generateTokenSecret, tokenKeyFromSecret } from '../../../src/auth/token-key.ts';
import { parseDurationSeconds } from '../../../src/auth/parse-duration.ts';

const key = tokenKeyFromSecret('s'.repeat(32));
const otherKey = tokenKeyFromSecret('t'.repeat(32));

function reasonOf(token: string, verifyKey = key, now?: Date): string {
  const result = verifyToken(token, verifyKey, now === undefined ? {} : { now });
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

describe('issueToken / verifyToken', () => {
  it('round-trips subject, scopes, token id and expiry', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const issued = issueToken({ key, subject: 'okta-prod', scopes: ['scim:read'], expiresInSeconds: 3600, now });
    const result = verifyToken(issued.token, key, { now });
    assert.ok(result.ok);
    assert.equal(result.principal.subject, 'okta-prod');
    assert.deepEqual([...result.principal.scopes], ['scim:read']);
    assert.equal(result.principal.tokenId, issued.tokenId);
    assert.deepEqual(result.principal.expiresAt, new Date('2026-01-01T01:00:00Z'));
  });

  it('writes the claims the brief lists: sub, scope, iat, jti, iss, aud, HS256', () => {
    const issued = issueToken({ key, subject: 'entra' });
    const decoded = jwt.decode(issued.token, { complete: true });
    assert.ok(decoded !== null && typeof decoded.payload === 'object');
    assert.equal(decoded.header.alg, 'HS256');
    assert.deepEqual(Object.keys(decoded.payload).sort(), ['aud', 'iat', 'iss', 'jti', 'scope', 'sub']);
    assert.equal(decoded.payload.scope, 'scim:read scim:write');
    assert.equal(decoded.payload.iss, 'scim-bridge');
    assert.equal(decoded.payload.aud, 'scim-bridge');
  });

  it('gives every token a fresh jti', () => {
    assert.notEqual(issueToken({ key, subject: 'a' }).tokenId, issueToken({ key, subject: 'a' }).tokenId);
  });

  it('refuses an empty subject', () => {
    assert.throws(() => issueToken({ key, subject: ' ' }), TypeError);
  });

  it('rejects a token signed with another secret', () => {
    assert.equal(reasonOf(issueToken({ key: otherKey, subject: 'x' }).token), 'bad-signature');
  });

  it('rejects an expired token', () => {
    const issued = issueToken({ key, subject: 'x', expiresInSeconds: 60, now: new Date('2026-01-01T00:00:00Z') });
    assert.equal(reasonOf(issued.token, key, new Date('2026-01-01T00:01:01Z')), 'expired');
  });

  it('rejects alg none and any algorithm but HS256', () => {
    const claims = { sub: 'x', scope: 'scim:read', jti: 'j', iss: 'scim-bridge', aud: 'scim-bridge' };
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    assert.equal(reasonOf(none), 'wrong-algorithm');
    const hs512 = jwt.sign(claims, createSecretKey(Buffer.from('s'.repeat(32))), { algorithm: 'HS512' });
    assert.equal(reasonOf(hs512), 'wrong-algorithm');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    assert.equal(reasonOf(jwt.sign(claims, privateKey, { algorithm: 'ES256' })), 'wrong-algorithm');
  });

  it('rejects wrong issuer, wrong audience and missing claims', () => {
    const base = { sub: 'x', scope: 'scim:read', jti: 'j' };
    assert.equal(reasonOf(jwt.sign({ ...base, iss: 'someone', aud: 'scim-bridge' }, key, { algorithm: 'HS256' })), 'wrong-issuer');
    assert.equal(reasonOf(jwt.sign({ ...base, iss: 'scim-bridge', aud: 'other' }, key, { algorithm: 'HS256' })), 'wrong-audience');
    assert.equal(reasonOf(jwt.sign({ sub: 'x', jti: 'j', iss: 'scim-bridge', aud: 'scim-bridge' }, key, { algorithm: 'HS256' })), 'bad-claims');
    assert.equal(reasonOf(jwt.sign({ ...base, scope: 'admin', iss: 'scim-bridge', aud: 'scim-bridge' }, key, { algorithm: 'HS256' })), 'bad-claims');
  });

  it('calls garbage malformed', () => {
    assert.equal(reasonOf('not-a-jwt'), 'malformed');
    assert.equal(reasonOf('a.b.c'), 'malformed');
  });

  it('never puts key material in failure details', () => {
    const result = verifyToken(issueToken({ key: otherKey, subject: 'x' }).token, key);
    assert.ok(!result.ok);
    assert.doesNotMatch(result.detail, /sss|ttt/);
  });

  it('generates secrets long enough for SCIM_BRIDGE_JWT_SECRET', () => {
    const secret = generateTokenSecret();
    assert.ok(Buffer.byteLength(secret) >= 32);
    assert.notEqual(secret, generateTokenSecret());
  });
});

describe('parseDurationSeconds', () => {
  it('reads integer spans with a unit', () => {
    assert.equal(parseDurationSeconds('365d'), 365 * 86_400);
    assert.equal(parseDurationSeconds('12h'), 43_200);
    assert.equal(parseDurationSeconds('90s'), 90);
    assert.equal(parseDurationSeconds('2w'), 1_209_600);
  });

  it('refuses bare numbers, zero, fractions and unknown units', () => {
    for (const bad of ['365', '0d', '1.5d', '1y', '', 'd', '-1d']) assert.equal(parseDurationSeconds(bad), undefined, bad);
  });
});
