import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GROUP_ATTRIBUTE_MAP } from '../../src/translate/groups/group-mapping.ts';

/** Rows of the markdown table whose header starts with `| SCIM Group attribute |`. */
function documentedRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| SCIM Group attribute |'));
  assert.ok(start >= 0, 'docs/groups.md has no mapping table');
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

/** A cell written as one code span (`GroupId`) or as prose (gateway state). */
const plain = (cell: string): string => (/^`[^`]*`$/.test(cell) ? cell.slice(1, -1) : cell);

describe('docs/groups.md', () => {
  const markdown = readFileSync(new URL('../../docs/groups.md', import.meta.url), 'utf8');

  it('maps exactly the rows of GROUP_ATTRIBUTE_MAP, in order, with the same notes', () => {
    assert.deepEqual(
      documentedRows(markdown).map(([scim, store, note]) => ({ scim: plain(scim ?? ''), store: plain(store ?? ''), note: note ?? '' })),
      GROUP_ATTRIBUTE_MAP.map((row) => ({ scim: row.scim, store: row.store, note: row.note })),
    );
  });

  it('documents the decisions issue 5 leaves open', () => {
    for (const needle of ['## ETags', '**Members are not in the version.**', '**POST.**', '**PUT**', '**DELETE**', 'without `members`', '`display`', 'IsMemberInGroups', 'ListGroupMembershipsForMember']) {
      assert.ok(markdown.includes(needle), `docs/groups.md does not mention ${needle}`);
    }
  });
});
