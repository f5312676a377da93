#!/usr/bin/env node
// Entry point for `npx scim-bridge ...` and the container image. In a checkout (src/ present) it
// runs the TypeScript sources through tsx, so the command always runs the code as it is now. An
// installation without sources (the container image) runs the JavaScript `npm run build` compiled
// into dist/: no transpiler in memory (about 45 MB less RSS) and a faster start.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}
