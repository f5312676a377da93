// Where moto 5.2.1 and our emulator disagree, as data: one scenario per difference, the outcome
// each implementation gives, and which one the AWS documentation supports. moto-quirks.test.ts
// runs every scenario against both; docs/emulator.md ("Comparison with moto") lists every id.
// AWS sources: shared/aws-models/identitystore-2020-06-15.service-2.json ("model") and the boto3
// reference pages in shared/seeds/000_* and 001_* ("seed 000", "seed 001").
import {
  IdentitystoreClient,
  CreateGroupCommand,
  CreateGroupMembershipCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteGroupMembershipCommand,
  DeleteUserCommand,
  DescribeGroupCommand,
  DescribeUserCommand,
  GetGroupIdCommand,
  GetUserIdCommand,
  ListGroupMembershipsCommand,
  ListGroupMembershipsForMemberCommand,
  ListUsersCommand,
  UpdateUserCommand,
} from '@aws-sdk/client-identitystore';
import type { CreateUserCommandInput } from '@aws-sdk/client-identitystore';

export const STORE = 'd-1234567890';
export const UNKNOWN_ID = '1234567890-12345678-1234-1234-1234-123456789012';

export interface QuirkContext {
  readonly endpoint: string;
  readonly client: IdentitystoreClient;
  createUser(userName: string, extra?: Partial<CreateUserCommandInput>): Promise<string>;
  createGroup(displayName: string): Promise<string>;
  addMember(groupId: string, userId: string): Promise<string>;
}

/** `ok`, the SDK exception name, or `HTTP 5xx` when the server failed (moto's unimplemented operations). */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } };
    const status = e.$metadata?.httpStatusCode ?? 0;
    return status >= 500 ? `HTTP ${status}` : e.name;
  }
}

export interface Quirk {
  readonly id: string;
  readonly operation: string;
  readonly scenario: string;
  run(ctx: QuirkContext): Promise<string>;
  readonly moto: string;
  readonly emulator: string;
  /** Which behaviour the AWS documentation supports, and where it says so. */
  readonly aws: string;
}

const user = (userName: string, extra: Partial<CreateUserCommandInput> = {}): CreateUserCommandInput => ({
  IdentityStoreId: STORE,
  UserName: userName,
  DisplayName: userName,
  Name: { GivenName: 'G', FamilyName: 'F' },
  ...extra,
});
const create = (ctx: QuirkContext, input: CreateUserCommandInput): Promise<string> => outcome(ctx.client.send(new CreateUserCommand(input)));
const byUserName = (value: string) => ({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'userName', AttributeValue: value } } });
const byDisplayName = (value: string) => ({ IdentityStoreId: STORE, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: value } } });

export const MOTO_QUIRKS: readonly Quirk[] = [
  { id: 'sigv4-unchecked', operation: 'all', scenario: 'request signed with a made-up secret', moto: 'ok', emulator: 'InvalidSignatureException',
    aws: 'emulator (when started with credentials): every AWS API authenticates SigV4; moto routes on the credential scope and never checks the signature',
    run: (ctx) => {
      const forged = new IdentitystoreClient({ endpoint: ctx.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'made-up' }, maxAttempts: 1 });
      return outcome(forged.send(new ListUsersCommand({ IdentityStoreId: STORE }))).finally(() => forged.destroy());
    } },
  { id: 'user-reserved-name', operation: 'CreateUser', scenario: 'UserName "Administrator"', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model UserName doc, "Administrator and AWSAdministrators are reserved names"',
    run: (ctx) => create(ctx, user('Administrator')) },
  { id: 'user-forbidden-characters', operation: 'CreateUser', scenario: 'UserName "a<b"', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: seed 000 UserName, "The characters <>;:% are excluded"',
    run: (ctx) => create(ctx, user('a<b')) },
  { id: 'user-name-length', operation: 'CreateUser', scenario: 'UserName of 129 characters', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model UserName max 128',
    run: (ctx) => create(ctx, user('x'.repeat(129))) },
  { id: 'user-two-emails', operation: 'CreateUser', scenario: 'two Emails', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model Emails list max 1',
    run: (ctx) => create(ctx, user('two', { Emails: [{ Value: 'a@example.com' }, { Value: 'b@example.com' }] })) },
  { id: 'store-id-pattern', operation: 'CreateUser', scenario: 'IdentityStoreId "not a store"', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model IdentityStoreId pattern d-[0-9a-f]{10} or UUID',
    run: (ctx) => create(ctx, { ...user('anyone'), IdentityStoreId: 'not a store' }) },
  { id: 'user-name-case', operation: 'CreateUser', scenario: '"alice" then "ALICE"', moto: 'ok', emulator: 'ConflictException',
    aws: 'undocumented: the model only says "unique"; the emulator follows SCIM userName caseExact=false (RFC 7643 4.1.1)',
    run: async (ctx) => { await ctx.createUser('alice'); return create(ctx, user('ALICE')); } },
  { id: 'user-id-format', operation: 'CreateUser', scenario: 'shape of the new UserId', moto: 'UUID', emulator: '1234567890-UUID',
    aws: 'both valid; emulator: seed 000 ResourceId, "1234567890-UUID" unless the store was migrated from legacy SSO (then UUID)',
    run: async (ctx) => ((await ctx.createUser('alice')).startsWith('1234567890-') ? '1234567890-UUID' : 'UUID') },
  { id: 'not-found-resource-id', operation: 'DescribeUser', scenario: 'ResourceId member of ResourceNotFoundException', moto: 'absent', emulator: 'present',
    aws: 'emulator: model ResourceNotFoundException has ResourceId (moto also sends "Reason": null)',
    run: async (ctx) => {
      try {
        await ctx.client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: UNKNOWN_ID }));
        return 'ok';
      } catch (error) {
        return (error as { ResourceId?: string }).ResourceId === UNKNOWN_ID ? 'present' : 'absent';
      }
    } },
  { id: 'user-id-pattern', operation: 'DescribeUser', scenario: 'UserId "not-an-id"', moto: 'ResourceNotFoundException', emulator: 'ValidationException',
    aws: 'emulator: model ResourceId pattern; a value failing it is a validation error',
    run: (ctx) => outcome(ctx.client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: 'not-an-id' }))) },
  { id: 'user-audit-fields', operation: 'DescribeUser', scenario: 'UserStatus and CreatedAt of a new user', moto: 'absent', emulator: 'ENABLED+CreatedAt',
    aws: 'emulator: model DescribeUserResponse has UserStatus, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy',
    run: async (ctx) => {
      const d = await ctx.client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: await ctx.createUser('alice') }));
      return d.UserStatus === undefined && d.CreatedAt === undefined ? 'absent' : `${d.UserStatus ?? '?'}+${d.CreatedAt === undefined ? '' : 'CreatedAt'}`;
    } },
  { id: 'user-extensions', operation: 'CreateUser/DescribeUser', scenario: 'enterprise extension stored, then asked for', moto: 'dropped', emulator: 'returned',
    aws: 'emulator: model CreateUser Extensions and DescribeUser Extensions (2025-12-08 update, seed 004)',
    run: async (ctx) => {
      const id = await ctx.createUser('alice', { Extensions: { 'aws:identitystore:enterprise': { employeeNumber: '42' } } });
      const d = await ctx.client.send(new DescribeUserCommand({ IdentityStoreId: STORE, UserId: id, Extensions: ['aws:identitystore:enterprise'] }));
      return d.Extensions === undefined ? 'dropped' : 'returned';
    } },
  { id: 'user-lookup-case', operation: 'GetUserId', scenario: 'user "Bob" looked up as "bob"', moto: 'ResourceNotFoundException', emulator: 'ok',
    aws: 'undocumented; the emulator matches case-insensitively like its uniqueness rule',
    run: async (ctx) => { await ctx.createUser('Bob'); return outcome(ctx.client.send(new GetUserIdCommand(byUserName('bob')))); } },
  { id: 'list-max-results', operation: 'ListUsers', scenario: 'MaxResults 0', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model MaxResults 1-100',
    run: (ctx) => outcome(ctx.client.send(new ListUsersCommand({ IdentityStoreId: STORE, MaxResults: 0 }))) },
  { id: 'list-bad-token', operation: 'ListUsers', scenario: 'NextToken "garbage"', moto: 'InvalidToken', emulator: 'ValidationException',
    aws: 'emulator: InvalidToken is not an error of the model; ListUsers lists ValidationException',
    run: (ctx) => outcome(ctx.client.send(new ListUsersCommand({ IdentityStoreId: STORE, NextToken: 'garbage' }))) },
  { id: 'list-filter-path', operation: 'ListUsers', scenario: 'Filters on "Title"', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator (closer): model Filter doc names UserName as the ListUsers path; moto ignores the filter and returns everyone',
    run: (ctx) => outcome(ctx.client.send(new ListUsersCommand({ IdentityStoreId: STORE, Filters: [{ AttributePath: 'Title', AttributeValue: 'x' }] }))) },
  { id: 'update-user', operation: 'UpdateUser', scenario: 'replace displayName', moto: 'HTTP 500', emulator: 'ok',
    aws: 'emulator: operation in the model; moto has no implementation (also UpdateGroup, IsMemberInGroups, GetGroupMembershipId, DescribeGroupMembership)',
    run: async (ctx) => outcome(ctx.client.send(new UpdateUserCommand({ IdentityStoreId: STORE, UserId: await ctx.createUser('alice'), Operations: [{ AttributePath: 'displayName', AttributeValue: 'A' }] }))) },
  { id: 'delete-user-twice', operation: 'DeleteUser', scenario: 'second delete', moto: 'ok', emulator: 'ResourceNotFoundException',
    aws: 'emulator: model lists ResourceNotFoundException for DeleteUser (the Terraform provider tolerates it on delete)',
    run: async (ctx) => {
      const id = await ctx.createUser('alice');
      await ctx.client.send(new DeleteUserCommand({ IdentityStoreId: STORE, UserId: id }));
      return outcome(ctx.client.send(new DeleteUserCommand({ IdentityStoreId: STORE, UserId: id })));
    } },
  { id: 'delete-user-memberships', operation: 'DeleteUser', scenario: 'memberships left in the group', moto: '1', emulator: '0',
    aws: 'undocumented; a membership of a user that no longer exists cannot be described or resolved',
    run: async (ctx) => {
      const [g, u] = [await ctx.createGroup('eng'), await ctx.createUser('alice')];
      await ctx.addMember(g, u);
      await ctx.client.send(new DeleteUserCommand({ IdentityStoreId: STORE, UserId: u }));
      return String((await ctx.client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: g }))).GroupMemberships?.length);
    } },
  { id: 'group-no-name', operation: 'CreateGroup', scenario: 'no DisplayName', moto: 'ok', emulator: 'ValidationException',
    aws: 'undocumented in the model (only IdentityStoreId is required); AWS\'s SCIM endpoint requires displayName',
    run: (ctx) => outcome(ctx.client.send(new CreateGroupCommand({ IdentityStoreId: STORE }))) },
  { id: 'group-reserved-name', operation: 'CreateGroup', scenario: 'DisplayName "AWSAdministrators"', moto: 'ok', emulator: 'ValidationException',
    aws: 'emulator: model GroupDisplayName doc, reserved names',
    run: (ctx) => outcome(ctx.client.send(new CreateGroupCommand({ IdentityStoreId: STORE, DisplayName: 'AWSAdministrators' }))) },
  { id: 'group-external-ids', operation: 'DescribeGroup', scenario: 'ExternalIds of a new group', moto: '[]', emulator: 'absent',
    aws: 'emulator: model ExternalIds list has min 1, so an empty list is not a valid value',
    run: async (ctx) => {
      const d = await ctx.client.send(new DescribeGroupCommand({ IdentityStoreId: STORE, GroupId: await ctx.createGroup('eng') }));
      return d.ExternalIds === undefined ? 'absent' : JSON.stringify(d.ExternalIds);
    } },
  { id: 'group-lookup-case', operation: 'GetGroupId', scenario: 'group "Admins" looked up as "admins"', moto: 'ResourceNotFoundException', emulator: 'ok',
    aws: 'undocumented; the emulator matches case-insensitively like its uniqueness rule',
    run: async (ctx) => { await ctx.createGroup('Admins'); return outcome(ctx.client.send(new GetGroupIdCommand(byDisplayName('admins')))); } },
  { id: 'delete-group-twice', operation: 'DeleteGroup', scenario: 'second delete', moto: 'ok', emulator: 'ResourceNotFoundException',
    aws: 'emulator: model lists ResourceNotFoundException for DeleteGroup',
    run: async (ctx) => {
      const id = await ctx.createGroup('eng');
      await ctx.client.send(new DeleteGroupCommand({ IdentityStoreId: STORE, GroupId: id }));
      return outcome(ctx.client.send(new DeleteGroupCommand({ IdentityStoreId: STORE, GroupId: id })));
    } },
  { id: 'delete-group-memberships', operation: 'DeleteGroup', scenario: 'memberships left for the member', moto: '1', emulator: '0',
    aws: 'undocumented; as for DeleteUser',
    run: async (ctx) => {
      const [g, u] = [await ctx.createGroup('eng'), await ctx.createUser('alice')];
      await ctx.addMember(g, u);
      await ctx.client.send(new DeleteGroupCommand({ IdentityStoreId: STORE, GroupId: g }));
      return String((await ctx.client.send(new ListGroupMembershipsForMemberCommand({ IdentityStoreId: STORE, MemberId: { UserId: u } }))).GroupMemberships?.length);
    } },
  { id: 'membership-duplicate', operation: 'CreateGroupMembership', scenario: 'same user added twice', moto: 'ok', emulator: 'ConflictException',
    aws: 'emulator: model ConflictException, "would violate an existing uniqueness claim"',
    run: async (ctx) => {
      const [g, u] = [await ctx.createGroup('eng'), await ctx.createUser('alice')];
      await ctx.addMember(g, u);
      return outcome(ctx.client.send(new CreateGroupMembershipCommand({ IdentityStoreId: STORE, GroupId: g, MemberId: { UserId: u } })));
    } },
  { id: 'memberships-unknown-group', operation: 'ListGroupMemberships', scenario: 'unknown GroupId', moto: 'ok', emulator: 'ResourceNotFoundException',
    aws: 'emulator (model lists ResourceNotFoundException; not stated when)',
    run: (ctx) => outcome(ctx.client.send(new ListGroupMembershipsCommand({ IdentityStoreId: STORE, GroupId: UNKNOWN_ID }))) },
  { id: 'memberships-unknown-member', operation: 'ListGroupMembershipsForMember', scenario: 'unknown UserId', moto: 'ok', emulator: 'ResourceNotFoundException',
    aws: 'emulator (model lists ResourceNotFoundException; not stated when)',
    run: (ctx) => outcome(ctx.client.send(new ListGroupMembershipsForMemberCommand({ IdentityStoreId: STORE, MemberId: { UserId: UNKNOWN_ID } }))) },
  { id: 'delete-membership-twice', operation: 'DeleteGroupMembership', scenario: 'second delete', moto: 'ok', emulator: 'ResourceNotFoundException',
    aws: 'emulator: model lists ResourceNotFoundException for DeleteGroupMembership',
    run: async (ctx) => {
      const m = await ctx.addMember(await ctx.createGroup('eng'), await ctx.createUser('alice'));
      await ctx.client.send(new DeleteGroupMembershipCommand({ IdentityStoreId: STORE, MembershipId: m }));
      return outcome(ctx.client.send(new DeleteGroupMembershipCommand({ IdentityStoreId: STORE, MembershipId: m })));
    } },
];
