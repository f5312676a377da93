/**
 * What an Identity Store failure means for the operator running `scim-bridge doctor`, and what to
 * do about it. The failure is classified once (classify-aws-error.ts, the same table the gateway
 * uses); this adds advice that names the variable or document to look at. Messages are the
 * SDK's or AWS's, which never contain key material.
 */
import type { AwsIdentityStoreConfig } from '../../config/config.ts';
import { classifyAwsError } from '../../identity-store/classify-aws-error.ts';
import { isIdentityStoreCallError } from '../../identity-store/identity-store-call-error.ts';
import { CheckTimeoutError } from './with-timeout.ts';

export interface FailureExplanation {
  /** The exception name (or NetworkError / timeout), for tests and the summary. */
  readonly exception: string;
  readonly summary: string;
  readonly advice: string;
}

const CREDENTIALS = 'Check the gateway\'s AWS credentials (docs/aws-setup.md#credentials): the keys, the profile\'s account, and the machine\'s clock.';

function endpointOf(config: AwsIdentityStoreConfig): string {
  return config.endpointUrl ?? `https://identitystore.${config.region}.amazonaws.com`;
}

export function explainStoreFailure(error: unknown, operation: string, config: AwsIdentityStoreConfig): FailureExplanation {
  if (error instanceof CheckTimeoutError) {
    return {
      exception: 'Timeout',
      summary: `${operation}: ${error.message}`,
      advice: `Check that ${endpointOf(config)} is reachable from here (network, proxy, firewall, AWS_ENDPOINT_URL_IDENTITYSTORE).`,
    };
  }
  const failure = isIdentityStoreCallError(error) ? error.failure : classifyAwsError(error);
  const summary = `${operation} failed with ${failure.exception}${failure.reason === undefined ? '' : ` (${failure.reason})`}: ${failure.message}`;
  const explained = (advice: string): FailureExplanation => ({ exception: failure.exception, summary, advice });
  switch (failure.exception) {
    case 'NetworkError':
    case 'TimeoutError':
      return explained(`Check that ${endpointOf(config)} is reachable from here (network, proxy, firewall, DNS; AWS_ENDPOINT_URL_IDENTITYSTORE when set).`);
    case 'ResourceNotFoundException':
      if (failure.resourceType === 'IDENTITY_STORE') {
        return explained(`Identity store ${config.identityStoreId} does not exist in ${config.region}. Check IDENTITY_STORE_ID and AWS_REGION: both are on the IAM Identity Center console's Settings page (docs/aws-setup.md#identity-store-id-and-region).`);
      }
      return explained('Unexpected: a lookup of the probe resource failed. Check IDENTITY_STORE_ID and AWS_REGION.');
    case 'AccessDeniedException':
      return explained(failure.reason === undefined
        ? `The credentials may not call identitystore:${operation} on ${config.identityStoreId}. Attach the policy in docs/aws-setup.md#iam-policy, and check that the identity store belongs to the account the credentials are for.`
        : 'IAM Identity Center may not use its KMS key: check the key policy of the key configured for the Identity Center instance.');
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
    case 'CredentialsProviderError':
      return explained(CREDENTIALS);
    case 'ThrottlingException':
    case 'InternalServerException':
      return explained('The identity store answered, but is busy or failing right now; run doctor again in a minute.');
    case 'ValidationException':
      return explained(failure.reason?.startsWith('KMS_') === true
        ? 'The Identity Center instance\'s KMS key is unusable: check it is enabled and its key policy allows IAM Identity Center.'
        : 'The identity store refused the request. Check IDENTITY_STORE_ID (d-xxxxxxxxxx) and AWS_REGION.');
    default:
      return explained('Unexpected failure. Check the endpoint, region and credentials; the message above is what AWS or the SDK said.');
  }
}
