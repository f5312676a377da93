/**
 * The contract against the `memory:` backend (one instance stands in for "two on one store").
 */
import { createMemoryGatewayState } from '../../src/state/memory-gateway-state.ts';
import { gatewayStateContract } from './gateway-state-contract.ts';

gatewayStateContract('memory', {
  open: (options) => Promise.resolve(createMemoryGatewayState(options)),
  openTwo: (options) => {
    const state = createMemoryGatewayState(options);
    return Promise.resolve([state, state] as const);
  },
});
