/**
 * GetUserId (Identity Store API reference): by UniqueAttribute, whose only valid paths are
 * `userName` and `emails.value` (SDK model docs), or by ExternalId {Issuer, Id} among the user's
 * ExternalIds. Paths are matched ignoring case, and so are the values, as uniqueness is.
 */
import type { UserRecord } from '../state/records.ts';
import { userNameOf } from '../state/records.ts';
import { uniqueKey } from '../state/store-state.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import type { OperationContext } from './operation-context.ts';

export interface AlternateIdentifierInput {
  readonly ExternalId?: { readonly Issuer: string; readonly Id: string };
  readonly UniqueAttribute?: { readonly AttributePath: string; readonly AttributeValue: unknown };
}

export interface GetUserIdInput {
  readonly AlternateIdentifier: AlternateIdentifierInput;
}

/** The string value of a UniqueAttribute (a document on the wire, but only strings identify). */
export function uniqueValue(value: unknown): string {
  if (typeof value !== 'string') throw IdentityStoreError.validation('UniqueAttribute.AttributeValue must be a string.');
  return uniqueKey(value);
}

function emailOf(user: UserRecord): string | undefined {
  const emails = user.attributes['Emails'];
  const first: unknown = Array.isArray(emails) ? emails[0] : undefined;
  const value = typeof first === 'object' && first !== null ? (first as { Value?: unknown }).Value : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function findUser(users: Iterable<UserRecord>, id: AlternateIdentifierInput): UserRecord | undefined {
  const list = [...users];
  if (id.ExternalId !== undefined) {
    const { Issuer, Id } = id.ExternalId;
    return list.find((u) => u.ExternalIds.some((e) => e.Issuer === Issuer && e.Id === Id));
  }
  const attribute = id.UniqueAttribute;
  if (attribute === undefined) return undefined;
  const value = uniqueValue(attribute.AttributeValue);
  switch (attribute.AttributePath.toLowerCase()) {
    case 'username':
      return list.find((u) => uniqueKey(userNameOf(u)) === value);
    case 'emails.value':
      return list.find((u) => uniqueKey(emailOf(u) ?? '') === value);
    default:
      throw IdentityStoreError.validation(`Invalid attribute path ${JSON.stringify(attribute.AttributePath)}; valid paths are userName and emails.value.`);
  }
}

export function getUserId(input: GetUserIdInput, ctx: OperationContext): { IdentityStoreId: string; UserId: string } {
  const user = findUser(ctx.store.users.values(), input.AlternateIdentifier);
  if (user === undefined) throw IdentityStoreError.notFound('USER');
  return { IdentityStoreId: ctx.store.identityStoreId, UserId: user.UserId };
}
