/**
 * POST, PUT and PATCH /Users answer from what they wrote, without a DescribeUser read-back
 * (decision 0008). That is only honest if the answer says what a read says: for every request the
 * gateway accepts, the representation must equal the next GET's (everything but
 * `meta.created`/`lastModified`, which come from the gateway's clock) and carry the same ETag.
 * Generated users and PATCH operations run against the embedded emulator in both deactivation
 * modes that keep a deactivated user; fixed creates run against moto, an Identity Store
 * implementation we did not write (it has no UpdateUser, so PUT and PATCH cannot run there).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzSeed, reproduceHint } from '../fuzz/support/fuzz-seed.ts';
import { ENTERPRISE_SCHEMA, USER_SCHEMA, newUser, startScimGateway, startScimGatewayWithMoto, type ScimGateway } from '../helpers/scim-gateway.ts';

const FILE = 'test/http/users/writes-answer-as-read.test.ts';
const RUNS = 120;

type Json = Record<string, unknown>;

const text = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .'-]{0,20}$/);
const address = fc.record({
  formatted: text, streetAddress: text, locality: text, region: text, postalCode: fc.stringMatching(/^[0-9]{5}$/),
  country: fc.constantFrom('US', 'DE', 'FR'), type: fc.constantFrom('work', 'home'), primary: fc.boolean(),
}, { requiredKeys: [] });

/** Users the gateway should accept: every attribute the store holds, several values where SCIM allows them. */
function userBody(serial: number): fc.Arbitrary<Json> {
  const userName = `as-read-${serial}@example.com`;
  return fc.record({
    schemas: fc.constantFrom([USER_SCHEMA], [USER_SCHEMA, ENTERPRISE_SCHEMA]),
    name: fc.record({ givenName: text, familyName: text, formatted: text, middleName: text, honorificPrefix: text, honorificSuffix: text }, { requiredKeys: ['givenName', 'familyName'] }),
    displayName: text,
    nickName: text,
    profileUrl: fc.constantFrom('https://example.com/profile', 'https://intranet.example.org/u/1'),
    externalId: fc.constant(`ext-${serial}`),
    active: fc.boolean(),
    title: text,
    userType: fc.constantFrom('Employee', 'Contractor'),
    preferredLanguage: fc.constantFrom('en-US', 'de-DE'),
    locale: fc.constantFrom('en-US', 'fr-FR'),
    timezone: fc.constantFrom('Europe/Paris', 'America/New_York'),
    emails: fc.array(fc.record({ value: fc.constantFrom(userName, `other-${serial}@example.org`), type: fc.constantFrom('work', 'home', 'other'), primary: fc.boolean() }, { requiredKeys: ['value'] }), { maxLength: 3 }),
    phoneNumbers: fc.array(fc.record({ value: fc.stringMatching(/^\+1 555 [0-9]{4}$/), type: fc.constantFrom('work', 'mobile'), primary: fc.boolean() }, { requiredKeys: ['value'] }), { maxLength: 2 }),
    addresses: fc.array(address, { maxLength: 2 }),
    photos: fc.array(fc.record({ value: fc.constantFrom('https://example.com/a.png', 'https://example.com/b.jpg'), type: fc.constantFrom('photo', 'thumbnail') }), { maxLength: 3 }),
    roles: fc.array(fc.record({ value: text, type: text, primary: fc.boolean() }, { requiredKeys: ['value'] }), { maxLength: 2 }),
    [ENTERPRISE_SCHEMA]: fc.record({ employeeNumber: fc.stringMatching(/^[0-9]{1,6}$/), costCenter: text, organization: text, division: text, department: text }, { requiredKeys: [] }),
  }, { requiredKeys: ['schemas', 'name'] }).map((body) => ({ ...body, userName }));
}

/** PATCH operations over every kind of path the diff writes: scalars, name parts, lists, the extension, status, externalId. */
function patchOperation(serial: number): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.record({ op: fc.constantFrom('replace', 'add'), path: fc.constantFrom('title', 'nickName', 'displayName', 'userType', 'locale', 'name.givenName', 'name.middleName', 'name.familyName'), value: text }),
    fc.record({ op: fc.constant('remove'), path: fc.constantFrom('title', 'nickName', 'userType', 'locale', 'name.middleName', 'name.formatted', 'emails', 'phoneNumbers', 'addresses', 'roles', 'photos') }),
    fc.record({ op: fc.constant('add'), path: fc.constant('emails'), value: fc.array(fc.record({ value: fc.constantFrom(`patched-${serial}@example.com`, `second-${serial}@example.org`), type: fc.constantFrom('work', 'home'), primary: fc.boolean() }), { minLength: 1, maxLength: 2 }) }),
    fc.record({ op: fc.constant('replace'), path: fc.constant('phoneNumbers'), value: fc.array(fc.record({ value: fc.stringMatching(/^\+1 555 [0-9]{4}$/), type: fc.constant('mobile') }), { minLength: 1, maxLength: 1 }) }),
    fc.record({ op: fc.constant('replace'), path: fc.constant('addresses'), value: fc.array(address, { minLength: 1, maxLength: 1 }) }),
    fc.record({ op: fc.constantFrom('replace', 'add'), path: fc.constantFrom(`${ENTERPRISE_SCHEMA}:department`, `${ENTERPRISE_SCHEMA}:costCenter`, `${ENTERPRISE_SCHEMA}:employeeNumber`), value: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) }),
    fc.record({ op: fc.constant('remove'), path: fc.constantFrom(`${ENTERPRISE_SCHEMA}:department`, `${ENTERPRISE_SCHEMA}:division`, `${ENTERPRISE_SCHEMA}:manager`) }),
    fc.record({ op: fc.constant('replace'), path: fc.constant('active'), value: fc.boolean() }),
    fc.record({ op: fc.constant('replace'), path: fc.constant('externalId'), value: fc.constantFrom(`ext-${serial}`, `relinked-${serial}`) }),
    // Path-less, as Entra and Okta send it.
    fc.record({ op: fc.constant('replace'), value: fc.record({ title: text, active: fc.boolean() }, { requiredKeys: [] }) }),
  );
}

function withoutTimestamps(body: Json): Json {
  const { meta, ...rest } = body;
  const { created: _created, lastModified: _lastModified, ...stable } = meta as Json;
  return { ...rest, meta: stable };
}

type Answer = { readonly status: number; readonly text: string; readonly body: unknown; readonly headers: Record<string, string | undefined> };

/** Asserts that `answer` (a 200/201 with a user) is what a GET of that user now answers, ETag included. */
async function assertAnswersAsRead(scim: ScimGateway, answer: Answer, request: string): Promise<void> {
  const id = (answer.body as { id: string }).id;
  const read = await scim.get(`/Users/${id}`);
  assert.equal(read.status, 200, read.text);
  assert.deepEqual(withoutTimestamps(answer.body as Json), withoutTimestamps(read.body as Json), `the answer to ${request} is not what a read shows`);
  assert.equal(answer.headers['etag'], read.headers['etag']);
  assert.equal((answer.body as { meta: { version: string } }).meta.version, answer.headers['etag']);
}

/** POSTs `body`; when accepted, asserts the next GET answers the same representation and ETag. */
async function assertCreateAnswersAsRead(scim: ScimGateway, body: Json): Promise<'created' | 'refused'> {
  const created = await scim.post('/Users', body);
  if (created.status !== 201) {
    assert.equal(created.status, 400, `only a 400 may refuse a generated body: ${created.status} ${created.text}`);
    return 'refused';
  }
  await assertAnswersAsRead(scim, created, `POST ${JSON.stringify(body)}`);
  return 'created';
}

for (const mode of ['status', 'suspend-memberships'] as const) {
  describe(`POST /Users answers what a GET then reads (emulator, SCIM_BRIDGE_DEACTIVATION=${mode})`, () => {
    let scim: ScimGateway;
    // Hundreds of requests a second from one token: the per-token limit is not what is tested here.
    before(async () => { scim = await startScimGateway({ SCIM_BRIDGE_DEACTIVATION: mode, SCIM_BRIDGE_RATE_LIMIT_RPS: '0' }); });
    after(() => scim.close());

    it(`holds for ${RUNS} generated users`, async () => {
      const seed = fuzzSeed();
      console.log(`# ${FILE} (${mode}) seed ${seed}`);
      let serial = 0;
      let createdCount = 0;
      const property = fc.asyncProperty(fc.nat().chain(() => userBody((serial += 1))), async (body) => {
        if ((await assertCreateAnswersAsRead(scim, body)) === 'created') createdCount += 1;
      });
      try {
        // No shrinking: every attempt creates a user, and the failing body is in the message.
        await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true });
      } catch (error) {
        throw new Error(`${reproduceHint(seed, FILE)}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      // The generator targets valid users; a run that created almost nothing proved nothing.
      assert.ok(createdCount >= RUNS * 0.9, `only ${createdCount} of ${RUNS} generated users were created`);
    });

    it(`holds for PATCH and PUT of ${RUNS} generated users`, async () => {
      const seed = fuzzSeed();
      console.log(`# ${FILE} (${mode}, updates) seed ${seed}`);
      let serial = 10_000;
      let updated = 0;
      const change = fc.nat().chain(() => {
        serial += 1;
        return fc.record({
          user: userBody(serial),
          patches: fc.array(fc.array(patchOperation(serial), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
          replacement: userBody(serial),
        });
      });
      const property = fc.asyncProperty(change, async ({ user, patches, replacement }) => {
        const created = await scim.post('/Users', user);
        if (created.status !== 201) return;
        const location = `/Users/${(created.body as { id: string }).id}`;
        for (const operations of patches) {
          const patched = await scim.patch(location, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations });
          if (patched.status !== 200) {
            assert.equal(patched.status, 400, `only a 400 may refuse a generated PATCH: ${patched.status} ${patched.text}`);
            continue;
          }
          updated += 1;
          await assertAnswersAsRead(scim, patched, `PATCH ${JSON.stringify(operations)}`);
        }
        const replaced = await scim.put(location, replacement);
        if (replaced.status !== 200) {
          assert.equal(replaced.status, 400, `only a 400 may refuse a generated PUT: ${replaced.status} ${replaced.text}`);
          return;
        }
        updated += 1;
        await assertAnswersAsRead(scim, replaced, `PUT ${JSON.stringify(replacement)}`);
      });
      try {
        await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true });
      } catch (error) {
        throw new Error(`${reproduceHint(seed, FILE)}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      assert.ok(updated >= RUNS, `only ${updated} updates were accepted`);
    });

    it('holds for a user whose manager is another user', async () => {
      const manager = await scim.post('/Users', newUser(`manager-${mode}@example.com`));
      assert.equal(manager.status, 201, manager.text);
      const managerId = (manager.body as { id: string }).id;
      const outcome = await assertCreateAnswersAsRead(scim, newUser(`report-${mode}@example.com`, {
        schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
        [ENTERPRISE_SCHEMA]: { department: 'R&D', manager: { value: managerId } },
      }));
      assert.equal(outcome, 'created');
    });
  });
}

describe('POST /Users answers what a GET then reads (moto)', () => {
  let scim: ScimGateway;
  before(async () => { scim = await startScimGatewayWithMoto(); });
  after(() => scim.close());

  it('holds for a minimal user and for one with every attribute moto stores', async () => {
    assert.equal(await assertCreateAnswersAsRead(scim, newUser('moto-as-read-1@example.com')), 'created');
    assert.equal(await assertCreateAnswersAsRead(scim, newUser('moto-as-read-2@example.com', {
      externalId: 'moto-ext-2',
      name: { givenName: 'Ada', familyName: 'Lovelace', formatted: 'Ada Lovelace', middleName: 'King', honorificPrefix: 'Lady' },
      nickName: 'Ada',
      profileUrl: 'https://example.com/ada',
      title: 'Analyst',
      userType: 'Employee',
      preferredLanguage: 'en-GB',
      locale: 'en-GB',
      timezone: 'Europe/London',
      emails: [{ value: 'moto-as-read-2@example.com', type: 'work', primary: true }, { value: 'ada@example.org', type: 'home' }],
      phoneNumbers: [{ value: '+44 20 7946 0000', type: 'work', primary: true }],
      addresses: [{ streetAddress: '12 St James Square', locality: 'London', postalCode: 'SW1Y 4JH', country: 'GB', type: 'work', primary: true }],
    })), 'created');
  });
});
