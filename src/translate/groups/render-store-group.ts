/**
 * One store group -> its SCIM Group (before projection), with `meta.location`
 * (`<base>/Groups/<id>`) and `meta.version` (group-version.ts). `members` is set only when the
 * caller read them; the version does not depend on them, so adding them later keeps it.
 */
import type { StoreGroup } from '../../identity-store/port.ts';
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { projectResource } from '../../scim/projection/project-resource.ts';
import type { ScimResource } from '../../scim/resource.ts';
import { GROUP_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import type { ResourceResult } from '../resource-service.ts';
import { groupLocation, membersToScim, storeGroupToScim } from './group-mapping.ts';
import { groupVersion } from './group-version.ts';

export function renderStoreGroup(group: StoreGroup, externalId: string | undefined, members: Iterable<string> | undefined, baseUrl: string): ResourceResult {
  const version = groupVersion(group, externalId);
  return { resource: storeGroupToScim(group, { externalId, members, baseUrl, version }), version, location: groupLocation(baseUrl, group.id) };
}

/** A rendered group with its members added (listing reads them only for the page it answers). */
export function withMembers(resource: ScimResource, members: Iterable<string>, baseUrl: string): ScimResource {
  return { ...resource, members: membersToScim(members, baseUrl) };
}

/** What a service method answers: projected for the selection (RFC 7644 section 3.4.2.5). */
export function projectGroup(result: ResourceResult, selection: AttributeSelection): ResourceResult {
  return { ...result, resource: projectResource(result.resource, GROUP_RESOURCE_SCHEMA, selection) };
}
