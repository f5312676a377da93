/** Opaque page tokens: round trip, binding to operation/store/query, tamper detection, paging after deletions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageTokens, paginate } from '../../../src/emulator/state/page-token.ts';
import { IdentityStoreError } from '../../../src/emulator/wire/identity-store-error.ts';

const invalid = (error: unknown): boolean => error instanceof IdentityStoreError && error.type === 'ValidationException';

describe('PageTokens', () => {
  const tokens = new PageTokens();

  it('round-trips the position and stays inside the NextToken pattern', () => {
    const token = tokens.issue('ListUsers', 'd-1234567890', '', 17);
    assert.match(token, /^[-a-zA-Z0-9+=/:_]*$/);
    assert.equal(tokens.resume(token, 'ListUsers', 'd-1234567890', ''), 17);
  });

  it('refuses a token of another operation, store, query or emulator', () => {
    const token = tokens.issue('ListGroupMemberships', 'd-1234567890', 'group-a', 3);
    assert.throws(() => tokens.resume(token, 'ListUsers', 'd-1234567890', 'group-a'), invalid);
    assert.throws(() => tokens.resume(token, 'ListGroupMemberships', 'd-0000000000', 'group-a'), invalid);
    assert.throws(() => tokens.resume(token, 'ListGroupMemberships', 'd-1234567890', 'group-b'), invalid);
    assert.throws(() => new PageTokens().resume(token, 'ListGroupMemberships', 'd-1234567890', 'group-a'), invalid);
  });

  it('refuses forged and malformed tokens', () => {
    const token = tokens.issue('ListUsers', 'd-1234567890', '', 1);
    const [payload, mac] = token.split(':') as [string, string];
    const forged = Buffer.from(JSON.stringify({ op: 'ListUsers', store: 'd-1234567890', scope: '', after: 99 })).toString('base64url');
    assert.throws(() => tokens.resume(`${forged}:${mac}`, 'ListUsers', 'd-1234567890', ''), invalid);
    for (const bad of ['', 'abc', `${payload}`, `${payload}:${mac}:x`, `${payload}:`]) {
      assert.throws(() => tokens.resume(bad, 'ListUsers', 'd-1234567890', ''), invalid, bad);
    }
  });
});

describe('paginate', () => {
  const items = [1, 2, 3, 4, 5].map((seq) => ({ seq }));
  const token = (after: number): string => `after-${after}`;

  it('returns full pages with a token, and the last page without one', () => {
    assert.deepEqual(paginate(items, 2, 0, token), { page: [{ seq: 1 }, { seq: 2 }], next: 'after-2' });
    assert.deepEqual(paginate(items, 2, 4, token), { page: [{ seq: 5 }], next: undefined });
    assert.deepEqual(paginate(items, 5, 0, token), { page: items, next: undefined });
  });

  it('resumes after the last item seen even when items before it were deleted', () => {
    const remaining = items.filter((i) => i.seq !== 1 && i.seq !== 3);
    assert.deepEqual(paginate(remaining, 2, 2, token).page, [{ seq: 4 }, { seq: 5 }]);
  });
});
