import { lazy } from 'react';

/**
 * Households: the RT list (home), "Rumah berikutnya", the household page and its forms.
 * Only the list is in the first bundle; the other screens load on first use (React.lazy),
 * each in its own chunk, precached by the service worker so they open offline too.
 */
export { HouseholdListScreen } from './components/HouseholdListScreen';
export const HouseholdPage = lazy(() =>
  import('./components/HouseholdPage').then((m) => ({ default: m.HouseholdPage })),
);
export const HouseholdForm = lazy(() =>
  import('./components/HouseholdForm').then((m) => ({ default: m.HouseholdForm })),
);
export const VisitForm = lazy(() =>
  import('./components/VisitForm').then((m) => ({ default: m.VisitForm })),
);
