/**
 * The two things a SCIM User shows that the Identity Store does not hold for us (RFC 7643
 * section 3.1 externalId, section 4.1.1 active), read for a whole page at once: one
 * externalIdsFor query per page and, in suspend-memberships mode, one suspendedAmong query,
 * issued together.
 *
 * externalId: this IdP's mapping in gateway state; else, for users provisioned by AWS's own SCIM
 * endpoint (adoption), the store's ExternalIds: the one whose Issuer is this IdP's name when there
 * is one, else the first.
 *
 * active: false when the store says UserStatus DISABLED (whatever the mode: such a user cannot sign
 * in), and in suspend-memberships mode also while the user's memberships are suspended (an empty
 * suspended list still means "deactivated, nothing to restore"). Delete mode holds no inactive
 * users: deactivating deletes.
 */
import type { StoreUser } from '../../identity-store/port.ts';
import { adoptedExternalId } from '../adopted-external-id.ts';
import type { UserRendererDeps } from './user-service-deps.ts';

export interface UserFacts {
  /** This IdP's externalId in gateway state, if any. */
  readonly linkedExternalId: string | undefined;
  /** What the response shows: the linked one, else the adoption fallback. */
  readonly externalId: string | undefined;
  readonly active: boolean;
  /** Whether gateway state holds suspended memberships for the user. */
  readonly suspended: boolean;
}

export async function readUserFacts(deps: UserRendererDeps, users: readonly StoreUser[], issuer: string): Promise<Map<string, UserFacts>> {
  const ids = users.map((user) => user.id);
  const [linked, suspended] = await Promise.all([
    ids.length === 0 ? new Map<string, string>() : deps.state.externalIdsFor('User', issuer, ids),
    deps.deactivation === 'suspend-memberships' && ids.length > 0 ? deps.state.suspendedAmong(ids) : new Set<string>(),
  ]);
  const facts = new Map<string, UserFacts>();
  users.forEach((user) => {
    const linkedExternalId = linked.get(user.id);
    const isSuspended = suspended.has(user.id);
    facts.set(user.id, {
      linkedExternalId,
      externalId: linkedExternalId ?? adoptedExternalId(user, issuer),
      active: user.userStatus !== 'DISABLED' && !isSuspended,
      suspended: isSuspended,
    });
  });
  return facts;
}
