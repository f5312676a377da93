import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL, ENTRA, OKTA, openUserFixture, STORE_ID, userBody, type UserFixture, idOf } from './user-fixture.ts';

describe('externalId per IdP, adoption and page rendering', () => {
  let fixture: UserFixture;

  before(async () => { fixture = await openUserFixture(); });
  after(() => fixture.close());
  beforeEach(() => fixture.emulator.calls.clear());

  it('keeps each IdP\'s externalId to itself: the same value may name different users for two issuers', async () => {
    const a = await fixture.service().create(userBody('iso-a', { externalId: 'shared' }), ALL, OKTA);
    const b = await fixture.service().create(userBody('iso-b', { externalId: 'shared' }), ALL, ENTRA);
    assert.notEqual(a.resource.id, b.resource.id);
    const aForEntra = await fixture.service().get(idOf(a), ALL, ENTRA);
    assert.equal(aForEntra.resource.externalId, undefined);
    assert.equal((await fixture.service().get(idOf(a), ALL, OKTA)).resource.externalId, 'shared');
    assert.equal((await fixture.service().get(idOf(b), ALL, ENTRA)).resource.externalId, 'shared');
    // The version is per IdP too: what each sees differs.
    assert.notEqual(aForEntra.version, a.version);
  });

  it('adopts users made by AWS\'s own SCIM endpoint: their ExternalIds are the fallback, this issuer\'s first', async () => {
    fixture.emulator.seed({ stores: { [STORE_ID]: { users: [
      { UserName: 'adopted-1', DisplayName: 'A One', Name: { GivenName: 'A', FamilyName: 'One' }, ExternalIds: [{ Issuer: 'scim.aws', Id: 'first' }, { Issuer: 'entra', Id: 'mine' }] },
    ] } } });
    const id = await fixture.store.findUserId({ by: 'userName', value: 'adopted-1' });
    assert.ok(id !== undefined);
    assert.equal((await fixture.service().get(id, ALL, OKTA)).resource.externalId, 'first');
    assert.equal((await fixture.service().get(id, ALL, ENTRA)).resource.externalId, 'mine');
    // A PATCH that keeps the adopted value records it in gateway state; a state link then wins.
    await fixture.service().patch(id, { Operations: [{ op: 'replace', path: 'title', value: 'Adopted' }] }, ALL, OKTA, {});
    assert.equal(await fixture.state.findResourceIdByExternalId('User', 'okta', 'first'), id);
    await fixture.service().patch(id, { Operations: [{ op: 'replace', path: 'externalId', value: 'okta-own' }] }, ALL, OKTA, {});
    assert.equal((await fixture.service().get(id, ALL, OKTA)).resource.externalId, 'okta-own');
  });

  it('renders a page with one batched externalId read and the same versions as single reads', async () => {
    const service = fixture.service();
    const x = await service.create(userBody('page-x', { externalId: 'px' }), ALL, OKTA);
    const y = await service.create(userBody('page-y', { active: false }), ALL, OKTA);
    const users = await Promise.all([x, y].map(async (r) => (await fixture.store.describeUser(idOf(r), { enterprise: true }))!));
    const state = fixture.state;
    let batches = 0;
    const original = state.externalIdsFor.bind(state);
    state.externalIdsFor = async (...args) => { batches += 1; return original(...args); };
    try {
      const page = await service.render(users, OKTA);
      assert.equal(batches, 1);
      assert.deepEqual(page.map((u) => [u.userName, u.externalId, u.active]), [['page-x', 'px', true], ['page-y', undefined, false]]);
      assert.deepEqual(page.map((u) => (u.meta as { version: string }).version), [x.version, y.version]);
    } finally {
      state.externalIdsFor = original;
    }
  });
});
