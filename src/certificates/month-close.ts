import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { firstDepositDate, monthlyPages } from '../deposits/deposit-queries.js';
import { addDays, businessDaysBetween, localDate, nextMonth } from '../calendar.js';
import {
  accountsCertifiedFor,
  certifiedPages,
  closeCandidates,
  insertCertificateLines,
  insertCertificates,
  insertPlantings,
  insertRollups,
  lockMonthClose,
} from './month-close-queries.js';
import { loadProjectChoices } from './project-choice.js';

/** Accounts handled per transaction (the progress bar moves by this much). */
const CHUNK = 1000;

export interface CloseProgress {
  month: string;
  done: number;
  total: number;
}

export interface CloseOptions {
  /** Only this account and its subtree. */
  accountId?: string;
  onProgress?: (p: CloseProgress) => void;
}

/** Splits pages evenly across n projects, to the page (the first projects take the remainder). */
export function splitPages(pages: number, n: number): number[] {
  const base = Math.floor(pages / n);
  const rest = pages - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * The first month (YYYY-MM-01) that may not be closed yet at `now`: the current month, or the previous one while fewer
 * than `grace` business days have passed since its last day.
 */
export function firstOpenMonth(now: Date, grace: number, region: string): string {
  const yesterday = addDays(localDate(now), -1);
  const current = `${localDate(now).slice(0, 7)}-01`;
  const previousEnd = addDays(current, -1);
  return businessDaysBetween(previousEnd, yesterday, region) >= grace ? current : `${previousEnd.slice(0, 7)}-01`;
}

/**
 * Month close (docs/domain.md, Certificates). For a month M, each account with deposits gets at most one certificate:
 * M's standard pages plus every change since certification to the pages of earlier months (late pages are an
 * adjustment on the next certificate, never lost and never counted twice). certificate_lines record which month each
 * certified page belongs to, so Σ deposits(m) − Σ lines(m) is exactly what is still to certify for month m.
 * Trees are planted as transactions, the pages split evenly across the account's forestry projects. Providers then
 * get a roll-up certificate of their customers' certificates of M. Idempotent: one certificate per account, month
 * and kind (a unique index), and closers are serialised by an advisory lock.
 */
export function createMonthClose(deps: { db: Db; clock: Clock; graceBusinessDays: number; holidayRegion: string }) {
  const { db, clock } = deps;
  const openMonth = () => firstOpenMonth(clock.now(), deps.graceBusinessDays, deps.holidayRegion);

  async function closeMonth(month: string, opts: CloseOptions = {}): Promise<{ issued: number; rollups: number }> {
    if (!/^\d{4}-\d{2}-01$/.test(month)) throw new Error(`not the first day of a month: ${month}`);
    const next = nextMonth(month);
    const accounts = await closeCandidates(db, month, next, opts.accountId);
    const choiceFor = await loadProjectChoices(db);
    let issued = 0;
    opts.onProgress?.({ month, done: 0, total: accounts.length });

    for (let i = 0; i < accounts.length; i += CHUNK) {
      const chunk = accounts.slice(i, i + CHUNK);
      const ids = chunk.map((a) => a.id);
      issued += await db.transaction().execute(async (tx) => {
        await lockMonthClose(tx);
        const now = clock.now();
        const deposited = await monthlyPages(tx, ids, next);
        const certified = await certifiedPages(tx, ids, next);
        // Re-checked under the lock: another closer may have issued some of these meanwhile.
        const already = new Set(await accountsCertifiedFor(tx, ids, month));
        const outstanding = new Map<string, Map<string, number>>();
        for (const r of deposited) {
          const m = outstanding.get(r.account_id) ?? new Map<string, number>();
          m.set(r.month, (m.get(r.month) ?? 0) + Number(r.pages));
          outstanding.set(r.account_id, m);
        }
        for (const r of certified) {
          const m = outstanding.get(r.account_id) ?? new Map<string, number>();
          m.set(r.month, (m.get(r.month) ?? 0) - Number(r.pages));
          outstanding.set(r.account_id, m);
        }

        const certificates: Array<{
          id: string;
          account_id: string;
          kind: 'account';
          month: string;
          pages: number;
          adjustment_pages: number;
          issued_at: Date;
        }> = [];
        const lines: Array<{ certificate_id: string; account_id: string; month: string; pages: number }> = [];
        const transactions: Array<{
          account_id: string;
          project_id: string;
          certificate_id: string;
          date: Date;
          pages: number;
          created_at: Date;
        }> = [];
        for (const account of chunk) {
          if (already.has(account.id)) continue;
          const deltas = [...(outstanding.get(account.id) ?? new Map<string, number>())].filter(([, pages]) => pages !== 0);
          const own = deltas.find(([m]) => m === month)?.[1] ?? 0;
          const adjustment = deltas.filter(([m]) => m !== month).reduce((n, [, pages]) => n + pages, 0);
          const pages = own + adjustment;
          if (pages <= 0) continue; // nothing to certify (a negative correction waits for pages to offset it)
          const id = randomUUID();
          certificates.push({ id, account_id: account.id, kind: 'account', month, pages, adjustment_pages: adjustment, issued_at: now });
          for (const [m, p] of deltas) lines.push({ certificate_id: id, account_id: account.id, month: m, pages: p });
          const projects = choiceFor(account.ancestry).projectIds;
          splitPages(pages, projects.length).forEach((p, k) => {
            if (p > 0)
              transactions.push({
                account_id: account.id,
                project_id: projects[k]!,
                certificate_id: id,
                date: now,
                pages: p,
                created_at: now,
              });
          });
        }
        if (certificates.length) {
          await insertCertificates(tx, certificates);
          await insertCertificateLines(tx, lines);
          await insertPlantings(tx, transactions);
        }
        return certificates.length;
      });
      opts.onProgress?.({ month, done: Math.min(i + CHUNK, accounts.length), total: accounts.length });
    }

    // Roll-ups: each provider whose customers were certified for M (once; later customer certificates are not added).
    const rollups = await db.transaction().execute(async (tx) => {
      await lockMonthClose(tx);
      return insertRollups(tx, month, clock.now(), opts.accountId);
    });
    return { issued, rollups };
  }

  /**
   * Closes every month from the oldest deposit up to `through` (default: the last closable one), oldest first, so a
   * month's pages are never taken for late pages of a later certificate. The scheduled job and `canopy certify`.
   */
  async function closeDue(opts: CloseOptions & { through?: string } = {}): Promise<{ months: number; issued: number }> {
    const firstDate = await firstDepositDate(db);
    if (!firstDate) return { months: 0, issued: 0 };
    const end = opts.through ? nextMonth(opts.through) : openMonth();
    let months = 0;
    let issued = 0;
    for (let m = `${firstDate.slice(0, 7)}-01`; m < end; m = nextMonth(m)) {
      issued += (await closeMonth(m, opts)).issued;
      months++;
    }
    return { months, issued };
  }

  return { closeMonth, closeDue, firstOpenMonth: openMonth };
}

export type MonthClose = ReturnType<typeof createMonthClose>;
