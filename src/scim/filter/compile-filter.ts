/**
 * Turns a Filter into an in-memory predicate over resources of one type (RFC 7644 section
 * 3.4.2.2), checking it against the schema first: compiling IS validation, so a filter that
 * compiles can be evaluated on any JSON without throwing.
 *
 * Attribute lookup goes through resolveAttribute: names are case-insensitive, a core-schema URN
 * prefix is the same as none, extension attributes are read from the extension's container
 * (`resource["urn:...:enterprise:2.0:User"].manager.value`), `id`/`externalId`/`meta.*` are the
 * common attributes. `schemas` (RFC 7643 section 3, not a schema attribute) is known here too, so
 * the RFC's `schemas eq "urn:..."` example works.
 *
 * Choice: an attribute that no schema of the resource type defines (a typo, or `ims`, which this
 * gateway cannot hold) is refused with 400 invalidFilter naming the attribute, instead of
 * silently matching nothing; an admin sees the mistake, and an IdP gets a clear error. An
 * attribute that is defined but absent from a resource simply does not match.
 *
 * Without a sub-attribute, a complex attribute that has a `value` sub-attribute is compared
 * through it (`emails co "example.com"` is `emails.value co ...`, as RFC 7644 section 3.4.2.2
 * shows; `manager eq "id"` is `manager.value eq "id"`).
 */
import type { AttributePath } from '../attribute-path.ts';
import { formatAttributePath, sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { JsonObject, JsonValue, ScimResource } from '../resource.ts';
import { isJsonObject } from '../resource.ts';
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { AttributeDefinition, ResourceSchema } from '../schema/types.ts';
import type { Filter } from './ast.ts';
import { getAttribute, isPresent, subValuesOf, valuesOf } from './attribute-values.ts';
import { checkComparison } from './check-comparison.ts';
import { matchesComparison } from './compare-values.ts';

export type FilterPredicate = (resource: ScimResource) => boolean;

/** What a path in the filter names, and how to read it from the object being tested. */
interface Target {
  readonly label: string;
  readonly attribute: AttributeDefinition;
  readonly subAttribute: AttributeDefinition | undefined;
  readonly read: (object: JsonObject) => JsonValue | undefined;
}

/** Resolves paths at the resource level, or inside one element of a value path. */
interface Scope {
  readonly resolve: (path: AttributePath) => Target;
  /** Set inside `emails[...]`: value paths cannot nest. */
  readonly parent: string | undefined;
}

const SCHEMAS_ATTRIBUTE: AttributeDefinition = {
  name: 'schemas', type: 'reference', multiValued: true, required: true, caseExact: false,
  mutability: 'readOnly', returned: 'always', uniqueness: 'none', description: 'The schema URIs of the resource.',
};

export function compileFilter(filter: Filter, schema: ResourceSchema): FilterPredicate {
  return compileNode(filter, resourceScope(schema));
}

function compileNode(filter: Filter, scope: Scope): FilterPredicate {
  switch (filter.kind) {
    case 'compare': {
      const target = scope.resolve(filter.path);
      const { op, value } = filter;
      const valueSub = target.subAttribute === undefined && target.attribute.type === 'complex'
        ? target.attribute.subAttributes?.find((sub) => sameName(sub.name, 'value'))
        : undefined;
      const leaf = target.subAttribute ?? valueSub ?? target.attribute;
      checkComparison(op, value, leaf, target.label);
      const through = target.subAttribute ?? valueSub;
      return through === undefined
        ? (object) => matchesComparison(op, valuesOf(target.read(object)), value, leaf)
        : (object) => matchesComparison(op, subValuesOf(target.read(object), through.name), value, leaf);
    }
    case 'present': {
      const target = scope.resolve(filter.path);
      const sub = target.subAttribute;
      return sub === undefined
        ? (object) => isPresent(target.read(object))
        : (object) => subValuesOf(target.read(object), sub.name).some((value) => isPresent(value));
    }
    case 'and': {
      const operands = filter.operands.map((operand) => compileNode(operand, scope));
      return (object) => operands.every((operand) => operand(object));
    }
    case 'or': {
      const operands = filter.operands.map((operand) => compileNode(operand, scope));
      return (object) => operands.some((operand) => operand(object));
    }
    case 'not': {
      const operand = compileNode(filter.operand, scope);
      return (object) => !operand(object);
    }
    case 'valuePath':
      return compileValuePath(filter.path, filter.filter, scope);
    default: {
      const unknown: never = filter;
      throw ScimError.invalidFilter(`Invalid filter: unknown node ${JSON.stringify(unknown)}`);
    }
  }
}

/** `emails[type eq "work"]`: true when one element satisfies the whole inner filter. */
function compileValuePath(path: AttributePath, inner: Filter, scope: Scope): FilterPredicate {
  const label = formatAttributePath(path);
  if (scope.parent !== undefined) throw ScimError.invalidFilter(`Invalid filter: "${label}[...]" is nested inside "${scope.parent}[...]"`);
  const target = scope.resolve(path);
  if (target.subAttribute !== undefined || target.attribute.type !== 'complex') {
    throw ScimError.invalidFilter(`Invalid filter: "${label}[...]" needs a complex attribute such as emails or members`);
  }
  const element = compileNode(inner, elementScope(target.attribute, label));
  return (object) => valuesOf(target.read(object)).some((value) => isJsonObject(value) && element(value));
}

function resourceScope(schema: ResourceSchema): Scope {
  return {
    parent: undefined,
    resolve(path) {
      const label = formatAttributePath(path);
      const resolved = resolveAttribute(schema, path) ?? resolveSchemas(schema, path);
      if (resolved === undefined) throw unknownAttribute(schema, path, label);
      const container = resolved.schemaId === undefined || sameName(resolved.schemaId, schema.core.id) ? undefined : resolved.schemaId;
      const name = resolved.attribute.name;
      return {
        label,
        attribute: resolved.attribute,
        subAttribute: resolved.subAttribute,
        read: container === undefined
          ? (object) => getAttribute(object, name)
          : (object) => {
            const extension = getAttribute(object, container);
            return isJsonObject(extension) ? getAttribute(extension, name) : undefined;
          },
      };
    },
  };
}

function elementScope(parent: AttributeDefinition, parentLabel: string): Scope {
  return {
    parent: parentLabel,
    resolve(path) {
      const label = `${parentLabel}[${formatAttributePath(path)}]`;
      const sub = path.schema === undefined && path.subAttribute === undefined
        ? parent.subAttributes?.find((candidate) => sameName(candidate.name, path.attribute))
        : undefined;
      if (sub === undefined) {
        throw ScimError.invalidFilter(`Invalid filter: "${formatAttributePath(path)}" is not a sub-attribute of ${parentLabel}`);
      }
      return { label, attribute: sub, subAttribute: undefined, read: (object) => getAttribute(object, sub.name) };
    },
  };
}

function resolveSchemas(schema: ResourceSchema, path: AttributePath): { schemaId: undefined; attribute: AttributeDefinition; subAttribute?: undefined } | undefined {
  const coreOrNone = path.schema === undefined || sameName(path.schema, schema.core.id);
  return coreOrNone && path.subAttribute === undefined && sameName(path.attribute, 'schemas') ? { schemaId: undefined, attribute: SCHEMAS_ATTRIBUTE } : undefined;
}

function unknownAttribute(schema: ResourceSchema, path: AttributePath, label: string): ScimError {
  const schemaIds = [schema.core.id, ...schema.extensions.map((extension) => extension.id)];
  if (path.schema !== undefined && !schemaIds.some((id) => sameName(id, path.schema ?? ''))) {
    return ScimError.invalidFilter(`Invalid filter: unknown schema "${path.schema}" in "${label}"; ${schema.resourceType.name} resources use ${schemaIds.join(', ')}`);
  }
  return ScimError.invalidFilter(`Invalid filter: "${label}" is not an attribute of ${schema.resourceType.name} resources`);
}
