import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useIsProvider } from '../auth';
import { PageHeader } from '../components/PageHeader';
import { ApiKeysSection } from './settings/ApiKeysSection';
import { EmailSection } from './settings/EmailSection';
import { NotificationsSection } from './settings/NotificationsSection';
import { PasswordSection } from './settings/PasswordSection';
import { ProjectsSection } from './settings/ProjectsSection';
import { UsersSection } from './settings/UsersSection';
import { WebhooksSection } from './settings/WebhooksSection';
import './SettingsPage.css';

export default function SettingsPage() {
  const provider = useIsProvider();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  const sections = [
    { id: 'password', label: 'Password' },
    { id: 'api-keys', label: 'API keys' },
    { id: 'users', label: 'Users' },
    ...(provider
      ? [
          { id: 'webhooks', label: 'Webhooks' },
          { id: 'email', label: 'E-mail' },
          { id: 'notifications', label: 'Notifications' },
        ]
      : []),
    { id: 'projects', label: 'Forestry projects' },
  ];
  return (
    <>
      <PageHeader title="Settings" />
      <nav className="subnav" aria-label="Settings sections">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
          <li>
            <Link to="/settings/branding">Branding</Link>
          </li>
        </ul>
      </nav>
      <PasswordSection />
      <ApiKeysSection />
      <UsersSection />
      {provider && <WebhooksSection />}
      {provider && <EmailSection />}
      {provider && <NotificationsSection />}
      <ProjectsSection />
    </>
  );
}
