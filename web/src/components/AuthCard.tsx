import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { Logo } from './Logo';
import './AuthCard.css';

/**
 * The centred card of the signed-out pages (sign-in, invitation, forgotten and reset password): brand, heading,
 * content. The heading is the document's title too.
 */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <div className="auth-brand">
          <Logo size={40} />
          <span>Canopy</span>
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
