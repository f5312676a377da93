/**
 * CreateUser (Identity Store API reference; seed 004). Beyond the model's constraints, Identity
 * Center requires UserName, DisplayName and Name with GivenName and FamilyName ("When used in IAM
 * Identity Center, this parameter is required"), rejects reserved names and `<>;:%`, and keeps
 * UserName unique ignoring case. Users start ENABLED; ExternalIds cannot be set here (only seeded).
 */
import { checkExtensions } from '../rules/enterprise-extension.ts';
import { checkName } from '../rules/name-rules.ts';
import { newResourceId } from '../state/new-resource-id.ts';
import type { JsonObject, UserRecord } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { checkSinglePrimary, created } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface CreateUserInput {
  readonly IdentityStoreId: string;
  readonly UserName?: string;
  readonly DisplayName?: string;
  readonly Name?: { readonly GivenName?: string; readonly FamilyName?: string };
  readonly Extensions?: Record<string, unknown>;
  readonly [member: string]: unknown;
}

/** Request members that are not profile attributes of the user. */
const NOT_PROFILE = new Set(['IdentityStoreId', 'Extensions']);

function required(value: unknown, path: string): void {
  if (value === undefined || value === null) {
    throw IdentityStoreError.validation(`1 validation error detected: Value at '${path}' failed to satisfy constraint: Member must not be null`);
  }
}

/** The checks CreateUser and seeding share, returning the profile attributes to store. */
export function checkNewUser(input: CreateUserInput): JsonObject {
  required(input.UserName, 'userName');
  required(input.DisplayName, 'displayName');
  required(input.Name, 'name');
  required(input.Name?.GivenName, 'name.givenName');
  required(input.Name?.FamilyName, 'name.familyName');
  checkName(input.UserName ?? '', 'userName');
  checkSinglePrimary(input['Photos'], 'photos');
  const attributes: JsonObject = {};
  for (const [member, value] of Object.entries(input)) {
    if (!NOT_PROFILE.has(member) && value !== undefined && value !== null) attributes[member] = value as JsonObject[string];
  }
  return attributes;
}

export function createUser(input: CreateUserInput, ctx: OperationContext): { IdentityStoreId: string; UserId: string } {
  const attributes = checkNewUser(input);
  const userName = input.UserName ?? '';
  if (ctx.store.userByName(userName) !== undefined) {
    throw IdentityStoreError.conflict('UNIQUENESS_CONSTRAINT_VIOLATION', `A user with UserName ${userName} already exists.`);
  }
  const user: UserRecord = {
    UserId: newResourceId(ctx.store.identityStoreId),
    seq: ctx.store.nextSeq(),
    attributes,
    ExternalIds: [],
    UserStatus: 'ENABLED',
    Extensions: input.Extensions === undefined ? {} : checkExtensions(input.Extensions),
    ...created(ctx),
  };
  ctx.store.addUser(user);
  return { IdentityStoreId: ctx.store.identityStoreId, UserId: user.UserId };
}
