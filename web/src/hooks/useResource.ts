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

/**
 * Loads `load()` when the component mounts and whenever `key` changes; `pollMs` reloads it on a timer (paused
 * while the tab is hidden, and skipped while a request is still out). Only the answer to the latest request is
 * applied: an older one (an older key, or a poll overtaken by a reload) never overwrites newer data.
 */
export function useResource<T>(load: () => Promise<T>, key: string, pollMs?: number): Resource<T> {
  const [state, setState] = useState<Loaded<T>>({ key, data: undefined, error: undefined, loading: true });
  /** The sequence number of the latest request: an answer to any other is dropped. */
  const latest = useRef(0);
  /** Requests out, answered or not. */
  const pending = useRef(0);
  // The load function and key of the latest render: a poll or reload (even an older render's) uses the two together.
  const loader = useRef(load);
  loader.current = load;
  const current = useRef(key);
  current.current = key;

  const run = useCallback(async (forKey: string) => {
    const seq = ++latest.current;
    pending.current++;
    try {
      const value = await loader.current();
      if (seq === latest.current) setState({ key: forKey, data: value, error: undefined, loading: false });
    } catch (err) {
      // The data already shown (of this key) stays.
      if (seq === latest.current) {
        setState((s) => ({ key: forKey, data: s.key === forKey ? s.data : undefined, error: err, loading: false }));
      }
    } finally {
      pending.current--;
    }
  }, []);

  useEffect(() => {
    void run(key);
  }, [key, run]);

  useEffect(() => {
    if (!pollMs) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && pending.current === 0) void run(current.current);
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs, run]);

  const reload = useCallback(() => run(current.current), [run]);

  // Until the new key's first answer, the state is still the previous key's: not shown.
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: fresh ? state.loading : true,
    reload,
  };
}
