import { z } from 'zod';
import { deletedOf } from '../http/api-schemas.js';

/** The Paper Type object as paperTypeToApi builds it (PrintReleaf v1 §7.11). */
export const paperTypeObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string().nullable().meta({ description: 'null: a built-in type.' }),
    name: z.string(),
    density: z.number().meta({ description: 'g/m².' }),
  })
  .meta({
    id: 'PaperType',
    examples: [{ id: 'a11c7abc-011e-462f-babb-3c6375fa6473', account_id: null, name: '80# #2 Gloss Cover', density: 216 }],
  });

export const paperTypeDeleted = deletedOf(paperTypeObject);
