/** Webhooks: where health notifications are POSTed, signed. */
import { api } from './client';
import type { Webhook } from './types';

export const webhookKeys = {
  list: '/v1/webhooks',
};

export function listWebhooks() {
  return api.get('/v1/webhooks');
}

/** The answer carries the signing secret, once. */
export function createWebhook(url: string) {
  return api.post('/v1/webhooks', { body: { url } });
}

/** Pauses (inactive) or resumes (active) a webhook. */
export function setWebhookStatus(id: string, status: Webhook['status']) {
  return api.patch('/v1/webhooks/{id}', { path: { id }, body: { status } });
}

export function deleteWebhook(id: string) {
  return api.delete('/v1/webhooks/{id}', { path: { id } });
}
