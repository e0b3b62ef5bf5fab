import type { Principal } from '../access/principal.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import type { CreateFactorSetInput } from './impact-api-schema.js';
import { allFactorSets, findFactorSet, insertFactorSet, newestFactorSet, type StoredFactorSet } from './impact-queries.js';

/** Where a factor set's method is explained, unless it names its own (the public page of impact-routes.ts). */
export const METHOD_PATH = '/impact';

export function factorSetToApi(f: StoredFactorSet) {
  return {
    version: f.version,
    name: f.name,
    co2e_kg: f.co2e_kg,
    water_l: f.water_l,
    energy_kwh: f.energy_kwh,
    wood_kg: f.wood_kg,
    sources: f.sources as { co2e_kg: string; water_l: string; energy_kwh: string; wood_kg: string },
    method_url: f.method_url,
    created_at: apiTimestamp(f.created_at),
  };
}

/** The method link of a factor set: its own absolute URL, or Canopy's page at the version's anchor. */
export function methodLink(f: Pick<StoredFactorSet, 'version' | 'method_url'>, publicUrl: string): string {
  if (/^https:\/\//.test(f.method_url)) return f.method_url;
  return `${publicUrl}${METHOD_PATH}#${encodeURIComponent(f.version)}`;
}

/** Impact factor sets (docs/impact.md): read by everyone; a new version is the platform's to add. */
export function createImpactService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    newest: () => newestFactorSet(db),
    all: () => allFactorSets(db),
    async list() {
      return (await allFactorSets(db)).map(factorSetToApi);
    },
    async create(p: Principal, input: CreateFactorSetInput) {
      if (p.role !== 'platform') throw new ForbiddenError('Only the platform adds impact factor sets.');
      const set = { ...input, method_url: input.method_url ?? METHOD_PATH };
      if (!(await insertFactorSet(db, set, clock.now()))) {
        throw new ConflictError(`version: ${input.version} exists already; factor sets never change: give a new version.`);
      }
      return factorSetToApi((await findFactorSet(db, input.version))!);
    },
  };
}

export type ImpactService = ReturnType<typeof createImpactService>;
