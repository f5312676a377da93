/**
 * Attributes every resource carries outside its schema (RFC 7643 section 3.1): `id`,
 * `externalId` and `meta`. They are resolved like schema attributes so filters, PATCH and
 * projection treat them uniformly.
 */
import type { AttributeDefinition } from './types.ts';

const base = { multiValued: false, required: false, uniqueness: 'none', description: '' } as const;

const metaSub = (name: string, type: AttributeDefinition['type'], caseExact = false): AttributeDefinition => ({
  ...base, name, type, caseExact, mutability: 'readOnly', returned: 'default',
});

export const COMMON_ATTRIBUTES: readonly AttributeDefinition[] = [
  { ...base, name: 'id', type: 'string', caseExact: true, mutability: 'readOnly', returned: 'always', uniqueness: 'server',
    description: 'Identifier assigned by the Identity Store.' },
  { ...base, name: 'externalId', type: 'string', caseExact: true, mutability: 'readWrite', returned: 'default',
    description: "The IdP's identifier, kept in gateway state per IdP (token subject)." },
  { ...base, name: 'meta', type: 'complex', caseExact: false, mutability: 'readOnly', returned: 'default',
    description: 'Resource metadata.',
    subAttributes: [
      metaSub('resourceType', 'string', true),
      metaSub('created', 'dateTime'),
      metaSub('lastModified', 'dateTime'),
      metaSub('location', 'reference', true),
      metaSub('version', 'string', true),
    ] },
];
