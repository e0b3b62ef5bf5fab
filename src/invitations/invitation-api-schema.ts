import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

const EXAMPLE_INVITATION = {
  id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
  email: 'office@hartley.example.co.uk',
  status: 'pending',
  created_at: '2024-03-01T11:00:00Z',
  expires_at: '2024-03-08T11:00:00Z',
  accepted_at: null,
  accept_url: null,
};

/** The Invitation object as invitationToApi builds it (PrintReleaf v1 §7.6, plus status and the timestamps). */
export const invitationObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    email: z.string(),
    status: z.enum(['pending', 'accepted', 'expired']),
    created_at: timestamp(),
    expires_at: timestamp(),
    accepted_at: timestamp().nullable(),
    accept_url: z.string().nullable().meta({
      description: 'The link to pass on by hand: only in the create answer when no SMTP server is configured; null everywhere else.',
    }),
  })
  .meta({ id: 'Invitation', examples: [EXAMPLE_INVITATION] });

/** A create answer without SMTP: the only place the link is shown. */
export const invitationCreatedExample = {
  ...EXAMPLE_INVITATION,
  accept_url: 'https://canopy.example.co.uk/invitations/q8Zr3mK0vXw5LtB7nP2sYc9dH4fJ6gA1eU0iOoRkTlM',
};

export const invitationDeleted = deletedOf(invitationObject);

/** What the acceptance page shows before the person signs up (GET /v1/invitations/accept/:token). */
export const invitationPreviewObject = z
  .strictObject({ email: z.string(), account_name: z.string() })
  .meta({ id: 'InvitationPreview', examples: [{ email: 'office@hartley.example.co.uk', account_name: 'Hartley & Sons' }] });
