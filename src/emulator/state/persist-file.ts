/**
 * Optional persistence of the emulator's state to one JSON file (the seed format, state/seed-data.ts).
 * Written atomically, to a temporary file in the same directory then renamed over the target, so
 * a crash mid-write leaves the previous state rather than half a file. Writes are synchronous so
 * they land in the order the operations happened.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SeedData } from './seed-data.ts';

export function readStateFile(path: string): SeedData | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SeedData;
  } catch (error) {
    throw new Error(`Cannot read emulator state from ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function writeStateFile(path: string, data: SeedData): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
