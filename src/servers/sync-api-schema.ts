import { z } from 'zod';
import { timestamp } from '../http/api-schemas.js';

/** One collection run of a server (SyncHistory.list), newest first. */
export const syncRunObject = z
  .strictObject({
    id: z.string(),
    server_id: z.string(),
    trigger: z
      .string()
      .meta({ description: 'What started the run: schedule, feed-change, recovered (a failing server passed its check), cli or demo.' }),
    status: z.enum(['running', 'succeeded', 'failed', 'partial', 'abandoned']).meta({
      description: 'abandoned: the process running it died (its heartbeat stopped); the next run resumes from the checkpoints.',
    }),
    started_at: timestamp(),
    finished_at: timestamp().nullable(),
    duration_ms: z.number().nullable(),
    feeds: z.number(),
    days: z.number(),
    requests: z.number(),
    retries: z.number(),
    errors: z
      .array(z.strictObject({ feed_id: z.string().nullable(), message: z.string() }))
      .meta({ description: "At most 100; `feed_id` is null when the error is not one feed's (a failed log-in)." }),
    concurrency: z
      .strictObject({ min: z.number(), median: z.number(), max: z.number() })
      .nullable()
      .meta({ description: "Requests in flight at each request's start, within the server's `concurrency` cap; null: none made." }),
    throttled: z.number().meta({ description: 'Requests the portal refused (429 or 503); Canopy slowed down and retried them.' }),
    heartbeat_at: timestamp()
      .nullable()
      .meta({ description: 'While running: when its process last showed it is alive (every 10 s). Null once finished.' }),
  })
  .meta({
    id: 'SyncRun',
    examples: [
      {
        id: '8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f',
        server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
        trigger: 'schedule',
        status: 'partial',
        started_at: '2024-03-05T02:00:00Z',
        finished_at: '2024-03-05T02:00:41Z',
        duration_ms: 41250,
        feeds: 12,
        days: 12,
        requests: 26,
        retries: 1,
        errors: [{ feed_id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', message: 'customer 1043: the portal answered 500 three times' }],
        concurrency: { min: 1, median: 4, max: 4 },
        throttled: 1,
        heartbeat_at: null,
      },
    ],
  });
