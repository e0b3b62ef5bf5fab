import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../http/auth.js';
import { listOf, one } from '../http/api-schemas.js';
import { escapeHtml as esc } from '../http/html-escape.js';
import { sendArray } from '../http/listing.js';
import { IMPACT_KEYS } from '../impact.js';
import { PAGES_PER_TREE_TEXT } from '../trees.js';
import { createFactorSetBody, factorSetObject } from './impact-api-schema.js';
import type { StoredFactorSet } from './impact-queries.js';
import { METHOD_PATH, type ImpactService } from './impact-service.js';

/** /v1/impact-factors: the factor sets (read: everyone; a new version: the platform). */
export function impactRoutes(deps: { impact: Pick<ImpactService, 'list' | 'create'> }) {
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/impact-factors',
      {
        config: { policy: 'impact_factors:read' },
        schema: { response: { 200: listOf(factorSetObject, 'Every impact factor set, the newest (the one in force) first.') } },
      },
      async (req, reply) => sendArray(req, reply, await deps.impact.list(), (f) => f.version),
    );
    app.post(
      '/impact-factors',
      { config: { policy: 'impact_factors:create' }, schema: { body: createFactorSetBody, response: { 201: one(factorSetObject) } } },
      async (req, reply) => reply.status(201).send(await deps.impact.create(principalOf(req), req.body)),
    );
  };
}

const WORDS: Record<(typeof IMPACT_KEYS)[number], string> = {
  co2e_kg: 'Greenhouse gases (kg CO₂e)',
  water_l: 'Water (litres)',
  energy_kwh: 'Energy (kWh)',
  wood_kg: 'Wood (kg)',
};

/** The public method page certificates link to: every factor set, its figures per standard page and their sources. */
export function renderMethodPage(sets: StoredFactorSet[]): string {
  const sections = sets.map(
    (f, i) => `<section id="${esc(f.version)}">
<h2>${esc(f.name)} <small>${esc(f.version)}${i === 0 ? ' · in force' : ''}</small></h2>
<table><thead><tr><th>Per standard page</th><th>Figure</th><th>Source</th></tr></thead><tbody>
${IMPACT_KEYS.map((k) => `<tr><td>${WORDS[k]}</td><td>${f[k]}</td><td>${esc(f.sources[k] ?? '')}</td></tr>`).join('\n')}
</tbody></table>
<p>Added ${esc(f.created_at.toISOString().slice(0, 10))}.</p>
</section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How Canopy estimates the impact of paper</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b2a22;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d6e2da;padding:.4rem;text-align:left;vertical-align:top}
small{color:#5b6b62;font-weight:normal}</style></head>
<body><h1>How Canopy estimates the impact of paper</h1>
<p>Each certificate of reforestation shows, beside its trees (${PAGES_PER_TREE_TEXT} standard pages = 1 tree), what producing its paper
took: greenhouse gases, water, energy and wood. Each is the certificate's standard pages times a factor per standard
page, from the factor set the certificate names; a certificate keeps the set it was issued with. The figures are
averages for office paper's production, not measurements of a customer's own paper.</p>
${sections.join('\n')}
</body></html>`;
}

/** GET /impact: the method page (public, no login). */
export function publicImpactRoutes(deps: { impact: Pick<ImpactService, 'all'> }) {
  return async function register(app: FastifyInstance) {
    app.get(
      METHOD_PATH,
      {
        config: { public: true },
        schema: {
          response: {
            200: {
              description: 'How the impact equivalents are estimated: every factor set and its sources.',
              content: {
                'text/html': {
                  schema: z.string().meta({
                    examples: ['<!doctype html>\n<html lang="en"><head>…<title>How Canopy estimates the impact of paper</title>…'],
                  }),
                },
              },
            },
          },
        },
      },
      async (_req, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'public, max-age=3600')
          .send(renderMethodPage(await deps.impact.all())),
    );
  };
}
