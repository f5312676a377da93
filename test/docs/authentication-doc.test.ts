/**
 * docs/authentication.md against the code: every reason a token is refused is in its table of
 * refusals (as the `error_description` the challenge carries), and the defaults it states are the
 * ones the configuration applies.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TOKEN_FAILURE_REASONS } from '../../src/auth/verify-token.ts';
import { DEFAULT_RATE_LIMIT, DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../../src/config/http-defaults.ts';
import { MAX_BODY_BYTES } from '../../src/http/middleware/parse-json-body.ts';

const doc = readFileSync(new URL('../../docs/authentication.md', import.meta.url), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(`\n### ${title}\n`);
  assert.ok(start >= 0, `no "### ${title}" section`);
  const end = doc.indexOf('\n#', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/authentication.md', () => {
  it('lists every token refusal reason, and no other', () => {
    const documented = [...section('Refusals').matchAll(/"([a-z-]+)"/g)].map((match) => match[1]).filter((reason) => reason !== 'invalid_request' && reason !== 'scim-bridge');
    assert.deepEqual([...new Set(documented)].sort(), [...TOKEN_FAILURE_REASONS].sort());
  });

  it('states the defaults the code applies', () => {
    const rateLimits = doc.slice(doc.indexOf('## Rate limits'));
    assert.match(rateLimits, new RegExp(`\\(default\\s+${DEFAULT_RATE_LIMIT.burst}\\)`));
    assert.match(rateLimits, new RegExp(`per second \\(default ${DEFAULT_RATE_LIMIT.requestsPerSecond};`));
    assert.match(doc, new RegExp(`SCIM_BRIDGE_REQUEST_TIMEOUT_SECONDS\` \\(default ${DEFAULT_REQUEST_TIMEOUT_SECONDS}\\)`));
    assert.equal(MAX_BODY_BYTES, 1024 * 1024);
    assert.match(doc, /JSON body \(1 MiB, `MAX_BODY_BYTES`/);
  });
});
