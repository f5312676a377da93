/**
 * `If-Match` (RFC 7644 section 3.14, RFC 9110 section 13.1.1) for Users and Groups: a mismatch is
 * 412 and nothing is written. Tag comparison is entityTagListMatches, shared with If-None-Match.
 */
import { entityTagListMatches } from '../scim/entity-tag-list-matches.ts';
import { ScimError } from '../scim/errors.ts';
import type { Preconditions } from './resource-service.ts';

export function checkIfMatch(preconditions: Preconditions, version: string, what: string): void {
  if (preconditions.ifMatch === undefined) return;
  if (!entityTagListMatches(preconditions.ifMatch, version)) {
    throw ScimError.preconditionFailed(`${what} has changed: its version is ${version}, not ${preconditions.ifMatch}`);
  }
}
