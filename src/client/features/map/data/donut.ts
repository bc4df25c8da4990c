import { HOUSEHOLD_STATUS } from './household-status';
import { STATUS_ORDER, totalOf, type StatusCounts } from './status-counts';

export type DonutSegment = { status: (typeof STATUS_ORDER)[number]; from: number; to: number };

/** The donut's segments as fractions of the circle, in STATUS_ORDER, empty ones left out. */
export function donutSegments(counts: StatusCounts): DonutSegment[] {
  const total = totalOf(counts);
  if (total === 0) return [];
  const segments: DonutSegment[] = [];
  let from = 0;
  for (const status of STATUS_ORDER) {
    if (counts[status] === 0) continue;
    const to = from + counts[status] / total;
    segments.push({ status, from, to });
    from = to;
  }
  segments[segments.length - 1]!.to = 1; // no hairline gap from rounding
  return segments;
}

/** The size in pixels of a cluster's donut: larger for more households, within 34–52. */
export const donutSize = (count: number) => (count < 10 ? 34 : count < 100 ? 40 : 48) + (count >= 1000 ? 4 : 0);

/**
 * A cluster as an SVG donut (a ring per status share, clockwise from the top) with the count in
 * the middle, as markup for a Leaflet divIcon: one element per cluster, no React per marker.
 */
export function donutSvg(counts: StatusCounts): string {
  const total = totalOf(counts);
  const size = donutSize(total);
  const r = size / 2 - 4;
  const c = size / 2;
  const ring = donutSegments(counts)
    .map((s) => {
      const color = HOUSEHOLD_STATUS[s.status].color;
      if (s.to - s.from >= 0.9999) {
        return `<circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="${color}" stroke-width="7"/>`;
      }
      const [x1, y1] = pointAt(c, r, s.from);
      const [x2, y2] = pointAt(c, r, s.to);
      const large = s.to - s.from > 0.5 ? 1 : 0;
      return `<path d="M${x1} ${y1}A${r} ${r} 0 ${large} 1 ${x2} ${y2}" fill="none" stroke="${color}" stroke-width="7"/>`;
    })
    .join('');
  const label = STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${HOUSEHOLD_STATUS[s].label.toLowerCase()}`)
    .join(', ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${total} rumah: ${label}">` +
    `<circle cx="${c}" cy="${c}" r="${r + 3.5}" fill="#fff"/>${ring}` +
    `<text x="${c}" y="${c}" dy="0.35em" text-anchor="middle" font-size="${fontSize(total)}">${total}</text></svg>`
  );
}

/** Smaller digits for long counts, so 12115 stays inside the ring. */
const fontSize = (n: number) => (n < 1000 ? 12 : n < 10_000 ? 10.5 : 9.5);

function pointAt(c: number, r: number, fraction: number): [number, number] {
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return [round(c + r * Math.cos(angle)), round(c + r * Math.sin(angle))];
}

const round = (n: number) => Math.round(n * 100) / 100;
