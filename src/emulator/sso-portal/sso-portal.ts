/**
 * State of the emulated IAM Identity Center portal (sso-2019-06-10 service model): the accounts
 * and roles assigned to the signed-in user, the access tokens it accepts (what the OIDC
 * `CreateToken` call would have issued and the SDK reads from `~/.aws/sso/cache`), how long the
 * role credentials it hands out live, and an injectable throttle.
 *
 * One user per portal: every accepted token sees the same assignments. That is all the SSO
 * credential path needs (profile -> token -> GetRoleCredentials) and keeps the emulator small.
 */
import { randomBytes } from 'node:crypto';

export interface PortalAccount {
  readonly accountId: string;
  readonly accountName?: string;
  readonly emailAddress?: string;
  /** Role (permission set) names the user may assume in this account. */
  readonly roles: readonly string[];
}

export interface PortalAccessToken {
  readonly token: string;
  /** After this instant the token answers UnauthorizedException, as an expired SSO session does. */
  readonly expiresAt?: Date;
}

export interface SsoPortalOptions {
  readonly accounts?: readonly PortalAccount[];
  /** Tokens accepted from the start; strings never expire. More can be added with `addAccessToken`. */
  readonly accessTokens?: readonly (string | PortalAccessToken)[];
  /** Lifetime of GetRoleCredentials credentials; a permission set's default session is one hour. */
  readonly credentialLifetimeSeconds?: number;
  /** Page size when a list call sends no `max_result`. */
  readonly defaultPageSize?: number;
  /** Clock, replaceable so tests can move past expiries without waiting. */
  readonly now?: () => Date;
}

/** The account a portal has when none are configured, so `scim-bridge emulator` works out of the box. */
export const DEFAULT_PORTAL_ACCOUNTS: readonly PortalAccount[] = [
  {
    accountId: '123456789012',
    accountName: 'scim-bridge-emulator',
    emailAddress: 'aws-emulator@example.com',
    roles: ['IdentityStoreAdmin'],
  },
];

export class SsoPortal {
  readonly accounts: readonly PortalAccount[];
  readonly credentialLifetimeSeconds: number;
  readonly defaultPageSize: number;
  readonly now: () => Date;
  readonly #tokens = new Map<string, PortalAccessToken>();
  #throttleRemaining = 0;

  constructor(options: SsoPortalOptions = {}) {
    this.accounts = (options.accounts ?? DEFAULT_PORTAL_ACCOUNTS).map((a) => ({ ...a, roles: [...a.roles] }));
    this.credentialLifetimeSeconds = options.credentialLifetimeSeconds ?? 3600;
    this.defaultPageSize = options.defaultPageSize ?? 20;
    this.now = options.now ?? ((): Date => new Date());
    if (!(this.credentialLifetimeSeconds > 0)) throw new RangeError('credentialLifetimeSeconds must be positive.');
    if (!Number.isInteger(this.defaultPageSize) || this.defaultPageSize < 1 || this.defaultPageSize > 100) {
      throw new RangeError('defaultPageSize must be an integer from 1 to 100 (MaxResultType).');
    }
    for (const t of options.accessTokens ?? []) this.addAccessToken(t);
  }

  addAccessToken(token: string | PortalAccessToken): void {
    const entry = typeof token === 'string' ? { token } : token;
    if (entry.token === '') throw new TypeError('An access token cannot be empty.');
    this.#tokens.set(entry.token, entry);
  }

  /** Mints a random access token, as a device-authorization login would, and accepts it. */
  issueAccessToken(expiresAt?: Date): string {
    const token = `aoa${randomBytes(32).toString('base64url')}`;
    this.addAccessToken(expiresAt === undefined ? { token } : { token, expiresAt });
    return token;
  }

  /** True while the token is known, not expired and not logged out. */
  isAccessTokenValid(token: string): boolean {
    const entry = this.#tokens.get(token);
    if (entry === undefined) return false;
    return entry.expiresAt === undefined || entry.expiresAt.getTime() > this.now().getTime();
  }

  /** Invalidates the token (Logout). Credentials already issued with it stay valid, as in AWS. */
  revokeAccessToken(token: string): boolean {
    return this.#tokens.delete(token);
  }

  findAccount(accountId: string): PortalAccount | undefined {
    return this.accounts.find((a) => a.accountId === accountId);
  }

  /** Makes the next `count` portal requests answer TooManyRequestsException (fault injection). */
  throttleNext(count: number): void {
    this.#throttleRemaining = Math.max(0, Math.floor(count));
  }

  /** Consumes one injected throttle; true when this request must be throttled. */
  takeThrottle(): boolean {
    if (this.#throttleRemaining === 0) return false;
    this.#throttleRemaining -= 1;
    return true;
  }
}
