/**
 * The narrow port the translation layer depends on (style.md practice 10): the Identity Store in
 * the project's own types. One adapter (aws-identity-store.ts) implements it with
 * @aws-sdk/client-identitystore; tests run that adapter over HTTP against the emulator or moto.
 *
 * Shapes mirror the Identity Store API's, with lowerCamel keys because UpdateUser's
 * AttributeOperations use lowerCamel paths and values (`name.givenName`, `emails: [{value, type,
 * primary}]`), so a diff can be sent as it is computed.
 */
import type { UpstreamCall } from './upstream/upstream-observer.ts';

export interface StoreName {
  readonly formatted?: string;
  readonly familyName?: string;
  readonly givenName?: string;
  readonly middleName?: string;
  readonly honorificPrefix?: string;
  readonly honorificSuffix?: string;
}

export interface StoreTypedValue {
  readonly value?: string;
  readonly type?: string;
  readonly primary?: boolean;
}

export interface StorePhoto extends StoreTypedValue {
  readonly value: string;
  readonly display?: string;
}

export interface StoreAddress {
  readonly streetAddress?: string;
  readonly locality?: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country?: string;
  readonly formatted?: string;
  readonly type?: string;
  readonly primary?: boolean;
}

export interface StoreExternalId {
  readonly issuer: string;
  readonly id: string;
}

/** `Extensions["aws:identitystore:enterprise"]`, as DescribeUser returns it when asked. */
export interface StoreEnterprise {
  readonly employeeNumber?: string;
  readonly costCenter?: string;
  readonly organization?: string;
  readonly division?: string;
  readonly department?: string;
  readonly manager?: { readonly value?: string };
}

export const ENTERPRISE_EXTENSION = 'aws:identitystore:enterprise';

export type UserStatus = 'ENABLED' | 'DISABLED';

/** What CreateUser accepts (no ExternalIds, no UserStatus: the API cannot write them). */
export interface NewStoreUser {
  readonly userName: string;
  readonly name?: StoreName;
  readonly displayName?: string;
  readonly nickName?: string;
  readonly profileUrl?: string;
  readonly emails?: readonly StoreTypedValue[];
  readonly addresses?: readonly StoreAddress[];
  readonly phoneNumbers?: readonly StoreTypedValue[];
  readonly userType?: string;
  readonly title?: string;
  readonly preferredLanguage?: string;
  readonly locale?: string;
  readonly timezone?: string;
  readonly photos?: readonly StorePhoto[];
  readonly website?: string;
  readonly birthdate?: string;
  readonly roles?: readonly StoreTypedValue[];
  readonly enterprise?: StoreEnterprise;
}

export interface StoreUser extends NewStoreUser {
  readonly id: string;
  readonly externalIds: readonly StoreExternalId[];
  readonly userStatus?: UserStatus;
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
}

export interface NewStoreGroup {
  readonly displayName: string;
  readonly description?: string;
}

export interface StoreGroup extends NewStoreGroup {
  readonly id: string;
  readonly externalIds: readonly StoreExternalId[];
  readonly createdAt?: Date;
  readonly updatedAt?: Date;
}

export interface StoreMembership {
  readonly membershipId: string;
  readonly groupId: string;
  readonly userId: string;
}

/** One UpdateUser/UpdateGroup AttributeOperation: `value` undefined removes the attribute. */
export interface AttributeOperation {
  readonly path: string;
  readonly value?: unknown;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}

export interface PageRequest {
  readonly maxResults: number;
  readonly nextToken?: string;
}

export type UserLookup =
  | { readonly by: 'userName'; readonly value: string }
  | { readonly by: 'email'; readonly value: string }
  | { readonly by: 'externalId'; readonly issuer: string; readonly id: string };

export type GroupLookup =
  | { readonly by: 'displayName'; readonly value: string }
  | { readonly by: 'externalId'; readonly issuer: string; readonly id: string };

export interface ReadOptions {
  /** Ask for the enterprise extension (costs no extra call, only its bytes in the answer). */
  readonly enterprise?: boolean;
}

/**
 * Where the calls made on behalf of one SCIM request are counted (the access line's upstream
 * summary, src/observability/upstream-call-summary.ts). Handed down explicitly rather than found
 * through an AsyncLocalStorage, which on Node 20 costs every promise of the process a hook.
 */
export interface UpstreamCallTally {
  add(call: UpstreamCall): void;
}

/**
 * Every method throws IdentityStoreCallError on failure. Lookups that find nothing return
 * `undefined` instead, because for SCIM a miss is an empty list, not an error.
 */
export interface IdentityStore {
  describeUser(userId: string, options?: ReadOptions): Promise<StoreUser | undefined>;
  findUserId(lookup: UserLookup): Promise<string | undefined>;
  listUsers(page: PageRequest, options?: ReadOptions): Promise<Page<StoreUser>>;
  createUser(user: NewStoreUser): Promise<string>;
  updateUser(userId: string, operations: readonly AttributeOperation[]): Promise<void>;
  deleteUser(userId: string): Promise<void>;

  describeGroup(groupId: string): Promise<StoreGroup | undefined>;
  findGroupId(lookup: GroupLookup): Promise<string | undefined>;
  listGroups(page: PageRequest): Promise<Page<StoreGroup>>;
  createGroup(group: NewStoreGroup): Promise<string>;
  updateGroup(groupId: string, operations: readonly AttributeOperation[]): Promise<void>;
  deleteGroup(groupId: string): Promise<void>;

  listMemberships(groupId: string, page: PageRequest): Promise<Page<StoreMembership>>;
  listMembershipsForUser(userId: string, page: PageRequest): Promise<Page<StoreMembership>>;
  findMembershipId(groupId: string, userId: string): Promise<string | undefined>;
  /** For each group id, whether the user is a member (IsMemberInGroups, up to 100 groups). */
  isMemberInGroups(userId: string, groupIds: readonly string[]): Promise<ReadonlyMap<string, boolean>>;
  createMembership(groupId: string, userId: string): Promise<string>;
  deleteMembership(membershipId: string): Promise<void>;

  /** The same store, adding every call it makes (one per operation sent, retries inside) to `tally`. */
  countingCallsInto(tally: UpstreamCallTally): IdentityStore;
}
