/**
 * Validates a PatchOp message (RFC 7644 section 3.5.2) and normalises every dialect IdPs send
 * into one canonical operation list (patch-operation.ts). Message-level rules live here; rules
 * about paths and values in normalise-operation.ts and the files it uses.
 */
import { sameName } from '../attribute-path.ts';
import { isScimError, ScimError } from '../errors.ts';
import { isJsonObject } from '../resource.ts';
import type { JsonObject, JsonValue } from '../resource.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { RawOperation } from './normalise-operation.ts';
import { normaliseOperation } from './normalise-operation.ts';
import type { PatchOperation } from './patch-operation.ts';
import { MAX_CANONICAL_OPERATIONS, MAX_PATCH_OPERATIONS, PATCH_OP_SCHEMA } from './patch-operation.ts';

/** Message attribute names are case-insensitive too (RFC 7643 section 2.1): `operations`, `Op`, `Path`. */
function member(object: JsonObject, name: string): { readonly present: boolean; readonly value: JsonValue | undefined } {
  const key = Object.keys(object).find((candidate) => sameName(candidate, name));
  return key === undefined ? { present: false, value: undefined } : { present: true, value: object[key] };
}

function checkSchemas(body: JsonObject): void {
  const { present, value } = member(body, 'schemas');
  // RFC 7644 says the message MUST carry the PatchOp URN; Entra and Okta always send it. A body
  // without `schemas` is still unambiguous, so it is accepted (some hand-written clients and
  // test suites leave it out); a body that names other schemas only is refused.
  if (!present) return;
  if (!Array.isArray(value) || !value.some((uri) => typeof uri === 'string' && sameName(uri, PATCH_OP_SCHEMA))) {
    throw ScimError.invalidSyntax(`A PATCH body must have "schemas": ["${PATCH_OP_SCHEMA}"]`);
  }
}

function readOperation(raw: JsonValue): RawOperation {
  if (!isJsonObject(raw)) throw ScimError.invalidSyntax('Each operation must be an object with "op"');
  const op = member(raw, 'op').value;
  // Entra sends `Add`/`Replace`/`Remove` (entra-docs "Known issues ... SCIM 2.0 protocol
  // compliance"); scim-patch fails on `REPLACE`. Any case is the same operation.
  const name = typeof op === 'string' ? op.toLowerCase() : undefined;
  if (name !== 'add' && name !== 'replace' && name !== 'remove') {
    throw ScimError.invalidSyntax(`"op" must be "add", "remove" or "replace", not ${JSON.stringify(op) ?? 'nothing'}`);
  }
  const path = member(raw, 'path').value;
  if (path !== undefined && path !== null && typeof path !== 'string') throw ScimError.invalidSyntax('"path" must be a string');
  const value = member(raw, 'value');
  return {
    op: name,
    // A null or blank path is no path: the same rules as an absent one apply (noTarget for remove).
    path: typeof path === 'string' && path.trim() !== '' ? path : undefined,
    hasValue: value.present,
    value: value.value,
  };
}

/** Prefixes an error with the operation it came from, so an IdP admin can find it in a batch. */
function atOperation(error: unknown, index: number): unknown {
  if (!isScimError(error) || error.scimType === undefined) return error;
  const detail = `Operations[${index}]: ${error.detail}`;
  switch (error.scimType) {
    case 'invalidPath': return ScimError.invalidPath(detail);
    case 'invalidValue': return ScimError.invalidValue(detail, error.cause);
    case 'invalidSyntax': return ScimError.invalidSyntax(detail, error.cause);
    case 'noTarget': return ScimError.noTarget(detail);
    case 'mutability': return ScimError.mutability(detail);
    default: return error;
  }
}

export function parsePatchRequest(body: unknown, schema: ResourceSchema): PatchOperation[] {
  if (!isJsonObject(body)) throw ScimError.invalidSyntax('A PATCH body must be a JSON object');
  checkSchemas(body);
  const operations = member(body, 'Operations').value;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw ScimError.invalidSyntax('A PATCH body needs "Operations": a list of at least one operation');
  }
  // RFC 7644 Table 9 lists tooMany for filters only; an over-long message is a request the
  // server will not accept as written, hence invalidSyntax with the bound in the detail.
  if (operations.length > MAX_PATCH_OPERATIONS) {
    throw ScimError.invalidSyntax(`A PATCH body may hold at most ${MAX_PATCH_OPERATIONS} operations, not ${operations.length}`);
  }
  const out: PatchOperation[] = [];
  operations.forEach((raw: JsonValue, index) => {
    try {
      out.push(...normaliseOperation(readOperation(raw), schema));
    } catch (error) {
      throw atOperation(error, index);
    }
    if (out.length > MAX_CANONICAL_OPERATIONS) {
      throw ScimError.invalidSyntax(`A PATCH body may change at most ${MAX_CANONICAL_OPERATIONS} values`);
    }
  });
  return out;
}
