import { useEffect, useState } from 'react';
import type { ListPage, PageRequest } from '../api/client';
import { useResource } from './useResource';

/**
 * A list searched, sorted and paged on the server (keyset pages: the cursors of the pages seen are kept, so "previous
 * page" goes back exactly). The search text is sent a moment after typing stops; a new search or order starts again
 * at the first page. `key` names the list and its filters (useResource's key, with the request's parameters added).
 */
export function usePagedList<T>(
  load: (page: PageRequest) => Promise<ListPage<T[]>>,
  key: string,
  opts: { pageSize?: number; pollMs?: number; sort?: string | undefined } = {},
) {
  const limit = opts.pageSize ?? 25;
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const sort = opts.sort;
  /** The cursors of the pages from the first to the one shown (the first page's is undefined), for one search and order. */
  const [paging, setPaging] = useState<{ scope: string; cursors: Array<string | undefined> }>({ scope: '', cursors: [undefined] });
  const scope = JSON.stringify([key, q, sort ?? null]);
  // A new list (key), search or order starts again at the first page (a cursor belongs to its list and order).
  const cursors = paging.scope === scope ? paging.cursors : [undefined];

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);

  const after = cursors.at(-1);
  const request: PageRequest = { q: q || undefined, sort, after, limit };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(request)) if (v !== undefined) params.set(k, String(v));
  const resource = useResource(() => load(request), `${key}?${params}`, opts.pollMs);
  const [last, setLast] = useState<ListPage<T[]> | undefined>(undefined);
  useEffect(() => {
    if (resource.data) setLast(resource.data);
  }, [resource.data]);

  return {
    /** The rows of the page shown: while the next one loads, the last ones stay (marked `busy`). */
    rows: (resource.data ?? last)?.items,
    error: resource.error,
    busy: resource.loading && last !== undefined,
    reload: resource.reload,
    /** The text in the search box, and what the list is searched for (after the pause). */
    search: text,
    setSearch: setText,
    searched: q,
    pager: {
      page: cursors.length,
      hasPrevious: cursors.length > 1,
      hasNext: Boolean(resource.data?.next),
      busy: resource.loading,
      onPrevious: () => setPaging({ scope, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
      onNext: () => {
        const next = resource.data?.next;
        if (next) setPaging({ scope, cursors: [...cursors, next] });
      },
    },
  };
}
