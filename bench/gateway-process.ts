/**
 * The gateway alone in a child process, for an honest RSS figure (the benchmark's own process
 * also holds the emulator and its users). Started by scenarios/gateway-rss.ts with an environment
 * that points it at the parent's emulator as if it were AWS; answers `memory` with its RSS and
 * peak RSS, and `close` by closing and exiting.
 */
import { startGateway } from '../src/main.ts';

export type ChildMessage =
  | { readonly kind: 'ready'; readonly port: number }
  | { readonly kind: 'memory'; readonly rss: number; readonly peakRss: number };

function reply(message: ChildMessage): void {
  process.send?.(message);
}

const gateway = await startGateway(process.env, { print: () => undefined, logWrite: () => undefined });
process.on('message', (message: unknown) => {
  if (message === 'memory') {
    // resourceUsage().maxRSS is in kilobytes.
    reply({ kind: 'memory', rss: process.memoryUsage.rss(), peakRss: process.resourceUsage().maxRSS * 1024 });
  } else if (message === 'close') {
    void gateway.close().finally(() => process.exit(0));
  }
});
reply({ kind: 'ready', port: gateway.port });
