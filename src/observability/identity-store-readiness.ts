/**
 * The Identity Store half of /readyz: the cheapest signed call that proves the endpoint is
 * reachable, the credentials are accepted and the store id exists (ListUsers with MaxResults 1).
 */
import { ListUsersCommand, type IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { ReadinessCheck } from './readiness.ts';

export function identityStoreReadiness(client: IdentitystoreClient, identityStoreId: string): ReadinessCheck {
  return {
    name: 'identityStore',
    check: async (signal) => {
      await client.send(new ListUsersCommand({ IdentityStoreId: identityStoreId, MaxResults: 1 }), { abortSignal: signal });
    },
  };
}
