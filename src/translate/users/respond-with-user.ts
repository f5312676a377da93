/** A rendered user -> what the service answers: projected for the selection (RFC 7644 section 3.4.2.5). */
import type { AttributeSelection } from '../../scim/list/list-query.ts';
import { projectResource } from '../../scim/projection/project-resource.ts';
import { USER_RESOURCE_SCHEMA } from '../../scim/schema/resource-schemas.ts';
import type { ResourceResult } from '../resource-service.ts';
import type { RenderedUser } from './render-store-user.ts';

export function respondWithUser(rendered: RenderedUser, selection: AttributeSelection): ResourceResult {
  return { resource: projectResource(rendered.resource, USER_RESOURCE_SCHEMA, selection), version: rendered.version, location: rendered.location };
}
