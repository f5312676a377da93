import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entityTagListMatches } from '../../../src/scim/entity-tag-list-matches.ts';

describe('entityTagListMatches', () => {
  it('compares weakly, accepts lists and *', () => {
    assert.equal(entityTagListMatches('W/"abc"', 'W/"abc"'), true);
    assert.equal(entityTagListMatches('"abc"', 'W/"abc"'), true);
    assert.equal(entityTagListMatches('W/"x" , W/"abc"', 'W/"abc"'), true);
    assert.equal(entityTagListMatches('*', 'W/"abc"'), true);
  });
  it('refuses other tags and empty lists', () => {
    assert.equal(entityTagListMatches('W/"abd"', 'W/"abc"'), false);
    assert.equal(entityTagListMatches('W/"x", "y"', 'W/"abc"'), false);
    assert.equal(entityTagListMatches('', 'W/"abc"'), false);
  });
});
