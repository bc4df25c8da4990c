import { useState } from 'react';
import { InstallButton } from './install-button';
import './pwa.css';

const FIRST_SEEN_KEY = 'pintu-install-first-seen';
const DISMISSED_KEY = 'pintu-install-dismissed';
/** The first days on a phone are when installing matters; after them the offer lives in Data. */
const NUDGE_DAYS = 3;

/** Whether the home screen may still offer installation (starts the clock on first call). */
function nudgeStillDue(now = Date.now()): boolean {
  try {
    if (localStorage.getItem(DISMISSED_KEY)) return false;
    const first = Number(localStorage.getItem(FIRST_SEEN_KEY));
    if (!first) localStorage.setItem(FIRST_SEEN_KEY, String(now));
    return !first || now - first < NUDGE_DAYS * 86_400_000;
  } catch {
    return false; // storage refused (private mode): Data still offers it
  }
}

/**
 * On the home screen in the first days: why to install, the button, and "Nanti saja" (then
 * only Data offers it). Keeps the top bar to one row. Shown through `install-offer.tsx`, only
 * while the app can be installed.
 */
function InstallNudge() {
  const [due, setDue] = useState(nudgeStillDue);
  if (!due) return null;
  return (
    <section className="pwa-nudge" aria-label="Pasang aplikasi">
      <p>Pasang Pintu di layar utama HP: terbuka lebih cepat, juga tanpa sinyal.</p>
      <div className="pwa-nudge-actions">
        <InstallButton />
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            try {
              localStorage.setItem(DISMISSED_KEY, '1');
            } catch {
              // not kept: it shows again next start, and goes after the first days anyway
            }
            setDue(false);
          }}
        >
          Nanti saja
        </button>
      </div>
    </section>
  );
}

/** For the Data screen: the install offer, whenever the app can still be installed. */
function InstallCard() {
  return (
    <section className="card" aria-labelledby="pwa-install-title">
      <h2 id="pwa-install-title">Aplikasi</h2>
      <p className="muted small">
        Terpasang di layar utama, Pintu terbuka seperti aplikasi biasa, juga tanpa sinyal.
      </p>
      <InstallButton />
    </section>
  );
}

/** The offer for its place: the home screen's nudge, or Data's card. */
export default function InstallOffer({ place }: { place: 'home' | 'data' }) {
  return place === 'home' ? <InstallNudge /> : <InstallCard />;
}
