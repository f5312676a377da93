/**
 * Builds an attribute definition (RFC 7643 section 7) from the few characteristics that differ
 * from the defaults RFC 7643 section 2.2 gives: string, single-valued, not required, not
 * case-exact, readWrite, returned by default, no uniqueness. Spelling every characteristic out
 * for ~60 attributes would bury the ones that matter.
 */
import type { AttributeDefinition } from './types.ts';

export type AttributeSpec = Partial<AttributeDefinition> & Pick<AttributeDefinition, 'name' | 'description'>;

export function defineAttribute(spec: AttributeSpec): AttributeDefinition {
  return {
    type: 'string',
    multiValued: false,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...spec,
  };
}
