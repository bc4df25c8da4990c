import { lazy } from 'react';

/**
 * Maps (Leaflet through react-leaflet): kelurahan coloured by coverage; the households of a
 * kelurahan or an RW from the server, or of the volunteer's phone from IndexedDB, as donuts of
 * their statuses. Leaflet and its CSS load only with these chunks.
 */
export const CityMap = lazy(() =>
  import('./components/CityMap').then((m) => ({ default: m.CityMap })),
);
export const KelurahanMap = lazy(() =>
  import('./components/KelurahanMap').then((m) => ({ default: m.KelurahanMap })),
);
export const RwMap = lazy(() => import('./components/RwMap').then((m) => ({ default: m.RwMap })));
export const PhoneMap = lazy(() =>
  import('./components/PhoneMap').then((m) => ({ default: m.PhoneMap })),
);
