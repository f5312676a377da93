/**
 * The emulator as a product component: the AWS JSON 1.1 wire details, the call log, SigV4 when
 * credentials are configured, known identity stores, seeding users with ExternalIds (which
 * CreateUser cannot set) and persistence across restarts.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateGroupCommand,
  CreateGroupMembershipCommand,
  CreateUserCommand,
  DescribeUserCommand,
  GetGroupIdCommand,
  GetUserIdCommand,
  IdentitystoreClient,
  ListGroupMembershipsCommand,
  ListUsersCommand,
} from '@aws-sdk/client-identitystore';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import type { RunningEmulator } from '../../src/emulator/start-emulator.ts';
import type { SeedData } from '../../src/emulator/state/seed-data.ts';
import { rejectsWith } from './identity-store-behaviour.ts';

const IdentityStoreId = 'd-1234567890';
const newUser = (UserName: string) => ({ IdentityStoreId, UserName, DisplayName: UserName, Name: { GivenName: 'G', FamilyName: 'F' } });

function clientFor(emulator: RunningEmulator, credentials = { accessKeyId: 'test', secretAccessKey: 'test' }): IdentitystoreClient {
  return new IdentitystoreClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
}

describe('wire protocol and call log', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  const post = (target: string, body: string, contentType = 'application/x-amz-json-1.1') =>
    fetch(`${emulator.endpoint}/`, { method: 'POST', headers: { 'x-amz-target': target, 'content-type': contentType }, body });

  it('answers POST / with the AWS JSON 1.1 content type and an x-amzn-RequestId', async () => {
    emulator.reset();
    const response = await post('AWSIdentityStore.ListUsers', JSON.stringify({ IdentityStoreId }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/x-amz-json-1.1');
    const requestId = response.headers.get('x-amzn-requestid');
    assert.match(requestId ?? '', /^[0-9a-f-]{36}$/);
    assert.deepEqual(await response.json(), { Users: [] });
    const [call] = emulator.calls.list();
    assert.equal(call?.operation, 'ListUsers');
    assert.deepEqual(call?.input, { IdentityStoreId });
    assert.equal(call?.requestId, requestId);
    assert.ok(call?.at instanceof Date);
  });

  it('refuses unknown targets, other content types and undecodable bodies, recording them as refused', async () => {
    emulator.reset();
    const unknown = await post('AWSIdentityStore.DropTables', '{}');
    assert.equal(unknown.status, 400);
    assert.equal(((await unknown.json()) as { __type: string }).__type, 'UnknownOperationException');
    const wrongType = await post('AWSIdentityStore.ListUsers', '{}', 'application/json');
    assert.equal(((await wrongType.json()) as { __type: string }).__type, 'SerializationException');
    const badJson = await post('AWSIdentityStore.ListUsers', '{"IdentityStoreId":');
    assert.equal(badJson.status, 400);
    assert.equal(((await badJson.json()) as { __type: string }).__type, 'SerializationException');
    const wrongMemberType = await post('AWSIdentityStore.ListUsers', JSON.stringify({ IdentityStoreId, MaxResults: 'ten' }));
    assert.equal(((await wrongMemberType.json()) as { __type: string }).__type, 'SerializationException');
    assert.deepEqual(
      emulator.calls.list().map((c) => [c.operation, c.outcome.kind]),
      [
        ['AWSIdentityStore.DropTables', 'refused'],
        ['ListUsers', 'refused'],
        ['ListUsers', 'refused'],
        ['ListUsers', 'error'],
      ],
    );
  });

  it('sends error bodies with __type, Message, the model members and RequestId', async () => {
    const response = await post('AWSIdentityStore.DescribeUser', JSON.stringify({ IdentityStoreId, UserId: '1234567890-12345678-1234-1234-1234-123456789012' }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body['__type'], 'ResourceNotFoundException');
    assert.equal(body['ResourceType'], 'USER');
    assert.equal(body['ResourceId'], '1234567890-12345678-1234-1234-1234-123456789012');
    assert.equal(typeof body['Message'], 'string');
    assert.equal(body['RequestId'], response.headers.get('x-amzn-requestid'));
  });

  it('counts calls per operation and clears', async () => {
    emulator.reset();
    const client = clientFor(emulator);
    await client.send(new CreateUserCommand(newUser('alice')));
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    client.destroy();
    assert.equal(emulator.calls.count(), 3);
    assert.equal(emulator.calls.count('ListUsers'), 2);
    assert.equal(emulator.calls.count('DeleteUser'), 0);
    emulator.calls.clear();
    assert.equal(emulator.calls.count(), 0);
  });
});

describe('SigV4 when credentials are configured', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ credentials: [{ accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'right-secret' }] });
  });
  after(() => emulator.close());

  it('accepts a correctly signed request and records the signer as CreatedBy', async () => {
    const client = clientFor(emulator, { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'right-secret' });
    const { UserId } = await client.send(new CreateUserCommand(newUser('alice')));
    const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId }));
    client.destroy();
    assert.equal(described.CreatedBy, 'AKIDEMULATORTEST');
  });

  it('refuses a wrong secret and an unknown key without running the operation', async () => {
    emulator.calls.clear();
    const wrongSecret = clientFor(emulator, { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'wrong-secret' });
    await rejectsWith(wrongSecret.send(new CreateUserCommand(newUser('mallory'))), 'InvalidSignatureException');
    wrongSecret.destroy();
    const unknownKey = clientFor(emulator, { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'right-secret' });
    await rejectsWith(unknownKey.send(new ListUsersCommand({ IdentityStoreId })), 'UnrecognizedClientException');
    unknownKey.destroy();
    assert.deepEqual(
      emulator.calls.list().map((c) => [c.operation, c.outcome]),
      [
        ['CreateUser', { kind: 'refused', error: 'InvalidSignatureException' }],
        ['ListUsers', { kind: 'refused', error: 'UnrecognizedClientException' }],
      ],
    );
    assert.equal(emulator.core.snapshot().stores[IdentityStoreId]?.users?.some((u) => u.UserName === 'mallory'), false);
  });
});

describe('identity stores', () => {
  it('serves any well-formed store id, each store separate', async () => {
    const emulator = await startEmulator();
    const client = clientFor(emulator);
    await client.send(new CreateUserCommand(newUser('alice')));
    const other = await client.send(new ListUsersCommand({ IdentityStoreId: 'd-abcdef0123' }));
    assert.deepEqual(other.Users, []);
    const legacy = await client.send(new CreateUserCommand({ ...newUser('alice'), IdentityStoreId: '12345678-1234-1234-1234-123456789012' }));
    assert.match(legacy.UserId ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId: 'd-123' })), 'ValidationException');
    client.destroy();
    await emulator.close();
  });

  it('with knownIdentityStoreIds, other stores are ResourceNotFound IDENTITY_STORE', async () => {
    const emulator = await startEmulator({ knownIdentityStoreIds: [IdentityStoreId] });
    const client = clientFor(emulator);
    await client.send(new ListUsersCommand({ IdentityStoreId }));
    await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId: 'd-abcdef0123' })), 'ResourceNotFoundException', {
      ResourceType: 'IDENTITY_STORE',
      ResourceId: 'd-abcdef0123',
    });
    client.destroy();
    await emulator.close();
  });
});

const seed: SeedData = {
  stores: {
    [IdentityStoreId]: {
      users: [
        {
          UserName: 'adopted',
          DisplayName: 'Adopted User',
          Name: { GivenName: 'Ad', FamilyName: 'Opted' },
          Emails: [{ Value: 'adopted@example.com', Primary: true }],
          ExternalIds: [{ Issuer: 'https://scim.aws.example/okta', Id: 'okta-00u1' }],
          UserStatus: 'DISABLED',
          CreatedAt: '2024-01-02T03:04:05.000Z',
        },
      ],
      groups: [{ DisplayName: 'Adopted Group', ExternalIds: [{ Issuer: 'okta', Id: 'okta-g1' }] }],
      memberships: [{ GroupDisplayName: 'Adopted Group', UserName: 'adopted' }],
    },
  },
};

describe('seeding', () => {
  it('seeds users and groups with ExternalIds, found by GetUserId/GetGroupId ExternalId', async () => {
    const emulator = await startEmulator();
    emulator.seed(seed);
    const client = clientFor(emulator);
    const { UserId } = await client.send(new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { ExternalId: { Issuer: 'https://scim.aws.example/okta', Id: 'okta-00u1' } } }));
    const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId }));
    assert.deepEqual(described.ExternalIds, [{ Issuer: 'https://scim.aws.example/okta', Id: 'okta-00u1' }]);
    assert.equal(described.UserStatus, 'DISABLED');
    assert.equal(described.CreatedAt?.toISOString(), '2024-01-02T03:04:05.000Z');
    await rejectsWith(
      client.send(new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { ExternalId: { Issuer: 'okta', Id: 'okta-00u1' } } })),
      'ResourceNotFoundException',
      { ResourceType: 'USER' },
    );
    const { GroupId } = await client.send(new GetGroupIdCommand({ IdentityStoreId, AlternateIdentifier: { ExternalId: { Issuer: 'okta', Id: 'okta-g1' } } }));
    const memberships = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId, GroupId }));
    assert.deepEqual(memberships.GroupMemberships?.map((m) => m.MemberId?.UserId), [UserId]);
    client.destroy();
    await emulator.close();
  });

  it('refuses seeds the API would refuse, naming the entry', async () => {
    const emulator = await startEmulator();
    const bad = (users: unknown[]): SeedData => ({ stores: { [IdentityStoreId]: { users: users as never } } });
    assert.throws(() => emulator.seed(bad([{ UserName: 'Administrator', DisplayName: 'x', Name: { GivenName: 'a', FamilyName: 'b' } }])), /users\[0\].*reserved/);
    assert.throws(() => emulator.seed(bad([{ UserName: 'x', Name: { GivenName: 'a', FamilyName: 'b' } }])), /users\[0\].*displayName/);
    assert.throws(() => emulator.seed(bad([{ ...newUser('a'), IdentityStoreId: undefined, ExternalIds: [{ Issuer: '', Id: 'x' }] }])), /users\[0\]/);
    assert.throws(() => emulator.seed({ stores: { 'not-a-store': {} } }), /store not-a-store/);
    await emulator.close();
  });
});

describe('seed files and persistence', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'emulator-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('loads a seed file at start', async () => {
    const seedFile = join(dir, 'seed.json');
    await writeFile(seedFile, JSON.stringify(seed));
    const emulator = await startEmulator({ seedFile });
    const client = clientFor(emulator);
    const listed = await client.send(new ListUsersCommand({ IdentityStoreId }));
    assert.deepEqual(listed.Users?.map((u) => u.UserName), ['adopted']);
    client.destroy();
    await emulator.close();
    await assert.rejects(startEmulator({ seedFile: join(dir, 'missing.json') }), /does not exist/);
  });

  it('persists every write atomically and restores the same state after a restart', async () => {
    const persistFile = join(dir, 'state.json');
    const first = await startEmulator({ persistFile });
    let client = clientFor(first);
    const { UserId } = await client.send(new CreateUserCommand({ ...newUser('alice'), Extensions: { 'aws:identitystore:enterprise': { department: 'Eng' } } }));
    const { GroupId } = await client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'Engineering' }));
    const { MembershipId } = await client.send(new CreateGroupMembershipCommand({ IdentityStoreId, GroupId, MemberId: { UserId: UserId! } }));
    // Written after the write operation, before close.
    const onDisk = JSON.parse(await readFile(persistFile, 'utf8')) as SeedData;
    assert.equal(onDisk.stores[IdentityStoreId]?.memberships?.[0]?.MembershipId, MembershipId);
    assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.tmp')), []);
    const before = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId, Extensions: ['aws:identitystore:enterprise'] }));
    client.destroy();
    await first.close();

    const second = await startEmulator({ persistFile });
    client = clientFor(second);
    const restored = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId, Extensions: ['aws:identitystore:enterprise'] }));
    const { $metadata: _a, ...restoredUser } = restored;
    const { $metadata: _b, ...originalUser } = before;
    assert.deepEqual(restoredUser, originalUser);
    const memberships = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId, GroupId }));
    assert.deepEqual(memberships.GroupMemberships?.map((m) => m.MembershipId), [MembershipId]);
    await rejectsWith(client.send(new CreateUserCommand(newUser('alice'))), 'ConflictException', { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' });
    client.destroy();
    await second.close();
  });
});
