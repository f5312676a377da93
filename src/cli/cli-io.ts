/**
 * What a CLI command may touch of the outside world, passed in so commands run in-process in
 * tests: the environment, two output streams (stdout for results, stderr for everything else)
 * and the wait for a shutdown signal.
 */

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Resolves with the signal name when the process is asked to stop (SIGINT, SIGTERM). */
  readonly waitForShutdown: () => Promise<string>;
  readonly cwd: string;
}

/** Exit codes: 0 success; 1 bad configuration or a failure at run time; 2 bad command line. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function processIo(): CliIo {
  return {
    env: process.env,
    stdout: (line) => void process.stdout.write(`${line}\n`),
    stderr: (line) => void process.stderr.write(`${line}\n`),
    waitForShutdown: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
    cwd: process.cwd(),
  };
}
