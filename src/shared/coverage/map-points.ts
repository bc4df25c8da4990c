import type { HouseholdMapStatus, HouseholdPoints } from './api';

/**
 * The household map's answer in two parts, for a slow phone network: `?part=points` is what
 * the map draws (places, statuses, counts) as columns, about a sixth of the full answer's
 * compressed bytes; `?part=details` the ids and addresses in the same order, needed only when
 * a house is tapped, fetched after the first draw. `key` names the list the two were cut from:
 * parts with different keys do not belong together (the data changed in between).
 */
export type HouseholdPointsCompact = {
  asOf: string;
  target: number;
  key: string;
  rw: number[];
  rt: number[];
  /** Micro-degrees, each the difference from the previous house's (the first's from 0). */
  lat: number[];
  lng: number[];
  /** One letter per house, STATUS_LETTERS. */
  status: string;
  residents: number[];
  unvaccinated: number[];
  activeIsoman: number[];
};

export type HouseholdPointDetails = { key: string; ids: string[]; addresses: string[] };

export type MapPoint = HouseholdPoints['households'][number];

const STATUS_LETTERS: Record<HouseholdMapStatus, string> = {
  lengkap: 'l',
  sebagian: 's',
  'belum-vaksin': 'v',
  'belum-dikunjungi': 'd',
};
const STATUS_OF_LETTER = Object.fromEntries(
  Object.entries(STATUS_LETTERS).map(([status, letter]) => [letter, status]),
) as Record<string, HouseholdMapStatus>;

const micro = (degrees: number) => Math.round(degrees * 1e6);

/** The points part of `points` (`key` from the caller: a digest of the ids in order). */
export function compactPoints(
  answer: { asOf: string; target: number },
  points: readonly MapPoint[],
  key: string,
): HouseholdPointsCompact {
  const deltas = (of: (p: MapPoint) => number) =>
    points.map((p, i) => micro(of(p)) - (i === 0 ? 0 : micro(of(points[i - 1]!))));
  return {
    asOf: answer.asOf,
    target: answer.target,
    key,
    rw: points.map((p) => p.rw),
    rt: points.map((p) => p.rt),
    lat: deltas((p) => p.lat),
    lng: deltas((p) => p.lng),
    status: points.map((p) => STATUS_LETTERS[p.status]).join(''),
    residents: points.map((p) => p.residents),
    unvaccinated: points.map((p) => p.unvaccinated),
    activeIsoman: points.map((p) => p.activeIsoman),
  };
}

export function pointDetails(points: readonly MapPoint[], key: string): HouseholdPointDetails {
  return { key, ids: points.map((p) => p.id), addresses: points.map((p) => p.address) };
}

/**
 * The houses of a points part, with their ids and addresses once `details` (of the same key)
 * came; before that a house's id is `#<index>` and its address its RT and RW.
 */
export function expandPoints(
  compact: HouseholdPointsCompact,
  details?: HouseholdPointDetails,
): MapPoint[] {
  const known = details?.key === compact.key ? details : undefined;
  const out: MapPoint[] = new Array(compact.rw.length);
  let lat = 0;
  let lng = 0;
  for (let i = 0; i < compact.rw.length; i++) {
    lat += compact.lat[i]!;
    lng += compact.lng[i]!;
    out[i] = {
      id: known?.ids[i] ?? `#${i}`,
      rw: compact.rw[i]!,
      rt: compact.rt[i]!,
      lat: lat / 1e6,
      lng: lng / 1e6,
      address: known?.addresses[i] ?? '',
      residents: compact.residents[i]!,
      status: STATUS_OF_LETTER[compact.status[i]!] ?? 'belum-dikunjungi',
      activeIsoman: compact.activeIsoman[i]!,
      unvaccinated: compact.unvaccinated[i]!,
    };
  }
  return out;
}

/** Whether a house of an expanded points part still waits for its id and address. */
export const isPlaceholderId = (id: string) => id.startsWith('#');
