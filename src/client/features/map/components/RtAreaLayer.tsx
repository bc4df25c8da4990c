import { Polygon, Tooltip } from 'react-leaflet';
import { formatRwRt } from '@shared/wilayah/wilayah';
import { coverageClass } from '../data/coverage-class';
import type { RtArea } from '../data/rt-areas';

/**
 * Each RT's approximate area (the hull of its households' points, there being no official RT
 * boundaries), tinted by its share of complete households against the target.
 */
export function RtAreaLayer({ areas, target }: { areas: readonly RtArea[]; target: number }) {
  return areas
    .filter((a) => a.ring.length > 0)
    .map((a) => {
      const cls = coverageClass({ pctLengkap: a.pctComplete, eligible: a.households }, target);
      return (
        <Polygon
          key={`${a.rw}/${a.rt}`}
          positions={a.ring.map(([lng, lat]) => [lat, lng] as [number, number])}
          pathOptions={{
            color: cls.color,
            weight: 1.5,
            dashArray: '4 4',
            fillColor: cls.color,
            fillOpacity: 0.22,
            className: `rt-area coverage-${cls.id}`,
          }}
          interactive
          bubblingMouseEvents
        >
          <Tooltip sticky>
            RT {formatRwRt(a.rt)} / RW {formatRwRt(a.rw)} (perkiraan):{' '}
            {Math.round(a.pctComplete * 100)}% rumah lengkap, {a.households} rumah
          </Tooltip>
        </Polygon>
      );
    });
}
