/**
 * What every refusal in the security suite must show (style.md practice 12): the status, a SCIM
 * error body (RFC 7644 section 3.12: the Error schema, `status` as a string, `scimType` where
 * the RFC gives one, a `detail` that says what is wrong), a Bearer challenge on 401 (RFC 6750
 * section 3), and no Identity Store call at all.
 */
import assert from 'node:assert/strict';
import type { Response } from 'supertest';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { ERROR_SCHEMA, type ScimType } from '../../../src/scim/errors.ts';
import { SCIM_JSON } from '../helpers/scim-gateway.ts';

export interface ExpectedRefusal {
  readonly status: number;
  readonly scimType?: ScimType;
  readonly detail: RegExp;
  /** For 401: what the WWW-Authenticate challenge must match beyond `Bearer realm="scim-bridge"`. */
  readonly challenge?: RegExp;
}

export function assertScimRefusal(res: Response, expected: ExpectedRefusal): void {
  assert.equal(res.status, expected.status, `status (body ${res.text.slice(0, 300)})`);
  assert.equal(res.headers['content-type'], SCIM_JSON);
  const body = JSON.parse(res.text) as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), expected.scimType === undefined ? ['detail', 'schemas', 'status'] : ['detail', 'schemas', 'scimType', 'status']);
  assert.deepEqual(body['schemas'], [ERROR_SCHEMA]);
  assert.equal(body['status'], String(expected.status));
  assert.equal(body['scimType'], expected.scimType);
  assert.match(String(body['detail']), expected.detail);
  // No internals: no stack frames, no file paths, no upstream exception names.
  assert.doesNotMatch(res.text, /\bat .+:\d+:\d+|\/src\/|node_modules|Exception/);
  const challenge = res.headers['www-authenticate'];
  if (expected.status === 401) {
    assert.match(challenge ?? '', /^Bearer realm="scim-bridge"/);
    if (expected.challenge !== undefined) assert.match(challenge ?? '', expected.challenge);
  } else if (expected.challenge !== undefined) {
    assert.match(challenge ?? '', expected.challenge);
  }
}

/** The request never reached the Identity Store (the emulator's call log is empty since `clear()`). */
export function assertNoIdentityStoreCall(emulator: RunningEmulator | undefined): void {
  assert.ok(emulator !== undefined, 'this gateway runs without the embedded emulator');
  assert.deepEqual(emulator.calls.list().map((call) => call.operation), []);
}

/** A compact JWS from raw parts, for forgeries no library would produce. */
export function rawJwt(header: object, payload: object, signature = ''): string {
  const segment = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${segment(header)}.${segment(payload)}.${signature}`;
}

/** Claims a valid gateway token carries, for hand-made tokens. */
export function gatewayClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { sub: 'test-idp', scope: 'scim:read scim:write', jti: 'forged-token', iss: 'scim-bridge', aud: 'scim-bridge', iat: Math.floor(Date.now() / 1000), ...overrides };
}
