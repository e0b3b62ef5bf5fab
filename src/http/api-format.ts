/** Wire conventions of the PrintReleaf API v1: UTC timestamps as YYYY-MM-DDTHH:MM:SSZ, blank fields as null. */
export function apiTimestamp(d: Date | string): string;
export function apiTimestamp(d: Date | string | null | undefined): string | null;
export function apiTimestamp(d: Date | string | null | undefined): string | null {
  if (d == null) return null;
  const date = typeof d === 'string' ? new Date(d) : d;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
