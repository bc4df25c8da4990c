import { useOnline } from './use-online';
import './pwa.css';

/** "Daring" / "Luring" in the status strip; words and a dot, so colour is not the only cue. */
export function OnlineIndicator() {
  const online = useOnline();
  return (
    <span
      className={`pwa-net ${online ? 'pwa-net-online' : 'pwa-net-offline'}`}
      role="status"
      title={
        online
          ? 'Tersambung ke internet'
          : 'Tidak ada sinyal. Data tetap tersimpan di HP dan dikirim saat tersambung lagi.'
      }
    >
      <span className="pwa-net-dot" aria-hidden="true" />
      {online ? 'Daring' : 'Luring'}
    </span>
  );
}
