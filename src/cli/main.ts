/**
 * The CLI entry (bin/scim-bridge.js, `npm start`): runs the command line and sets the exit code.
 * Nothing else in the code base exits the process.
 */
import { processIo } from './cli-io.ts';
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
