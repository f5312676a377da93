// The SSO credential path against the real emulator (startEmulator): the portal issues role
// credentials, the emulator's Identity Store accepts requests signed with them, and refuses
// requests signed with a made-up secret or key before any operation runs (call log: `refused`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGroupCommand, DescribeGroupCommand, IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import { GetRoleCredentialsCommand, SSOClient } from '@aws-sdk/client-sso';
import { startEmulator } from '../../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../../src/emulator/start-emulator.ts';

const STORE = 'd-1234567890';
const TOKEN = 'emulator-flow-token';

describe('startEmulator: SSO portal credentials against the Identity Store', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({
      credentials: [{ accessKeyId: 'AKIASTATICFLOW', secretAccessKey: 'static-secret' }],
      ssoPortal: { accounts: [{ accountId: '123456789012', roles: ['ScimBridge'] }], accessTokens: [TOKEN] },
    });
  });
  after(() => emulator.close());

  async function roleCredentials(): Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken: string }> {
    const sso = new SSOClient({ endpoint: emulator.endpoint, region: 'eu-west-1', maxAttempts: 1 });
    const out = await sso.send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: '123456789012', roleName: 'ScimBridge' }));
    const c = out.roleCredentials!;
    return { accessKeyId: c.accessKeyId!, secretAccessKey: c.secretAccessKey!, sessionToken: c.sessionToken! };
  }

  function client(credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }): IdentitystoreClient {
    return new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'eu-west-1', credentials, maxAttempts: 1 });
  }

  it('portal-issued credentials create and read a group', async () => {
    const issued = await roleCredentials();
    assert.ok(emulator.registry.lookup(issued.accessKeyId));
    const created = await client(issued).send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'sso-flow' }));
    const described = await client(issued).send(new DescribeGroupCommand({ IdentityStoreId: STORE, GroupId: created.GroupId! }));
    assert.equal(described.DisplayName, 'sso-flow');
  });

  it('a made-up secret or key is refused before any operation runs', async () => {
    const issued = await roleCredentials();
    emulator.calls.clear();
    const input = { IdentityStoreId: STORE, DisplayName: 'must-not-exist' };
    await assert.rejects(client({ ...issued, secretAccessKey: 'made-up' }).send(new CreateGroupCommand(input)), { name: 'InvalidSignatureException' });
    await assert.rejects(client({ accessKeyId: 'ASIAMADEUP', secretAccessKey: 'x', sessionToken: 'y' }).send(new CreateGroupCommand(input)), {
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    });
    await assert.rejects(client({ accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey }).send(new CreateGroupCommand(input)), {
      name: 'UnrecognizedClientException',
    });
    const outcomes = emulator.calls.list().map((call) => call.outcome);
    assert.deepEqual(outcomes, [
      { kind: 'refused', error: 'InvalidSignatureException' },
      { kind: 'refused', error: 'UnrecognizedClientException' },
      { kind: 'refused', error: 'UnrecognizedClientException' },
    ]);
  });

  it('the configured static key keeps working next to issued credentials', async () => {
    const created = await client({ accessKeyId: 'AKIASTATICFLOW', secretAccessKey: 'static-secret' }).send(
      new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'static-flow' }),
    );
    assert.ok(created.GroupId);
  });
});

describe('an emulator started without credentials', () => {
  it('keeps accepting any signature after the SSO portal has issued credentials', async () => {
    const open = await startEmulator({ ssoPortal: { accounts: [{ accountId: '123456789012', roles: ['ScimBridge'] }], accessTokens: ['open-token'] } });
    try {
      const sso = new SSOClient({ endpoint: open.endpoint, region: 'us-east-1', maxAttempts: 1 });
      const issued = await sso.send(new GetRoleCredentialsCommand({ accessToken: 'open-token', accountId: '123456789012', roleName: 'ScimBridge' }));
      assert.ok(issued.roleCredentials?.accessKeyId?.startsWith('ASIA'));
      const anyone = new IdentitystoreClient({ endpoint: open.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'made-up', secretAccessKey: 'made-up' }, maxAttempts: 1 });
      const page = await anyone.send(new ListUsersCommand({ IdentityStoreId: 'd-1234567890' }));
      assert.deepEqual(page.Users, []);
    } finally {
      await open.close();
    }
  });
});
