import { lazy } from 'react';

/** Working area: which kelurahan, RW and RT this device works in (sign-in replaces it later). */
export { useWorkingArea } from './hooks/use-working-area';
export { getWorkingArea } from './data/working-area';
export const AreaScreen = lazy(() =>
  import('./components/AreaScreen').then((m) => ({ default: m.AreaScreen })),
);
