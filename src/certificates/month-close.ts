import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { CertificateShare } from '../db/schema.js';
import { pagesOfMonths } from '../deposits/deposit-queries.js';
import { addDays, businessDaysBetween, localDate, nextMonth } from '../calendar.js';
import { planAccountClose, planRollups, shownTrees, splitPages, type RollupMember } from './close-rules.js';
import { projectsQuery } from './forestry-queries.js';
import {
  assignRollupMembers,
  certifiedPagesOf,
  certifiedThrough,
  clearPendingMonths,
  closeCandidates,
  insertCertificateLines,
  currentProjectVersions,
  insertCertificates,
  insertPlantings,
  latestRollups,
  lockMonthClose,
  lockPendingMonths,
  monthsAwaitingCertificates,
  queueForRollups,
  setCertifiedThrough,
  sharesOf,
  waitingRollupMembers,
} from './month-close-queries.js';
import { loadProjectChoices } from './project-choice.js';

/** Accounts handled per transaction (the progress bar moves by this much). */
const CHUNK = 1000;

export interface CloseProgress {
  /** The last month being closed (YYYY-MM-01). */
  month: string;
  done: number;
  total: number;
}

export interface CloseOptions {
  /** Only this account and its subtree. */
  accountId?: string;
  onProgress?: (p: CloseProgress) => void;
}

export interface CloseResult {
  /** Distinct months that got account certificates. */
  months: number;
  /** Account certificates issued. */
  issued: number;
  /** Providers' roll-ups issued. */
  rollups: number;
  /** Accounts visited (those with a changed month to close): the close's work is proportional to this. */
  accounts: number;
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

const previousMonth = (month: string) => `${addDays(month, -1).slice(0, 7)}-01`;
const key = (r: { account_id: string; month: string }) => `${r.account_id} ${r.month}`;

/**
 * Month close (docs/domain.md, Certificates). Closing through a month L visits only the accounts with a changed month
 * (certification_pending, kept up by triggers on deposits) and reads only those months: each account's months after
 * its certified_through up to L get a certificate of their own when they have pages, changes to earlier months are an
 * adjustment on the next certificate (close-rules.ts planAccountClose: a negative one is applied as far as the pages
 * allow and the rest carried). certificate_lines record what each certificate applied of each month, so
 * Σ deposits(m) − Σ lines(m) is exactly what is still to certify of month m. Trees are planted as transactions, and
 * everything a certificate shows is stored with it (names, project shares with the projects as shown): an issued
 * certificate never changes. Providers then get roll-ups of the customer certificates waiting for them
 * (planRollups). Idempotent: one certificate per account, month and kind (a unique index); closers are serialised by
 * an advisory lock; a crash loses nothing (each chunk of accounts is one transaction, the roll-ups another).
 */
export function createMonthClose(deps: {
  db: Db;
  clock: Clock;
  graceBusinessDays: number;
  holidayRegion: string;
  /** Told of the certificates a chunk issues, in its transaction (the notifications' e-mails: once each, with them). */
  onIssued?: (tx: Db, certificateIds: string[]) => Promise<unknown>;
}) {
  const { db, clock } = deps;
  const openMonth = () => firstOpenMonth(clock.now(), deps.graceBusinessDays, deps.holidayRegion);

  /** Closes every account's months up to and including `last`. */
  async function closeThrough(last: string, opts: CloseOptions = {}): Promise<CloseResult> {
    if (!/^\d{4}-\d{2}-01$/.test(last)) throw new Error(`not the first day of a month: ${last}`);
    const end = nextMonth(last);
    const accounts = await closeCandidates(db, last, end, opts.accountId);
    const months = new Set<string>();
    let issued = 0;
    opts.onProgress?.({ month: last, done: 0, total: accounts.length });

    for (let i = 0; i < accounts.length; i += CHUNK) {
      const chunk = accounts.slice(i, i + CHUNK);
      const ids = chunk.map((a) => a.id);
      issued += await db.transaction().execute(async (tx) => {
        await lockMonthClose(tx);
        const now = clock.now();
        // Re-read under the lock: another closer may have closed some of these meanwhile. A month a writer of
        // deposits holds right now leaves its account to the next close.
        const pending = await lockPendingMonths(tx, ids, end);
        const locked = new Set(pending.locked.map(key));
        const busy = new Set(pending.all.filter((r) => !locked.has(key(r))).map((r) => r.account_id));
        const visited = pending.locked.filter((r) => !busy.has(r.account_id));
        const through = await certifiedThrough(tx, ids);
        const outstanding = new Map<string, Map<string, number>>();
        for (const r of visited) outstanding.set(r.account_id, (outstanding.get(r.account_id) ?? new Map()).set(r.month, 0));
        for (const r of await pagesOfMonths(tx, visited)) outstanding.get(r.account_id)!.set(r.month, Number(r.pages));
        for (const r of await certifiedPagesOf(tx, visited)) {
          const m = outstanding.get(r.account_id)!;
          m.set(r.month, (m.get(r.month) ?? 0) - Number(r.pages));
        }
        const choiceFor = await loadProjectChoices(tx, [...new Set(chunk.flatMap((a) => a.ancestry))]);

        const certificates: Parameters<typeof insertCertificates>[1] = [];
        const lines: Parameters<typeof insertCertificateLines>[1] = [];
        const transactions: Parameters<typeof insertPlantings>[1] = [];
        const closed: string[] = [];
        const done: Array<{ account_id: string; month: string }> = [];
        for (const account of chunk) {
          if (busy.has(account.id)) continue;
          const plan = planAccountClose({
            certifiedThrough: through.get(account.id) ?? null,
            last,
            outstanding: outstanding.get(account.id) ?? new Map(),
          });
          closed.push(account.id);
          for (const [month, rest] of plan.remaining) if (rest === 0) done.push({ account_id: account.id, month });
          for (const c of plan.certificates) {
            const id = randomUUID();
            months.add(c.month);
            certificates.push({
              id,
              account_id: account.id,
              kind: 'account',
              month: c.month,
              pages: c.pages,
              adjustment_pages: c.adjustment,
              customers: null,
              issued_at: now,
              shares: [],
            });
            const shares = certificates.at(-1)!.shares;
            for (const l of c.lines) lines.push({ certificate_id: id, account_id: account.id, month: l.month, pages: l.pages });
            const chosen = choiceFor(account.ancestry).projectIds;
            const split = splitPages(c.pages, chosen.length)
              .map((pages, k) => ({ pages, projectId: chosen[k]! }))
              .filter((s) => s.pages > 0);
            const trees = shownTrees(split.map((s) => s.pages));
            split.forEach((s, k) => {
              shares.push({ project_id: s.projectId, version_id: '', pages: s.pages, trees: trees[k]! });
              transactions.push({
                account_id: account.id,
                project_id: s.projectId,
                certificate_id: id,
                date: now,
                pages: s.pages,
                created_at: now,
              });
            });
          }
        }
        await withVersions(tx, certificates);
        await insertCertificates(tx, certificates);
        await deps.onIssued?.(
          tx,
          certificates.map((c) => c.id),
        );
        await insertCertificateLines(tx, lines);
        await insertPlantings(tx, transactions);
        await queueForRollups(
          tx,
          certificates.map((c) => c.id),
        );
        await setCertifiedThrough(tx, closed, last);
        await clearPendingMonths(tx, done);
        return certificates.length;
      });
      opts.onProgress?.({ month: last, done: Math.min(i + CHUNK, accounts.length), total: accounts.length });
    }

    const rollups = await db.transaction().execute(async (tx) => {
      await lockMonthClose(tx);
      return issueRollups(tx, last, opts.accountId);
    });
    return { months: months.size, issued, rollups, accounts: accounts.length };
  }

  /** Roll-ups of the customer certificates up to `last` waiting for their providers (once each). */
  async function issueRollups(tx: Db, last: string, subtreeOf?: string): Promise<number> {
    const waiting = await waitingRollupMembers(tx, last, subtreeOf);
    if (!waiting.length) return 0;
    const byProvider = new Map<string, RollupMember[]>();
    for (const w of waiting)
      byProvider.set(w.provider_id, [
        ...(byProvider.get(w.provider_id) ?? []),
        {
          certificateId: w.certificate_id,
          accountId: w.account_id,
          month: w.month,
          pages: Number(w.pages),
          adjustment: Number(w.adjustment_pages),
        },
      ]);
    const latest = await latestRollups(tx, [...byProvider.keys()]);
    const memberShares = new Map<string, CertificateShare[]>();
    for (const s of await sharesOf(
      tx,
      waiting.map((w) => w.certificate_id),
    ))
      memberShares.set(s.id, s.shares);
    const projects = new Map((await projectsQuery(tx).execute()).map((p) => [p.id, p]));
    const now = clock.now();
    const certificates: Parameters<typeof insertCertificates>[1] = [];
    const assignments: Array<{ rollupId: string; providerId: string; certificateIds: string[] }> = [];
    for (const [providerId, members] of byProvider) {
      for (const r of planRollups({ rolledUpThrough: latest.get(providerId) ?? null, last, waiting: members })) {
        const id = randomUUID();
        certificates.push({
          id,
          account_id: providerId,
          kind: 'rollup',
          month: r.month,
          pages: r.pages,
          adjustment_pages: r.adjustment,
          customers: r.customers,
          issued_at: now,
          shares: [],
        });
        const shares = certificates.at(-1)!.shares;
        assignments.push({ rollupId: id, providerId, certificateIds: r.members.map((m) => m.certificateId) });
        const perProject = new Map<string, number>();
        for (const m of r.members)
          for (const s of memberShares.get(m.certificateId) ?? [])
            perProject.set(s.project_id, (perProject.get(s.project_id) ?? 0) + s.pages);
        const split = [...perProject]
          .map(([projectId, pages]) => ({ project: projects.get(projectId)!, pages }))
          .filter((s) => s.pages > 0)
          .sort((a, b) => b.pages - a.pages || a.project.name.localeCompare(b.project.name));
        const trees = shownTrees(split.map((s) => s.pages));
        for (const [k, s] of split.entries()) shares.push({ project_id: s.project.id, version_id: '', pages: s.pages, trees: trees[k]! });
      }
    }
    await withVersions(tx, certificates);
    await insertCertificates(tx, certificates);
    for (const a of assignments) await assignRollupMembers(tx, a.rollupId, a.providerId, a.certificateIds);
    return certificates.length;
  }

  /** Names in each share the version of its project the catalogue has now: the project as the certificate shows it. */
  async function withVersions(tx: Db, certificates: Array<{ shares: CertificateShare[] }>): Promise<void> {
    const versions = await currentProjectVersions(tx, [...new Set(certificates.flatMap((c) => c.shares.map((s) => s.project_id)))]);
    for (const c of certificates) for (const s of c.shares) s.version_id = versions.get(s.project_id)!;
  }

  return {
    /** Closes every account's months up to and including `month` (YYYY-MM-01), even within its grace period. */
    closeMonth: (month: string, opts: CloseOptions = {}) => closeThrough(month, opts),

    /**
     * Closes every month up to `through` (default: the last closable one). The scheduled job and `canopy certify`.
     * Its work depends on what changed since the last close, not on how far back the deposits go.
     */
    closeDue: (opts: CloseOptions & { through?: string } = {}) => closeThrough(opts.through ?? previousMonth(openMonth()), opts),

    firstOpenMonth: openMonth,

    /**
     * Each account's closed months (YYYY-MM-01, oldest first) whose certificates the next close issues: pages deposited
     * (a backfill) that no certificate has yet. Absent: none.
     */
    awaitingMonths: async (accountIds: string[]): Promise<Map<string, string[]>> => {
      const out = new Map<string, string[]>();
      for (const r of await monthsAwaitingCertificates(db, accountIds, openMonth()))
        out.set(r.account_id, [...(out.get(r.account_id) ?? []), r.month]);
      return out;
    },
  };
}

export type MonthClose = ReturnType<typeof createMonthClose>;
