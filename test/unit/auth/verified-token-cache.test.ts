/**
 * The verified-token cache behind createTokenVerifier. A hit is observed by object identity:
 * verifyToken builds a new principal on every call, so getting the very same object back means
 * the token was not verified again.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withRevocationCheck } from '../../../src/auth/check-revocation.ts';
import { issueToken } from '../../../src/auth/issue-token.ts';
import type { Principal } from '../../../src/auth/token-claims.ts';
import { tokenKeyFromSecret } from '../../../src/auth/token-key.ts';
import { VerifiedTokenCache } from '../../../src/auth/verified-token-cache.ts';
import { createTokenVerifier, verifyToken, type TokenVerification, type TokenVerifierOptions } from '../../../src/auth/verify-token.ts';

const key = tokenKeyFromSecret('s'.repeat(32));
const T0 = new Date('2026-01-01T00:00:00Z');

/** A verifier whose clock the test moves. */
function verifierAt(start: Date, options: Omit<TokenVerifierOptions, 'clock'> = {}) {
  let now = start;
  const verify = createTokenVerifier(key, { ...options, clock: () => now });
  return {
    verify: (token: string) => verify(token) as TokenVerification,
    setNow: (date: Date) => void (now = date),
  };
}

function principalOf(result: TokenVerification): Principal {
  assert.ok(result.ok, `expected a verified token, got ${JSON.stringify(result)}`);
  return result.principal;
}

const tokenFor = (subject: string, expiresInSeconds?: number): string =>
  issueToken({ key, subject, now: T0, ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) }).token;

describe('createTokenVerifier caches successful verifications', () => {
  it('a repeated token gets the same principal back without being verified again', () => {
    const token = tokenFor('okta-prod', 3600);
    // The baseline the identity check relies on: uncached verification makes a new principal each time.
    assert.notEqual(principalOf(verifyToken(token, key, { now: T0 })), principalOf(verifyToken(token, key, { now: T0 })));
    const { verify } = verifierAt(T0);
    const first = principalOf(verify(token));
    assert.equal(first.subject, 'okta-prod');
    assert.equal(principalOf(verify(token)), first);
  });

  it('a cached token is refused from the exact second of its exp, as an uncached one is', () => {
    const token = tokenFor('okta-prod', 60);
    const exp = new Date(T0.getTime() + 60_000);
    const { verify, setNow } = verifierAt(T0);
    const cached = principalOf(verify(token));
    setNow(new Date(exp.getTime() - 1));
    assert.equal(principalOf(verify(token)), cached);
    setNow(exp);
    const refused = verify(token);
    assert.deepEqual(refused, verifyToken(token, key, { now: exp }));
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'expired');
    assert.match(refused.detail, /has expired/);
    setNow(new Date(exp.getTime() + 3_600_000));
    assert.equal(verify(token).ok, false);
  });

  it('a token without exp stays cached', () => {
    const token = tokenFor('okta-prod');
    const { verify, setNow } = verifierAt(T0);
    const cached = principalOf(verify(token));
    setNow(new Date(T0.getTime() + 365 * 86_400_000));
    assert.equal(principalOf(verify(token)), cached);
  });

  it('a token with one signature character changed is refused after the original was cached', () => {
    const token = tokenFor('okta-prod', 3600);
    const { verify } = verifierAt(T0);
    const cached = principalOf(verify(token));
    const dot = token.lastIndexOf('.');
    // The signature's first character: all 6 of its bits are signature bits (the last one's are not).
    const tampered = `${token.slice(0, dot + 1)}${token[dot + 1] === 'A' ? 'B' : 'A'}${token.slice(dot + 2)}`;
    assert.notEqual(tampered, token);
    const refused = verify(tampered);
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'bad-signature');
    assert.equal(principalOf(verify(token)), cached);
  });

  it('failures are not cached: refused tokens do not take the place of a verified one', () => {
    const token = tokenFor('okta-prod', 3600);
    const { verify } = verifierAt(T0, { cache: { maxEntries: 1 } });
    const cached = principalOf(verify(token));
    const other = tokenKeyFromSecret('t'.repeat(32));
    for (let i = 0; i < 50; i += 1) {
      assert.equal(verify(`junk.${i}.token`).ok, false);
      assert.equal(verify(issueToken({ key: other, subject: `x${i}`, now: T0 }).token).ok, false);
    }
    assert.equal(principalOf(verify(token)), cached);
  });

  it('an expired token stays refused and is never cached, even when verified again and again', () => {
    const token = tokenFor('okta-prod', 60);
    const { verify } = verifierAt(new Date(T0.getTime() + 120_000));
    for (let i = 0; i < 3; i += 1) assert.equal(verify(token).ok, false);
  });

  it('evicts the least recently used token beyond the bound', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((subject) => tokenFor(subject, 3600)) as [string, string, string];
    const { verify } = verifierAt(T0, { cache: { maxEntries: 2 } });
    const pa = principalOf(verify(a));
    const pb = principalOf(verify(b));
    assert.equal(principalOf(verify(a)), pa); // a is now the most recently used
    principalOf(verify(c)); // evicts b
    assert.equal(principalOf(verify(a)), pa);
    const pbAgain = principalOf(verify(b)); // verified afresh, which evicts c
    assert.notEqual(pbAgain, pb);
    assert.equal(pbAgain.subject, 'b');
  });

  it('does not cache tokens longer than the length limit, but still verifies them', () => {
    const token = tokenFor('okta-prod', 3600);
    const { verify } = verifierAt(T0, { cache: { maxTokenLength: token.length - 1 } });
    const first = principalOf(verify(token));
    const second = principalOf(verify(token));
    assert.notEqual(second, first);
    assert.equal(second.tokenId, first.tokenId);
  });

  it('revocation still refuses a cached token: the denylist is asked on every request', async () => {
    const issued = issueToken({ key, subject: 'okta-prod', now: T0, expiresInSeconds: 3600 });
    const { verify } = verifierAt(T0);
    const revoked = new Set<string>();
    const asked: string[] = [];
    const check = withRevocationCheck(verify, (jti) => {
      asked.push(jti);
      return Promise.resolve(revoked.has(jti));
    });
    assert.ok((await check(issued.token)).ok);
    assert.ok((await check(issued.token)).ok);
    revoked.add(issued.tokenId);
    const refused = await check(issued.token);
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'revoked');
    assert.deepEqual(asked, [issued.tokenId, issued.tokenId, issued.tokenId]);
    // The signature verification underneath is still a cache hit: revocation is the wrapper's job.
    assert.ok(verify(issued.token).ok);
  });
});

describe('VerifiedTokenCache', () => {
  const principal = (tokenId: string, expiresAt?: Date): Principal => ({ subject: 's', scopes: new Set(['scim:read']), tokenId, expiresAt });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const cache = new VerifiedTokenCache({ maxEntries: 3 });
    for (const id of ['1', '2', '3', '4', '5']) cache.set(`t${id}`, principal(id));
    assert.equal(cache.size, 3);
    assert.equal(cache.get('t1', T0), undefined);
    assert.equal(cache.get('t2', T0), undefined);
    assert.equal(cache.get('t3', T0)?.tokenId, '3');
    cache.set('t6', principal('6')); // t4 is now the least recently used
    assert.equal(cache.get('t4', T0), undefined);
    assert.equal(cache.get('t3', T0)?.tokenId, '3');
  });

  it('drops an entry once its expiry has come', () => {
    const cache = new VerifiedTokenCache();
    cache.set('t', principal('1', new Date(T0.getTime() + 1000)));
    assert.equal(cache.get('t', new Date(T0.getTime() + 999))?.tokenId, '1');
    assert.equal(cache.get('t', new Date(T0.getTime() + 1000)), undefined);
    assert.equal(cache.size, 0);
  });

  it('ignores tokens over the length limit and refuses a bound below one', () => {
    const cache = new VerifiedTokenCache({ maxTokenLength: 4 });
    cache.set('12345', principal('1'));
    assert.equal(cache.size, 0);
    assert.throws(() => new VerifiedTokenCache({ maxEntries: 0 }), RangeError);
  });
});
