import { z } from 'zod';
import { timestamp } from '../http/api-schemas.js';

export const healthState = z.enum(['pending', 'healthy', 'unhealthy']);

/** One change of a server's or feed's health (HealthService.history), newest first in the `/health` lists. */
export const healthEventObject = z
  .strictObject({
    id: z.string(),
    at: timestamp(),
    old_state: healthState,
    new_state: healthState,
    reason: z.string().nullable(),
  })
  .meta({
    id: 'HealthEvent',
    examples: [
      {
        id: '3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b',
        at: '2024-03-04T09:00:00Z',
        old_state: 'healthy',
        new_state: 'unhealthy',
        reason: 'DCA stale: no new counters for 3 business days (last data 2024-02-28).',
      },
    ],
  });
