import { z } from 'zod';

/**
 * How the portal spells customer ids (`--ids`): the fleet's integers (1001), or strings `CUST-1001`. The fleet model
 * always works with the integers; only the product API's answers and paths use the portal's spelling.
 */
export const ID_TYPES = ['integer', 'string'] as const;
export type IdType = (typeof ID_TYPES)[number];

const DIGITS = /^\d{1,15}$/;
const STRING_ID = /^CUST-(\d{1,15})$/;

export class CustomerIds {
  constructor(readonly type: IdType) {}

  /** The id as the portal answers it. */
  external(id: number): number | string {
    return this.type === 'string' ? `CUST-${id}` : id;
  }

  /**
   * The fleet's id of an id in a product path, in the portal's spelling only. Anything else (the other spelling, or
   * text that is no id at all) is undefined: ids are opaque to a portal's clients, so it is an unknown customer (404).
   */
  fromPath(text: string): number | undefined {
    const m = this.type === 'string' ? STRING_ID.exec(text) : DIGITS.exec(text);
    return m ? Number(m[1] ?? m[0]) : undefined;
  }
}

/** A customer in the /_sim/* endpoints: 1001, "1001" or "CUST-1001", whatever the portal's spelling. */
export const controlCustomerId = z.union([
  z.number().int(),
  z.string().regex(DIGITS).transform(Number),
  z
    .string()
    .regex(STRING_ID, 'must be a customer id (1001 or "CUST-1001")')
    .transform((s) => Number(STRING_ID.exec(s)![1])),
]);
