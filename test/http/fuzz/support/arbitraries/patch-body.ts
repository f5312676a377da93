/**
 * PATCH bodies (RFC 7644 section 3.5.2): PatchOp shapes with random ops, paths and values; the
 * dialects IdPs really send (every request in test/fixtures/patch, as is and with one part
 * replaced); and garbage. Member and manager values may be `@user#<n>` / `@group#<n>`, replaced
 * with a seeded resource's id when the request is sent (fuzz-gateway.ts), so generated bodies
 * reach existing resources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { grammarFilter } from './filter-text.ts';
import type { AttributeDefinition } from '../../../../../src/scim/schema/types.ts';
import { ENTERPRISE_URN, PATCH_OP_URN, attributePath, dateTimeText, randomCase, schemaPaths, scimText, smallJson, type ResourceKind } from './scim-vocabulary.ts';

const FIXTURES = new URL('../../../../fixtures/patch/', import.meta.url);

interface PatchFixture {
  readonly resourceType: 'User' | 'Group';
  readonly request: unknown;
}

/** The IdP dialect fixtures' request bodies, per resource type. */
function fixtureRequests(kind: ResourceKind): unknown[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as PatchFixture)
    .filter((fixture) => (fixture.resourceType === 'User') === (kind === 'Users'))
    .map((fixture) => fixture.request);
}

export const memberReference = fc.oneof(
  fc.nat({ max: 5 }).map((index) => `@user#${index}`),
  fc.nat({ max: 2 }).map((index) => `@group#${index}`),
  fc.constantFrom('0000000000-00000000-0000-4000-8000-000000000000', 'not-an-id', '', '../Users'),
);

const op = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('add', 'replace', 'remove').chain(randomCase) },
  { weight: 1, arbitrary: fc.constantFrom('delete', 'move', 'copy', 'test', '', ' add') },
  { weight: 1, arbitrary: smallJson },
);

function patchPath(kind: ResourceKind): fc.Arbitrary<unknown> {
  const plain = attributePath(kind);
  const multiValued = schemaPaths(kind).filter((entry) => entry.definition.multiValued).map((entry) => entry.path);
  const withFilter = fc.tuple(fc.constantFrom(...multiValued), grammarFilter(kind), fc.option(fc.constantFrom('value', 'type', 'primary', 'display'), { nil: undefined }))
    .map(([attribute, filter, sub]) => `${attribute}[${filter}]${sub === undefined ? '' : `.${sub}`}`);
  const memberFilter = memberReference.map((id) => `members[value eq "${id}"]`);
  return fc.oneof(
    { weight: 5, arbitrary: plain },
    { weight: 2, arbitrary: withFilter },
    { weight: 2, arbitrary: kind === 'Groups' ? memberFilter : fc.constantFrom('emails[type eq "work"].value', 'addresses[type eq "work"].locality', `${ENTERPRISE_URN}:manager`, 'name.givenName') },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', '.', '[', 'emails[', 'emails]', 'a..b', 'urn:', `${ENTERPRISE_URN}:`, 'id', 'meta.created', 'schemas', 'members[value eq', 'userName[value eq "x"]') },
    { weight: 1, arbitrary: smallJson },
  );
}

const multiValue = fc.record({ value: fc.oneof(scimText, memberReference), type: fc.constantFrom('work', 'home', 'other', 'Work', ''), primary: fc.oneof(fc.boolean(), fc.constantFrom('true', 'False')), display: scimText }, { requiredKeys: [] });

function patchValue(kind: ResourceKind): fc.Arbitrary<unknown> {
  const keyed = fc.dictionary(attributePath(kind), fc.oneof(scimText, fc.boolean(), fc.array(multiValue, { maxLength: 3 }), smallJson), { maxKeys: 4 });
  return fc.oneof(
    { weight: 4, arbitrary: scimText },
    { weight: 2, arbitrary: fc.oneof(fc.boolean(), fc.constantFrom('True', 'False', 'true'), fc.integer(), fc.constant(null)) },
    { weight: 3, arbitrary: fc.array(multiValue, { maxLength: 4 }) },
    { weight: 3, arbitrary: keyed },
    { weight: 1, arbitrary: fc.record({ value: memberReference }) },
    { weight: 2, arbitrary: smallJson },
  );
}

/** A value of the attribute's own type (what a well-behaved IdP sends), sometimes as text. */
function valueFor(definition: AttributeDefinition): fc.Arbitrary<unknown> {
  switch (definition.type) {
    case 'boolean': return fc.oneof(fc.boolean(), fc.constantFrom('True', 'False'));
    case 'dateTime': return dateTimeText;
    case 'integer':
    case 'decimal': return fc.integer();
    case 'complex': {
      const record = fc.record(Object.fromEntries((definition.subAttributes ?? []).map((sub) => [sub.name, sub.type === 'boolean' ? fc.boolean() : fc.oneof(scimText, memberReference)])), { requiredKeys: [] });
      return definition.multiValued ? fc.array(record, { minLength: 1, maxLength: 3 }) : record;
    }
    default: return definition.multiValued ? fc.array(fc.record({ value: scimText }), { maxLength: 2 }) : scimText;
  }
}

/** add/replace/remove of a real attribute with a value of its type: reaches the store. */
function wellFormedOperation(kind: ResourceKind): fc.Arbitrary<unknown> {
  const writable = schemaPaths(kind).filter((entry) => entry.definition.mutability !== 'readOnly');
  return fc.constantFrom(...writable).chain((entry) => fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constantFrom('add', 'replace', 'Replace', 'Add'), path: fc.constantFrom(entry.path, `${entry.urn}:${entry.path}`), value: valueFor(entry.definition) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('remove', 'Remove'), path: fc.constant(entry.path) }) },
    { weight: 1, arbitrary: valueFor(entry.definition).map((value) => ({ op: 'replace', value: { [entry.path]: value } })) },
  ));
}

function operation(kind: ResourceKind): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: wellFormedOperation(kind) },
    { weight: 6, arbitrary: fc.record({ op, path: patchPath(kind), value: patchValue(kind) }, { requiredKeys: ['op'] }) },
    // Keys in odd case (`Op`, `Path`, `Value`), as some IdPs and hand-written clients send them.
    { weight: 1, arbitrary: fc.record({ Op: op, Path: patchPath(kind), Value: patchValue(kind) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: smallJson },
  );
}

const schemas = fc.oneof(
  { weight: 8, arbitrary: fc.constant([PATCH_OP_URN]) },
  { weight: 1, arbitrary: fc.constantFrom([], [PATCH_OP_URN.toLowerCase()], PATCH_OP_URN, ['urn:ietf:params:scim:schemas:core:2.0:User'], null) },
  { weight: 1, arbitrary: smallJson },
);

/** Replaces one part of a dialect fixture with something generated. */
function mutated(kind: ResourceKind, request: unknown): fc.Arbitrary<unknown> {
  const body = request as { schemas?: unknown; Operations?: unknown[] };
  const first = Array.isArray(body.Operations) ? (body.Operations[0] as Record<string, unknown> | undefined) : undefined;
  return fc.oneof(
    fc.record({ op }).map((part) => ({ ...body, Operations: [{ ...first, ...part }, ...(body.Operations ?? []).slice(1)] })),
    fc.record({ path: patchPath(kind) }).map((part) => ({ ...body, Operations: [{ ...first, ...part }] })),
    fc.record({ value: patchValue(kind) }).map((part) => ({ ...body, Operations: [{ ...first, ...part }] })),
    operation(kind).map((extra) => ({ ...body, Operations: [...(body.Operations ?? []), extra] })),
  );
}

export function patchBody(kind: ResourceKind): fc.Arbitrary<unknown> {
  const fixtures = fixtureRequests(kind);
  const dialects = fixtures.length === 0 ? [] : [
    { weight: 2, arbitrary: fc.constantFrom(...fixtures) },
    { weight: 3, arbitrary: fc.constantFrom(...fixtures).chain((request) => mutated(kind, request)) },
  ];
  return fc.oneof(
    { weight: 10, arbitrary: fc.record({ schemas, Operations: fc.array(operation(kind), { minLength: 1, maxLength: 4 }) }) },
    ...dialects,
    { weight: 1, arbitrary: fc.record({ schemas, Operations: fc.oneof(smallJson, fc.constant({}), fc.constant([])) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 1100 }).map((count) => ({ schemas: [PATCH_OP_URN], Operations: Array.from({ length: count }, (_, i) => ({ op: 'replace', path: 'title', value: `t${i}` })) })) },
    { weight: 1, arbitrary: smallJson },
  );
}
