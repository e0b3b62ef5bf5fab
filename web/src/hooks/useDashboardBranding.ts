import { useEffect } from 'react';
import { brandingKeys, getDashboardBranding, onBrandingChange, type Branding } from '../api/branding';
import { useResource } from './useResource';

/**
 * The branding the header shows (the signed-in account's own, or its nearest provider's), reloaded when the Branding
 * page changes it; null while loading, on failure (the header falls back to Canopy's) or when there is none.
 */
export function useDashboardBranding(accountId: string): Branding | null {
  const branding = useResource(getDashboardBranding, `${brandingKeys.dashboard}#${accountId}`);
  const { reload } = branding;
  useEffect(() => onBrandingChange(() => void reload()), [reload]);
  return branding.data?.branding ?? null;
}
