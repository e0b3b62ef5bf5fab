import { useState } from 'react';
import { annualReportUrl, downloadAnnualReport, FIRST_REPORT_YEAR } from '../api/reports';
import { today } from '../format';
import { FileDownloadButton } from './FileDownloadButton';
import './AnnualReports.css';

/**
 * The account's annual impact reports (PDF, with the session): this year so far and last year one click away, any
 * other year from 2000 on by choosing it. `who` completes the accessible names ("… of Acme Ltd").
 */
export function AnnualReports({ accountId, who }: { accountId: string; who?: string }) {
  const thisYear = Number(today().slice(0, 4));
  const earlier = Array.from({ length: Math.max(0, thisYear - 1 - FIRST_REPORT_YEAR) }, (_, i) => thisYear - 2 - i);
  const [other, setOther] = useState(earlier[0] ?? thisYear);
  const of = who ? <span className="sr-only"> of {who}</span> : null;

  return (
    <section className="card" aria-labelledby="reports-heading" data-testid="annual-reports">
      <div className="card-head">
        <h2 id="reports-heading">Annual impact report</h2>
      </div>
      <p className="muted small annual-reports-intro">
        A PDF of the year: standard pages and trees per month, the year's totals and what producing the paper took, and the year's
        certificates with their links.
      </p>
      <div className="annual-reports-actions">
        {[thisYear, thisYear - 1].map((year) => (
          <FileDownloadButton
            key={year}
            download={() => downloadAnnualReport(accountId, year)}
            url={annualReportUrl(accountId, year)}
            testId={`annual-report-${year}`}
          >
            Annual report {year}
            {year === thisYear && <span className="annual-reports-so-far"> (so far)</span>}
            {of}
          </FileDownloadButton>
        ))}
        {earlier.length > 0 && (
          <span className="annual-reports-other">
            <label htmlFor={`report-year-${accountId}`} className="sr-only">
              Another year
            </label>
            <select id={`report-year-${accountId}`} value={other} onChange={(e) => setOther(Number(e.target.value))}>
              {earlier.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
            <FileDownloadButton
              download={() => downloadAnnualReport(accountId, other)}
              url={annualReportUrl(accountId, other)}
              testId="annual-report-other"
            >
              Annual report {other}
              {of}
            </FileDownloadButton>
          </span>
        )}
      </div>
    </section>
  );
}
