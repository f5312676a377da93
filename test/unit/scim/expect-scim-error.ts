/**
 * Asserts that `run` fails with a ScimError of the given status, scimType and a detail fragment
 * (style practice 12), and returns it for further checks.
 */
import assert from 'node:assert/strict';
import type { ScimErrorStatus, ScimType } from '../../../src/scim/errors.ts';
import { ScimError } from '../../../src/scim/errors.ts';

export interface ExpectedScimError {
  readonly status: ScimErrorStatus;
  readonly scimType?: ScimType;
  readonly detail: string | RegExp;
}

export function expectScimError(run: () => unknown, expected: ExpectedScimError): ScimError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ScimError, `expected a ScimError, got ${String(caught)}`);
  assert.equal(caught.status, expected.status);
  assert.equal(caught.scimType, expected.scimType);
  if (typeof expected.detail === 'string') assert.ok(caught.detail.includes(expected.detail), `detail "${caught.detail}" lacks "${expected.detail}"`);
  else assert.match(caught.detail, expected.detail);
  return caught;
}
