/**
 * The README's configuration table is the user-facing contract for the environment; this keeps it
 * equal to the code's table (src/config/config-variables.ts): same variables, same order, same
 * defaults, each with a meaning.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '../../src/config/config-variables.ts';

interface DocumentedVariable {
  readonly name: string;
  readonly defaultText: string;
  readonly meaning: string;
}

/** Rows of the table under `## Configuration` whose header is `| variable | default | meaning |`. */
function documentedVariables(markdown: string): DocumentedVariable[] {
  const lines = markdown.split('\n');
  const section = lines.findIndex((line) => /^## Configuration\s*$/.test(line));
  assert.ok(section >= 0, 'README.md has no "## Configuration" section');
  const header = lines.findIndex((line, index) => index > section && /^\|\s*variable\s*\|\s*default\s*\|\s*meaning\s*\|\s*$/.test(line));
  assert.ok(header >= 0, 'the Configuration section has no | variable | default | meaning | table');
  const rows: DocumentedVariable[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
    assert.equal(cells.length, 3, `row has ${cells.length} cells: ${line}`);
    const [name = '', defaultText = '', meaning = ''] = cells;
    rows.push({ name: name.replace(/`/g, ''), defaultText: defaultText.replace(/`/g, ''), meaning });
  }
  return rows;
}

describe('README configuration table', () => {
  const documented = documentedVariables(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
  const code = Object.entries(CONFIG_VARIABLES).map(([name, variable]) => ({ name, defaultText: variable.documentedDefault }));

  it('lists exactly the variables the code reads, in the same order', () => {
    assert.deepEqual(
      documented.map((row) => row.name),
      code.map((row) => row.name),
    );
  });

  it('shows the default the code applies for each variable', () => {
    for (const { name, defaultText } of code) {
      assert.equal(documented.find((row) => row.name === name)?.defaultText, defaultText, name);
    }
  });

  it('explains every variable', () => {
    for (const row of documented) assert.ok(row.meaning.length > 10, `${row.name} has no meaning`);
  });
});
