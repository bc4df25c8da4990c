import type { LatLngBoundsExpression } from 'leaflet';
import type { ReactNode } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { useOnline } from '@client/pwa';
import { useShowTiles } from '../hooks/use-map-data';
import 'leaflet/dist/leaflet.css';
import './map.css';

/** OpenStreetMap tiles; CORS requests, so the service worker caches them at their real size. */
const TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** Kota Bekasi, south-west to north-east. */
export const BEKASI_BOUNDS: LatLngBoundsExpression = [
  [-6.399, 106.897],
  [-6.172, 107.043],
];

/**
 * A Leaflet map on a plain background: the boundaries alone work with no tiles; the tile layer
 * is added when online (or offline when tiles were seen before and kept by the worker).
 */
export function BaseMap({
  bounds,
  label,
  children,
}: {
  bounds: LatLngBoundsExpression;
  label: string;
  children: ReactNode;
}) {
  const showTiles = useShowTiles(useOnline());
  return (
    <div className="map-frame" role="region" aria-label={label}>
      <MapContainer bounds={bounds} className="map" zoomSnap={0.25} preferCanvas={false}>
        {showTiles && (
          <TileLayer url={TILE_URL} attribution={ATTRIBUTION} crossOrigin maxZoom={19} />
        )}
        {children}
      </MapContainer>
    </div>
  );
}
