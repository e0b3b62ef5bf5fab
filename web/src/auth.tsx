import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from './api/client';
import { acceptInvitation as acceptInvitationLink } from './api/invitations';
import { resetPassword as resetPasswordLink } from './api/passwordResets';
import { getSession, signIn as startSession, signOut as endSession } from './api/session';
import type { Session } from './api/types';

interface AuthState {
  /** undefined while the first GET /v1/session is in flight; null when signed out. */
  session: Session | null | undefined;
  /** Set when a signed-in request found the session gone. */
  expired: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  acceptInvitation(token: string, fullName: string, password: string): Promise<void>;
  /** Sets a new password with an e-mailed reset link; the answer is a session, as for a sign-in. */
  resetPassword(token: string, password: string): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const adopt = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrf_token ?? null);
    setSession(s);
    if (s) setExpired(false);
  }, []);

  useEffect(() => {
    let live = true;
    getSession()
      .then((s) => live && adopt(s))
      .catch(() => live && adopt(null));
    setUnauthorizedHandler(() => {
      setExpired(true);
      adopt(null);
    });
    return () => {
      live = false;
      setUnauthorizedHandler(null);
    };
  }, [adopt]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      adopt(await startSession(email, password));
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await endSession();
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 401) throw err;
    }
    setExpired(false);
    adopt(null);
  }, [adopt]);

  const acceptInvitation = useCallback(
    async (token: string, fullName: string, password: string) => {
      adopt(await acceptInvitationLink(token, fullName, password));
    },
    [adopt],
  );

  const resetPassword = useCallback(
    async (token: string, password: string) => {
      adopt(await resetPasswordLink(token, password));
    },
    [adopt],
  );

  const value = useMemo(
    () => ({ session, expired, signIn, signOut, acceptInvitation, resetPassword }),
    [session, expired, signIn, signOut, acceptInvitation, resetPassword],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in session; only for components rendered behind RequireAuth. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession without a session');
  return session;
}

export function useIsProvider(): boolean {
  const role = useSession().account.role;
  return role === 'provider' || role === 'platform';
}
