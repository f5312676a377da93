/**
 * What a SCIM Group shows that the Identity Store does not hold for us: this IdP's `externalId`
 * (RFC 7643 section 3.1) from gateway state, read for a whole page at once (one externalIdsFor
 * query), with the store's own ExternalIds as the fallback for groups made by AWS's SCIM endpoint
 * (../adopted-external-id.ts).
 */
import type { StoreGroup } from '../../identity-store/port.ts';
import type { GatewayState } from '../../state/port.ts';
import { adoptedExternalId } from '../adopted-external-id.ts';

export interface GroupFacts {
  /** This IdP's externalId in gateway state, if any. */
  readonly linkedExternalId: string | undefined;
  /** What the response shows: the linked one, else the adoption fallback. */
  readonly externalId: string | undefined;
}

export async function readGroupFacts(state: GatewayState, groups: readonly StoreGroup[], issuer: string): Promise<Map<string, GroupFacts>> {
  const linked = groups.length === 0 ? new Map<string, string>() : await state.externalIdsFor('Group', issuer, groups.map((group) => group.id));
  return new Map(groups.map((group) => {
    const linkedExternalId = linked.get(group.id);
    return [group.id, { linkedExternalId, externalId: linkedExternalId ?? adoptedExternalId(group, issuer) }];
  }));
}
