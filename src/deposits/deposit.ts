import type { Selectable } from 'kysely';
import type { DepositsTable } from '../db/schema.js';
import { STANDARD_PAGE } from '../standard-pages.js';

export type DepositRow = Selectable<DepositsTable>;

const STD = { width: STANDARD_PAGE.widthMm / 1000, height: STANDARD_PAGE.heightMm / 1000, gsm: STANDARD_PAGE.gsm };

/**
 * Standard pages of a manual deposit: `pages` sheets of width × height m at `density` g/m², compared by mass with
 * the standard page (docs/domain.md); omitted size or density means the standard page's.
 */
export function manualStandardPages(d: { pages: number; width?: number | null; height?: number | null; density?: number | null }): number {
  return Math.round(exactStandardPages(d));
}

/** The same, before rounding: several kinds of paper (a quote's items) are summed first, then rounded once. */
export function exactStandardPages(d: { pages: number; width?: number | null; height?: number | null; density?: number | null }): number {
  const mass = (d.width ?? STD.width) * (d.height ?? STD.height) * (d.density ?? STD.gsm);
  return (d.pages * mass) / (STD.width * STD.height * STD.gsm);
}

/**
 * The Deposit object (PrintReleaf v1 §7.3). Feed deposits are in standard pages, so their size and density are the
 * standard page's. `density` and its newer name `gsm` carry the same value. Canopy extensions: standard_pages,
 * status (deposited, held, rejected, rebased), and for feed deposits the base date and raw difference.
 */
export function depositToApi(d: DepositRow) {
  const feed = d.feed_id !== null;
  const density = feed ? STD.gsm : (d.density ?? STD.gsm);
  return {
    id: d.id,
    account_id: d.account_id,
    feed_id: d.feed_id,
    source_id: d.feed_id, // the JS client's name for feed_id (reference §7.14)
    date: `${d.date}T00:00:00Z`,
    pages: Number(d.pages),
    width: feed ? STD.width : (d.width ?? STD.width),
    height: feed ? STD.height : (d.height ?? STD.height),
    density,
    gsm: density,
    paper_type_id: d.paper_type_id,
    created_at: d.created_at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    standard_pages: Number(d.standard_pages),
    status: d.status,
    base_date: d.base_date,
    raw_pages: d.raw_pages === null ? null : Number(d.raw_pages),
  };
}
