/**
 * The IdP's `externalId` (RFC 7643 section 3.1) as gateway state holds it for Users and Groups:
 * one per resource per IdP (the token's subject), and one resource per externalId per IdP and
 * resource type. Another resource of the same IdP holding it is 409 uniqueness, checked before the
 * first write so a refused request leaves no trace.
 */
import { ScimError } from '../scim/errors.ts';
import type { GatewayState, StateResourceType } from '../state/port.ts';

export function externalIdTaken(resourceType: StateResourceType, externalId: string, note = ''): ScimError {
  return ScimError.uniqueness(`externalId ${JSON.stringify(externalId)} already belongs to another ${resourceType.toLowerCase()} of this identity provider${note}`);
}

/** 409 when another resource of this IdP holds `externalId`; `ownId` may hold it already. */
export async function assertExternalIdFree(state: GatewayState, resourceType: StateResourceType, issuer: string, externalId: string, ownId?: string): Promise<void> {
  const holder = await state.findResourceIdByExternalId(resourceType, issuer, externalId);
  if (holder !== undefined && holder !== ownId) throw externalIdTaken(resourceType, externalId);
}

/** Moves this IdP's link of resource `id` from `linked` to `next` (undefined: unlink). */
export async function relinkExternalId(
  state: GatewayState, resourceType: StateResourceType, id: string, issuer: string, linked: string | undefined, next: string | undefined,
): Promise<void> {
  if (next === linked) return;
  if (next === undefined) {
    await state.unlinkExternalId(resourceType, issuer, id);
    return;
  }
  const outcome = await state.linkExternalId({ resourceType, issuer, externalId: next, resourceId: id });
  // Lost a race with another request after assertExternalIdFree: the store write already happened.
  if (outcome.outcome === 'conflict') throw externalIdTaken(resourceType, next, '; the other attributes were updated');
}
