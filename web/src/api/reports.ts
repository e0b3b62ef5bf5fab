/** Reports: an account's annual impact report (PDF) and a month's certificate PDFs of its subtree (one zip). */
import { buildUrl, downloadFile } from './client';

/** The first year the API has a report for (docs/api.md, Reports); the last is the current year. */
export const FIRST_REPORT_YEAR = 2000;

/** GET /v1/accounts/:account_id/reports/YYYY.pdf: the year's pages, trees and equivalents, and its certificates. */
export function annualReportUrl(accountId: string, year: number): string {
  return buildUrl('/v1/accounts/{account_id}/reports/{file}', { account_id: accountId, file: `${year}.pdf` });
}

/** GET /v1/accounts/:account_id/certificates.zip?month=YYYY-MM: every certificate PDF of the subtree for the month. */
export function certificatesZipUrl(accountId: string, month: string): string {
  return buildUrl('/v1/accounts/{account_id}/certificates.zip', { account_id: accountId }, { month });
}

/** Saves the annual report with the session; resolves with the file's name. */
export function downloadAnnualReport(accountId: string, year: number): Promise<string> {
  return downloadFile(annualReportUrl(accountId, year), 'application/pdf', `impact-report-${year}.pdf`);
}

/** Saves the month's certificates as one zip with the session; resolves with the file's name. */
export function downloadCertificatesZip(accountId: string, month: string): Promise<string> {
  return downloadFile(certificatesZipUrl(accountId, month), 'application/zip', `certificates-${month}.zip`);
}
