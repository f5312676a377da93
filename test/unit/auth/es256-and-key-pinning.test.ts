import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { withRevocationCheck } from '../../../src/auth/check-revocation.ts';
import { issueToken } from '../../../src/auth/issue-token.ts';
import { loadTokenKeys } from '../../../src/auth/load-token-keys.ts';
import { es256PrivateKeyFromPem, es256PublicKeyFromPem, tokenKeyFromSecret } from '../../../src/auth/token-key.ts';
import { createTokenVerifier, keysByAlgorithm, verifyToken } from '../../../src/auth/verify-token.ts';
import { isConfigError } from '../../../src/config/config-error.ts';
import { ScimError } from '../../../src/scim/errors.ts';
import { tempDirForThisFile } from '../../state/temp-dir.ts';

const secret = tokenKeyFromSecret('s'.repeat(32));
const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const otherPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
const privatePem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const CLAIMS = { sub: 'x', scope: 'scim:read', jti: 'j', iss: 'scim-bridge', aud: 'scim-bridge' };

function reasonOf(token: string, keys: Parameters<typeof verifyToken>[1]): string {
  const result = verifyToken(token, keys);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

describe('ES256 tokens', () => {
  it('are signed with the private key and verify with the public key only', () => {
    const issued = issueToken({ key: pair.privateKey, subject: 'okta', scopes: ['scim:write'] });
    assert.equal(issued.algorithm, 'ES256');
    assert.equal(jwt.decode(issued.token, { complete: true })?.header.alg, 'ES256');
    const result = verifyToken(issued.token, pair.publicKey);
    assert.ok(result.ok);
    assert.equal(result.principal.subject, 'okta');
    assert.equal(reasonOf(issued.token, otherPair.publicKey), 'bad-signature');
  });

  it('cannot be issued with a public key, an RSA key or another curve', () => {
    assert.throws(() => issueToken({ key: pair.publicKey, subject: 'x' }), TypeError);
    assert.throws(() => issueToken({ key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, subject: 'x' }), TypeError);
    assert.throws(() => issueToken({ key: generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, subject: 'x' }), TypeError);
  });

  it('key parsing names what is wrong without quoting the file', () => {
    assert.equal(es256PublicKeyFromPem(publicPem).asymmetricKeyType, 'ec');
    assert.equal(es256PrivateKeyFromPem(privatePem).type, 'private');
    assert.throws(() => es256PublicKeyFromPem('garbage'), /is not a PEM public key/);
    const rsaPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
    assert.throws(() => es256PublicKeyFromPem(rsaPem), /must be an EC P-256 key for ES256 \(got rsa\)/);
  });
});

describe('algorithm pinned per configured key', () => {
  it('a gateway with only the secret refuses ES256 and RS256 tokens as the wrong algorithm', () => {
    assert.equal(reasonOf(jwt.sign(CLAIMS, pair.privateKey, { algorithm: 'ES256' }), secret), 'wrong-algorithm');
    assert.equal(reasonOf(jwt.sign(CLAIMS, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey, { algorithm: 'RS256' }), secret), 'wrong-algorithm');
    const result = verifyToken(jwt.sign(CLAIMS, pair.privateKey, { algorithm: 'ES256' }), secret);
    assert.ok(!result.ok);
    assert.equal(result.detail, 'The bearer token must be signed with HS256.');
  });

  it('a gateway with only the public key refuses an HS256 token made with the public key as HMAC secret (key confusion)', () => {
    const forged = jwt.sign(CLAIMS, Buffer.from(publicPem), { algorithm: 'HS256' });
    assert.equal(reasonOf(forged, pair.publicKey), 'wrong-algorithm');
  });

  it('a gateway with both keys verifies each algorithm with its own key only', () => {
    const keys = [secret, pair.publicKey];
    assert.ok(verifyToken(issueToken({ key: secret, subject: 'a' }).token, keys).ok);
    assert.ok(verifyToken(issueToken({ key: pair.privateKey, subject: 'b' }).token, keys).ok);
    // The public key's bytes as an HMAC secret: HS256 is accepted, but checked against the real secret.
    assert.equal(reasonOf(jwt.sign(CLAIMS, Buffer.from(publicPem), { algorithm: 'HS256' }), keys), 'bad-signature');
    assert.equal(reasonOf(jwt.sign(CLAIMS, tokenKeyFromSecret('s'.repeat(32)), { algorithm: 'HS384' }), keys), 'wrong-algorithm');
    const none = verifyToken(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(CLAIMS)).toString('base64url')}.`, keys);
    assert.ok(!none.ok);
    assert.equal(none.detail, 'The bearer token must be signed with HS256 or ES256.');
  });

  it('refuses a not-yet-valid token', () => {
    const token = jwt.sign({ ...CLAIMS, nbf: Math.floor(Date.now() / 1000) + 600 }, secret, { algorithm: 'HS256' });
    assert.equal(reasonOf(token, secret), 'not-yet-valid');
  });

  it('refuses keys that no gateway token may use, and two keys for one algorithm', () => {
    assert.throws(() => keysByAlgorithm(pair.privateKey), /verified with the public key/);
    assert.throws(() => keysByAlgorithm(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey), TypeError);
    assert.throws(() => keysByAlgorithm([secret, tokenKeyFromSecret('t'.repeat(32))]), /Only one HS256/);
    assert.throws(() => keysByAlgorithm([]), /At least one/);
  });
});

describe('loadTokenKeys', () => {
  const dir = tempDirForThisFile('token-keys');
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const publicFile = write('public.pem', publicPem);
  const privateFile = write('private.pem', privatePem);
  const otherPublicFile = write('other-public.pem', otherPair.publicKey.export({ format: 'pem', type: 'spki' }).toString());

  it('reads the pair relative to the working directory and signs with the private key', async () => {
    const keys = await loadTokenKeys({ secret: 'x'.repeat(32), publicKeyFile: publicFile, privateKeyFile: privateFile }, dir);
    assert.equal(keys.verification.length, 2);
    assert.equal(keys.signing?.type, 'private');
    const verify = createTokenVerifier(keys.verification);
    assert.ok((await verify(issueToken({ key: keys.signing ?? secret, subject: 'x' }).token)).ok);
  });

  it('derives the public key from the private key alone', async () => {
    const keys = await loadTokenKeys({ secret: undefined, publicKeyFile: undefined, privateKeyFile: privateFile }, dir);
    assert.deepEqual(keys.verification.map((key) => key.type), ['public']);
    assert.ok(keys.verification[0]?.equals(createPublicKey(pair.privateKey)));
  });

  it('with the public key alone, verifies but cannot sign', async () => {
    const keys = await loadTokenKeys({ secret: undefined, publicKeyFile: publicFile, privateKeyFile: undefined }, dir);
    assert.equal(keys.signing, undefined);
    assert.equal(keys.verification.length, 1);
  });

  it('reports unreadable files, wrong keys and a mismatched pair as a ConfigError naming each variable', async () => {
    await assert.rejects(loadTokenKeys({ secret: undefined, publicKeyFile: 'missing.pem', privateKeyFile: write('not-a-key.pem', 'hello') }, dir), (error: unknown) => {
      assert.ok(isConfigError(error));
      assert.deepEqual(error.issues.map((issue) => issue.variable), ['SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE', 'SCIM_BRIDGE_JWT_PRIVATE_KEY_FILE']);
      assert.match(error.message, /cannot be read \(ENOENT: missing\.pem\)/);
      assert.doesNotMatch(error.message, /hello/);
      return true;
    });
    await assert.rejects(loadTokenKeys({ secret: undefined, publicKeyFile: otherPublicFile, privateKeyFile: privateFile }, dir), /is not the public half/);
  });
});

describe('withRevocationCheck', () => {
  const verify = createTokenVerifier(secret);

  it('refuses a revoked token and lets others through, asking about the token id', async () => {
    const revoked = issueToken({ key: secret, subject: 'x' });
    const asked: string[] = [];
    const check = withRevocationCheck(verify, (jti) => {
      asked.push(jti);
      return Promise.resolve(jti === revoked.tokenId);
    });
    const refused = await check(revoked.token);
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'revoked');
    assert.match(refused.detail, /has been revoked/);
    const other = issueToken({ key: secret, subject: 'x' });
    assert.ok((await check(other.token)).ok);
    assert.deepEqual(asked, [revoked.tokenId, other.tokenId]);
  });

  it('does not consult the denylist for a token that does not verify', async () => {
    let asked = false;
    const check = withRevocationCheck(verify, () => Promise.resolve((asked = true)));
    assert.equal((await check('not-a-jwt')).ok, false);
    assert.equal(asked, false);
  });

  it('fails closed with a 503 when gateway state does not answer', async () => {
    const check = withRevocationCheck(verify, () => Promise.reject(new Error('database is locked')));
    await assert.rejects(Promise.resolve(check(issueToken({ key: secret, subject: 'x' }).token)), (error: unknown) => {
      assert.ok(error instanceof ScimError);
      assert.equal(error.status, 503);
      assert.equal(error.retryAfterSeconds, 5);
      assert.doesNotMatch(error.detail, /database is locked/);
      return true;
    });
  });
});
