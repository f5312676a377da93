// The fuzz files together send at least the 10,000 cases issue #8 asks for (each file asserts its own share).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { FUZZ_CASES, MIN_TOTAL_FUZZ_CASES } from './support/fuzz-budget.ts';

describe('fuzz budget', () => {
  it('the shares add up to at least 10,000 requests', () => {
    const total = Object.values(FUZZ_CASES).reduce((sum, cases) => sum + cases, 0);
    assert.ok(total >= MIN_TOTAL_FUZZ_CASES, `only ${total} fuzz cases planned`);
  });

  it('every share is spent by exactly one fuzz file, which asserts it', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('-fuzz.test.ts'));
    for (const share of Object.keys(FUZZ_CASES)) {
      const users = files.filter((name) => readFileSync(new URL(name, import.meta.url), 'utf8').includes(`FUZZ_CASES.${share}`));
      assert.equal(users.length, 1, `FUZZ_CASES.${share} is used by ${users.length} files (${users.join(', ')})`);
    }
  });
});
