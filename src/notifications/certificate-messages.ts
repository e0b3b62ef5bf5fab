import { impactOf, type ImpactFactors } from '../impact.js';
import { trees2 } from '../trees.js';
import { formatMonth } from '../people-dates.js';

/** An account certificate as its e-mail tells of it: what was stored when it was issued (names included), never current. */
export interface IssuedCertificate {
  id: string;
  account_id: string;
  /** The account's name as the certificate shows it. */
  account_name: string;
  /** The issuing provider's name as the certificate shows it (its display name when issued), or null. */
  provider_name: string | null;
  /** The first day of the certified month (YYYY-MM-DD). */
  month: string;
  pages: number;
  /** The factor set it was issued with. */
  factors: Pick<ImpactFactors, 'co2e_kg' | 'water_l' | 'energy_kwh' | 'wood_kg'>;
}

export interface CertificateMessage {
  type: 'certificate.issued';
  subject: string;
  text: string;
  data: Record<string, unknown>;
}

const pagesFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const impactFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** '2026-03-01' → "March 2026" (the one people format: ./people-dates.ts). */
export const monthName = formatMonth;

/**
 * The e-mail of an issued account certificate to its account's users: "[<provider> with Canopy] Your Certificate of
 * Reforestation for March 2026" ("[Canopy] …" without a provider), and in the text the account, month, pages, trees
 * (two decimals: src/trees.ts), CO₂e (the certificate's co2e_kg), who issued it and its public page and PDF.
 */
export function certificateMessage(c: IssuedCertificate, publicUrl: string): CertificateMessage {
  const period = monthName(c.month);
  const brand = c.provider_name ? `${c.provider_name} with Canopy` : 'Canopy';
  const trees = trees2(c.pages);
  const { co2e_kg } = impactOf(c.pages, c.factors);
  const url = `${publicUrl}/certificates/${c.id}`;
  const pdfUrl = `${url}.pdf`;
  const treesText = twoDecimals.format(trees);
  const text = [
    `${c.account_name}: your Certificate of Reforestation for ${period} has been issued.`,
    '',
    `Pages: ${pagesFormat.format(c.pages)} standard pages`,
    `Trees: ${treesText} ${treesText === '1.00' ? 'tree' : 'trees'}`,
    `Greenhouse gases: ${impactFormat.format(co2e_kg)} kg CO₂e`,
    '',
    `Issued by ${brand}`,
    '',
    `Certificate: ${url}`,
    `PDF: ${pdfUrl}`,
    '',
  ].join('\n');
  return {
    type: 'certificate.issued',
    subject: `[${brand}] Your Certificate of Reforestation for ${period}`,
    text,
    data: {
      certificate_id: c.id,
      account_id: c.account_id,
      account_name: c.account_name,
      provider_name: c.provider_name,
      period_start: c.month,
      pages: c.pages,
      trees,
      co2e_kg,
      url,
      pdf_url: pdfUrl,
    },
  };
}
