/**
 * Doctor check 2: resolves the AWS SDK's default credential chain (environment, SSO or shared
 * profile, container or instance role) the way the gateway's client will, without calling AWS.
 * Reports where the credentials came from and when they expire; never the keys themselves.
 */
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { check, type CheckResult } from './check-result.ts';
import { describeCredentialSource } from './describe-credential-source.ts';
import { withTimeout } from './with-timeout.ts';

/**
 * Temporary keys that nothing can renew (session credentials in environment variables) and that
 * expire within this are worth a warning: the gateway would stop working shortly after starting.
 */
const SOON_MS = 15 * 60 * 1000;

const ADVICE = 'Provide credentials the SDK can find: AWS_PROFILE with an SSO profile (then run `aws sso login`), '
  + 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a task/instance role. See docs/aws-setup.md#credentials.';

export async function checkCredentials(client: IdentitystoreClient, now: Date, timeoutMs: number): Promise<CheckResult> {
  let identity: { readonly expiration?: Date; readonly sessionToken?: string };
  try {
    identity = await withTimeout(timeoutMs, 'the credential chain', () => client.config.credentials());
  } catch (error) {
    // SDK credential errors describe the chain (e.g. an expired SSO session), never key material.
    return check('AWS credentials', 'fail', `none found: ${error instanceof Error ? error.message : String(error)}`, ADVICE);
  }
  const source = describeCredentialSource(identity);
  const kind = identity.sessionToken === undefined ? 'long-term keys' : 'temporary credentials';
  const expiry = identity.expiration;
  if (expiry !== undefined && !source.refreshable && expiry.getTime() - now.getTime() < SOON_MS) {
    return check('AWS credentials', 'warn', `${kind} from ${source.description} expire at ${expiry.toISOString()} and cannot be renewed`,
      'Use a profile or a role the SDK can renew (docs/aws-setup.md#credentials), or export fresh keys before starting the gateway.');
  }
  return check('AWS credentials', 'ok', `${kind} from ${source.description}${expiry === undefined ? '' : `, current ones valid until ${expiry.toISOString()}`}`);
}
