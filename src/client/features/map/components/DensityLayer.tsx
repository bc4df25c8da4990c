import { DomUtil } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapHousehold } from '../data/clusters';
import { drawDensity, spotRadius, spotWeight, type DensityPoint } from '../data/density';

const PANE = 'density';

/**
 * Eligible residents not yet vaccinated, as a density over the map (data/density.ts): one
 * canvas the size of the map, under the houses and the RT areas, drawn again after each move.
 */
export function DensityLayer({ households }: { households: readonly MapHousehold[] }) {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = '350'; // above the tiles (200), under shapes and houses (400+)
    pane.style.pointerEvents = 'none';
    const canvas = DomUtil.create('canvas', 'unvaccinated-density', pane);
    canvas.setAttribute('aria-hidden', 'true');
    const counted = households.filter((h) => h.unvaccinated > 0);

    const draw = () => {
      const size = map.getSize();
      canvas.width = size.x;
      canvas.height = size.y;
      DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      const radius = spotRadius(map.getZoom(), map.getCenter().lat);
      const points: DensityPoint[] = [];
      for (const h of counted) {
        const p = map.latLngToContainerPoint([h.lat, h.lng]);
        if (p.x < -radius || p.y < -radius || p.x > size.x + radius || p.y > size.y + radius) {
          continue;
        }
        points.push({ x: p.x, y: p.y, weight: spotWeight(h.unvaccinated) });
      }
      drawDensity(canvas, points, radius);
    };
    // While zooming the old picture would sit at the wrong scale: hidden until redrawn.
    const hide = () => (canvas.style.visibility = 'hidden');
    const show = () => {
      draw();
      canvas.style.visibility = '';
    };
    draw();
    map.on('zoomstart', hide);
    map.on('moveend resize', show);
    return () => {
      map.off('zoomstart', hide);
      map.off('moveend resize', show);
      canvas.remove();
    };
  }, [map, households]);
  return null;
}
