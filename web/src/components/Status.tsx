import type { ReactNode } from 'react';
import { messageOf } from '../api/client';
import './Status.css';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorMessage({ error, retry, title = 'Could not load this' }: { error: unknown; retry?: () => void; title?: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}.</strong> {messageOf(error)}
      {retry && (
        <button type="button" className="btn btn-small btn-secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A resource's three states, so every page handles loading and errors the same way. */
export function Async<T>({
  data,
  error,
  reload,
  label,
  children,
}: {
  data: T | undefined;
  error: unknown;
  reload?: () => void;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (error !== undefined && data === undefined) return <ErrorMessage error={error} retry={reload} />;
  if (data === undefined) return <Loading label={label} />;
  return <>{children(data)}</>;
}
