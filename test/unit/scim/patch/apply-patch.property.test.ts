// Properties of PATCH over generated resources and requests (fast-check): whatever an IdP sends,
// parse + apply either fail with a ScimError or give a resource that still fits the schema, and
// never touch the resource they were given.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isScimError } from '../../../../src/scim/errors.ts';
import { applyPatch } from '../../../../src/scim/patch/apply-patch.ts';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import type { PatchOperation } from '../../../../src/scim/patch/patch-operation.ts';
import type { JsonValue, ScimResource } from '../../../../src/scim/resource.ts';
import { isJsonObject } from '../../../../src/scim/resource.ts';
import { COMMON_ATTRIBUTES } from '../../../../src/scim/schema/common-attributes.ts';
import type { AttributeDefinition } from '../../../../src/scim/schema/types.ts';
import { WIDGET_EXTENSION_ID as EXT, WIDGET_SCHEMA, WIDGET_SCHEMA_ID } from '../../../fixtures/patch/widget-schema.ts';
import { body } from './helpers.ts';

// --- values: a small pool per type so generated filters and values collide often ---------------
const text = fc.constantFrom('a', 'A', 'b', 'work', 'WORK', 'home', 'x@y', 'P1', 'p1');
const anyScalar = fc.oneof(text, fc.constant(''), fc.constant(null), fc.boolean(), fc.constantFrom('True', 'false'), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }));
const dateTime = fc.constantFrom('2024-05-01T12:00:00Z', '2026-11-23T18:00:00.25+01:00');
const contact = fc.record({ value: text, type: fc.constantFrom('work', 'home', 'Work'), primary: fc.boolean() }, { requiredKeys: [] });
const part = fc.record({ value: text, qty: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: ['value'] });

/** At most one primary (RFC 7643 section 2.4), as a stored resource has. */
function onePrimary<T extends { primary?: boolean }>(values: T[]): T[] {
  let seen = false;
  return values.map((value) => {
    if (value.primary !== true) return value;
    if (seen) return { ...value, primary: false };
    seen = true;
    return value;
  });
}

const nonEmpty = <T>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: 1, maxLength: 4 });

const resource: fc.Arbitrary<ScimResource> = fc.record({
  label: text,
  note: text,
  code: text,
  enabled: fc.boolean(),
  count: fc.integer({ min: -5, max: 5 }),
  weight: fc.double({ noNaN: true, noDefaultInfinity: true }),
  madeAt: dateTime,
  serial: text,
  tags: nonEmpty(text),
  size: fc.record({ width: fc.nat(9), unit: text, origin: text }, { requiredKeys: ['width'] }),
  contacts: nonEmpty(contact.filter((value) => Object.keys(value).length > 0)).map(onePrimary),
  parts: nonEmpty(part),
  [EXT]: fc.record({ room: text, owner: fc.record({ value: text }) }, { requiredKeys: ['room'] }),
}, { requiredKeys: ['label'] }).map((attributes): ScimResource => ({
  schemas: EXT in attributes ? [WIDGET_SCHEMA_ID, EXT] : [WIDGET_SCHEMA_ID],
  id: 'w1', meta: { resourceType: 'Widget', created: '2024-01-01T00:00:00Z' }, checksum: 'c0ffee',
  ...attributes,
}));

// --- operations as an IdP might send them ------------------------------------------------------
const filterText = fc.oneof(
  fc.tuple(fc.constantFrom('type', 'value', 'Type'), text).map(([name, value]) => `${name} eq "${value}"`),
  fc.tuple(text, text).map(([a, b]) => `type eq "${a}" and value eq "${b}"`),
  fc.tuple(text, text).map(([a, b]) => `type eq "${a}" or value co "${b}"`),
  fc.constantFrom('primary eq true', 'value pr', 'not (type eq "work")'),
);
const contactPath = fc.oneof(
  fc.constant('contacts'),
  filterText.map((filter) => `contacts[${filter}]`),
  fc.tuple(filterText, fc.constantFrom('value', 'type', 'primary', 'display')).map(([filter, sub]) => `contacts[${filter}].${sub}`),
  fc.constantFrom('contacts.value', 'contacts.primary'),
);
const partPath = fc.oneof(fc.constant('parts'), text.map((value) => `parts[value eq "${value}"]`), text.map((value) => `parts[value eq "${value}"].qty`), fc.nat(3).map((qty) => `parts[qty eq ${qty}].value`));

interface Spec { readonly path: fc.Arbitrary<string | undefined>; readonly value: fc.Arbitrary<unknown> }
const specs: Spec[] = [
  { path: fc.constantFrom('label', 'note', 'code', 'Note', 'serial', `${EXT}:room`), value: fc.oneof(text, anyScalar) },
  { path: fc.constantFrom('enabled', `${EXT}:certified`), value: fc.oneof(fc.boolean(), fc.constantFrom('True', 'FALSE'), anyScalar) },
  { path: fc.constantFrom('count', 'size.width'), value: fc.oneof(fc.integer({ min: -3, max: 9 }), anyScalar) },
  { path: fc.constant('weight'), value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), anyScalar) },
  { path: fc.constant('madeAt'), value: fc.oneof(dateTime, anyScalar) },
  { path: fc.constantFrom('id', 'meta', 'checksum', 'meta.created'), value: anyScalar },
  { path: fc.constantFrom('tags', 'tags[value eq "a"]'), value: fc.oneof(fc.array(fc.oneof(text, anyScalar), { maxLength: 3 }), text, anyScalar) },
  { path: fc.constantFrom('size', 'size.unit', 'size.origin'), value: fc.oneof(fc.record({ width: fc.nat(9), unit: text, origin: text }, { requiredKeys: [] }), text, anyScalar) },
  { path: contactPath, value: fc.oneof(fc.array(contact, { maxLength: 3 }), contact, text, fc.boolean(), anyScalar) },
  { path: partPath, value: fc.oneof(fc.array(part, { maxLength: 3 }), part, fc.integer({ min: 0, max: 3 }), text, anyScalar) },
  { path: fc.constantFrom(`${EXT}:owner`, `${EXT}:owner.value`, EXT), value: fc.oneof(text, fc.record({ value: fc.oneof(text, fc.constant('')), displayName: text }, { requiredKeys: [] }), anyScalar) },
  {
    path: fc.constant(undefined),
    value: fc.record({ note: anyScalar, 'size.unit': text, Enabled: fc.constantFrom('True', 'False'), contacts: fc.array(contact, { maxLength: 2 }), id: text, schemas: fc.constant([]), [EXT]: fc.record({ room: anyScalar }) }, { requiredKeys: [] }),
  },
];

const operation = fc.oneof(...specs.map((spec) => fc.record({
  op: fc.constantFrom('add', 'replace', 'remove', 'Add', 'Replace', 'REMOVE'),
  path: spec.path,
  value: spec.value,
}))).map(({ op, path, value }) => ({ op, ...(path === undefined ? {} : { path }), ...(value === undefined ? {} : { value }) }));

const request = fc.array(operation, { minLength: 1, maxLength: 6 }).map((ops) => body(...ops));

// --- what a resource that fits the widget schema looks like ------------------------------------
const definitions = new Map<string, readonly AttributeDefinition[]>([
  ['', [...COMMON_ATTRIBUTES, ...WIDGET_SCHEMA.core.attributes]],
  [EXT, WIDGET_SCHEMA.extensions[0]?.attributes ?? []],
]);

function checkValue(value: JsonValue, definition: AttributeDefinition, label: string): void {
  if (definition.multiValued) {
    assert.ok(Array.isArray(value) && value.length > 0, `${label}: a non-empty list`);
    for (const item of value as readonly JsonValue[]) checkValue(item, { ...definition, multiValued: false }, label);
    const primaries = (value as readonly JsonValue[]).filter((item) => isJsonObject(item) && item['primary'] === true);
    assert.ok(primaries.length <= 1, `${label}: at most one primary`);
    return;
  }
  switch (definition.type) {
    case 'string': case 'reference': case 'binary':
      assert.ok(typeof value === 'string' && value !== '', `${label}: a non-empty string`); return;
    case 'dateTime':
      assert.ok(typeof value === 'string' && !Number.isNaN(Date.parse(value)), `${label}: a dateTime`); return;
    case 'boolean':
      assert.equal(typeof value, 'boolean', label); return;
    case 'integer':
      assert.ok(Number.isInteger(value), `${label}: an integer`); return;
    case 'decimal':
      assert.ok(typeof value === 'number' && Number.isFinite(value), `${label}: a number`); return;
    case 'complex':
      assert.ok(isJsonObject(value) && Object.keys(value).length > 0, `${label}: a non-empty object`);
      for (const [key, sub] of Object.entries(value)) {
        const subDefinition = definition.subAttributes?.find((candidate) => candidate.name === key);
        assert.ok(subDefinition !== undefined, `${label}.${key}: a sub-attribute of the schema`);
        checkValue(sub, subDefinition, `${label}.${key}`);
      }
      return;
    default:
      assert.fail(`${label}: unexpected type ${JSON.stringify(definition)}`);
  }
}

function checkFits(result: ScimResource, input: ScimResource): void {
  for (const [key, value] of Object.entries(result)) {
    if (key === 'schemas') continue;
    if (key === EXT) {
      assert.ok(isJsonObject(value) && Object.keys(value).length > 0, 'the extension object is non-empty');
      for (const [name, inner] of Object.entries(value)) {
        const definition = definitions.get(EXT)?.find((candidate) => candidate.name === name);
        assert.ok(definition !== undefined, `${EXT}:${name} is in the schema`);
        checkValue(inner, definition, `${EXT}:${name}`);
      }
      continue;
    }
    const definition = definitions.get('')?.find((candidate) => candidate.name === key);
    assert.ok(definition !== undefined, `${key} is in the schema, in its case`);
    checkValue(value, definition, key);
  }
  assert.equal((result['schemas'] as string[]).includes(EXT), EXT in result, 'schemas lists the extension exactly when present');
  for (const readOnly of ['id', 'meta', 'checksum']) assert.deepEqual(result[readOnly], input[readOnly], `${readOnly} unchanged`);
}

/** Runs parse + apply; a ScimError is an allowed answer, anything else thrown fails the property. */
function attempt(input: ScimResource, raw: unknown): { ops: PatchOperation[]; result: ScimResource } | undefined {
  try {
    const ops = parsePatchRequest(raw, WIDGET_SCHEMA);
    return { ops, result: applyPatch(input, ops, WIDGET_SCHEMA) };
  } catch (error) {
    assert.ok(isScimError(error), `only ScimError may be thrown, got ${String(error)}`);
    assert.equal(error.status, 400);
    return undefined;
  }
}

describe('PATCH properties', () => {
  it('gives a resource that fits the schema, keeps id/meta/readOnly values and at most one primary, or a ScimError', () => {
    let applied = 0;
    fc.assert(fc.property(resource, request, (input, raw) => {
      const outcome = attempt(input, raw);
      if (outcome === undefined) return;
      applied += 1;
      checkFits(outcome.result, input);
    }), { numRuns: 600 });
    assert.ok(applied > 100, `only ${applied} of 600 generated requests applied: the generator is too hostile to test much`);
  });

  it('never changes the resource it is given', () => {
    fc.assert(fc.property(resource, request, (input, raw) => {
      const copy = structuredClone(input);
      const frozen = deepFreeze(structuredClone(input));
      attempt(input, raw);
      attempt(frozen, raw);
      assert.equal(JSON.stringify(input), JSON.stringify(copy));
    }), { numRuns: 300 });
  });

  it('changes nothing when an operation is applied again, unless its filter no longer selects anything (noTarget)', () => {
    fc.assert(fc.property(resource, operation, (input, raw) => {
      const once = attempt(input, body(raw));
      if (once === undefined) return;
      try {
        assert.deepEqual(applyPatch(once.result, once.ops, WIDGET_SCHEMA), once.result);
      } catch (error) {
        // `replace tags[value eq "a"]` with "b" leaves no "a" to select the second time.
        if (!isScimError(error) || error.scimType !== 'noTarget') throw error;
        assert.ok(once.ops.some((op) => op.path.filter !== undefined), 'only a filtered path can lose its target');
      }
    }), { numRuns: 400 });
  });

  it('answers any JSON body with operations or a ScimError, never another exception', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.record({ schemas: fc.jsonValue(), Operations: fc.array(fc.jsonValue(), { maxLength: 3 }) })), (raw) => {
      attempt({ schemas: [WIDGET_SCHEMA_ID], id: 'w1', label: 'x' }, raw);
    }), { numRuns: 400 });
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
