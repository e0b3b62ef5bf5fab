/** Health notifications and their deliveries (email, webhooks). */
import { api } from './client';

export const notificationKeys = {
  list: '/v1/notifications',
};

export function listNotifications() {
  return api.get('/v1/notifications');
}
