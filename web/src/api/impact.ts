/** Impact equivalents (docs/impact.md): where the public method page explains each factor set. */

/** The public method page at a factor set's anchor: `/impact#epn-2024.1` (served by Canopy, not the dashboard). */
export function impactMethodUrl(version: string): string {
  return `/impact#${encodeURIComponent(version)}`;
}
