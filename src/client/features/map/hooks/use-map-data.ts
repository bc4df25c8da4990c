import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import {
  expandPoints,
  isPlaceholderId,
  type HouseholdPointsCompact,
} from '@shared/coverage/map-points';
import { mapApi, mapKeys } from '../data/api';
import type { MapHousehold } from '../data/clusters';
import { AREA_TILE_CACHE, TILE_CACHE } from '../data/tile-area';

/** The city answer, persisted for offline like the city dashboard's (same key). */
export function useCityCoverage() {
  return useQuery({
    queryKey: mapKeys.city(),
    queryFn: mapApi.city,
    meta: { persist: true },
    staleTime: 60_000,
  });
}

/** A kelurahan's answer, shared and persisted with its dashboard. */
export function useKelurahanCoverage(code: string) {
  return useQuery({
    queryKey: mapKeys.kelurahan(code),
    queryFn: () => mapApi.kelurahan(code),
    meta: { persist: true },
    staleTime: 60_000,
  });
}

/**
 * Households with a GPS point in a kelurahan, or in one of its RWs (the ketua RW's map): the
 * compact part, expanded once per answer. Not persisted: they are people's houses, which stay
 * on the server (and in memory while the screen is open).
 */
export function useHouseholdPoints(code: string, rw?: number) {
  return useQuery({
    queryKey: mapKeys.households(code, rw),
    queryFn: () => mapApi.households(code, rw),
    select: expandAnswer,
    staleTime: 60_000,
  });
}

const expandAnswer = (answer: HouseholdPointsCompact) => ({
  asOf: answer.asOf,
  target: answer.target,
  key: answer.key,
  households: expandPoints(answer),
});

/**
 * The ids and addresses of those houses, asked once they are drawn (only a tapped house needs
 * them): `resolve` gives a house its id and address, or the house as it is until they came.
 */
export function useHouseDetails(code: string, rw: number | undefined, key: string | undefined) {
  const details = useQuery({
    queryKey: mapKeys.details(code, rw),
    queryFn: () => mapApi.details(code, rw),
    enabled: key !== undefined,
    staleTime: 60_000,
  });
  const data = details.data;
  // Parts of two different lists (a house added in between): both asked again.
  const mismatch = data !== undefined && key !== undefined && data.key !== key;
  const client = useQueryClient();
  useEffect(() => {
    if (mismatch) void client.invalidateQueries({ queryKey: mapKeys.households(code, rw) });
  }, [mismatch, client, code, rw]);
  return useCallback(
    (h: MapHousehold): MapHousehold => {
      if (!isPlaceholderId(h.id) || !data || data.key !== key) return h;
      const i = Number(h.id.slice(1));
      return { ...h, id: data.ids[i] ?? h.id, address: data.addresses[i] ?? '' };
    },
    [data, key],
  );
}

/**
 * The configured tile server, kept for offline (it names no one's data). Until it is known the
 * map draws no tiles rather than guess a server: outlines and points still show.
 */
export function useTileConfig() {
  return useQuery({
    queryKey: mapKeys.tiles(),
    queryFn: mapApi.tiles,
    meta: { persist: true },
    staleTime: 10 * 60_000,
  });
}

/** Kelurahan boundaries (a static file, kept offline by the service worker). */
export function useBoundaries() {
  return useQuery({
    queryKey: mapKeys.boundaries(),
    queryFn: mapApi.boundaries,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * Whether to add the tile layer: online, or offline with tiles seen before (the service worker
 * serves those; the rest of the map stays a plain background under the boundaries).
 */
export function useShowTiles(online: boolean): boolean {
  const [cached, setCached] = useState(false);
  useEffect(() => {
    if (online || typeof caches === 'undefined') return;
    let live = true;
    void Promise.all([caches.has(TILE_CACHE), caches.has(AREA_TILE_CACHE)])
      .then((has) => live && setCached(has.includes(true)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [online]);
  return online || cached;
}
