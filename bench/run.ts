/**
 * `npm run bench` (issue #8 "Performance"): the gateway and the Identity Store emulator in this
 * process on loopback, each measurement next to a baseline taken in the same run (the same work
 * sent straight to the emulator with the SDK), printed as markdown tables with targets:
 *
 *   GET /Users/{id} rate vs DescribeUser          >= 0.6
 *   POST /Users x N time vs CreateUser x N         <= 1.5x
 *   paging N users with count=100                  about N/100 ListUsers, and the wall time
 *   name.familyName co "x" over N users            calls and latency, cold and warm
 *   gateway RSS while listing N users              < 200 MB (gateway alone in a child process)
 *   Identity Store calls per SCIM request          every row of the product brief's budget table
 *
 * Sizes come from BENCH_* variables (bench-options.ts); BENCH_PROFILE_DIR also writes CPU profiles
 * of the GET and POST phases. Exits 1 when a target is missed. Results and how to read them:
 * docs/performance.md.
 */
import { readBenchOptions } from './bench-options.ts';
import { seedUsers, startBenchEnvironment } from './bench-environment.ts';
import { profiled, type ProfileSummary } from './cpu-profile.ts';
import { describeMachine, machineLine } from './machine.ts';
import { markdownTable, ms, type ResultRow } from './report.ts';
import { budgetTable, measureCallBudgets } from './scenarios/call-budgets.ts';
import { compareCreateUsers, createUsersRows } from './scenarios/create-users.ts';
import { createContextRows, measureCreateContext } from './scenarios/create-floor.ts';
import { measureGatewayRss, rssRows } from './scenarios/gateway-rss.ts';
import { compareGetUser, getUserRows } from './scenarios/get-user.ts';
import { pageThroughUsers, pagingRows } from './scenarios/paging.ts';
import { scanFilter, scanFilterRows } from './scenarios/scan-filter.ts';

const options = readBenchOptions(process.env);
const machine = describeMachine();
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);
const runId = Date.now().toString(36);

log(`machine: ${machineLine(machine)}`);
log(`options: ${JSON.stringify(options)}`);
const env = await startBenchEnvironment();
const rows: ResultRow[] = [];
const profiles: ProfileSummary[] = [];
let budgets = '';
const started = performance.now();
try {
  let phase = performance.now();
  const users = seedUsers(env.emulator, `bench-${runId}`, options.users);
  log(`seeded ${users.length} users into the emulator in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  const get = await profiled(options.profileDir, 'get-user', () => compareGetUser(env, users, options));
  rows.push(...getUserRows(get.result, options));
  if (get.summary !== undefined) profiles.push(get.summary);
  log(`GET /Users/{id} done in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  const paging = await pageThroughUsers(env);
  rows.push(...pagingRows(paging));
  log(`paging done in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  rows.push(...scanFilterRows(await scanFilter(env)));
  log(`scan filter done in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  rows.push(...rssRows(await measureGatewayRss(env, paging.users)));
  log(`RSS done in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  const create = await profiled(options.profileDir, 'post-users', () => compareCreateUsers(env, options, runId));
  rows.push(...createUsersRows(create.result, options));
  if (create.summary !== undefined) profiles.push(create.summary);
  log(`POST /Users done in ${ms(performance.now() - phase)}`);

  phase = performance.now();
  rows.push(...createContextRows(await measureCreateContext(env, options, runId), options));
  log(`POST /Users context (floor, store latency) done in ${ms(performance.now() - phase)}`);

  budgets = budgetTable(await measureCallBudgets(env, paging));
} finally {
  await env.close();
}

const out: string[] = [
  `Machine: ${machineLine(machine)}`,
  `Options: users ${options.users}, concurrency ${options.concurrency}, GET requests per round ${options.getRequests}, rounds ${options.rounds}; total ${ms(performance.now() - started)}`,
  '',
  markdownTable(rows),
  '',
  'Identity Store calls per SCIM request:',
  '',
  budgets,
];
for (const profile of profiles) {
  out.push('', `CPU profile ${profile.file}: self time by area`, '', ...profile.byArea.map((area) => `- ${area.selfPercent.toFixed(1)}% ${area.area}`));
  out.push('', 'top functions by self time:', '', ...profile.topFunctions.map((fn) => `- ${fn.selfPercent.toFixed(1)}% ${fn.name}`));
}
process.stdout.write(`${out.join('\n')}\n`);
const missed = rows.filter((row) => row.pass === false).length + (budgets.includes('**no**') ? 1 : 0);
if (missed > 0) {
  log(`${missed} target(s) missed`);
  process.exitCode = 1;
}
