/**
 * A filter as one resource type sees it, for searches across types (RFC 7644 section 3.4.3, a
 * `POST /.search` at the server root): a comparison on an attribute the type does not have
 * matches none of its resources (`userName eq "x"` selects no Group) instead of being an
 * invalid filter, so `userName eq "x" or displayName eq "y"` still finds groups by name.
 * Returns `true` (every resource matches), `false` (none does) or the remaining filter. Pure.
 */
import { resolveAttribute } from '../schema/resolve-attribute.ts';
import type { ResourceSchema } from '../schema/types.ts';
import type { Filter } from './ast.ts';

export type RestrictedFilter = Filter | boolean;

function combine(kind: 'and' | 'or', operands: readonly Filter[], schema: ResourceSchema): RestrictedFilter {
  // `false` decides an `and`, `true` decides an `or`; the neutral element drops out.
  const decisive = kind === 'or';
  const kept: Filter[] = [];
  for (const operand of operands) {
    const restricted = restrictFilterToSchema(operand, schema);
    if (restricted === decisive) return decisive;
    if (typeof restricted !== 'boolean') kept.push(restricted);
  }
  const [first, second, ...rest] = kept;
  if (first === undefined) return !decisive;
  if (second === undefined) return first;
  return { kind, operands: [first, second, ...rest] };
}

export function restrictFilterToSchema(filter: Filter, schema: ResourceSchema): RestrictedFilter {
  switch (filter.kind) {
    case 'compare':
    case 'present':
    case 'valuePath':
      return resolveAttribute(schema, filter.path) === undefined ? false : filter;
    case 'and':
    case 'or':
      return combine(filter.kind, filter.operands, schema);
    case 'not': {
      const operand = restrictFilterToSchema(filter.operand, schema);
      return typeof operand === 'boolean' ? !operand : { kind: 'not', operand };
    }
    default: {
      const unreachable: never = filter;
      return unreachable;
    }
  }
}
