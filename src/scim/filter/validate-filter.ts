/**
 * Checks a parsed filter against a resource type's schemas (RFC 7644 section 3.4.2.2) without
 * evaluating it: unknown attributes, operators the attribute type does not allow (gt on a
 * boolean), values of the wrong type. Throws ScimError.invalidFilter with a detail naming the
 * attribute. The query planner calls it before spending any Identity Store call.
 */
import type { ResourceSchema } from '../schema/types.ts';
import type { Filter } from './ast.ts';
import { compileFilter } from './compile-filter.ts';

export function validateFilter(filter: Filter, schema: ResourceSchema): void {
  compileFilter(filter, schema);
}
