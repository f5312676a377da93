import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, OKTA, openUserFixture, rejectsScim, userBody, USER_URN, type UserFixture, idOf } from './user-fixture.ts';

describe('UserService.create', () => {
  let fixture: UserFixture;

  before(async () => { fixture = await openUserFixture(); });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('creates with CreateUser alone (no read-back), never sending the password', async () => {
    const result = await fixture.service().create(userBody('create-1', { password: 'hunter2', externalId: 'okta-1' }), ALL, OKTA);
    assert.deepEqual(fixture.operations(), ['CreateUser']);
    assert.doesNotMatch(JSON.stringify(fixture.emulator.calls.list()[0]?.input), /hunter2/);
    assert.equal(result.resource.externalId, 'okta-1');
    assert.equal(result.resource.active, true);
    assert.equal(result.resource.password, undefined);
    assert.equal(typeof (result.resource.meta as { created?: unknown }).created, 'string');
    assert.equal(result.location, `${OKTA.baseUrl}/Users/${idOf(result)}`);
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'okta-1'), result.resource.id);
    // A later read answers the same version and the same representation (timestamps aside).
    const read = await fixture.service().get(idOf(result), ALL, OKTA);
    assert.equal(read.version, result.version);
    const { meta: _createdMeta, ...created } = result.resource;
    const { meta: _readMeta, ...stored } = read.resource;
    assert.deepEqual(created, stored);
  });

  it('derives displayName from name.formatted, else given and family name, else userName', async () => {
    const formatted = await fixture.service().create(userBody('derive-1', { displayName: undefined, name: { formatted: 'Ms. B. Jensen', givenName: 'B', familyName: 'J' } }), ALL, OKTA);
    assert.equal(formatted.resource.displayName, 'Ms. B. Jensen');
    const parts = await fixture.service().create(userBody('derive-2', { displayName: undefined }), ALL, OKTA);
    assert.equal(parts.resource.displayName, 'Barbara Jensen');
  });

  for (const [userName, fragment] of [['a<b', 'character "<"'], ['a;b', 'character ";"'], ['a%b', 'character "%"'], ['a:b', 'character ":"'], ['tab\there', 'control character U\\+0009'], ['ADMINISTRATOR', 'reserves'], ['awsadministrators', 'reserves']] as const) {
    it(`refuses userName ${JSON.stringify(userName)} before any call`, async () => {
      await rejectsScim(fixture.service().create(userBody(userName), ALL, OKTA), 400, 'invalidValue', new RegExp(fragment));
      assert.equal(fixture.emulator.calls.count(), 0);
    });
  }

  it('accepts a userName that only resembles a reserved one', async () => {
    const result = await fixture.service().create(userBody('administrator2'), ALL, OKTA);
    assert.equal(result.resource.userName, 'administrator2');
  });

  it('refuses a user without name.givenName or name.familyName before any call, naming what the store requires', async () => {
    await rejectsScim(fixture.service().create(userBody('noname', { name: { givenName: 'Ann' } }), ALL, OKTA), 400, 'invalidValue', /Identity Store requires name\.familyName/);
    await rejectsScim(fixture.service().create({ schemas: [USER_URN], userName: 'noname' }, ALL, OKTA), 400, 'invalidValue', /name\.givenName and name\.familyName/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('refuses an invalid body (no userName) before any call', async () => {
    await rejectsScim(fixture.service().create({ schemas: [USER_URN] }, ALL, OKTA), 400, 'invalidValue', /userName/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('answers 409 uniqueness for a duplicate userName (the store says so)', async () => {
    await fixture.service().create(userBody('dup'), ALL, OKTA);
    fixture.emulator.calls.clear();
    await rejectsScim(fixture.service().create(userBody('DUP'), ALL, OKTA), 409, 'uniqueness', /./);
    assert.deepEqual(fixture.operations(), ['CreateUser']);
  });

  it('answers 409 uniqueness for an externalId another user of this IdP holds, before CreateUser', async () => {
    await fixture.service().create(userBody('ext-a', { externalId: 'same' }), ALL, OKTA);
    fixture.emulator.calls.clear();
    await rejectsScim(fixture.service().create(userBody('ext-b', { externalId: 'same' }), ALL, OKTA), 409, 'uniqueness', /externalId "same"/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });

  it('deletes the new user again when linking the externalId fails after CreateUser', async () => {
    // A state that refuses writes: linking fails after the store created the user.
    const broken = Object.create(fixture.state) as typeof fixture.state;
    broken.linkExternalId = () => Promise.reject(new Error('state is down'));
    const { createUserService } = await import('../../../src/translate/users/create-user-service.ts');
    const service = createUserService({ store: fixture.store, state: broken, deactivation: 'status', list: () => Promise.reject(new Error('unused')) });
    await assert.rejects(service.create(userBody('half', { externalId: 'half-1' }), ALL, OKTA), /state is down/);
    assert.deepEqual(fixture.operations(), ['CreateUser', 'DeleteUser']);
    assert.equal(await fixture.store.findUserId({ by: 'userName', value: 'half' }), undefined);
  });

  it('status mode: active:false is CreateUser then UpdateUser userStatus DISABLED', async () => {
    const result = await fixture.service('status').create(userBody('inactive-1', { active: false }), ALL, OKTA);
    assert.deepEqual(fixture.operations(), ['CreateUser', 'UpdateUser']);
    const update = fixture.emulator.calls.list()[1]?.input as { Operations: unknown[] };
    assert.deepEqual(update.Operations, [{ AttributePath: 'userStatus', AttributeValue: 'DISABLED' }]);
    assert.equal(result.resource.active, false);
    const read = await fixture.service('status').get(idOf(result), ALL, OKTA);
    assert.equal(read.resource.active, false);
    assert.equal(read.version, result.version);
  });

  it('suspend-memberships mode: active:false is remembered as suspended with nothing to restore', async () => {
    const result = await fixture.service('suspend-memberships').create(userBody('inactive-2', { active: false }), ALL, OKTA);
    assert.deepEqual(fixture.operations(), ['CreateUser']);
    assert.equal(result.resource.active, false);
    assert.deepEqual(await fixture.state.peekSuspendedMemberships(idOf(result)), []);
    const read = await fixture.service('suspend-memberships').get(idOf(result), ALL, OKTA);
    assert.equal(read.resource.active, false);
    assert.equal(read.version, result.version);
  });

  it('delete mode: active:false is refused with 400 and nothing is created', async () => {
    await rejectsScim(fixture.service('delete').create(userBody('inactive-3', { active: false }), ALL, OKTA), 400, 'invalidValue', /SCIM_BRIDGE_DEACTIVATION is "delete"/);
    assert.equal(fixture.emulator.calls.count(), 0);
  });
});
