import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts.js';

/**
 * Every migration in order. Names sort lexically; never edit one that has been applied, add a new one.
 * A static list (rather than reading the folder) keeps migrations working however Canopy is packaged.
 */
export const migrations: Record<string, Migration> = {
  '0001_accounts': m0001,
};
