/**
 * Evaluates a filter against one resource (RFC 7644 section 3.4.2.2). For many resources,
 * compile once with `compileFilter` and call the predicate; this is the one-shot convenience.
 * Throws ScimError.invalidFilter only for filters the schema refuses (see compile-filter.ts).
 */
import type { ScimResource } from '../resource.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { Filter } from './ast.ts';
import { compileFilter } from './compile-filter.ts';

export function evaluateFilter(filter: Filter, resource: ScimResource, schema: ResourceSchema): boolean {
  return compileFilter(filter, schema)(resource);
}
