import pg from 'pg';

/**
 * A session-level advisory lock on one server, held on a connection of its own: it dies with the process (a SIGKILLed
 * worker's lock is released as soon as PostgreSQL sees the connection close), so no dead worker holds work hostage.
 * The other way round, when the connection dies under a live run (PostgreSQL restarted, the connection killed, the
 * network gone), the lock is gone too and another run may start: `lost` aborts, and the run stops before its next
 * request (collector-service.ts), so two runs never overlap on one server.
 */
export interface ServerLock {
  /** Aborted when the lock's connection ended or failed: the lock is no longer held. */
  lost: AbortSignal;
  /** Checks the lock's connection with a round trip (the heartbeat); a failure aborts `lost`. */
  check(): Promise<void>;
  release(): Promise<void>;
}

/** A lock connection that does not answer a round trip within this is lost. */
const CHECK_TIMEOUT_MS = 5_000;

export async function lockServer(connectionString: string, serverId: string, wait: boolean): Promise<ServerLock | undefined> {
  const client = new pg.Client({ connectionString, application_name: 'canopy-collector-lock', keepAlive: true });
  const lost = new AbortController();
  let releasing = false;
  const lose = (why: string) => {
    if (!releasing && !lost.signal.aborted) lost.abort(new Error(`the collection lock's database connection ${why}`));
  };
  client.on('error', () => lose('failed'));
  client.on('end', () => lose('ended'));
  await client.connect();
  try {
    const key = ['canopy:collect-server:' + serverId];
    let locked = true;
    if (wait) await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', key);
    else
      locked =
        (await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', key)).rows[0]?.locked ===
        true;
    if (locked) {
      return {
        lost: lost.signal,
        check: async () => {
          if (lost.signal.aborted) return;
          let timer: NodeJS.Timeout | undefined;
          const silent = new Promise<'silent'>((resolve) => {
            timer = setTimeout(() => resolve('silent'), CHECK_TIMEOUT_MS);
          });
          try {
            const answer = client.query('SELECT 1');
            answer.catch(() => lose('failed')); // also when it fails after the timeout
            if ((await Promise.race([answer, silent])) === 'silent') lose('stopped answering');
          } catch {
            lose('failed');
          } finally {
            clearTimeout(timer);
          }
        },
        release: async () => {
          releasing = true;
          await client.end().catch(() => {});
        },
      };
    }
    releasing = true;
    await client.end();
    return undefined;
  } catch (err) {
    releasing = true;
    await client.end().catch(() => {});
    throw err;
  }
}
