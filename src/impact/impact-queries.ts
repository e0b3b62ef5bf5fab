import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { ImpactFactorSetsTable } from '../db/schema.js';
import type { ImpactFactors } from '../impact.js';

/** The impact_factor_sets table (docs/impact.md): its one owner. */
export type FactorSetRow = Selectable<ImpactFactorSetsTable>;

export interface StoredFactorSet extends ImpactFactors {
  name: string;
  sources: Record<string, string>;
  method_url: string;
  created_at: Date;
}

function toFactorSet(r: FactorSetRow): StoredFactorSet {
  return {
    version: r.version,
    name: r.name,
    co2e_kg: Number(r.co2e_kg),
    water_l: Number(r.water_l),
    energy_kwh: Number(r.energy_kwh),
    wood_kg: Number(r.wood_kg),
    sources: r.sources,
    method_url: r.method_url,
    created_at: r.created_at,
  };
}

export async function allFactorSets(db: Db): Promise<StoredFactorSet[]> {
  return (await db.selectFrom('impact_factor_sets').selectAll().orderBy('seq', 'desc').execute()).map(toFactorSet);
}

/** The newest set: what certificates issued now, accounts and volume use. */
export async function newestFactorSet(db: Db): Promise<StoredFactorSet> {
  const row = await db.selectFrom('impact_factor_sets').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
  return toFactorSet(row);
}

export async function factorSetsByVersion(db: Db, versions: string[]): Promise<Map<string, StoredFactorSet>> {
  if (!versions.length) return new Map();
  const rows = await db
    .selectFrom('impact_factor_sets')
    .selectAll()
    .where('version', 'in', [...new Set(versions)])
    .execute();
  return new Map(rows.map((r) => [r.version, toFactorSet(r)]));
}

export async function findFactorSet(db: Db, version: string): Promise<StoredFactorSet | undefined> {
  const row = await db.selectFrom('impact_factor_sets').selectAll().where('version', '=', version).executeTakeFirst();
  return row ? toFactorSet(row) : undefined;
}

/** Adds a version; false when it exists already (versions are never changed). */
export async function insertFactorSet(db: Db, f: Omit<StoredFactorSet, 'created_at'>, at: Date): Promise<boolean> {
  const res = await db
    .insertInto('impact_factor_sets')
    .values({
      version: f.version,
      name: f.name,
      co2e_kg: f.co2e_kg,
      water_l: f.water_l,
      energy_kwh: f.energy_kwh,
      wood_kg: f.wood_kg,
      sources: JSON.stringify(f.sources),
      method_url: f.method_url,
      created_at: at,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
