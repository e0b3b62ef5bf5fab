import { z } from 'zod';
import { newPassword } from '../accounts/account-schemas.js';

export const createInvitationBody = z
  .object({
    email: z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address')),
    account_id: z.uuid('must be an account id').optional(),
  })
  .meta({ examples: [{ email: 'office@hartley.example.co.uk' }] });

export const acceptInvitationBody = z
  .object({
    full_name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    password: newPassword,
  })
  .meta({ examples: [{ full_name: 'Tom Hartley', password: 'a long pass phrase' }] });

export const tokenParams = z.object({ token: z.string() });

export type CreateInvitationInput = z.infer<typeof createInvitationBody>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationBody>;
