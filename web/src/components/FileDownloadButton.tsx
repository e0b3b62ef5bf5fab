import { type ReactNode, useState } from 'react';
import { messageOf } from '../api/client';
import './DataTable.css';

/**
 * A button that saves a file the API answers (an annual report, a month's certificates as a zip) with the session,
 * or a table's CSV (DownloadCsvButton): busy while it runs, the API's message when it fails. `download` is one of
 * the API modules' downloads (reports.ts); `url` is shown as `data-url` for tests.
 */
export function FileDownloadButton({
  download,
  url,
  children,
  testId,
  variant = 'secondary',
}: {
  download: () => Promise<unknown>;
  url: string;
  children: ReactNode;
  testId?: string;
  variant?: 'primary' | 'secondary';
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      await download();
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
        className={`btn btn-small btn-${variant}`}
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
        data-testid={testId}
        data-url={url}
      >
        {children}
      </button>
      {error && (
        <span className="table-download-error small" role="alert">
          The download failed: {error}
        </span>
      )}
    </span>
  );
}
