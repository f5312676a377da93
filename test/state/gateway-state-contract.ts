/**
 * The GatewayState contract, written once and run against every backend (memory, SQLite,
 * PostgreSQL) by test/state/{memory,sqlite,postgres}.test.ts, so callers can rely on identical behaviour.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { concurrencyContract } from './contract/concurrency-contract.ts';
import { ephemeralContract } from './contract/ephemeral-contract.ts';
import { externalIdContract } from './contract/external-id-contract.ts';
import type { GatewayStateHarness } from './contract/harness.ts';
import { suspendedMembershipsContract } from './contract/suspended-memberships-contract.ts';
import { tokensContract } from './contract/tokens-contract.ts';

export type { GatewayStateHarness } from './contract/harness.ts';

export function gatewayStateContract(backend: string, harness: GatewayStateHarness): void {
  describe(`GatewayState contract: ${backend}`, () => {
    externalIdContract(harness);
    suspendedMembershipsContract(harness);
    tokensContract(harness);
    ephemeralContract(harness);
    concurrencyContract(harness);

    describe('lifecycle', () => {
      it('is healthy while open; after close every call rejects and close stays idempotent', async () => {
        const state = await harness.open({});
        await state.health();
        await state.close();
        await state.close();
        await assert.rejects(state.health());
        await assert.rejects(state.findResourceIdByExternalId('User', 'okta', 'x'));
        await assert.rejects(state.putEphemeral('cursor', 'k', 'v', 1_000));
      });
    });
  });
}
