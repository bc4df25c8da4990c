import { useState } from 'react';
import { Button } from '@client/ui/button';
import { formatNumber } from '@client/ui/format';
import type { Expiry } from '../data/expiry';
import { EXPIRY } from '../data/expiry';
import './auth.css';

/**
 * Before the records open on a phone that has not reached the server for too long: sync
 * first (data/expiry.ts). After the wipe, the same screen says the data was deleted and will
 * come back with the sync; pending changes were kept and go with it.
 */
export function SyncFirstScreen({
  expiry,
  syncNow,
  onSynced,
}: {
  expiry: Exclude<Expiry, { state: 'fresh' }>;
  syncNow: () => Promise<void>;
  onSynced: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const sync = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await syncNow();
    } catch {
      // Shown below: the check after it still finds the phone out of date.
    }
    setBusy(false);
    setFailed(true);
    onSynced();
  };
  return (
    <div className="card" role="alert">
      <h1>Sinkronkan dulu</h1>
      {expiry.state === 'wiped' ? (
        <p>
          HP ini sudah {formatNumber(expiry.days)} hari tidak tersambung ke server, jadi data warga
          di HP ini sudah dihapus (batasnya {EXPIRY.wipeAfterDays} hari). Perubahan yang belum
          terkirim tetap disimpan dan akan dikirim saat sinkron. Sambungkan ke internet untuk
          mengunduh data wilayah Anda lagi.
        </p>
      ) : (
        <p>
          HP ini sudah {formatNumber(expiry.days)} hari tidak tersambung ke server. Sambungkan ke
          internet dan sinkronkan dulu sebelum membuka data warga. Setelah {EXPIRY.wipeAfterDays}{' '}
          hari tanpa sinkron, data warga di HP ini dihapus.
        </p>
      )}
      <Button variant="primary" block disabled={busy} onClick={() => void sync()}>
        {busy ? 'Menyinkronkan…' : 'Sinkronkan sekarang'}
      </Button>
      {failed && !busy ? (
        <p className="small muted">Belum berhasil. Pastikan ada sinyal, lalu coba lagi.</p>
      ) : null}
    </div>
  );
}
