import pg from 'pg';

/**
 * A session-level advisory lock on one server, held on a connection of its own: it dies with the process (a SIGKILLed
 * worker's lock is released as soon as PostgreSQL sees the connection close), so no dead worker holds work hostage.
 */
export interface ServerLock {
  release(): Promise<void>;
}

export async function lockServer(connectionString: string, serverId: string, wait: boolean): Promise<ServerLock | undefined> {
  const client = new pg.Client({ connectionString, application_name: 'canopy-collector-lock' });
  client.on('error', () => {}); // a dropped lock connection surfaces as failed queries in the sync itself
  await client.connect();
  try {
    const key = ['canopy:collect-server:' + serverId];
    let locked = true;
    if (wait) await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', key);
    else
      locked =
        (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', key)).rows[0]?.locked ===
        true;
    if (locked) return { release: () => client.end() };
    await client.end();
    return undefined;
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
}
