import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider, useAuth, useIsProvider } from './auth';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import LoginPage from './pages/LoginPage';
import NotFoundPage from './pages/NotFoundPage';

const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const ServersPage = lazy(() => import('./pages/ServersPage'));
const ServerPage = lazy(() => import('./pages/ServerPage'));
const ConnectCustomersPage = lazy(() => import('./pages/ConnectCustomersPage'));
const CustomersPage = lazy(() => import('./pages/CustomersPage'));
const CustomerPage = lazy(() => import('./pages/CustomerPage'));
const CertificatesPage = lazy(() => import('./pages/CertificatesPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const BrandingPage = lazy(() => import('./pages/BrandingPage'));
const AcceptInvitationPage = lazy(() => import('./pages/AcceptInvitationPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));

/** Signed-in pages: wait for the session check, else go to /login and come back afterwards. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (session === undefined) return <Loading label="Loading Canopy…" />;
  if (session === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Pages only a provider's staff use; a customer user is sent to its overview. */
function ProviderOnly({ children }: { children: ReactNode }) {
  return useIsProvider() ? children : <NotFoundPage />;
}

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
            <Route
              element={
                <RequireAuth>
                  <Layout />
                </RequireAuth>
              }
            >
              <Route index element={<OverviewPage />} />
              <Route
                path="servers"
                element={
                  <ProviderOnly>
                    <ServersPage />
                  </ProviderOnly>
                }
              />
              <Route
                path="servers/:id"
                element={
                  <ProviderOnly>
                    <ServerPage />
                  </ProviderOnly>
                }
              />
              <Route
                path="servers/:id/connect"
                element={
                  <ProviderOnly>
                    <ConnectCustomersPage />
                  </ProviderOnly>
                }
              />
              <Route
                path="customers"
                element={
                  <ProviderOnly>
                    <CustomersPage />
                  </ProviderOnly>
                }
              />
              <Route path="customers/:id" element={<CustomerPage />} />
              <Route path="certificates" element={<CertificatesPage />} />
              <Route
                path="audit"
                element={
                  <ProviderOnly>
                    <AuditPage />
                  </ProviderOnly>
                }
              />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="settings/branding" element={<BrandingPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </AuthProvider>
  );
}
