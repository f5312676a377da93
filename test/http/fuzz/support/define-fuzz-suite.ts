/**
 * One fuzz file's suite: prints the seed, starts a gateway (fuzz-gateway.ts), sends `cases`
 * generated requests through runFuzz and asserts that exactly that many went out and that the
 * gateway still serves afterwards. Each *-fuzz.test.ts file is one call, so the files differ only
 * in what they generate.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type fc from 'fast-check';
import { assertStillServing } from './assert-still-serving.ts';
import type { FuzzRequest } from './fuzz-client.ts';
import { startFuzzGateway, type FuzzGateway } from './fuzz-gateway.ts';
import { fuzzSeed, reproduceHint } from './fuzz-seed.ts';
import { runFuzz } from './run-fuzz.ts';

export interface FuzzSuite<T> {
  /** The test file, relative to the repository, for the replay hint. */
  readonly file: string;
  /** What is fuzzed, e.g. "PATCH bodies". */
  readonly title: string;
  /** Its share of FUZZ_CASES. */
  readonly cases: number;
  readonly inputs: fc.Arbitrary<T>;
  readonly toRequest: (input: T, fuzz: FuzzGateway) => FuzzRequest;
  /** Runs once the gateway is up, before the first case (e.g. to capture a real cursor). */
  readonly prepare?: (fuzz: FuzzGateway) => Promise<void>;
}

export function defineFuzzSuite<T>(suite: FuzzSuite<T>): void {
  const seed = fuzzSeed();
  console.log(`[fuzz] ${suite.file}: seed ${seed}; ${reproduceHint(seed, suite.file)}`);
  describe(`fuzz: ${suite.title}`, () => {
    let fuzz: FuzzGateway;
    before(async () => {
      fuzz = await startFuzzGateway();
      await suite.prepare?.(fuzz);
    });
    after(async () => {
      await fuzz.close();
    });

    it(`${suite.cases} generated requests: no 5xx, every error a valid SCIM error (seed ${seed})`, async () => {
      const sent = await runFuzz({ file: suite.file, seed, runs: suite.cases, client: fuzz.client, inputs: suite.inputs, toRequest: (input) => suite.toRequest(input, fuzz) });
      assert.equal(sent, suite.cases);
      await assertStillServing(fuzz);
    });
  });
}
