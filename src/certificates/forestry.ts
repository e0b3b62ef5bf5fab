import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { ForestryProjectsTable } from '../db/schema.js';
import { BadRequestError } from '../errors.js';
import { findActiveProjects } from './forestry-queries.js';

export type ProjectRow = Selectable<ForestryProjectsTable>;

/** The Forestry Project object (PrintReleaf v1 §7.10). */
export function projectToApi(p: Omit<ProjectRow, 'created_at'>) {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    forest_latitude: p.forest_latitude,
    forest_longitude: p.forest_longitude,
    content_logo: p.content_logo,
    content_masthead: p.content_masthead,
    content_introduction: p.content_introduction,
    content_body_html: p.content_body_html,
    content_images: p.content_images,
  };
}

/** The project's description as plain text (certificates show it; the catalogue stores HTML). */
export function projectDescription(p: Pick<ProjectRow, 'content_body_html'>): string {
  return p.content_body_html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The id of an active forestry project, or a 400 naming the field. */
export async function activeProject(db: Db, id: string, field = 'project_id'): Promise<string> {
  const [found] = await findActiveProjects(db, [id]);
  if (!found) throw new BadRequestError(`${field}: no such active forestry project.`);
  return found.id;
}
