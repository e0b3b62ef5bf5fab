import { monthEnd, periodStart } from '../calendar.js';
import { exactTrees, trees2, trees3 } from '../trees.js';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { isUuid, loadInScope } from '../access/scope.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import type { CertificatesTable } from '../db/schema.js';
import { BadRequestError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import type { CertificateView } from './certificate-view.js';
import { projectDescription, projectToApi, type ProjectRow } from './forestry.js';
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
export function createCertificateService(deps: { db: Db; accounts: AccountService; publicUrl: () => string }) {
  const { db, accounts } = deps;

  /** Pages per project of each certificate (its transactions; a roll-up: its customers' transactions that month). */
  async function plantings(certs: CertificateRow[]): Promise<Map<string, Array<{ project: ProjectRow; pages: number }>>> {
    const out = new Map<string, Array<{ project: ProjectRow; pages: number }>>();
    if (!certs.length) return out;
    const projects = new Map((await db.selectFrom('forestry_projects').selectAll().execute()).map((p) => [p.id, p]));
    const add = (certId: string, projectId: string, pages: number) => {
      const list = out.get(certId) ?? [];
      const found = list.find((x) => x.project.id === projectId);
      if (found) found.pages += pages;
      else list.push({ project: projects.get(projectId)!, pages });
      out.set(certId, list);
    };
    const own = certs.filter((c) => c.kind === 'account' || c.kind === 'transaction').map((c) => c.id);
    if (own.length) {
      const rows = await db
        .selectFrom('transactions')
        .select(['certificate_id', 'project_id', 'pages'])
        .where('certificate_id', 'in', own)
        .execute();
      for (const r of rows) add(r.certificate_id!, r.project_id, Number(r.pages));
    }
    for (const c of certs.filter((c) => c.kind === 'rollup')) {
      const rows = await db
        .selectFrom('transactions as t')
        .innerJoin('certificates as c', 'c.id', 't.certificate_id')
        .innerJoin('accounts as a', 'a.id', 'c.account_id')
        .select(['t.project_id', (eb) => eb.fn.sum<string>('t.pages').as('pages')])
        .where('c.month', '=', c.month)
        .where('c.kind', '=', 'account')
        .where(inSubtreeOf(c.account_id))
        .groupBy('t.project_id')
        .execute();
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
    return loadInScope(id, (id) =>
      db
        .selectFrom('certificates as c')
        .innerJoin('accounts as a', 'a.id', 'c.account_id')
        .selectAll('c')
        .where('c.id', '=', id)
        .where(inSubtreeOf(p.accountId))
        .executeTakeFirst(),
    );
  }

  return {
    async listCertificates(p: Principal, accountId = p.accountId, opts: { includeDescendants?: boolean } = {}) {
      const account = await accounts.load(p, accountId);
      const query = db
        .selectFrom('certificates as c')
        .innerJoin('accounts as a', 'a.id', 'c.account_id')
        .selectAll('c')
        .where(opts.includeDescendants ? inSubtreeOf(account.id) : (eb) => eb('c.account_id', '=', account.id));
      return { db, query, keys: ['month', 'kind', 'account_id', 'id'], present } satisfies Listing<CertificateRow, unknown>;
    },

    findCertificate: async (p: Principal, id: string) => (await present([await loadCertificate(p, id)]))[0]!,

    /** The public page and PDF's view of a certificate, by its unguessable id (no login). */
    async publicView(id: string): Promise<CertificateView | undefined> {
      if (!isUuid(id)) return undefined;
      const c = await db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
      if (!c) return undefined;
      const account = await db
        .selectFrom('accounts')
        .select(['name', 'display_name', 'parent_id'])
        .where('id', '=', c.account_id)
        .executeTakeFirstOrThrow();
      const parent = account.parent_id
        ? await db.selectFrom('accounts').select(['name', 'display_name', 'role']).where('id', '=', account.parent_id).executeTakeFirst()
        : undefined;
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
        query: db.selectFrom('forestry_projects').selectAll(),
        keys: ['name', 'id'],
        present: (rows) => rows.map(projectToApi),
      } satisfies Listing<ProjectRow, unknown>;
    },

    async findProject(id: string) {
      return projectToApi(
        await loadInScope(id, (id) => db.selectFrom('forestry_projects').selectAll().where('id', '=', id).executeTakeFirst()),
      );
    },

    /** The projects an account plants in: its own choice, else inherited from the nearest ancestor, else all active. */
    async accountProjects(p: Principal, accountId: string) {
      const account = await accounts.load(p, accountId);
      const { projectIds, chosenBy } = (await loadProjectChoices(db, account.ancestry))(account.ancestry);
      const rows = projectIds.length ? await db.selectFrom('forestry_projects').selectAll().where('id', 'in', projectIds).execute() : [];
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
        const found = await db.selectFrom('forestry_projects').select('id').where('id', 'in', ids).where('status', '=', 'active').execute();
        if (found.length !== ids.length) throw new BadRequestError('project_ids: every id must be an active forestry project.');
      }
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('account_projects').where('account_id', '=', account.id).execute();
        if (ids.length)
          await tx
            .insertInto('account_projects')
            .values(ids.map((project_id) => ({ account_id: account.id, project_id })))
            .execute();
      });
      return this.accountProjects(p, account.id);
    },
  };
}

export type CertificateService = ReturnType<typeof createCertificateService>;
