/**
 * The two resource types this gateway serves (RFC 7643 section 6) with their schemas: what the
 * filter evaluator, PATCH applier, projection, validation and `/ResourceTypes` take.
 */
import { ENTERPRISE_USER_SCHEMA, ENTERPRISE_USER_SCHEMA_ID } from './enterprise-user-schema.ts';
import { GROUP_SCHEMA, GROUP_SCHEMA_ID } from './group-schema.ts';
import type { ResourceSchema } from './types.ts';
import { USER_SCHEMA, USER_SCHEMA_ID } from './user-schema.ts';

export const USER_RESOURCE_SCHEMA: ResourceSchema = {
  resourceType: {
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'User Account',
    schema: USER_SCHEMA_ID,
    // Optional: most IdPs send users without the enterprise attributes.
    schemaExtensions: [{ schema: ENTERPRISE_USER_SCHEMA_ID, required: false }],
  },
  core: USER_SCHEMA,
  extensions: [ENTERPRISE_USER_SCHEMA],
};

export const GROUP_RESOURCE_SCHEMA: ResourceSchema = {
  resourceType: {
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    description: 'Group',
    schema: GROUP_SCHEMA_ID,
    schemaExtensions: [],
  },
  core: GROUP_SCHEMA,
  extensions: [],
};

export const RESOURCE_SCHEMAS: readonly ResourceSchema[] = [USER_RESOURCE_SCHEMA, GROUP_RESOURCE_SCHEMA];
