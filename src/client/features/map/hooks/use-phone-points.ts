import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@client/db/db';
import { today } from '@client/ui/format';
import { phonePoints } from '../data/local-points';

/**
 * The households on this phone with a GPS point, by status: the volunteer's map, read from
 * IndexedDB (their area is all the phone holds), so it works with no signal. Live: a visit
 * saved elsewhere recolours the house.
 */
export function usePhonePoints() {
  return useLiveQuery(async () => {
    const [households, residents, doses, visits, isoman] = await Promise.all([
      db.households.toArray(),
      db.residents.toArray(),
      db.doses.toArray(),
      db.visits.toArray(),
      db.isoman.toArray(),
    ]);
    return phonePoints({ households, residents, doses, visits, isoman }, today());
  }, []);
}

export type Position = { lat: number; lng: number; accuracy: number };

/** "Where am I": one GPS fix on request (the volunteer asks; no tracking in the background). */
export function useWhereAmI() {
  const [position, setPosition] = useState<Position | null>(null);
  const [state, setState] = useState<'idle' | 'locating' | 'error'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('error');
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracy: p.coords.accuracy,
        });
        setState('idle');
      },
      () => setState('error'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  };
  return { position, state, locate };
}
