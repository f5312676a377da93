/** The 404 every /Groups/{id} operation answers for a missing or malformed id (RFC 7644 section 3.12). */
import { ScimError } from '../../scim/errors.ts';

export function groupNotFound(id: string): ScimError {
  return ScimError.notFound(`Group ${id} not found`);
}
