import { downloadCsv } from '../api/client';
import { FileDownloadButton } from './FileDownloadButton';

/**
 * "Download CSV" for a table's rows: the list the table shows, from the API as CSV (`url`: the same list with
 * format=csv, for the same account and filters), saved as the file the server names. `what` completes the
 * accessible name: "Download CSV of the deposits, 1 Nov 2026 – 30 Nov 2026".
 */
export function DownloadCsvButton({ url, what, testId }: { url: string; what: string; testId?: string }) {
  return (
    <FileDownloadButton download={() => downloadCsv(url)} url={url} {...(testId ? { testId } : {})}>
      Download CSV<span className="sr-only"> of {what}</span>
    </FileDownloadButton>
  );
}
