/**
 * Branding (issue 18): an account's logo, brand colour and display name, and the branding the signed-in dashboard
 * shows (its provider's). The logo is uploaded as the image's bytes (not JSON), so that call is a fetch of its own.
 */
import { ApiError, api, buildUrl } from './client';
import type { components } from './schema';

export type Branding = components['schemas']['Branding'];
export type BrandingLogo = components['schemas']['BrandingLogo'];
export type DashboardBranding = components['schemas']['DashboardBranding'];

/** The largest logo the server takes (it answers 413 beyond). */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export const brandingKeys = {
  dashboard: '/v1/branding',
  ofAccount: (accountId: string) => buildUrl('/v1/accounts/{account_id}/branding', { account_id: accountId }),
};

/** The branding of the header: the signed-in account's own (a provider), or its nearest provider's. */
export function getDashboardBranding() {
  return api.get('/v1/branding');
}

export function getBranding(accountId: string) {
  return api.get('/v1/accounts/{account_id}/branding', { path: { account_id: accountId } });
}

/** Brand colour (`#rrggbb`, null: the default) and display name (null: the account's name); providers only. */
export function updateBranding(accountId: string, body: { brand_colour?: string | null; display_name?: string | null }) {
  return api.patch('/v1/accounts/{account_id}/branding', { path: { account_id: accountId }, body });
}

export function deleteLogo(accountId: string) {
  return api.delete('/v1/accounts/{account_id}/branding/logo', { path: { account_id: accountId } });
}

/** PUTs the file's bytes (its own type as Content-Type); the session's CSRF token goes with it, as with every write. */
export async function uploadLogo(accountId: string, file: Blob, csrfToken: string): Promise<Branding> {
  let res: Response;
  try {
    res = await fetch(buildUrl('/v1/accounts/{account_id}/branding/logo', { account_id: accountId }), {
      method: 'PUT',
      headers: { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': csrfToken },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'Canopy could not be reached. Check your connection and try again.');
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = data && typeof data === 'object' ? (data as { error?: unknown; reason?: unknown }) : {};
    const message = typeof error.error === 'string' ? error.error : `The upload failed (${res.status} ${res.statusText}).`;
    throw new ApiError(res.status, message, null, typeof error.reason === 'string' ? error.reason : null);
  }
  return data as Branding;
}

/** The logo's address on this origin (the dashboard's CSP allows images from 'self'). */
export function logoSrc(logo: BrandingLogo): string {
  const url = new URL(logo.url, window.location.origin);
  return url.pathname + url.search;
}

const CHANGED = 'canopy:branding-changed';

/** Tells the header that the branding changed (after an upload or a save on the Branding page). */
export function announceBrandingChange(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function onBrandingChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
