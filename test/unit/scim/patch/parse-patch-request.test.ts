import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePatchRequest } from '../../../../src/scim/patch/parse-patch-request.ts';
import { MAX_PATCH_OPERATIONS } from '../../../../src/scim/patch/patch-operation.ts';
import { GROUP_RESOURCE_SCHEMA, USER_RESOURCE_SCHEMA } from '../../../../src/scim/schema/resource-schemas.ts';
import { WIDGET_EXTENSION_ID, WIDGET_SCHEMA } from '../../../fixtures/patch/widget-schema.ts';
import { body, describeOps, ENTERPRISE, PATCH_OP, scimError } from './helpers.ts';

const widget = (...ops: unknown[]) => describeOps(parsePatchRequest(body(...ops), WIDGET_SCHEMA));
const user = (...ops: unknown[]) => describeOps(parsePatchRequest(body(...ops), USER_RESOURCE_SCHEMA));

describe('parsePatchRequest: the message', () => {
  it('refuses bodies that are not PatchOp messages with invalidSyntax', () => {
    const schema = WIDGET_SCHEMA;
    assert.throws(() => parsePatchRequest([], schema), scimError('invalidSyntax', 'must be a JSON object'));
    assert.throws(() => parsePatchRequest({ schemas: [PATCH_OP] }, schema), scimError('invalidSyntax', '"Operations"'));
    assert.throws(() => parsePatchRequest({ schemas: [PATCH_OP], Operations: [] }, schema), scimError('invalidSyntax', 'at least one'));
    assert.throws(() => parsePatchRequest({ schemas: [PATCH_OP], Operations: {} }, schema), scimError('invalidSyntax', 'at least one'));
    assert.throws(() => parsePatchRequest({ schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], Operations: [{ op: 'remove', path: 'note' }] }, schema),
      scimError('invalidSyntax', PATCH_OP));
  });

  it('accepts a message without schemas, and member names in any case', () => {
    assert.deepEqual(describeOps(parsePatchRequest({ Operations: [{ op: 'remove', path: 'note' }] }, WIDGET_SCHEMA)), ['remove note']);
    assert.deepEqual(describeOps(parsePatchRequest({ SCHEMAS: [PATCH_OP.toUpperCase()], operations: [{ Op: 'add', Path: 'note', Value: 'x' }] }, WIDGET_SCHEMA)), ['add note "x"']);
  });

  it(`bounds Operations at ${MAX_PATCH_OPERATIONS}`, () => {
    const at = Array.from({ length: MAX_PATCH_OPERATIONS }, () => ({ op: 'remove', path: 'note' }));
    assert.equal(parsePatchRequest(body(...at), WIDGET_SCHEMA).length, MAX_PATCH_OPERATIONS);
    assert.throws(() => parsePatchRequest(body(...at, { op: 'remove', path: 'note' }), WIDGET_SCHEMA), scimError('invalidSyntax', `at most ${MAX_PATCH_OPERATIONS}`));
  });

  it('refuses an unknown or missing op, a non-object operation and a non-string path', () => {
    assert.throws(() => widget({ op: 'move', path: 'note' }), scimError('invalidSyntax', 'Operations[0]: "op" must be'));
    assert.throws(() => widget({ path: 'note' }), scimError('invalidSyntax', 'not nothing'));
    assert.throws(() => widget({ op: 'remove', path: 'note' }, 'remove'), scimError('invalidSyntax', 'Operations[1]: Each operation must be an object'));
    assert.throws(() => widget({ op: 'remove', path: 7 }), scimError('invalidSyntax', '"path" must be a string'));
  });

  it('names the failing operation in the detail', () => {
    assert.throws(() => widget({ op: 'remove', path: 'note' }, { op: 'add', path: 'nope', value: 1 }), scimError('invalidPath', /^Operations\[1\]: "nope"/u));
  });
});

describe('parsePatchRequest: operations', () => {
  it('answers a remove without path (or with a blank or null one) with noTarget', () => {
    for (const op of [{ op: 'remove' }, { op: 'remove', path: ' ' }, { op: 'remove', path: null }]) {
      assert.throws(() => widget(op), scimError('noTarget', 'needs a "path"'));
    }
  });

  it('answers an add or replace without value with invalidValue (RFC 7644 Table 9: a required value was missing)', () => {
    assert.throws(() => widget({ op: 'add', path: 'note' }), scimError('invalidValue', 'needs a "value"'));
    assert.throws(() => widget({ op: 'replace' }), scimError('invalidValue', 'needs a "value"'));
  });

  it('refuses a path-less value that is not an object', () => {
    assert.throws(() => widget({ op: 'replace', value: 'x' }), scimError('invalidValue', 'needs an object of attributes'));
    assert.throws(() => widget({ op: 'add', value: [{ note: 'x' }] }), scimError('invalidValue', 'needs an object of attributes'));
  });

  it('types values by the schema, with invalidValue naming the attribute', () => {
    assert.deepEqual(widget({ op: 'add', path: 'count', value: 3 }, { op: 'add', path: 'weight', value: 2.5 }, { op: 'add', path: 'madeAt', value: '2024-05-01T12:00:00.5+02:00' }),
      ['add count 3', 'add weight 2.5', 'add madeAt "2024-05-01T12:00:00.5+02:00"']);
    assert.throws(() => widget({ op: 'add', path: 'count', value: 2.5 }), scimError('invalidValue', '"count" must be an integer'));
    assert.throws(() => widget({ op: 'add', path: 'count', value: '3' }), scimError('invalidValue', '"count" must be an integer'));
    assert.throws(() => widget({ op: 'add', path: 'weight', value: 'heavy' }), scimError('invalidValue', '"weight" must be a number'));
    assert.throws(() => widget({ op: 'add', path: 'madeAt', value: 'yesterday' }), scimError('invalidValue', 'xsd:dateTime'));
    assert.throws(() => widget({ op: 'add', path: 'blob', value: 'not base64!' }), scimError('invalidValue', 'base64'));
    assert.throws(() => widget({ op: 'add', path: 'note', value: 5 }), scimError('invalidValue', '"note" must be a string'));
    assert.throws(() => widget({ op: 'add', path: 'enabled', value: 'yes' }), scimError('invalidValue', '"enabled" must be a boolean'));
    assert.throws(() => widget({ op: 'add', path: 'size', value: [1] }), scimError('invalidValue', '"size" must be an object'));
    assert.throws(() => widget({ op: 'add', path: 'contacts', value: [[{ value: 'x' }]] }), scimError('invalidValue', 'not a list of lists'));
    assert.throws(() => widget({ op: 'add', path: 'contacts', value: [{ value: 'x', primary: 'maybe' }] }), scimError('invalidValue', '"contacts.primary" must be a boolean'));
  });

  it('refuses writes and removals of read-only attributes with mutability', () => {
    assert.throws(() => widget({ op: 'replace', path: 'checksum', value: 'x' }), scimError('mutability', '"checksum" is read-only'));
    assert.throws(() => widget({ op: 'remove', path: 'meta' }), scimError('mutability', 'read-only'));
    assert.throws(() => user({ op: 'add', path: 'groups', value: [{ value: 'g' }] }), scimError('mutability', '"groups" is read-only'));
    assert.throws(() => user({ op: 'replace', path: `${ENTERPRISE}:manager.displayName`, value: 'Boss' }), scimError('mutability', 'read-only'));
  });

  it('expands a single-valued complex value into one operation per sub-attribute, so unnamed ones stay', () => {
    assert.deepEqual(widget({ op: 'replace', path: 'size', value: { Width: 3, unit: '', height: null } }),
      ['replace size.width 3', 'remove size.unit', 'remove size.height']);
    assert.deepEqual(widget({ op: 'add', path: 'size', value: {} }), []);
  });

  it('wraps a lone value for a multi-valued attribute and drops empty values', () => {
    assert.deepEqual(widget({ op: 'add', path: 'contacts', value: { value: 'a@x', display: 'A' } }), ['add contacts [{"value":"a@x"}]']);
    assert.deepEqual(widget({ op: 'add', path: 'tags', value: ['a', '', null, 'b'] }), ['add tags ["a","b"]']);
  });

  it('never empties a list on add, but replace with nothing removes it', () => {
    assert.deepEqual(widget({ op: 'add', path: 'tags', value: [] }, { op: 'add', path: 'contacts', value: null }), []);
    assert.deepEqual(widget({ op: 'replace', path: 'tags', value: [] }, { op: 'replace', path: 'contacts', value: null }), ['remove tags', 'remove contacts']);
  });

  it('takes the value of a filtered path as one value, also when wrapped in a one-item list', () => {
    assert.deepEqual(widget({ op: 'replace', path: 'contacts[type eq "work"]', value: [{ value: 'w@x' }] }), ['replace contacts[type eq "work"] {"value":"w@x"}']);
    assert.deepEqual(widget({ op: 'replace', path: 'contacts[type eq "work"]', value: null }), ['remove contacts[type eq "work"]']);
  });

  it('ignores the value of a remove that names a single-valued attribute', () => {
    assert.deepEqual(widget({ op: 'remove', path: 'note', value: 'whatever' }), ['remove note']);
  });

  it('removes nothing for a remove-by-value with an empty list, but everything for a remove without value', () => {
    assert.deepEqual(describeOps(parsePatchRequest(body({ op: 'Remove', path: 'members', value: [] }), GROUP_RESOURCE_SCHEMA)), []);
    assert.deepEqual(describeOps(parsePatchRequest(body({ op: 'Remove', path: 'members' }), GROUP_RESOURCE_SCHEMA)), ['remove members']);
    assert.deepEqual(widget({ op: 'remove', path: 'tags', value: ['a', 'b'] }), ['remove tags[value eq "a"]', 'remove tags[value eq "b"]']);
  });

  it('refuses a remove-by-value whose values have no "value"', () => {
    assert.throws(() => user({ op: 'remove', path: 'addresses', value: [{ locality: 'x' }] }), scimError('invalidValue', 'needs each value\'s "value"'));
  });

  it('reads extension containers and URN keys in a path-less value, skipping null containers', () => {
    assert.deepEqual(widget({ op: 'replace', value: { [WIDGET_EXTENSION_ID]: { Room: 'B2', 'owner.value': 'o1' }, [`${WIDGET_EXTENSION_ID}:certified`]: 'TRUE' } }), [
      `replace ${WIDGET_EXTENSION_ID}:room "B2"`,
      `replace ${WIDGET_EXTENSION_ID}:owner.value "o1"`,
      `replace ${WIDGET_EXTENSION_ID}:certified true`,
    ]);
    assert.deepEqual(widget({ op: 'replace', value: { [WIDGET_EXTENSION_ID]: null } }), []);
    assert.throws(() => widget({ op: 'replace', value: { [WIDGET_EXTENSION_ID]: 'B2' } }), scimError('invalidValue', 'must be an object'));
  });

  it('reads a path that is an extension URN alone as that extension object', () => {
    assert.deepEqual(widget({ op: 'replace', path: WIDGET_EXTENSION_ID, value: { room: 'B2', certified: 'False' } }),
      [`replace ${WIDGET_EXTENSION_ID}:room "B2"`, `replace ${WIDGET_EXTENSION_ID}:certified false`]);
    assert.deepEqual(widget({ op: 'remove', path: WIDGET_EXTENSION_ID.toUpperCase() }),
      [`remove ${WIDGET_EXTENSION_ID}:room`, `remove ${WIDGET_EXTENSION_ID}:certified`, `remove ${WIDGET_EXTENSION_ID}:owner`]);
    assert.throws(() => widget({ op: 'add', path: WIDGET_EXTENSION_ID }), scimError('invalidValue', 'needs a "value"'));
    assert.throws(() => widget({ op: 'add', path: WIDGET_EXTENSION_ID, value: 'B2' }), scimError('invalidValue', 'must be an object'));
  });

  it('skips unknown attributes in a path-less value, as POST and PUT do, keeping the known ones', () => {
    assert.deepEqual(widget({ op: 'replace', value: { note: 'x', colour: 'red', 'urn:example:custom:2.0:Widget:badge': 'b' } }), ['replace note "x"']);
    assert.throws(() => widget({ op: 'replace', path: 'colour', value: 'red' }), scimError('invalidPath', '"colour" is not an attribute'));
  });

  it('keeps a Group membership change free of user attributes', () => {
    assert.throws(() => parsePatchRequest(body({ op: 'add', path: 'userName', value: 'x' }), GROUP_RESOURCE_SCHEMA), scimError('invalidPath', 'Group'));
  });
});
