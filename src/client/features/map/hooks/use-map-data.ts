import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { mapApi, mapKeys } from '../data/api';
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
 * Households with a GPS point in a kelurahan. Not persisted: they carry names and addresses,
 * which stay on the server (and in memory while the screen is open).
 */
export function useHouseholdPoints(code: string) {
  return useQuery({
    queryKey: mapKeys.households(code),
    queryFn: () => mapApi.households(code),
    staleTime: 60_000,
  });
}

/** One RW's households with a GPS point: the ketua RW's map (not persisted either). */
export function useRwHouseholdPoints(code: string, rw: number) {
  return useQuery({
    queryKey: mapKeys.rwHouseholds(code, rw),
    queryFn: () => mapApi.rwHouseholds(code, rw),
    staleTime: 60_000,
  });
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
