import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** The User object as userToApi builds it (PrintReleaf v1 §7.7): never the password hash. */
export const userObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    name: z.string().meta({ description: "The same as full_name (the Ruby client's name)." }),
    full_name: z.string(),
    email: z.string(),
    created_at: timestamp(),
  })
  .meta({
    id: 'User',
    examples: [
      {
        id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
        account_id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
        name: 'Priya Shah',
        full_name: 'Priya Shah',
        email: 'priya@dealer.example.co.uk',
        created_at: '2024-01-10T09:00:00Z',
      },
    ],
  });

export const userDeleted = deletedOf(userObject);
