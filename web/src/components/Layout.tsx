import { Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useIsProvider, useSession } from '../auth';
import { logoSrc } from '../api/branding';
import { messageOf } from '../api/client';
import { useDashboardBranding } from '../hooks/useDashboardBranding';
import { PAGES_PER_TREE_TEXT } from '../trees';
import { Loading } from './Status';
import { Logo } from './Logo';
import './Layout.css';

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

const PROVIDER_NAV: NavItem[] = [
  { to: '/', label: 'Overview', end: true },
  { to: '/servers', label: 'Servers' },
  { to: '/customers', label: 'Customers' },
  { to: '/certificates', label: 'Certificates' },
  { to: '/audit', label: 'Audit' },
  { to: '/settings', label: 'Settings' },
];

const CUSTOMER_NAV: NavItem[] = [
  { to: '/', label: 'Overview', end: true },
  { to: '/certificates', label: 'Certificates' },
  { to: '/settings', label: 'Settings' },
];

/** The signed-in frame: skip link, header with navigation (a menu button on narrow screens), main landmark. */
export function Layout() {
  const session = useSession();
  const { signOut } = useAuth();
  const provider = useIsProvider();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // The provider's branding (its own users', and its customers' users'): logo, name and colour of the bar.
  const branding = useDashboardBranding(session.account.id);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  /** The path the page was last shown for: the first one is landed on, not navigated to. */
  const shownPath = useRef(pathname);

  // After a navigation: close the menu, move focus to the new page and scroll to its top.
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    setMenuOpen(false);
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  const nav = provider ? PROVIDER_NAV : CUSTOMER_NAV;

  async function onSignOut() {
    try {
      await signOut();
      navigate('/login', { replace: true });
    } catch (err) {
      setSignOutError(messageOf(err));
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header
        className={`topbar${branding ? ' branded' : ''}`}
        style={branding?.accent_colour ? { backgroundColor: branding.accent_colour } : undefined}
        data-testid="topbar"
      >
        <div className="topbar-inner">
          <NavLink to="/" className="brand" aria-label={`${branding ? branding.display_name : 'Canopy'} overview`}>
            {branding?.logo ? (
              <img
                className="brand-logo"
                src={logoSrc(branding.logo)}
                alt=""
                width={branding.logo.width}
                height={branding.logo.height}
                data-testid="brand-logo"
              />
            ) : (
              <Logo />
            )}
            {branding ? (
              <span className="brand-text">
                <span className="brand-name" data-testid="brand-name">
                  {branding.display_name}
                </span>
                <span className="brand-with">with Canopy</span>
              </span>
            ) : (
              <span>Canopy</span>
            )}
          </NavLink>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="primary-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span className="menu-icon" aria-hidden="true" />
            Menu
          </button>
          <nav id="primary-nav" className={`primary-nav${menuOpen ? ' open' : ''}`} aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="user-box">
              <span className="user-name" title={session.user.email}>
                {session.user.full_name}
                <span className="user-account">{session.account.name}</span>
              </span>
              <button type="button" className="btn btn-small btn-ghost" onClick={onSignOut}>
                Sign out
              </button>
            </div>
          </nav>
        </div>
      </header>
      {signOutError && (
        <div className="notice notice-error container" role="alert">
          Sign-out failed: {signOutError}
        </div>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className="container">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer container">
        <span>{`Canopy · ${PAGES_PER_TREE_TEXT} standard pages = 1 tree`}</span>
      </footer>
    </div>
  );
}
