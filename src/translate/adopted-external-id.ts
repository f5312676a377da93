/**
 * The `externalId` fallback for resources provisioned before the gateway, by AWS's own SCIM
 * endpoint (adoption): the store's ExternalIds, the one whose Issuer is this IdP's name when
 * there is one, else the first. Gateway state (per IdP) always wins over it; see
 * read-user-facts.ts and groups/read-group-facts.ts.
 */
import type { StoreExternalId } from '../identity-store/port.ts';

export function adoptedExternalId(resource: { readonly externalIds: readonly StoreExternalId[] }, issuer: string): string | undefined {
  return (resource.externalIds.find((candidate) => candidate.issuer === issuer) ?? resource.externalIds[0])?.id;
}
