import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../http/auth.js';
import { renderAnnualReportPdf } from './annual-report-pdf.js';
import type { AnnualReports } from './annual-report.js';

const reportParams = z.object({
  account_id: z.string(),
  file: z
    .string()
    .regex(/^\d{4}\.pdf$/, 'must be YYYY.pdf')
    .meta({ description: 'The year and `.pdf`.', examples: ['2026.pdf'] }),
});

/** GET /v1/accounts/:account_id/reports/YYYY.pdf: the annual impact report of an account and its subtree (issue 18). */
export function reportRoutes(deps: { reports: Pick<AnnualReports, 'build'> }) {
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
  };
}
