import { findById } from '../accounts/account-queries.js';
import { localDate } from '../calendar.js';
import cliProgress from 'cli-progress';
import type { CloseProgress, CloseResult } from '../certificates/month-close.js';
import { BadRequestError } from '../errors.js';
import { openContext } from './context.js';

export interface CertifyOptions {
  month?: string;
  account?: string;
}

/**
 * `canopy certify`: issues the certificates of every closed month now (what the hourly job does), or of every month up
 * to --month even within its grace period, for every account or one account's subtree. Idempotent.
 */
export async function certifyCommand(opts: CertifyOptions): Promise<void> {
  const ctx = await openContext({ oneShot: true });
  const { db, services, clock } = ctx.app;
  try {
    const through = opts.month ? `${opts.month}-01` : undefined;
    if (through && through >= `${localDate(clock.now()).slice(0, 7)}-01`)
      throw new BadRequestError(`--month: ${opts.month} has not ended yet.`);
    if (opts.account && !(await findById(db, opts.account))) {
      throw new BadRequestError(`--account: no account ${opts.account}.`);
    }
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: '{month} |{bar}| {value}/{total} accounts', hideCursor: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    let current = '';
    const onProgress = (p: CloseProgress) => {
      if (!bar) return;
      if (p.month !== current) {
        if (current) bar.stop();
        current = p.month;
        bar.start(p.total, p.done, { month: p.month.slice(0, 7) });
      } else bar.update(p.done);
    };
    const r = await services.monthClose.closeDue({
      ...(through ? { through } : {}),
      ...(opts.account ? { accountId: opts.account } : {}),
      onProgress,
    });
    bar?.stop();
    process.stdout.write(`${certifySummary(r)}\n`);
  } finally {
    await ctx.shutdown();
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What `canopy certify` prints: "Issued 12 certificates (10 customer, 2 roll-ups) for 3 months." Roll-ups are the
 * providers' certificates over their customers' (possibly of months closed before); the months are those that got
 * customer certificates, left out when none did.
 */
export function certifySummary(r: Pick<CloseResult, 'months' | 'issued' | 'rollups'>): string {
  const total = r.issued + r.rollups;
  if (total === 0) return 'Issued 0 certificates (nothing new: every closed month is already certified).';
  const parts = [...(r.issued ? [`${r.issued} customer`] : []), ...(r.rollups ? [count(r.rollups, 'roll-up', 'roll-ups')] : [])];
  const months = r.months ? ` for ${count(r.months, 'month', 'months')}` : '';
  return `Issued ${count(total, 'certificate', 'certificates')} (${parts.join(', ')})${months}.`;
}
