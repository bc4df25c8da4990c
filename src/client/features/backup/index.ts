import { lazy } from 'react';

/** "Data & cadangan": storage, outbox and "Ditolak" counts, backup export and import. */
export { useOutboxCounts, type OutboxCounts } from './hooks/use-outbox-counts';
export const DataScreen = lazy(() =>
  import('./components/DataScreen').then((m) => ({ default: m.DataScreen })),
);
