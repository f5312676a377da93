/**
 * Records to the wire shapes `User`, `Group` and `GroupMembership`. Timestamps go out as epoch
 * seconds, the AWS JSON 1.1 default timestamp format. `ExternalIds` is omitted when empty (the
 * model's ExternalIds list has min 1), and `Extensions` only appears for the extension names the
 * caller asked for that the user has (DescribeUser docs: "Not populated if the user has no
 * requested extensions").
 */
import type { Audit, GroupRecord, MembershipRecord, UserRecord } from '../state/records.ts';

function audit(record: Audit): Record<string, unknown> {
  return {
    CreatedAt: record.CreatedAt / 1000,
    CreatedBy: record.CreatedBy,
    UpdatedAt: record.UpdatedAt / 1000,
    UpdatedBy: record.UpdatedBy,
  };
}

export function userToWire(identityStoreId: string, user: UserRecord, extensions: readonly string[] = []): Record<string, unknown> {
  const requested = Object.fromEntries(
    extensions.flatMap((name) => {
      const value = user.Extensions[name];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  return {
    IdentityStoreId: identityStoreId,
    UserId: user.UserId,
    ...user.attributes,
    ...(user.ExternalIds.length > 0 ? { ExternalIds: user.ExternalIds } : {}),
    UserStatus: user.UserStatus,
    ...audit(user),
    ...(Object.keys(requested).length > 0 ? { Extensions: requested } : {}),
  };
}

export function groupToWire(identityStoreId: string, group: GroupRecord): Record<string, unknown> {
  return {
    IdentityStoreId: identityStoreId,
    GroupId: group.GroupId,
    ...group.attributes,
    ...(group.ExternalIds.length > 0 ? { ExternalIds: group.ExternalIds } : {}),
    ...audit(group),
  };
}

export function membershipToWire(identityStoreId: string, membership: MembershipRecord): Record<string, unknown> {
  return {
    IdentityStoreId: identityStoreId,
    MembershipId: membership.MembershipId,
    GroupId: membership.GroupId,
    MemberId: { UserId: membership.MemberId.UserId },
    ...audit(membership),
  };
}
