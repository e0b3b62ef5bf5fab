import { serversWithActiveFeeds } from '../collector/collector-queries.js';
import { serverOfFeed } from '../feeds/feed-queries.js';
import { findServerById } from '../servers/server-queries.js';
import cliProgress from 'cli-progress';
import type { CollectProgress } from '../collector/collector-service.js';
import { BadRequestError } from '../errors.js';
import { openContext } from './context.js';

export interface CollectOptions {
  server?: string;
  feed?: string;
  wait?: boolean;
}

/**
 * `canopy collect`: runs every collection that has work now (all servers with active feeds, or the one named), in this
 * process, with a progress bar on a terminal. A server another process is collecting is skipped, or waited for with
 * --wait. Exits non-zero if any server or feed failed.
 */
export async function collectCommand(opts: CollectOptions): Promise<void> {
  const ctx = await openContext({ oneShot: true });
  const { db, services } = ctx.app;
  try {
    let serverIds: string[];
    if (opts.feed) {
      const serverId = await serverOfFeed(db, opts.feed);
      if (!serverId) throw new BadRequestError(`--feed: no feed ${opts.feed}.`);
      serverIds = [serverId];
    } else if (opts.server) {
      const server = await findServerById(db, opts.server);
      if (!server) throw new BadRequestError(`--server: no server ${opts.server}.`);
      serverIds = [server.id];
    } else {
      serverIds = await serversWithActiveFeeds(db);
    }

    const progress = progressReporter(serverIds.length);
    let failures = 0;
    let days = 0;
    for (const serverId of serverIds) {
      const r = await services.collector.collectServer(serverId, {
        trigger: 'cli',
        wait: opts.wait ?? false,
        ...(opts.feed ? { feedId: opts.feed } : {}),
        onProgress: progress.on,
      });
      days += r.days;
      if (r.status === 'failed' || r.status === 'partial') failures++;
      if (r.status === 'busy') process.stderr.write(`server ${serverId}: another process is collecting it (use --wait to wait for it)\n`);
    }
    progress.stop();
    await services.notifier.deliverDue(); // health changes of these runs (the worker retries what fails)
    process.stdout.write(
      `Collected ${days} customer-days from ${serverIds.length} server(s)` +
        `${failures ? `; ${failures} with errors (see GET /v1/servers/:id/syncs)` : ''}.\n`,
    );
    if (failures) process.exitCode = 1;
  } finally {
    await ctx.shutdown();
  }
}

/** A progress bar per level (servers, feeds, days) on a terminal; nothing on a pipe (the summary line suffices). */
function progressReporter(servers: number) {
  if (!process.stderr.isTTY) return { on: (_p: CollectProgress) => {}, stop: () => {} };
  const multi = new cliProgress.MultiBar(
    { format: '{label} |{bar}| {value}/{total}', hideCursor: true, clearOnComplete: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const serverBar = multi.create(servers, 0, { label: 'servers' });
  const feedBar = multi.create(0, 0, { label: 'feeds  ' });
  const dayBar = multi.create(0, 0, { label: 'days   ' });
  return {
    on: (p: CollectProgress) => {
      if (p.type === 'server') {
        feedBar.setTotal(p.feeds);
        feedBar.update(0);
        dayBar.setTotal(p.days);
        dayBar.update(0);
      } else if (p.type === 'day') dayBar.increment();
      else if (p.type === 'feed-done') feedBar.increment();
      else serverBar.increment();
    },
    stop: () => multi.stop(),
  };
}
