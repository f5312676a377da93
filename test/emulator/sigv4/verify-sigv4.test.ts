// Requests are signed by @smithy/signature-v4 (the signer inside every AWS SDK v3 client) and
// checked by our independent verifier, so each implementation checks the other.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { CredentialRegistry } from '../../../src/emulator/credentials.ts';
import { verifySigV4 } from '../../../src/emulator/sigv4/verify-sigv4.ts';
import type { SignedRequest } from '../../../src/emulator/sigv4/verify-sigv4.ts';

const SIGNED_AT = new Date('2026-03-01T12:00:00Z');
const STATIC = { accessKeyId: 'AKIASTATICEXAMPLE01', secretAccessKey: 'static/secret+key' };
const TEMPORARY = {
  accessKeyId: 'ASIATEMPEXAMPLE0001',
  secretAccessKey: 'temporary-secret',
  sessionToken: 'session-token-value',
  expiresAt: new Date('2026-03-01T13:00:00Z'),
};

interface SignInput {
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  readonly body?: string;
  readonly path?: string;
  readonly query?: Record<string, string>;
  readonly service?: string;
  readonly signingDate?: Date;
}

/** Signs an Identity Store style request and returns it as Node's http server would see it. */
async function signedRequest(input: SignInput): Promise<SignedRequest> {
  const body = input.body ?? '{"IdentityStoreId":"d-1234567890"}';
  const signer = new SignatureV4({
    credentials: input.credentials,
    region: 'eu-west-1',
    service: input.service ?? 'identitystore',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4566,
      path: input.path ?? '/',
      query: input.query ?? {},
      headers: {
        host: '127.0.0.1:4566',
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSIdentityStore.ListUsers',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    },
    { signingDate: input.signingDate ?? SIGNED_AT },
  );
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  const query = new URLSearchParams(input.query ?? {}).toString().replace(/\+/g, '%20');
  return { method: 'POST', path: input.path ?? '/', query, headers, body: Buffer.from(body) };
}

function registry(): CredentialRegistry {
  const r = new CredentialRegistry();
  r.add(STATIC);
  r.add(TEMPORARY);
  return r;
}

function assertFailure(result: ReturnType<typeof verifySigV4>, errorType: string, fragment: string | RegExp): void {
  assert.equal(result.ok, false, 'expected the request to be refused');
  if (result.ok) return;
  assert.equal(result.errorType, errorType);
  assert.equal(result.status, 400);
  if (typeof fragment === 'string') assert.ok(result.message.includes(fragment), result.message);
  else assert.match(result.message, fragment);
}

describe('verifySigV4', () => {
  it('accepts a request signed with a registered static key', async () => {
    const request = await signedRequest({ credentials: STATIC });
    assert.deepEqual(verifySigV4(request, registry(), SIGNED_AT), { ok: true, accessKeyId: STATIC.accessKeyId });
  });

  it('accepts a request signed with temporary credentials and their session token', async () => {
    const request = await signedRequest({ credentials: TEMPORARY });
    assert.equal(request.headers['x-amz-security-token'], TEMPORARY.sessionToken);
    assert.deepEqual(verifySigV4(request, registry(), SIGNED_AT), { ok: true, accessKeyId: TEMPORARY.accessKeyId });
  });

  it('canonicalises path segments and query parameters as the SDK signer does', async () => {
    const request = await signedRequest({
      credentials: STATIC,
      path: '/assignment/roles',
      query: { account_id: '123456789012', role_name: "a b+c/d'e", next_token: 'x*y' },
    });
    assert.equal(verifySigV4(request, registry(), SIGNED_AT).ok, true);
  });

  it('refuses a request signed with the wrong secret', async () => {
    const request = await signedRequest({ credentials: { ...STATIC, secretAccessKey: 'not-the-secret' } });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'InvalidSignatureException', 'does not match the signature you provided');
  });

  it('refuses a request whose body was changed after signing', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const tampered = { ...request, body: Buffer.from('{"IdentityStoreId":"d-0000000000"}') };
    assertFailure(verifySigV4(tampered, registry(), SIGNED_AT), 'InvalidSignatureException', 'does not match');
  });

  it('refuses a request whose signed header was changed after signing', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const tampered = { ...request, headers: { ...request.headers, 'x-amz-target': 'AWSIdentityStore.DeleteUser' } };
    assertFailure(verifySigV4(tampered, registry(), SIGNED_AT), 'InvalidSignatureException', 'does not match');
  });

  it('refuses a request whose query string was changed after signing', async () => {
    const request = await signedRequest({ credentials: STATIC, query: { account_id: '111111111111' } });
    const tampered = { ...request, query: 'account_id=222222222222' };
    assertFailure(verifySigV4(tampered, registry(), SIGNED_AT), 'InvalidSignatureException', 'does not match');
  });

  it('refuses a request that lost a header it claims to have signed', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const headers = { ...request.headers };
    delete headers['x-amz-target'];
    assertFailure(verifySigV4({ ...request, headers }, registry(), SIGNED_AT), 'InvalidSignatureException', 'does not match');
  });

  it('refuses temporary credentials presented with another session token', async () => {
    const request = await signedRequest({ credentials: { ...TEMPORARY, sessionToken: 'forged-token' } });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'UnrecognizedClientException', 'The security token included in the request is invalid.');
  });

  it('refuses temporary credentials presented without their session token', async () => {
    const { sessionToken: _token, ...withoutToken } = TEMPORARY;
    const request = await signedRequest({ credentials: withoutToken });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'UnrecognizedClientException', 'security token included in the request is invalid');
  });

  it('refuses a session token sent with a long-term key', async () => {
    const request = await signedRequest({ credentials: { ...STATIC, sessionToken: 'unexpected' } });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'UnrecognizedClientException', 'is invalid');
  });

  it('refuses an access key it does not know', async () => {
    const request = await signedRequest({ credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'UnrecognizedClientException', 'The security token included in the request is invalid.');
  });

  it('refuses temporary credentials once they have expired, and accepts them just before', async () => {
    const signedLate = new Date(TEMPORARY.expiresAt.getTime() + 1000);
    const request = await signedRequest({ credentials: TEMPORARY, signingDate: signedLate });
    assertFailure(verifySigV4(request, registry(), signedLate), 'ExpiredTokenException', 'The security token included in the request is expired');
    const signedEarly = new Date(TEMPORARY.expiresAt.getTime() - 1000);
    const early = await signedRequest({ credentials: TEMPORARY, signingDate: signedEarly });
    assert.equal(verifySigV4(early, registry(), signedEarly).ok, true);
  });

  it('allows 15 minutes of clock skew and refuses more, in both directions', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const minutes = (n: number): Date => new Date(SIGNED_AT.getTime() + n * 60_000);
    assert.equal(verifySigV4(request, registry(), minutes(14)).ok, true);
    assert.equal(verifySigV4(request, registry(), minutes(-14)).ok, true);
    assertFailure(
      verifySigV4(request, registry(), minutes(16)),
      'InvalidSignatureException',
      'Signature expired: 20260301T120000Z is now earlier than 20260301T120100Z (20260301T121600Z - 15 min.)',
    );
    assertFailure(
      verifySigV4(request, registry(), minutes(-16)),
      'InvalidSignatureException',
      'Signature not yet current: 20260301T120000Z is still later than 20260301T115900Z (20260301T114400Z + 15 min.)',
    );
  });

  it('answers MissingAuthenticationTokenException when there is no Authorization header', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const headers = { ...request.headers };
    delete headers.authorization;
    assertFailure(verifySigV4({ ...request, headers }, registry(), SIGNED_AT), 'MissingAuthenticationTokenException', 'Request is missing Authentication Token');
    const basic = { ...request.headers, authorization: 'Basic dXNlcjpwYXNz' };
    assertFailure(verifySigV4({ ...request, headers: basic }, registry(), SIGNED_AT), 'MissingAuthenticationTokenException', 'missing Authentication Token');
  });

  it('answers IncompleteSignatureException naming every missing Authorization part', () => {
    const request: SignedRequest = {
      method: 'POST',
      path: '/',
      query: '',
      headers: { host: 'h', 'x-amz-date': '20260301T120000Z', authorization: 'AWS4-HMAC-SHA256 Credential=AKIASTATICEXAMPLE01/20260301/eu-west-1/identitystore/aws4_request' },
      body: Buffer.alloc(0),
    };
    const result = verifySigV4(request, registry(), SIGNED_AT);
    assertFailure(result, 'IncompleteSignatureException', "Authorization header requires 'SignedHeaders' parameter. Authorization header requires 'Signature' parameter.");
    assert.ok(!result.ok && !result.message.includes("'Credential'"));
  });

  it('answers IncompleteSignatureException for a malformed credential scope', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const authorization = String(request.headers.authorization).replace('/identitystore/aws4_request', '/identitystore');
    assertFailure(
      verifySigV4({ ...request, headers: { ...request.headers, authorization } }, registry(), SIGNED_AT),
      'IncompleteSignatureException',
      'Credential must have exactly 5 slash-delimited elements',
    );
  });

  it('accepts Authorization components separated by spaces only', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const authorization = String(request.headers.authorization).replace(/, /g, ' ');
    assert.equal(verifySigV4({ ...request, headers: { ...request.headers, authorization } }, registry(), SIGNED_AT).ok, true);
  });

  it('answers IncompleteSignatureException when X-Amz-Date is missing', async () => {
    const request = await signedRequest({ credentials: STATIC });
    const headers = { ...request.headers };
    delete headers['x-amz-date'];
    assertFailure(verifySigV4({ ...request, headers }, registry(), SIGNED_AT), 'IncompleteSignatureException', "'X-Amz-Date' or a 'Date' header");
  });

  it('refuses a credential scoped to another service', async () => {
    const request = await signedRequest({ credentials: STATIC, service: 's3' });
    assertFailure(verifySigV4(request, registry(), SIGNED_AT), 'InvalidSignatureException', "Credential should be scoped to correct service: 'identitystore'");
  });

  it('checks the region only when one is configured', async () => {
    const request = await signedRequest({ credentials: STATIC });
    assert.equal(verifySigV4(request, registry(), SIGNED_AT, { region: 'eu-west-1' }).ok, true);
    assertFailure(verifySigV4(request, registry(), SIGNED_AT, { region: 'us-east-1' }), 'InvalidSignatureException', 'scoped to a valid region');
  });
});
