import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planMigrations, type Migration } from '../../src/state/plan-migrations.ts';

const m = (version: number, name = `m${version}`): Migration => ({ version, name, sql: '' });

describe('planMigrations', () => {
  it('returns the migrations not yet applied, in order', () => {
    assert.deepEqual(planMigrations([m(1), m(2), m(3)], []).map((x) => x.version), [1, 2, 3]);
    assert.deepEqual(planMigrations([m(1), m(2), m(3)], [m(1), m(2)]).map((x) => x.version), [3]);
    assert.deepEqual(planMigrations([m(1), m(2)], [m(1), m(2)]), []);
  });

  it('refuses a database that has a migration this build does not know', () => {
    assert.throws(() => planMigrations([m(1)], [m(1), m(2, 'future')]), /migration 2 \("future"\) which this scim-bridge does not know/);
  });

  it('refuses a recorded migration whose name differs', () => {
    assert.throws(() => planMigrations([m(1, 'initial')], [m(1, 'something else')]), /recorded as "something else" but this scim-bridge calls it "initial"/);
  });

  it('refuses a list whose versions are not strictly increasing positive integers', () => {
    assert.throws(() => planMigrations([m(1), m(1, 'again')], []), /strictly increasing/);
    assert.throws(() => planMigrations([m(2), m(1)], []), /strictly increasing/);
    assert.throws(() => planMigrations([m(0)], []), /strictly increasing/);
    assert.throws(() => planMigrations([m(1.5)], []), /strictly increasing/);
  });
});
