/**
 * docs/idp/replays.md lists every IdP replay sequence, and says which run against moto; the
 * table is compared with the fixtures and with the rule that picks the moto run's sequences.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadSequences } from '../helpers/idp-replay/load-sequences.ts';
import { runsOnMoto } from '../helpers/idp-replay/runs-on-moto.ts';

/** `idp/name -> moto column` from the table whose header starts with `| IdP | sequence |`. */
function documentedSequences(markdown: string): Map<string, string> {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| IdP | sequence |'));
  assert.ok(start >= 0, 'docs/idp/replays.md has no sequence table');
  const rows = new Map<string, string>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
    rows.set(`${cells[0] ?? ''}/${cells[1] ?? ''}`, cells.at(-1) ?? '');
  }
  return rows;
}

describe('docs/idp/replays.md', () => {
  it('lists exactly the replay sequences, each with whether it runs against moto', () => {
    const documented = documentedSequences(readFileSync(new URL('../../docs/idp/replays.md', import.meta.url), 'utf8'));
    const actual = new Map(loadSequences().map((sequence) => [`${sequence.idp}/${sequence.name}`, runsOnMoto(sequence) ? 'yes' : 'no']));
    assert.deepEqual([...documented.keys()].sort(), [...actual.keys()].sort(), 'the table and test/fixtures/idp/*/sequences differ');
    for (const [sequence, moto] of actual) assert.equal(documented.get(sequence), moto, `${sequence}: moto column should be "${moto}"`);
  });
});
