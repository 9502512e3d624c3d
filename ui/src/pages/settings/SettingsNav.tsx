import { NavLink } from 'react-router-dom';

/** Tabs between the administration pages. */
export function SettingsNav() {
  const tabs = [
    { to: '/settings', label: 'Settings', end: true },
    { to: '/settings/users', label: 'Users' },
    { to: '/settings/api-clients', label: 'API clients' },
    { to: '/settings/categories', label: 'Categories' },
  ];
  return (
    <nav aria-label="Administration" className="mb-3">
      <ul className="nav nav-tabs">
        {tabs.map((t) => (
          <li className="nav-item" key={t.to}>
            <NavLink to={t.to} end={t.end} className="nav-link">{t.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
