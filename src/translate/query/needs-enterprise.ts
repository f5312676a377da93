/**
 * Whether a Users list query needs the enterprise extension (RFC 7643 section 4.3) from the store,
 * i.e. `Extensions: ["aws:identitystore:enterprise"]` on DescribeUser/ListUsers. Asked only when
 * the filter, `sortBy` (RFC 7644 section 3.4.2.3) or the projected response (section 3.4.2.5)
 * touches an enterprise attribute: `attributes=userName,emails` or
 * `excludedAttributes=urn:...:enterprise:2.0:User` then reads less from the store.
 *
 * `schemas` in a filter also counts: a User lists the enterprise URN in `schemas` only when it
 * has enterprise values, so `schemas eq "urn:...:enterprise:2.0:User"` needs them.
 */
import type { AttributePath } from '../../scim/attribute-path.ts';
import { sameName } from '../../scim/attribute-path.ts';
import type { Filter } from '../../scim/filter/ast.ts';
import type { ListQuery } from '../../scim/list/list-query.ts';
import { ENTERPRISE_USER_SCHEMA_ID } from '../../scim/schema/enterprise-user-schema.ts';
import { resolveAttribute } from '../../scim/schema/resolve-attribute.ts';
import { USER_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import { selectionNeedsEnterprise } from '../selection-needs-enterprise.ts';

export function needsEnterprise(query: ListQuery): boolean {
  if (query.filter !== undefined && filterTouchesEnterprise(query.filter)) return true;
  if (query.sortBy !== undefined && isEnterprisePath(query.sortBy)) return true;
  return selectionNeedsEnterprise(query.attributes);
}

function filterTouchesEnterprise(filter: Filter): boolean {
  switch (filter.kind) {
    case 'compare':
    case 'present':
    case 'valuePath':
      // A value path's inner terms name sub-attributes of `filter.path`, so the path decides.
      return isEnterprisePath(filter.path) || isSchemas(filter.path);
    case 'and':
    case 'or':
      return filter.operands.some(filterTouchesEnterprise);
    case 'not':
      return filterTouchesEnterprise(filter.operand);
    default: {
      const never: never = filter;
      throw new Error(`Unknown filter node ${JSON.stringify(never)}`);
    }
  }
}

function isEnterprisePath(path: AttributePath): boolean {
  if (path.schema !== undefined && sameName(path.schema, ENTERPRISE_USER_SCHEMA_ID)) return true;
  const resolved = resolveAttribute(USER_RESOURCE_SCHEMA, path);
  return resolved?.schemaId !== undefined && sameName(resolved.schemaId, ENTERPRISE_USER_SCHEMA_ID);
}

function isSchemas(path: AttributePath): boolean {
  return path.subAttribute === undefined && sameName(path.attribute, 'schemas');
}
