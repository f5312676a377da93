// End to end through the SDK's default credential chain, as a deployment with an SSO profile uses
// it: ~/.aws/config names the profile, ~/.aws/sso/cache holds the access token `aws sso login`
// would have written, AWS_ENDPOINT_URL_SSO points the SDK's SSO client at the portal, and an
// IdentitystoreClient built without credentials signs with what the portal issued.
// This file changes process.env; node --test runs each test file in its own process.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import { CredentialRegistry } from '../../../src/emulator/credentials.ts';
import { SsoPortal } from '../../../src/emulator/sso-portal/handle-sso-portal.ts';
import { startPortalTestServer } from './portal-test-server.ts';
import type { PortalTestServer } from './portal-test-server.ts';

const START_URL = 'https://scim-bridge-test.awsapps.com/start';
const CLEARED = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE'];

describe('SSO profile credential chain against the emulated portal', () => {
  let home: string;
  let server: PortalTestServer;
  let registry: CredentialRegistry;
  let portal: SsoPortal;
  const savedEnv = { ...process.env };

  before(async () => {
    registry = new CredentialRegistry();
    registry.add({ accessKeyId: 'AKIASTATIC', secretAccessKey: 'only-here-so-signatures-are-checked' });
    portal = new SsoPortal({ accounts: [{ accountId: '123456789012', roles: ['ScimBridge'] }] });
    server = await startPortalTestServer(registry, portal);
    home = await mkdtemp(join(tmpdir(), 'scim-bridge-sso-'));
    await mkdir(join(home, '.aws', 'sso', 'cache'), { recursive: true });
    await writeFile(
      join(home, '.aws', 'config'),
      ['[profile emulator]', `sso_start_url = ${START_URL}`, 'sso_region = eu-west-1', 'sso_account_id = 123456789012', 'sso_role_name = ScimBridge', 'region = eu-west-1', ''].join('\n'),
    );
    await writeFile(join(home, '.aws', 'credentials'), '');
    for (const name of CLEARED) delete process.env[name];
    Object.assign(process.env, {
      HOME: home,
      AWS_CONFIG_FILE: join(home, '.aws', 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
      AWS_PROFILE: 'emulator',
      AWS_ENDPOINT_URL_SSO: server.url,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
  });

  after(async () => {
    process.env = savedEnv;
    await server.close();
    await rm(home, { recursive: true, force: true });
  });

  async function writeTokenCache(accessToken: string, expiresAt: Date): Promise<void> {
    // The legacy SSO profile format: the cache file is named after the SHA-1 of the start URL.
    const name = createHash('sha1').update(START_URL).digest('hex');
    await writeFile(
      join(home, '.aws', 'sso', 'cache', `${name}.json`),
      JSON.stringify({ startUrl: START_URL, region: 'eu-west-1', accessToken, expiresAt: expiresAt.toISOString() }),
    );
  }

  it('an IdentitystoreClient with no explicit credentials signs with portal-issued credentials', async () => {
    const token = portal.issueAccessToken(new Date(Date.now() + 3600_000));
    await writeTokenCache(token, new Date(Date.now() + 3600_000));
    const sizeBefore = registry.size;
    const client = new IdentitystoreClient({ endpoint: server.url, region: 'eu-west-1', maxAttempts: 1 });
    const result = await client.send(new ListUsersCommand({ IdentityStoreId: 'd-1234567890' }));
    assert.deepEqual(result.Users, []);
    assert.equal(registry.size, sizeBefore + 1, 'the portal issued exactly one set of credentials');
    const used = await client.config.credentials();
    assert.match(used.accessKeyId, /^ASIA/);
    assert.equal(registry.lookup(used.accessKeyId)?.sessionToken, used.sessionToken);
  });

  it('fails with the portal UnauthorizedException once the session is logged out', async () => {
    const token = portal.issueAccessToken();
    await writeTokenCache(token, new Date(Date.now() + 3600_000));
    portal.revokeAccessToken(token);
    const client = new IdentitystoreClient({ endpoint: server.url, region: 'eu-west-1', maxAttempts: 1 });
    await assert.rejects(client.send(new ListUsersCommand({ IdentityStoreId: 'd-1234567890' })), (error: Error) => {
      assert.match(error.message, /Session token not found or invalid/);
      return true;
    });
  });
});
