/** Health notifications and their deliveries (email, webhooks); e-mail status, a test e-mail and previews. */
import { api } from './client';
import type { components } from './schema';

export type EmailStatus = components['schemas']['EmailStatus'];
export type EmailPreview = components['schemas']['EmailPreview'];
export type TestEmailResult = components['schemas']['TestEmailResult'];

export const notificationKeys = {
  list: '/v1/notifications',
  emailStatus: '/v1/notifications/email-status',
  previews: '/v1/notifications/previews',
};

export function listNotifications() {
  return api.get('/v1/notifications');
}

/** Whether SMTP is configured, and where mail goes (never its credentials). */
export function getEmailStatus() {
  return api.get('/v1/notifications/email-status');
}

/** Sends one test e-mail now: to `to`, or the signed-in user's address. */
export function sendTestEmail(to?: string) {
  return api.post('/v1/notifications/test-email', { body: to ? { to } : {} });
}

/** Each kind of notification e-mail with sample data, exactly as sent. */
export function listEmailPreviews() {
  return api.get('/v1/notifications/previews');
}
