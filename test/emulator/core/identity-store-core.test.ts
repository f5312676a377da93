/** The in-process core without HTTP: the same operations, a pinned clock, change notifications for persistence. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdentityStoreCore } from '../../../src/emulator/core/identity-store-core.ts';
import { IdentityStoreError } from '../../../src/emulator/wire/identity-store-error.ts';

const IdentityStoreId = 'd-1234567890';
const caller = { actor: 'unit-test' };

describe('IdentityStoreCore', () => {
  it('runs operations in process with the given clock and caller, and reports writes only', () => {
    let changes = 0;
    const core = new IdentityStoreCore({ clock: () => new Date('2025-05-06T07:08:09.500Z'), onChange: () => (changes += 1) });
    const { UserId } = core.invoke('CreateUser', { IdentityStoreId, UserName: 'alice', DisplayName: 'Alice', Name: { GivenName: 'A', FamilyName: 'L' } }, caller);
    assert.equal(changes, 1);
    const user = core.invoke('DescribeUser', { IdentityStoreId, UserId }, caller);
    assert.equal(changes, 1);
    assert.equal(user['CreatedAt'], Date.parse('2025-05-06T07:08:09.500Z') / 1000);
    assert.equal(user['CreatedBy'], 'unit-test');
    assert.equal(user['UserStatus'], 'ENABLED');
  });

  it('throws IdentityStoreErrors with the wire type and status', () => {
    const core = new IdentityStoreCore({ knownIdentityStoreIds: [IdentityStoreId] });
    assert.throws(
      () => core.invoke('ListGroups', { IdentityStoreId: 'd-0000000000' }, caller),
      (error: unknown) => error instanceof IdentityStoreError && error.type === 'ResourceNotFoundException' && error.status === 400 && error.members.ResourceType === 'IDENTITY_STORE',
    );
    assert.throws(
      () => core.invoke('ListGroups', {}, caller),
      (error: unknown) => error instanceof IdentityStoreError && error.type === 'ValidationException',
    );
    assert.deepEqual(core.invoke('ListGroups', { IdentityStoreId }, caller), { Groups: [] });
  });

  it('snapshots and resets', () => {
    const core = new IdentityStoreCore();
    core.invoke('CreateGroup', { IdentityStoreId, DisplayName: 'Eng' }, caller);
    assert.equal(core.snapshot().stores[IdentityStoreId]?.groups?.[0]?.DisplayName, 'Eng');
    core.reset();
    assert.deepEqual(core.snapshot(), { stores: {} });
  });
});
