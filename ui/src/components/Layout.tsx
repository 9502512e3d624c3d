import { Suspense, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { isAdmin, roleNames } from '../auth/roles';
import { ThemeSwitcher } from '../theme/ThemeSwitcher';
import { Loading } from './Loading';

const mainLinks = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/assets', label: 'Assets' },
  { to: '/audit', label: 'Audit' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/discovery', label: 'Discovery' },
];

/** The frame of every signed-in page: navigation, theme, who is signed in, and the page. */
export function Layout() {
  const { user, session, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const links = isAdmin(user) ? [...mainLinks, { to: '/settings', label: 'Settings' }] : mainLinks;
  return (
    <>
      <a href="#main" className="visually-hidden-focusable position-absolute top-0 start-0 p-2 bg-body z-3">
        Skip to content
      </a>
      <nav className="navbar navbar-expand-lg bg-body-tertiary border-bottom" aria-label="Main">
        <div className="container-fluid">
          <NavLink to="/" className="navbar-brand fw-semibold">
            Inventory
          </NavLink>
          <button
            className="navbar-toggler"
            type="button"
            aria-controls="main-nav"
            aria-expanded={open}
            aria-label="Toggle navigation"
            onClick={() => setOpen(!open)}
          >
            <span className="navbar-toggler-icon" />
          </button>
          <div className={`collapse navbar-collapse${open ? ' show' : ''}`} id="main-nav">
            <ul className="navbar-nav me-auto">
              {links.map((link) => (
                <li className="nav-item" key={link.to}>
                  <NavLink to={link.to} end={link.end} className="nav-link" onClick={() => setOpen(false)}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="d-flex flex-wrap align-items-center gap-2">
              <ThemeSwitcher />
              {session.state === 'signed-in' && user && (
                <>
                  <NavLink to="/profile" className="nav-link px-2" title="Your profile" data-testid="current-user">
                    {user.displayName || user.username}{' '}
                    <span className="badge text-bg-secondary">{roleNames[user.role]}</span>
                  </NavLink>
                  <button
                    type="button"
                    className="btn btn-sm btn-outline-secondary"
                    onClick={() => signOut().finally(() => navigate('/sign-in'))}
                  >
                    Sign out
                  </button>
                </>
              )}
            </div>
          </div>
        </div>
      </nav>
      <main id="main" className="container-fluid py-3" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
