/**
 * Plans a Users filter (RFC 7644 section 3.4.2.2) into the cheapest Identity Store access
 * (style.md practice 9; budgets in the product brief):
 * - `id eq`                      -> 1 DescribeUser (a malformed id cannot exist: `none`, no call);
 * - `userName eq`                -> GetUserId(userName) + DescribeUser;
 * - `emails.value eq` / `emails[value eq ...]` -> GetUserId(emails.value) + DescribeUser;
 * - `externalId eq`              -> gateway state (scoped to the IdP) + DescribeUser;
 * - anything else                -> ListUsers pages + an in-memory predicate.
 * A key counts when it is the whole filter or a top-level `and` operand; what is left is the
 * `residual`, tested in memory on the rendered SCIM User. `or`, `not`, `co`, `ne` ... never give
 * a key: a single lookup could not answer them.
 *
 * Pure: no schema, no I/O (findEquality compares names case-insensitively and treats the core
 * schema URN prefix as none).
 */
import type { AttributePath } from '../../scim/attribute-path.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import { findEquality } from '../../scim/filter/find-equality.ts';
import { USER_SCHEMA_ID } from '../../scim/schema/user-schema.ts';
import { isResourceId } from '../../identity-store/resource-id.ts';

export type UserQueryPlan =
  | { readonly kind: 'byId'; readonly id: string; readonly residual: Filter | undefined }
  | { readonly kind: 'byUserName'; readonly value: string; readonly residual: Filter | undefined }
  | { readonly kind: 'byEmail'; readonly value: string; readonly residual: Filter | undefined }
  | { readonly kind: 'byExternalId'; readonly value: string; readonly residual: Filter | undefined }
  /** Nothing can match (an `id` that is not an Identity Store id): empty result, no call. */
  | { readonly kind: 'none' }
  /** ListUsers pages; `predicate` is the whole filter (undefined: every user). */
  | { readonly kind: 'scan'; readonly predicate: Filter | undefined };

export type UserQueryPlanKind = UserQueryPlan['kind'];

const ID: AttributePath = { attribute: 'id' };
const USER_NAME: AttributePath = { attribute: 'userName' };
const EMAIL: AttributePath = { attribute: 'emails', subAttribute: 'value' };
const EXTERNAL_ID: AttributePath = { attribute: 'externalId' };

export function planUserQuery(filter: Filter | undefined): UserQueryPlan {
  if (filter === undefined) return { kind: 'scan', predicate: undefined };
  // Cheapest first: a DescribeUser alone beats GetUserId + DescribeUser, which beats state + DescribeUser
  // only in that it needs no second system; all three beat a scan by orders of magnitude.
  const byId = findEquality(filter, ID, USER_SCHEMA_ID);
  if (byId !== undefined) {
    return isResourceId(byId.value) ? { kind: 'byId', id: byId.value, residual: byId.residual } : { kind: 'none' };
  }
  const byUserName = findEquality(filter, USER_NAME, USER_SCHEMA_ID);
  if (byUserName !== undefined) return { kind: 'byUserName', ...byUserName };
  const byEmail = findEquality(filter, EMAIL, USER_SCHEMA_ID);
  if (byEmail !== undefined) return { kind: 'byEmail', ...byEmail };
  const byExternalId = findEquality(filter, EXTERNAL_ID, USER_SCHEMA_ID);
  if (byExternalId !== undefined) return { kind: 'byExternalId', ...byExternalId };
  return { kind: 'scan', predicate: filter };
}
