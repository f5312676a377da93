/**
 * Whether a response with this attribute selection can show any enterprise extension attribute
 * (RFC 7644 section 3.4.2.5). DescribeUser/ListUsers only return the extension when asked for it
 * (`Extensions: ["aws:identitystore:enterprise"]`), and the product brief asks for it only when
 * needed. Used for single-user responses and, with the filter and sortBy, by listing
 * (query/needs-enterprise.ts).
 */
import type { AttributeSelection } from '../scim/list/list-query.ts';
import { isAttributeSelected } from '../scim/projection/is-attribute-selected.ts';
import { USER_RESOURCE_SCHEMA } from '../scim/schema/resource-schemas.ts';

export function selectionNeedsEnterprise(selection: AttributeSelection): boolean {
  return USER_RESOURCE_SCHEMA.extensions.some((extension) =>
    extension.attributes.some((attribute) => isAttributeSelected(USER_RESOURCE_SCHEMA, selection, { schema: extension.id, attribute: attribute.name })));
}
