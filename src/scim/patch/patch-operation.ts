/**
 * The canonical PATCH operation (RFC 7644 section 3.5.2): what `parsePatchRequest` turns every
 * IdP dialect into and what `applyPatch` and the translation layer consume.
 *
 * Canonical means: `op` is lower-case; every operation has a path (path-less add/replace is
 * expanded into one operation per attribute); names are in the schema's case, so later code can
 * compare them as exact strings; values are typed as the schema says (Entra's "True" is `true`);
 * and "no value" (null, "") has already become a `remove`.
 */
import type { AttributePath } from '../attribute-path.ts';
import { formatAttributePath } from '../attribute-path.ts';
import type { Filter } from '../filter/ast.ts';
import { printFilter } from '../filter/print-filter.ts';
import type { JsonValue } from '../resource.ts';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/**
 * Upper bound on `Operations` in one request. RFC 7644 sets none; 1000 is far above what any IdP
 * sends (Entra batches memberships by the hundred) and keeps a hostile body from costing much.
 */
export const MAX_PATCH_OPERATIONS = 1000;

/**
 * Upper bound on canonical operations after expansion (path-less values, Entra's remove-members-
 * by-value arrays): one raw operation can fan out, so the raw bound alone does not limit work.
 */
export const MAX_CANONICAL_OPERATIONS = 10_000;

export interface PatchPath {
  /**
   * `schema` is set only for extension attributes (the extension's canonical URN); core and
   * common attributes have none. `attribute` is in the schema's case. `subAttribute` of this
   * AttributePath is never set: the sub-attribute lives in `PatchPath.subAttribute`, whether the
   * client wrote `name.givenName` or `emails[type eq "work"].value`.
   */
  readonly attribute: AttributePath;
  /** Value selection filter of a multi-valued attribute; its paths name sub-attributes, canonical case. */
  readonly filter?: Filter;
  readonly subAttribute?: string;
}

export type PatchOperation =
  | { readonly op: 'add'; readonly path: PatchPath; readonly value: JsonValue }
  | { readonly op: 'replace'; readonly path: PatchPath; readonly value: JsonValue }
  | { readonly op: 'remove'; readonly path: PatchPath };

export type PatchOpName = PatchOperation['op'];

/** The path as SCIM text, e.g. `emails[type eq "work"].value`: for error details and logs. */
export function formatPatchPath(path: PatchPath): string {
  const head = formatAttributePath(path.attribute) + (path.filter === undefined ? '' : `[${printFilter(path.filter)}]`);
  return path.subAttribute === undefined ? head : `${head}.${path.subAttribute}`;
}
