import type { MapHousehold } from './clusters';
import { countStatuses, type StatusCounts } from './status-counts';

export type LngLat = [lng: number, lat: number];

/** An RT's approximate area: the hull of its households' points, and how far along it is. */
export type RtArea = {
  rw: number;
  rt: number;
  /** Closed ring (first point repeated last), counter-clockwise; empty under 3 distinct points. */
  ring: LngLat[];
  counts: StatusCounts;
  households: number;
  /** Share of the RT's households whose every eligible resident has a complete series. */
  pctComplete: number;
};

/** Convex hull (Andrew's monotone chain), counter-clockwise, closed; [] under 3 points. */
export function convexHull(points: readonly LngLat[]): LngLat[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = sorted.filter((p, i) => i === 0 || p[0] !== sorted[i - 1]![0] || p[1] !== sorted[i - 1]![1]);
  if (unique.length < 3) return [];
  const cross = (o: LngLat, a: LngLat, b: LngLat) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: LngLat[]) => {
    const out: LngLat[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = [...half(unique), ...half([...unique].reverse())];
  if (hull.length < 3) return []; // all on one line
  return [...hull, hull[0]!];
}

/**
 * Each RT's area drawn from its own households (there are no official RW/RT boundaries, so the
 * map labels these "perkiraan"), with its share of complete households.
 */
export function rtAreas(households: readonly MapHousehold[]): RtArea[] {
  const byRt = new Map<string, MapHousehold[]>();
  for (const h of households) {
    const key = `${h.rw}/${h.rt}`;
    const list = byRt.get(key);
    if (list) list.push(h);
    else byRt.set(key, [h]);
  }
  return [...byRt.values()]
    .map((list) => {
      const counts = countStatuses(list);
      return {
        rw: list[0]!.rw,
        rt: list[0]!.rt,
        ring: convexHull(list.map((h) => [h.lng, h.lat] as LngLat)),
        counts,
        households: list.length,
        pctComplete: counts.lengkap / list.length,
      };
    })
    .sort((a, b) => a.rw - b.rw || a.rt - b.rt);
}
