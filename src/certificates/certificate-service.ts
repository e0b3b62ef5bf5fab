import { monthEnd, periodStart } from '../calendar.js';
import { exactTrees, trees2, trees3 } from '../trees.js';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { isUuid, loadInScope } from '../access/scope.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import type { CertificatesTable } from '../db/schema.js';
import { BadRequestError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import {
  certificateAccount,
  certificateParentAccount,
  certificatesQuery,
  certificateTransactions,
  findCertificate,
  findCertificateInSubtree,
  subtreeMonthPlantings,
} from './certificate-queries.js';
import type { CertificateView } from './certificate-view.js';
import { projectDescription, projectToApi, type ProjectRow } from './forestry.js';
import { deleteAccountProjects, findActiveProjects, insertAccountProjects, projectsByIds, projectsQuery } from './forestry-queries.js';
import { loadProjectChoices } from './project-choice.js';

type CertificateRow = Selectable<CertificatesTable>;

export const chooseProjectsBody = z
  .object({
    project_ids: z.array(z.uuid('must be forestry project ids')).max(50).nullable(),
  })
  .meta({ examples: [{ project_ids: ['5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9', '692bb68d-64aa-4a79-8a08-d373fb0d8752'] }] });

/** Trees with three decimals, as transactions and quotes show them (the reference's fixtures). */
/**
 * Certificates, their transactions and the forestry catalogue, as the API and the public pages see them.
 * A certificate's trees come from its pages (exact: src/trees.ts); a customer's certificate plants them through its
 * transactions, a provider's roll-up shows what its customers' certificates planted.
 */
export function createCertificateService(deps: { db: Db; accounts: Pick<AccountService, 'load'>; publicUrl: () => string }) {
  const { db, accounts } = deps;

  /** Pages per project of each certificate (its transactions; a roll-up: its customers' transactions that month). */
  async function plantings(certs: CertificateRow[]): Promise<Map<string, Array<{ project: ProjectRow; pages: number }>>> {
    const out = new Map<string, Array<{ project: ProjectRow; pages: number }>>();
    if (!certs.length) return out;
    const projects = new Map((await projectsQuery(db).execute()).map((p) => [p.id, p]));
    const add = (certId: string, projectId: string, pages: number) => {
      const list = out.get(certId) ?? [];
      const found = list.find((x) => x.project.id === projectId);
      if (found) found.pages += pages;
      else list.push({ project: projects.get(projectId)!, pages });
      out.set(certId, list);
    };
    const own = certs.filter((c) => c.kind === 'account' || c.kind === 'transaction').map((c) => c.id);
    if (own.length) {
      const rows = await certificateTransactions(db, own);
      for (const r of rows) add(r.certificate_id!, r.project_id, Number(r.pages));
    }
    for (const c of certs.filter((c) => c.kind === 'rollup')) {
      const rows = await subtreeMonthPlantings(db, c.account_id, c.month);
      for (const r of rows) add(c.id, r.project_id, Number(r.pages));
    }
    for (const list of out.values()) list.sort((a, b) => b.pages - a.pages || a.project.name.localeCompare(b.project.name));
    return out;
  }

  function certificateToApi(c: CertificateRow, planted: Array<{ project: ProjectRow; pages: number }>) {
    const pages = Number(c.pages);
    const main = planted[0]?.project ?? null;
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
      projects: planted.map((x) => ({ project_id: x.project.id, name: x.project.name, pages: x.pages, trees: trees3(x.pages) })),
    };
  }

  async function present(rows: CertificateRow[]) {
    const planted = await plantings(rows);
    return rows.map((c) => certificateToApi(c, planted.get(c.id) ?? []));
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

    /** The public page and PDF's view of a certificate, by its unguessable id (no login). */
    async publicView(id: string): Promise<CertificateView | undefined> {
      if (!isUuid(id)) return undefined;
      const c = await findCertificate(db, id);
      if (!c) return undefined;
      const account = await certificateAccount(db, c.account_id);
      const parent = account.parent_id ? await certificateParentAccount(db, account.parent_id) : undefined;
      const planted = (await plantings([c])).get(c.id) ?? [];
      const pages = Number(c.pages);
      return {
        id: c.id,
        accountName: account.display_name ?? account.name,
        providerName: c.kind === 'account' && parent?.role === 'provider' ? (parent.display_name ?? parent.name) : null,
        month: c.month,
        pages,
        adjustmentPages: Number(c.adjustment_pages),
        trees: exactTrees(pages),
        projects: planted.map((x) => ({
          name: x.project.name,
          trees: exactTrees(x.pages),
          latitude: x.project.forest_latitude,
          longitude: x.project.forest_longitude,
          description: projectDescription(x.project),
        })),
        issuedAt: c.issued_at,
        pageUrl: `${deps.publicUrl()}/certificates/${c.id}`,
        pdfUrl: `${deps.publicUrl()}/certificates/${c.id}.pdf`,
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
