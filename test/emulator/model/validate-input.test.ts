/** The constraint walker: anchored Unicode patterns, lengths in code points, bounds, required members, unions, JSON types. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateShape } from '../../../src/emulator/model/validate-input.ts';
import { IdentityStoreError } from '../../../src/emulator/wire/identity-store-error.ts';

const fails = (type: string, fragment: string) => (error: unknown): boolean =>
  error instanceof IdentityStoreError && error.type === type && error.message.includes(fragment);

describe('validateShape', () => {
  it('matches patterns against the whole value, with Unicode classes', () => {
    validateShape('UserName', 'zoë.o’brien@example.com', 'userName');
    validateShape('IdentityStoreId', 'd-0123456789', 'identityStoreId');
    validateShape('IdentityStoreId', '01234567-89ab-cdef-0123-456789abcdef', 'identityStoreId');
    assert.throws(() => validateShape('UserName', 'two words', 'userName'), fails('ValidationException', "Value at 'userName'"));
    assert.throws(() => validateShape('IdentityStoreId', 'd-0123456789x', 'identityStoreId'), fails('ValidationException', 'regular expression'));
    assert.throws(() => validateShape('IdentityStoreId', 'xd-0123456789', 'identityStoreId'), fails('ValidationException', 'regular expression'));
    assert.throws(() => validateShape('ResourceId', '12345678-1234-1234-1234-12345678901', 'userId'), fails('ValidationException', 'regular expression'));
  });

  it('counts string length in code points', () => {
    validateShape('UserName', '😀'.repeat(128), 'userName');
    assert.throws(() => validateShape('UserName', '😀'.repeat(129), 'userName'), fails('ValidationException', 'less than or equal to 128'));
    assert.throws(() => validateShape('SensitiveStringType', '', 'displayName'), fails('ValidationException', 'greater than or equal to 1'));
  });

  it('checks integer ranges, list bounds and enums', () => {
    validateShape('MaxResults', 100, 'maxResults');
    assert.throws(() => validateShape('MaxResults', 101, 'maxResults'), fails('ValidationException', 'less than or equal to 100'));
    assert.throws(() => validateShape('Emails', [], 'emails'), fails('ValidationException', 'greater than or equal to 1'));
    assert.throws(() => validateShape('UserStatus', 'enabled', 'userStatus'), fails('ValidationException', 'enum value set'));
  });

  it('requires required members, exactly one union member, and the right JSON types', () => {
    assert.throws(() => validateShape('ListUsersRequest', {}, ''), fails('ValidationException', "Value at 'identityStoreId' failed to satisfy constraint: Member must not be null"));
    assert.throws(() => validateShape('AlternateIdentifier', {}, 'alternateIdentifier'), fails('ValidationException', 'exactly one member'));
    assert.throws(
      () => validateShape('AlternateIdentifier', { ExternalId: { Issuer: 'a', Id: 'b' }, UniqueAttribute: { AttributePath: 'userName', AttributeValue: 'x' } }, 'alternateIdentifier'),
      fails('ValidationException', 'exactly one member'),
    );
    assert.throws(() => validateShape('MaxResults', '10', 'maxResults'), fails('SerializationException', 'integer'));
    assert.throws(() => validateShape('Emails', { Value: 'x' }, 'emails'), fails('SerializationException', 'list'));
  });

  it('ignores members the model does not know, and accepts any document', () => {
    validateShape('ListUsersRequest', { IdentityStoreId: 'd-0123456789', Unknown: 1 }, '');
    validateShape('AttributeValue', [{ nested: true }], 'attributeValue');
  });
});
