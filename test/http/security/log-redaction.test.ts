/**
 * Every log line of a gateway run (LOG_LEVEL=debug, captured through startGateway's `logWrite`)
 * while IdPs send good, forged and misplaced credentials and the Identity Store fails: no bearer
 * token, no token signature, no JWT secret, no Authorization header value and no AWS credential
 * of the gateway may appear in any line. Written against the public options only, so it holds
 * whatever logger implementation sits behind them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSecretKey } from 'node:crypto';
import request from 'supertest';
import { issueToken } from '../../../src/auth/issue-token.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';
import { EMBEDDED_IDENTITY_STORE_ID, startGateway, type RunningGateway } from '../../../src/main.ts';
import { PATCH_OP, newUser } from '../helpers/scim-gateway.ts';

const SECRET = 'log-redaction-secret-value-of-at-least-32-bytes';
const key = createSecretKey(Buffer.from(SECRET));
const BASIC = Buffer.from('okta-admin:hunter2-password').toString('base64');

describe('log redaction over a whole gateway run', () => {
  const lines: string[] = [];
  const requestIds: string[] = [];
  let gateway: RunningGateway;
  let emulator: RunningEmulator | undefined;
  let origin: string;
  const tokens = {
    write: issueToken({ key, subject: 'okta-prod' }).token,
    read: issueToken({ key, subject: 'audit', scopes: ['scim:read'] }).token,
    forged: issueToken({ key: createSecretKey(Buffer.from('f'.repeat(40))), subject: 'okta-prod' }).token,
    expired: issueToken({ key, subject: 'okta-prod', expiresInSeconds: 1, now: new Date(Date.now() - 60_000) }).token,
  };

  before(async () => {
    gateway = await startGateway(
      { PORT: '0', HOST: '127.0.0.1', SCIM_BRIDGE_STATE: 'memory:', SCIM_BRIDGE_JWT_SECRET: SECRET, LOG_LEVEL: 'debug', SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '1' },
      { print: () => undefined, logWrite: (line) => void lines.push(line), onEmulator: (running) => void (emulator = running) },
    );
    origin = `http://127.0.0.1:${gateway.port}`;
  });
  after(() => gateway.close());

  const send = async (method: 'get' | 'post' | 'patch', path: string, authorization: string | undefined, body?: unknown, headers: Record<string, string> = {}) => {
    let test = request(origin)[method](path).set(headers);
    if (authorization !== undefined) test = test.set('Authorization', authorization);
    const res = body === undefined ? await test : await test.type('application/scim+json').send(JSON.stringify(body));
    requestIds.push(String(res.headers['x-request-id']));
    return res;
  };

  it('writes no credential to any log line', async () => {
    const created = await send('post', '/scim/v2/Users', `Bearer ${tokens.write}`, newUser('redact@example.com'));
    assert.equal(created.status, 201);
    const id = (created.body as { id: string }).id;
    await send('get', `/scim/v2/Users/${id}`, `Bearer ${tokens.read}`);
    await send('get', `/scim/v2/Users?filter=${encodeURIComponent('userName eq "redact@example.com"')}&access_token=${tokens.write}`, `Bearer ${tokens.write}`);
    await send('patch', `/scim/v2/Users/${id}`, `Bearer ${tokens.read}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: 'x' }] });
    for (const authorization of [`Bearer ${tokens.forged}`, `Bearer ${tokens.expired}`, `Basic ${BASIC}`, `Bearer ${SECRET}`, 'Bearer', `Token ${tokens.write}`]) {
      assert.equal((await send('get', '/scim/v2/Users', authorization)).status, 401, authorization.slice(0, 12));
    }
    // A token where a request id goes, in a cookie, and as a body value of a failing request.
    await send('get', '/scim/v2/ServiceProviderConfig', `Bearer ${tokens.write}`, undefined, { 'X-Request-Id': tokens.write, Cookie: `session=${tokens.write}` });
    await send('post', '/scim/v2/Users', `Bearer ${tokens.write}`, { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: tokens.write, password: SECRET });
    // Upstream failures are logged with their cause chain.
    assert.ok(emulator !== undefined);
    emulator.faults.add({ operation: 'DescribeUser', times: 1, action: { kind: 'internal-error' } });
    emulator.faults.add({ operation: 'ListUsers', times: 1, action: { kind: 'error', type: 'AccessDeniedException', message: `User is not authorized (token ${tokens.write})` } });
    assert.equal((await send('get', `/scim/v2/Users/${id}`, `Bearer ${tokens.write}`)).status >= 500, true);
    assert.ok((await send('get', '/scim/v2/Users', `Bearer ${tokens.write}`)).status >= 400);
    assert.equal((await request(origin).get('/readyz')).status, 200);

    // The gateway's own AWS credentials: the key id it signed the create with, and its secret.
    const described = emulator.core.invoke('DescribeUser', { IdentityStoreId: EMBEDDED_IDENTITY_STORE_ID, UserId: id }, { actor: 'test' });
    const accessKeyId = String(described['CreatedBy']);
    const awsSecret = emulator.registry.lookup(accessKeyId)?.secretAccessKey;
    assert.ok(awsSecret !== undefined, `the emulator knows the key ${accessKeyId}`);

    const log = lines.join('');
    assert.ok(lines.length >= requestIds.length, `${lines.length} lines captured`);
    for (const requestId of requestIds) assert.ok(log.includes(requestId), `the log has request ${requestId}`);
    assert.match(log, /\[redacted\]/, 'something was redacted, so the run did offer secrets to the log');
    // Redaction does not eat the gateway's own prose about bearer tokens.
    assert.match(log, /The bearer token has expired/);
    const forbidden: Record<string, string> = {
      'the JWT secret': SECRET,
      'the Basic credentials': BASIC,
      'the AWS access key id': accessKeyId,
      'the AWS secret access key': awsSecret,
    };
    for (const [name, token] of Object.entries(tokens)) {
      forbidden[`the ${name} token`] = token;
      forbidden[`the ${name} token's signature`] = token.split('.')[2] ?? token;
    }
    for (const [what, value] of Object.entries(forbidden)) assert.ok(!log.includes(value), `${what} appears in the log`);
    assert.doesNotMatch(log, /Bearer\s+(?!\[redacted\])[\w.~+/-]{8,}/, 'an Authorization value appears in the log');
  });
});
