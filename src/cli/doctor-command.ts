/**
 * `scim-bridge doctor`: checks a deployment before (or while) it runs and prints one line per
 * check with what to fix. Exit code 1 when any check fails, so it can gate a deploy script or a
 * container start. Reads the same environment as `serve`; never prints a secret.
 */
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { formatReport } from './doctor/format-report.ts';
import { runDoctor } from './doctor/run-doctor.ts';
import { parseCommandLine } from './parse-command-line.ts';

export const DOCTOR_HELP = `Usage: scim-bridge doctor [--probe-deactivation]

Checks the gateway's configuration (the same environment \`serve\` reads) and token keys, the AWS
credentials, that the identity store answers, that the IAM policy allows every read the gateway
makes (with lookups of ids that do not exist), and the gateway state store and its migrations.
Prints one line per check and what to fix; exits 1 if any check fails. Changes nothing unless
asked to.

Options:
  --probe-deactivation  Also create a temporary user, disable it (UpdateUser userStatus) and
                        delete it, to find out which SCIM_BRIDGE_DEACTIVATION modes work
  -h, --help            Show this help`;

export async function doctorCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, {
    help: { type: 'boolean', short: 'h' },
    'probe-deactivation': { type: 'boolean' },
  });
  if (!line.ok || line.positionals.length > 0) {
    io.stderr(`${line.ok ? `Unexpected argument: ${line.positionals.join(' ')}` : line.problem}\n\n${DOCTOR_HELP}`);
    return EXIT.usage;
  }
  if (line.values.help === true) {
    io.stdout(DOCTOR_HELP);
    return EXIT.ok;
  }
  const results = await runDoctor({ env: io.env, cwd: io.cwd, probeDeactivation: line.values['probe-deactivation'] === true });
  for (const text of formatReport(results)) io.stdout(text);
  return results.some((result) => result.status === 'fail') ? EXIT.failure : EXIT.ok;
}
