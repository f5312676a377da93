/**
 * The JSON format of seed files, of `emulator.seed(data)` and of the persistence file: identity
 * stores by id, each with users, groups and memberships in the wire's PascalCase members. A seed
 * may omit ids and timestamps (they are generated), may set what CreateUser cannot (ExternalIds,
 * UserStatus) so adoption of users made by AWS's own SCIM endpoint can be tested, and may name
 * membership ends by UserName / group DisplayName instead of ids. Persistence writes every field.
 */
import type { ExternalId, JsonObject, UserStatus } from './records.ts';

interface SeedAudit {
  /** ISO 8601; defaults to the time of seeding. */
  readonly CreatedAt?: string;
  readonly CreatedBy?: string;
  readonly UpdatedAt?: string;
  readonly UpdatedBy?: string;
}

export interface SeedUser extends SeedAudit {
  readonly UserId?: string;
  readonly UserName: string;
  readonly ExternalIds?: readonly ExternalId[];
  readonly UserStatus?: UserStatus;
  readonly Extensions?: { readonly [name: string]: JsonObject };
  /** Profile members as CreateUser takes them: DisplayName, Name, Emails, ... */
  readonly [member: string]: unknown;
}

export interface SeedGroup extends SeedAudit {
  readonly GroupId?: string;
  readonly DisplayName: string;
  readonly Description?: string;
  readonly ExternalIds?: readonly ExternalId[];
}

export interface SeedMembership extends SeedAudit {
  readonly MembershipId?: string;
  /** The group, by id or by DisplayName. */
  readonly GroupId?: string;
  readonly GroupDisplayName?: string;
  /** The member, by id or by UserName. */
  readonly UserId?: string;
  readonly UserName?: string;
}

export interface SeedStore {
  readonly users?: readonly SeedUser[];
  readonly groups?: readonly SeedGroup[];
  readonly memberships?: readonly SeedMembership[];
}

export interface SeedData {
  readonly stores: { readonly [identityStoreId: string]: SeedStore };
}
