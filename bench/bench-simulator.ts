import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The OneStop simulator in a child process (`canopy onestop-sim`), as a provider would run it beside Canopy: its own
 * event loop, so the collector's figures are not its. `args` are the command's options (`--customers`, `--seed`, …).
 */
export async function startBenchSimulator(tmp: string, args: string[]): Promise<{ url: string; ca: string; stop: () => Promise<void> }> {
  const tlsDir = path.join(tmp, 'sim-tls');
  const child = spawn(process.execPath, [path.join(root, 'bin/canopy.js'), 'onestop-sim', '--port', '0', '--tls-dir', tlsDir, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (https:\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return {
    url,
    ca: await fs.readFile(path.join(tlsDir, 'ca.pem'), 'utf8'),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
