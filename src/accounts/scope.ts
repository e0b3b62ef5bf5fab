import { NotFoundError } from '../errors.js';
import { isUuid } from '../http/api-format.js';

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
