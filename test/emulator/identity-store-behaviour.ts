/**
 * The Identity Store behaviour suite, written once and run against any implementation of the
 * AWS JSON 1.1 Identity Store API through the real @aws-sdk/client-identitystore over HTTP: our
 * emulator (identity-store-behaviour.test.ts) and moto (test/emulator/moto/).
 *
 * Each case names the operations it needs; a target that lacks one does not register the case
 * (moto 5.2.1 implements 14 of 19 operations). Cases marked `strict` assert what AWS does and
 * moto does not (docs/research/moto-peer.md: silent double deletes, duplicate memberships,
 * memberships surviving their user, no constraint checks, no CreatedAt/UserStatus/Extensions);
 * they run only when the target sets `strictAws`.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  ConflictException,
  CreateGroupCommand,
  CreateGroupMembershipCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteGroupMembershipCommand,
  DeleteUserCommand,
  DescribeGroupCommand,
  DescribeGroupMembershipCommand,
  DescribeUserCommand,
  GetGroupIdCommand,
  GetGroupMembershipIdCommand,
  GetUserIdCommand,
  IdentitystoreClient,
  IsMemberInGroupsCommand,
  ListGroupMembershipsCommand,
  ListGroupMembershipsForMemberCommand,
  ListGroupsCommand,
  ListUsersCommand,
  paginateListGroupMemberships,
  paginateListGroupMembershipsForMember,
  paginateListGroups,
  paginateListUsers,
  ResourceNotFoundException,
  UpdateGroupCommand,
  UpdateUserCommand,
  ValidationException,
} from '@aws-sdk/client-identitystore';
import type { CreateUserCommandInput } from '@aws-sdk/client-identitystore';

export type OperationName =
  | 'CreateUser' | 'DescribeUser' | 'UpdateUser' | 'DeleteUser' | 'ListUsers' | 'GetUserId'
  | 'CreateGroup' | 'DescribeGroup' | 'UpdateGroup' | 'DeleteGroup' | 'ListGroups' | 'GetGroupId'
  | 'CreateGroupMembership' | 'DescribeGroupMembership' | 'DeleteGroupMembership' | 'GetGroupMembershipId'
  | 'ListGroupMemberships' | 'ListGroupMembershipsForMember' | 'IsMemberInGroups';

export interface RunningTarget {
  readonly endpoint: string;
  /** Empties the target between cases. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface BehaviourTarget {
  readonly name: string;
  start(): Promise<RunningTarget>;
  supports(operation: OperationName): boolean;
  /** Run the cases that assert AWS semantics beyond the common subset. */
  readonly strictAws: boolean;
  /** Identity store id to use; default d-1234567890. */
  readonly identityStoreId?: string;
}

interface CaseOptions {
  readonly ops: readonly OperationName[];
  readonly strict?: boolean;
}

/** Asserts the SDK raised the named exception as a client (HTTP 400) error, with the given members. */
export async function rejectsWith(promise: Promise<unknown>, name: string, members: Record<string, unknown> = {}): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } } & Record<string, unknown>;
    assert.equal(e.name, name, `expected ${name}, got ${e.name}: ${String(e['message'])}`);
    assert.equal(e.$metadata?.httpStatusCode, 400);
    for (const [key, value] of Object.entries(members)) assert.deepEqual(e[key], value, `member ${key}`);
    return true;
  });
}

const UNKNOWN_ID = '1234567890-12345678-1234-1234-1234-123456789012';

export function describeIdentityStoreBehaviour(target: BehaviourTarget): void {
  const IdentityStoreId = target.identityStoreId ?? 'd-1234567890';
  let running: RunningTarget;
  let client: IdentitystoreClient;

  /** Registers a case only when the target can run it (no skipped tests). */
  const test = (title: string, options: CaseOptions, fn: () => Promise<void>): void => {
    if (options.ops.every((op) => target.supports(op)) && (options.strict !== true || target.strictAws)) it(title, fn);
  };

  const user = (userName: string, extra: Partial<CreateUserCommandInput> = {}): CreateUserCommandInput => ({
    IdentityStoreId,
    UserName: userName,
    DisplayName: `${userName} display`,
    Name: { GivenName: 'Given', FamilyName: 'Family' },
    Emails: [{ Value: `${userName}@example.com`, Type: 'work', Primary: true }],
    ...extra,
  });
  const createUser = async (userName: string, extra: Partial<CreateUserCommandInput> = {}): Promise<string> =>
    (await client.send(new CreateUserCommand(user(userName, extra)))).UserId!;
  const createGroup = async (displayName: string): Promise<string> =>
    (await client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: displayName, Description: `${displayName} team` }))).GroupId!;
  const addMember = async (groupId: string, userId: string): Promise<string> =>
    (await client.send(new CreateGroupMembershipCommand({ IdentityStoreId, GroupId: groupId, MemberId: { UserId: userId } }))).MembershipId!;

  describe(`Identity Store behaviour: ${target.name}`, () => {
    before(async () => {
      running = await target.start();
      client = new IdentitystoreClient({
        endpoint: running.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        maxAttempts: 1,
      });
    });
    after(async () => {
      client.destroy();
      await running.close();
    });
    beforeEach(async () => running.reset());

    describe('users', () => {
      test('CreateUser then DescribeUser returns the profile', { ops: ['CreateUser', 'DescribeUser'] }, async () => {
        const userId = await createUser('alice');
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(described.UserId, userId);
        assert.equal(described.IdentityStoreId, IdentityStoreId);
        assert.equal(described.UserName, 'alice');
        assert.equal(described.DisplayName, 'alice display');
        assert.equal(described.Name?.GivenName, 'Given');
        assert.equal(described.Name?.FamilyName, 'Family');
        assert.equal(described.Emails?.[0]?.Value, 'alice@example.com');
      });

      test('a new user is ENABLED and carries CreatedAt/UpdatedAt/CreatedBy', { ops: ['CreateUser', 'DescribeUser'], strict: true }, async () => {
        const before = Date.now() - 1000;
        const userId = await createUser('alice');
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(described.UserStatus, 'ENABLED');
        assert.ok(described.CreatedAt instanceof Date && described.CreatedAt.getTime() >= before);
        assert.equal(described.UpdatedAt?.getTime(), described.CreatedAt.getTime());
        assert.equal(described.CreatedBy, 'test');
        assert.equal(described.Extensions, undefined);
        assert.match(userId, /^1234567890-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      });

      test('a duplicate UserName is a ConflictException (UNIQUENESS_CONSTRAINT_VIOLATION)', { ops: ['CreateUser'] }, async () => {
        await createUser('alice');
        const attempt = client.send(new CreateUserCommand(user('alice')));
        await rejectsWith(attempt, 'ConflictException', { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' });
        await assert.rejects(client.send(new CreateUserCommand(user('alice'))), ConflictException);
      });

      test('UserName uniqueness ignores case', { ops: ['CreateUser'], strict: true }, async () => {
        await createUser('alice');
        await rejectsWith(client.send(new CreateUserCommand(user('ALICE'))), 'ConflictException', { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' });
        await createUser('alice2');
      });

      test('CreateUser without DisplayName or Name is a ValidationException', { ops: ['CreateUser'] }, async () => {
        await rejectsWith(client.send(new CreateUserCommand({ ...user('bob'), DisplayName: undefined })), 'ValidationException');
        await rejectsWith(client.send(new CreateUserCommand({ ...user('bob'), Name: undefined })), 'ValidationException');
      });

      test('reserved and forbidden user names are ValidationExceptions', { ops: ['CreateUser'], strict: true }, async () => {
        for (const name of ['Administrator', 'administrator', 'a<b', 'a>b', 'a;b', 'a:b', 'a%b', 'has space', 'x'.repeat(129)]) {
          await rejectsWith(client.send(new CreateUserCommand(user(name))), 'ValidationException');
        }
        await createUser('Administrators');
        await createUser('é.ü-ok_name+tag@example.com');
      });

      test('list members hold one email, address, phone number, role and up to 3 photos', { ops: ['CreateUser', 'DescribeUser'], strict: true }, async () => {
        const two = [{ Value: 'a@example.com' }, { Value: 'b@example.com' }];
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { Emails: two }))), 'ValidationException');
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { PhoneNumbers: two }))), 'ValidationException');
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { Roles: two }))), 'ValidationException');
        const photos = [1, 2, 3, 4].map((i) => ({ Value: `https://example.com/${i}.png` }));
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { Photos: photos }))), 'ValidationException');
        const userId = await createUser('bob', { Photos: photos.slice(0, 3), Roles: [{ Value: 'admin' }], Website: 'https://bob.example.com' });
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(described.Photos?.length, 3);
        assert.equal(described.Roles?.[0]?.Value, 'admin');
        assert.equal(described.Website, 'https://bob.example.com');
      });

      test('DescribeUser of an unknown user is a ResourceNotFoundException of type USER', { ops: ['DescribeUser'] }, async () => {
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: UNKNOWN_ID })), 'ResourceNotFoundException', { ResourceType: 'USER' });
        await assert.rejects(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: UNKNOWN_ID })), ResourceNotFoundException);
      });

      test('ResourceNotFoundException names the missing id; malformed ids are ValidationExceptions', { ops: ['DescribeUser'], strict: true }, async () => {
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: UNKNOWN_ID })), 'ResourceNotFoundException', {
          ResourceType: 'USER',
          ResourceId: UNKNOWN_ID,
        });
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: 'not-an-id' })), 'ValidationException');
        await assert.rejects(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: 'not-an-id' })), ValidationException);
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId: 'd-XYZ', UserId: UNKNOWN_ID })), 'ValidationException');
      });

      test('GetUserId finds users by userName and emails.value', { ops: ['CreateUser', 'GetUserId'] }, async () => {
        const aliceId = await createUser('alice');
        await createUser('bob');
        const byName = await client.send(new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'userName', AttributeValue: 'alice' } } }));
        assert.equal(byName.UserId, aliceId);
        const byEmail = await client.send(
          new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'emails.value', AttributeValue: 'alice@example.com' } } }),
        );
        assert.equal(byEmail.UserId, aliceId);
        await rejectsWith(
          client.send(new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'userName', AttributeValue: 'carol' } } })),
          'ResourceNotFoundException',
          { ResourceType: 'USER' },
        );
      });

      test('GetUserId refuses attribute paths other than userName and emails.value', { ops: ['GetUserId'], strict: true }, async () => {
        await rejectsWith(
          client.send(new GetUserIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: 'x' } } })),
          'ValidationException',
        );
      });

      test('paginateListUsers walks every user once, in pages of MaxResults', { ops: ['CreateUser', 'ListUsers'] }, async () => {
        const names = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
        for (const name of names) await createUser(name);
        const pages: string[][] = [];
        for await (const page of paginateListUsers({ client, pageSize: 3 }, { IdentityStoreId })) pages.push((page.Users ?? []).map((u) => u.UserName!));
        assert.deepEqual(pages.flat().sort(), names);
        assert.deepEqual(pages.map((p) => p.length), [3, 3, 1]);
      });

      test('the deprecated ListUsers Filters match UserName exactly', { ops: ['CreateUser', 'ListUsers'] }, async () => {
        await createUser('alice');
        await createUser('alicia');
        const found = await client.send(new ListUsersCommand({ IdentityStoreId, Filters: [{ AttributePath: 'UserName', AttributeValue: 'alice' }] }));
        assert.deepEqual(found.Users?.map((u) => u.UserName), ['alice']);
        const none = await client.send(new ListUsersCommand({ IdentityStoreId, Filters: [{ AttributePath: 'UserName', AttributeValue: 'nobody' }] }));
        assert.deepEqual(none.Users, []);
      });

      test('ListUsers refuses MaxResults outside 1-100, unknown filter paths and forged NextTokens', { ops: ['ListUsers', 'CreateUser'], strict: true }, async () => {
        await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId, MaxResults: 0 })), 'ValidationException');
        await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId, MaxResults: 101 })), 'ValidationException');
        await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId, Filters: [{ AttributePath: 'Title', AttributeValue: 'x' }] })), 'ValidationException');
        await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId, NextToken: 'bm90LWEtdG9rZW4' })), 'ValidationException');
        await createUser('u1');
        await createUser('u2');
        const first = await client.send(new ListUsersCommand({ IdentityStoreId, MaxResults: 1 }));
        assert.ok(first.NextToken !== undefined);
        const tampered = `${first.NextToken.slice(0, -2)}${first.NextToken.endsWith('AA') ? 'BB' : 'AA'}`;
        await rejectsWith(client.send(new ListUsersCommand({ IdentityStoreId, MaxResults: 1, NextToken: tampered })), 'ValidationException');
        const second = await client.send(new ListUsersCommand({ IdentityStoreId, MaxResults: 1, NextToken: first.NextToken }));
        assert.equal(second.Users?.[0]?.UserName, 'u2');
        assert.equal(second.NextToken, undefined);
        // A token is bound to its query: ListGroups cannot use a ListUsers token.
        await rejectsWith(client.send(new ListGroupsCommand({ IdentityStoreId, NextToken: first.NextToken })), 'ValidationException');
      });

      test('DeleteUser removes the user', { ops: ['CreateUser', 'DeleteUser', 'DescribeUser'] }, async () => {
        const userId = await createUser('alice');
        await client.send(new DeleteUserCommand({ IdentityStoreId, UserId: userId }));
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId })), 'ResourceNotFoundException', { ResourceType: 'USER' });
      });

      test('deleting a user twice is a ResourceNotFoundException', { ops: ['CreateUser', 'DeleteUser'], strict: true }, async () => {
        const userId = await createUser('alice');
        await client.send(new DeleteUserCommand({ IdentityStoreId, UserId: userId }));
        await rejectsWith(client.send(new DeleteUserCommand({ IdentityStoreId, UserId: userId })), 'ResourceNotFoundException', { ResourceType: 'USER', ResourceId: userId });
      });
    });

    describe('UpdateUser', () => {
      test('replaces and removes attributes by lowerCamel path', { ops: ['CreateUser', 'UpdateUser', 'DescribeUser'] }, async () => {
        const userId = await createUser('alice', { NickName: 'Al', Title: 'Engineer' });
        await client.send(
          new UpdateUserCommand({
            IdentityStoreId,
            UserId: userId,
            Operations: [
              { AttributePath: 'displayName', AttributeValue: 'Alice Liddell' },
              { AttributePath: 'name.givenName', AttributeValue: 'Alicia' },
              { AttributePath: 'emails', AttributeValue: [{ value: 'new@example.com', type: 'home', primary: true }] },
              { AttributePath: 'nickName' },
            ],
          }),
        );
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(described.DisplayName, 'Alice Liddell');
        assert.deepEqual(described.Name, { GivenName: 'Alicia', FamilyName: 'Family' });
        assert.deepEqual(described.Emails, [{ Value: 'new@example.com', Type: 'home', Primary: true }]);
        assert.equal(described.NickName, undefined);
        assert.equal(described.Title, 'Engineer');
      });

      test('sets userStatus and the enterprise extension, and moves UpdatedAt', { ops: ['CreateUser', 'UpdateUser', 'DescribeUser'], strict: true }, async () => {
        const userId = await createUser('alice');
        const before = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        await new Promise((resolve) => setTimeout(resolve, 5));
        await client.send(
          new UpdateUserCommand({
            IdentityStoreId,
            UserId: userId,
            Operations: [
              { AttributePath: 'userStatus', AttributeValue: 'DISABLED' },
              { AttributePath: 'aws:identitystore:enterprise.department', AttributeValue: 'Research' },
              { AttributePath: 'aws:identitystore:enterprise.manager.value', AttributeValue: 'boss-id' },
            ],
          }),
        );
        const after = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId, Extensions: ['aws:identitystore:enterprise'] }));
        assert.equal(after.UserStatus, 'DISABLED');
        assert.deepEqual(after.Extensions, { 'aws:identitystore:enterprise': { department: 'Research', manager: { value: 'boss-id' } } });
        assert.ok(after.UpdatedAt!.getTime() > before.UpdatedAt!.getTime());
        assert.equal(after.CreatedAt!.getTime(), before.CreatedAt!.getTime());
        await rejectsWith(
          client.send(new UpdateUserCommand({ IdentityStoreId, UserId: userId, Operations: [{ AttributePath: 'userStatus', AttributeValue: 'SUSPENDED' }] })),
          'ValidationException',
        );
      });

      test('refuses unknown paths, removing required attributes, bad values and 0 or 101 operations', { ops: ['CreateUser', 'UpdateUser', 'DescribeUser'], strict: true }, async () => {
        const userId = await createUser('alice');
        const update = (Operations: { AttributePath: string; AttributeValue?: unknown }[]) =>
          client.send(new UpdateUserCommand({ IdentityStoreId, UserId: userId, Operations: Operations as never }));
        await rejectsWith(update([{ AttributePath: 'favouriteColour', AttributeValue: 'blue' }]), 'ValidationException');
        await rejectsWith(update([{ AttributePath: 'userName' }]), 'ValidationException');
        await rejectsWith(update([{ AttributePath: 'displayName', AttributeValue: '' }]), 'ValidationException');
        await rejectsWith(update([{ AttributePath: 'userName', AttributeValue: 'Administrator' }]), 'ValidationException');
        await rejectsWith(update([{ AttributePath: 'emails', AttributeValue: [{ value: 'a@x.com' }, { value: 'b@x.com' }] }]), 'ValidationException');
        await rejectsWith(update([{ AttributePath: 'name', AttributeValue: { givenName: 'Only' } }]), 'ValidationException');
        await rejectsWith(update([]), 'ValidationException');
        await rejectsWith(update(Array.from({ length: 101 }, () => ({ AttributePath: 'title', AttributeValue: 'x' }))), 'ValidationException');
        // A request that fails part-way changes nothing.
        await rejectsWith(update([{ AttributePath: 'title', AttributeValue: 'Changed' }, { AttributePath: 'nope', AttributeValue: 'x' }]), 'ValidationException');
        const described = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(described.Title, undefined);
      });

      test('renaming onto another user name is a ConflictException; unknown users are not found', { ops: ['CreateUser', 'UpdateUser'] }, async () => {
        await createUser('alice');
        const bobId = await createUser('bob');
        await rejectsWith(
          client.send(new UpdateUserCommand({ IdentityStoreId, UserId: bobId, Operations: [{ AttributePath: 'userName', AttributeValue: 'alice' }] })),
          'ConflictException',
          { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' },
        );
        await client.send(new UpdateUserCommand({ IdentityStoreId, UserId: bobId, Operations: [{ AttributePath: 'userName', AttributeValue: 'robert' }] }));
        await rejectsWith(
          client.send(new UpdateUserCommand({ IdentityStoreId, UserId: UNKNOWN_ID, Operations: [{ AttributePath: 'title', AttributeValue: 'x' }] })),
          'ResourceNotFoundException',
          { ResourceType: 'USER' },
        );
      });
    });

    describe('extensions', () => {
      const enterprise = { employeeNumber: '42', costCenter: 'CC-7', organization: 'Org', division: 'Div', department: 'Eng', manager: { value: 'm-1' } };

      test('enterprise attributes are stored on create and returned only when requested', { ops: ['CreateUser', 'DescribeUser', 'ListUsers'], strict: true }, async () => {
        const userId = await createUser('alice', { Extensions: { 'aws:identitystore:enterprise': enterprise } });
        const plain = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId }));
        assert.equal(plain.Extensions, undefined);
        const asked = await client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId, Extensions: ['aws:identitystore:enterprise'] }));
        assert.deepEqual(asked.Extensions, { 'aws:identitystore:enterprise': enterprise });
        const listed = await client.send(new ListUsersCommand({ IdentityStoreId, Extensions: ['aws:identitystore:enterprise'] }));
        assert.deepEqual(listed.Users?.[0]?.Extensions, { 'aws:identitystore:enterprise': enterprise });
        const listedPlain = await client.send(new ListUsersCommand({ IdentityStoreId }));
        assert.equal(listedPlain.Users?.[0]?.Extensions, undefined);
      });

      test('unknown extension names and attributes are ValidationExceptions', { ops: ['CreateUser', 'DescribeUser'], strict: true }, async () => {
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { Extensions: { 'aws:identitystore:custom': { a: 'b' } } }))), 'ValidationException');
        await rejectsWith(client.send(new CreateUserCommand(user('bob', { Extensions: { 'aws:identitystore:enterprise': { shoeSize: '9' } } }))), 'ValidationException');
        const userId = await createUser('bob');
        await rejectsWith(client.send(new DescribeUserCommand({ IdentityStoreId, UserId: userId, Extensions: ['aws:identitystore:custom'] })), 'ValidationException');
      });
    });

    describe('groups', () => {
      test('CreateGroup, DescribeGroup, GetGroupId and a duplicate DisplayName', { ops: ['CreateGroup', 'DescribeGroup', 'GetGroupId'] }, async () => {
        const groupId = await createGroup('Engineering');
        const described = await client.send(new DescribeGroupCommand({ IdentityStoreId, GroupId: groupId }));
        assert.equal(described.DisplayName, 'Engineering');
        assert.equal(described.Description, 'Engineering team');
        const found = await client.send(new GetGroupIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: 'Engineering' } } }));
        assert.equal(found.GroupId, groupId);
        await rejectsWith(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'Engineering' })), 'ConflictException', { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' });
        await rejectsWith(
          client.send(new GetGroupIdCommand({ IdentityStoreId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: 'Sales' } } })),
          'ResourceNotFoundException',
          { ResourceType: 'GROUP' },
        );
        await rejectsWith(client.send(new DescribeGroupCommand({ IdentityStoreId, GroupId: UNKNOWN_ID })), 'ResourceNotFoundException', { ResourceType: 'GROUP' });
      });

      test('group names: reserved, forbidden characters, case-insensitive uniqueness, audit fields', { ops: ['CreateGroup', 'DescribeGroup'], strict: true }, async () => {
        for (const name of ['AWSAdministrators', 'awsadministrators', 'a<b', 'a%b', '']) {
          await rejectsWith(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: name })), 'ValidationException');
        }
        await rejectsWith(client.send(new CreateGroupCommand({ IdentityStoreId })), 'ValidationException');
        const groupId = await createGroup('Team with spaces');
        await rejectsWith(client.send(new CreateGroupCommand({ IdentityStoreId, DisplayName: 'TEAM WITH SPACES' })), 'ConflictException', {
          Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION',
        });
        const described = await client.send(new DescribeGroupCommand({ IdentityStoreId, GroupId: groupId }));
        assert.ok(described.CreatedAt instanceof Date);
        assert.equal(described.CreatedBy, 'test');
      });

      test('paginateListGroups and the deprecated DisplayName filter', { ops: ['CreateGroup', 'ListGroups'] }, async () => {
        const names = ['g1', 'g2', 'g3', 'g4', 'g5'];
        for (const name of names) await createGroup(name);
        const pages: string[][] = [];
        for await (const page of paginateListGroups({ client, pageSize: 2 }, { IdentityStoreId })) pages.push((page.Groups ?? []).map((g) => g.DisplayName!));
        assert.deepEqual(pages.flat().sort(), names);
        assert.deepEqual(pages.map((p) => p.length), [2, 2, 1]);
        const filtered = await client.send(new ListGroupsCommand({ IdentityStoreId, Filters: [{ AttributePath: 'DisplayName', AttributeValue: 'g3' }] }));
        assert.deepEqual(filtered.Groups?.map((g) => g.DisplayName), ['g3']);
      });

      test('UpdateGroup replaces displayName and removes description', { ops: ['CreateGroup', 'UpdateGroup', 'DescribeGroup'] }, async () => {
        const groupId = await createGroup('Engineering');
        await createGroup('Sales');
        await client.send(
          new UpdateGroupCommand({
            IdentityStoreId,
            GroupId: groupId,
            Operations: [{ AttributePath: 'displayName', AttributeValue: 'Platform' }, { AttributePath: 'description' }],
          }),
        );
        const described = await client.send(new DescribeGroupCommand({ IdentityStoreId, GroupId: groupId }));
        assert.equal(described.DisplayName, 'Platform');
        assert.equal(described.Description, undefined);
        await rejectsWith(
          client.send(new UpdateGroupCommand({ IdentityStoreId, GroupId: groupId, Operations: [{ AttributePath: 'displayName', AttributeValue: 'Sales' }] })),
          'ConflictException',
          { Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION' },
        );
        await rejectsWith(
          client.send(new UpdateGroupCommand({ IdentityStoreId, GroupId: groupId, Operations: [{ AttributePath: 'members', AttributeValue: 'x' }] })),
          'ValidationException',
        );
      });

      test('DeleteGroup removes the group; a second delete is not found', { ops: ['CreateGroup', 'DeleteGroup', 'DescribeGroup'], strict: true }, async () => {
        const groupId = await createGroup('Engineering');
        await client.send(new DeleteGroupCommand({ IdentityStoreId, GroupId: groupId }));
        await rejectsWith(client.send(new DescribeGroupCommand({ IdentityStoreId, GroupId: groupId })), 'ResourceNotFoundException', { ResourceType: 'GROUP' });
        await rejectsWith(client.send(new DeleteGroupCommand({ IdentityStoreId, GroupId: groupId })), 'ResourceNotFoundException', { ResourceType: 'GROUP', ResourceId: groupId });
      });
    });

    describe('memberships', () => {
      test('memberships are listed by group and by member, with the SDK paginators', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership', 'ListGroupMemberships', 'ListGroupMembershipsForMember'] }, async () => {
        const groupId = await createGroup('Engineering');
        const otherGroupId = await createGroup('Sales');
        const userIds: string[] = [];
        for (const name of ['m1', 'm2', 'm3', 'm4', 'm5']) userIds.push(await createUser(name));
        for (const userId of userIds) await addMember(groupId, userId);
        await addMember(otherGroupId, userIds[0]!);
        const members: string[] = [];
        for await (const page of paginateListGroupMemberships({ client, pageSize: 2 }, { IdentityStoreId, GroupId: groupId })) {
          assert.ok((page.GroupMemberships ?? []).length <= 2);
          for (const m of page.GroupMemberships ?? []) {
            assert.equal(m.GroupId, groupId);
            members.push(m.MemberId!.UserId!);
          }
        }
        assert.deepEqual(members.sort(), [...userIds].sort());
        const groups: string[] = [];
        for await (const page of paginateListGroupMembershipsForMember({ client, pageSize: 1 }, { IdentityStoreId, MemberId: { UserId: userIds[0]! } })) {
          for (const m of page.GroupMemberships ?? []) groups.push(m.GroupId!);
        }
        assert.deepEqual(groups.sort(), [groupId, otherGroupId].sort());
        const single = await client.send(new ListGroupMembershipsForMemberCommand({ IdentityStoreId, MemberId: { UserId: userIds[1]! } }));
        assert.deepEqual(single.GroupMemberships?.map((m) => m.GroupId), [groupId]);
      });

      test('a membership needs an existing group and user', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership'] }, async () => {
        const groupId = await createGroup('Engineering');
        const userId = await createUser('alice');
        await rejectsWith(client.send(new CreateGroupMembershipCommand({ IdentityStoreId, GroupId: UNKNOWN_ID, MemberId: { UserId: userId } })), 'ResourceNotFoundException', {
          ResourceType: 'GROUP',
        });
        await rejectsWith(client.send(new CreateGroupMembershipCommand({ IdentityStoreId, GroupId: groupId, MemberId: { UserId: UNKNOWN_ID } })), 'ResourceNotFoundException', {
          ResourceType: 'USER',
        });
      });

      test('DeleteGroupMembership removes the membership', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership', 'DeleteGroupMembership', 'ListGroupMemberships'] }, async () => {
        const groupId = await createGroup('Engineering');
        const membershipId = await addMember(groupId, await createUser('alice'));
        await client.send(new DeleteGroupMembershipCommand({ IdentityStoreId, MembershipId: membershipId }));
        const listed = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId, GroupId: groupId }));
        assert.deepEqual(listed.GroupMemberships, []);
      });

      test('duplicates conflict, unknown memberships are not found, deletes cascade', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership', 'DeleteGroupMembership', 'DeleteUser', 'DeleteGroup', 'ListGroupMemberships', 'ListGroupMembershipsForMember'], strict: true }, async () => {
        const groupId = await createGroup('Engineering');
        const aliceId = await createUser('alice');
        const bobId = await createUser('bob');
        const membershipId = await addMember(groupId, aliceId);
        await addMember(groupId, bobId);
        await rejectsWith(client.send(new CreateGroupMembershipCommand({ IdentityStoreId, GroupId: groupId, MemberId: { UserId: aliceId } })), 'ConflictException', {
          Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION',
        });
        await client.send(new DeleteUserCommand({ IdentityStoreId, UserId: aliceId }));
        const afterUser = await client.send(new ListGroupMembershipsCommand({ IdentityStoreId, GroupId: groupId }));
        assert.deepEqual(afterUser.GroupMemberships?.map((m) => m.MemberId?.UserId), [bobId]);
        await rejectsWith(client.send(new DeleteGroupMembershipCommand({ IdentityStoreId, MembershipId: membershipId })), 'ResourceNotFoundException', {
          ResourceType: 'GROUP_MEMBERSHIP',
          ResourceId: membershipId,
        });
        await client.send(new DeleteGroupCommand({ IdentityStoreId, GroupId: groupId }));
        const afterGroup = await client.send(new ListGroupMembershipsForMemberCommand({ IdentityStoreId, MemberId: { UserId: bobId } }));
        assert.deepEqual(afterGroup.GroupMemberships, []);
        await rejectsWith(client.send(new ListGroupMembershipsCommand({ IdentityStoreId, GroupId: groupId })), 'ResourceNotFoundException', { ResourceType: 'GROUP' });
      });

      test('GetGroupMembershipId and DescribeGroupMembership', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership', 'GetGroupMembershipId', 'DescribeGroupMembership'] }, async () => {
        const groupId = await createGroup('Engineering');
        const aliceId = await createUser('alice');
        const bobId = await createUser('bob');
        const membershipId = await addMember(groupId, aliceId);
        const found = await client.send(new GetGroupMembershipIdCommand({ IdentityStoreId, GroupId: groupId, MemberId: { UserId: aliceId } }));
        assert.equal(found.MembershipId, membershipId);
        await rejectsWith(client.send(new GetGroupMembershipIdCommand({ IdentityStoreId, GroupId: groupId, MemberId: { UserId: bobId } })), 'ResourceNotFoundException', {
          ResourceType: 'GROUP_MEMBERSHIP',
        });
        const described = await client.send(new DescribeGroupMembershipCommand({ IdentityStoreId, MembershipId: membershipId }));
        assert.equal(described.GroupId, groupId);
        assert.deepEqual(described.MemberId, { UserId: aliceId });
        await rejectsWith(client.send(new DescribeGroupMembershipCommand({ IdentityStoreId, MembershipId: UNKNOWN_ID })), 'ResourceNotFoundException', {
          ResourceType: 'GROUP_MEMBERSHIP',
        });
      });

      test('IsMemberInGroups answers per group, in order', { ops: ['CreateUser', 'CreateGroup', 'CreateGroupMembership', 'IsMemberInGroups'] }, async () => {
        const eng = await createGroup('Engineering');
        const sales = await createGroup('Sales');
        const aliceId = await createUser('alice');
        await addMember(eng, aliceId);
        const answer = await client.send(new IsMemberInGroupsCommand({ IdentityStoreId, MemberId: { UserId: aliceId }, GroupIds: [sales, eng] }));
        assert.deepEqual(
          answer.Results?.map((r) => [r.GroupId, r.MembershipExists]),
          [
            [sales, false],
            [eng, true],
          ],
        );
        await rejectsWith(client.send(new IsMemberInGroupsCommand({ IdentityStoreId, MemberId: { UserId: aliceId }, GroupIds: [] })), 'ValidationException');
      });
    });
  });
}
