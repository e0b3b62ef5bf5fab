import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again; the current data stays on screen meanwhile. */
  reload(): Promise<void>;
}

/**
 * Loads `load()` when the component mounts and whenever `key` changes; `pollMs` reloads it on a timer (paused
 * while the tab is hidden). Stale answers (an older key) are ignored.
 */
export function useResource<T>(load: () => Promise<T>, key: string, pollMs?: number): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(async (gen: number) => {
    try {
      const value = await loader.current();
      if (gen === generation.current) {
        setData(value);
        setError(undefined);
      }
    } catch (err) {
      if (gen === generation.current) setError(err);
    } finally {
      if (gen === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const gen = ++generation.current;
    setLoading(true);
    setData(undefined);
    setError(undefined);
    void run(gen);
  }, [key, run]);

  useEffect(() => {
    if (!pollMs) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void run(generation.current);
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs, key, run]);

  const reload = useCallback(() => run(generation.current), [run]);
  return { data, error, loading, reload };
}
