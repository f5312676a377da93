import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE_URL, parseStateUrl } from '../../src/state/parse-state-url.ts';

const cwd = '/srv/scim-bridge';

describe('parseStateUrl', () => {
  it('reads memory:', () => {
    assert.deepEqual(parseStateUrl('memory:', cwd), { kind: 'memory' });
  });

  it('resolves sqlite paths against the working directory and accepts absolute and :memory: forms', () => {
    assert.deepEqual(parseStateUrl(DEFAULT_STATE_URL, cwd), { kind: 'sqlite', path: '/srv/scim-bridge/data/state.db' });
    assert.deepEqual(parseStateUrl('sqlite:state.db', cwd), { kind: 'sqlite', path: '/srv/scim-bridge/state.db' });
    assert.deepEqual(parseStateUrl('sqlite:../shared/state.db', cwd), { kind: 'sqlite', path: '/srv/shared/state.db' });
    assert.deepEqual(parseStateUrl('sqlite:/var/lib/scim/state.db', cwd), { kind: 'sqlite', path: '/var/lib/scim/state.db' });
    assert.deepEqual(parseStateUrl('sqlite:///var/lib/scim/state.db', cwd), { kind: 'sqlite', path: '/var/lib/scim/state.db' });
    assert.deepEqual(parseStateUrl('sqlite::memory:', cwd), { kind: 'sqlite', path: ':memory:' });
  });

  it('passes postgres URLs through and lifts ?schema= out of them', () => {
    assert.deepEqual(parseStateUrl('postgres://u:p@db:5432/scim', cwd), { kind: 'postgres', connectionString: 'postgres://u:p@db:5432/scim' });
    assert.deepEqual(parseStateUrl('postgresql://db/scim?schema=gateway_a&sslmode=require', cwd), {
      kind: 'postgres', connectionString: 'postgresql://db/scim?sslmode=require', schema: 'gateway_a',
    });
    assert.deepEqual(parseStateUrl('postgres://db/scim?schema=s1', cwd), { kind: 'postgres', connectionString: 'postgres://db/scim', schema: 's1' });
  });

  it('names SCIM_BRIDGE_STATE and the accepted forms for an unknown scheme, without echoing the URL', () => {
    for (const url of ['mysql://root:hunter2@db/scim', 'redis://x', 'file:./state.db', '']) {
      assert.throws(() => parseStateUrl(url, cwd), (error: Error) => {
        assert.match(error.message, /^SCIM_BRIDGE_STATE /);
        assert.match(error.message, /memory:, sqlite:<path>.*postgres:\/\/.*postgresql:\/\//);
        assert.doesNotMatch(error.message, /hunter2/);
        return true;
      }, url);
    }
    assert.throws(() => parseStateUrl('mysql://root:hunter2@db/scim', cwd), /unsupported scheme "mysql:"/);
  });

  it('refuses sqlite without a path, a host-like sqlite URL and near-misses of memory:', () => {
    assert.throws(() => parseStateUrl('sqlite:', cwd), /SCIM_BRIDGE_STATE needs a file path/);
    assert.throws(() => parseStateUrl('sqlite://host/state.db', cwd), /SCIM_BRIDGE_STATE needs a file path/);
    assert.throws(() => parseStateUrl('memory:x', cwd), /SCIM_BRIDGE_STATE/);
    assert.throws(() => parseStateUrl('Memory:', cwd), /SCIM_BRIDGE_STATE/);
  });

  it('refuses schema names that could not be used unquoted, and repeated schema parameters', () => {
    for (const schema of ['Upper', 'has-dash', '1starts_with_digit', 'x;drop', '', 'a'.repeat(64)]) {
      assert.throws(() => parseStateUrl(`postgres://db/scim?schema=${encodeURIComponent(schema)}`, cwd), /SCIM_BRIDGE_STATE has an invalid schema/, schema);
    }
    assert.throws(() => parseStateUrl('postgres://db/scim?schema=a&schema=b', cwd), /invalid schema/);
    assert.throws(() => parseStateUrl('postgres://db/scim?schema=a&options=-c%20search_path%3Db', cwd), /cannot combine schema with an options parameter/);
  });

  it('does not echo a malformed postgres URL', () => {
    assert.throws(() => parseStateUrl('postgres://u:secret@[bad', cwd), (error: Error) => /not a valid postgres/.test(error.message) && !error.message.includes('secret'));
  });
});
