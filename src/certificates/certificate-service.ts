import { monthEnd, periodStart } from '../calendar.js';
import { trees2 } from '../trees.js';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { isUuid, loadInScope } from '../access/scope.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import type { CertificatesTable, ForestryProjectSnapshot } from '../db/schema.js';
import { BadRequestError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import { projectVersions, certificatesQuery, findCertificate, findCertificateInSubtree, rollupMembersOf } from './certificate-queries.js';
import type { CertificateBrandingView, CertificateView } from './certificate-view.js';
import { projectDescription, projectToApi, type ProjectRow } from './forestry.js';
import { deleteAccountProjects, findActiveProjects, insertAccountProjects, projectsByIds, projectsQuery } from './forestry-queries.js';
import { loadProjectChoices } from './project-choice.js';
import { impactOf } from '../impact.js';
import { factorSetsByVersion, type StoredFactorSet } from '../impact/impact-queries.js';
import { methodLink } from '../impact/impact-service.js';

type CertificateRow = Selectable<CertificatesTable>;

export const chooseProjectsBody = z
  .object({
    project_ids: z.array(z.uuid('must be forestry project ids')).max(50).nullable(),
  })
  .meta({ examples: [{ project_ids: ['5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9', '692bb68d-64aa-4a79-8a08-d373fb0d8752'] }] });

/** What a certificate shows besides its row, as stored when it was issued. */
interface Stored {
  shares: Array<{ project: ForestryProjectSnapshot; pages: number; trees: number }>;
  members: Array<{ certificate_id: string; account_id: string; month: string; pages: number }>;
  /** The impact factor set it was issued with (factor sets never change). */
  factors: StoredFactorSet;
}

/**
 * Certificates, their transactions and the forestry catalogue, as the API and the public pages see them.
 * An issued certificate never changes (docs/domain.md): everything it shows is read from what was stored when it was
 * issued (its row, its shares of each project with the project as shown, a roll-up's customer certificates), never
 * computed again from transactions, accounts or the catalogue.
 */
export function createCertificateService(deps: {
  db: Db;
  accounts: Pick<AccountService, 'load'>;
  publicUrl: () => string;
  /**
   * The branding a certificate of this account shows (the branding feature answers it): its issuing provider's when
   * `withIssuer` (the certificate names one), and the account's own logo. Current, not fixed at issue: presentation.
   */
  branding?: (accountId: string, withIssuer: boolean) => Promise<CertificateBrandingView>;
}) {
  const { db, accounts } = deps;

  async function stored(certs: CertificateRow[]): Promise<Map<string, Stored>> {
    const versions = new Map(
      (await projectVersions(db, [...new Set(certs.flatMap((c) => c.shares.map((s) => s.version_id)))])).map((v) => [v.id, v.project]),
    );
    const factorSets = await factorSetsByVersion(
      db,
      certs.map((c) => c.factors_version),
    );
    const out = new Map<string, Stored>(
      certs.map((c) => [
        c.id,
        {
          shares: c.shares.map((s) => ({ project: versions.get(s.version_id)!, pages: s.pages, trees: s.trees })),
          members: [],
          factors: factorSets.get(c.factors_version)!,
        },
      ]),
    );
    const rollups = certs.filter((c) => c.kind === 'rollup').map((c) => c.id);
    for (const m of await rollupMembersOf(db, rollups)) {
      const member = { certificate_id: m.certificate_id, account_id: m.account_id, month: m.month, pages: Number(m.pages) };
      out.get(m.rollup_id!)!.members.push(member);
    }
    return out;
  }

  function certificateToApi(c: CertificateRow, s: Stored) {
    const pages = Number(c.pages);
    const main = s.shares[0]?.project ?? null;
    return {
      id: c.id,
      account_id: c.account_id,
      period_start: periodStart(c.month),
      period_end: monthEnd(c.month),
      date: monthEnd(c.month),
      pages,
      trees: trees2(pages),
      project_id: main?.id ?? null,
      project: main ? projectToApi(main) : null,
      url: `${deps.publicUrl()}/certificates/${c.id}`,
      pdf_url: `${deps.publicUrl()}/certificates/${c.id}.pdf`,
      // Canopy extensions
      kind: c.kind,
      adjustment_pages: Number(c.adjustment_pages),
      customers: c.customers,
      issued_at: apiTimestamp(c.issued_at),
      projects: s.shares.map((x) => ({ project_id: x.project.id, name: x.project.name, pages: x.pages, trees: x.trees })),
      customer_certificates: s.members.map((m) => ({
        certificate_id: m.certificate_id,
        account_id: m.account_id,
        period_start: periodStart(m.month),
        pages: m.pages,
      })),
      ...impactOf(pages, s.factors),
      factors_version: c.factors_version,
    };
  }

  async function present(rows: CertificateRow[]) {
    const s = await stored(rows);
    return rows.map((c) => certificateToApi(c, s.get(c.id)!));
  }

  async function loadCertificate(p: Principal, id: string): Promise<CertificateRow> {
    return loadInScope(id, (id) => findCertificateInSubtree(db, p.accountId, id));
  }

  return {
    async listCertificates(p: Principal, accountId = p.accountId, opts: { includeDescendants?: boolean } = {}) {
      const account = await accounts.load(p, accountId);
      const query = certificatesQuery(db, account.id, opts.includeDescendants);
      return { db, query, keys: ['month', 'kind', 'account_id', 'id'], present } satisfies Listing<CertificateRow, unknown>;
    },

    findCertificate: async (p: Principal, id: string) => (await present([await loadCertificate(p, id)]))[0]!,

    /**
     * The public page and PDF's view of a certificate, by its unguessable id (no login): what was stored when it was
     * issued, plus the branding it is shown with (presentation: the provider's and the account's logos as they are now).
     */
    async publicView(id: string): Promise<CertificateView | undefined> {
      if (!isUuid(id)) return undefined;
      const c = await findCertificate(db, id);
      if (!c) return undefined;
      const [{ shares, factors }, branding] = await Promise.all([
        stored([c]).then((s) => s.get(c.id)!),
        deps.branding?.(c.account_id, c.provider_name !== null),
      ]);
      const pages = Number(c.pages);
      return {
        id: c.id,
        accountName: c.account_name,
        providerName: c.provider_name,
        month: c.month,
        pages,
        adjustmentPages: Number(c.adjustment_pages),
        trees: trees2(pages),
        projects: shares.map((x) => ({
          name: x.project.name,
          trees: x.trees,
          latitude: x.project.forest_latitude,
          longitude: x.project.forest_longitude,
          description: projectDescription(x.project),
        })),
        issuedAt: c.issued_at,
        impact: { ...impactOf(pages, factors), version: factors.version, methodUrl: methodLink(factors, deps.publicUrl()) },
        pageUrl: `${deps.publicUrl()}/certificates/${c.id}`,
        pdfUrl: `${deps.publicUrl()}/certificates/${c.id}.pdf`,
        ...(branding ? { branding } : {}),
      };
    },

    listProjects() {
      return {
        db,
        query: projectsQuery(db),
        keys: ['name', 'id'],
        present: (rows) => rows.map(projectToApi),
      } satisfies Listing<ProjectRow, unknown>;
    },

    async findProject(id: string) {
      return projectToApi(await loadInScope(id, async (id) => (await projectsByIds(db, [id]))[0]));
    },

    /** The projects an account plants in: its own choice, else inherited from the nearest ancestor, else all active. */
    async accountProjects(p: Principal, accountId: string) {
      const account = await accounts.load(p, accountId);
      const { projectIds, chosenBy } = (await loadProjectChoices(db, account.ancestry))(account.ancestry);
      const rows = projectIds.length ? await projectsByIds(db, projectIds) : [];
      const projects = projectIds.map((id) => rows.find((r) => r.id === id)!);
      return {
        account_id: account.id,
        source: (chosenBy === null ? 'default' : chosenBy === account.id ? 'own' : 'inherited') as 'default' | 'own' | 'inherited',
        inherited_from: chosenBy !== null && chosenBy !== account.id ? chosenBy : null,
        projects: projects.map(projectToApi),
      };
    },

    async chooseProjects(p: Principal, accountId: string, input: z.infer<typeof chooseProjectsBody>) {
      const account = await accounts.load(p, accountId);
      const ids = [...new Set(input.project_ids ?? [])];
      if (ids.length) {
        const found = await findActiveProjects(db, ids);
        if (found.length !== ids.length) throw new BadRequestError('project_ids: every id must be an active forestry project.');
      }
      await db.transaction().execute(async (tx) => {
        await deleteAccountProjects(tx, account.id);
        await insertAccountProjects(tx, account.id, ids);
      });
      return this.accountProjects(p, account.id);
    },
  };
}

export type CertificateService = ReturnType<typeof createCertificateService>;
