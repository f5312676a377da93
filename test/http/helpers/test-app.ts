/**
 * Builds the real HTTP app for tests with a known token key and captured logs. Dependencies are
 * real (token verification, readiness checks); callers replace what a test is about.
 */
import type { Express } from 'express';
import { issueToken, type IssueTokenOptions } from '../../../src/auth/issue-token.ts';
import { tokenKeyFromSecret } from '../../../src/auth/token-key.ts';
import { createTokenVerifier } from '../../../src/auth/verify-token.ts';
import { createApp, type AppDeps } from '../../../src/http/create-app.ts';
import { createLogger } from '../../../src/observability/logger.ts';

export const TEST_SECRET = 'test-secret-that-is-at-least-32-bytes-long';
export const testKey = tokenKeyFromSecret(TEST_SECRET);

export function tokenFor(options: Partial<Omit<IssueTokenOptions, 'key'>> = {}): string {
  return issueToken({ key: testKey, subject: 'test-idp', ...options }).token;
}

export interface TestApp {
  readonly app: Express;
  /** Parsed log records written during the test. */
  readonly logs: Record<string, unknown>[];
}

export function buildTestApp(overrides: Partial<AppDeps> = {}): TestApp {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createApp({ verifyToken: createTokenVerifier(testKey), readiness: [], logger, publicUrl: undefined, ...overrides });
  return { app, logs };
}

/** supertest types bodies as `any`; tests name the shape they expect instead. */
export function bodyAs<T>(res: { readonly body: unknown }): T {
  return res.body as T;
}

export interface ErrorBody {
  readonly schemas: readonly string[];
  readonly status: string;
  readonly scimType?: string;
  readonly detail: string;
}

export interface ReadinessBody {
  readonly status: string;
  readonly detail?: string;
  readonly checks: Readonly<Record<string, string>>;
}
