import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again; the current data stays on screen meanwhile. */
  reload(): Promise<void>;
}

/** What was loaded, and for which key. */
interface Loaded<T> {
  key: string;
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

function blank<T>(key: string): Loaded<T> {
  return { key, data: undefined, error: undefined, loading: true };
}

/**
 * Loads `load()` when the component mounts and whenever `key` changes; `pollMs` reloads it on a timer (paused
 * while the tab is hidden). Stale answers (an older key) are ignored.
 */
export function useResource<T>(load: () => Promise<T>, key: string, pollMs?: number): Resource<T> {
  const [state, setState] = useState<Loaded<T>>(() => blank(key));
  /** Bumped when the key changes: an answer to an older generation is dropped. */
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const run = useCallback(async (forKey: string, gen: number) => {
    try {
      const value = await loader.current();
      if (gen === generation.current) setState({ key: forKey, data: value, error: undefined, loading: false });
    } catch (err) {
      // The data already shown (of this key) stays.
      if (gen === generation.current) {
        setState((s) => ({ key: forKey, data: s.key === forKey ? s.data : undefined, error: err, loading: false }));
      }
    }
  }, []);

  useEffect(() => {
    const gen = ++generation.current;
    // A new key starts blank (kept as is on mount, when it already is).
    setState((s) => (s.key === key && s.loading && s.data === undefined && s.error === undefined ? s : blank(key)));
    void run(key, gen);
  }, [key, run]);

  useEffect(() => {
    if (!pollMs) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void run(key, generation.current);
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs, key, run]);

  const reload = useCallback(() => run(key, generation.current), [key, run]);

  // Until the effect above has started the new key's load, the state is still the previous key's: not shown.
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: fresh ? state.loading : true,
    reload,
  };
}
