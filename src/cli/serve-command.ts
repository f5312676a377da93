/**
 * `scim-bridge serve` (the default command, and `npm start`): starts the gateway from the
 * environment and runs until SIGINT or SIGTERM, then closes gracefully.
 */
import { isConfigError } from '../config/config-error.ts';
import { startGateway } from '../main.ts';
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';

export const SERVE_HELP = `Usage: scim-bridge serve

Starts the SCIM gateway. Configuration comes from environment variables (README, "Configuration").
Without IDENTITY_STORE_ID it runs against the embedded Identity Store emulator and prints a
ready bearer token. Stops gracefully on SIGINT or SIGTERM.

Options:
  -h, --help   Show this help`;

export async function serveCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, { help: { type: 'boolean', short: 'h' } });
  if (!line.ok || line.positionals.length > 0) {
    io.stderr(`${line.ok ? `Unexpected argument: ${line.positionals.join(' ')}` : line.problem}\n\n${SERVE_HELP}`);
    return EXIT.usage;
  }
  if (line.values.help === true) {
    io.stdout(SERVE_HELP);
    return EXIT.ok;
  }
  let gateway;
  try {
    gateway = await startGateway(io.env, { print: io.stdout, logWrite: (line) => io.stderr(line.trimEnd()), cwd: io.cwd });
  } catch (error) {
    if (isConfigError(error)) {
      io.stderr(error.message);
      return EXIT.failure;
    }
    io.stderr(`scim-bridge could not start: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
  const signal = await io.waitForShutdown();
  io.stderr(`${signal} received: closing (in-flight requests are allowed to finish).`);
  await gateway.close();
  return EXIT.ok;
}
