/**
 * `scim-bridge emulator`: the Identity Store emulator on its own, for docker-compose, for pointing
 * a gateway at it with AWS_ENDPOINT_URL_IDENTITYSTORE, or for trying the AWS CLI against it.
 */
import { startEmulator } from '../emulator/start-emulator.ts';
import { EXIT, type CliIo, type ExitCode } from './cli-io.ts';
import { parseCommandLine } from './parse-command-line.ts';

export const EMULATOR_HELP = `Usage: scim-bridge emulator [--port N] [--host H] [--seed file.json] [--persist file.json]
                          [--identity-store-id d-xxxxxxxxxx ...] [--check-signatures]

Runs the local AWS Identity Store emulator (AWS JSON 1.1 on POST /) until SIGINT or SIGTERM.

Options:
  --port N               Port to listen on (default 4566; 0 picks a free port)
  --host H               Interface to listen on (default 127.0.0.1; 0.0.0.0 in containers)
  --seed FILE            Load users, groups and memberships from a JSON file at start
  --persist FILE         Load from and save to this JSON file, so data survives restarts
  --identity-store-id ID Only accept these identity store ids (repeatable; default: any)
  --check-signatures     Refuse requests not SigV4-signed with the key pair in this process's
                         AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as AWS would (default: any
                         signature is accepted)
  -h, --help             Show this help`;

/** The key pair --check-signatures verifies with: read from the environment, never the command line (ps shows that). */
function signingCredentials(env: CliIo['env']): { accessKeyId: string; secretAccessKey: string } | string {
  const accessKeyId = env['AWS_ACCESS_KEY_ID']?.trim() ?? '';
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY']?.trim() ?? '';
  if (accessKeyId === '' || secretAccessKey === '') return '--check-signatures needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment: the key pair clients must sign with';
  return { accessKeyId, secretAccessKey };
}

export async function emulatorCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const line = parseCommandLine(args, {
    help: { type: 'boolean', short: 'h' },
    port: { type: 'string', default: '4566' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string' },
    persist: { type: 'string' },
    'identity-store-id': { type: 'string', multiple: true },
    'check-signatures': { type: 'boolean' },
  });
  if (!line.ok || line.positionals.length > 0) {
    io.stderr(`${line.ok ? `Unexpected argument: ${line.positionals.join(' ')}` : line.problem}\n\n${EMULATOR_HELP}`);
    return EXIT.usage;
  }
  const { values } = line;
  if (values.help === true) {
    io.stdout(EMULATOR_HELP);
    return EXIT.ok;
  }
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    io.stderr(`--port must be an integer from 0 to 65535 (got ${JSON.stringify(values.port)})`);
    return EXIT.usage;
  }
  const credentials = values['check-signatures'] === true ? signingCredentials(io.env) : undefined;
  if (typeof credentials === 'string') {
    io.stderr(credentials);
    return EXIT.usage;
  }
  let emulator;
  try {
    emulator = await startEmulator({
      host: values.host,
      port,
      ...(values.seed === undefined ? {} : { seedFile: values.seed }),
      ...(values.persist === undefined ? {} : { persistFile: values.persist }),
      ...(values['identity-store-id'] === undefined ? {} : { knownIdentityStoreIds: values['identity-store-id'] }),
      ...(credentials === undefined ? {} : { credentials: [credentials] }),
    });
  } catch (error) {
    io.stderr(`The emulator could not start: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
  io.stdout(`Identity Store emulator listening on ${emulator.endpoint}`);
  io.stdout(`Point a gateway at it: AWS_ENDPOINT_URL_IDENTITYSTORE=${emulator.endpoint}`);
  if (credentials !== undefined) io.stdout(`Signatures are checked: sign with the access key ${credentials.accessKeyId} and its secret.`);
  const signal = await io.waitForShutdown();
  io.stderr(`${signal} received: stopping the emulator.`);
  await emulator.close();
  return EXIT.ok;
}
