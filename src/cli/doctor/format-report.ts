/**
 * The doctor report as text: one line per check (status, name, what was found), an indented
 * "fix:" line under anything that needs action, and a closing verdict.
 */
import type { CheckResult, CheckStatus } from './check-result.ts';

const LABEL: Readonly<Record<CheckStatus, string>> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', skip: 'skip' };

export function formatReport(results: readonly CheckResult[]): string[] {
  const width = Math.max(...results.map((result) => result.name.length));
  const lines = ['scim-bridge doctor'];
  for (const result of results) {
    lines.push(`  ${LABEL[result.status]}  ${result.name.padEnd(width)}  ${result.summary}`);
    if (result.advice !== undefined) lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  ${result.status === 'skip' ? 'hint: ' : 'fix: '}${result.advice}`);
  }
  const failed = results.filter((result) => result.status === 'fail').length;
  const warned = results.filter((result) => result.status === 'warn').length;
  lines.push(failed > 0
    ? `${failed} check${failed === 1 ? '' : 's'} failed.`
    : `All checks passed${warned > 0 ? ` (${warned} warning${warned === 1 ? '' : 's'})` : ''}.`);
  return lines;
}
