/**
 * UpdateUser (Identity Store API reference): 1-100 AttributeOperations, each an attribute path
 * (rules/user-attribute-paths.ts) and a value; an omitted AttributeValue removes the attribute.
 * Operations apply in order to a copy, so a request that fails half-way changes nothing. The
 * attributes Identity Center requires cannot be removed, and a new UserName must stay unique.
 */
import { checkEnterpriseAttribute } from '../rules/enterprise-extension.ts';
import { fromDocument } from '../rules/from-document.ts';
import { checkName } from '../rules/name-rules.ts';
import { REQUIRED_USER_PATHS, resolveUserPath } from '../rules/user-attribute-paths.ts';
import { validateShape } from '../model/validate-input.ts';
import { userNameOf } from '../state/records.ts';
import type { JsonObject, UserRecord, UserStatus } from '../state/records.ts';
import { IdentityStoreError } from '../wire/identity-store-error.ts';
import { checkSinglePrimary, requireUser, touch } from './lookups.ts';
import type { OperationContext } from './operation-context.ts';

export interface AttributeOperationInput {
  readonly AttributePath: string;
  readonly AttributeValue?: unknown;
}

export interface UpdateUserInput {
  readonly UserId: string;
  readonly Operations: readonly AttributeOperationInput[];
}

interface Draft {
  attributes: JsonObject;
  status: UserStatus;
  extensions: { [name: string]: JsonObject };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function applyOperation(draft: Draft, op: AttributeOperationInput): void {
  const path = op.AttributePath;
  const value = op.AttributeValue;
  const remove = value === undefined || value === null;
  if (remove && REQUIRED_USER_PATHS.has(path)) throw IdentityStoreError.validation(`The attribute ${path} is required and cannot be removed.`);
  const target = resolveUserPath(path);
  switch (target.kind) {
    case 'member': {
      if (remove) {
        delete draft.attributes[target.member];
        return;
      }
      const stored = fromDocument(target.shape, value, path);
      if (target.member === 'UserName') checkName(stored as string, path);
      if (target.member === 'Photos') checkSinglePrimary(stored, path);
      draft.attributes[target.member] = stored;
      return;
    }
    case 'name-part': {
      const name = isObject(draft.attributes['Name']) ? { ...draft.attributes['Name'] } : {};
      if (remove) delete name[target.part];
      else name[target.part] = fromDocument('SensitiveStringType', value, path);
      draft.attributes['Name'] = name;
      return;
    }
    case 'status':
      if (remove) throw IdentityStoreError.validation('The attribute userStatus cannot be removed.');
      validateShape('UserStatus', value, path);
      draft.status = value as UserStatus;
      return;
    case 'extension': {
      const current = { ...(draft.extensions[target.name] ?? {}) };
      if (target.key === undefined) {
        if (remove) delete draft.extensions[target.name];
        else if (!isObject(value)) throw IdentityStoreError.validation(`Value at '${path}' must be an object.`);
        else {
          const next: JsonObject = {};
          for (const [key, item] of Object.entries(value)) next[key] = checkEnterpriseAttribute(key, item, `${path}.${key}`);
          draft.extensions[target.name] = next;
        }
        return;
      }
      if (remove) delete current[target.key];
      else current[target.key] = checkEnterpriseAttribute(target.key, target.sub === undefined ? value : { [target.sub]: value }, path);
      if (Object.keys(current).length === 0) delete draft.extensions[target.name];
      else draft.extensions[target.name] = current;
      return;
    }
    default: {
      const unreachable: never = target;
      throw new Error(`unhandled path target ${JSON.stringify(unreachable)}`);
    }
  }
}

export function updateUser(input: UpdateUserInput, ctx: OperationContext): Record<string, never> {
  const user: UserRecord = requireUser(ctx.store, input.UserId);
  const draft: Draft = {
    attributes: structuredClone(user.attributes),
    status: user.UserStatus,
    extensions: structuredClone(user.Extensions),
  };
  for (const op of input.Operations) applyOperation(draft, op);
  // Replacing the whole `name` may drop a part Identity Center requires.
  const name = draft.attributes['Name'];
  for (const part of ['GivenName', 'FamilyName']) {
    if (!isObject(name) || name[part] === undefined) throw IdentityStoreError.validation(`The attribute name.${part.charAt(0).toLowerCase()}${part.slice(1)} is required and cannot be removed.`);
  }
  const userName = draft.attributes['UserName'];
  const holder = typeof userName === 'string' ? ctx.store.userByName(userName) : undefined;
  if (holder !== undefined && holder.UserId !== user.UserId) {
    throw IdentityStoreError.conflict('UNIQUENESS_CONSTRAINT_VIOLATION', `A user with UserName ${userNameOf(holder)} already exists.`);
  }
  ctx.store.setUserAttributes(user, draft.attributes);
  user.UserStatus = draft.status;
  user.Extensions = draft.extensions;
  touch(user, ctx);
  return {};
}

