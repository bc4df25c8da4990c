import { lazy } from 'react';

/**
 * Coverage dashboards from the server (React Query, last answer kept for offline): the city
 * with 56 kelurahan ranked and isoman per kelurahan, a kelurahan per RW, an RW per RT.
 */
export const CityDashboard = lazy(() =>
  import('./components/CityDashboard').then((m) => ({ default: m.CityDashboard })),
);
export const KelurahanDashboard = lazy(() =>
  import('./components/KelurahanDashboard').then((m) => ({ default: m.KelurahanDashboard })),
);
export const RwDashboard = lazy(() =>
  import('./components/RwDashboard').then((m) => ({ default: m.RwDashboard })),
);
