/**
 * The whole state as seed data (state/seed-data.ts), for the persistence file: every id and
 * timestamp written out, so loading a snapshot restores the same users, groups and memberships.
 */
import type { Audit } from './records.ts';
import type { SeedData, SeedStore } from './seed-data.ts';
import type { StoreState } from './store-state.ts';

function audit(record: Audit): { CreatedAt: string; CreatedBy: string; UpdatedAt: string; UpdatedBy: string } {
  return {
    CreatedAt: new Date(record.CreatedAt).toISOString(),
    CreatedBy: record.CreatedBy,
    UpdatedAt: new Date(record.UpdatedAt).toISOString(),
    UpdatedBy: record.UpdatedBy,
  };
}

export function snapshot(stores: Iterable<StoreState>): SeedData {
  const out: Record<string, SeedStore> = {};
  for (const store of stores) {
    out[store.identityStoreId] = {
      users: [...store.users.values()].map((u) => ({
        UserId: u.UserId,
        ...(u.attributes as { UserName: string }),
        ...(u.ExternalIds.length > 0 ? { ExternalIds: u.ExternalIds } : {}),
        UserStatus: u.UserStatus,
        ...(Object.keys(u.Extensions).length > 0 ? { Extensions: u.Extensions } : {}),
        ...audit(u),
      })),
      groups: [...store.groups.values()].map((g) => ({
        GroupId: g.GroupId,
        ...(g.attributes as { DisplayName: string }),
        ...(g.ExternalIds.length > 0 ? { ExternalIds: g.ExternalIds } : {}),
        ...audit(g),
      })),
      memberships: [...store.memberships.values()].map((m) => ({
        MembershipId: m.MembershipId,
        GroupId: m.GroupId,
        UserId: m.MemberId.UserId,
        ...audit(m),
      })),
    };
  }
  return { stores: out };
}
