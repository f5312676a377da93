/**
 * Reads what the SDK threw and finds its row in AWS_ERROR_TABLE. Pure: no I/O, no SDK import,
 * so it also classifies errors the SDK raises before a call reaches AWS (credentials, sockets).
 */
import { AWS_ERROR_TABLE, type AwsErrorRule } from './aws-error-table.ts';

export interface UpstreamFailure {
  readonly rule: AwsErrorRule;
  /** The SDK error name, or NetworkError for socket-level failures. */
  readonly exception: string;
  readonly reason: string | undefined;
  readonly message: string;
  readonly resourceType: string | undefined;
  readonly resourceId: string | undefined;
  /** The store's RetryAfterSeconds hint, when it sent one. */
  readonly retryAfterSeconds: number | undefined;
  /** x-amzn-RequestId: what AWS support asks for. */
  readonly requestId: string | undefined;
}

/** Socket errors the SDK passes through with Node's code rather than a modelled name. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNABORTED', 'UND_ERR_SOCKET']);

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

function stringField(error: object, key: string): string | undefined {
  const value = field(error, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function exceptionName(error: object): string {
  const name = stringField(error, 'name') ?? 'Error';
  // The SDK's request timeout carries code ETIMEDOUT too, but says more by its name.
  if (name === 'TimeoutError') return name;
  const code = stringField(error, 'code');
  if (code !== undefined && NETWORK_CODES.has(code)) return 'NetworkError';
  if (name === 'Error' && /socket hang up|ECONNRESET|ECONNREFUSED/.test(stringField(error, 'message') ?? '')) return 'NetworkError';
  return name;
}

function requestIdOf(error: object): string | undefined {
  const metadata = field(error, '$metadata');
  const fromMetadata = typeof metadata === 'object' && metadata !== null ? stringField(metadata, 'requestId') : undefined;
  return fromMetadata ?? stringField(error, 'RequestId');
}

function matches(rule: AwsErrorRule, exception: string, reason: string | undefined, resourceType: string | undefined): boolean {
  if (rule.exception !== '*' && rule.exception !== exception) return false;
  if (rule.reason !== undefined && rule.reason !== reason) return false;
  if (rule.resourceType !== undefined && rule.resourceType !== resourceType) return false;
  return true;
}

export function classifyAwsError(error: unknown): UpstreamFailure {
  const source: object = typeof error === 'object' && error !== null ? error : new Error(String(error));
  const exception = exceptionName(source);
  const reason = stringField(source, 'Reason');
  const resourceType = stringField(source, 'ResourceType');
  const retryAfter = field(source, 'RetryAfterSeconds');
  const rule = AWS_ERROR_TABLE.find((candidate) => matches(candidate, exception, reason, resourceType));
  if (rule === undefined) throw new Error('AWS_ERROR_TABLE must end with a catch-all row');
  return {
    rule,
    exception,
    reason,
    message: stringField(source, 'message') ?? stringField(source, 'Message') ?? exception,
    resourceType,
    resourceId: stringField(source, 'ResourceId'),
    retryAfterSeconds: typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
    requestId: requestIdOf(source),
  };
}
