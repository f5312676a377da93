import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AWS_ERROR_TABLE } from '../../src/identity-store/aws-error-table.ts';

/** Rows of the first markdown table whose header starts with `| exception |`. */
function documentedRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| exception |'));
  assert.ok(start >= 0, 'docs/error-mapping.md has no error table');
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
    rows.push(cells);
  }
  return rows;
}

const unquote = (cell: string): string => cell.replace(/`/g, '');

describe('docs/error-mapping.md', () => {
  it('lists exactly the rows of AWS_ERROR_TABLE, in order, with the same outcome', () => {
    const rows = documentedRows(readFileSync(new URL('../../docs/error-mapping.md', import.meta.url), 'utf8'));
    assert.equal(rows.length, AWS_ERROR_TABLE.length, 'row count differs between docs and code');
    AWS_ERROR_TABLE.forEach((rule, index) => {
      const [exception, match, status, scimType, retry, retryAfter, detail] = rows[index] ?? [];
      const expectedMatch = rule.reason ?? (rule.resourceType === undefined ? 'any' : `ResourceType ${rule.resourceType}`);
      assert.deepEqual(
        [unquote(exception ?? ''), unquote(match ?? ''), Number(status), scimType ?? '', retry, retryAfter === 'yes', detail],
        [rule.exception, expectedMatch, rule.status, rule.scimType ?? '', rule.retry, rule.retryAfter, rule.detail],
        `row ${index + 1} (${rule.exception}) differs`,
      );
    });
  });
});
