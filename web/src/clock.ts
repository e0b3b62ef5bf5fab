/** The dashboard's only reader of wall time (the server's is src/clock.ts). */
export function now(): Date {
  return new Date();
}
