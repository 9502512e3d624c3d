import { useEffect, type ReactNode } from 'react';
import { ThemeSwitcher } from '../../theme/ThemeSwitcher';

/** The centred card the sign-in pages share. */
export function SignInFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Inventory`;
  }, [title]);
  return (
    <main className="container py-5" style={{ maxWidth: '28rem' }}>
      <div className="d-flex justify-content-between align-items-center mb-4">
        <span className="fs-4 fw-semibold">Inventory</span>
        <ThemeSwitcher />
      </div>
      <div className="card shadow-sm">
        <div className="card-body p-4">
          <h1 className="h4 mb-3">{title}</h1>
          {children}
        </div>
      </div>
    </main>
  );
}

/** Only paths inside the UI are followed after sign-in, never another site. */
export function safeReturnUrl(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
