import type { z } from 'zod';
import { ownAccountOf, type Principal } from '../access/principal.js';
import { isUuid } from '../access/scope.js';
import type { AccountService } from '../accounts/account-service.js';
import { updateAccount } from '../accounts/account-queries.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { apiTimestamp } from '../http/api-format.js';
import { readableAccent } from './brand-colour.js';
import type { brandingPatchBody } from './branding-api-schema.js';
import * as q from './branding-queries.js';
import { processLogo, type LogoMediaType } from './logo-image.js';

/** A logo as a certificate shows it: the same-origin path of the public image (the page) and its bytes (the PDF). */
export interface CertificateLogo {
  path: string;
  bytes: Buffer;
  mediaType: LogoMediaType;
  width: number;
  height: number;
  sha256: string;
}

/** What a certificate's page and PDF draw with (src/certificates/certificate-view.ts CertificateView.branding). */
export interface CertificateBranding {
  issuerLogo: CertificateLogo | null;
  accountLogo: CertificateLogo | null;
  accent: string | null;
}

const EXTENSION: Record<LogoMediaType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

/** The public path of a logo: /branding/<account>/logo.png?v=<sha256> (the version changes with every upload). */
export function logoPath(accountId: string, mediaType: LogoMediaType, sha256: string): string {
  return `/branding/${accountId}/logo.${EXTENSION[mediaType]}?v=${sha256}`;
}

/**
 * Branding (issue 18): a provider's logo, brand colour and display name, shown on its customers' certificates and in the
 * dashboard's header of its own and its customers' users; a customer's own logo on its own certificates. Reads and
 * writes are scoped like every account route (the account must lie in the caller's subtree, else 404); what each role
 * may change is the policy table's (`branding:*`). The display name is the account's own `display_name`.
 */
export function createBrandingService(deps: { db: Db; clock: Clock; accounts: Pick<AccountService, 'load'>; publicUrl: () => string }) {
  const { db, clock, accounts } = deps;

  function toApi(account: { id: string; name: string; display_name: string | null }, row: q.BrandingMeta | undefined) {
    const logo =
      row?.logo_media_type && row.logo_sha256 && row.logo_width && row.logo_height
        ? {
            url: `${deps.publicUrl()}${logoPath(account.id, row.logo_media_type, row.logo_sha256)}`,
            media_type: row.logo_media_type,
            width: row.logo_width,
            height: row.logo_height,
            sha256: row.logo_sha256,
          }
        : null;
    return {
      account_id: account.id,
      display_name: account.display_name ?? account.name,
      brand_colour: row?.brand_colour ?? null,
      accent_colour: row?.brand_colour ? readableAccent(row.brand_colour) : null,
      logo,
      updated_at: apiTimestamp(row?.updated_at ?? null),
    };
  }

  async function present(accountId: string) {
    const [account, row] = await Promise.all([q.findAccountName(db, accountId), q.findBranding(db, accountId)]);
    return toApi(account!, row);
  }

  function certificateLogo(row: q.BrandingRow | undefined): CertificateLogo | null {
    if (!row?.logo || !row.logo_media_type || !row.logo_sha256 || !row.logo_width || !row.logo_height) return null;
    return {
      path: logoPath(row.account_id, row.logo_media_type, row.logo_sha256),
      bytes: row.logo,
      mediaType: row.logo_media_type,
      width: row.logo_width,
      height: row.logo_height,
      sha256: row.logo_sha256,
    };
  }

  return {
    /** 404 unless the account lies in the caller's subtree (before a body is looked at). */
    async checkScope(p: Principal, accountId: string): Promise<void> {
      await accounts.load(p, accountId);
    },

    async get(p: Principal, accountId: string) {
      const account = await accounts.load(p, accountId);
      return present(account.id);
    },

    /** Validates and re-encodes the image (413 over 512 KB, 400 naming the problem), then stores it: nothing on failure. */
    async setLogo(p: Principal, accountId: string, bytes: Buffer) {
      const account = await accounts.load(p, accountId);
      const logo = processLogo(bytes);
      await q.upsertLogo(db, account.id, logo, clock.now());
      return present(account.id);
    },

    async deleteLogo(p: Principal, accountId: string) {
      const account = await accounts.load(p, accountId);
      await q.clearLogo(db, account.id, clock.now());
      return present(account.id);
    },

    async update(p: Principal, accountId: string, input: z.infer<typeof brandingPatchBody>) {
      const account = await accounts.load(p, accountId);
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        if (input.display_name !== undefined) await updateAccount(tx, account.id, { display_name: input.display_name }, now);
        await q.upsertStyle(tx, account.id, input.brand_colour !== undefined ? { brandColour: input.brand_colour } : {}, now);
      });
      return present(account.id);
    },

    /** The branding of the caller's dashboard: its own account's if it is a provider with branding, else the nearest above. */
    async forDashboard(p: Principal) {
      const own = await accounts.load({ ...p, accountId: ownAccountOf(p) }, ownAccountOf(p));
      const found = await q.nearestProviderBranding(db, own.ancestry);
      if (!found) return { source: 'none' as const, branding: null };
      return {
        source: found.account_id === own.id ? ('own' as const) : ('inherited' as const),
        branding: toApi({ id: found.account_id, name: found.name, display_name: found.display_name }, found),
      };
    },

    /** The public logo image (no login): `logo.png` or `logo.jpg` as stored; undefined for anything else. */
    async publicLogo(accountId: string, file: string) {
      if (!isUuid(accountId)) return undefined;
      const logo = await q.findLogo(db, accountId);
      if (!logo || file !== `logo.${EXTENSION[logo.logo_media_type]}`) return undefined;
      return { bytes: logo.logo, mediaType: logo.logo_media_type, sha256: logo.logo_sha256 };
    },

    /**
     * What a certificate of `accountId` draws with: its issuing provider's logo and colour (the parent provider's branding
     * as it is now, when `withIssuer`: the certificate names that provider) and the account's own logo.
     */
    async forCertificate(accountId: string, withIssuer: boolean): Promise<CertificateBranding> {
      const issuerId = withIssuer ? await q.issuingProviderOf(db, accountId) : undefined;
      const rows = await q.brandingsWithLogos(db, issuerId ? [accountId, issuerId] : [accountId]);
      const own = rows.find((r) => r.account_id === accountId);
      const issuer = issuerId ? rows.find((r) => r.account_id === issuerId) : undefined;
      const colour = issuer?.brand_colour ?? own?.brand_colour ?? null;
      return { issuerLogo: certificateLogo(issuer), accountLogo: certificateLogo(own), accent: colour ? readableAccent(colour) : null };
    },

    /** What an account's annual report shows: its issuing provider's name, and the certificate's logos and colour. */
    async forReport(accountId: string): Promise<CertificateBranding & { providerName: string | null }> {
      const issuerId = await q.issuingProviderOf(db, accountId);
      const issuer = issuerId ? await q.findAccountName(db, issuerId) : undefined;
      const drawn = await this.forCertificate(accountId, issuerId !== undefined);
      return { ...drawn, providerName: issuer ? (issuer.display_name ?? issuer.name) : null };
    },
  };
}

export type BrandingService = ReturnType<typeof createBrandingService>;
