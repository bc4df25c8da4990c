import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** Title of a screen, with a back arrow to where the volunteer came from. */
export function PageHeader({
  title,
  back,
  children,
}: {
  title: ReactNode;
  back?: string;
  children?: ReactNode;
}) {
  return (
    <div className="page-header">
      {back && (
        <Link to={back} className="back-link" aria-label="Kembali">
          ←
        </Link>
      )}
      <h1>{title}</h1>
      {children}
    </div>
  );
}

export function Loading({ text = 'Memuat…' }: { text?: string }) {
  return (
    <div className="loading" role="status">
      {text}
    </div>
  );
}

export function NotFound({ what, back }: { what: string; back: string }) {
  return (
    <div className="card empty">
      <p>{what} tidak ditemukan. Mungkin sudah dihapus.</p>
      <Link to={back}>Kembali</Link>
    </div>
  );
}
