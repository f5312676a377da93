/**
 * Dispatches `scim-bridge <command>`: serve (default), emulator, token, doctor. Returns an exit code
 * instead of exiting, so tests run commands in-process; only src/cli/main.ts touches the process.
 */
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { doctorCommand } from './doctor-command.ts';
import { emulatorCommand } from './emulator-command.ts';
import { serveCommand } from './serve-command.ts';
import { tokenCommand } from './token-command.ts';

export const MAIN_HELP = `Usage: scim-bridge <command> [options]

SCIM 2.0 gateway in front of the AWS Identity Store API.

Commands:
  serve      Run the gateway (default; \`npm start\`)
  emulator   Run the local Identity Store emulator on its own
  token      Create, list and revoke bearer tokens for identity providers (token create --subject <idp>)
  doctor     Check configuration, AWS access, the identity store and gateway state

Run \`scim-bridge <command> --help\` for a command's options. Configuration: README.md.`;

const COMMANDS = { serve: serveCommand, emulator: emulatorCommand, token: tokenCommand, doctor: doctorCommand } as const;

export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = args;
  if (first === undefined) return serveCommand([], io);
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(MAIN_HELP);
    return EXIT.ok;
  }
  if (first.startsWith('-')) return serveCommand(args, io);
  if (!Object.hasOwn(COMMANDS, first)) {
    io.stderr(`Unknown command: ${first}\n\n${MAIN_HELP}`);
    return EXIT.usage;
  }
  return COMMANDS[first as keyof typeof COMMANDS](rest, io);
}
