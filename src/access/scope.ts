import { NotFoundError } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be an id of Canopy's (a UUID): anything else is a 404 without touching the database. */
export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/**
 * Loads a resource by id within the caller's account subtree. A malformed id, an unknown id and a resource outside
 * the subtree all get the same 404, so nothing reveals what exists elsewhere.
 */
export async function loadInScope<T>(id: string, query: (id: string) => Promise<T | undefined>): Promise<T> {
  if (!isUuid(id)) throw new NotFoundError();
  const row = await query(id);
  if (!row) throw new NotFoundError();
  return row;
}
