import { Readable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import type { Principal } from '../access/principal.js';
import { renderCertificatePdf } from '../certificates/certificate-pdf.js';
import type { CertificateService } from '../certificates/certificate-service.js';
import { localDate } from '../calendar.js';
import { BadRequestError } from '../errors.js';
import { collectItems } from '../http/listing.js';

/**
 * A month's Certificates of Reforestation as one zip of PDFs (issue 18): every certificate of the account and its
 * subtree for the month, rendered one at a time and streamed (stored, not deflated: PDFs are compressed already), so
 * a provider with thousands of customers never has them all in memory.
 */
export function createCertificateZips(deps: { certificates: Pick<CertificateService, 'listCertificates' | 'publicView'> }) {
  return {
    async open(p: Principal, accountId: string, month: string): Promise<{ count: number; stream: Readable }> {
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new BadRequestError('month: must be YYYY-MM.');
      const listing = await deps.certificates.listCertificates(p, accountId, { includeDescendants: true });
      const all = (await collectItems(listing)) as Array<{ id: string; period_start: string }>;
      const ids = all.filter((c) => localDate(new Date(c.period_start)).startsWith(month)).map((c) => c.id);
      return { count: ids.length, stream: Readable.from(zipOf(ids, deps.certificates.publicView)) };
    },
  };
}

/** "Hartley & Vane Ltd" → "Hartley-Vane-Ltd" (a file name that every unzip tool takes). */
export function fileSafe(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'account'
  );
}

async function* zipOf(ids: string[], view: CertificateService['publicView']): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  };
  for (const id of ids) {
    const v = await view(id);
    if (!v) continue; // deleted since it was listed
    const file = new ZipPassThrough(`certificate-${v.month.slice(0, 7)}-${fileSafe(v.accountName)}-${v.id.slice(0, 8)}.pdf`);
    zip.add(file);
    file.push(await renderCertificatePdf(v), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

export type CertificateZips = ReturnType<typeof createCertificateZips>;
