import { useState, useSyncExternalStore } from 'react';
import { getInstallState, promptInstall, subscribeInstall } from './install-store';
import './pwa.css';

const NOTHING = { canPrompt: false, installed: false, iosHint: false };

/**
 * "Pasang aplikasi" where the browser offers installation; on iPhone/iPad, short instructions
 * (Safari has no install prompt). Renders nothing once the app runs installed.
 */
export function InstallButton() {
  const state = useSyncExternalStore(subscribeInstall, getInstallState, () => NOTHING);
  const [showSteps, setShowSteps] = useState(false);

  if (state.canPrompt) {
    return (
      <button type="button" className="btn pwa-install" onClick={() => void promptInstall()}>
        Pasang aplikasi
      </button>
    );
  }
  if (!state.iosHint) return null;
  return (
    <div className="pwa-ios">
      <button
        type="button"
        className="btn pwa-install"
        aria-expanded={showSteps}
        aria-controls="pwa-ios-steps"
        onClick={() => setShowSteps((shown) => !shown)}
      >
        Pasang aplikasi
      </button>
      {showSteps && (
        <p id="pwa-ios-steps" className="pwa-ios-steps">
          Di Safari, ketuk <strong>Bagikan</strong> (kotak dengan panah ke atas), lalu pilih{' '}
          <strong>Tambah ke Layar Utama</strong>.
        </p>
      )}
    </div>
  );
}
