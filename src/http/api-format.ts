/** Wire conventions of the PrintReleaf API v1: UTC timestamps as YYYY-MM-DDTHH:MM:SSZ, blank fields as null. */
export function apiTimestamp(d: Date | string): string;
export function apiTimestamp(d: Date | string | null | undefined): string | null;
export function apiTimestamp(d: Date | string | null | undefined): string | null {
  if (d == null) return null;
  const date = typeof d === 'string' ? new Date(d) : d;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(s: string): boolean {
  return UUID.test(s);
}
