import type { UpdateState } from './update-store';
import './pwa.css';

/** "Versi baru tersedia", with "Perbarui" / "Nanti", or why the update waits. */
export function UpdateBanner({
  state,
  onAccept,
  onLater,
}: {
  state: UpdateState;
  onAccept: () => void;
  onLater: () => void;
}) {
  if (state === 'idle') return null;
  return (
    <section className="pwa-banner" aria-label="Pembaruan aplikasi" data-update-state={state}>
      <div role="status">
        <strong>Versi baru tersedia.</strong>{' '}
        {state === 'blocked' &&
          'Simpan dulu formulir yang sedang diisi. Aplikasi diperbarui otomatis setelah itu.'}
        {state === 'updating' && 'Memperbarui…'}
      </div>
      {state !== 'updating' && (
        <div className="pwa-banner-actions">
          {state === 'available' && (
            <button type="button" className="btn btn-primary" onClick={onAccept}>
              Perbarui
            </button>
          )}
          <button type="button" className="btn" onClick={onLater}>
            Nanti
          </button>
        </div>
      )}
    </section>
  );
}
