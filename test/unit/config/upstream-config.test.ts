import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isConfigError } from '../../../src/config/config-error.ts';
import { loadConfig } from '../../../src/config/load-config.ts';

describe('upstream resilience and metrics configuration', () => {
  it('reads each setting', () => {
    const config = loadConfig({
      SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '5',
      SCIM_BRIDGE_UPSTREAM_BACKOFF_MS: '0',
      SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '2500',
      SCIM_BRIDGE_UPSTREAM_MIN_RATE: '2.5',
      SCIM_BRIDGE_UPSTREAM_CONCURRENCY: '4',
      SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS: '3000',
      SCIM_BRIDGE_METRICS: 'false',
    });
    assert.deepEqual(config.upstream, { maxAttempts: 5, backoffMs: 0, maxWaitMs: 2500, minRate: 2.5, concurrency: 4, timeoutMs: 3000 });
    assert.equal(config.metrics, false);
  });

  it('names every bad value at once', () => {
    try {
      loadConfig({
        SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS: '0',
        SCIM_BRIDGE_UPSTREAM_BACKOFF_MS: '1.5',
        SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS: '-1',
        SCIM_BRIDGE_UPSTREAM_MIN_RATE: '0',
        SCIM_BRIDGE_UPSTREAM_CONCURRENCY: 'many',
        SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS: '50',
        SCIM_BRIDGE_METRICS: 'sometimes',
      });
    } catch (error) {
      assert.ok(isConfigError(error));
      const problems = Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.problem]));
      assert.deepEqual(Object.keys(problems).sort(), [
        'SCIM_BRIDGE_METRICS', 'SCIM_BRIDGE_UPSTREAM_BACKOFF_MS', 'SCIM_BRIDGE_UPSTREAM_CONCURRENCY', 'SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS',
        'SCIM_BRIDGE_UPSTREAM_MAX_WAIT_MS', 'SCIM_BRIDGE_UPSTREAM_MIN_RATE', 'SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS',
      ]);
      assert.match(problems['SCIM_BRIDGE_UPSTREAM_MAX_ATTEMPTS'] ?? '', /integer from 1 to 20/);
      assert.match(problems['SCIM_BRIDGE_UPSTREAM_TIMEOUT_MS'] ?? '', /from 100 to 300000/);
      return;
    }
    assert.fail('loadConfig accepted an invalid environment');
  });
});
