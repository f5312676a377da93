/**
 * Bearer token attacks over real HTTP against the whole gateway (embedded emulator, real SDK,
 * SQLite state): every forged, stale or revoked token is a 401 with a Bearer challenge and a SCIM
 * body, and the write it carried never reaches the Identity Store.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSecretKey, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { issueToken } from '../../../src/auth/issue-token.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { runCli } from '../../../src/cli/run-cli.ts';
import { tempDirForThisFile } from '../../state/temp-dir.ts';
import { GATEWAY_SECRET, newUser, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';
import { assertNoIdentityStoreCall, assertScimRefusal, gatewayClaims, rawJwt } from './security-assertions.ts';

const dir = tempDirForThisFile('token-forgery');
const STATE = `sqlite:${join(dir, 'state.db')}`;
const gatewayKey = createSecretKey(Buffer.from(GATEWAY_SECRET));
const ecPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = ecPair.publicKey.export({ format: 'pem', type: 'spki' }).toString();

let scim: ScimGateway;

before(async () => {
  scim = await startScimGateway({ SCIM_BRIDGE_STATE: STATE });
});
after(() => scim.close());
beforeEach(() => scim.emulator?.calls.clear());

/** A write with the given Authorization header: the worst thing a forged token could do. */
async function createUserWith(authorization: string | undefined, userName = 'mallory@example.com') {
  const test = scim.post('/Users', newUser(userName), '');
  return authorization === undefined ? test : test.set('Authorization', authorization);
}

async function expectInvalidToken(token: string, reason: string, detail: RegExp): Promise<void> {
  const res = await createUserWith(`Bearer ${token}`);
  assertScimRefusal(res, { status: 401, detail, challenge: new RegExp(`error="invalid_token", error_description="${reason}"`) });
  assertNoIdentityStoreCall(scim.emulator);
}

describe('bearer tokens that must not get in', () => {
  it('no Authorization header', async () => {
    const res = await createUserWith(undefined);
    assertScimRefusal(res, { status: 401, detail: /Missing bearer token/, challenge: /^Bearer realm="scim-bridge"$/ });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it('another scheme (Basic)', async () => {
    const res = await createUserWith('Basic dXNlcjpwYXNzd29yZA==');
    assertScimRefusal(res, { status: 401, detail: /must be "Bearer <token>"/, challenge: /error="invalid_request"/ });
    assertNoIdentityStoreCall(scim.emulator);
  });

  it('not a JWT', () => expectInvalidToken('not.a.jwt', 'malformed', /not a well-formed JWT/));

  it('alg: none with an empty signature', () => expectInvalidToken(rawJwt({ alg: 'none', typ: 'JWT' }, gatewayClaims()), 'wrong-algorithm', /must be signed with HS256/));

  it('alg: none spelled otherwise, with a signature copied from a valid token', () => {
    const signature = scim.token.split('.')[2] ?? '';
    return expectInvalidToken(rawJwt({ alg: 'None', typ: 'JWT' }, gatewayClaims(), signature), 'wrong-algorithm', /must be signed with HS256/);
  });

  it('HS/RS confusion: an RS256 token at an HS256 gateway', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return expectInvalidToken(jwt.sign(gatewayClaims(), privateKey, { algorithm: 'RS256' }), 'wrong-algorithm', /must be signed with HS256/);
  });

  it('HS256 with another secret', () => expectInvalidToken(issueToken({ key: createSecretKey(Buffer.from('x'.repeat(40))), subject: 'test-idp' }).token, 'bad-signature', /signature does not verify/));

  it('HS512 with the right secret (algorithm outside the pinned one)', () => expectInvalidToken(jwt.sign(gatewayClaims(), gatewayKey, { algorithm: 'HS512' }), 'wrong-algorithm', /must be signed with HS256/));

  it('a tampered payload: a read-only token whose scope was edited to scim:write', () => {
    const [header, , signature] = scim.tokenFor(['scim:read']).split('.');
    const payload = Buffer.from(JSON.stringify(gatewayClaims({ scope: 'scim:read scim:write' }))).toString('base64url');
    return expectInvalidToken(`${header ?? ''}.${payload}.${signature ?? ''}`, 'bad-signature', /signature does not verify/);
  });

  it('a tampered payload: the subject changed to another IdP', () => {
    const [header, payload = '', signature] = scim.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const edited = Buffer.from(JSON.stringify({ ...claims, sub: 'okta-prod' })).toString('base64url');
    return expectInvalidToken(`${header ?? ''}.${edited}.${signature ?? ''}`, 'bad-signature', /signature does not verify/);
  });

  it('expired', () => {
    const token = issueToken({ key: gatewayKey, subject: 'test-idp', expiresInSeconds: 60, now: new Date(Date.now() - 3_600_000) }).token;
    return expectInvalidToken(token, 'expired', /has expired/);
  });

  it('not valid before a future time (nbf)', () => expectInvalidToken(jwt.sign(gatewayClaims({ nbf: Math.floor(Date.now() / 1000) + 3600 }), gatewayKey, { algorithm: 'HS256' }), 'not-yet-valid', /not valid yet/));

  it('issued by someone else (iss)', () => expectInvalidToken(jwt.sign(gatewayClaims({ iss: 'https://evil.example' }), gatewayKey, { algorithm: 'HS256' }), 'wrong-issuer', /not issued by scim-bridge/));

  it('meant for another service (aud)', () => expectInvalidToken(jwt.sign(gatewayClaims({ aud: 'https://graph.example' }), gatewayKey, { algorithm: 'HS256' }), 'wrong-audience', /not meant for scim-bridge/));

  it('right key but no scope', () => expectInvalidToken(jwt.sign(gatewayClaims({ scope: undefined }), gatewayKey, { algorithm: 'HS256' }), 'bad-claims', /lacks a subject, a token id or a valid scope/));

  it('revoked with `token revoke` (and valid until then)', async () => {
    const token = scim.tokenFor(['scim:read', 'scim:write'], 'okta-prod');
    const jti = String(jwt.decode(token, { json: true })?.jti);
    assert.equal((await scim.get('/ServiceProviderConfig', token)).status, 200);
    const out: string[] = [];
    const io: CliIo = { env: { SCIM_BRIDGE_STATE: STATE }, stdout: (line) => void out.push(line), stderr: () => undefined, waitForShutdown: () => Promise.resolve('SIGTERM'), cwd: dir };
    assert.equal(await runCli(['token', 'revoke', jti], io), 0);
    assert.match(out.join('\n'), new RegExp(`Revoked token ${jti}`));
    scim.emulator?.calls.clear();
    await expectInvalidToken(token, 'revoked', /has been revoked/);
    // The other tokens of the gateway are unaffected.
    assert.equal((await scim.get('/ServiceProviderConfig')).status, 200);
  });
});

describe('HS/RS confusion at an ES256 gateway', () => {
  let es: ScimGateway;
  before(async () => {
    const publicFile = join(dir, 'jwt-public.pem');
    writeFileSync(publicFile, publicPem);
    es = await startScimGateway({ SCIM_BRIDGE_JWT_SECRET: undefined, SCIM_BRIDGE_JWT_PUBLIC_KEY_FILE: publicFile });
  });
  after(() => es.close());
  beforeEach(() => es.emulator?.calls.clear());

  it('refuses an HS256 token whose HMAC key is the gateway public key', async () => {
    const forged = jwt.sign(gatewayClaims(), Buffer.from(publicPem), { algorithm: 'HS256' });
    const res = await es.post('/Users', newUser('mallory@example.com'), forged);
    assertScimRefusal(res, { status: 401, detail: /must be signed with ES256/, challenge: /error_description="wrong-algorithm"/ });
    assertNoIdentityStoreCall(es.emulator);
  });

  it('refuses an HS256 token made with the former secret', async () => {
    const res = await es.post('/Users', newUser('mallory@example.com'), scim.token);
    assertScimRefusal(res, { status: 401, detail: /must be signed with ES256/ });
    assertNoIdentityStoreCall(es.emulator);
  });

  it('accepts an ES256 token signed with the private key', async () => {
    const token = issueToken({ key: ecPair.privateKey, subject: 'okta', scopes: ['scim:read'] }).token;
    assert.equal((await es.get('/ServiceProviderConfig', token)).status, 200);
  });
});
