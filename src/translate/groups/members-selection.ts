/**
 * Whether a response shows `members` (RFC 7644 section 3.4.2.5), which decides whether any
 * ListGroupMemberships is spent: `excludedAttributes=members` costs no membership call at all.
 */
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { isAttributeSelected } from '../../scim/projection/is-attribute-selected.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';

/** `members` (or one of its sub-attributes) is in the response: the default, or asked for. */
export function membersSelected(selection: AttributeSelection): boolean {
  return isAttributeSelected(GROUP_RESOURCE_SCHEMA, selection, { attribute: 'members' });
}

/** `members` is named in `attributes`: the client asked for it, not just left it in. */
export function membersRequested(selection: AttributeSelection): boolean {
  return selection.kind === 'include' && membersSelected(selection);
}
