import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACCOUNT_NAME_COLUMN_DOC, accountNameColumn } from '../accounts/account-csv.js';
import { accountIdParams, idParams, subtreeQuery } from '../accounts/account-schemas.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../errors.js';
import { principalOf } from '../http/auth.js';
import { csvFilename, formatQueryDocs, listOrCsv } from '../http/csv.js';
import { sendListing, sortedBy, type CsvAnswer } from '../http/listing.js';
import { renderCertificateNotFoundPage, renderCertificatePage } from './certificate-page.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { chooseProjectsBody, type CertificateService } from './certificate-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { accountProjectsObject, certificateListQuery, certificateObject, forestryProjectObject } from './certificate-api-schema.js';
import { CERTIFICATE_SORTS, searchCertificates } from './certificate-queries.js';

const certificateList = listOrCsv(certificateObject, [ACCOUNT_NAME_COLUMN_DOC]);
const listQuery = certificateListQuery.extend(formatQueryDocs.shape);
type ListQuery = z.infer<typeof certificateListQuery>;

/** A certificates listing searched (`q`), filtered (`month`, `kind`) and sorted (`sort`) as asked. */
function refined<L extends Awaited<ReturnType<CertificateService['listCertificates']>>>(listing: L, query: ListQuery) {
  const filter = { text: query.q, month: query.month, kind: query.kind };
  return sortedBy({ ...listing, query: searchCertificates(listing.query, filter) }, CERTIFICATE_SORTS, query.sort);
}

/** A certificates list as CSV: `certificates-<account id, or all in the default scope>-all-dates.csv` (no date filter). */
function csvAnswer(db: Db, accountId: string | undefined): CsvAnswer {
  return { filename: csvFilename('certificates', accountId), extra: [accountNameColumn(db)] };
}

/** /v1/certificates, /v1/forestry/projects (PrintReleaf v1 §7.2, §7.8, §7.10) and project choice; the lists also as CSV. */
export function certificateRoutes(deps: { certificates: CertificateService }) {
  const { certificates } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/certificates',
      {
        config: { policy: 'certificates:read' },
        schema: { querystring: subtreeQuery.extend(listQuery.shape), response: { 200: certificateList } },
      },
      async (req, reply) => {
        const all = await certificates.listCertificates(principalOf(req), undefined, {
          includeDescendants: req.query.include_descendants === 'true',
        });
        const listing = refined(all, req.query);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, undefined) });
      },
    );
    app.get(
      '/certificates/:id',
      { config: { policy: 'certificates:read' }, schema: { params: idParams, response: { 200: one(certificateObject) } } },
      async (req) => certificates.findCertificate(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/certificates',
      {
        config: { policy: 'certificates:read' },
        schema: { params: accountIdParams, querystring: listQuery, response: { 200: certificateList } },
      },
      async (req, reply) => {
        const listing = refined(await certificates.listCertificates(principalOf(req), req.params.account_id), req.query);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, req.params.account_id) });
      },
    );

    // `/projects` is the catalogue's path before 2017-03 (reference §7.14), kept as an alias.
    for (const base of ['/forestry/projects', '/projects']) {
      app.get(
        base,
        { config: { policy: 'forestry_projects:read' }, schema: { response: { 200: listOf(forestryProjectObject) } } },
        async (req, reply) => sendListing(req, reply, certificates.listProjects()),
      );
      app.get(
        `${base}/:id`,
        { config: { policy: 'forestry_projects:read' }, schema: { params: idParams, response: { 200: one(forestryProjectObject) } } },
        async (req) => certificates.findProject(req.params.id),
      );
    }
    app.get(
      '/accounts/:account_id/projects',
      { config: { policy: 'project_choice:read' }, schema: { params: accountIdParams, response: { 200: one(accountProjectsObject) } } },
      async (req) => certificates.accountProjects(principalOf(req), req.params.account_id),
    );
    app.put(
      '/accounts/:account_id/projects',
      {
        config: { policy: 'project_choice:update' },
        schema: { params: accountIdParams, body: chooseProjectsBody, response: { 200: one(accountProjectsObject) } },
      },
      async (req) => certificates.chooseProjects(principalOf(req), req.params.account_id, req.body),
    );
  };
}

/** Whether an Accept header asks for HTML (a browser) rather than JSON (an API client). */
function prefersHtml(accept: string | undefined): boolean {
  return /\btext\/html\b/.test(accept ?? '') && !/^\s*application\/json\b/.test(accept ?? '');
}

/**
 * The public certificate's documentation: HTML or PDF (not JSON); an unknown id is the JSON 404 of every route, or a
 * short HTML page for a browser (Accept: text/html).
 */
const publicCertificateSchema = {
  params: z.object({
    file: z.string().meta({
      description: "The certificate's id (its `url`), or the id and `.pdf` (its `pdf_url`).",
      examples: ['a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf'],
    }),
  }),
  response: {
    200: {
      description: 'The certificate page (`/certificates/<id>`) or its one-page PDF (`/certificates/<id>.pdf`); cacheable for a day.',
      content: {
        'text/html': {
          schema: z.string().meta({
            examples: [
              '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n…\n' +
                '<title>Certificate of Reforestation · Hartley &amp; Sons Solicitors · February 2024</title>\n…',
            ],
          }),
        },
        'application/pdf': { schema: z.string().meta({ contentMediaType: 'application/pdf', contentEncoding: 'binary' }) },
      },
    },
  },
};

/**
 * The public certificate: /certificates/<id> (HTML) and /certificates/<id>.pdf, without login. The id is a random
 * UUID; an unknown one is the same 404 as a malformed one. Certificates never change, so they may be cached.
 */
export function publicCertificateRoutes(deps: { certificates: CertificateService }) {
  return async function register(app: FastifyInstance) {
    app.get<{ Params: { file: string } }>(
      '/certificates/:file',
      { config: { public: true }, schema: publicCertificateSchema },
      async (req, reply) => {
        const pdf = req.params.file.endsWith('.pdf');
        const view = await deps.certificates.publicView(pdf ? req.params.file.slice(0, -4) : req.params.file);
        if (!view) {
          // A browser following a broken link gets a page; API clients (and the PDF link) the JSON 404.
          if (pdf || !prefersHtml(req.headers.accept)) throw new NotFoundError();
          return reply.status(404).type('text/html; charset=utf-8').header('x-robots-tag', 'noindex').send(renderCertificateNotFoundPage());
        }
        reply.header('cache-control', 'public, max-age=86400').header('x-robots-tag', 'noindex');
        if (pdf) {
          return reply
            .type('application/pdf')
            .header('content-disposition', `inline; filename="certificate-${view.month.slice(0, 7)}-${view.id.slice(0, 8)}.pdf"`)
            .send(await renderCertificatePdf(view));
        }
        return reply.type('text/html; charset=utf-8').send(renderCertificatePage(view));
      },
    );
  };
}
