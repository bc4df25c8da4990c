import { describe, expect, it } from 'vitest';
import type { HouseholdMapStatus } from '@shared/coverage/api';
import {
  indexHouseholds,
  itemsInView,
  type MapHousehold,
} from '@client/features/map/data/clusters';
import { donutSegments, donutSvg } from '@client/features/map/data/donut';
import { convexHull, rtAreas, type LngLat } from '@client/features/map/data/rt-areas';
import { nextUnvisited } from '@client/features/map/data/local-points';
import { countStatuses, noCounts } from '@client/features/map/data/status-counts';
import { spotRadius, spotWeight } from '@client/features/map/data/density';
import {
  compactPoints,
  expandPoints,
  isPlaceholderId,
  pointDetails,
} from '@shared/coverage/map-points';

let n = 0;
const house = (status: HouseholdMapStatus, lat: number, lng: number, rt = 1): MapHousehold => ({
  id: `h${++n}`,
  rw: 1,
  rt,
  lat,
  lng,
  address: `Jalan Melati ${n}`,
  residents: 3,
  status,
  activeIsoman: 0,
  unvaccinated: status === 'belum-vaksin' ? 2 : 0,
});

describe('cluster donuts', () => {
  it('splits the circle by the households of each status, in the legend order', () => {
    const counts = { ...noCounts(), lengkap: 2, 'belum-dikunjungi': 6 };
    expect(donutSegments(counts)).toEqual([
      { status: 'lengkap', from: 0, to: 0.25 },
      { status: 'belum-dikunjungi', from: 0.25, to: 1 },
    ]);
    expect(donutSegments(noCounts())).toEqual([]);
  });

  it('draws a ring segment per status, the count in the middle and a spoken summary', () => {
    const svg = donutSvg({ lengkap: 1, sebagian: 1, 'belum-vaksin': 1, 'belum-dikunjungi': 1 });
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('>4</text>');
    expect(svg).toContain('aria-label="4 rumah: 1 semua sasaran lengkap');
    // A cluster all of one status is one full circle, not an arc from a point to itself.
    const whole = donutSvg({ ...noCounts(), lengkap: 12 });
    expect(whole.match(/<path /g)).toBeNull();
    expect(whole).toContain('stroke="#067647"');
  });
});

describe('clusters carry their households’ statuses', () => {
  it('sums the statuses of every household a cluster holds, at the kelurahan zoom', () => {
    const households = [
      ...Array.from({ length: 30 }, (_, i) => house('lengkap', -6.24 + i * 1e-5, 106.97)),
      ...Array.from({ length: 10 }, (_, i) => house('belum-vaksin', -6.24, 106.97 + i * 1e-5)),
      house('belum-dikunjungi', -6.2401, 106.9701),
    ];
    const items = itemsInView(indexHouseholds(households), [106.9, -6.3, 107.0, -6.2], 13);
    expect(items).toHaveLength(1);
    const [cluster] = items;
    expect(cluster).toMatchObject({
      kind: 'cluster',
      count: 41,
      counts: { lengkap: 30, sebagian: 0, 'belum-vaksin': 10, 'belum-dikunjungi': 1 },
      residents: 123,
    });
    // Zoomed to the street, houses come apart and keep their own status.
    const close = itemsInView(indexHouseholds(households), [106.9, -6.3, 107.0, -6.2], 19);
    expect(close.filter((i) => i.kind === 'household')).toHaveLength(41);
  });
});

describe('approximate RT areas', () => {
  it('wraps the outermost points and leaves the inner ones out', () => {
    const square: LngLat[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [1, 1],
      [1, 0], // on an edge
    ];
    const hull = convexHull(square);
    expect(hull).toHaveLength(5);
    expect(hull[0]).toEqual(hull[4]);
    expect(new Set(hull.slice(0, 4).map(String))).toEqual(new Set(['0,0', '2,0', '2,2', '0,2']));
    expect(
      convexHull([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([]); // a line has no area
    expect(
      convexHull([
        [0, 0],
        [0, 0],
        [1, 0],
      ]),
    ).toEqual([]);
  });

  it('gives each RT its hull and its share of complete households', () => {
    const areas = rtAreas([
      house('lengkap', 0, 0, 1),
      house('lengkap', 0, 1, 1),
      house('belum-vaksin', 1, 0, 1),
      house('belum-dikunjungi', 1, 1, 1),
      house('lengkap', 5, 5, 2),
    ]);
    expect(areas.map((a) => [a.rt, a.households, a.pctComplete, a.ring.length])).toEqual([
      [1, 4, 0.5, 5],
      [2, 1, 1, 0],
    ]);
    expect(areas[0]!.counts).toEqual(
      countStatuses([
        { status: 'lengkap' },
        { status: 'lengkap' },
        { status: 'belum-vaksin' },
        { status: 'belum-dikunjungi' },
      ]),
    );
  });
});

describe('the next house', () => {
  const points = [
    house('lengkap', -6.2, 106.9),
    house('belum-dikunjungi', -6.21, 106.9),
    house('belum-dikunjungi', -6.3, 106.9),
  ];
  it('is the nearest house not yet visited, from where the volunteer stands', () => {
    expect(nextUnvisited(points, { lat: -6.299, lng: 106.9 })?.id).toBe(points[2]!.id);
    expect(nextUnvisited(points, { lat: -6.2, lng: 106.9 })?.id).toBe(points[1]!.id);
  });
  it('is the first not visited in address order without a GPS fix, and none when all are done', () => {
    expect(nextUnvisited(points, null)?.id).toBe(points[1]!.id);
    expect(nextUnvisited([points[0]!], null)).toBeNull();
  });
});

describe('the household map in two parts', () => {
  const houses = [
    house('lengkap', -6.2345671, 107.0123459),
    house('belum-vaksin', -6.2348, 107.0129, 2),
    house('belum-dikunjungi', -6.2301, 107.0101),
  ];
  const head = { asOf: '2021-11-30T10:00:00.000Z', target: 0.7 };

  it('draws the same houses from the points part, their ids and addresses from the details', () => {
    const compact = compactPoints(head, houses, 'k1');
    const drawn = expandPoints(compact);
    expect(drawn.map((h) => h.id)).toEqual(['#0', '#1', '#2']);
    expect(drawn.every((h) => isPlaceholderId(h.id) && h.address === '')).toBe(true);
    const whole = expandPoints(JSON.parse(JSON.stringify(compact)), pointDetails(houses, 'k1'));
    expect(whole.map(({ lat: _lat, lng: _lng, ...rest }) => rest)).toEqual(
      houses.map(({ lat: _lat, lng: _lng, ...rest }) => rest),
    );
    whole.forEach((h, i) => {
      expect(h.lat).toBeCloseTo(houses[i]!.lat, 6);
      expect(h.lng).toBeCloseTo(houses[i]!.lng, 6);
    });
  });

  it('leaves details of another list out', () => {
    const compact = compactPoints(head, houses, 'k1');
    expect(expandPoints(compact, pointDetails(houses.slice(1), 'k2'))[0]!.id).toBe('#0');
  });
});

describe('unvaccinated density', () => {
  it('grows with the unvaccinated residents of a house, full from four', () => {
    expect(spotWeight(1)).toBe(0.25);
    expect(spotWeight(4)).toBe(1);
    expect(spotWeight(9)).toBe(1);
  });

  it('keeps a spot about 35 m wide on the ground, within 8–40 px', () => {
    expect(spotRadius(13, -6.23)).toBe(8);
    expect(spotRadius(17, -6.23)).toBeCloseTo(
      35 / ((156_543.03 * Math.cos((6.23 * Math.PI) / 180)) / 2 ** 17),
      5,
    );
    expect(spotRadius(20, -6.23)).toBe(40);
  });
});
