import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { USER_ATTRIBUTE_MAP } from '../../src/translate/user-mapping.ts';

/** Rows of the markdown table whose header starts with `| SCIM attribute |`. */
function documentedRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| SCIM attribute |'));
  assert.ok(start >= 0, 'docs/attribute-mapping.md has no mapping table');
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');

describe('docs/attribute-mapping.md', () => {
  const markdown = readFileSync(new URL('../../docs/attribute-mapping.md', import.meta.url), 'utf8');

  it('lists exactly the rows of USER_ATTRIBUTE_MAP, in order, with the same notes', () => {
    const rows = documentedRows(markdown);
    assert.deepEqual(
      rows.map(([scim, store, note]) => ({ scim: unquote(scim ?? ''), store: unquote(store ?? ''), note: note ?? '' })),
      USER_ATTRIBUTE_MAP.map((row) => ({ scim: row.scim, store: row.store, note: row.note })),
    );
  });

  it('documents every deactivation mode and every attribute that is not stored', () => {
    for (const needle of ['`status` (default)', '`suspend-memberships`', '`delete`', '`password`', '`groups`', '`ims`', '`entitlements`', '`x509Certificates`', '`website`', '`birthdate`']) {
      assert.ok(markdown.includes(needle), `docs/attribute-mapping.md does not mention ${needle}`);
    }
  });
});
