/**
 * Where each kelurahan's demo households are scattered: a centre point and how far (metres)
 * that point is from the kelurahan's boundary, so points within that radius fall inside it.
 *
 * Source: `shared/data/bekasi-kelurahan.geojson` (polygons from github.com/cahyadsn/
 * wilayah_boundaries, MIT, Copyright (c) 2024 Cahya DSN; see that folder's README). The centre
 * is the file's `label_lat`/`label_lng` (the source's centroid columns). For the four kelurahan
 * whose label point lies within 300 m of the boundary (Perwira, Teluk Pucung, Jakasetia,
 * Jatimurni) it is instead the interior point farthest from the boundary on a 200 × 200 grid
 * over the polygon's bounding box. The radius is the distance from the centre to the nearest
 * polygon edge (equirectangular metres, rounded down). Computed once with a short Node script
 * over the GeoJSON (point-in-polygon by ray casting, point-to-segment distance); every centre
 * was checked to lie inside its polygon.
 */
export type KelurahanCentre = { lat: number; lng: number; clearanceM: number };

const ROWS: readonly (readonly [string, number, number, number])[] = [
  ['32.75.01.1001', -6.23336, 107.01356, 355],
  ['32.75.01.1002', -6.25295, 107.0109, 507],
  ['32.75.01.1003', -6.23749, 107.02325, 457],
  ['32.75.01.1004', -6.24116, 107.0341, 630],
  ['32.75.02.1001', -6.22668, 106.9585, 428],
  ['32.75.02.1002', -6.22822, 106.97503, 464],
  ['32.75.02.1003', -6.21591, 106.96612, 466],
  ['32.75.02.1004', -6.23969, 106.95118, 444],
  ['32.75.02.1005', -6.24395, 106.96627, 905],
  ['32.75.03.1001', -6.19004, 107.00371, 371],
  ['32.75.03.1002', -6.20991, 107.00609, 523],
  ['32.75.03.1003', -6.21619, 107.01678, 527],
  ['32.75.03.1004', -6.20339, 107.02499, 655],
  ['32.75.03.1005', -6.2251, 107.0027, 341],
  ['32.75.03.1006', -6.20774, 106.98994, 1043],
  ['32.75.04.1001', -6.25847, 106.98215, 833],
  ['32.75.04.1002', -6.24455, 106.99588, 329],
  ['32.75.04.1003', -6.27023, 106.9615, 419],
  ['32.75.04.1004', -6.27305, 106.97374, 636],
  ['32.75.04.1005', -6.24017, 106.98554, 684],
  ['32.75.05.1001', -6.2837, 106.99143, 805],
  ['32.75.05.1002', -6.27086, 107.00951, 771],
  ['32.75.05.1003', -6.26518, 106.99621, 563],
  ['32.75.05.1004', -6.29862, 106.98365, 572],
  ['32.75.06.1001', -6.1984, 106.97401, 390],
  ['32.75.06.1002', -6.22711, 106.99109, 599],
  ['32.75.06.1003', -6.18455, 106.98786, 713],
  ['32.75.06.1004', -6.21906, 106.9812, 319],
  ['32.75.07.1003', -6.31563, 106.98411, 355],
  ['32.75.07.1004', -6.3385, 106.98516, 745],
  ['32.75.07.1007', -6.35399, 106.98768, 596],
  ['32.75.07.1008', -6.34511, 107.00684, 690],
  ['32.75.08.1001', -6.27529, 106.91715, 461],
  ['32.75.08.1002', -6.25991, 106.95026, 660],
  ['32.75.08.1003', -6.28282, 106.93026, 821],
  ['32.75.08.1006', -6.26218, 106.93562, 715],
  ['32.75.08.1007', -6.26229, 106.91639, 595],
  ['32.75.09.1001', -6.29583, 106.94792, 519],
  ['32.75.09.1002', -6.29799, 106.95911, 405],
  ['32.75.09.1003', -6.27764, 106.94656, 581],
  ['32.75.09.1004', -6.29536, 106.96878, 412],
  ['32.75.09.1005', -6.3196, 106.94966, 789],
  ['32.75.09.1006', -6.33887, 106.94842, 512],
  ['32.75.10.1001', -6.37051, 106.92239, 686],
  ['32.75.10.1002', -6.38672, 106.91386, 912],
  ['32.75.10.1003', -6.33858, 106.92872, 436],
  ['32.75.10.1004', -6.36373, 106.93775, 640],
  ['32.75.10.1005', -6.35351, 106.92368, 363],
  ['32.75.11.1001', -6.31773, 107.00542, 1082],
  ['32.75.11.1002', -6.3202, 107.02514, 647],
  ['32.75.11.1003', -6.29418, 107.02845, 1049],
  ['32.75.11.1004', -6.2964, 107.00805, 804],
  ['32.75.12.1001', -6.29399, 106.9229, 378],
  ['32.75.12.1002', -6.30509, 106.92871, 407],
  ['32.75.12.1003', -6.31537, 106.93294, 481],
  ['32.75.12.1004', -6.32467, 106.92656, 558],
];

const CENTRES = new Map<string, KelurahanCentre>(
  ROWS.map(([code, lat, lng, clearanceM]) => [code, { lat, lng, clearanceM }]),
);

export function kelurahanCentre(code: string): KelurahanCentre {
  const centre = CENTRES.get(code);
  if (!centre) throw new Error(`No centre for kelurahan ${code}`);
  return centre;
}
