import type { ReactNode } from 'react';
import { Logo } from './Logo';
import './AuthCard.css';

/** The centred card of the signed-out pages (sign-in, invitation, forgotten and reset password): brand, heading, content. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
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
