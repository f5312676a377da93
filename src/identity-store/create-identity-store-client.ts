/**
 * Builds the SDK client for the configured Identity Store. Two targets:
 * - the embedded emulator: its loopback endpoint, the credentials the composition root generated
 *   for it (the emulator checks SigV4 against them), region us-east-1;
 * - AWS: the configured region and the SDK's default credential chain (env, SSO profile,
 *   ECS/IMDS). The endpoint is left to the SDK, which honours AWS_ENDPOINT_URL_IDENTITYSTORE and
 *   AWS_ENDPOINT_URL; when config carries AWS_ENDPOINT_URL_IDENTITYSTORE it is passed explicitly,
 *   because config may come from an env object other than process.env (tests, `startGateway(env)`).
 * No express here: this is the AWS side of the house.
 */
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { AwsIdentityStoreConfig } from '../config/config.ts';

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export type IdentityStoreClientTarget =
  | { readonly kind: 'emulator'; readonly endpoint: string; readonly credentials: StaticCredentials }
  | { readonly kind: 'aws'; readonly config: AwsIdentityStoreConfig };

/** The emulator ignores regions, but SigV4 needs one; this is the SDK's own usual default. */
export const EMULATOR_REGION = 'us-east-1';

export function createIdentityStoreClient(target: IdentityStoreClientTarget): IdentitystoreClient {
  switch (target.kind) {
    case 'emulator':
      return new IdentitystoreClient({
        region: EMULATOR_REGION,
        endpoint: target.endpoint,
        credentials: { accessKeyId: target.credentials.accessKeyId, secretAccessKey: target.credentials.secretAccessKey },
      });
    case 'aws':
      return new IdentitystoreClient({
        region: target.config.region,
        ...(target.config.endpointUrl === undefined ? {} : { endpoint: target.config.endpointUrl }),
      });
    default: {
      const never: never = target;
      throw new Error(`Unknown Identity Store target ${JSON.stringify(never)}`);
    }
  }
}
