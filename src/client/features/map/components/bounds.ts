import type { LatLngBoundsExpression } from 'leaflet';

/** The box around a polygon's outer ring (GeoJSON order: lng, lat). */
export function boundsOf(rings: number[][][]): LatLngBoundsExpression {
  return boxOf((rings[0] ?? []).map(([lng, lat]) => ({ lat: lat!, lng: lng! })));
}

/** The box around points, at least ~100 m wide so a single house is not a zoom-20 speck. */
export function boxOf(points: readonly { lat: number; lng: number }[]): LatLngBoundsExpression {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const { lat, lng } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lng);
    east = Math.max(east, lng);
  }
  const pad = 0.0005;
  return [
    [south - pad, west - pad],
    [north + pad, east + pad],
  ];
}
