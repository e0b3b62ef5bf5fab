import { Command, InvalidArgumentError, Option } from 'commander';
import { describeConfig } from '../config/config.js';
import { CanopyError } from '../errors.js';
import type { CreateAccountOptions } from './admin.js';
import { ONESTOP_SIM_OPTIONS, type OnestopSimCliOptions } from './onestop-sim-options.js';

function uuidArg(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new InvalidArgumentError('must be an id (UUID).');
  }
  return value;
}

function intArg(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('must be a whole number.');
  return Number(value);
}

function monthArg(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new InvalidArgumentError('must be a month YYYY-MM.');
  return value;
}

export function buildProgram(): Command {
  const program = new Command('canopy')
    .description('Canopy: print volume from OneStop MPS portals, turned into Certificates of Reforestation.')
    .showSuggestionAfterError()
    .addHelpText('after', '\n' + describeConfig());

  // Each command's module is loaded only when it runs, so a small command (the simulator) stays small.
  program
    .command('demo')
    .description('embedded database + HTTPS server + worker with a demo account (what `npm start` runs)')
    .action(async () => (await import('./demo.js')).demoCommand());
  program
    .command('serve')
    .description('run the HTTPS API server')
    .action(async () => (await import('./serve.js')).serveCommand());
  program
    .command('worker')
    .description('run the job worker (collection, health checks, certificates)')
    .action(async () => (await import('./worker.js')).workerCommand());
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => (await import('./migrate.js')).migrateCommand());

  program
    .command('collect')
    .description('collect now: every server with active feeds (or the one given), with a progress bar')
    .option('--server <id>', 'only this server', uuidArg)
    .option('--feed <id>', 'only this feed', uuidArg)
    .option('--wait', 'wait for a run another process has started on the same server instead of skipping it')
    .action(async (o: { server?: string; feed?: string; wait?: boolean }) => (await import('./collect.js')).collectCommand(o));

  program
    .command('certify')
    .description('issue the Certificates of Reforestation of every closed month now (idempotent), with a progress bar')
    .option('--month <YYYY-MM>', 'certify every month up to this one, even within its grace period', monthArg)
    .option('--account <id>', 'only this account and its subtree', uuidArg)
    .action(async (o: { month?: string; account?: string }) => (await import('./certify.js')).certifyCommand(o));

  program
    .command('keys')
    .description('master key operations')
    .command('rotate')
    .description('re-encrypt every portal credential under a new master key (see docs/operations.md)')
    .action(async () => (await import('./keys.js')).rotateKeysCommand());

  const portal = program.command('portal').description('connect a real portal: diagnose it, record a session to replay');
  portal
    .command('probe')
    .description('what Canopy finds at a portal: TLS, log-in style, customers, a sample reading, latency (password on stdin or a prompt)')
    .requiredOption('--url <url>', "the portal's API base URL (https://)")
    .requiredOption('--username <u>', 'the portal username')
    .option('--client-id <id>', 'OAuth2 client id (its secret from CANOPY_PORTAL_CLIENT_SECRET)')
    .option('--ca <file>', "the portal's CA certificate (PEM), trusted besides the usual roots")
    .option('--time-zone <tz>', "the portal's time zone, for the sample reading's date (default: Europe/London)")
    .option('--json', 'print the diagnosis as JSON')
    .action(async (o: import('./portal.js').ProbeOptions) => (await import('./portal.js')).probeCommand(o));
  portal
    .command('capture')
    .description('record a redacted session with a registered server (no credentials, no tokens) as a JSON fixture for --replay')
    .requiredOption('--server <id>', 'the server', uuidArg)
    .option('--customers <n>', 'customers to record (default: 3)', intArg)
    .option('--days <d>', 'days of counters to record, ending yesterday, and the day before them (default: 7)', intArg)
    .option('--pseudonymise', 'replace customer names and the portal address')
    .requiredOption('--out <file>', 'where to write the fixture')
    .action(async (o: import('./portal.js').CaptureOptions) => (await import('./portal.js')).captureCommand(o));

  const sim = program.command('onestop-sim').description('run the OneStop MPS Portal simulator (HTTPS) for demos, tests and benchmarks');
  for (const o of ONESTOP_SIM_OPTIONS) sim.option(o.flags, o.description);
  sim.action(async (o: OnestopSimCliOptions) => (await import('./onestop-sim.js')).onestopSimCommand(o));

  const admin = program.command('admin').description('operator commands');
  admin
    .command('create-account')
    .description('create an account with its first user and API key')
    .requiredOption('--name <name>', 'account name')
    .requiredOption('--email <email>', "the first user's email")
    .requiredOption('--user-name <name>', "the first user's full name")
    .option('--parent <id>', 'parent account id (default: a top-level account)', uuidArg)
    .addOption(
      new Option('--role <role>', 'account role (default: provider at the top, customer under a parent)').choices([
        'platform',
        'provider',
        'customer',
      ]),
    )
    .option('--json', 'print {"account_id", "user_id", "api_key"} as JSON')
    .action(async (o: CreateAccountOptions) => (await import('./admin.js')).createAccountCommand(o));

  return program;
}

/** Runs the CLI; any error becomes one line on stderr and a non-zero exit code. */
export async function runCli(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`canopy: ${message.split('\n')[0]}\n`);
    process.exit(err instanceof CanopyError ? err.exitCode : 1);
  }
}
