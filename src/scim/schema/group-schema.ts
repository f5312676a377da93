/**
 * The core Group schema (RFC 7643 sections 4.2 and 8.7.1). The Identity Store requires a group
 * display name, so it is required here (RFC 7643 leaves it optional). `members` has no
 * `maxValues`: the Identity Store holds memberships as separate objects, without limit per group.
 */
import { defineAttribute as attr } from './define-attribute.ts';
import type { SchemaDefinition } from './types.ts';

export const GROUP_SCHEMA_ID = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export const GROUP_SCHEMA: SchemaDefinition = {
  id: GROUP_SCHEMA_ID,
  name: 'Group',
  description: 'Group',
  attributes: [
    attr({ name: 'displayName', required: true, uniqueness: 'server',
      description: 'A human-readable name for the group, unique in the Identity Store. At most 1024 characters, none of <>;:%, and not Administrator or AWSAdministrators.' }),
    attr({
      name: 'members', type: 'complex', multiValued: true,
      description: 'A list of members of the group. Members are users; the Identity Store has no nested groups. Leave it out with excludedAttributes=members to save the membership reads.',
      subAttributes: [
        attr({ name: 'value', mutability: 'immutable', caseExact: true, description: 'Identifier of the member of this group.' }),
        attr({ name: '$ref', type: 'reference', referenceTypes: ['User', 'Group'], mutability: 'immutable', caseExact: true,
          description: 'The URI corresponding to a SCIM resource that is a member of this group.' }),
        attr({ name: 'type', mutability: 'immutable', canonicalValues: ['User', 'Group'], description: "The type of the member: 'User'." }),
        attr({ name: 'display', mutability: 'readOnly', description: "The member's displayName. Read-only: not stored with the membership." }),
      ],
    }),
  ],
};
