/** The 404 every /Users/{id} operation answers for a missing or malformed id (RFC 7644 section 3.12). */
import { ScimError } from '../../scim/errors.ts';

export function userNotFound(id: string): ScimError {
  return ScimError.notFound(`User ${id} not found`);
}
