import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../http/auth.js';
import { renderAnnualReportPdf } from './annual-report-pdf.js';
import type { AnnualReports } from './annual-report.js';
import type { CertificateZips } from './certificate-zip.js';

const reportParams = z.object({
  account_id: z.string(),
  file: z
    .string()
    .regex(/^\d{4}\.pdf$/, 'must be YYYY.pdf')
    .meta({ description: 'The year and `.pdf`.', examples: ['2026.pdf'] }),
});

const zipQuery = z.object({ month: z.string().meta({ description: 'The month, YYYY-MM.', examples: ['2026-10'] }) });

/**
 * GET /v1/accounts/:account_id/reports/YYYY.pdf: the annual impact report of an account and its subtree, and
 * GET /v1/accounts/:account_id/certificates.zip?month=YYYY-MM: the month's certificate PDFs of the subtree (issue 18).
 */
export function reportRoutes(deps: { reports: Pick<AnnualReports, 'build'>; zips: Pick<CertificateZips, 'open'> }) {
  return async function register(app: FastifyInstance) {
    // Untyped replies: the answer is a PDF (binary), documented as such, not a JSON schema to check.
    app.get<{ Params: z.infer<typeof reportParams> }>(
      '/accounts/:account_id/reports/:file',
      {
        config: { policy: 'volume:read' },
        schema: {
          params: reportParams,
          response: {
            200: {
              description:
                "The year's impact report (PDF): monthly pages and trees, totals and equivalents, the year's certificates with links.",
              content: {
                'application/pdf': { schema: z.string().meta({ contentMediaType: 'application/pdf', contentEncoding: 'binary' }) },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const year = Number(req.params.file.slice(0, 4));
        const report = await deps.reports.build(principalOf(req), req.params.account_id, year);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="impact-report-${year}-${report.accountId.slice(0, 8)}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(await renderAnnualReportPdf(report));
      },
    );

    app.get<{ Params: { account_id: string }; Querystring: z.infer<typeof zipQuery> }>(
      '/accounts/:account_id/certificates.zip',
      {
        config: { policy: 'certificates:read' },
        schema: {
          params: z.object({ account_id: z.string() }),
          querystring: zipQuery,
          response: {
            200: {
              description: 'Every certificate PDF of the account and its subtree for the month, in one zip (streamed).',
              content: {
                'application/zip': { schema: z.string().meta({ contentMediaType: 'application/zip', contentEncoding: 'binary' }) },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const { count, stream } = await deps.zips.open(principalOf(req), req.params.account_id, req.query.month);
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="certificates-${req.query.month}.zip"`)
          .header('x-certificate-count', String(count))
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    );
  };
}
