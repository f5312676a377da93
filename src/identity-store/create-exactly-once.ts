/**
 * CreateUser and CreateGroup without duplicates. The API takes no idempotency token, so a create
 * whose answer was lost (a dropped connection, a timeout, a 5xx that came after the store acted)
 * may or may not have happened. The SDK does not re-send creates after such failures
 * (upstream/decide-retry.ts); this decides instead, by reading:
 *
 *   ambiguous failure -> look the unique value up (GetUserId by userName, GetGroupId by displayName)
 *     found, created before this create began -> 409 uniqueness: it existed already, even if it
 *                                               holds what was sent (an IdP re-sending a create)
 *     found, and it holds what was sent        -> it is ours: created, exactly once
 *     found, but it holds something else       -> 409 uniqueness: the value belongs to another resource
 *     not found                                -> it did not happen: create again (bounded)
 *
 * "Before" compares the store's CreatedAt with the gateway's clock when the first attempt was
 * sent, less an allowance for the two clocks' difference (`clockSkewMs`: 0 for the embedded
 * emulator, which runs on the gateway's clock; a few seconds against AWS). A resource created
 * within the allowance is given the benefit of the doubt: it is taken as ours when it holds what
 * was sent.
 *
 * A re-sent create that hits a uniqueness conflict is resolved the same way: the first create may
 * have landed after the lookup (a slow store), and it must not be reported as someone else's.
 */
import { IdentityStoreCallError, isIdentityStoreCallError } from './identity-store-call-error.ts';

/** Failures after which the store may have applied the call: the answer, not the request, was lost. */
const AMBIGUOUS_EXCEPTIONS = new Set(['InternalServerException', 'NetworkError', 'TimeoutError']);

export function mayHaveApplied(error: IdentityStoreCallError): boolean {
  return AMBIGUOUS_EXCEPTIONS.has(error.failure.exception) || error.failure.rule.exception === '*';
}

function isUniquenessConflict(error: IdentityStoreCallError): boolean {
  return error.failure.exception === 'ConflictException' && error.failure.reason === 'UNIQUENESS_CONSTRAINT_VIOLATION';
}

export interface CreateSteps {
  readonly operation: 'CreateUser' | 'CreateGroup';
  /** How the unique value reads in an error: `userName "alice@example.com"`. */
  readonly uniqueValue: string;
  create(): Promise<string>;
  /** The id of the resource holding the unique value just sent, if any. */
  findHolder(): Promise<string | undefined>;
  /** That resource, read: whether it holds every attribute as it was sent, and when the store created it. */
  readHolder(id: string): Promise<{ readonly holdsWhatWasSent: boolean; readonly createdAt: Date | undefined }>;
}

export interface CreateOnceOptions {
  /** Creates sent in total when an ambiguous failure proved (by lookup) that nothing was created. */
  readonly attempts: number;
  /** Allowance for the store's clock differing from the gateway's, in milliseconds. */
  readonly clockSkewMs: number;
}

export async function createExactlyOnce(steps: CreateSteps, options: CreateOnceOptions): Promise<string> {
  const { attempts, clockSkewMs } = options;
  const startedAt = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    let failure: IdentityStoreCallError;
    try {
      return await steps.create();
    } catch (error) {
      if (!isIdentityStoreCallError(error)) throw error;
      const resolvable = mayHaveApplied(error) || (attempt > 1 && isUniquenessConflict(error));
      if (!resolvable) throw error;
      failure = error;
    }
    const holder = await findHolder(steps, failure);
    if (holder !== undefined) {
      const read = await steps.readHolder(holder);
      const existedBefore = read.createdAt !== undefined && read.createdAt.getTime() < startedAt - clockSkewMs;
      if (read.holdsWhatWasSent && !existedBefore) return holder;
      throw new IdentityStoreCallError(steps.operation, {
        name: 'ConflictException',
        Reason: 'UNIQUENESS_CONSTRAINT_VIOLATION',
        message: read.holdsWhatWasSent
          ? `${steps.uniqueValue} belongs to a resource that existed before this create (checked after ${steps.operation} failed without an answer).`
          : `${steps.uniqueValue} belongs to a resource that differs from the one sent (checked after ${steps.operation} failed without an answer).`,
      });
    }
    if (attempt >= attempts) throw failure;
  }
}

/** A lookup that fails too leaves the question open: the IdP gets the create's own (retryable) failure. */
async function findHolder(steps: CreateSteps, failure: IdentityStoreCallError): Promise<string | undefined> {
  try {
    return await steps.findHolder();
  } catch {
    throw failure;
  }
}
