import { spawn, type ChildProcess } from 'node:child_process';
import { LOOPBACK_ALLOWED } from './config.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const canopyBin = path.join(root, 'bin/canopy.js');

/** The environment a CLI under test sees: the machine's, minus anything that would point it elsewhere. */
export function cliEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // The simulators and receivers these tests start run on this machine: opted in as an operator would.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_PRETTY: 'false', LOG_LEVEL: 'info', OUTBOUND_ALLOW_HOSTS: LOOPBACK_ALLOWED };
  for (const k of ['DATABASE_URL', 'CANOPY_DATA_DIR', 'PORT', 'PUBLIC_URL', 'TLS_CERT_FILE', 'TLS_KEY_FILE']) delete env[k];
  return { ...env, ...extra };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `canopy ...args` and returns the child at once (its output is discarded). */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [canopyBin, ...args], { env, stdio: 'ignore' });
}

/** Runs `canopy ...args` to completion. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [canopyBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`canopy ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface RunningCli {
  child: ChildProcess;
  output: () => string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a long-running `canopy ...args` and resolves once its output matches `ready`. */
export function startCli(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 60_000): Promise<RunningCli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [canopyBin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let done = false;
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    const running: RunningCli = {
      child,
      output: () => out,
      stop: async (signal = 'SIGTERM') => {
        if (child.exitCode === null) child.kill(signal);
        return exited;
      },
    };
    const onData = (d: Buffer) => {
      out += d.toString();
      if (!done && ready.test(out)) {
        done = true;
        clearTimeout(timer);
        resolve(running);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`canopy ${args.join(' ')} was not ready in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    void exited.then((code) => {
      if (!done) {
        clearTimeout(timer);
        reject(new Error(`canopy ${args.join(' ')} exited with ${code} before it was ready:\n${out}`));
      }
    });
  });
}
