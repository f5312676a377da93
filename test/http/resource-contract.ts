/**
 * The contract every SCIM resource endpoint keeps (RFC 7644 sections 3.3-3.6, 3.4.2, 3.4.3,
 * 3.9, 3.12, 3.14; RFC 9865), written once and run for Users and Groups over real HTTP against
 * the whole gateway (style.md practice 13). What differs between the types is in the
 * ResourceTypeUnderTest a test file passes in; behaviour only one type has lives in that type's
 * own test files.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { bodyAs, type ErrorBody } from './helpers/test-app.ts';
import { LIST_RESPONSE, PATCH_OP, SCIM_JSON, operations, startScimGateway, type ScimGateway } from './helpers/scim-gateway.ts';

export interface ResourceTypeUnderTest {
  /** `/Users`, `/Groups`. */
  readonly endpoint: string;
  readonly coreSchema: string;
  /** The attribute unique per resource that filters look up by (`userName`, `displayName`); case-insensitive. */
  readonly uniqueAttribute: string;
  /** A value for the unique attribute built from `label` (e.g. `label@example.com`); keeps `label`'s characters. */
  uniqueValue(label: string): string;
  /** A valid new resource whose unique attribute is `unique` and optional string attribute is `optional` when given. */
  newBody(unique: string, optional?: string): Record<string, unknown>;
  /** A string attribute that is not required and that PUT, PATCH and projection can change (`title`, `externalId`). */
  readonly optionalAttribute: string;
}

interface Resource {
  readonly id: string;
  readonly schemas: readonly string[];
  readonly meta?: { readonly location: string; readonly version: string; readonly resourceType: string };
  readonly [attribute: string]: unknown;
}

interface ListBody {
  readonly schemas: readonly string[];
  readonly totalResults: number;
  readonly itemsPerPage: number;
  readonly startIndex: number;
  readonly nextCursor?: string;
  readonly Resources: readonly Resource[];
}

const UNKNOWN_ID = '0123456789-aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

export function assertScimError(res: { status: number; text: string; headers: Record<string, string>; body: unknown }, status: number, scimType?: string, detail?: RegExp): void {
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers['content-type'], SCIM_JSON);
  const body = bodyAs<ErrorBody>(res);
  assert.deepEqual(body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
  assert.equal(body.status, String(status));
  assert.equal(body.scimType, scimType);
  if (detail !== undefined) assert.match(body.detail, detail);
}

export function resourceContract(type: ResourceTypeUnderTest): void {
  const { endpoint, uniqueAttribute, optionalAttribute } = type;
  const noun = endpoint.slice(1);
  let scim: ScimGateway;
  let seq = 0;

  const label = (prefix: string): string => {
    seq += 1;
    return `${prefix}-${String(seq)}`;
  };
  async function create(optional?: string): Promise<Resource> {
    const res = await scim.post(endpoint, type.newBody(type.uniqueValue(label('contract')), optional));
    assert.equal(res.status, 201, res.text);
    return bodyAs<Resource>(res);
  }
  const filterFor = (text: string): string => `filter=${encodeURIComponent(text)}`;

  describe(`${endpoint}: resource contract`, () => {
    before(async () => {
      scim = await startScimGateway();
    });
    after(async () => {
      await scim.close();
    });

    describe('authentication and scopes', () => {
      it('401 with a Bearer challenge without a token, and the Identity Store sees nothing', async () => {
        scim.emulator?.calls.clear();
        const res = await scim.get(endpoint, '');
        assertScimError(res, 401);
        assert.match(String(res.headers['www-authenticate']), /^Bearer/);
        assert.deepEqual(operations(scim.emulator), []);
      });

      it('a scim:read token may list and get but not write (403 insufficient_scope, no store call)', async () => {
        const resource = await create();
        const reader = scim.tokenFor(['scim:read']);
        assert.equal((await scim.get(endpoint, reader)).status, 200);
        assert.equal((await scim.get(`${endpoint}/${resource.id}`, reader)).status, 200);
        scim.emulator?.calls.clear();
        for (const res of [
          await scim.post(endpoint, type.newBody(type.uniqueValue(label('reader'))), reader),
          await scim.put(`${endpoint}/${resource.id}`, type.newBody(String(resource[uniqueAttribute])), reader),
          await scim.patch(`${endpoint}/${resource.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: optionalAttribute, value: 'x' }] }, reader),
          await scim.delete(`${endpoint}/${resource.id}`, reader),
        ]) {
          assertScimError(res, 403, undefined, /scim:write/);
          assert.match(String(res.headers['www-authenticate']), /insufficient_scope/);
        }
        assert.deepEqual(operations(scim.emulator), []);
      });

      it('a scim:write token may read what it provisions', async () => {
        const resource = await create();
        assert.equal((await scim.get(`${endpoint}/${resource.id}`, scim.tokenFor(['scim:write']))).status, 200);
      });
    });

    describe(`POST ${endpoint}`, () => {
      it('201 with Location, ETag = meta.version, scim+json, the core schema', async () => {
        const unique = type.uniqueValue(label('create'));
        const res = await scim.post(endpoint, type.newBody(unique, 'Created'));
        assert.equal(res.status, 201, res.text);
        assert.equal(res.headers['content-type'], SCIM_JSON);
        const resource = bodyAs<Resource>(res);
        assert.equal(resource[uniqueAttribute], unique);
        assert.equal(resource[optionalAttribute], 'Created');
        assert.ok(resource.schemas.includes(type.coreSchema));
        assert.equal(res.headers['location'], `${scim.gateway.url}${endpoint}/${resource.id}`);
        assert.equal(resource.meta?.location, res.headers['location']);
        assert.equal(resource.meta?.resourceType, type.coreSchema.split(':').pop());
        assert.equal(res.headers['etag'], resource.meta?.version);
        assert.match(String(resource.meta?.version), /^W\/".+"$/);
      });

      it('accepts application/json too', async () => {
        const res = await request(scim.origin).post(`/scim/v2${endpoint}`).set('Authorization', `Bearer ${scim.token}`).send(type.newBody(type.uniqueValue(label('json'))));
        assert.equal(res.status, 201, res.text);
      });

      it('honours ?attributes= on the answer (RFC 7644 section 3.9)', async () => {
        const res = await scim.post(`${endpoint}?attributes=${uniqueAttribute}`, type.newBody(type.uniqueValue(label('selected')), 'Hidden'));
        assert.equal(res.status, 201, res.text);
        const resource = bodyAs<Resource>(res);
        assert.ok(resource.id);
        assert.ok(resource[uniqueAttribute]);
        assert.equal(resource[optionalAttribute], undefined);
      });

      it(`409 uniqueness for a duplicate ${uniqueAttribute} (case-insensitive)`, async () => {
        const unique = type.uniqueValue(label('dup'));
        assert.equal((await scim.post(endpoint, type.newBody(unique))).status, 201);
        assertScimError(await scim.post(endpoint, type.newBody(unique.toUpperCase())), 409, 'uniqueness');
      });

      it('400 invalidSyntax for malformed JSON, without calling the store', async () => {
        scim.emulator?.calls.clear();
        const res = await request(scim.origin).post(`/scim/v2${endpoint}`).set('Authorization', `Bearer ${scim.token}`).type('application/scim+json').send('{"schemas": [');
        assertScimError(res, 400, 'invalidSyntax');
        assert.deepEqual(operations(scim.emulator), []);
      });

      it('400 naming the accepted media types for another Content-Type', async () => {
        scim.emulator?.calls.clear();
        const res = await request(scim.origin).post(`/scim/v2${endpoint}`).set('Authorization', `Bearer ${scim.token}`).type('text/plain').send(JSON.stringify(type.newBody(type.uniqueValue(label('text')))));
        assertScimError(res, 400, 'invalidSyntax', /application\/scim\+json or application\/json/);
        assert.deepEqual(operations(scim.emulator), []);
      });

      it('400 for a body that is not an object', async () => {
        assertScimError(await scim.post(endpoint, ['not', 'an', 'object']), 400, 'invalidSyntax', /JSON object/);
      });

      it('400 for a body of another resource type (its core schema is missing)', async () => {
        assertScimError(await scim.post(endpoint, { ...type.newBody(type.uniqueValue(label('schemas'))), schemas: ['urn:example:Other'] }), 400, 'invalidSyntax', new RegExp(type.coreSchema));
      });

      it(`400 invalidValue before calling AWS for a ${uniqueAttribute} with a forbidden character`, async () => {
        scim.emulator?.calls.clear();
        assertScimError(await scim.post(endpoint, type.newBody(type.uniqueValue('bad<name'))), 400, 'invalidValue', /</);
        assert.deepEqual(operations(scim.emulator), []);
      });
    });

    describe(`GET ${endpoint}/{id}`, () => {
      it('200 with ETag; If-None-Match with the current version is 304 without a body', async () => {
        const resource = await create();
        const res = await scim.get(`${endpoint}/${resource.id}`);
        assert.equal(res.status, 200);
        assert.equal(res.headers['content-type'], SCIM_JSON);
        assert.equal(res.headers['etag'], resource.meta?.version);
        const cached = await scim.get(`${endpoint}/${resource.id}`).set('If-None-Match', String(resource.meta?.version));
        assert.equal(cached.status, 304);
        assert.equal(cached.text, '');
        assert.equal(cached.headers['etag'], resource.meta?.version);
        assert.equal((await scim.get(`${endpoint}/${resource.id}`).set('If-None-Match', 'W/"stale"')).status, 200);
      });

      it('attributes / excludedAttributes shape the answer; id and schemas always come back; the version stays', async () => {
        const resource = await create('Shown');
        const only = await scim.get(`${endpoint}/${resource.id}?attributes=${optionalAttribute}`);
        assert.equal(bodyAs<Resource>(only)[optionalAttribute], 'Shown');
        assert.equal(bodyAs<Resource>(only).id, resource.id);
        assert.ok(bodyAs<Resource>(only).schemas.includes(type.coreSchema));
        assert.equal(bodyAs<Resource>(only)[uniqueAttribute], undefined);
        const without = await scim.get(`${endpoint}/${resource.id}?excludedAttributes=${optionalAttribute}`);
        assert.equal(bodyAs<Resource>(without)[optionalAttribute], undefined);
        assert.equal(bodyAs<Resource>(without)[uniqueAttribute], resource[uniqueAttribute]);
        assert.equal(only.headers['etag'], resource.meta?.version);
        assert.equal(without.headers['etag'], resource.meta?.version);
      });

      it('404 for a malformed id without calling the store, and for an unknown one', async () => {
        scim.emulator?.calls.clear();
        assertScimError(await scim.get(`${endpoint}/not-an-id`), 404);
        assert.deepEqual(operations(scim.emulator), []);
        assertScimError(await scim.get(`${endpoint}/${UNKNOWN_ID}`), 404, undefined, new RegExp(UNKNOWN_ID));
      });
    });

    describe(`GET ${endpoint} and POST ${endpoint}/.search`, () => {
      it(`filter ${uniqueAttribute} eq finds the resource (case-insensitive) as a ListResponse`, async () => {
        const resource = await create();
        const res = await scim.get(`${endpoint}?${filterFor(`${uniqueAttribute} eq "${String(resource[uniqueAttribute]).toUpperCase()}"`)}`);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers['content-type'], SCIM_JSON);
        const list = bodyAs<ListBody>(res);
        assert.deepEqual(list.schemas, [LIST_RESPONSE]);
        assert.equal(list.totalResults, 1);
        assert.equal(list.Resources[0]?.id, resource.id);
      });

      it('an IdP test connection (eq an unknown value, startIndex=1&count=100) is 200 with totalResults 0', async () => {
        const res = await scim.get(`${endpoint}?${filterFor(`${uniqueAttribute} eq "${type.uniqueValue('nobody-there')}"`)}&startIndex=1&count=100`);
        assert.equal(res.status, 200, res.text);
        assert.equal(bodyAs<ListBody>(res).totalResults, 0);
        assert.deepEqual(bodyAs<ListBody>(res).Resources, []);
      });

      it('400 invalidFilter for a filter that does not parse or names no attribute, without calling the store', async () => {
        scim.emulator?.calls.clear();
        assertScimError(await scim.get(`${endpoint}?${filterFor(`${uniqueAttribute} eq`)}`), 400, 'invalidFilter');
        assertScimError(await scim.get(`${endpoint}?${filterFor('noSuchAttribute eq "x"')}`), 400, 'invalidFilter');
        assertScimError(await scim.post(`${endpoint}/.search`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter: `${uniqueAttribute} zz "x"` }), 400, 'invalidFilter');
        assert.deepEqual(operations(scim.emulator), []);
      });

      it('pages with startIndex/count, sorted', async () => {
        const prefix = label('page');
        for (const i of [3, 0, 4, 1, 2]) assert.equal((await scim.post(endpoint, type.newBody(type.uniqueValue(`${prefix}-${String(i)}`)))).status, 201);
        const filter = filterFor(`${uniqueAttribute} sw "${prefix}-"`);
        const first = bodyAs<ListBody>(await scim.get(`${endpoint}?${filter}&startIndex=1&count=2&sortBy=${uniqueAttribute}`));
        assert.equal(first.totalResults, 5);
        assert.equal(first.itemsPerPage, 2);
        assert.equal(first.startIndex, 1);
        assert.deepEqual(first.Resources.map((r) => r[uniqueAttribute]), [0, 1].map((i) => type.uniqueValue(`${prefix}-${String(i)}`)));
        const last = bodyAs<ListBody>(await scim.get(`${endpoint}?${filter}&startIndex=5&count=2&sortBy=${uniqueAttribute}`));
        assert.equal(last.startIndex, 5);
        assert.deepEqual(last.Resources.map((r) => r[uniqueAttribute]), [type.uniqueValue(`${prefix}-4`)]);
        const descending = bodyAs<ListBody>(await scim.get(`${endpoint}?${filter}&count=1&sortBy=${uniqueAttribute}&sortOrder=descending`));
        assert.deepEqual(descending.Resources.map((r) => r[uniqueAttribute]), [type.uniqueValue(`${prefix}-4`)]);
        const none = bodyAs<ListBody>(await scim.get(`${endpoint}?${filter}&count=0`));
        assert.equal(none.totalResults, 5);
        assert.deepEqual(none.Resources, []);
      });

      it('pages with cursor/count (RFC 9865) and refuses a forged cursor with invalidCursor', async () => {
        const prefix = label('cursor');
        for (let i = 0; i < 3; i += 1) assert.equal((await scim.post(endpoint, type.newBody(type.uniqueValue(`${prefix}-${String(i)}`)))).status, 201);
        const filter = filterFor(`${uniqueAttribute} sw "${prefix}-"`);
        const seen: unknown[] = [];
        let res = await scim.get(`${endpoint}?${filter}&cursor&count=2`);
        for (;;) {
          assert.equal(res.status, 200, res.text);
          const page = bodyAs<ListBody>(res);
          seen.push(...page.Resources.map((r) => r[uniqueAttribute]));
          if (page.nextCursor === undefined) break;
          res = await scim.get(`${endpoint}?${filter}&cursor=${encodeURIComponent(page.nextCursor)}&count=2`);
        }
        assert.deepEqual(seen.map(String).sort(), [0, 1, 2].map((i) => type.uniqueValue(`${prefix}-${String(i)}`)));
        assertScimError(await scim.get(`${endpoint}?${filter}&cursor=forged&count=2`), 400, 'invalidCursor');
      });

      it(`POST ${endpoint}/.search takes the same query as a body`, async () => {
        const resource = await create('Searched');
        const res = await scim.post(`${endpoint}/.search`, {
          schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
          filter: `${uniqueAttribute} eq "${String(resource[uniqueAttribute])}"`,
          attributes: [uniqueAttribute],
          startIndex: 1,
          count: 10,
        });
        assert.equal(res.status, 200, res.text);
        const list = bodyAs<ListBody>(res);
        assert.equal(list.totalResults, 1);
        assert.equal(list.Resources[0]?.[uniqueAttribute], resource[uniqueAttribute]);
        assert.equal(list.Resources[0]?.[optionalAttribute], undefined);
      });

      it('a listed resource carries the same version as GET answers', async () => {
        const resource = await create('Listed');
        const list = bodyAs<ListBody>(await scim.get(`${endpoint}?${filterFor(`${uniqueAttribute} eq "${String(resource[uniqueAttribute])}"`)}`));
        const read = await scim.get(`${endpoint}/${resource.id}`);
        assert.equal(list.Resources[0]?.meta?.version, read.headers['etag']);
        assert.equal(list.Resources[0]?.meta?.version, resource.meta?.version);
      });
    });

    describe(`PUT ${endpoint}/{id}`, () => {
      it('replaces and answers with a new ETag', async () => {
        const resource = await create();
        const res = await scim.put(`${endpoint}/${resource.id}`, type.newBody(String(resource[uniqueAttribute]), 'Replaced')).set('If-Match', String(resource.meta?.version));
        assert.equal(res.status, 200, res.text);
        const replaced = bodyAs<Resource>(res);
        assert.equal(replaced[optionalAttribute], 'Replaced');
        assert.equal(res.headers['etag'], replaced.meta?.version);
        assert.notEqual(replaced.meta?.version, resource.meta?.version);
        assert.equal(bodyAs<Resource>(await scim.get(`${endpoint}/${resource.id}`))[optionalAttribute], 'Replaced');
      });

      it('412 with a stale If-Match, and nothing is written', async () => {
        const resource = await create();
        assert.equal((await scim.put(`${endpoint}/${resource.id}`, type.newBody(String(resource[uniqueAttribute]), 'First'))).status, 200);
        scim.emulator?.calls.clear();
        const res = await scim.put(`${endpoint}/${resource.id}`, type.newBody(String(resource[uniqueAttribute]), 'Second')).set('If-Match', String(resource.meta?.version));
        assertScimError(res, 412);
        assert.ok(operations(scim.emulator).every((operation) => operation.startsWith('Describe') || operation.startsWith('List')), operations(scim.emulator).join());
        assert.equal(bodyAs<Resource>(await scim.get(`${endpoint}/${resource.id}`))[optionalAttribute], 'First');
      });

      it('404 for an unknown id', async () => {
        assertScimError(await scim.put(`${endpoint}/${UNKNOWN_ID}`, type.newBody(type.uniqueValue(label('ghost')))), 404);
      });
    });

    describe(`PATCH ${endpoint}/{id}`, () => {
      it('200 with the patched resource; honours ?attributes= on the answer', async () => {
        const resource = await create();
        const res = await scim.patch(`${endpoint}/${resource.id}?attributes=${optionalAttribute}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: optionalAttribute, value: 'Patched' }] });
        assert.equal(res.status, 200, res.text);
        const patched = bodyAs<Resource>(res);
        assert.equal(patched[optionalAttribute], 'Patched');
        assert.equal(patched[uniqueAttribute], undefined);
        assert.notEqual(res.headers['etag'], resource.meta?.version);
        assert.equal(bodyAs<Resource>(await scim.get(`${endpoint}/${resource.id}`))[optionalAttribute], 'Patched');
      });

      it('412 with a stale If-Match; a matching If-Match is accepted', async () => {
        const resource = await create();
        const patch = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: optionalAttribute, value: 'x' }] };
        assertScimError(await scim.patch(`${endpoint}/${resource.id}`, patch).set('If-Match', 'W/"stale"'), 412);
        assert.equal((await scim.patch(`${endpoint}/${resource.id}`, patch).set('If-Match', String(resource.meta?.version))).status, 200);
      });

      it('400 for a body without the PatchOp schema or with a bad path, without a write', async () => {
        const resource = await create();
        scim.emulator?.calls.clear();
        assertScimError(await scim.patch(`${endpoint}/${resource.id}`, { Operations: [] }), 400, 'invalidSyntax');
        assertScimError(await scim.patch(`${endpoint}/${resource.id}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'noSuchAttribute', value: 'x' }] }), 400, 'invalidPath');
        assert.ok(operations(scim.emulator).every((operation) => operation.startsWith('Describe')), operations(scim.emulator).join());
      });

      it('404 for an unknown id', async () => {
        assertScimError(await scim.patch(`${endpoint}/${UNKNOWN_ID}`, { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: optionalAttribute, value: 'x' }] }), 404);
      });
    });

    describe(`DELETE ${endpoint}/{id}`, () => {
      it('204 without a body, then GET is 404 and a second DELETE is 404', async () => {
        const resource = await create();
        const res = await scim.delete(`${endpoint}/${resource.id}`);
        assert.equal(res.status, 204);
        assert.equal(res.text, '');
        assertScimError(await scim.get(`${endpoint}/${resource.id}`), 404);
        assertScimError(await scim.delete(`${endpoint}/${resource.id}`), 404);
      });

      it('412 with a stale If-Match, and the resource stays', async () => {
        const resource = await create();
        assertScimError(await scim.delete(`${endpoint}/${resource.id}`).set('If-Match', 'W/"stale"'), 412);
        assert.equal((await scim.get(`${endpoint}/${resource.id}`)).status, 200);
        assert.equal((await scim.delete(`${endpoint}/${resource.id}`).set('If-Match', String(resource.meta?.version))).status, 204);
      });

      it('404 for a malformed id', async () => {
        assertScimError(await scim.delete(`${endpoint}/nope`), 404);
      });
    });

    it(`meta.location and Location honour SCIM_BRIDGE_PUBLIC_URL (${noun})`, async () => {
      const proxied = await startScimGateway({ SCIM_BRIDGE_PUBLIC_URL: 'https://scim.example.com' });
      try {
        const res = await proxied.post(endpoint, type.newBody(type.uniqueValue(label('proxied'))));
        assert.equal(res.status, 201, res.text);
        const resource = bodyAs<Resource>(res);
        assert.equal(res.headers['location'], `https://scim.example.com/scim/v2${endpoint}/${resource.id}`);
        assert.equal(resource.meta?.location, res.headers['location']);
      } finally {
        await proxied.close();
      }
    });
  });
}
