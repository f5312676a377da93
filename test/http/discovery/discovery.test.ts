/**
 * Discovery over real HTTP against the whole gateway (RFC 7644 section 4): /ResourceTypes and
 * /Schemas as ListResponses, each entry also by id, unknown ids as SCIM 404s.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { ResourceTypeRepresentation } from '../../../src/scim/discovery/build-resource-type-resource.ts';
import type { SchemaRepresentation } from '../../../src/scim/discovery/build-schema-resource.ts';
import { bodyAs, buildTestApp, tokenFor, type ErrorBody } from '../helpers/test-app.ts';
import { ENTERPRISE_SCHEMA, LIST_RESPONSE, SCIM_JSON, USER_SCHEMA, startScimGateway, type ScimGateway } from '../helpers/scim-gateway.ts';

interface ListOf<T> {
  readonly schemas: readonly string[];
  readonly totalResults: number;
  readonly itemsPerPage: number;
  readonly startIndex: number;
  readonly Resources: readonly T[];
}

const SPC_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';

let scim: ScimGateway;

describe('discovery endpoints', () => {
  before(async () => {
    scim = await startScimGateway();
  });
  after(async () => {
    await scim.close();
  });

  it('GET /ResourceTypes lists User with the enterprise extension and Group as a ListResponse', async () => {
    const res = await scim.get('/ResourceTypes');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers['content-type'], SCIM_JSON);
    const list = bodyAs<ListOf<ResourceTypeRepresentation>>(res);
    assert.deepEqual(list.schemas, [LIST_RESPONSE]);
    assert.equal(list.totalResults, list.Resources.length);
    assert.equal(list.startIndex, 1);
    const user = list.Resources.find((type) => type.id === 'User');
    assert.ok(user);
    assert.equal(user.endpoint, '/Users');
    assert.equal(user.schema, USER_SCHEMA);
    assert.deepEqual(user.schemaExtensions, [{ schema: ENTERPRISE_SCHEMA, required: false }]);
    assert.equal(user.meta.location, `${scim.gateway.url}/ResourceTypes/User`);
    const group = list.Resources.find((type) => type.id === 'Group');
    assert.equal(group?.endpoint, '/Groups');
    assert.equal(group?.schema, GROUP_SCHEMA);
    assert.deepEqual(group?.schemaExtensions, []);
  });

  it('GET /ResourceTypes/User (any case) and 404 for an unknown type', async () => {
    const res = await scim.get('/ResourceTypes/user');
    assert.equal(res.status, 200, res.text);
    assert.equal(bodyAs<ResourceTypeRepresentation>(res).id, 'User');
    const missing = await scim.get('/ResourceTypes/Printer');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-type'], SCIM_JSON);
    assert.match(bodyAs<ErrorBody>(missing).detail, /Printer/);
  });

  it('GET /Schemas lists the User, enterprise User and Group schemas, and those of the discovery documents', async () => {
    const res = await scim.get('/Schemas');
    assert.equal(res.status, 200, res.text);
    const list = bodyAs<ListOf<SchemaRepresentation>>(res);
    assert.deepEqual(list.schemas, [LIST_RESPONSE]);
    assert.deepEqual(list.Resources.map((schema) => schema.id).sort(), [ENTERPRISE_SCHEMA, USER_SCHEMA, GROUP_SCHEMA, SPC_SCHEMA, RESOURCE_TYPE_SCHEMA].sort());
    assert.equal(list.totalResults, 5);
  });

  it('serves /ServiceProviderConfig and /ResourceTypes with only the attributes their schemas define', async () => {
    const schemaOf = async (urn: string) => bodyAs<SchemaRepresentation>(await scim.get(`/Schemas/${urn}`));
    const conforms = (document: Record<string, unknown>, schema: SchemaRepresentation, what: string): void => {
      for (const [key, value] of Object.entries(document)) {
        if (key === 'schemas' || key === 'meta') continue;
        const attribute = schema.attributes.find((candidate) => candidate.name === key);
        assert.ok(attribute, `${what}: "${key}" is not in ${schema.id}`);
        const values: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
        for (const item of values) {
          if (typeof item !== 'object' || item === null) continue;
          for (const sub of Object.keys(item)) {
            assert.ok(attribute.subAttributes?.some((candidate) => candidate.name === sub), `${what}: "${key}.${sub}" is not in ${schema.id}`);
          }
        }
      }
    };
    conforms(bodyAs<Record<string, unknown>>(await scim.get('/ServiceProviderConfig')), await schemaOf(SPC_SCHEMA), 'ServiceProviderConfig');
    const types = bodyAs<ListOf<Record<string, unknown>>>(await scim.get('/ResourceTypes'));
    for (const type of types.Resources) conforms(type, await schemaOf(RESOURCE_TYPE_SCHEMA), 'ResourceType');
  });

  it('GET /Schemas/{urn} answers one schema, honest about single values; 404 for an unknown URN', async () => {
    const res = await scim.get(`/Schemas/${USER_SCHEMA}`);
    assert.equal(res.status, 200, res.text);
    const schema = bodyAs<SchemaRepresentation>(res);
    assert.equal(schema.id, USER_SCHEMA);
    assert.equal(schema.meta.location, `${scim.gateway.url}/Schemas/${USER_SCHEMA}`);
    const userName = schema.attributes.find((attribute) => attribute.name === 'userName');
    assert.equal(userName?.uniqueness, 'server');
    const emails = schema.attributes.find((attribute) => attribute.name === 'emails');
    assert.ok(emails);
    assert.match(emails.description, /one|single|primary/i);
    const enterprise = await scim.get(`/Schemas/${ENTERPRISE_SCHEMA.toUpperCase()}`);
    assert.equal(bodyAs<SchemaRepresentation>(enterprise).id, ENTERPRISE_SCHEMA);
    const missing = await scim.get('/Schemas/urn:ietf:params:scim:schemas:core:2.0:Printer');
    assert.equal(missing.status, 404);
    assert.equal(bodyAs<ErrorBody>(missing).status, '404');
  });

  it('requires a bearer token', async () => {
    assert.equal((await scim.get('/Schemas', '')).status, 401);
    assert.equal((await scim.get('/ResourceTypes', '')).status, 401);
  });

  it('/ServiceProviderConfig advertises what /Users now does', async () => {
    const spc = (await scim.get('/ServiceProviderConfig')).body as Record<string, { supported?: boolean; cursor?: boolean }>;
    assert.equal(spc['patch']?.supported, true);
    assert.equal(spc['filter']?.supported, true);
    assert.equal(spc['sort']?.supported, true);
    assert.equal(spc['etag']?.supported, true);
    assert.equal(spc['bulk']?.supported, true);
    assert.equal(spc['pagination']?.cursor, true);
  });

  it('an app serving no resources advertises none', async () => {
    const { app } = buildTestApp();
    const res = await request(app).get('/scim/v2/ResourceTypes').set('Authorization', `Bearer ${tokenFor()}`);
    assert.equal(res.status, 200);
    assert.equal(bodyAs<ListOf<unknown>>(res).totalResults, 0);
  });
});
