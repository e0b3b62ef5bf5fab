/** API keys of the signed-in account. */
import { api, type BodyOf } from './client';

export const apiKeyKeys = {
  list: '/v1/api_keys',
};

export type NewApiKey = BodyOf<'/v1/api_keys', 'post'>;

export function listApiKeys() {
  return api.get('/v1/api_keys');
}

/** The answer carries the key itself, once. */
export function createApiKey(key: NewApiKey) {
  return api.post('/v1/api_keys', { body: key });
}

export function revokeApiKey(id: string) {
  return api.delete('/v1/api_keys/{id}', { path: { id } });
}
