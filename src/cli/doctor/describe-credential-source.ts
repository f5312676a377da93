/**
 * Which link of the SDK's default credential chain produced the credentials, for the report. The
 * SDK tags resolved credentials with `$source` (its feature-tracking ids, @aws-sdk/types
 * feature-ids); read defensively: an SDK without the tag gives "the SDK's default chain".
 */

/** Most specific first: an SSO profile also carries CREDENTIALS_PROFILE. */
const SOURCES: readonly (readonly [string, string])[] = [
  ['CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN', 'web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)'],
  ['CREDENTIALS_PROFILE_SSO', 'SSO profile (aws sso login)'],
  ['CREDENTIALS_SSO', 'SSO profile (aws sso login)'],
  ['CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'profile with a web identity token'],
  ['CREDENTIALS_PROFILE_SOURCE_PROFILE', 'profile assuming a role (source_profile)'],
  ['CREDENTIALS_PROFILE_PROCESS', 'profile with credential_process'],
  ['CREDENTIALS_PROFILE_LOGIN', 'profile signed in with aws login'],
  ['CREDENTIALS_PROFILE', 'shared config/credentials profile'],
  ['CREDENTIALS_ENV_VARS', 'environment variables (AWS_ACCESS_KEY_ID)'],
  ['CREDENTIALS_HTTP', 'container credentials endpoint (ECS/EKS task role)'],
  ['CREDENTIALS_IMDS', 'instance metadata (EC2 instance role)'],
];

export interface CredentialSource {
  readonly description: string;
  /**
   * Whether the SDK can fetch fresh credentials when these expire. Keys given in environment
   * variables cannot be renewed by the SDK; profiles and roles can.
   */
  readonly refreshable: boolean;
}

export function describeCredentialSource(identity: object): CredentialSource {
  const tags = (identity as { readonly $source?: unknown }).$source;
  if (typeof tags === 'object' && tags !== null) {
    for (const [tag, description] of SOURCES) {
      if (Object.hasOwn(tags, tag)) return { description, refreshable: tag !== 'CREDENTIALS_ENV_VARS' };
    }
  }
  return { description: "the SDK's default chain", refreshable: true };
}
