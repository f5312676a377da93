import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from '../../../src/observability/logger.ts';
import { REDACTED, redact } from '../../../src/observability/redact.ts';
import { checkReadiness } from '../../../src/observability/readiness.ts';

describe('redact', () => {
  it('replaces secret-named fields whatever their spelling', () => {
    assert.deepEqual(redact({ Authorization: 'Bearer abc', SCIM_BRIDGE_JWT_SECRET: 'x', secretAccessKey: 'y', 'x-api': 1 }), {
      Authorization: REDACTED,
      SCIM_BRIDGE_JWT_SECRET: REDACTED,
      secretAccessKey: REDACTED,
      'x-api': 1,
    });
  });

  it('scrubs bearer tokens and JWTs inside free text', () => {
    assert.equal(redact('failed with Bearer abc.def-ghi'), `failed with ${REDACTED}`);
    assert.equal(redact('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig here'), `token ${REDACTED} here`);
  });

  it('turns errors into data with their cause chain, scrubbed', () => {
    const error = new Error('outer', { cause: Object.assign(new Error('inner Bearer zzz'), { code: 'ECONNREFUSED' }) });
    const out = redact(error) as { name: string; message: string; cause: { message: string; code: string } };
    assert.equal(out.name, 'Error');
    assert.equal(out.cause.code, 'ECONNREFUSED');
    assert.equal(out.cause.message, `inner ${REDACTED}`);
  });

  it('survives cycles by bounding depth', () => {
    const a: Record<string, unknown> = {};
    a['self'] = a;
    assert.doesNotThrow(() => JSON.stringify(redact(a)));
  });
});

describe('createLogger', () => {
  it('writes JSON lines at or above its level, redacted', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => void lines.push(line), now: () => new Date('2026-01-01T00:00:00Z') });
    logger.info('quiet');
    logger.warn('loud', { token: 'eyJx.eyJy.z', n: 1 });
    assert.equal(lines.length, 1);
    assert.ok(lines[0]?.endsWith('\n'));
    assert.deepEqual(JSON.parse(lines[0] ?? ''), { time: '2026-01-01T00:00:00.000Z', level: 'warn', message: 'loud', token: REDACTED, n: 1 });
  });

  it('redacts secrets in nested request objects and error causes', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => void lines.push(line) });
    const cause = new Error('upstream said Bearer abc.def');
    logger.error('failed', { req: { headers: { authorization: 'Bearer xyz', accept: 'json' } }, error: new Error('outer', { cause }) });
    const text = lines.join('');
    assert.ok(!text.includes('xyz') && !text.includes('abc.def'), text);
    const line = JSON.parse(lines[0] ?? '') as { req: { headers: Record<string, string> }; error: { cause: { message: string } } };
    assert.deepEqual(line.req.headers, { authorization: REDACTED, accept: 'json' });
    assert.equal(line.error.cause.message, `upstream said ${REDACTED}`);
  });

  it('writes nothing when silent', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'silent', write: (line) => void lines.push(line) });
    logger.error('x');
    assert.equal(lines.length, 0);
  });
});

describe('checkReadiness', () => {
  it('is ready only when every check passes, naming failures by code', async () => {
    const report = await checkReadiness([
      { name: 'a', check: () => Promise.resolve() },
      { name: 'b', check: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' })) },
    ]);
    assert.equal(report.ready, false);
    assert.deepEqual(report.checks['a'], { ok: true });
    assert.equal(report.checks['b']?.ok === false && report.checks['b'].reason, 'ECONNREFUSED');
  });

  it('aborts a check that outlives the deadline', async () => {
    let aborted = false;
    const report = await checkReadiness([{ name: 'slow', check: (signal) => new Promise(() => signal.addEventListener('abort', () => (aborted = true))) }], 20);
    assert.equal(report.ready, false);
    assert.ok(aborted);
  });
});
