import type { Db } from '../db/database.js';
import { activeProjectIds, chosenProjects } from './forestry-queries.js';

/** Where an account's forestry projects come from (docs/domain.md, Certificates: trees split across the chosen projects). */
export interface ProjectChoice {
  projectIds: string[];
  /** The account whose choice applies (itself or an ancestor); null: no choice anywhere, every active project. */
  chosenBy: string | null;
}

/**
 * The rule, in one place: an account plants in the projects it chose, else in its nearest ancestor's choice, else in
 * every active project; always ordered by project name. Loads the choices of the given accounts (all when omitted,
 * for the month close) once; `choiceFor(ancestry)` then answers for any account whose ancestry they cover.
 */
export async function loadProjectChoices(db: Db, accountIds?: string[]): Promise<(ancestry: string[]) => ProjectChoice> {
  const rows = await chosenProjects(db, accountIds);
  const chosen = new Map<string, string[]>();
  for (const r of rows) chosen.set(r.account_id, [...(chosen.get(r.account_id) ?? []), r.project_id]);
  const active = await activeProjectIds(db);
  return (ancestry) => {
    for (let i = ancestry.length - 1; i >= 0; i--) {
      const own = chosen.get(ancestry[i]!);
      if (own?.length) return { projectIds: own, chosenBy: ancestry[i]! };
    }
    return { projectIds: active, chosenBy: null };
  };
}
