/**
 * Replays one sequence over real HTTP (fetch) against a running gateway: each step's request is
 * filled in with the values captured so far, sent as the IdP sends it, and its answer checked the
 * way that IdP checks it. The first failing step stops the replay with an error that names the
 * sequence, the step, the request and the answer, since later steps depend on earlier ones.
 */
import { checkResponse } from './check-response.ts';
import { resolvePointer } from './json-pointer.ts';
import { REPEAT_COUNTER, substitute, substituteJson } from './placeholders.ts';
import type { JsonValue, Sequence, Step } from './sequence.ts';

export interface ReplayTarget {
  /** The SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2. */
  readonly baseUrl: string;
  /** Bearer token the IdP was configured with. */
  readonly token: string;
}

export interface ReplayedRequest {
  readonly step: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
}

export class ReplayFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayFailure';
  }
}

const clip = (text: string, max = 1500): string => (text.length > max ? `${text.slice(0, max)}... (${String(text.length)} chars)` : text);

function buildUrl(target: ReplayTarget, step: Step, values: ReadonlyMap<string, string>): string {
  const path = substitute(step.request.path, values);
  const query = step.request.query.map(([key, value]) => `${encodeURIComponent(substitute(key, values))}=${encodeURIComponent(substitute(value, values))}`);
  return `${target.baseUrl}${path}${query.length === 0 ? '' : `?${query.join('&')}`}`;
}

async function send(target: ReplayTarget, sequence: Sequence, step: Step, values: ReadonlyMap<string, string>): Promise<{ url: string; init: RequestInit; response: Response; text: string }> {
  const url = buildUrl(target, step, values);
  const body = step.request.body === undefined ? undefined : JSON.stringify(substituteJson(step.request.body, values));
  const headers: Record<string, string> = {
    Authorization: `Bearer ${target.token}`,
    ...(body === undefined ? {} : { 'Content-Type': 'application/scim+json' }),
    ...sequence.headers,
    ...Object.fromEntries(Object.entries(step.request.headers).map(([name, value]) => [name, substitute(value, values)])),
  };
  const init: RequestInit = { method: step.request.method, headers, ...(body === undefined ? {} : { body }) };
  const response = await fetch(url, init);
  return { url, init, response, text: await response.text() };
}

/** Rounds of a repeated step in flight at once: IdPs provision users concurrently (Entra's gallery bar is 25 requests per second). */
const REPEAT_CONCURRENCY = 8;

/** Sends one round of a step and checks it; the captures go into `values`. */
async function runRound(sequence: Sequence, target: ReplayTarget, index: number, step: Step, values: Map<string, string>, round: number | undefined): Promise<ReplayedRequest> {
  const label = `${sequence.idp}/${sequence.name} step ${String(index + 1)} "${step.name}"${round === undefined ? '' : ` (round ${String(round)})`}`;
  const { url, init, response, text } = await send(target, sequence, step, values);
  const { failures, body } = checkResponse({ status: response.status, headers: response.headers, text }, substituteExpectation(step, values));
  for (const [name, pointer] of Object.entries(step.capture)) {
    const found = body === undefined ? undefined : resolvePointer(body, pointer);
    if (found?.found === true && (typeof found.value === 'string' || typeof found.value === 'number')) values.set(name, String(found.value));
    else failures.push(`cannot capture {{${name}}}: ${pointer} is ${found?.found === true ? JSON.stringify(found.value) : 'missing'}`);
  }
  if (failures.length > 0) {
    throw new ReplayFailure(
      [
        `${label} would fail in ${sequence.idp}:`,
        ...failures.map((failure) => `  - ${failure}`),
        `  request:  ${step.request.method} ${url}${typeof init.body === 'string' ? `\n            ${clip(init.body, 800)}` : ''}`,
        `  response: ${String(response.status)} ${response.headers.get('content-type') ?? ''}\n            ${clip(text)}`,
      ].join('\n'),
    );
  }
  return { step: step.name, method: step.request.method, url, status: response.status };
}

/** The rounds of a repeated step (which captures nothing), a few at a time, each with its own `{{i}}`. */
async function runRepeated(sequence: Sequence, target: ReplayTarget, index: number, step: Step, values: ReadonlyMap<string, string>): Promise<ReplayedRequest[]> {
  const sent: ReplayedRequest[] = [];
  let next = 1;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next <= step.repeat && !failed) {
      const round = next;
      next += 1;
      try {
        sent.push(await runRound(sequence, target, index, step, new Map([...values, [REPEAT_COUNTER, String(round)]]), round));
      } catch (error) {
        failed = true; // the other workers stop sending: the replay is over
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(REPEAT_CONCURRENCY, step.repeat) }, worker));
  return sent;
}

/** Runs every step; resolves with what was sent, rejects with a ReplayFailure at the first step the IdP would reject. */
export async function replaySequence(sequence: Sequence, target: ReplayTarget): Promise<ReplayedRequest[]> {
  const values = new Map<string, string>();
  const transcript: ReplayedRequest[] = [];
  for (const [index, step] of sequence.steps.entries()) {
    if (step.repeat > 1) transcript.push(...(await runRepeated(sequence, target, index, step, values)));
    else transcript.push(await runRound(sequence, target, index, step, values, undefined));
  }
  return transcript;
}

function substituteExpectation(step: Step, values: ReadonlyMap<string, string>): Step['expect'] {
  const fill = (value: JsonValue): JsonValue => substituteJson(value, values);
  return {
    status: step.expect.status,
    headers: step.expect.headers.map((check) => (check.kind === 'equals' ? { ...check, value: substitute(check.value, values) } : check)),
    body: step.expect.body.map((check) => ('value' in check ? { ...check, value: fill(check.value) } : check)),
  };
}
