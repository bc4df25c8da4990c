import { lazy } from 'react';

/**
 * Maps (Leaflet through react-leaflet): kelurahan coloured by coverage, and the households of a
 * kelurahan by status, clustered. Leaflet and its CSS load only with these chunks.
 */
export const CityMap = lazy(() =>
  import('./components/CityMap').then((m) => ({ default: m.CityMap })),
);
export const KelurahanMap = lazy(() =>
  import('./components/KelurahanMap').then((m) => ({ default: m.KelurahanMap })),
);
