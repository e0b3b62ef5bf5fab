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

/**
 * The server's lock, then one of its provider account's `account.slots` run slots (MAX_RUNS_PER_ACCOUNT), both on the
 * lock's connection. Without `wait`: 'busy' when another run holds the server, 'account-busy' when the account's
 * slots are all taken (the run is queued again by the next collect-due). With `wait`: waits for the server and for
 * the slot its id hashes to.
 */
export async function lockServer(
  connectionString: string,
  serverId: string,
  wait: boolean,
  account: { id: string; slots: number },
): Promise<ServerLock | 'busy' | 'account-busy'> {
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
    let locked: true | 'busy' | 'account-busy' = true;
    if (wait) {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', key);
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, $2))', [
        `canopy:collect-account:${account.id}`,
        slotOf(serverId, account.slots),
      ]);
    } else {
      const server = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', key);
      if (server.rows[0]?.locked !== true) locked = 'busy';
      else {
        // The first free slot of the account's (each slot a lock of its own, tried in turn: at most one is taken).
        let taken = false;
        for (let k = 0; k < account.slots && !taken; k++) {
          const slot = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, $2)) AS locked', [
            `canopy:collect-account:${account.id}`,
            k,
          ]);
          taken = slot.rows[0]?.locked === true;
        }
        if (!taken) locked = 'account-busy';
      }
    }
    if (locked === true) {
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
    await client.end(); // the server's lock, if it was taken, goes with the connection
    return locked;
  } catch (err) {
    releasing = true;
    await client.end().catch(() => {});
    throw err;
  }
}

/** The account slot a waiting run takes: its server's id hashed (FNV-1a), so a server always waits for the same one. */
function slotOf(serverId: string, slots: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < serverId.length; i++) h = Math.imul(h ^ serverId.charCodeAt(i), 0x01000193) >>> 0;
  return h % slots;
}
