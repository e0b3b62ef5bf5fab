import { Logger as WorkerLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from '../observability/logger.js';

/**
 * The job runner (graphile-worker): schedules, collection, health checks, month close and notifications are
 * added here as tasks by the features that own them. Several workers on several machines share one queue.
 */
export const taskList: TaskList = {};

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const log = logger.child({ component: 'worker', ...scope });
    const fn = level === 'error' ? log.error : level === 'warning' ? log.warn : level === 'debug' ? log.debug : log.info;
    fn.call(log, meta ?? {}, message);
  });
}

export async function migrateWorkerSchema(connectionString: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString, logger: workerLogger(logger) });
}

export async function startWorker(opts: { connectionString: string; concurrency: number; logger: Logger }): Promise<Runner> {
  return run({
    connectionString: opts.connectionString,
    concurrency: opts.concurrency,
    taskList,
    crontab: '', // schedules are registered in code by the features, never read from a file
    noHandleSignals: true, // Canopy's lifecycle stops the runner in order
    logger: workerLogger(opts.logger),
  });
}
