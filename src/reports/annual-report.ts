import type { Principal } from '../access/principal.js';
import type { AccountService } from '../accounts/account-service.js';
import { localDate } from '../calendar.js';
import type { CertificateService } from '../certificates/certificate-service.js';
import type { Clock } from '../clock.js';
import type { DepositService } from '../deposits/deposit-service.js';
import { BadRequestError } from '../errors.js';
import { collectItems } from '../http/listing.js';
import { impactOf, type Impact } from '../impact.js';
import type { ImpactService } from '../impact/impact-service.js';
import { trees2 } from '../trees.js';

/** One month of the report: its pages (null: no data at all that month), and whether it is the month still running. */
export interface ReportMonth {
  month: string;
  pages: number | null;
  trees: number | null;
  partial: boolean;
  future: boolean;
}

export interface AnnualReport {
  year: number;
  accountId: string;
  accountName: string;
  providerName: string | null;
  /** The issuing provider's logo (else the account's own), as the PDF embeds it. */
  logo: { bytes: Buffer; width: number; height: number } | null;
  /** The provider's brand colour, readable on white, or null for Canopy's green. */
  accent: string | null;
  months: ReportMonth[];
  totals: { pages: number; trees: number } & Impact;
  factorsVersion: string;
  methodUrl: string;
  certificates: Array<{ month: string; kind: string; pages: number; trees: number; url: string; factors_version: string }>;
  generatedAt: Date;
}

export const FIRST_REPORT_YEAR = 2000;

export interface ReportBranding {
  providerName: string | null;
  issuerLogo: { bytes: Buffer; width: number; height: number } | null;
  accountLogo: { bytes: Buffer; width: number; height: number } | null;
  accent: string | null;
}

/**
 * The annual impact report of an account (its subtree) for a year (issue 18): the monthly pages and trees, their
 * totals and equivalents (with the factor set in force), and the year's certificates. Gathered through the services
 * every API answer uses, so the report shows what the API shows.
 */
export function createAnnualReports(deps: {
  clock: Clock;
  accounts: Pick<AccountService, 'find'>;
  deposits: Pick<DepositService, 'volume'>;
  certificates: Pick<CertificateService, 'listCertificates'>;
  impact: Pick<ImpactService, 'newest'>;
  publicUrl: () => string;
  /** The provider's branding the report carries (the branding feature answers it). */
  branding?: (accountId: string) => Promise<ReportBranding>;
}) {
  return {
    async build(p: Principal, accountId: string, year: number): Promise<AnnualReport> {
      const now = deps.clock.now();
      const thisYear = Number(localDate(now).slice(0, 4));
      if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > thisYear) {
        throw new BadRequestError(`year: must be from ${FIRST_REPORT_YEAR} to ${thisYear}.`);
      }
      const account = await deps.accounts.find(p, accountId);
      const [volume, certs, factors, branding] = await Promise.all([
        deps.deposits
          .volume(p, account.id, { period: 'monthly', start_date: `${year}-01-01`, end_date: `${year}-12-31` })
          .then(collectItems),
        deps.certificates.listCertificates(p, account.id).then(collectItems),
        deps.impact.newest(),
        deps.branding?.(account.id),
      ]);
      const currentMonth = `${localDate(now).slice(0, 7)}-01`;
      const byMonth = new Map((volume as Array<{ date: string; pages: number }>).map((v) => [localMonthOf(v.date), v.pages] as const));
      const months: ReportMonth[] = Array.from({ length: 12 }, (_, i) => {
        const month = `${year}-${String(i + 1).padStart(2, '0')}-01`;
        const pages = byMonth.get(month) ?? null;
        return {
          month,
          pages,
          trees: pages === null ? null : trees2(pages),
          partial: month === currentMonth,
          future: month > currentMonth,
        };
      });
      const pages = months.reduce((n, m) => n + (m.pages ?? 0), 0);
      const yearCerts = (
        certs as Array<{
          period_start: string;
          kind: string;
          pages: number;
          trees: number;
          url: string;
          factors_version: string;
          account_id: string;
        }>
      )
        .filter((c) => c.account_id === account.id && localMonthOf(c.period_start).startsWith(`${year}-`))
        .map((c) => ({
          month: localMonthOf(c.period_start),
          kind: c.kind,
          pages: c.pages,
          trees: c.trees,
          url: c.url,
          factors_version: c.factors_version,
        }))
        .sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind));
      return {
        year,
        accountId: account.id,
        accountName: account.display_name ?? account.name,
        providerName: branding?.providerName ?? null,
        logo: branding?.issuerLogo ?? branding?.accountLogo ?? null,
        accent: branding?.accent ?? null,
        months,
        totals: { pages, trees: trees2(pages), ...impactOf(pages, factors) },
        factorsVersion: factors.version,
        methodUrl: `${deps.publicUrl()}/impact#${encodeURIComponent(factors.version)}`,
        certificates: yearCerts,
        generatedAt: now,
      };
    },
  };
}

/** An API period start (local midnight of the 1st, in UTC) → its local YYYY-MM-01. */
function localMonthOf(timestamp: string): string {
  return `${localDate(new Date(timestamp)).slice(0, 7)}-01`;
}

export type AnnualReports = ReturnType<typeof createAnnualReports>;
