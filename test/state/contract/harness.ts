/**
 * How a backend's test file hands its stores to the shared contract suite.
 */
import type { TestContext } from 'node:test';
import type { GatewayStateOptions } from '../../../src/state/gateway-state-options.ts';
import type { GatewayState } from '../../../src/state/port.ts';

export interface GatewayStateHarness {
  /** A fresh, empty store. */
  open(options: GatewayStateOptions): Promise<GatewayState>;
  /**
   * Two instances on one fresh store, as two gateways would have them (two SQLite connections to
   * one file, two Postgres pools on one schema). `memory:` cannot share, so it returns one twice.
   */
  openTwo(options: GatewayStateOptions): Promise<readonly [GatewayState, GatewayState]>;
}

/** Opens a fresh store for one test and closes it when the test ends. */
export async function openFor(t: TestContext, harness: GatewayStateHarness, options: GatewayStateOptions = {}): Promise<GatewayState> {
  const state = await harness.open(options);
  t.after(() => state.close());
  return state;
}

export async function openTwoFor(t: TestContext, harness: GatewayStateHarness, options: GatewayStateOptions = {}): Promise<readonly [GatewayState, GatewayState]> {
  const pair = await harness.openTwo(options);
  t.after(async () => {
    await pair[0].close();
    await pair[1].close();
  });
  return pair;
}
