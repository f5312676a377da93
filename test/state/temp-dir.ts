/**
 * A per-file temporary directory under os.tmpdir(), removed when the test file ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export function tempDirForThisFile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `scim-bridge-${prefix}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
