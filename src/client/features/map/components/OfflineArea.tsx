import { useState } from 'react';
import type { MapHousehold } from '../data/clusters';
import { boxAround, OFFLINE_ZOOMS, tilesOf, TYPICAL_TILE_BYTES } from '../data/tile-area';
import { downloadArea, type Progress } from '../data/download-area';
import { useTileConfig } from '../hooks/use-map-data';
import { formatBytes } from './format-bytes';

/**
 * "Download this area for offline": the tiles around the volunteer's houses, zooms 13–18,
 * with the size told first, a progress bar, and the storage quota respected. Offered only when
 * the tile server allows it (TILE_BULK_DOWNLOAD), never for the public OpenStreetMap servers.
 */
export function OfflineArea({ points }: { points: readonly MapHousehold[] }) {
  const tiles = useTileConfig().data;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!tiles?.bulkDownload) return null;
  const coords = tilesOf(boxAround(points));
  const estimate = coords.length * TYPICAL_TILE_BYTES;
  const running = progress !== null && progress.done < progress.total;

  const start = async () => {
    setError(null);
    try {
      await downloadArea(tiles.url, coords, setProgress);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="card offline-area" aria-label="Peta luring">
      <h2>Simpan peta wilayah untuk luring</h2>
      <p className="small">
        {coords.length} ubin peta (zoom {OFFLINE_ZOOMS.min}–{OFFLINE_ZOOMS.max}), sekitar{' '}
        {formatBytes(estimate)}.
      </p>
      {progress && (
        <p className="small" role="status">
          <progress value={progress.done} max={progress.total} /> {progress.done} dari{' '}
          {progress.total} ubin · {formatBytes(progress.bytes)}
          {progress.done === progress.total &&
            (progress.failed > 0
              ? ` · ${progress.failed} gagal, coba lagi.`
              : ' · Peta tersimpan.')}
        </p>
      )}
      {error && <p className="alert alert-error small">{error}</p>}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void start()}
        disabled={running}
      >
        {running ? 'Mengunduh…' : 'Unduh peta wilayah ini'}
      </button>
    </section>
  );
}
