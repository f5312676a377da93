/**
 * Applies `attributes`/`excludedAttributes` and the `returned` rules (RFC 7644 section 3.4.2.5)
 * to every resource of a page. Done after slicing, so snapshots stay unprojected and shared by
 * queries that differ only in the attributes they ask for.
 */
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { projectResource } from '../../scim/projection/project-resource.ts';
import type { ScimResource } from '../../scim/resource.ts';
import type { ResourceSchema } from '../../scim/schema/types.ts';

export function projectAll(resources: readonly ScimResource[], schema: ResourceSchema, selection: AttributeSelection): ScimResource[] {
  return resources.map((resource) => projectResource(resource, schema, selection));
}
