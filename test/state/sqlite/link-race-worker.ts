/**
 * Child process for the cross-process SQLite race test: opens the shared file, waits for the
 * common start time, then links one contested externalId and its own uncontested ones, printing
 * the outcomes as JSON. Not a test file itself (no `.test.ts`).
 */
import { openSqliteGatewayState } from '../../../src/state/sqlite/open-sqlite-gateway-state.ts';

const [file, worker, countText, startAtText] = process.argv.slice(2);
if (file === undefined || worker === undefined || countText === undefined || startAtText === undefined) {
  throw new Error('usage: link-race-worker <file> <worker> <count> <startAtMs>');
}
const state = await openSqliteGatewayState(file, { busyTimeoutMs: 30_000 });
const wait = Number(startAtText) - Date.now();
if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
const contested: string[] = [];
for (let i = 0; i < Number(countText); i += 1) {
  const result = await state.linkExternalId({ resourceType: 'User', issuer: 'okta', externalId: 'contested', resourceId: `${worker}-u-${i}` });
  contested.push(result.outcome === 'conflict' ? `conflict:${result.existingResourceId}` : result.outcome);
  await state.linkExternalId({ resourceType: 'Group', issuer: 'okta', externalId: `${worker}-ext-${i}`, resourceId: `${worker}-g-${i}` });
}
await state.close();
process.stdout.write(JSON.stringify(contested));
