/**
 * Loads every replay fixture under test/fixtures/idp/<idp>/sequences/ (the PATCH-body fixtures
 * beside them, members-*.json, belong to other tests). Loading is synchronous so test files can
 * register one test per sequence at import time; a malformed fixture throws there, failing the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSequence } from './parse-sequence.ts';
import { IDPS, type Sequence } from './sequence.ts';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../fixtures/idp/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function sequenceFolder(idp: string): string {
  return join(FIXTURE_ROOT, idp, 'sequences');
}

/** Every sequence, ordered by IdP (as in IDPS) and then by name. */
export function loadSequences(root: string = FIXTURE_ROOT): Sequence[] {
  return IDPS.flatMap((idp) => {
    const folder = join(root, idp, 'sequences');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((entry) => entry.endsWith('.json'))
      .sort()
      .map((entry) => {
        const path = join(folder, entry);
        const file = relative(REPO_ROOT, path);
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
        }
        return parseSequence(raw, idp, entry.slice(0, -'.json'.length), file);
      });
  });
}
