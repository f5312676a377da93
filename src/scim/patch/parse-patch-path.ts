/**
 * Parses the `path` of a PATCH operation (RFC 7644 section 3.5.2, ABNF in section 3.5.2:
 * `PATH = attrPath / valuePath [subAttr]`) into a canonical PatchPath: the schema URN resolved to
 * the extension's own spelling (none for core and common attributes), every name in the schema's
 * case (MS's Postman suite sends `UserName`, `name.FamilyName`; RFC 7643 section 2.1 makes names
 * case-insensitive), and the value filter parsed by the shared filter parser. Anything the schema
 * does not define, or that does not parse, is `invalidPath`.
 */
import { sameName } from '../attribute-path.ts';
import { isScimError, ScimError } from '../errors.ts';
import type { Filter } from '../filter/ast.ts';
import { parseFilter } from '../filter/parse-filter.ts';
import type { ResourceSchema } from '../schema/types.ts';
import { canonicaliseValueFilter } from './canonicalise-value-filter.ts';
import { compileValueFilter } from './compile-value-filter.ts';
import type { PatchPath } from './patch-operation.ts';
import { resolvePatchTarget } from './resolve-patch-target.ts';

/** ATTRNAME (RFC 7643 section 2.1, plus `$ref`), an optional `[valFilter]`, an optional `.subAttr`. */
const PATH_SHAPE = /^([A-Za-z$][\w$-]*)(?:\[(.*)\])?(?:\.([A-Za-z$][\w$-]*))?$/su;

/** Splits a leading schema URN off `text`, matching the schemas the resource type knows. */
function splitUrn(text: string, schema: ResourceSchema): { readonly urn: string | undefined; readonly rest: string } {
  if (!/^urn:/iu.test(text)) return { urn: undefined, rest: text };
  // The longest known URN wins, so a schema id that prefixes another cannot capture its paths.
  const known = [schema.core, ...schema.extensions]
    .filter((candidate) => text.length > candidate.id.length + 1 && text.charAt(candidate.id.length) === ':'
      && sameName(text.slice(0, candidate.id.length), candidate.id))
    .sort((a, b) => b.id.length - a.id.length)[0];
  if (known === undefined) throw ScimError.invalidPath(`"${text}" names a schema ${schema.resourceType.name} resources do not have`);
  return { urn: known.id, rest: text.slice(known.id.length + 1) };
}

function parseValueFilter(text: string, whole: string): Filter {
  try {
    return parseFilter(text);
  } catch (error) {
    if (isScimError(error)) throw ScimError.invalidPath(`The value filter in "${whole}" is invalid: ${error.detail}`);
    throw error;
  }
}

export function parsePatchPath(text: string, schema: ResourceSchema): PatchPath {
  const whole = text.trim();
  const { urn, rest } = splitUrn(whole, schema);
  const match = PATH_SHAPE.exec(rest);
  const [, name, filterText, subName] = match ?? [];
  if (name === undefined) throw ScimError.invalidPath(`"${text}" is not a valid attribute path`);
  const rawFilter = filterText === undefined ? undefined : parseValueFilter(filterText, whole);
  const loose: PatchPath = {
    attribute: urn === undefined ? { attribute: name } : { schema: urn, attribute: name },
    ...(subName === undefined ? {} : { subAttribute: subName }),
  };
  const target = resolvePatchTarget(loose, schema);
  if (rawFilter !== undefined && !target.attribute.multiValued) {
    throw ScimError.invalidPath(`"${text}": a value filter needs a multi-valued attribute`);
  }
  const filter = rawFilter === undefined ? undefined : canonicaliseValueFilter(rawFilter, target.attribute);
  if (filter !== undefined) compileValueFilter(filter, target.attribute, whole);
  return {
    attribute: target.container === undefined
      ? { attribute: target.attribute.name }
      : { schema: target.container, attribute: target.attribute.name },
    ...(filter === undefined ? {} : { filter }),
    ...(target.subAttribute === undefined ? {} : { subAttribute: target.subAttribute.name }),
  };
}
