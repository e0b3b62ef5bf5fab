import { useEffect, useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { getAccountProjects, listForestryProjects, projectKeys, setAccountProjects } from '../../api/projects';
import type { AccountProjects } from '../../api/types';
import { useSession } from '../../auth';
import { Async } from '../../components/Status';
import { useResource } from '../../hooks/useResource';
import './ProjectsSection.css';

const SOURCE: Record<AccountProjects['source'], string> = {
  own: 'Your account plants in the projects chosen below.',
  inherited: 'Your account plants in the projects your provider chose.',
  default: 'No choice made: trees are split evenly across every active project.',
};

export function ProjectsSection() {
  const session = useSession();
  const accountId = session.account.id;
  const catalogue = useResource(listForestryProjects, projectKeys.catalogue);
  const choice = useResource(() => getAccountProjects(accountId), projectKeys.ofAccount(accountId));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (choice.data) setSelected(new Set(choice.data.projects.map((p) => p.id)));
  }, [choice.data]);

  async function save(ids: string[] | null) {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await setAccountProjects(accountId, ids);
      await choice.reload();
      setSaved(ids ? 'Saved: new certificates plant in the chosen projects.' : 'Saved: trees are planted in the default projects again.');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (selected.size === 0) return setError('Choose at least one project, or use the default.');
    void save([...selected]);
  }

  return (
    <section className="card" id="projects" aria-labelledby="projects-heading">
      <h2 id="projects-heading">Forestry projects</h2>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {saved && (
        <div className="notice notice-success" role="status">
          {saved}
        </div>
      )}
      <Async
        data={catalogue.data && choice.data ? { projects: catalogue.data, choice: choice.data } : undefined}
        error={catalogue.error ?? choice.error}
      >
        {({ projects, choice: c }) => (
          <form onSubmit={onSubmit}>
            <fieldset className="project-grid">
              <legend>{SOURCE[c.source]} Each month's trees are split evenly across the chosen projects.</legend>
              {projects
                .filter((p) => p.status === 'active')
                .map((p) => (
                  <label key={p.id} className={`project-option${selected.has(p.id) ? ' checked' : ''}`}>
                    <input
                      type="checkbox"
                      checked={selected.has(p.id)}
                      onChange={(e) =>
                        setSelected((s) => {
                          const n = new Set(s);
                          if (e.target.checked) n.add(p.id);
                          else n.delete(p.id);
                          return n;
                        })
                      }
                    />
                    <span>
                      <strong>{p.name}</strong>
                      <span className="muted small">{stripHtml(p.content_body_html)}</span>
                    </span>
                  </label>
                ))}
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={busy}>
                Save projects
              </button>
              {c.source === 'own' && (
                <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void save(null)}>
                  Use the default
                </button>
              )}
            </div>
          </form>
        )}
      </Async>
    </section>
  );
}

function stripHtml(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}
