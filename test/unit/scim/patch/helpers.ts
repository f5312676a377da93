// Shared assertions for the PATCH tests: canonical operations as one-line strings (so a test
// reads like the request it checks), and a ScimError matcher that checks status, scimType and detail.
import assert from 'node:assert/strict';
import { isScimError } from '../../../../src/scim/errors.ts';
import type { ScimType } from '../../../../src/scim/errors.ts';
import { formatPatchPath } from '../../../../src/scim/patch/patch-operation.ts';
import type { PatchOperation } from '../../../../src/scim/patch/patch-operation.ts';

export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

/** `replace name.givenName "Kkom"`, `remove members[value eq "u1"]`. */
export function describeOps(ops: readonly PatchOperation[]): string[] {
  return ops.map((op) => `${op.op} ${formatPatchPath(op.path)}${op.op === 'remove' ? '' : ` ${JSON.stringify(op.value)}`}`);
}

/** For assert.throws: the error is a ScimError with this scimType, status 400 (403 for sensitive) and detail fragment. */
export function scimError(scimType: ScimType, detail: string | RegExp) {
  return (error: unknown): boolean => {
    assert.ok(isScimError(error), `expected a ScimError, got ${String(error)}`);
    assert.equal(error.scimType, scimType, error.detail);
    assert.equal(error.status, 400);
    if (typeof detail === 'string') assert.ok(error.detail.includes(detail), `detail "${error.detail}" lacks "${detail}"`);
    else assert.match(error.detail, detail);
    return true;
  };
}

export function body(...operations: unknown[]): unknown {
  return { schemas: [PATCH_OP], Operations: operations };
}
