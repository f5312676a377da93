/**
 * What one identity store holds: users, groups and memberships, in the PascalCase member names
 * of the wire shapes (`User`, `Group`, `GroupMembership` in identitystore-2020-06-15.service-2.json)
 * so that a record serialises to the wire, to a seed file and to a persistence file unchanged.
 * Timestamps are epoch milliseconds here; the wire writer turns them into epoch seconds.
 */

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ExternalId {
  readonly Issuer: string;
  readonly Id: string;
}

export type UserStatus = 'ENABLED' | 'DISABLED';

/** Who and when, on every record (the model's CreatedAt/CreatedBy/UpdatedAt/UpdatedBy). */
export interface Audit {
  readonly CreatedAt: number;
  readonly CreatedBy: string;
  UpdatedAt: number;
  UpdatedBy: string;
}

export interface UserRecord extends Audit {
  readonly UserId: string;
  /** Creation order; page tokens resume after a sequence number, so deletions never skip items. */
  readonly seq: number;
  /** The profile members of CreateUserRequest (UserName, Name, DisplayName, Emails, ...). */
  attributes: JsonObject;
  ExternalIds: ExternalId[];
  UserStatus: UserStatus;
  /** Extension name (`aws:identitystore:enterprise`) to its lowerCamel attributes. */
  Extensions: { [name: string]: JsonObject };
}

export interface GroupRecord extends Audit {
  readonly GroupId: string;
  readonly seq: number;
  /** DisplayName and Description. */
  attributes: JsonObject;
  ExternalIds: ExternalId[];
}

export interface MembershipRecord extends Audit {
  readonly MembershipId: string;
  readonly seq: number;
  readonly GroupId: string;
  readonly MemberId: { readonly UserId: string };
}

export function userNameOf(user: UserRecord): string {
  const name = user.attributes['UserName'];
  return typeof name === 'string' ? name : '';
}

export function groupDisplayNameOf(group: GroupRecord): string {
  const name = group.attributes['DisplayName'];
  return typeof name === 'string' ? name : '';
}
