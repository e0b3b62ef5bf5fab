import type { Db } from '../db/database.js';
import { lookupColumn, type CsvExtraColumn } from '../http/csv.js';
import { accountNames } from './account-queries.js';

/**
 * The CSV exports' one column beyond the JSON object's: `account_name`, after `account_id`, the account's name (as it
 * is now), looked up once per chunk of rows; so a spreadsheet of a subtree says whose each row is.
 */
export function accountNameColumn(db: Db): CsvExtraColumn {
  return lookupColumn('account_name', 'account_id', (ids) => accountNames(db, ids));
}

/** The column as the OpenAPI document shows it (listOrCsv). */
export const ACCOUNT_NAME_COLUMN_DOC = { name: 'account_name', after: 'account_id', example: 'Hartley & Sons Solicitors' } as const;
