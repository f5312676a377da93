/**
 * Whether a filter (RFC 7644 section 3.4.2.2) reads an attribute, so listing knows what the
 * rendered resources must carry before the predicate runs: a Groups filter on `members` needs the
 * members read, any other filter does not (and `excludedAttributes=members` then costs none).
 */
import { sameName } from '../../scim/attribute-path.ts';
import type { AttributePath } from '../../scim/attribute-path.ts';
import type { Filter } from '../../scim/filter/ast.ts';

/** `path` names the core attribute `attribute` (a URN-qualified path of the core schema counts). */
export function pathNames(path: AttributePath, attribute: string, coreSchemaId: string): boolean {
  return (path.schema === undefined || sameName(path.schema, coreSchemaId)) && sameName(path.attribute, attribute);
}

export function filterMentions(filter: Filter, attribute: string, coreSchemaId: string): boolean {
  switch (filter.kind) {
    case 'compare':
    case 'present':
    case 'valuePath':
      return pathNames(filter.path, attribute, coreSchemaId);
    case 'and':
    case 'or':
      return filter.operands.some((operand) => filterMentions(operand, attribute, coreSchemaId));
    case 'not':
      return filterMentions(filter.operand, attribute, coreSchemaId);
    default: {
      const never: never = filter;
      throw new Error(`Unknown filter node ${JSON.stringify(never)}`);
    }
  }
}
