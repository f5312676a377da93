/**
 * What the store holds after an UpdateUser: the user as read, with each AttributeOperation the
 * gateway sent applied the way UpdateUser applies it (a value sets the path, no value removes it;
 * `name.*` and the enterprise extension's keys one by one, everything else whole). PUT and PATCH
 * answer with this instead of reading the user back (decision 0008): it is what was read plus
 * exactly what was written, so it holds even for values SCIM does not round-trip (the store's
 * website and birthdate are never in an operation and stay as read).
 *
 * The paths are the ones diff-store-user.ts and the status change produce; any other path is a
 * programming error, not input, and throws.
 */
import type { AttributeOperation, StoreUser } from '../../identity-store/port.ts';
import { ENTERPRISE_EXTENSION } from '../../identity-store/port.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Nested = Record<string, unknown>;

/** Sets or removes `key` in a nested object; an object left empty is dropped, as the store drops it. */
function applyNested(current: unknown, key: string, operation: AttributeOperation): Nested | undefined {
  const next: Nested = { ...(current as Nested | undefined) };
  if (operation.value === undefined) delete next[key];
  else next[key] = operation.value;
  return Object.keys(next).length === 0 ? undefined : next;
}

function setOrDelete(user: Mutable<StoreUser> & Nested, key: string, value: unknown): void {
  if (value === undefined) delete user[key];
  else user[key] = value;
}

export function applyStoreOperations(user: StoreUser, operations: readonly AttributeOperation[], updatedAt: Date): StoreUser {
  const next = { ...user } as Mutable<StoreUser> & Nested;
  for (const operation of operations) {
    const [head, ...rest] = operation.path.split('.');
    if (head === undefined || rest.length > 1) throw new Error(`applyStoreOperations: unexpected path ${operation.path}`);
    const key = rest[0];
    if (key === undefined) {
      setOrDelete(next, head, operation.value);
    } else if (head === 'name') {
      setOrDelete(next, 'name', applyNested(next.name, key, operation));
    } else if (head === ENTERPRISE_EXTENSION) {
      setOrDelete(next, 'enterprise', applyNested(next.enterprise, key, operation));
    } else {
      throw new Error(`applyStoreOperations: unexpected path ${operation.path}`);
    }
  }
  next.updatedAt = updatedAt;
  return next;
}
