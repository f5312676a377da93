/**
 * Upstream AWS credentials through an SSO profile, end to end: a gateway in AWS mode whose only
 * credential source is an `sso_session` profile (a temporary ~/.aws/config and the SSO token cache
 * `aws sso login` would have written), the SDK's default chain fetching role credentials from the
 * emulator's SSO portal (GetRoleCredentials, AWS_ENDPOINT_URL_SSO), and the emulator checking the
 * SigV4 signature of every Identity Store call against what it issued. A request signed with any
 * other credentials is refused.
 *
 * The SDK's credential chain reads process.env (HOME, AWS_PROFILE, AWS_CONFIG_FILE, ...), so this
 * file sets them and restores them afterwards; node --test runs each file in its own process.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import request from 'supertest';
import { issueToken } from '../../src/auth/issue-token.ts';
import { tokenKeyFromSecret } from '../../src/auth/token-key.ts';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator.ts';
import { startGateway, type RunningGateway } from '../../src/main.ts';
import { tempDirForThisFile } from '../state/temp-dir.ts';
import { newUser } from './helpers/scim-gateway.ts';

const IDENTITY_STORE_ID = 'd-1234567890';
const ACCOUNT_ID = '123456789012';
const ROLE = 'ScimBridgeProvisioner';
const SESSION = 'corp';
const SECRET = 'sso-profile-test-secret-of-at-least-32-bytes';
const CLEARED = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN'];

describe('gateway credentials from an SSO profile (sso_session)', () => {
  const home = tempDirForThisFile('sso-profile');
  const savedEnv = { ...process.env };
  const lines: string[] = [];
  let emulator: RunningEmulator;
  let gateway: RunningGateway;
  let portalToken: string;
  /** The role credentials' key id the gateway signed with (set by the first test). */
  let issuedKeyId = '';

  before(async () => {
    // Static credentials switch SigV4 checking on; the gateway is never given them.
    emulator = await startEmulator({
      credentials: [{ accessKeyId: 'AKIAEMULATORADMIN000', secretAccessKey: 'never-handed-to-the-gateway' }],
      knownIdentityStoreIds: [IDENTITY_STORE_ID],
      ssoPortal: { accounts: [{ accountId: ACCOUNT_ID, roles: [ROLE] }] },
    });
    portalToken = emulator.ssoPortal.issueAccessToken(new Date(Date.now() + 3_600_000));
    const aws = join(home, '.aws');
    mkdirSync(join(aws, 'sso', 'cache'), { recursive: true });
    writeFileSync(join(aws, 'config'), [
      '[profile scim-bridge]',
      `sso_session = ${SESSION}`,
      `sso_account_id = ${ACCOUNT_ID}`,
      `sso_role_name = ${ROLE}`,
      'region = eu-west-1',
      '',
      `[sso-session ${SESSION}]`,
      'sso_start_url = https://corp.awsapps.com/start',
      'sso_region = eu-west-1',
      'sso_registration_scopes = sso:account:access',
      '',
    ].join('\n'));
    writeFileSync(join(aws, 'credentials'), '');
    // With sso_session, the cache file is named after the SHA-1 of the session name.
    writeFileSync(join(aws, 'sso', 'cache', `${createHash('sha1').update(SESSION).digest('hex')}.json`), JSON.stringify({
      startUrl: 'https://corp.awsapps.com/start',
      region: 'eu-west-1',
      accessToken: portalToken,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    }));
    const profileEnv = {
      HOME: home,
      AWS_CONFIG_FILE: join(aws, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(aws, 'credentials'),
      AWS_PROFILE: 'scim-bridge',
      AWS_ENDPOINT_URL_SSO: emulator.endpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    for (const name of CLEARED) delete process.env[name];
    Object.assign(process.env, profileEnv);
    gateway = await startGateway(
      {
        ...profileEnv,
        PORT: '0',
        HOST: '127.0.0.1',
        IDENTITY_STORE_ID,
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_IDENTITYSTORE: emulator.endpoint,
        SCIM_BRIDGE_JWT_SECRET: SECRET,
        SCIM_BRIDGE_STATE: 'memory:',
        LOG_LEVEL: 'debug',
      },
      { print: () => undefined, logWrite: (line) => void lines.push(line) },
    );
  });

  after(async () => {
    await gateway.close();
    await emulator.close();
    process.env = savedEnv;
  });

  it('provisions a user through SCIM, signing with role credentials the portal issued', async () => {
    const token = issueToken({ key: tokenKeyFromSecret(SECRET), subject: 'okta-prod' }).token;
    const origin = `http://127.0.0.1:${gateway.port}`;
    const created = await request(origin).post('/scim/v2/Users').set('Authorization', `Bearer ${token}`).type('application/scim+json').send(JSON.stringify(newUser('sso@example.com')));
    assert.equal(created.status, 201, created.text);
    const id = (created.body as { id: string }).id;
    assert.equal((await request(origin).get(`/scim/v2/Users/${id}`).set('Authorization', `Bearer ${token}`)).status, 200);
    assert.equal((await request(origin).get('/readyz')).status, 200);

    const calls = emulator.calls.list();
    assert.ok(calls.some((call) => call.operation === 'CreateUser' && call.outcome.kind === 'ok'));
    assert.deepEqual(calls.filter((call) => call.outcome.kind === 'refused'), []);
    // The create was signed with temporary (ASIA...) credentials the portal issued, session token and all.
    const record = emulator.core.invoke('DescribeUser', { IdentityStoreId: IDENTITY_STORE_ID, UserId: id }, { actor: 'test' });
    const accessKeyId = String(record['CreatedBy']);
    issuedKeyId = accessKeyId;
    assert.match(accessKeyId, /^ASIA[A-Z2-7]{16}$/);
    const issued = emulator.registry.lookup(accessKeyId);
    assert.ok(issued?.sessionToken !== undefined && issued.expiresAt !== undefined);

    // None of it reached the log: the portal access token, the role credentials, the bearer token.
    const log = lines.join('');
    assert.ok(lines.length > 0);
    for (const secret of [portalToken, issued.secretAccessKey, issued.sessionToken, token, SECRET]) assert.ok(!log.includes(secret));
  });

  it('the emulator refuses a request signed with any other credentials', async () => {
    emulator.calls.clear();
    const send = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) =>
      new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'eu-west-1', credentials, maxAttempts: 1 }).send(new ListUsersCommand({ IdentityStoreId: IDENTITY_STORE_ID }));
    await assert.rejects(send({ accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'made-up' }), (error: Error) => error.name === 'UnrecognizedClientException');
    // The key id the portal issued to the gateway, with a guessed secret.
    const real = emulator.registry.lookup(issuedKeyId);
    assert.ok(real?.sessionToken !== undefined);
    await assert.rejects(send({ accessKeyId: issuedKeyId, secretAccessKey: 'guessed-secret', sessionToken: real.sessionToken }), (error: Error) => error.name === 'InvalidSignatureException');
    const outcomes = emulator.calls.list().map((call) => call.outcome.kind);
    assert.deepEqual(outcomes, ['refused', 'refused']);
  });
});
