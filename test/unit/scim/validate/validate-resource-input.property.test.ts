/**
 * Property: whatever JSON a client sends, validateResourceInput either fails with a ScimError or
 * returns a resource that satisfies the schema (types, maxValues, at most one primary, required
 * attributes, no read-only or write-only attributes, canonical names only).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScimError } from '../../../../src/scim/errors.ts';
import type { JsonValue } from '../../../../src/scim/resource.ts';
import { isJsonObject } from '../../../../src/scim/resource.ts';
import { COMMON_ATTRIBUTES } from '../../../../src/scim/schema/common-attributes.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import type { AttributeDefinition, ResourceSchema } from '../../../../src/scim/schema/types.ts';
import { validateResourceInput } from '../../../../src/scim/validate/validate-resource-input.ts';

function checkSimple(value: JsonValue, definition: AttributeDefinition, where: string): void {
  const expected = { string: 'string', reference: 'string', dateTime: 'string', binary: 'string', boolean: 'boolean', integer: 'number', decimal: 'number' } as const;
  assert.notEqual(definition.type, 'complex', where);
  if (definition.type === 'complex') return;
  assert.equal(typeof value, expected[definition.type], where);
  assert.notEqual(value, '', `${where} is an empty string`);
}

function checkSingle(value: JsonValue, definition: AttributeDefinition, where: string): void {
  if (definition.type !== 'complex') return checkSimple(value, definition, where);
  assert.ok(isJsonObject(value), `${where} is an object`);
  assert.ok(Object.keys(value).length > 0, `${where} is not empty`);
  for (const [key, sub] of Object.entries(value)) {
    const subDefinition = definition.subAttributes?.find((candidate) => candidate.name === key);
    assert.ok(subDefinition, `${where}.${key} is a known sub-attribute in canonical case`);
    assert.notEqual(subDefinition.mutability, 'readOnly', `${where}.${key} is writable`);
    checkSimple(sub, subDefinition, `${where}.${key}`);
  }
}

function checkAttributes(object: JsonValue, attributes: readonly AttributeDefinition[], where: string): void {
  assert.ok(isJsonObject(object), where);
  for (const [key, value] of Object.entries(object)) {
    const definition = attributes.find((candidate) => candidate.name === key);
    assert.ok(definition, `${where}${key} is a known attribute in canonical case`);
    assert.ok(definition.mutability !== 'readOnly' && definition.mutability !== 'writeOnly', `${key} is kept`);
    if (!definition.multiValued) {
      checkSingle(value, definition, key);
      continue;
    }
    assert.ok(Array.isArray(value) && value.length > 0, `${key} is a non-empty array`);
    const values = value as readonly JsonValue[];
    if (definition.maxValues !== undefined) assert.ok(values.length <= definition.maxValues, `${key} holds at most ${definition.maxValues}`);
    assert.ok(values.filter((item) => isJsonObject(item) && item['primary'] === true).length <= 1, `${key} has at most one primary`);
    values.forEach((item) => checkSingle(item, definition, key));
  }
}

function checkResource(out: JsonValue, schema: ResourceSchema): void {
  assert.ok(isJsonObject(out));
  const { schemas, ...rest } = out;
  assert.ok(Array.isArray(schemas) && schemas[0] === schema.core.id);
  const top: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(rest)) {
    const extension = schema.extensions.find((candidate) => candidate.id === key);
    if (extension === undefined) top[key] = value;
    else {
      assert.ok(schemas.includes(extension.id), `${extension.id} is listed in schemas`);
      checkAttributes(value, extension.attributes, `${extension.id}:`);
    }
  }
  checkAttributes(top, [...COMMON_ATTRIBUTES, ...schema.core.attributes], '');
  for (const required of schema.core.attributes.filter((attribute) => attribute.required)) {
    assert.ok(required.name in top, `${required.name} is present`);
  }
}

/** Keys a client could send: schema names in random case, URN keys, and noise. */
function keysOf(schema: ResourceSchema): fc.Arbitrary<string> {
  const names = [...COMMON_ATTRIBUTES, ...schema.core.attributes].map((attribute) => attribute.name);
  const extensionKeys = schema.extensions.flatMap((extension) => [extension.id, ...extension.attributes.map((a) => `${extension.id}:${a.name}`)]);
  return fc.oneof(
    fc.constantFrom(...names, ...extensionKeys, 'schemas'),
    fc.constantFrom(...names).chain((name) => fc.mixedCase(fc.constant(name))),
    fc.string({ maxLength: 8 }),
  );
}

function valueFor(schema: ResourceSchema): fc.Arbitrary<unknown> {
  const subKeys = [...schema.core.attributes, ...schema.extensions.flatMap((extension) => extension.attributes)]
    .flatMap((attribute) => attribute.subAttributes?.map((sub) => sub.name) ?? [])
    .concat(schema.extensions.flatMap((extension) => extension.attributes.map((attribute) => attribute.name)));
  const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'True', 'false', 'work', 'home'), fc.boolean(), fc.integer(), fc.constant(null));
  const object = fc.dictionary(fc.oneof(fc.constantFrom(...subKeys), fc.string({ maxLength: 5 })), leaf, { maxKeys: 4 });
  return fc.oneof(
    leaf,
    object,
    fc.array(fc.oneof(object, leaf), { maxLength: 5 }),
    fc.constant([schema.core.id]),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

function bodies(schema: ResourceSchema): fc.Arbitrary<unknown> {
  const required = schema.core.attributes.find((attribute) => attribute.required)?.name ?? 'id';
  const likely = fc
    .dictionary(keysOf(schema), valueFor(schema), { maxKeys: 10 })
    .chain((body) => fc.boolean().map((withRequired) => (withRequired ? { [required]: 'someone', ...body } : body)));
  return fc.oneof({ weight: 4, arbitrary: likely }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) });
}

describe('validateResourceInput (property)', () => {
  for (const schema of [USER_RESOURCE_SCHEMA, GROUP_RESOURCE_SCHEMA]) {
    it(`returns a schema-conforming ${schema.resourceType.name} or throws only ScimError, for any JSON`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(bodies(schema), fc.constantFrom('create', 'replace' as const), (body, mode) => {
          let out: JsonValue;
          try {
            out = validateResourceInput(body, schema, mode);
          } catch (error) {
            assert.ok(error instanceof ScimError, `threw ${String(error)}`);
            assert.ok(error.status === 400, 'input errors are 400s');
            return;
          }
          accepted += 1;
          checkResource(out, schema);
        }),
        { numRuns: 1500 },
      );
      assert.ok(accepted > 100, `only ${accepted} bodies were accepted: the generator is too hostile to test much`);
    });
  }
});
