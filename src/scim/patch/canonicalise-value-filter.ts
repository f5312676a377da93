/**
 * Checks the value selection filter of a PATCH path (RFC 7644 section 3.5.2, `valFilter` in the
 * section 3.4.2.2 ABNF) against the multi-valued attribute it selects from, and rewrites its
 * attribute names into the schema's case, so `members[Value eq "x"]` and `members[value eq "x"]`
 * become the same canonical operation. Nested value paths and URN-qualified names are not part of
 * `valFilter`, so they are refused as an invalid path.
 */
import type { AttributePath } from '../attribute-path.ts';
import { sameName } from '../attribute-path.ts';
import { ScimError } from '../errors.ts';
import type { Filter } from '../filter/ast.ts';
import type { AttributeDefinition } from '../schema/types.ts';
import { elementAttributes } from './value-filter-schema.ts';

export function canonicaliseValueFilter(filter: Filter, attribute: AttributeDefinition): Filter {
  const names = elementAttributes(attribute);
  const canonical = (path: AttributePath): string => {
    const found = path.schema === undefined && path.subAttribute === undefined
      ? names.find((definition) => sameName(definition.name, path.attribute))
      : undefined;
    if (found === undefined) {
      throw ScimError.invalidPath(`The filter on "${attribute.name}" may only name its sub-attributes (${names.map((n) => n.name).join(', ')})`);
    }
    return found.name;
  };
  const walk = (node: Filter): Filter => {
    switch (node.kind) {
      case 'compare':
        return { ...node, path: { attribute: canonical(node.path) } };
      case 'present':
        return { ...node, path: { attribute: canonical(node.path) } };
      case 'and':
      case 'or': {
        const [first, second, ...rest] = node.operands;
        return { kind: node.kind, operands: [walk(first), walk(second), ...rest.map(walk)] };
      }
      case 'not':
        return { kind: 'not', operand: walk(node.operand) };
      case 'valuePath':
        throw ScimError.invalidPath(`A value filter on "${attribute.name}" cannot hold another value filter`);
      default: {
        const unreachable: never = node;
        return unreachable;
      }
    }
  };
  return walk(filter);
}
