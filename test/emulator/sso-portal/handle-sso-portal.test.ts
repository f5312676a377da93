// The SSO portal over real HTTP, driven by @aws-sdk/client-sso (paginators included), and the
// issued credentials by a real IdentitystoreClient. A few requests the SDK cannot send (no token
// header, a wrong method) and exact wire shapes are checked with raw restJson1 requests.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import { GetRoleCredentialsCommand, LogoutCommand, paginateListAccountRoles, paginateListAccounts, SSOClient } from '@aws-sdk/client-sso';
import { CredentialRegistry } from '../../../src/emulator/credentials.ts';
import { handleSsoPortal, SsoPortal } from '../../../src/emulator/sso-portal/handle-sso-portal.ts';
import { startPortalTestServer } from './portal-test-server.ts';
import type { PortalTestServer } from './portal-test-server.ts';

const TOKEN = 'valid-access-token';
const ACCOUNTS = [
  { accountId: '111111111111', accountName: 'prod', emailAddress: 'prod@example.com', roles: ['Admin', 'ReadOnly', 'Billing'] },
  { accountId: '222222222222', accountName: 'dev', roles: ['Admin'] },
  { accountId: '333333333333', roles: [] },
];

interface Setup {
  readonly registry: CredentialRegistry;
  readonly portal: SsoPortal;
  readonly server: PortalTestServer;
}

async function setup(options: ConstructorParameters<typeof SsoPortal>[0] = {}): Promise<Setup> {
  const registry = new CredentialRegistry();
  registry.add({ accessKeyId: 'AKIASTATIC', secretAccessKey: 'static-secret' });
  const portal = new SsoPortal({ accounts: ACCOUNTS, accessTokens: [TOKEN], ...options });
  return { registry, portal, server: await startPortalTestServer(registry, portal) };
}

function ssoClient(url: string): SSOClient {
  return new SSOClient({ endpoint: url, region: 'eu-west-1', maxAttempts: 1 });
}

function identityStore(url: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }): IdentitystoreClient {
  return new IdentitystoreClient({ endpoint: url, region: 'eu-west-1', credentials, maxAttempts: 1 });
}

const listUsers = new ListUsersCommand({ IdentityStoreId: 'd-1234567890' });

async function portalGet(url: string, path: string, token: string | null = TOKEN): Promise<{ status: number; type: string | null; body: Record<string, unknown> }> {
  const response = await fetch(`${url}${path}`, { headers: token === null ? {} : { 'x-amz-sso_bearer_token': token } });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string; $metadata: { httpStatusCode?: number } };
  }
  assert.fail('expected the call to be refused');
}

describe('SSO portal: GetRoleCredentials feeds the Identity Store credential check', () => {
  let s: Setup;
  before(async () => {
    s = await setup({ credentialLifetimeSeconds: 900 });
  });
  after(() => s.server.close());

  it('issues temporary credentials that the Identity Store then accepts', async () => {
    const before = Date.now();
    const out = await ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: '111111111111', roleName: 'ReadOnly' }));
    const c = out.roleCredentials!;
    assert.match(c.accessKeyId!, /^ASIA[A-Z2-7]{16}$/);
    assert.ok(c.secretAccessKey!.length >= 40 && c.sessionToken!.length >= 100);
    assert.ok(c.expiration! >= before + 900_000 && c.expiration! <= Date.now() + 900_000, `expiration ${c.expiration}`);
    assert.equal(s.registry.lookup(c.accessKeyId!)?.sessionToken, c.sessionToken);

    const result = await identityStore(s.server.url, { accessKeyId: c.accessKeyId!, secretAccessKey: c.secretAccessKey!, sessionToken: c.sessionToken! }).send(listUsers);
    assert.deepEqual(result.Users, []);
    assert.deepEqual(s.server.acceptedTargets, ['AWSIdentityStore.ListUsers']);
  });

  it('issues different credentials on every call', async () => {
    const client = ssoClient(s.server.url);
    const input = { accessToken: TOKEN, accountId: '222222222222', roleName: 'Admin' };
    const [a, b] = await Promise.all([client.send(new GetRoleCredentialsCommand(input)), client.send(new GetRoleCredentialsCommand(input))]);
    assert.notEqual(a.roleCredentials!.accessKeyId, b.roleCredentials!.accessKeyId);
    assert.notEqual(a.roleCredentials!.sessionToken, b.roleCredentials!.sessionToken);
  });

  it('refuses Identity Store requests signed with a made-up secret, key or missing session token', async () => {
    const out = await ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: '111111111111', roleName: 'Admin' }));
    const c = out.roleCredentials!;
    const accepted = s.server.acceptedTargets.length;

    const wrongSecret = await rejection(identityStore(s.server.url, { accessKeyId: c.accessKeyId!, secretAccessKey: 'made-up', sessionToken: c.sessionToken! }).send(listUsers));
    assert.equal(wrongSecret.name, 'InvalidSignatureException');
    assert.equal(wrongSecret.$metadata.httpStatusCode, 400);
    assert.match(wrongSecret.message, /signature we calculated does not match/);

    const unknownKey = await rejection(identityStore(s.server.url, { accessKeyId: 'ASIAMADEUPMADEUP0000', secretAccessKey: 'x', sessionToken: 'y' }).send(listUsers));
    assert.equal(unknownKey.name, 'UnrecognizedClientException');
    assert.equal(unknownKey.message, 'The security token included in the request is invalid.');

    const noToken = await rejection(identityStore(s.server.url, { accessKeyId: c.accessKeyId!, secretAccessKey: c.secretAccessKey! }).send(listUsers));
    assert.equal(noToken.name, 'UnrecognizedClientException');

    assert.equal(s.server.acceptedTargets.length, accepted, 'no refused request reached the Identity Store');
  });

  it('still accepts the configured static key', async () => {
    const result = await identityStore(s.server.url, { accessKeyId: 'AKIASTATIC', secretAccessKey: 'static-secret' }).send(listUsers);
    assert.deepEqual(result.Users, []);
  });

  it('answers UnauthorizedException (401) for an unknown access token and issues nothing', async () => {
    const size = s.registry.size;
    const error = await rejection(ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: 'nope', accountId: '111111111111', roleName: 'Admin' })));
    assert.equal(error.name, 'UnauthorizedException');
    assert.equal(error.$metadata.httpStatusCode, 401);
    assert.equal(error.message, 'Session token not found or invalid');
    assert.equal(s.registry.size, size);
  });

  it('answers ForbiddenException "No access" (403) for a role or account not assigned', async () => {
    const client = ssoClient(s.server.url);
    for (const [accountId, roleName] of [['111111111111', 'Nope'], ['999999999999', 'Admin'], ['222222222222', 'ReadOnly']] as const) {
      const error = await rejection(client.send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId, roleName })));
      assert.equal(error.name, 'ForbiddenException', `${accountId}/${roleName}`);
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.equal(error.message, 'No access');
    }
  });

  it('answers InvalidRequestException (400) when role_name or account_id is missing', async () => {
    const r = await portalGet(s.server.url, '/federation/credentials?account_id=111111111111');
    assert.equal(r.status, 400);
    assert.equal(r.type, 'InvalidRequestException');
    assert.match(String(r.body.message), /role_name/);
  });

  it('answers TooManyRequestsException (429) while a throttle is injected, then recovers', async () => {
    s.portal.throttleNext(1);
    const client = ssoClient(s.server.url);
    const input = { accessToken: TOKEN, accountId: '111111111111', roleName: 'Admin' };
    const error = await rejection(client.send(new GetRoleCredentialsCommand(input)));
    assert.equal(error.name, 'TooManyRequestsException');
    assert.equal(error.$metadata.httpStatusCode, 429);
    const out = await client.send(new GetRoleCredentialsCommand(input));
    assert.ok(out.roleCredentials?.accessKeyId);
  });
});

describe('SSO portal: expiry', () => {
  it('refuses an expired access token with UnauthorizedException', async () => {
    const s = await setup({ accessTokens: [{ token: 'old', expiresAt: new Date(Date.now() - 1000) }] });
    try {
      const error = await rejection(ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: 'old', accountId: '111111111111', roleName: 'Admin' })));
      assert.equal(error.name, 'UnauthorizedException');
    } finally {
      await s.server.close();
    }
  });

  it('role credentials past their expiration are refused with ExpiredTokenException', async () => {
    // The portal's clock runs two hours behind, so one-hour credentials are born expired.
    const s = await setup({ now: () => new Date(Date.now() - 2 * 3600_000) });
    try {
      const out = await ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: TOKEN, accountId: '111111111111', roleName: 'Admin' }));
      const c = out.roleCredentials!;
      assert.ok(c.expiration! < Date.now());
      const error = await rejection(identityStore(s.server.url, { accessKeyId: c.accessKeyId!, secretAccessKey: c.secretAccessKey!, sessionToken: c.sessionToken! }).send(listUsers));
      assert.equal(error.name, 'ExpiredTokenException');
      assert.equal(error.message, 'The security token included in the request is expired');
    } finally {
      await s.server.close();
    }
  });
});

describe('SSO portal: ListAccounts, ListAccountRoles, Logout (restJson1 on the wire)', () => {
  let s: Setup;
  before(async () => {
    s = await setup();
  });
  after(() => s.server.close());

  it('ListAccounts pages with max_result and next_token, omitting absent members', async () => {
    const first = await portalGet(s.server.url, '/assignment/accounts?max_result=2');
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.accountList, [
      { accountId: '111111111111', accountName: 'prod', emailAddress: 'prod@example.com' },
      { accountId: '222222222222', accountName: 'dev' },
    ]);
    assert.equal(typeof first.body.nextToken, 'string');
    const second = await portalGet(s.server.url, `/assignment/accounts?max_result=2&next_token=${encodeURIComponent(String(first.body.nextToken))}`);
    assert.deepEqual(second.body, { accountList: [{ accountId: '333333333333' }] });
  });

  it('ListAccountRoles pages through one account and rejects a token from another listing', async () => {
    const first = await portalGet(s.server.url, '/assignment/roles?account_id=111111111111&max_result=2');
    assert.deepEqual(first.body.roleList, [
      { roleName: 'Admin', accountId: '111111111111' },
      { roleName: 'ReadOnly', accountId: '111111111111' },
    ]);
    const token = encodeURIComponent(String(first.body.nextToken));
    const second = await portalGet(s.server.url, `/assignment/roles?account_id=111111111111&next_token=${token}`);
    assert.deepEqual(second.body, { roleList: [{ roleName: 'Billing', accountId: '111111111111' }] });
    const replayed = await portalGet(s.server.url, `/assignment/roles?account_id=222222222222&next_token=${token}`);
    assert.equal(replayed.status, 400);
    assert.equal(replayed.type, 'InvalidRequestException');
    const accountsToken = await portalGet(s.server.url, `/assignment/accounts?next_token=${token}`);
    assert.equal(accountsToken.type, 'InvalidRequestException');
  });

  it('ListAccountRoles answers ResourceNotFoundException (404) for an unknown account', async () => {
    const r = await portalGet(s.server.url, '/assignment/roles?account_id=999999999999');
    assert.equal(r.status, 404);
    assert.equal(r.type, 'ResourceNotFoundException');
    assert.equal(typeof r.body.message, 'string');
  });

  it('rejects max_result outside 1-100 with InvalidRequestException', async () => {
    for (const value of ['0', '101', 'ten', '-1', '2.5']) {
      const r = await portalGet(s.server.url, `/assignment/accounts?max_result=${value}`);
      assert.equal(r.status, 400, value);
      assert.equal(r.type, 'InvalidRequestException');
    }
    assert.equal((await portalGet(s.server.url, '/assignment/accounts?max_result=100')).status, 200);
  });

  it('answers UnauthorizedException when the token header is missing', async () => {
    const r = await portalGet(s.server.url, '/assignment/accounts', null);
    assert.equal(r.status, 401);
    assert.equal(r.type, 'UnauthorizedException');
    assert.deepEqual(r.body, { message: 'Session token not found or invalid' });
  });

  it('answers UnknownOperationException (404) for a portal path with the wrong method', async () => {
    const r = await fetch(`${s.server.url}/logout`, { headers: { 'x-amz-sso_bearer_token': TOKEN } });
    assert.equal(r.status, 404);
    assert.equal(r.headers.get('x-amzn-errortype'), 'UnknownOperationException');
  });

  it('Logout ends the session but credentials issued before it keep working', async () => {
    const token = s.portal.issueAccessToken();
    const out = await ssoClient(s.server.url).send(new GetRoleCredentialsCommand({ accessToken: token, accountId: '111111111111', roleName: 'Admin' }));
    const logout = await fetch(`${s.server.url}/logout`, { method: 'POST', headers: { 'x-amz-sso_bearer_token': token } });
    assert.equal(logout.status, 200);
    assert.equal(await logout.text(), '');
    assert.equal((await portalGet(s.server.url, '/assignment/accounts', token)).status, 401);
    const c = out.roleCredentials!;
    const result = await identityStore(s.server.url, { accessKeyId: c.accessKeyId!, secretAccessKey: c.secretAccessKey!, sessionToken: c.sessionToken! }).send(listUsers);
    assert.deepEqual(result.Users, []);
    assert.equal((await portalGet(s.server.url, '/assignment/accounts')).status, 200, 'other tokens are untouched');
  });
});

describe('SSO portal: the SDK paginators and Logout', () => {
  let s: Setup;
  before(async () => {
    s = await setup();
  });
  after(() => s.server.close());

  it('paginateListAccounts and paginateListAccountRoles walk every page', async () => {
    const client = ssoClient(s.server.url);
    const accounts: string[] = [];
    for await (const page of paginateListAccounts({ client, pageSize: 1 }, { accessToken: TOKEN })) {
      assert.ok((page.accountList ?? []).length <= 1);
      accounts.push(...(page.accountList ?? []).map((account) => account.accountId ?? ''));
    }
    assert.deepEqual(accounts, ['111111111111', '222222222222', '333333333333']);
    const roles: string[] = [];
    for await (const page of paginateListAccountRoles({ client, pageSize: 1 }, { accessToken: TOKEN, accountId: '111111111111' })) {
      roles.push(...(page.roleList ?? []).map((role) => role.roleName ?? ''));
    }
    assert.ok(roles.length >= 2, `expected several roles, got ${roles.join(',')}`);
    assert.equal(new Set(roles).size, roles.length);
  });

  it('LogoutCommand ends the session: the same token is then refused', async () => {
    const client = ssoClient(s.server.url);
    const token = s.portal.issueAccessToken();
    await client.send(new LogoutCommand({ accessToken: token }));
    const refused = await rejection(client.send(new GetRoleCredentialsCommand({ accessToken: token, accountId: '111111111111', roleName: 'Admin' })));
    assert.equal(refused.name, 'UnauthorizedException');
  });
});

describe('handleSsoPortal routing', () => {
  it('returns undefined for requests that are not portal routes', () => {
    const registry = new CredentialRegistry();
    const portal = new SsoPortal({ accessTokens: [TOKEN] });
    for (const path of ['/', '/federation', '/assignment/accounts/x', '/Logout']) {
      const request = { method: 'POST', path, query: new URLSearchParams(), headers: { 'x-amz-sso_bearer_token': TOKEN }, body: Buffer.alloc(0) };
      assert.equal(handleSsoPortal(request, registry, portal), undefined, path);
    }
  });

  it('serves a default account and role when none are configured', () => {
    const portal = new SsoPortal({ accessTokens: [TOKEN] });
    const response = handleSsoPortal({ method: 'GET', path: '/assignment/accounts', query: new URLSearchParams(), headers: { 'x-amz-sso_bearer_token': TOKEN }, body: Buffer.alloc(0) }, new CredentialRegistry(), portal);
    assert.equal(response?.status, 200);
    assert.deepEqual(JSON.parse(response.body), {
      accountList: [{ accountId: '123456789012', accountName: 'scim-bridge-emulator', emailAddress: 'aws-emulator@example.com' }],
    });
  });
});
