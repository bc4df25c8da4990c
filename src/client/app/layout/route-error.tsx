import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';

/**
 * A screen that crashed or whose chunk failed to load: say so, keep the shell, offer the way
 * home. `resetKey` (the location) clears the error when the volunteer navigates elsewhere.
 */
export class ScreenErrorBoundary extends Component<
  { resetKey: string; children: ReactNode },
  { error: Error | null; key: string }
> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: Error | null; key: string },
  ) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Layar gagal ditampilkan', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="card">
        <h1>Terjadi kesalahan</h1>
        <p className="muted">
          Data Anda tetap tersimpan di perangkat. Muat ulang aplikasi, atau kembali ke daftar rumah.
        </p>
        <div className="actions">
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Muat ulang
          </button>
          <Link to={paths.home} className="btn btn-primary">
            Daftar rumah
          </Link>
        </div>
        <pre className="small muted" style={{ whiteSpace: 'pre-wrap' }}>
          {this.state.error.message}
        </pre>
      </div>
    );
  }
}

export function NotFoundScreen() {
  return (
    <div className="card">
      <h1>Halaman tidak ditemukan</h1>
      <p>
        <Link to={paths.home}>Kembali ke daftar rumah</Link>
      </p>
    </div>
  );
}
