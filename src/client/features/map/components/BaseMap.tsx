import type { LatLngBoundsExpression } from 'leaflet';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useOnline } from '@client/pwa';
import { useShowTiles, useTileConfig } from '../hooks/use-map-data';
import 'leaflet/dist/leaflet.css';
import './map.css';

/** Kota Bekasi, south-west to north-east. */
export const BEKASI_BOUNDS: LatLngBoundsExpression = [
  [-6.399, 106.897],
  [-6.172, 107.043],
];

/**
 * A Leaflet map on a plain background: the outlines and points work with no tiles; the tile
 * layer of the configured server (GET /api/map/tiles) is added when online, or offline when
 * tiles were kept by the service worker (seen before, or an area downloaded).
 */
export function BaseMap({
  bounds,
  label,
  noTiles = false,
  children,
}: {
  bounds: LatLngBoundsExpression;
  label: string;
  /** No tiles yet (the points first). */
  noTiles?: boolean;
  children: ReactNode;
}) {
  const showTiles = useShowTiles(useOnline()) && !noTiles;
  const tiles = useTileConfig().data;
  return (
    <div className="map-frame" role="region" aria-label={label}>
      <MapContainer bounds={bounds} className="map" zoomSnap={0.25} preferCanvas={false}>
        {showTiles && tiles && (
          <TileLayer
            key={tiles.url}
            url={tiles.url}
            attribution={tiles.attribution}
            // CORS requests, so the service worker caches them at their real size.
            crossOrigin
            maxZoom={tiles.maxZoom}
          />
        )}
        <FitBounds bounds={bounds} />
        {children}
      </MapContainer>
    </div>
  );
}

/** Fits the map again when its bounds change (the houses came after the outline). */
function FitBounds({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap();
  const key = JSON.stringify(bounds);
  useEffect(() => {
    map.fitBounds(JSON.parse(key) as LatLngBoundsExpression, { animate: false });
  }, [map, key]);
  return null;
}
