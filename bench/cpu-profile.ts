/**
 * CPU profiles of one phase of the benchmark, taken in-process through the inspector (what
 * `node --cpu-prof` records, but only around the code of interest). Writes a `.cpuprofile`
 * (open it in Chrome DevTools or VS Code) and summarises where the samples fell: the functions
 * with the most self time, and the share of each package or src/ folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector/promises';
import { join } from 'node:path';

export interface ProfileSummary {
  readonly file: string;
  readonly topFunctions: readonly { readonly name: string; readonly selfPercent: number }[];
  readonly byArea: readonly { readonly area: string; readonly selfPercent: number }[];
}

/** Runs `phase` under the profiler when `dir` is set; otherwise just runs it. */
export async function profiled<T>(dir: string | undefined, name: string, phase: () => Promise<T>): Promise<{ result: T; summary: ProfileSummary | undefined }> {
  if (dir === undefined) return { result: await phase(), summary: undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  let result: T;
  let profile: Profiler.Profile;
  try {
    result = await phase();
  } finally {
    // Stopped even when the phase fails, so the session never keeps sampling.
    profile = (await session.post('Profiler.stop')).profile;
    session.disconnect();
  }
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return { result, summary: summarise(file, profile) };
}

/** src/<folder> for project code, the package name for node_modules, `node:` internals as they are. */
function areaOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  const src = /\/(src|bench|test)\/([^/]+)/.exec(url);
  if (src?.[1] !== undefined && src[2] !== undefined) return src[2].endsWith('.ts') ? `${src[1]}/${src[2]}` : `${src[1]}/${src[2]}/`;
  return url === '' ? '(native / gc / idle)' : url.startsWith('node:') ? url : '(other)';
}

function summarise(file: string, profile: Profiler.Profile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (deltas[index] ?? 0)));
  const total = [...self.values()].reduce((sum, value) => sum + value, 0) || 1;
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) continue;
    const location = frame.url.replace(/^.*\/(node_modules|src|bench|test)\//, '$1/');
    const name = `${frame.functionName === '' ? '(anonymous)' : frame.functionName} ${location === '' ? '' : `${location}:${frame.lineNumber + 1}`}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    const area = areaOf(frame.url);
    byArea.set(area, (byArea.get(area) ?? 0) + time);
  }
  const top = (map: Map<string, number>, count: number): [string, number][] => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return {
    file,
    topFunctions: top(byFunction, 15).map(([name, time]) => ({ name, selfPercent: (100 * time) / total })),
    byArea: top(byArea, 15).map(([area, time]) => ({ area, selfPercent: (100 * time) / total })),
  };
}
