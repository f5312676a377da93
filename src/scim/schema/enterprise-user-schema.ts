/**
 * The Enterprise User extension (RFC 7643 sections 4.3 and 8.7.1). The Identity Store holds it
 * under `Extensions["aws:identitystore:enterprise"]` with the same lowerCamel keys, manager as
 * `{value}` only: `manager.displayName` is not stored, so it is readOnly here.
 */
import { defineAttribute as attr } from './define-attribute.ts';
import type { SchemaDefinition } from './types.ts';

export const ENTERPRISE_USER_SCHEMA_ID = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

export const ENTERPRISE_USER_SCHEMA: SchemaDefinition = {
  id: ENTERPRISE_USER_SCHEMA_ID,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    attr({ name: 'employeeNumber', description: 'Numeric or alphanumeric identifier assigned to the user, typically based on order of hire or association with an organization.' }),
    attr({ name: 'costCenter', description: 'Identifies the name of a cost center.' }),
    attr({ name: 'organization', description: 'Identifies the name of an organization.' }),
    attr({ name: 'division', description: 'Identifies the name of a division.' }),
    attr({ name: 'department', description: 'Identifies the name of a department.' }),
    attr({
      name: 'manager', type: 'complex',
      description: "The user's manager. A bare string sent in place of the object is read as the manager's id (Entra ID sends that).",
      subAttributes: [
        attr({ name: 'value', caseExact: true, description: 'The id of the SCIM resource representing the manager.' }),
        attr({ name: '$ref', type: 'reference', referenceTypes: ['User'], caseExact: true, description: 'The URI of the SCIM resource representing the manager.' }),
        attr({ name: 'displayName', mutability: 'readOnly', description: "The displayName of the manager. Read-only: the Identity Store keeps only the manager's id." }),
      ],
    }),
  ],
};
