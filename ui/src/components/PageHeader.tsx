import { useEffect, type ReactNode } from 'react';

/** The page's heading, which also names the browser tab. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Inventory`;
  }, [title]);
  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
      <h1 className="h3 mb-0 me-auto">{title}</h1>
      {children}
    </div>
  );
}
