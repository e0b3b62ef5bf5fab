import { z } from 'zod';

/** The signed-in user, their account and the CSRF token for writes (SessionBody). */
export const sessionObject = z
  .strictObject({
    user: z.strictObject({ id: z.string(), full_name: z.string(), email: z.string() }),
    account: z.strictObject({ id: z.string(), name: z.string(), role: z.enum(['platform', 'provider', 'customer']) }),
    csrf_token: z.string().meta({ description: 'Send it back as the X-CSRF-Token header on every write made with the session cookie.' }),
  })
  .meta({
    id: 'Session',
    examples: [
      {
        user: { id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', full_name: 'Priya Shah', email: 'priya@dealer.example.co.uk' },
        account: { id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a', name: 'Northern Print Services', role: 'provider' },
        csrf_token: 'Jx3kQ9vL2mP7sT0wY5zB8dF1gH4nR6uE',
      },
    ],
  });

/** DELETE /v1/session: always this, signed in or not. */
export const sessionDeleted = z.strictObject({ deleted: z.literal(true) }).meta({ id: 'SessionDeleted', examples: [{ deleted: true }] });
