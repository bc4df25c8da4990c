import { useState } from 'react';
import { Button } from './button';

export type GpsValue = { lat: number; lng: number; accuracy: number };

const GPS_ERRORS: Record<number, string> = {
  1: 'Izin lokasi ditolak. Izinkan lokasi untuk Pintu di pengaturan browser.',
  2: 'Lokasi tidak tersedia. Coba di tempat terbuka.',
  3: 'Terlalu lama mencari lokasi. Coba lagi.',
};

/**
 * "Ambil lokasi GPS": one reading from the phone, with its accuracy shown so the volunteer
 * can take it again when it is poor (indoors it is often ±50 m or worse).
 */
export function GpsField({
  value,
  onChange,
  error,
}: {
  value: GpsValue | null;
  onChange: (value: GpsValue | null) => void;
  error?: string | undefined;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const take = () => {
    if (!('geolocation' in navigator)) {
      setProblem('Perangkat ini tidak mendukung GPS.');
      return;
    }
    setBusy(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setBusy(false);
        onChange({
          lat: round(pos.coords.latitude, 6),
          lng: round(pos.coords.longitude, 6),
          accuracy: Math.round(pos.coords.accuracy),
        });
      },
      (err) => {
        setBusy(false);
        setProblem(GPS_ERRORS[err.code] ?? 'Lokasi tidak dapat diambil.');
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  };

  return (
    <div className="field">
      <span className="field-label">
        Lokasi GPS <span className="field-optional">(tidak wajib)</span>
      </span>
      {value && (
        <div className="field-info">
          {value.lat.toFixed(5)}, {value.lng.toFixed(5)} · akurasi ±{value.accuracy} m
          {value.accuracy > 50 && ' (kurang akurat)'}
        </div>
      )}
      <div className="row" style={{ marginTop: '0.4rem' }}>
        <Button onClick={take} disabled={busy} className="grow">
          {busy ? 'Mencari lokasi…' : value ? 'Ambil ulang lokasi' : 'Ambil lokasi GPS'}
        </Button>
        {value && (
          <Button variant="ghost" onClick={() => onChange(null)}>
            Hapus
          </Button>
        )}
      </div>
      {(problem || error) && (
        <div className="field-error" role="alert">
          {problem ?? error}
        </div>
      )}
    </div>
  );
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
