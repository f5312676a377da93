/**
 * Expands the value of a path-less add or replace (RFC 7644 sections 3.5.2.1 and 3.5.2.3: "the
 * target location is assumed to be the resource itself", the value a set of attributes) into
 * one (path, value) pair per attribute, so the rest of PATCH only ever sees operations with a path.
 *
 * Keys are read as attribute paths, which covers every form IdPs send:
 * - plain names in any case: `{"displayName": ...}`, `{"Active": ...}` (RFC; MS Postman suite);
 * - dotted keys: `{"name.givenName": ...}` (Entra with aadOptscim062020, Okta);
 * - URN-prefixed keys: `{"urn:...:enterprise:2.0:User:employeeNumber": ...}`, `...:User:manager`
 *   (Entra with aadOptscim062020, ForgeRock);
 * - the RFC 7643 section 3.3 container form `{"urn:...:enterprise:2.0:User": {"department": ...}}`
 *   (Okta, RFC 7644 examples), whose keys are read as paths under that URN.
 *
 * A key naming no attribute of the schema (an IdP's custom mapping, `ims`, an unknown extension)
 * is skipped, as POST and PUT ignore unknown attributes (validate-resource-input.ts): one rule
 * for every write, and a custom attribute mapped in the IdP never fails the whole PATCH. An
 * explicit `path` naming an unknown attribute is still `invalidPath`.
 */
import { sameName } from '../attribute-path.ts';
import { isScimError, ScimError } from '../errors.ts';
import type { JsonObject } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { isNoValue } from './normalise-value.ts';
import type { PatchPath } from './patch-operation.ts';
import { parsePatchPath } from './parse-patch-path.ts';
import { resolvePatchTarget } from './resolve-patch-target.ts';

export interface PathedValue {
  readonly path: PatchPath;
  readonly value: unknown;
}

/**
 * Okta sends `{"id": ..., "displayName": ...}` with every group membership change; ForgeRock
 * sends the whole resource (aws-scim-proxy README) with `schemas` and `meta`. None of them is a
 * change: the id is in the URL, `schemas` follows from the attributes, `meta` is the server's.
 */
const IGNORED_KEYS = ['id', 'schemas', 'meta'] as const;

/** The key as a path, or undefined when it names nothing the schema defines. */
function knownPath(key: string, schema: ResourceSchema): PatchPath | undefined {
  try {
    return parsePatchPath(key, schema);
  } catch (error) {
    if (isScimError(error) && error.scimType === 'invalidPath') return undefined;
    throw error;
  }
}

function pathsIn(value: JsonObject, prefix: string | undefined, schema: ResourceSchema, out: PathedValue[]): void {
  for (const [key, raw] of Object.entries(value)) {
    if (prefix === undefined && IGNORED_KEYS.some((ignored) => sameName(ignored, key))) continue;
    const container = prefix === undefined
      ? [schema.core, ...schema.extensions].find((candidate) => sameName(candidate.id, key))
      : undefined;
    if (container !== undefined) {
      // `{"urn:...:User": null}` sets nothing; anything else must be an object of attributes.
      if (isNoValue(raw)) continue;
      if (!isJsonObject(raw)) throw ScimError.invalidValue(`"${key}" must be an object holding that schema's attributes`);
      pathsIn(raw, container.id, schema, out);
      continue;
    }
    const path = knownPath(prefix === undefined ? key : `${prefix}:${key}`, schema);
    if (path === undefined) continue;
    const target = resolvePatchTarget(path, schema);
    // A whole-resource value (ForgeRock) carries read-only attributes (`groups`, `meta`) and
    // sub-attributes (`manager.displayName`) the client never meant to change: they are echoes,
    // skipped here. An explicit `path` naming one is still refused with `mutability`.
    if (target.attribute.mutability === 'readOnly' || target.subAttribute?.mutability === 'readOnly') continue;
    out.push({ path, value: raw });
  }
}

export function expandPathLessValue(value: unknown, schema: ResourceSchema): PathedValue[] {
  if (!isJsonObject(value)) {
    throw ScimError.invalidValue('An add or replace without "path" needs an object of attributes as its "value"');
  }
  const out: PathedValue[] = [];
  pathsIn(value, undefined, schema, out);
  return out;
}
