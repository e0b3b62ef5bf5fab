import { useState } from 'react';
import { downloadCsv, messageOf } from '../api/client';
import './DataTable.css';

/**
 * "Download CSV" for a table's rows: the list the table shows, from the API as CSV (`url`: the same list with
 * format=csv, for the same account and filters), saved as the file the server names. `what` completes the
 * accessible name: "Download CSV of the deposits, 1 Nov 2026 – 30 Nov 2026".
 */
export function DownloadCsvButton({ url, what, testId }: { url: string; what: string; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadCsv(url);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="table-download">
      <button
        type="button"
        className="btn btn-small btn-secondary"
        onClick={() => void download()}
        disabled={busy}
        aria-busy={busy}
        data-testid={testId}
        data-url={url}
      >
        Download CSV<span className="sr-only"> of {what}</span>
      </button>
      {error && (
        <span className="table-download-error small" role="alert">
          The download failed: {error}
        </span>
      )}
    </span>
  );
}
