/**
 * The IdentityStore port implemented with @aws-sdk/client-identitystore (SigV4, AWS JSON 1.1).
 * Knows nothing of SCIM or HTTP: it converts shapes (sdk-shapes.ts), turns "not found" on
 * lookups into `undefined`, wraps every other failure in IdentityStoreCallError, and resolves a
 * create whose answer was lost by lookup (create-exactly-once.ts). Retries, pacing and the
 * concurrency bound live in the client (upstream/).
 */
import {
  CreateGroupCommand, CreateGroupMembershipCommand, CreateUserCommand, DeleteGroupCommand,
  DeleteGroupMembershipCommand, DeleteUserCommand, DescribeGroupCommand, DescribeUserCommand,
  GetGroupIdCommand, GetGroupMembershipIdCommand, GetUserIdCommand, IsMemberInGroupsCommand,
  ListGroupMembershipsCommand, ListGroupMembershipsForMemberCommand, ListGroupsCommand,
  ListUsersCommand, UpdateGroupCommand, UpdateUserCommand,
  type AlternateIdentifier, type AttributeOperation as SdkAttributeOperation, type CreateUserCommandInput, type GroupMembership, type IdentitystoreClient,
} from '@aws-sdk/client-identitystore';
import { createExactlyOnce, type CreateOnceOptions } from './create-exactly-once.ts';
import { holdsSentValues } from './holds-sent-values.ts';
import { IdentityStoreCallError } from './identity-store-call-error.ts';
import {
  ENTERPRISE_EXTENSION, type AttributeOperation, type GroupLookup, type IdentityStore, type NewStoreGroup,
  type NewStoreUser, type Page, type PageRequest, type ReadOptions, type StoreGroup, type StoreMembership,
  type StoreUser, type UpstreamCallTally, type UserLookup,
} from './port.ts';
import { fromSdkGroup, fromSdkUser, toSdkNewUser } from './sdk-shapes.ts';
import { attemptsOf, outcomeOfFailure } from './upstream/call-facts.ts';

/** Not-found answers that mean "no such user/group/membership" (not a missing identity store). */
const MISSING_RESOURCE_TYPES = new Set(['USER', 'GROUP', 'GROUP_MEMBERSHIP', undefined]);

function isMissingResource(error: IdentityStoreCallError): boolean {
  const { failure } = error;
  return failure.exception === 'ResourceNotFoundException' && failure.reason === undefined && MISSING_RESOURCE_TYPES.has(failure.resourceType);
}

function toMembership(entry: GroupMembership): StoreMembership {
  return { membershipId: entry.MembershipId ?? '', groupId: entry.GroupId ?? '', userId: entry.MemberId?.UserId ?? '' };
}

function toOperations(operations: readonly AttributeOperation[]) {
  return operations.map((operation) => ({
    AttributePath: operation.path,
    ...(operation.value === undefined ? {} : { AttributeValue: operation.value as SdkAttributeOperation['AttributeValue'] }),
  }));
}

/** The SDK types created ids as optional; the API always returns them. */
function created(operation: string, id: string | undefined): string {
  if (id === undefined || id === '') throw new IdentityStoreCallError(operation, new Error(`${operation} returned no id`));
  return id;
}

function extensionsFor(options: ReadOptions | undefined) {
  return options?.enterprise === true ? { Extensions: [ENTERPRISE_EXTENSION] } : {};
}

function pageInput(page: PageRequest) {
  return { MaxResults: page.maxResults, ...(page.nextToken === undefined ? {} : { NextToken: page.nextToken }) };
}

function withNextToken<T>(items: readonly T[], nextToken: string | undefined): Page<T> {
  return nextToken === undefined || nextToken === '' ? { items } : { items, nextToken };
}

export interface AwsIdentityStoreOptions {
  /** Creates sent in total when an ambiguous failure proved (by lookup) that nothing was created. */
  readonly createAttempts?: number;
  /**
   * How far the store's clock may be from the gateway's, when deciding whether a resource found
   * after an ambiguous create existed before it (create-exactly-once.ts). Default 5 s (AWS and an
   * NTP-synced host); 0 for the embedded emulator, which stamps with the gateway's own clock.
   */
  readonly clockSkewMs?: number;
}

export const DEFAULT_CLOCK_SKEW_MS = 5_000;

export class AwsIdentityStore implements IdentityStore {
  readonly #client: IdentitystoreClient;
  readonly #storeId: string;
  readonly #createOnce: CreateOnceOptions;
  readonly #tally: UpstreamCallTally | undefined;

  constructor(client: IdentitystoreClient, identityStoreId: string, options: AwsIdentityStoreOptions = {}, tally?: UpstreamCallTally) {
    this.#client = client;
    this.#storeId = identityStoreId;
    this.#createOnce = { attempts: options.createAttempts ?? 3, clockSkewMs: options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS };
    this.#tally = tally;
  }

  countingCallsInto(tally: UpstreamCallTally): IdentityStore {
    return new AwsIdentityStore(this.#client, this.#storeId, { createAttempts: this.#createOnce.attempts, clockSkewMs: this.#createOnce.clockSkewMs }, tally);
  }

  /** Runs one SDK call, naming the operation in any failure and adding it to the tally if there is one. */
  async #call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    const started = this.#tally === undefined ? 0 : performance.now();
    try {
      const output = await run();
      this.#tally?.add({ operation, outcome: 'ok', durationMs: performance.now() - started, attempts: attemptsOf(output) });
      return output;
    } catch (error) {
      const failed = new IdentityStoreCallError(operation, error);
      this.#tally?.add({
        operation, outcome: outcomeOfFailure(failed.failure), durationMs: performance.now() - started, attempts: attemptsOf(error),
        missingResource: isMissingResource(failed),
      });
      throw failed;
    }
  }

  /** Like #call, but a missing resource is `undefined` rather than an error. */
  async #lookup<T>(operation: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.#call(operation, run);
    } catch (error) {
      if (error instanceof IdentityStoreCallError && isMissingResource(error)) return undefined;
      throw error;
    }
  }

  // --- users ---------------------------------------------------------------------------------
  async describeUser(userId: string, options?: ReadOptions): Promise<StoreUser | undefined> {
    const output = await this.#lookup('DescribeUser', () =>
      this.#client.send(new DescribeUserCommand({ IdentityStoreId: this.#storeId, UserId: userId, ...extensionsFor(options) })));
    return output === undefined ? undefined : fromSdkUser(output);
  }

  async findUserId(lookup: UserLookup): Promise<string | undefined> {
    const identifier: AlternateIdentifier = lookup.by === 'externalId'
      ? { ExternalId: { Issuer: lookup.issuer, Id: lookup.id } }
      : { UniqueAttribute: { AttributePath: lookup.by === 'userName' ? 'userName' : 'emails.value', AttributeValue: lookup.value } };
    const output = await this.#lookup('GetUserId', () =>
      this.#client.send(new GetUserIdCommand({ IdentityStoreId: this.#storeId, AlternateIdentifier: identifier })));
    return output?.UserId;
  }

  async listUsers(page: PageRequest, options?: ReadOptions): Promise<Page<StoreUser>> {
    const output = await this.#call('ListUsers', () =>
      this.#client.send(new ListUsersCommand({ IdentityStoreId: this.#storeId, ...pageInput(page), ...extensionsFor(options) })));
    return withNextToken((output.Users ?? []).map(fromSdkUser), output.NextToken);
  }

  /** Exactly once even when the answer is lost (create-exactly-once.ts). */
  async createUser(user: NewStoreUser): Promise<string> {
    const input = { IdentityStoreId: this.#storeId, ...toSdkNewUser(user) } as CreateUserCommandInput;
    return createExactlyOnce({
      operation: 'CreateUser',
      uniqueValue: `userName ${JSON.stringify(user.userName)}`,
      create: async () => created('CreateUser', (await this.#call('CreateUser', () => this.#client.send(new CreateUserCommand(input)))).UserId),
      findHolder: () => this.findUserId({ by: 'userName', value: user.userName }),
      readHolder: async (id) => {
        const holder = await this.describeUser(id, { enterprise: user.enterprise !== undefined });
        return { holdsWhatWasSent: holdsSentValues(user, holder), createdAt: holder?.createdAt };
      },
    }, this.#createOnce);
  }

  async updateUser(userId: string, operations: readonly AttributeOperation[]): Promise<void> {
    await this.#call('UpdateUser', () =>
      this.#client.send(new UpdateUserCommand({ IdentityStoreId: this.#storeId, UserId: userId, Operations: toOperations(operations) })));
  }

  async deleteUser(userId: string): Promise<void> {
    await this.#call('DeleteUser', () => this.#client.send(new DeleteUserCommand({ IdentityStoreId: this.#storeId, UserId: userId })));
  }

  // --- groups --------------------------------------------------------------------------------
  async describeGroup(groupId: string): Promise<StoreGroup | undefined> {
    const output = await this.#lookup('DescribeGroup', () =>
      this.#client.send(new DescribeGroupCommand({ IdentityStoreId: this.#storeId, GroupId: groupId })));
    return output === undefined ? undefined : fromSdkGroup(output);
  }

  async findGroupId(lookup: GroupLookup): Promise<string | undefined> {
    const identifier: AlternateIdentifier = lookup.by === 'externalId'
      ? { ExternalId: { Issuer: lookup.issuer, Id: lookup.id } }
      : { UniqueAttribute: { AttributePath: 'displayName', AttributeValue: lookup.value } };
    const output = await this.#lookup('GetGroupId', () =>
      this.#client.send(new GetGroupIdCommand({ IdentityStoreId: this.#storeId, AlternateIdentifier: identifier })));
    return output?.GroupId;
  }

  async listGroups(page: PageRequest): Promise<Page<StoreGroup>> {
    const output = await this.#call('ListGroups', () =>
      this.#client.send(new ListGroupsCommand({ IdentityStoreId: this.#storeId, ...pageInput(page) })));
    return withNextToken((output.Groups ?? []).map(fromSdkGroup), output.NextToken);
  }

  /** Exactly once even when the answer is lost (create-exactly-once.ts). */
  async createGroup(group: NewStoreGroup): Promise<string> {
    const input = { IdentityStoreId: this.#storeId, DisplayName: group.displayName, ...(group.description === undefined ? {} : { Description: group.description }) };
    return createExactlyOnce({
      operation: 'CreateGroup',
      uniqueValue: `displayName ${JSON.stringify(group.displayName)}`,
      create: async () => created('CreateGroup', (await this.#call('CreateGroup', () => this.#client.send(new CreateGroupCommand(input)))).GroupId),
      findHolder: () => this.findGroupId({ by: 'displayName', value: group.displayName }),
      readHolder: async (id) => {
        const holder = await this.describeGroup(id);
        return { holdsWhatWasSent: holdsSentValues(group, holder), createdAt: holder?.createdAt };
      },
    }, this.#createOnce);
  }

  async updateGroup(groupId: string, operations: readonly AttributeOperation[]): Promise<void> {
    await this.#call('UpdateGroup', () =>
      this.#client.send(new UpdateGroupCommand({ IdentityStoreId: this.#storeId, GroupId: groupId, Operations: toOperations(operations) })));
  }

  async deleteGroup(groupId: string): Promise<void> {
    await this.#call('DeleteGroup', () => this.#client.send(new DeleteGroupCommand({ IdentityStoreId: this.#storeId, GroupId: groupId })));
  }

  // --- memberships ---------------------------------------------------------------------------
  async listMemberships(groupId: string, page: PageRequest): Promise<Page<StoreMembership>> {
    const output = await this.#call('ListGroupMemberships', () =>
      this.#client.send(new ListGroupMembershipsCommand({ IdentityStoreId: this.#storeId, GroupId: groupId, ...pageInput(page) })));
    return withNextToken(output.GroupMemberships?.map(toMembership) ?? [], output.NextToken);
  }

  async listMembershipsForUser(userId: string, page: PageRequest): Promise<Page<StoreMembership>> {
    const output = await this.#call('ListGroupMembershipsForMember', () =>
      this.#client.send(new ListGroupMembershipsForMemberCommand({ IdentityStoreId: this.#storeId, MemberId: { UserId: userId }, ...pageInput(page) })));
    return withNextToken(output.GroupMemberships?.map(toMembership) ?? [], output.NextToken);
  }

  async findMembershipId(groupId: string, userId: string): Promise<string | undefined> {
    const output = await this.#lookup('GetGroupMembershipId', () =>
      this.#client.send(new GetGroupMembershipIdCommand({ IdentityStoreId: this.#storeId, GroupId: groupId, MemberId: { UserId: userId } })));
    return output?.MembershipId;
  }

  async isMemberInGroups(userId: string, groupIds: readonly string[]): Promise<ReadonlyMap<string, boolean>> {
    const output = await this.#call('IsMemberInGroups', () =>
      this.#client.send(new IsMemberInGroupsCommand({ IdentityStoreId: this.#storeId, MemberId: { UserId: userId }, GroupIds: [...groupIds] })));
    return new Map((output.Results ?? []).map((result) => [result.GroupId ?? '', result.MembershipExists === true]));
  }

  async createMembership(groupId: string, userId: string): Promise<string> {
    const output = await this.#call('CreateGroupMembership', () =>
      this.#client.send(new CreateGroupMembershipCommand({ IdentityStoreId: this.#storeId, GroupId: groupId, MemberId: { UserId: userId } })));
    return created('CreateGroupMembership', output.MembershipId);
  }

  async deleteMembership(membershipId: string): Promise<void> {
    await this.#call('DeleteGroupMembership', () =>
      this.#client.send(new DeleteGroupMembershipCommand({ IdentityStoreId: this.#storeId, MembershipId: membershipId })));
  }
}
