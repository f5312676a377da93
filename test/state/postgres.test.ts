/**
 * The contract against the PostgreSQL backend, opened through its URL with a fresh `?schema=` per
 * test; two instances are two pools on one schema, as two gateways would be.
 */
import { openGatewayState } from '../../src/state/open-gateway-state.ts';
import { gatewayStateContract } from './gateway-state-contract.ts';
import { testSchemasForThisFile } from './postgres/test-schemas.ts';

const schemas = testSchemasForThisFile();

gatewayStateContract('postgres', {
  open: (options) => openGatewayState(schemas.fresh().url, options),
  openTwo: async (options) => {
    const { url } = schemas.fresh();
    return [await openGatewayState(url, options), await openGatewayState(url, options)] as const;
  },
});
