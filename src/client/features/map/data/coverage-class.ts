/**
 * Colour classes of an area's coverage on the map: the lengkap share as a part of the target
 * (70% of the eligible by default). The legend lists them in this order.
 */
export type CoverageClass = { id: string; label: string; color: string };

export const COVERAGE_CLASSES = [
  { id: 'tercapai', label: 'Target tercapai', color: '#067647' },
  { id: 'hampir', label: '75–99% dari target', color: '#66c2a4' },
  { id: 'separuh', label: '50–74% dari target', color: '#fdb863' },
  { id: 'rendah', label: 'Di bawah 50% dari target', color: '#d7301f' },
  { id: 'kosong', label: 'Belum ada data', color: '#c7cdcd' },
] as const satisfies readonly CoverageClass[];

export type CoverageClassId = (typeof COVERAGE_CLASSES)[number]['id'];

const BY_ID = new Map<string, CoverageClass>(COVERAGE_CLASSES.map((c) => [c.id, c]));

/** The class of an area: `pctLengkap` (0–1) against `target` (0–1); no eligible → no data. */
export function coverageClass(
  area: { pctLengkap: number; eligible: number } | undefined,
  target: number,
): CoverageClass {
  if (!area || area.eligible === 0) return BY_ID.get('kosong')!;
  const ofTarget = target > 0 ? area.pctLengkap / target : 1;
  // Rounded first, so 0.7 / 0.7 × 0.75 in floating point does not fall a class short.
  const r = Math.round(ofTarget * 1e9) / 1e9;
  if (r >= 1) return BY_ID.get('tercapai')!;
  if (r >= 0.75) return BY_ID.get('hampir')!;
  if (r >= 0.5) return BY_ID.get('separuh')!;
  return BY_ID.get('rendah')!;
}
