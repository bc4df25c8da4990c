import { lazy } from 'react';

/**
 * Working RT: which RT of the signed-in user's area the home list shows. Kept in `meta.area`
 * (a device setting: not synced, no outbox entry), always inside the user's area.
 */
export { useWorkingArea } from './hooks/use-working-area';
export { getWorkingArea, readAreaMirror } from './data/working-area';
export { chooseRt, ensureWorkingArea, fitWorkingArea, rtChoices } from './data/fit-working-area';
export const AreaScreen = lazy(() =>
  import('./components/AreaScreen').then((m) => ({ default: m.AreaScreen })),
);
