import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorRuntime } from '../../src/simulator/sim-server.js';
import type { SimulatorOptionsInput } from '../../src/simulator/sim-options.js';
import { simClient, type SimClient } from '../../src/simulator/sim-test-client.js';

/** The real OneStop simulator over HTTPS for a test file, with a client for its control and truth endpoints. */
export function useSimulator(
  options: SimulatorOptionsInput = {},
  runtime: SimulatorRuntime = {},
): { sim: () => RunningSimulator; client: () => SimClient } {
  let sim: RunningSimulator | undefined;
  let client: SimClient | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-'));
    sim = await startSimulator({ ...options, tlsDir: dir }, runtime);
    client = simClient(sim);
  });
  afterAll(async () => {
    await client?.close();
    await sim?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
  return { sim: () => sim!, client: () => client! };
}

/** A portal customer as the simulator lists it. */
export type SimCustomer = { id: number; name: string };

/** The portal's customers as the simulator itself lists them (its truth; one page of 100 covers a test fleet). */
export async function simCustomers(client: SimClient): Promise<SimCustomer[]> {
  const token = await client.login();
  return (await client.json<{ items: SimCustomer[] }>('GET', '/api/v1/customers?pageSize=100', { token })).body.items;
}
