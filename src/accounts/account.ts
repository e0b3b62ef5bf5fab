import type { AccountRole, Status } from '../db/schema.js';
import { trees2 } from '../trees.js';
import { impactOf, type ImpactFactors } from '../impact.js';
import { apiTimestamp } from '../http/api-format.js';
import { BadRequestError, ForbiddenError } from '../errors.js';

export interface AccountRow {
  id: string;
  parent_id: string | null;
  ancestry: string[];
  name: string;
  display_name: string | null;
  role: AccountRole;
  external_id: string | null;
  status: Status;
  created_at: Date;
  activated_at: Date | null;
  deactivated_at: Date | null;
  accounts_count: number;
  users_count: number;
}

/** Standard pages month-, quarter-, year-to-date and lifetime, in the account's time zone. */
export interface PageTotals {
  mtd: number;
  qtd: number;
  ytd: number;
  ltd: number;
}

export const NO_PAGES: PageTotals = { mtd: 0, qtd: 0, ytd: 0, ltd: 0 };

/** The equivalents of each period's pages (docs/impact.md), with the newest factor set: mtd_co2e_kg, …, ltd_wood_kg. */
function periodImpact(pages: PageTotals, f: ImpactFactors) {
  const [m, q, y, l] = [impactOf(pages.mtd, f), impactOf(pages.qtd, f), impactOf(pages.ytd, f), impactOf(pages.ltd, f)];
  return {
    mtd_co2e_kg: m.co2e_kg,
    qtd_co2e_kg: q.co2e_kg,
    ytd_co2e_kg: y.co2e_kg,
    ltd_co2e_kg: l.co2e_kg,
    mtd_water_l: m.water_l,
    qtd_water_l: q.water_l,
    ytd_water_l: y.water_l,
    ltd_water_l: l.water_l,
    mtd_energy_kwh: m.energy_kwh,
    qtd_energy_kwh: q.energy_kwh,
    ytd_energy_kwh: y.energy_kwh,
    ltd_energy_kwh: l.energy_kwh,
    mtd_wood_kg: m.wood_kg,
    qtd_wood_kg: q.wood_kg,
    ytd_wood_kg: y.wood_kg,
    ltd_wood_kg: l.wood_kg,
    factors_version: f.version,
  };
}

/** The Account object of the API (PrintReleaf v1 §7.1, plus the legacy lifetime_* aliases and the equivalents). */
export function accountToApi(a: AccountRow, pages: PageTotals, factors: ImpactFactors, awaitingCertificates: string[] = []) {
  return {
    id: a.id,
    name: a.name,
    display_name: a.display_name,
    role: a.role,
    parent_id: a.parent_id,
    external_id: a.external_id,
    status: a.status,
    created_at: apiTimestamp(a.created_at),
    activated_at: apiTimestamp(a.activated_at),
    deactivated_at: apiTimestamp(a.deactivated_at),
    accounts_count: a.accounts_count,
    users_count: a.users_count,
    mtd_pages: pages.mtd,
    qtd_pages: pages.qtd,
    ytd_pages: pages.ytd,
    ltd_pages: pages.ltd,
    mtd_trees: trees2(pages.mtd),
    qtd_trees: trees2(pages.qtd),
    ytd_trees: trees2(pages.ytd),
    ltd_trees: trees2(pages.ltd),
    lifetime_pages: pages.ltd,
    lifetime_trees: trees2(pages.ltd),
    ...periodImpact(pages, factors),
    certificates_pending_months: awaitingCertificates.map((m) => m.slice(0, 7)),
  };
}

export type ApiAccount = ReturnType<typeof accountToApi>;

/**
 * Which roles a child of an account with `parentRole` may have. The platform (operator) is only ever a root;
 * providers may have sub-providers (dealer → channel partner) and customers; customers have no children.
 */
export function allowedChildRoles(parentRole: AccountRole): AccountRole[] {
  return parentRole === 'customer' ? [] : ['provider', 'customer'];
}

export function checkChildRole(parentRole: AccountRole, role: AccountRole): void {
  const allowed = allowedChildRoles(parentRole);
  if (allowed.length === 0) throw new ForbiddenError('A customer account cannot have child accounts.');
  if (!allowed.includes(role)) throw new BadRequestError(`role: must be one of ${allowed.join(', ')}.`);
}
