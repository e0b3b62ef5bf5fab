import pg from 'pg';
import { Logger as WorkerLogger, makeWorkerUtils, run, runMigrations, type TaskList, type WorkerUtils } from 'graphile-worker';
import type { Logger } from '../observability/logger.js';

/**
 * The job runner (graphile-worker). Features contribute tasks and schedules (src/jobs/tasks.ts); several workers on
 * several machines share one queue.
 */
function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const log = logger.child({ component: 'worker', ...scope });
    // Every-minute schedules would fill the log with "Completed task …": successes are debug, failures stay visible.
    const routine = level === 'info' && message.startsWith('Completed task');
    const fn = level === 'error' ? log.error : level === 'warning' ? log.warn : level === 'debug' || routine ? log.debug : log.info;
    fn.call(log, meta ?? {}, message);
  });
}

export async function migrateWorkerSchema(connectionString: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(logger) });
}

export interface Worker {
  stop(): Promise<void>;
}

/** One runner: its tasks, its schedule and its own worker slots. */
export interface RunnerSpec {
  name: string;
  concurrency: number;
  taskList: TaskList;
  crontab: string;
}

/**
 * Starts one graphile-worker runner per spec, each taking only its own tasks' jobs (graphile-worker fetches the jobs of
 * the tasks a runner knows), so a runner's slots are never taken by another's work.
 */
export async function startWorker(opts: { connectionString: string; logger: Logger; runners: RunnerSpec[] }): Promise<Worker> {
  const slots = opts.runners.reduce((n, r) => n + r.concurrency, 0);
  // Our own pool, so an idle connection dropped by the server is logged rather than crashing the process.
  const pgPool = new pg.Pool({
    connectionString: opts.connectionString,
    max: slots + 2 * opts.runners.length,
    application_name: 'canopy-worker',
  });
  pgPool.on('error', (err) => opts.logger.warn({ err }, 'idle worker database connection lost'));
  const runners: Array<Awaited<ReturnType<typeof run>>> = [];
  try {
    for (const r of opts.runners) {
      runners.push(
        await run({
          pgPool,
          concurrency: r.concurrency,
          taskList: r.taskList,
          crontab: r.crontab, // schedules are declared in code, never read from a file
          noHandleSignals: true, // Canopy's lifecycle stops the runner in order
          logger: workerLogger(opts.logger.child({ runner: r.name })),
        }),
      );
    }
  } catch (err) {
    await Promise.all(runners.map((r) => r.stop()));
    await pgPool.end();
    throw err;
  }
  return {
    stop: async () => {
      await Promise.all(runners.map((r) => r.stop()));
      await pgPool.end();
    },
  };
}

/** Enqueues jobs from any process (API server, CLI). */
export async function createJobQueue(connectionString: string, logger: Logger): Promise<WorkerUtils & { end(): Promise<void> }> {
  const pgPool = new pg.Pool({ connectionString, max: 2, application_name: 'canopy-jobs' });
  pgPool.on('error', (err) => logger.warn({ err }, 'idle job-queue database connection lost'));
  const utils = await makeWorkerUtils({ pgPool, logger: workerLogger(logger) });
  return Object.assign(utils, {
    end: async () => {
      await utils.release();
      await pgPool.end();
    },
  });
}
