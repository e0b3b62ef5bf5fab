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

export async function startWorker(opts: {
  connectionString: string;
  concurrency: number;
  logger: Logger;
  taskList: TaskList;
  crontab: string;
}): Promise<Worker> {
  // Our own pool, so an idle connection dropped by the server is logged rather than crashing the process.
  const pgPool = new pg.Pool({ connectionString: opts.connectionString, max: opts.concurrency + 2, application_name: 'canopy-worker' });
  pgPool.on('error', (err) => opts.logger.warn({ err }, 'idle worker database connection lost'));
  const runner = await run({
    pgPool,
    concurrency: opts.concurrency,
    taskList: opts.taskList,
    crontab: opts.crontab, // schedules are declared in code, never read from a file
    noHandleSignals: true, // Canopy's lifecycle stops the runner in order
    logger: workerLogger(opts.logger),
  });
  return {
    stop: async () => {
      await runner.stop();
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
