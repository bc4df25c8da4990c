import { lazy } from 'react';

/**
 * Isoman from the server: the residents of a kelurahan (or an RW) in active isoman, with the
 * day of isolation and family clusters; for the admin kota, counts per kelurahan.
 */
export const IsomanListScreen = lazy(() =>
  import('./components/IsomanListScreen').then((m) => ({ default: m.IsomanListScreen })),
);
export const CityIsomanScreen = lazy(() =>
  import('./components/CityIsomanScreen').then((m) => ({ default: m.CityIsomanScreen })),
);
