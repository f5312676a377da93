/**
 * GetGroupId (Identity Store API reference): by UniqueAttribute `displayName` (ignoring case) or
 * by ExternalId {Issuer, Id} among the group's ExternalIds.
 */
import { groupDisplayNameOf } from '../state/records.ts';
import { uniqueKey } from '../state/store-state.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { uniqueValue } from './get-user-id.ts';
import type { AlternateIdentifierInput } from './get-user-id.ts';
import type { OperationContext } from './operation-context.ts';

export interface GetGroupIdInput {
  readonly AlternateIdentifier: AlternateIdentifierInput;
}

export function getGroupId(input: GetGroupIdInput, ctx: OperationContext): { IdentityStoreId: string; GroupId: string } {
  const groups = [...ctx.store.groups.values()];
  const { ExternalId: externalId, UniqueAttribute: attribute } = input.AlternateIdentifier;
  let group;
  if (externalId !== undefined) {
    group = groups.find((g) => g.ExternalIds.some((e) => e.Issuer === externalId.Issuer && e.Id === externalId.Id));
  } else if (attribute !== undefined) {
    const value = uniqueValue(attribute.AttributeValue);
    if (attribute.AttributePath.toLowerCase() !== 'displayname') {
      throw IdentityStoreError.validation(`Invalid attribute path ${JSON.stringify(attribute.AttributePath)}; the valid path is displayName.`);
    }
    group = groups.find((g) => uniqueKey(groupDisplayNameOf(g)) === value);
  }
  if (group === undefined) throw IdentityStoreError.notFound('GROUP');
  return { IdentityStoreId: ctx.store.identityStoreId, GroupId: group.GroupId };
}
